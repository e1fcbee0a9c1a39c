"""What every renderer shows the same way: the summary counts, flag order, quotes by speaker, claim values."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from claimcheck.document import SEVERITY_RANK, Claim, Document, Flag, Quote

NO_SPEAKER = "(no attributable speaker)"
QUOTE_KIND = {"direct": "direct", "partial": "partial", "indirect": "reported"}  # what every report calls a kind


@dataclass
class Summary:
    """The counts a report opens with; a count is None when its stage did not run."""

    quotes: int | None
    claims: int | None
    flags: int | None
    by_severity: dict[str, int]  # open flags per severity, most severe first
    dismissed: int = 0  # flags dismissed in review, left out of `flags`

    def line(self) -> str:
        """One line such as `3 quotes, 12 claims, 2 flags (1 error, 1 warning)`."""
        parts = []
        for count, noun in ((self.quotes, "quotes"), (self.claims, "claims"), (self.flags, "flags")):
            parts.append(f"{noun}: not run" if count is None else f"{count} {noun if count != 1 else noun[:-1]}")
        text = ", ".join(parts)
        if self.by_severity:
            text += " (" + ", ".join(f"{n} {severity}" for severity, n in self.by_severity.items()) + ")"
        if self.dismissed:
            text += f", {self.dismissed} dismissed in review"
        return text


def summarise(doc: Document) -> Summary:
    """Counts of quotes, claims and open flags (by severity) in `doc`."""
    flags = sorted_flags(doc)
    counts = Counter(f.severity for f in flags)
    by_severity = {s: counts[s] for s in sorted(counts, key=lambda s: -SEVERITY_RANK.get(s, -1))}
    return Summary(
        quotes=None if doc.quotes is None else len(doc.quotes),
        claims=None if doc.claims is None else len(doc.claims),
        flags=None if doc.flags is None else len(flags),
        by_severity=by_severity,
        dismissed=sum(flag.status == "dismissed" for flag in doc.flags or []),
    )


def sorted_flags(doc: Document) -> list[Flag]:
    """Open flags, most severe first, then by where their first evidence starts."""

    def key(flag: Flag) -> tuple[int, int, str]:
        first = min((e.start for e in flag.evidence), default=len(doc.text))
        return (-SEVERITY_RANK.get(flag.severity, -1), first, flag.id)

    return sorted(doc.open_flags(), key=key)


def quotes_by_speaker(doc: Document) -> dict[str, list[Quote]]:
    """Quotes grouped by speaker in order of first appearance; unattributed ones last."""
    groups: dict[str, list[Quote]] = {}
    for quote in sorted(doc.quotes or [], key=lambda q: q.start):
        groups.setdefault(quote.speaker or NO_SPEAKER, []).append(quote)
    if NO_SPEAKER in groups:
        groups[NO_SPEAKER] = groups.pop(NO_SPEAKER)
    return groups


def quote_kind(quote: Quote) -> str:
    """The kind of a quote as every report names it: direct, partial or reported."""
    return QUOTE_KIND.get(quote.kind, quote.kind)


def speaker_label(quotes: list[Quote]) -> str:
    """`Name, role (type, via Outlet)` for a group of quotes by one speaker."""
    first = quotes[0]
    label = first.speaker or NO_SPEAKER
    role = next((q.speaker_role for q in quotes if q.speaker_role), None)
    if role:
        label += f", {role}"
    notes = [first.speaker_type] if first.speaker and first.speaker_type != "unknown" else []
    via = sorted({q.via for q in quotes if q.via})
    if via:
        notes.append("via " + ", ".join(via))
    return label + (f" ({'; '.join(notes)})" if notes else "")


def format_number(value: float) -> str:
    """A number for people: thousands separated, no trailing `.0`."""
    if float(value).is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"


def claim_value(claim: Claim) -> str:
    """The normalised value of a claim as one short string, e.g. `more than 5,400,000,000 USD`."""
    if claim.low is not None and claim.high is not None:
        value = f"{format_number(claim.low)}–{format_number(claim.high)}"
    elif claim.value is not None:
        value = format_number(claim.value)
    else:
        value = ""
    if claim.unit:
        value = f"{value} {claim.unit}".strip()
    if claim.date and claim.kind in ("date", "period"):
        value = claim.date.replace("/", " – ")  # an interval breaks between its dates, never inside one
    if claim.qualifier and value:
        value = f"{claim.qualifier} {value}"
    return value


_VISIBLE = {**{c: 0x2400 + c for c in range(32) if chr(c) not in "\n\t"}, 0x7F: 0x2421,
            **{c: 0xFFFD for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))}}


def printable(text: str) -> str:
    """`text` safe to print on a terminal, character for character (offsets still hold): control characters
    (the ESC and CSI that start escape sequences, NUL, BEL, CR) become their visible Unicode pictures (␛), C1
    controls and bidirectional overrides become �. Newlines and tabs stay."""
    return text.translate(_VISIBLE)


def one_line(text: str, limit: int | None = None) -> str:
    """Whitespace collapsed to single spaces, clipped to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text
