"""The terminal review: one flag at a time, its evidence in context, and a verdict typed by the reviewer."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable

import click
from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.document import Document, Evidence, Flag, Span
from claimcheck.report.common import printable
from claimcheck.review.store import Verdict, VerdictStore, apply_verdicts

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
HIGHLIGHT_STYLE = "bold black on yellow"
CONTEXT_CHARS = 160  # at most this many characters of context either side of the evidence
CHOICES = {"c": "confirm", "d": "dismiss", "s": "skip", "q": "quit"}

Ask = Callable[[str], str]


def _ask_choice(prompt: str) -> str:
    return click.prompt(prompt, type=click.Choice(list(CHOICES), case_sensitive=False), show_choices=False)


def _ask_reason(prompt: str) -> str:
    return click.prompt(prompt, default="", show_default=False)


@dataclass
class ReviewTally:
    """What a review session did so far; every verdict counted here is already committed."""

    confirmed: int = 0
    dismissed: int = 0
    skipped: int = 0
    remaining: int = 0
    decided: list[str] = field(default_factory=list)  # fingerprints, in answer order

    def summary(self) -> str:
        """One line for the end of the session."""
        return (f"{self.confirmed} confirmed, {self.dismissed} dismissed, {self.skipped} skipped, "
                f"{self.remaining} not reached")


def sentence_or_line(doc: Document, evidence: Evidence) -> Span:
    """The sentence holding the evidence, or its line when the text is not segmented or the span crosses."""
    sentence = doc.sentence_index(evidence.start)
    if sentence is not None and doc.sentences[sentence].end >= evidence.end:
        return Span(doc.sentences[sentence].start, doc.sentences[sentence].end)
    start = doc.text.rfind("\n", 0, evidence.start) + 1
    line_end = doc.text.find("\n", evidence.end)
    return Span(start, len(doc.text) if line_end < 0 else line_end)


def context_of(doc: Document, evidence: Evidence) -> Span:
    """`sentence_or_line`, clipped at a word boundary to `CONTEXT_CHARS` either side of the evidence."""
    whole = sentence_or_line(doc, evidence)
    start, end = whole.start, whole.end
    if evidence.start - start > CONTEXT_CHARS:
        cut = doc.text.find(" ", evidence.start - CONTEXT_CHARS, evidence.start)
        start = cut + 1 if cut >= 0 else evidence.start - CONTEXT_CHARS
    if end - evidence.end > CONTEXT_CHARS:
        cut = doc.text.rfind(" ", evidence.end, evidence.end + CONTEXT_CHARS)
        end = cut if cut >= 0 else evidence.end + CONTEXT_CHARS
    return Span(start, end)


def evidence_in_context(doc: Document, flag: Flag) -> list[tuple[Span, Text]]:
    """One highlighted passage per distinct context; every evidence span inside a passage is highlighted."""
    contexts: list[tuple[Span, Span]] = []  # (shown, the whole sentence or line it was clipped from)
    for evidence in sorted(flag.evidence, key=lambda e: e.start):
        if not any(span.start <= evidence.start and evidence.end <= span.end for span, _ in contexts):
            contexts.append((context_of(doc, evidence), sentence_or_line(doc, evidence)))
    passages = []
    for span, whole in contexts:
        text = Text(printable(doc.text[span.start:span.end].replace("\n", " ")))
        for evidence in flag.evidence:
            if span.start <= evidence.start and evidence.end <= span.end:
                text.stylize(HIGHLIGHT_STYLE, evidence.start - span.start, evidence.end - span.start)
        if span.start > whole.start:
            text = Text("…") + text
        if span.end < whole.end:
            text.append("…")
        passages.append((span, text))
    return passages


def flag_panel(doc: Document, flag: Flag, position: int, total: int) -> list[RenderableType]:
    """What is shown for one flag: heading, message, and each evidence passage after its line and column."""
    head = Text(f"[{position}/{total}] ", style="dim")
    head.append(f"{flag.id} ", style=SEVERITY_STYLE.get(flag.severity, ""))
    head.append(printable(flag.rule), style="bold")
    head.append(f"  {flag.severity}, confidence {flag.confidence:.2f}")
    if flag.status != "open":
        head.append(f"  (already {flag.status})", style="magenta")
    passages = Table.grid(padding=(0, 2))
    passages.add_column(style="dim", no_wrap=True, justify="right")
    passages.add_column()
    for span, passage in evidence_in_context(doc, flag):
        first = min((e.start for e in flag.evidence if span.start <= e.start < span.end), default=span.start)
        line, col = doc.line_col(first)
        passages.add_row(f"{line}:{col}", passage)
    return [head, Text(printable(flag.message)), Padding(passages, (0, 0, 0, 2))]


class TerminalReview:
    """Walks a Document's flags in the terminal and commits each verdict as soon as it is given."""

    def __init__(self, doc: Document, store: VerdictStore, *, user: str | None = None,
                 console: Console | None = None, include_reviewed: bool = False,
                 ask_choice: Ask = _ask_choice, ask_reason: Ask = _ask_reason) -> None:
        self.doc = doc
        self.store = store
        self.user = user
        self.console = console or Console(highlight=False)
        self.include_reviewed = include_reviewed
        self.ask_choice = ask_choice
        self.ask_reason = ask_reason
        self.tally = ReviewTally()

    def pending(self) -> list[Flag]:
        """The flags to ask about: those without a verdict, or every flag with `include_reviewed`."""
        apply_verdicts(self.doc, self.store)
        flags = self.doc.flags or []
        return list(flags) if self.include_reviewed else [f for f in flags if f.status == "open"]

    def run(self) -> ReviewTally:
        """Ask about each pending flag until they run out or the reviewer quits."""
        flags = self.pending()
        self.tally.remaining = len(flags)
        if not flags:
            self.console.print("No flags to review." if not self.doc.flags else
                               f"All {len(self.doc.flags)} flags already have a verdict (--again to revisit).")
            return self.tally
        title = self.doc.meta.title or self.doc.meta.id
        self.console.print(Text(printable(f"Reviewing {len(flags)} flags of {title}"), style="bold"))
        for position, flag in enumerate(flags, start=1):
            self.console.rule()
            for line in flag_panel(self.doc, flag, position, len(flags)):
                self.console.print(line)
            choice = CHOICES[self.ask_choice("[c]onfirm, [d]ismiss, [s]kip, [q]uit").lower()]
            if choice == "quit":
                break
            self.tally.remaining -= 1
            if choice == "skip":
                self.tally.skipped += 1
                continue
            verdict = "confirmed" if choice == "confirm" else "dismissed"
            reason = self.ask_reason("Reason (optional)") if verdict == "dismissed" else None
            self.store.record(self.doc, flag, verdict, reason=reason, user=self.user)
            flag.status = verdict
            self.tally.decided.append(flag.fingerprint)
            setattr(self.tally, verdict, getattr(self.tally, verdict) + 1)
            self.console.print(Text(f"{verdict}, saved", style="green"))
        return self.tally


