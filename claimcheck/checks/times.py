"""CC104 for clock times: an event's start time and how long something took, against the time it was done by.

"The fire broke out at around 3:30am", "it took about five hours to bring the blaze under control" and
"firefighters had the blaze under control by 6:00am" cannot all hold: 3:30am plus five hours is 8:30am. The
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

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from claimcheck.checks.common import claim_evidence
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Evidence, Fact, Flag

CLOCK = re.compile(r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])(?:\.\s?m\.|\s?m\b)", re.I)
START_VERBS = {"start", "begin", "break out", "erupt", "ignite", "break", "spark", "commence", "kick off"}
HEDGES = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "approx"}
MINUTES = {"hour": 60, "hours": 60, "hr": 60, "hrs": 60, "minute": 1, "minutes": 1, "min": 1, "mins": 1}
BASE_SCORE = 0.5
DAY = 24 * 60
# The minutes of the day a part of it names; the night runs past midnight into the next morning.
DAY_PARTS = {"morning": (0, 719), "afternoon": (720, 1110), "evening": (1020, 1500), "night": (1140, 1800),
             "tonight": (1140, 1800), "noon": (690, 750), "midday": (690, 750), "midnight": (1410, 1470)}
EDGES = {"early": (0, 719), "late": (1020, 1800)}  # "early Sunday", "late Saturday"
SMALL_HOURS = (0, 419)  # "in the early hours of Monday"


class Window(NamedTuple):
    """Minutes of a day (past 1440 for a night running into the next day) and the words that say them."""

    first: int
    last: int
    said: str  # "morning", "9pm"


@dataclass(frozen=True)
class ClockTime:
    """A clock time in the text: minutes after midnight, where it is, and the clause it hangs from."""

    minutes: int
    start: int
    end: int
    sentence: int
    verb: str | None  # lemma, with its particle ("break out")
    subject: str | None  # lemma of the verb's subject noun
    terms: frozenset[str]  # lemmas of the clause's objects and prepositional nouns
    bound: bool  # "by 6am", "before 6am": the end came no later
    hedged: bool
    clause: Any = None  # the verb it hangs from (a spaCy token)

    def window(self, doc: Document) -> Window:
        """The minutes of the day it allows: a quarter of an hour either way, half an hour when hedged."""
        slack = 30 if self.hedged else 15
        return Window(self.minutes - slack, self.minutes + slack, _text(doc, self))


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
            hedged = start.hedged or end.hedged or bool(fact.claim.qualifier) or _hedged_before(doc, fact.claim.start)
            slack = max(30, minutes // 4) if hedged else max(10, minutes // 10)
            expected = start.minutes + minutes
            if expected - slack <= finish and (end.bound or expected + slack >= finish):
                continue
            message = (f"The {start.subject} started at {_text(doc, start)} and took {fact.claim.text}, so that "
                       f"ends near {_clock(expected)}, not {'by ' if end.bound else 'at '}{_text(doc, end)}")
            rule = RULES["CC104"]
            flags.append(Flag("CC104", rule.name, rule.severity, BASE_SCORE, message,
                              [_evidence(doc, end), _evidence(doc, start), claim_evidence(fact.claim)]))
    return flags


def clock_times(doc: Document) -> list[ClockTime]:
    """The clock times written in the body ("3:30am", "6 p.m."), with the clause each hangs from."""
    found = []
    for match in CLOCK.finditer(doc.text):
        if not doc.is_body(match.start(), match.end()):
            continue
        sentence = doc.sentence_index(match.start())
        span = doc.nlp.char_span(match.start(), match.end(), alignment_mode="expand")
        if sentence is None or span is None or len(span) == 0:
            continue
        hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
        minutes = hour * 60 + int(match.group("minute") or 0)
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
        preposition = next((t for t in span.root.ancestors if t.pos_ == "ADP" and t.lower_ not in HEDGES), None)
        before = doc.text[max(0, match.start() - 16):match.start()].lower().split()
        found.append(ClockTime(minutes, match.start(), match.end(), sentence, *_clause(verb, span),
                               preposition is not None and preposition.lower_ in {"by", "before"},
                               bool(set(before[-2:]) & HEDGES), verb))
    return found


def day_window(doc: Document, start: int, end: int, clocks: list[ClockTime]) -> Window | None:
    """The minutes of the day a date written at `start`-`end` is told at: a part of the day in it or right after
    it ("yesterday morning", "Thursday afternoon", "Sunday, early in the morning") or a clock time or part of the
    day on the same verb ("happened at 6:30 p.m. on Thursday"); None when none is told."""
    span = doc.nlp.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    parts = [t for t in span if t.lower_ in DAY_PARTS]
    verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    edge = span.doc[span.start - 1] if span.start > span.sent.start else None
    if not parts and edge is not None and edge.lower_ in EDGES and edge.head.i == span.root.i:
        return Window(*EDGES[edge.lower_], edge.lower_)
    owner = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" else None
    if not parts and owner is not None and owner.lower_ == "hours" and \
            any(c.lower_ in {"early", "small"} for c in owner.children):
        return Window(*SMALL_HOURS, "early hours")
    if not parts and owner is not None and owner.lower_ in DAY_PARTS:
        parts = [owner]  # "the morning of May 3"
    after = [t for t in span.doc[span.end:min(span.end + 5, span.sent.end)]]
    if not parts and after and after[0].lower_ in DAY_PARTS:
        parts = [after[0]]  # "Saturday evening"
    if not parts and verb is not None:
        parts = [t for t in after if t.lower_ in DAY_PARTS and t.dep_ == "pobj" and
                 next((a for a in t.ancestors if a.pos_ == "VERB"), None) == verb]
    if parts:
        return Window(*DAY_PARTS[parts[0].lower_], parts[0].lower_)
    mine = [c for c in clocks if span.sent.start_char <= c.start < span.sent.end_char and c.clause == verb and
            not c.bound]
    if verb is None or len(mine) != 1:
        return None
    return mine[0].window(doc)


def day_parts(doc: Document) -> list[tuple[int, int, Window]]:
    """The parts of the day told on a verb in the body without a date ("broke out in the afternoon", "at night",
    "during the evening"): where each is written and its window."""
    found = []
    for token in doc.nlp:
        preposition = token.head
        if token.lower_ not in DAY_PARTS or token.dep_ != "pobj" or preposition.lower_ not in {"in", "at", "during"} \
                or preposition.head.pos_ != "VERB" or token.ent_type_ == "DATE" or \
                any(c.dep_ in {"compound", "poss", "amod", "prep"} for c in token.children):
            continue  # "on Thursday afternoon", "the morning of May 3", "every morning" are not bare parts
        start, end = preposition.idx, token.idx + len(token)  # "in the afternoon"
        if doc.is_body(start, end):
            found.append((start, end, Window(*DAY_PARTS[token.lower_], token.lower_)))
    return found


def _clause(verb: Any, span: Any) -> tuple[str | None, str | None, frozenset[str]]:
    """The verb's lemma (with its particle), its subject noun's lemma and the lemmas of its objects and
    prepositional nouns, the time's own words left out."""
    if verb is None:
        return None, None, frozenset()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower() + (f" {particle}" if particle else "")
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    terms = set()
    for child in verb.children:
        if span.start <= child.i < span.end:
            continue
        nouns = [child] if child.dep_ == "dobj" else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        terms |= {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN" and not span.start <= n.i < span.end}
    return lemma, subject.lemma_.lower() if subject is not None else None, frozenset(terms)


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


def _hedged_before(doc: Document, offset: int) -> bool:
    return bool(set(doc.text[max(0, offset - 16):offset].lower().split()[-2:]) & HEDGES)


def _text(doc: Document, clock: ClockTime) -> str:
    return doc.text[clock.start:clock.end]


def _evidence(doc: Document, clock: ClockTime) -> Evidence:
    return Evidence(clock.start, clock.end, _text(doc, clock))


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes % (24 * 60), 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d}{'am' if hour < 12 else 'pm'}"
