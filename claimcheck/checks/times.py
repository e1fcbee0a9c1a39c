"""CC104 for clock times: an event's start time and how long something took, against the time it was done by.

"The fire started at about 2:15am", "it took some four hours to put the fire out" and "the fire was out by
5:00am" cannot all hold: 2:15am plus four hours is 6:15am. The
three parts are read from the parse:
- a duration: an hours or minutes figure that is the object of "take" with a purpose clause ("took five hours
  to gain control of the blaze"), or one before "later" ("the blaze was under control five hours later"); what
  was reached is the nouns of that clause ("control", "blaze");
- the start: the one clock time hanging from a verb of beginning ("break out", "start", "begin", "erupt")
  whose subject's lemma the duration's sentence names ("the fire's start");
- the end: a clock time in another sentence whose clause names a noun of what was reached ("under control",
  "the blaze"). "By" or "before" an end time only says the end came no later; "at" says when.
An end time before the start is read as the next day. Hedged figures ("about", "around") allow a quarter of
the duration (at least half an hour) either way; exact ones a tenth (at least ten minutes).
"""

from __future__ import annotations

from claimcheck.checks.common import claim_evidence
from claimcheck.checks.registry import RULES
from claimcheck.day_times import ClockTime, clock_text, clock_times, hedged_before
from claimcheck.document import Document, Evidence, Fact, Flag

START_VERBS = {"start", "begin", "break out", "erupt", "ignite", "break", "spark", "commence", "kick off"}
MINUTES = {"hour": 60, "hours": 60, "hr": 60, "hrs": 60, "minute": 1, "minutes": 1, "min": 1, "mins": 1}
BASE_SCORE = 0.5


def clock_flags(doc: Document, facts: list[Fact]) -> list[Flag]:
    """CC104 flags for a start time and a duration that miss the time the same thing was done by."""
    if doc.nlp is None:
        return []
    clocks = clock_times(doc)
    flags = []
    for fact in facts:
        took = _duration(doc, fact)
        if took is None:
            continue
        minutes, goal, context = took
        starts = [c for c in clocks if c.verb in START_VERBS and c.subject in context and c.sentence != fact.sentence]
        if len(starts) != 1:
            continue  # no start, or two: which one the duration counts from is not said
        start = starts[0]
        for end in clocks:
            if end.sentence == start.sentence or not end.terms & goal:
                continue
            finish = end.minutes + (24 * 60 if end.minutes < start.minutes else 0)
            hedged = start.hedged or end.hedged or bool(fact.claim.qualifier) or hedged_before(doc.text, fact.claim.start)
            slack = max(30, minutes // 4) if hedged else max(10, minutes // 10)
            expected = start.minutes + minutes
            if expected - slack <= finish and (end.bound or expected + slack >= finish):
                continue
            message = (f"The {start.subject} started at {clock_text(doc, start)} and took {fact.claim.text}, so that "
                       f"ends near {_clock(expected)}, not {'by ' if end.bound else 'at '}{clock_text(doc, end)}")
            rule = RULES["CC104"]
            flags.append(Flag("CC104", rule.name, rule.severity, BASE_SCORE, message,
                              [_evidence(doc, end), _evidence(doc, start), claim_evidence(fact.claim)]))
    return flags


def _duration(doc: Document, fact: Fact) -> tuple[int, frozenset[str], frozenset[str]] | None:
    """For "took five hours to gain control of the blaze" or "the blaze was under control five hours later": the
    minutes, what was reached ("control", "blaze") and the lemmas of the sentence's nouns (where the start's
    subject must be named)."""
    claim = fact.claim
    unit = (claim.unit or "").lower()
    if claim.kind != "quantity" or unit not in MINUTES or claim.value is None or fact.modality != "asserted":
        return None
    span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    following = doc.nlp[span.end] if span.end < len(doc.nlp) else None
    if head.lemma_.lower() == "take" and span.root.dep_ in {"dobj", "npadvmod"}:
        reached = next((c for c in head.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and
                        any(a.lower_ == "to" for a in c.children)), None)
    elif following is not None and following.lower_ == "later":  # "was under control five hours later"
        reached = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    else:
        return None
    if reached is None:
        return None
    goal = set()
    for child in reached.children:
        nouns = [child] if child.dep_ in {"dobj", "nsubj", "nsubjpass"} else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in (n for n in nouns if n.pos_ == "NOUN" and not span.start <= n.i < span.end):
            goal.add(noun.lemma_.lower())
            goal |= {g.lemma_.lower() for p in noun.children if p.dep_ == "prep" for g in p.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    context = frozenset(t.lemma_.lower() for t in span.sent if t.pos_ == "NOUN")
    return int(round(claim.value * MINUTES[unit])), frozenset(goal), context


def _evidence(doc: Document, clock: ClockTime) -> Evidence:
    return Evidence(clock.start, clock.end, clock_text(doc, clock))


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes % (24 * 60), 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d}{'am' if hour < 12 else 'pm'}"