def render_dismissed(doc: Document, verdicts: dict[str, Verdict], *, color: bool = True, width: int = 80) -> str:
    """The flags dismissed in review, each with who dismissed it, when and why (for `report --all`)."""
    plain = not color or bool(os.environ.get("NO_COLOR"))
    console = Console(record=True, width=width, force_terminal=not plain, no_color=plain, highlight=False,
                      file=open(os.devnull, "w"))
    dismissed = [f for f in doc.flags or [] if f.status == "dismissed"]
    if not dismissed:
        return ""
    console.rule(f"Dismissed in review ({len(dismissed)})")
    for flag in dismissed:
        head = Text("dismissed ", style="magenta")
        head.append(f"{flag.id} ", style=SEVERITY_STYLE.get(flag.severity, ""))
        head.append(printable(f"{flag.rule} "), style="bold")
        head.append(printable(flag.message))
        console.print(head)
        for ev in sorted(flag.evidence, key=lambda e: e.start):
            line, col = doc.line_col(ev.start)
            console.print(Text(f"    {line}:{col}  ", style="dim") + Text(printable(" ".join(ev.text.split()))))
        verdict = verdicts.get(flag.fingerprint)
        if verdict is not None:
            why = f": {verdict.reason}" if verdict.reason else " (no reason given)"
            console.print(Text(printable(f"    by {verdict.user} at {verdict.at}{why}"), style="dim"))
    return console.export_text(styles=not plain)
