"""CC209: a count of several kinds of thing together that the counts of each kind elsewhere do not add up to.

The total is a count fact whose noun is a coordination with no figures of its own (`Fact.grouped`: "1.4
million priests and nuns"); its parts are the counts of each of those nouns elsewhere in the article ("415,000
priests", "660,000 nuns"), the nearest one of each that is not a change. When every
noun has a part and they sum to more than `sum_tolerance` away from the total (`approx_tolerance` when a figure is
hedged), the total and its parts are flagged. Parts listed in the total's own sentence are CC202's.
"""

from __future__ import annotations

from claimcheck.checks.common import claim_evidence, qualifier_kind, written
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Fact, Flag
from claimcheck.settings import Settings


def total_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC209 over every count of grouped nouns among the Document's facts."""
    counts = [f for f in doc.facts or [] if f.claim.kind == "count" and f.claim.value and f.claim.value > 0
              and f.modality != "negated"]
    flags = []
    for total in (f for f in counts if len(f.grouped) >= 2):
        parts = [_nearest_part(total, noun, counts) for noun in total.grouped]
        if any(p is None for p in parts) or all(p.sentence == total.sentence for p in parts):
            continue
        found = sum(p.claim.value for p in parts)
        hedged = any(qualifier_kind(f.claim) != "exact" for f in (total, *parts))
        slack = settings.approx_tolerance if hedged else settings.sum_tolerance
        if abs(found - total.claim.value) <= slack * total.claim.value:
            continue
        rule = RULES["CC209"]
        listed = " + ".join(written(p.claim) for p in parts)
        message = f"{listed} make {found:,.0f}, not {written(total.claim)} {' and '.join(total.grouped)} in all"
        cited = sorted((total.claim, *(p.claim for p in parts)), key=lambda c: c.start)
        flags.append(Flag("CC209", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited]))
    return flags


def _nearest_part(total: Fact, noun: str, counts: list[Fact]) -> Fact | None:
    """The count of `noun` nearest the total (not a change)."""
    options = [f for f in counts if f is not total and f.measure == noun and not f.grouped and f.role != "change"]
    return min(options, key=lambda f: (abs(f.sentence - total.sentence), f.claim.start), default=None)
