"""Times of day told in an article, read from the parse for the facts stage: clock times with the clause each
hangs from, the part of the day a date is told at ("yesterday morning", "Thursday afternoon", "early Sunday",
"collided at 9pm on Monday") and the parts of the day told on a verb without a date ("in the afternoon")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimcheck.document import DayTime, Document

CLOCK = re.compile(r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s?(?P<half>[ap])(?:\.\s?m\.|\s?m\b)", re.I)
HEDGES = {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "approx"}
DAY = 24 * 60
# The minutes of the day a part of it names; the night runs past midnight into the next morning.
DAY_PARTS = {"morning": (0, 719), "afternoon": (720, 1110), "evening": (1020, 1500), "night": (1140, 1800),
             "tonight": (1140, 1800), "noon": (690, 750), "midday": (690, 750), "midnight": (1410, 1470)}
EDGES = {"early": (0, 719), "late": (1020, 1800)}  # "early Sunday", "late Saturday"
_DAY_PART_WORD = re.compile(r"\b(?:" + "|".join(DAY_PARTS) + r")\b", re.IGNORECASE)
SMALL_HOURS = (0, 419)  # "in the early hours of Monday"


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

    def window(self, doc: Document) -> DayTime:
        """The minutes of the day it allows: a quarter of an hour either way, half an hour when hedged."""
        slack = 30 if self.hedged else 15
        return DayTime(self.minutes - slack, self.minutes + slack, clock_text(doc, self))


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
        found.append(ClockTime(minutes, match.start(), match.end(), sentence, *_clause(verb, span),
                               preposition is not None and preposition.lower_ in {"by", "before"},
                               hedged_before(doc.text, match.start()), verb))
    return found


def hedged_before(text: str, offset: int) -> bool:
    """Whether one of the two words just before `offset` hedges what follows ("about 3pm", "around five hours")."""
    return bool(set(text[max(0, offset - 16):offset].lower().split()[-2:]) & HEDGES)


def day_window(doc: Document, start: int, end: int, clocks: list[ClockTime]) -> DayTime | None:
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
        return DayTime(*EDGES[edge.lower_], edge.lower_)
    owner = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" else None
    if not parts and owner is not None and owner.lower_ == "hours" and \
            any(c.lower_ in {"early", "small"} for c in owner.children):
        return DayTime(*SMALL_HOURS, "early hours")
    if not parts and owner is not None and owner.lower_ in DAY_PARTS:
        parts = [owner]  # "the morning of May 3"
    after = [t for t in span.doc[span.end:min(span.end + 5, span.sent.end)]]
    if not parts and after and after[0].lower_ in DAY_PARTS:
        parts = [after[0]]  # "Saturday evening"
    if not parts and verb is not None:
        parts = [t for t in after if t.lower_ in DAY_PARTS and t.dep_ == "pobj" and
                 next((a for a in t.ancestors if a.pos_ == "VERB"), None) == verb]
    if parts:
        return DayTime(*DAY_PARTS[parts[0].lower_], parts[0].lower_)
    mine = [c for c in clocks if span.sent.start_char <= c.start < span.sent.end_char and c.clause == verb and
            not c.bound]
    if verb is None or len(mine) != 1:
        return None
    return mine[0].window(doc)


def day_parts(doc: Document) -> list[tuple[int, int, DayTime]]:
    """The parts of the day told on a verb in the body without a date ("broke out in the afternoon", "at night",
    "during the evening"): where each is written and its window."""
    found = []
    for match in _DAY_PART_WORD.finditer(doc.text):  # the words first: most articles name none
        token = doc.nlp.char_span(match.start(), match.end())
        if token is None or token.root.lower_ not in DAY_PARTS:
            continue
        token = token.root
        preposition = token.head
        if token.dep_ != "pobj" or preposition.lower_ not in {"in", "at", "during"} \
                or preposition.head.pos_ != "VERB" or token.ent_type_ == "DATE" or \
                any(c.dep_ in {"compound", "poss", "amod", "prep"} for c in token.children):
            continue  # "on Thursday afternoon", "the morning of May 3", "every morning" are not bare parts
        start, end = preposition.idx, token.idx + len(token)  # "in the afternoon"
        if doc.is_body(start, end):
            found.append((start, end, DayTime(*DAY_PARTS[token.lower_], token.lower_)))
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


def clock_text(doc: Document, clock: ClockTime) -> str:
    """The clock time as written."""
    return doc.text[clock.start:clock.end]
