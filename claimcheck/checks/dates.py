"""CC104: one event given two times that cannot both hold, read from the date facts and the parse.

A date fact's event is read from the word its date hangs from:
- a verb: its lemma, a phrasal verb as the plain verb it means ("pass away": "die");
- a light verb ("happen", "occur", "take place", "be held", "come") with an event noun as its subject and no
  state it comes to ("came loose"): that noun ("the collision happened on Thursday": "collision");
- a verb that stages an event ("have", "hold", "stage", "host") with one common noun as its object: that noun
  ("the film had its premiere on Friday": "premiere");
- an event noun the date follows in a prepositional phrase ("the crash on Friday") or a day that modifies it
  ("Wednesday's summit"). A year or month that modifies it ("the 2015 election") says which of a recurring
  event is meant and is never compared, nor is an event any telling of which gives it a figure as its value ("the
  gauge's reading of 3.4 metres on Monday", "settled on Monday at 212 dollars"): each day has a value of its own;
- a verb of saying (quotes' REPORTING_VERBS): a statement.

Two date facts are one event when their events match (one lemma, a verb and its nominalisation: "collide" and
"collision", a phrasal verb and its one-word noun: "shut down" and "shutdown", or two statements), neither is told as
one of a series ("again", "also", "the next hearing", a count of event nouns: "the 40 shutdowns") or as a
bound or a state at a time ("as of Tuesday", "since", "until", "by"), their holders do not differ (a "he" or
"she" is the person the facts stage resolves it to), their verbs' objects or the names they take do not say two
events ("beat Spain", "beat Italy"; "in Oslo", "in Bergen"), and something ties them together: a shared holder
or subject noun for two verbs, or what both act on when the later one refers back to it ("a lawsuit filed on
Tuesday", "filed the lawsuit on Sunday"; a "them" or "it" is what the verb it is joined to acts on: "traced the pair and
detained them on Monday"); for a statement, a shared holder and a shared object or medium ("on live
television"), since one speaker says many things on many days; a definite event noun ("the collision", "his
death"), which refers back to the one event the article tells of (an indefinite one may only come first: "a
crash on Thursday" after "the crash" is another crash). Their days must not overlap (a day against a month of
one event: the day must lie outside the month).
A date also dates the clause it is put beside as a day ("on May 16, the day she signed the bill", when that
clause has the date's clause's subject), and a speaker's past-tense report ("officials said on Monday that the
bridge collapsed"), which only conflicts with a later date of its event (reported before it happened); a verb's
object that is a definite common noun may be a named one ("signed the bill", "signed the Water Act"). The one date
of the article's first sentence also dates the definite noun the next sentence names that event by ("Gunmen
stormed a depot on Monday. Nine died in the attack."); an event noun on or against something ("the attack on a
market") is another event than one with other participants. A count or length of days, weeks, months or years of
an event ("in the eleventh week of protests", "for five weeks") must fit the event's start ("since early April";
`count_flags`). A bare weekday and a date naming the same weekday are one day told twice; a date written with a
weekday that its calendar day is not ("Wednesday, May 16, 2019", a Thursday) is flagged alone (`weekday_flags`). A
bare weekday and a date written without one a day apart, both of the article's last days, may be one event's day
told two ways (`near_day_flags`).
Two tellings of one event on one day, or one with a clock time or part of the day in a sentence that names no
day, are also compared by the time of day (`Fact.day_time`, read by `claimcheck.day_times`: "yesterday morning",
"at 9pm on Monday", "broke out at 3:30pm"). A verb of beginning with an event noun as subject ("the fire broke
out"; a name typed an event; an "it" in a clause under that noun's: "the Cedar Fire, which has burned 900 acres since
it started") dates that noun's start, which only conflicts with a time of the event that ended before it, and is the
event such a verb with the noun as object tells ("the conference opened", "began a two-day conference"); an event
noun dated by a phrase on it ("the fire on Sunday morning") may have lasted, so only its start is checked
against its time of day.
A date's clause told before or after another event ("on Thursday, shortly before the fire broke out", "on Tuesday, two
days after the debate", "on Thursday, the day after the ballot"; `anchored_event`) must keep that order, offset and
closeness against the dates of that event told elsewhere, even where the clause itself is one of a series ("first gave
notice on Thursday, two days before the strike began"); an event named by a word for any event ("a week after the
accident") or by the end of the word the first sentence names its event by ("the storm" for "a hailstorm swept ...")
that no dated telling matches is the event of the article's first sentence (`_names_the_lead`). A clause with no date of
its own that tells a definite event noun some days before or after another event ("The charge came four days after the
fire", "was made a week after"; `_undated_anchors`) holds the dates told elsewhere of the two events to that offset. Two
steps of one process done to one thing (`STAGES`: a bill proposed, passed, signed) must come in their order, and a verb
done again ("emailed them again on May 3") after the telling it repeats, when that is told before it in the text and no
telling of it is dated earlier.
Only dates on or before the article's date are compared (a past event's), and in a direct quote only dates
written with their month or year ("yesterday" there is the speaker's day). Relative days and periods
("yesterday", "last week") are the claims' resolved dates; an undated article leaves them unresolved and they
are never compared.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from claimcheck.checks.common import DAYS_IN, claim_evidence, nominalises, one_name, span_evidence
from claimcheck.checks.registry import RULES
from claimcheck.checks.times import clock_flags
from claimcheck.day_times import DAY, clock_times, day_parts
from claimcheck.document import Claim, DateRange, DayTime, Document, Fact, Flag, Span
from claimcheck.facts import BOUND_WORDS as FACT_BOUNDS, compared_with, holders_differ, holders_shared, to_date_range
from claimcheck.quotes.cues import REPORTING_VERBS

BASE_SCORE = 0.5
NAMED = "@"  # marks a participant written as a name
# A date set right after the figure a move starts from ("climbed from 300 at the close of 2019 to 1,150", "fell
# from 9,200 in 2019"): that figure's time, however the parse hangs the date.
FROM_VALUE_AT = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?\S*\d[\d.,]*(?:\s+[a-z]+){0,2}\s+(?:at|in|on|by)"
                           r"\s+(?:the\s+)?$")
RELATIVE_PERIOD = re.compile(
    r"\b(?:(?:last|this|next|coming|past|previous)\s+(?:week|weekend|month|year|quarter|season|spring|summer|"
    r"autumn|fall|winter)|ago|recently)\b",
    re.IGNORECASE,
)
YEARLESS_SEASON = re.compile(r"(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)", re.I)
# Verbs that only say an event took place; their subject names the event ("the vote was held on Sunday").
LIGHT_VERBS = {"happen", "occur", "come", "unfold", "hold", "make"}  # "hold" and "make" passive: "a charge was made"
# Nouns for any event, which a later sentence may name the article's first one by ("a week after the accident").
GENERIC_EVENTS = {"incident", "accident", "event", "episode", "disaster", "tragedy", "emergency", "ordeal"}
MIN_TAIL = 4  # letters of the end of a compound ("storm" of "hailstorm") that may name the event it names
REPEAT_BETWEEN = re.compile(r"\b(?:also|again|too)\b", re.IGNORECASE)  # between two dates of one verb: a repetition
# Verbs that stage an event their object names ("the film had its premiere on Friday", "held talks on Monday").
STAGING_VERBS = {"have", "hold", "stage", "host"}
# Verbs that say an event began; their subject names the event, and the time is its start ("the fire broke out").
ONSET_VERBS = {"break out", "erupt", "start", "begin", "ignite", "commence", "open"}
ENDING_VERBS = {"end", "close", "conclude", "finish", "wrap up"}  # a verb telling an event's end: no date of its start
NAMED_EVENTS = {"EVENT", "FAC"}  # a name typed an event or, as the parse types named fires, a facility
PARTICLES = {"back", "away", "out", "in", "off", "up", "down", "over", "through"}  # closed class: "came back"
# Phrasal verbs that mean one plain verb, so the two wordings of one event compare.
PHRASAL = {("pass", "away"): "die", ("step", "down"): "resign", ("drop", "out"): "withdraw",
           ("pull", "out"): "withdraw", ("set", "off"): "depart", ("take", "off"): "depart"}
# Prepositions and markers before a date that place an event at it; others ("since", "until", "by", "as of")
# bound a state or a deadline.
EVENT_PREPOSITIONS = {"on", "in", "at", "during"}
BOUND_WORDS = FACT_BOUNDS | {"from", "to", "between"}  # and the ends of a range
REPEAT_WORDS = {"again", "also", "too", "another", "other", "separate", "second", "third", "latest", "repeatedly",
                "next", "following", "previous", "first", "final", "last", "same"}  # one of a series or another one:
# other ones are other events ("in the same poll a year ago": the poll's edition of then)
# The steps of a process in the order they come, for one thing or person they act on: a bill is put forward,
# passed by a chamber and then signed or vetoed; a nominee is nominated and then confirmed; an accused is charged, then
# convicted or acquitted, then sentenced; an official is elected, then sworn in.
STAGES = ({"introduce": 0, "propose": 0, "table": 0, "pass": 1, "sign": 2, "veto": 2}, {"nominate": 0, "confirm": 1},
          {"charge": 0, "indict": 0, "convict": 1, "acquit": 1, "sentence": 2},
          {"elect": 0, "swear in": 1, "inaugurate": 1})
ANCHOR_WORDS = {"before": True, "after": False, "following": False}  # the date's clause comes before the
# anchor's event, or after it
CLOSE_WORDS = {"shortly", "just", "soon", "immediately", "moments", "minutes", "right"}  # "shortly before"
CLOSE_MINUTES = 12 * 60  # the most "shortly before" allows
CLOSE_UNITS = {"minute", "moment", "hour"}  # "minutes after", "hours before"
HOUR_UNITS = {"hour": 24, "minute": 24 * 60}  # how many make a day: "30 hours after" is a day or two after
# A date with none of these (a weekday, "yesterday", "last week") is told from the day it was written or said.
ABSOLUTE_DATE = re.compile(
    r"\b(?:1[6-9]\d\d|20\d\d)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b")
SAME_DAY = re.compile(r"\b(?:same|that)\s+(?:day|date|night|morning|afternoon|evening)\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
NEAR_DAYS_BACK = 10  # how many days back a weekday and a date a day apart are compared (`near_day_flags`)
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time",
              "hour", "minute", "date", "p.m.", "a.m.", "pm", "am", "noon", "midnight", "dawn", "season", "period",
              "decade", "century", "quarter", "moment", "o'clock"}
PART_NOUNS = {"part", "kind", "type", "way", "lot", "number", "rest", "piece", "end", "start"}  # "as part of"
UNIT_DAYS = {unit: DAYS_IN[f"{unit}s"] for unit in ("day", "week", "month", "year")}  # counted since a start
# Event nouns that befall one person or thing once (a closed class): "his 2015 death" is no recurring event.
ONCE_NOUNS = {"death", "birth", "funeral", "burial", "murder", "assassination", "execution", "disappearance"}
ONCE_KEYS = ONCE_NOUNS | {"die", "bear", "bury", "murder", "assassinate", "execute", "disappear", "kill"}  # their verbs
TALLY_DAYS = 28  # a month or longer: a period a figure of its verb may be the tally of (`_two_tallies`)
TALLY_KINDS = {"count", "money", "quantity"}
START_VERBS = {"begin", "start"}  # "the protests began in April": the start of the subject's event


@dataclass(frozen=True)
class DatedEvent:
    """What a date fact dates: the event's key, how it is written, and what the parse ties to it."""

    key: str  # verb lemma, event noun lemma, or "statement"
    form: str  # "verb", "noun" or "statement"
    definite: bool  # an event noun written with "the", "this" or a possessive: the article's one such event
    subjects: frozenset[str]  # the subject's common-noun lemma ("fire")
    participants: frozenset[str]  # lemmas of the objects and prepositional nouns of its verb, times left out
    repeated: bool  # told as a repetition ("again", "also") or as a state at a time ("as of", "since")
    objects: frozenset[str] = frozenset()  # the direct objects: common nouns' lemmas, names in full ("@clean air act")
    definite_object: bool = False  # a verb's direct object is a common noun with "the", "this" or a possessive
    named: str = ""  # a reported event's subject when it is a name, lower case ("maria lopez")
    reported: bool = False  # told as done in what a speaker said on the date ("said on May 3 that she had
    # resigned"): the event came before the date, not on it
    introduces: bool = False  # a verb's subject is the article's first mention of its noun, with "a" or "an"
    introduced: bool = False  # an event noun or a verb's subject noun with "a" or "an": a new one, that only a
    # later "the" refers back to ("a fire broke out on Monday", "the fire ... on Sunday"; not the other way round)
    onset: bool = False  # the time is the event noun's start ("the fire broke out at 3:30pm"): the event may go on
    lasting: bool = False  # an event noun dated by a phrase on it ("the fire on Sunday"): it may have lasted longer
    themes: frozenset[str] = frozenset()  # what a verb acts on: its objects and its common-noun subject ("bill")
    definite_theme: bool = False  # one of them is a common noun with "the", "this" or a possessive
    again: bool = False  # a verb told as done again ("emailed them again on May 3"), not bounded
    kin_subject: bool = False  # a verb's subject is a common noun someone owns ("Blake's wife", "her husband")
    kinds: frozenset[str] = frozenset()  # the nouns and names compounded on the event noun or the verb's common-noun
    # subject, which tell one of its kind from another ("the warehouse fire", "the Mill Creek fire")
    day_named: bool = False  # an event noun its date names ("Monday's fire", "the Tuesday fire"): a label that tells
    # it from others of its kind
    doer: str = ""  # the name that does it: a verb's subject ("Rovers, who won"), an event noun's owner ("United's
    # win"), lower case
    valued: bool = False  # told with a figure as its value ("Friday's settlement of 216 dollars", "settled at 212"): a
    # measurement taken at times, each day's its own
    amounts: frozenset[str] = frozenset()  # the numbers told as its size ("rose 3.1 percent", "the 3.1 percent rise"):
    # two events of one kind told with different sizes are two ("a 3 percent rise in May", "the 2 percent rise")


@dataclass(frozen=True)
class Anchor:
    """An event a date's clause is told relative to: the date comes `before` it (or after), by `days` (the
    fewest and most) when an offset is given, within half a day when `close` ("shortly before")."""

    event: DatedEvent
    before: bool
    days: tuple[float, float] | None
    close: bool
    said: str  # "shortly before", "two days after"
    at: tuple[int, int]  # where `said` is written, in characters


def date_flags(doc: Document, facts: list[Fact] | None = None) -> list[Flag]:
    """CC104 flags: pairs of dated facts of one event whose days cannot both hold, one per pair of dates, and
    clock times that a start and a duration miss (`times`)."""
    facts = facts if facts is not None else (doc.facts or [])
    published = doc.meta.published
    quoted = [q for q in doc.quotes or [] if q.kind == "direct"]
    dated = [f for f in facts if f.claim.kind in {"date", "period"}]
    lead = dated[0] if dated and sum(f.sentence == dated[0].sentence for f in dated) == 1 and \
        dated[0].sentence == min(f.sentence for f in facts) else None
    compared = [f for f in facts if _compared(f, published, quoted) and not _season_ahead_maybe(doc, f)]
    own = {id(f): dated_event(doc, f) for f in compared}  # read once: the repetitions below read it again
    listed = _listed_dates(doc, compared, own)
    valued = {e.key for e in own.values() if e is not None and e.valued}  # "settled at 212": each day's value
    read = [(f, e) for f in compared
            for e in (own[id(f)] if id(f) not in listed else None, apposed_event(doc, f), reported_event(doc, f),
                      resumed_event(doc, f) if f is lead else None)
            if e is not None and not e.repeated and e.key not in valued]
    for fact in _undated_times(doc, facts) if doc.nlp is not None else []:
        event = event_at(doc, fact.claim.start, fact.claim.end, None)
        if event is not None and not event.repeated:
            read.append((fact, event))
    flags: dict[frozenset, Flag] = {}
    tallied: dict[tuple[int, str], set[float]] = {}  # `_tallied` of a date and its event, read once
    lead_event = own.get(id(lead)) if lead is not None else None
    planned = [f for f in facts if _compared(f, published, quoted, planned=True)]  # expected, so none compared
    for a in (f for f in compared + planned if f.time is not None and id(f) not in listed):
        anchor = anchored_event(doc, a)  # the offset dates the date itself, whatever its own clause tells
        told_as = [(b, eb) for b, eb in read if anchor is not None and b.sentence != a.sentence
                   and b.time is not None and not eb.reported and same_event(a, anchor.event, b, eb)]
        if anchor is not None and not told_as and lead_event is not None and lead.time is not None and \
                a.sentence != lead.sentence and _names_the_lead(anchor.event, lead_event):
            told_as = [(lead, lead_event)]  # "a week after the accident": the event the article opens with
        for b, eb in told_as:
            if _misses_anchor(a, a.day_time, anchor, b, b.day_time):
                told = f"{anchor.said} the {anchor.event.key}"
                flag = _flag(f"{a.claim.text} (paragraph {a.paragraph}) is told as {told}, which is dated "
                             f"{b.claim.text} (paragraph {b.paragraph})", a.claim, b.claim)
                flag.evidence.append(span_evidence(doc, Span(*anchor.at)))  # "two days after": what it rests on
                flags.setdefault(frozenset({a.claim.text.lower(), b.claim.text.lower(), told}), flag)
    for event, anchor, sentence in _undated_anchors(doc, compared) if doc.nlp is not None else []:
        dated_as = [(b, eb) for b, eb in read if b.sentence != sentence and b.time is not None and not eb.reported]
        told_as = [(b, eb) for b, eb in dated_as if same_event(b, anchor.event, b, eb)]
        if not told_as and lead_event is not None and lead.time is not None and lead.sentence != sentence and \
                _names_the_lead(anchor.event, lead_event):
            told_as = [(lead, lead_event)]
        for a, ea in ((a, ea) for a, ea in dated_as if same_event(a, event, a, ea)):
            for b, _eb in told_as:
                if a.sentence != b.sentence and _misses_anchor(a, a.day_time, anchor, b, b.day_time):
                    told = f"{anchor.said} the {anchor.event.key}"
                    flag = _flag(f"The {event.key}, dated {a.claim.text} (paragraph {a.paragraph}), is told as "
                                 f"{told}, which is dated {b.claim.text} (paragraph {b.paragraph})", a.claim, b.claim)
                    flag.evidence.append(span_evidence(doc, Span(*anchor.at)))
                    flags.setdefault(frozenset({a.claim.text.lower(), b.claim.text.lower(), told}), flag)
    for a, ea in _repetitions(compared, own):
        done = [(b, eb) for b, eb in read if b.sentence != a.sentence and same_event(a, ea, b, eb)]
        if done and not any(b.time.first <= a.time.last for b, _ in done):
            b = next((b for b, _ in done if b.claim.start < a.claim.start), None)
            if b is not None:
                flags.setdefault(frozenset({a.claim.text.lower(), b.claim.text.lower(), ea.key}), _flag(
                    f"The {ea.key} done again on {a.claim.text} (paragraph {a.paragraph}) is dated before the one "
                    f"it repeats, {b.claim.text} (paragraph {b.paragraph})", a.claim, b.claim))
    for i, (a, ea) in enumerate(read):
        for b, eb in read[i + 1:]:
            steps = _steps(a, ea, b, eb)
            if steps is not None:
                (first, e_first), (then, e_then) = steps
                flags.setdefault(frozenset({a.claim.text.lower(), b.claim.text.lower(), ea.key, eb.key}), _flag(
                    f"'{e_then.key}', dated {then.claim.text} (paragraph {then.paragraph}), comes before "
                    f"'{e_first.key}', which it must follow, dated {first.claim.text} (paragraph {first.paragraph})",
                    then.claim, first.claim))
            if a.sentence == b.sentence or not same_event(a, ea, b, eb) or (ea.day_named and eb.day_named) or \
                    _two_tallies(doc, a, ea, b, eb, facts, tallied) or _another_year(a, ea, b, published):
                continue  # "Monday's warehouse fire" and "the Tuesday fire": each named by its day, two fires
            clash = _days_clash(a, ea, b, eb) if a.time is not None and b.time is not None else None
            if clash and _one_weekday(a, b):
                continue
            if clash is None and not (ea.reported or eb.reported):
                clash = _hours_clash(a.day_time, ea, b.day_time, eb)
                if clash:
                    flags.setdefault(frozenset({a.claim.text.lower(), b.claim.text.lower(), ea.key}), _flag(
                        _hours_message(a, ea, a.day_time, b, eb, b.day_time), a.claim, b.claim))
                continue
            if not clash:
                continue
            key = frozenset({a.claim.text.lower(), b.claim.text.lower(), ea.key, eb.key})
            what = "statement" if ea.form == "statement" else f"event ({ea.key})"
            message = (f"The same {what} is dated {a.claim.text} (paragraph {a.paragraph}) and "
                       f"{b.claim.text} (paragraph {b.paragraph})")
            if ea.reported or eb.reported:  # a report is only wrong when it comes before the event
                report, event = (a, b) if ea.reported else (b, a)
                if ea.reported == eb.reported or report.time.last >= event.time.first:
                    continue
                message = (f"The event ({ea.key}) is reported as done on {report.claim.text} (paragraph "
                           f"{report.paragraph}), before it is dated {event.claim.text} (paragraph {event.paragraph})")
            flags.setdefault(key, _flag(message, a.claim, b.claim))
    return list(flags.values()) + near_day_flags(doc, read, published) + weekday_flags(doc, facts) + \
        count_flags(doc, facts) + clock_flags(doc, facts)


def near_day_flags(doc: Document, read: list[tuple[Fact, DatedEvent]], published: date | None) -> list[Flag]:
    """CC104 flags for a bare weekday and a calendar day written without its weekday, each the day something was done in
    the article's last `NEAR_DAYS_BACK` days (no statement, nor a date told as the day of a clause beside it), told
    in two sentences one day apart: a weekday a day off its event's date is the commonest slip in dating one event,
    while an article that tells two events on days next to each other seldom names one by its weekday and the other
    by its date. The flag says the two may be one event's day told two ways; its confidence is the rule's measured
    precision."""
    if published is None:
        return []
    recent = [(f, e) for f, e in read if e.form != "statement" and not e.reported and f.time is not None
              and f.time.days == 1 and 0 <= (published - f.time.first).days <= NEAR_DAYS_BACK]
    weekdays = [f for f, _e in recent if WEEKDAY.search(f.claim.text.lower())
                and not ABSOLUTE_DATE.search(f.claim.text)]
    dated = [f for f, _e in recent if re.search(r"\d", f.claim.text) and ABSOLUTE_DATE.search(f.claim.text)
             and not WEEKDAY.search(f.claim.text.lower()) and not _day_of_a_clause(doc, f)]
    flags: dict[frozenset, Flag] = {}
    for a in weekdays:
        for b in dated:
            if a.sentence != b.sentence and abs((a.time.first - b.time.first).days) == 1:
                first, then = sorted((a, b), key=lambda f: f.claim.start)
                flags.setdefault(frozenset({id(a), id(b)}), _flag(
                    f"{a.claim.text} (paragraph {a.paragraph}) is {a.time.first.strftime('%B')} {a.time.first.day}, a "
                    f"day {'before' if a.time.first < b.time.first else 'after'} {b.claim.text} (paragraph "
                    f"{b.paragraph}): if both date one event, one of them is wrong", first.claim, then.claim))
    return list(flags.values())


def _listed_dates(doc: Document, compared: list[Fact], own: dict[int, DatedEvent | None]) -> set[int]:
    """The ids of dates that one sentence gives one event days of that do not meet ("recorded 48.3 mm in January,
    37.6 in February and 100.3 in March", "met on Monday and on Friday"): each dates an item of a list or one of
    several occasions, not the event told elsewhere. Days that meet tell one time more closely ("earlier this week,
    on Tuesday"), and a repetition ("and again on Friday", "to the EPA on February 18, and also to the state board
    on February 21") is another occasion of the one event the first date dates."""
    days: dict[tuple[int, str], list] = {}
    last: dict[tuple[int, str], Fact] = {}
    for fact in sorted(compared, key=lambda f: f.claim.start):
        event = own[id(fact)]
        if event is None or event.repeated:
            continue
        key = (fact.sentence, event.key)
        before = last.get(key)
        last[key] = fact
        if before is not None and REPEAT_BETWEEN.search(doc.text, before.claim.end, fact.claim.start):
            continue  # "... and also to the state board on February 21": a repetition
        days.setdefault(key, []).append(fact.time)
    listed = {key for key, times in days.items() if any(a.disjoint(b) for a in times for b in times)}
    return {id(f) for f in compared if own[id(f)] is not None and (f.sentence, own[id(f)].key) in listed}


def _two_tallies(doc: Document, a: Fact, ea: DatedEvent, b: Fact, eb: DatedEvent, facts: list[Fact],
                 tallied: dict[tuple[int, str], set[float]]) -> bool:
    """True when both dates, of `TALLY_DAYS` or more, date a verb done to what figures of their sentences count,
    and the figures differ ("sold 52,000 bicycles in 2024", "the 61,000 it sold in 2019"): two
    tallies of one activity over two periods, not one event dated twice. The same figure told at two times
    ("destroyed 30 homes in 2015", "destroyed 30 homes in 2016") is one event."""
    for fact, event in ((a, ea), (b, eb)):
        if (id(fact), event.key) not in tallied:
            tallied[id(fact), event.key] = _tallied(doc, fact, event, facts)
    told_a, told_b = tallied[id(a), ea.key], tallied[id(b), eb.key]
    return bool(told_a and told_b) and not told_a & told_b


def _tallied(doc: Document, date: Fact, event: DatedEvent, facts: list[Fact]) -> set[float]:
    """The values of the figures of a date's sentence that count what its verb was done to (the verb's own figures,
    or the noun a relative clause of the verb hangs from: "the 61,000 it sold in 2019"), when the date
    covers `TALLY_DAYS` or more (a month, a quarter, a year); none otherwise."""
    if event.form != "verb" or date.time is None or date.time.days < TALLY_DAYS:
        return set()
    span = doc.nlp.char_span(date.claim.start, date.claim.end, alignment_mode="expand") if doc.nlp else None
    verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None) if span is not None and len(span) else None
    noun = verb.head if verb is not None and verb.dep_ in {"relcl", "acl"} else None
    # the parse may hang such a clause from the noun's own subject read as an apposition ("bicycles the firm")
    nouns = set() if noun is None else {noun.i, noun.head.i} if noun.dep_ == "appos" else {noun.i}
    values = set()
    for f in facts:
        if f.sentence != date.sentence or f.claim.kind not in TALLY_KINDS or f.claim.value is None:
            continue
        figure = doc.nlp.char_span(f.claim.start, f.claim.end, alignment_mode="expand") if doc.nlp else None
        counted = figure is not None and len(figure) and bool(nouns & {figure.root.i, figure.root.head.i})
        if event.key in {f.event, f.state} or counted:
            values.add(f.claim.value)
    return values


def weekday_flags(doc: Document, facts: list[Fact]) -> list[Flag]:
    """CC104 flags for a date written with a weekday that its calendar day is not ("Wednesday, May 16, 2019",
    a Thursday), told as fact or as planned. The day's year must be written or told ("March 3 last year"), or the
    day must lie within the year before the article's date (a year read from the article's date is then sure) and
    the weekday must not fit the coming day of that date ("a hearing set for Friday, September 14" in May: the
    coming September 14 is a Friday), or within the year after it and the weekday must not fit that date a year
    before (a past day read as coming).
    The same day written elsewhere with its right weekday is cited beside it."""
    published = doc.meta.published
    flags = []
    for fact in facts:
        text = fact.claim.text.lower()
        named = WEEKDAY.findall(text)
        if fact.claim.kind != "date" or fact.time is None or fact.time.days != 1 or len(set(named)) != 1 or \
                not re.search(r"\d", text) or fact.modality not in {"asserted", "expected"}:
            continue
        day = fact.time.first
        year_written = re.search(r"\b(?:1[6-9]|20)\d\d\b|\b(?:last|this|next) year\b", text)  # or told
        sure = year_written or published is not None and (0 <= (published - day).days <= 365 or 0 < (
            day - published).days <= 365 and not _on_weekday_a_year_before(day, named[0]))
        actual = day.strftime("%A")
        if not year_written and _ahead_on(day, named[0], published):
            continue  # "set for Friday, September 14": the weekday says the coming one is meant
        if sure and not actual.lower().startswith(named[0]):
            told = next((f for f in facts if f is not fact and f.claim.kind == "date" and f.time == fact.time
                         and WEEKDAY.findall(f.claim.text.lower()) == [actual.lower()]), None)
            flags.append(_flag(f"{fact.claim.text} (paragraph {fact.paragraph}): {day.strftime('%B')} {day.day}, "
                               f"{day.year} {'is' if published is not None and day > published else 'was'} a "
                               f"{actual}" + (f", as paragraph {told.paragraph} has it" if told else ""),
                               *sorted([fact.claim, *([told.claim] if told else [])], key=lambda c: c.start)))
    return flags


def _in_year(day: date, year: int) -> date | None:
    """`day`'s month and day in another year; None for February 29 in a year without it."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _on_weekday_a_year_before(day: date, weekday: str) -> bool:
    """True when `day`'s month and day a year earlier falls on the weekday named (a coming date that may be a past
    one)."""
    before = _in_year(day, day.year - 1)
    return before is not None and before.strftime("%A").lower().startswith(weekday)


def _ahead_on(day: date, weekday: str, published: date | None) -> bool:
    """True when the first day after the article's date with `day`'s month and day falls on the weekday named
    (a date written without its year and read as past may be a coming one)."""
    if published is None:
        return False
    for year in (published.year, published.year + 1):
        ahead = _in_year(day, year)
        if ahead is not None and ahead > published:
            return ahead.strftime("%A").lower().startswith(weekday)
    return False


def _repetitions(compared: list[Fact], events: dict[int, DatedEvent | None]) -> list[tuple]:
    """The dated verbs told as done again ("emailed the agency again on January 21"), with their event read as
    the one they repeat; such a repetition must come after a telling of it told before it in the text."""
    return [(f, replace(e, repeated=False)) for f in compared
            for e in [events[id(f)]] if e is not None and e.again and e.form == "verb"]


def _steps(a: Fact, ea: DatedEvent, b: Fact, eb: DatedEvent) -> tuple[tuple, tuple] | None:
    """For two steps of one process (`STAGES`) on one thing, the later step dated wholly before the earlier one:
    ((earlier step's fact, event), (later step's fact, event)); None when they keep their order or are not two
    steps of one thing. One thing: a shared object or subject noun, or a name and a definite common noun ("signed
    the Water Act", "this bill passed the Senate")."""
    if a.time is None or b.time is None or a.sentence == b.sentence or ea.form != "verb" or eb.form != "verb" or \
            ea.reported or eb.reported:
        return None
    stage = next((s for s in STAGES if ea.key in s and eb.key in s and s[ea.key] != s[eb.key]), None)
    if stage is None:
        return None
    named = [bool(e.themes) and all(t.startswith(NAMED) for t in e.themes) for e in (ea, eb)]
    words = [[set(t.removeprefix(NAMED).split()) for t in e.themes] for e in (ea, eb)]
    one = named[0] and eb.definite_theme or named[1] and ea.definite_theme or any(
        x <= y or y <= x for x in words[0] for y in words[1])  # one noun, or a name in part ("Reyes", "John Reyes")
    (first, e_first), (then, e_then) = sorted([(a, ea), (b, eb)], key=lambda p: stage[p[1].key])
    return ((first, e_first), (then, e_then)) if one and then.time.last < first.time.first else None


def _names_the_lead(named: DatedEvent, lead: DatedEvent) -> bool:
    """True when a definite event noun told nowhere else with a date names the event of the article's first sentence:
    a word for any event (`GENERIC_EVENTS`: "the accident"), the last part of the word that sentence names it by
    ("the storm" for "a hailstorm swept ..."), or the event noun its verb is told in ("the ceremony" for "was sworn
    in at a ceremony on Friday"), for a one-off event told on a verb; not the start of an event ("after the meeting
    opened") where the lead tells its end ("closed the two-day meeting on Friday": `ENDING_VERBS`)."""
    if named.form != "noun" or not named.definite or named.kinds or lead.form != "verb" or lead.reported or \
            lead.repeated or named.onset and lead.key in ENDING_VERBS:
        return False
    return named.key in GENERIC_EVENTS or named.key in lead.participants or len(named.key) >= MIN_TAIL and any(
        subject.endswith(named.key) for subject in lead.subjects)


def _misses_anchor(a: Fact, ha: DayTime | None, anchor: Anchor, b: Fact, hb: DayTime | None) -> bool:
    """True when the days (and times of day) of an anchor's event cannot be where the date told relative to it
    puts them: after the date for "before", before it for "after", by the offset's days, within half a day for
    "shortly"."""
    if anchor.days is not None:
        low, high = anchor.days
        first, last = (a.time.first + timedelta(days=low), a.time.last + timedelta(days=high)) if anchor.before \
            else (a.time.first - timedelta(days=high), a.time.last - timedelta(days=low))
        if b.time.last < first or last < b.time.first:
            return True
    if anchor.before and b.time.last < a.time.first or not anchor.before and a.time.last < b.time.first:
        return True
    if not anchor.close:
        return False
    early, late = (a, b) if anchor.before else (b, a)
    h_early, h_late = (ha, hb) if anchor.before else (hb, ha)
    gap = (late.time.first - early.time.last).days * DAY + (h_late.first if h_late else 0) - (
        h_early.last if h_early else DAY)
    return gap > CLOSE_MINUTES


def _days_clash(a: Fact, ea: DatedEvent, b: Fact, eb: DatedEvent) -> bool | None:
    """Whether the days of two dates of one event cannot both hold; None when both name the same one day (only
    the times of day can tell). An event's start ("the fire broke out on Monday") only clashes with a date of
    the event that ended before it: the event may have gone on after it began."""
    if a.time == b.time and a.time.days == 1:
        return None
    if not a.time.disjoint(b.time):
        return False
    if ea.onset != eb.onset:
        onset, other = (a, b) if ea.onset else (b, a)
        return onset.time.first > other.time.last
    return True


def _hours_clash(a: DayTime | None, ea: DatedEvent, b: DayTime | None, eb: DatedEvent) -> bool:
    """True when the times of day of two tellings of one event on one day cannot both hold: a start after the
    event's other time ("broke out at 3:30pm", "a fire yesterday morning"), or two times of a moment (a verb's,
    a light verb's, a start's) that do not meet. An event noun dated by a phrase on it may have lasted ("the
    fire on Sunday morning"): only its start is checked against it."""
    if a is None or b is None:
        return False
    readings = [_readings(a), _readings(b)]
    if ea.onset != eb.onset:
        onset, other = (readings[0], b) if ea.onset else (readings[1], a)
        return all(low > other[1] for low, _ in onset)
    if ea.lasting or eb.lasting:
        return False
    return not any(x[0] <= y[1] and y[0] <= x[1] for x in readings[0] for y in readings[1])


def _readings(window: DayTime) -> list[tuple[int, int]]:
    """A window of minutes as it may be read: one from the small hours may also be the night before's end."""
    return [window[:2], (window[0] + DAY, window[1] + DAY)] if window[0] < 6 * 60 else [window[:2]]


def _hours_message(a: Fact, ea: DatedEvent, ha: DayTime, b: Fact, eb: DatedEvent, hb: DayTime) -> str:
    told = [f.claim.text if w.said in f.claim.text.lower() else f"{f.claim.text} ({w.said})"
            for f, w in ((a, ha), (b, hb))]
    if ea.onset != eb.onset:
        (onset, at), (other, then) = ((a, told[0]), (b, told[1])) if ea.onset else ((b, told[1]), (a, told[0]))
        return (f"The {ea.key if ea.form == 'noun' else eb.key}'s start, {at} (paragraph {onset.paragraph}), "
                f"comes after its time, {then} (paragraph {other.paragraph})")
    what = "statement" if ea.form == "statement" else f"event ({ea.key})"
    return (f"The same {what} is told at {told[0]} (paragraph {a.paragraph}) and {told[1]} "
            f"(paragraph {b.paragraph}), times of day that cannot both hold")


def _undated_times(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The clock times and parts of the day ("at 3:30pm", "in the afternoon") of sentences that name no date,
    each as a fact of unknown day (the day of the event it times, told elsewhere) with its sentence's holders and
    paragraph; "by 6am" bounds, it does not time."""
    times = [(c.start, c.end, c.window(doc)) for c in clock_times(doc) if not c.bound] + day_parts(doc)
    found = []
    starts = [p.start for p in doc.paragraphs if not any(line.contains(p) for line in doc.non_body)]
    for start, end, window in times:
        sentence = doc.sentence_index(start)
        mine = [f for f in facts if f.sentence == sentence]
        if sentence is None or any(f.claim.kind in {"date", "period"} for f in mine):
            continue
        paragraph = bisect_right(starts, start)  # as the facts stage counts them
        claim = Claim(start, end, doc.text[start:end], "date", sentence=sentence)
        found.append(Fact(claim, sentence, paragraph, None, frozenset(), frozenset(),
                          frozenset(h for f in mine for h in f.holders), None, None, None, "level", "asserted",
                          day_time=window))
    return found


def count_flags(doc: Document, facts: list[Fact]) -> list[Flag]:
    """CC104 flags for a count of days, weeks, months or years of an event ("in the eleventh week of protests",
    "now in its fourth week", "after six weeks of protests", "have been protesting for eleven weeks") that the
    event's start ("protesting since early April", "the strike began on May 2") does not allow at the count's
    date: its clause's date, or the article's date for the present tense or perfect (`_count`). When the event's
    start is told more than once, the count must miss every one."""
    starts = [(f, word) for f in facts if _compared(f, doc.meta.published, []) and (word := _started(doc, f))]
    flags = []
    for fact in facts:
        count = _count(doc, fact)
        if count is None:
            continue
        low, high, word, at = count
        mine = [s for s, started in starts if _one_word(word, started) and
                not (s.sentence == fact.sentence and at == s.time)]
        fits = [low <= (at.last - s.time.first).days and (at.first - s.time.last).days <= high for s in mine]
        if not mine or any(fits):
            continue  # no start told for the event, or one that the count fits
        start = mine[0]
        what = fact.measure if fact.claim.kind == "ordinal" else ""  # "eleventh week", "six weeks"
        written = f"{fact.claim.qualifier} {fact.claim.text}" if fact.claim.qualifier else fact.claim.text
        message = (f"{written} {what} of the {word} (paragraph {fact.paragraph}) does not fit its "
                   f"start, {start.claim.text} (paragraph {start.paragraph})").replace("  ", " ")
        flags.append(_flag(message[0].upper() + message[1:], fact.claim, start.claim))
    return flags


def _one_word(a: str, b: str) -> bool:
    return a == b or nominalises(a, b) or nominalises(b, a)


def _count(doc: Document, fact: Fact) -> tuple[float, float, str, DateRange] | None:
    """For a count of time units of an event: the fewest and most days since its start that the count allows,
    the event's lemma and the date counted to. An ordinal's event is the noun after "of" or what "its" or "their"
    stands for (the clause's subject); the Nth week is 7(N-1) to 7N days in, with a week of slack either way
    for how the first one is counted. A length's event is the noun after "of" ("six weeks of protests"), a
    perfect verb it is the time of ("have been protesting for eleven weeks") or the subject of "last"; N weeks
    are 7N days, give or take a week, and "more than", "less than" and the like bound it on one side only."""
    claim = fact.claim
    ordinal = claim.kind == "ordinal"
    name = fact.measure if ordinal else (claim.unit or "").lower().removesuffix("s")
    if not ordinal and claim.kind != "quantity" or name not in UNIT_DAYS or claim.value is None or \
            claim.value < 1 + ordinal or fact.modality != "asserted" or doc.nlp is None:
        return None
    span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    unit = span.root.head if ordinal and span.root.dep_ == "amod" else span.root if not ordinal else None
    if unit is None or unit.lemma_.lower() != name or unit.head.lower_ == "to":
        return None  # "sentenced to four years of prison": a term, not a time since a start
    verb = next((t for t in unit.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    event = next((g for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    if event is None and ordinal and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in unit.children):
        event = _subject(verb if verb.dep_ != "conj" or _subject(verb) is not None else verb.head)
    elif event is None and not ordinal and perfect:
        if verb.lemma_.lower() == "last" and unit.dep_ in {"dobj", "npadvmod"}:
            event = _subject(verb)  # "the strike has lasted three months"
        elif unit.head.lower_ == "for" and unit.head.head.i == verb.i:
            event = verb  # "have been protesting for eleven weeks"
    if event is None or event.pos_ not in {"NOUN", "VERB"}:
        return None
    present = verb.tag_ in {"VBZ", "VBP"} or perfect
    published = doc.meta.published
    at = DateRange(published, published) if present and published is not None else None if present else fact.time
    if at is None:
        return None
    number, days = claim.value, UNIT_DAYS[name]
    if ordinal:
        low, high = (number - 2) * days, (number + 1) * days
    else:
        low = 0 if claim.qualifier in {"less than", "up to", "nearly"} else (number - 1) * days
        high = float("inf") if claim.qualifier in {"more than", "at least"} else (number + 1) * days
    return low, high, event.lemma_.lower(), at


def _started(doc: Document, fact: Fact) -> str | None:
    """The lemma of the event a date is the start of: the verb or noun after which "since" comes ("protesting
    since April"), or the subject of a verb of beginning ("the strike began on May 2")."""
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand") if doc.nlp else None
    if span is None or len(span) == 0 or span.root.dep_ != "pobj":
        return None
    preposition = span.root.head
    head = preposition.head
    if preposition.lower_ == "since" and head.pos_ in {"VERB", "NOUN"}:
        return head.lemma_.lower()
    if preposition.lower_ in EVENT_PREPOSITIONS and head.lemma_.lower() in START_VERBS and head.pos_ == "VERB":
        subject = _subject(head)
        return subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else None
    return None


def _one_weekday(a: Fact, b: Fact) -> bool:
    """True when both dates name one weekday ("Monday, June 9" and a later "Monday"): the writer told one day
    twice; only the resolution of the bare one against the article's date tells them apart."""
    days = [set(WEEKDAY.findall(f.claim.text.lower())) for f in (a, b)]
    return bool(days[0] & days[1]) and not all(any(c.isdigit() for c in f.claim.text) for f in (a, b))


def _compared(fact: Fact, published: date | None, quoted: list, planned: bool = False) -> bool:
    """An asserted date whose days are known, not after the article's date (a past event's date cannot be), and,
    inside a direct quote, written with its month or year (a quoted "yesterday" is the speaker's). With `planned`,
    instead a date of what is planned, whenever it is ("will resume on Friday, four days after the rockfall": its
    offset from a past event still fixes its day)."""
    if fact.claim.kind not in {"date", "period"} or fact.time is None or \
            fact.modality != ("expected" if planned else "asserted"):
        return False
    if published is not None and fact.time.first > published and not planned:
        return False
    claim = fact.claim
    if SAME_DAY.search(claim.text):
        return False  # "held on the same day", "that night": told as the day of an event already told, which the
    # claims stage can only guess (the last day named); it says nothing of its own to set against another date
    return bool(ABSOLUTE_DATE.search(claim.text)) or not any(q.start <= claim.start < q.end for q in quoted)


def _season_ahead_maybe(doc: Document, fact: Fact) -> bool:
    """True for a season named with no year nor "last", "this" or "next" that no past-tense verb dates ("before the
    national election in the autumn"): the claims stage guesses its year, but it may be the coming one."""
    claim = fact.claim
    if not YEARLESS_SEASON.fullmatch(claim.text.strip()) or doc.nlp is None:
        return False
    span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    head = span.root.head if span is not None else None
    while head is not None and head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head is None or head.pos_ not in {"VERB", "AUX"} or not (
        head.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in head.children))


def same_event(a: Fact, ea: DatedEvent, b: Fact, eb: DatedEvent) -> bool:
    """True when two dated facts tell of one event (see the module's description)."""
    if ea.reported or eb.reported:
        return _same_reported(*((ea, eb, b) if ea.reported else (eb, ea, a)))
    if not events_match(ea, eb) or holders_differ(a, b):
        return False
    if ea.kinds and eb.kinds and not ea.kinds & eb.kinds:
        return False  # "the warehouse fire began on Friday", "the apartment fire on Sunday": two fires
    if ea.amounts and eb.amounts and not ea.amounts & eb.amounts:
        return False  # "prices rose 3 percent in May", "the 2 percent rise in April": two rises
    if ea.objects and eb.objects and not ea.objects & eb.objects and not _named_and_definite(ea, eb):
        return False  # "beat Spain on Monday", "beat Italy on Friday": two events
    named_a, named_b = ({p for p in e.participants if p.startswith(NAMED)} for e in (ea, eb))
    if named_a and named_b and not named_a & named_b:
        return False  # "scored against Braga", "scored against Benfica": two occasions
    if ea.doer and eb.doer and not one_name(ea.doer, eb.doer):
        return False  # "Rovers, who won ... on Friday", "United's 2-0 win on Saturday": two teams' wins
    shared_holder = holders_shared(a, b)
    later = eb if a.claim.start < b.claim.start else ea
    if ea.form == "statement":
        return shared_holder and bool(ea.participants & eb.participants)
    if ea.form == "noun" or eb.form == "noun":
        noun, other = (ea, eb) if ea.form == "noun" else (eb, ea)
        if noun.participants and other.participants and not noun.participants & other.participants:
            return False  # "the attack on a market", "attacked a base": two attacks
        return (ea.definite or eb.definite) and not later.introduced and \
            (shared_holder or not (a.holders and b.holders))
    if ea.kin_subject != eb.kin_subject and not ea.subjects & eb.subjects:
        return False  # "Blake died on Saturday", "Blake's wife died in 2015": the one a name owns is someone else
    if later.definite_theme and ea.themes & eb.themes and not later.introduced:
        return True  # "a lawsuit filed on Tuesday", "filed the lawsuit on Sunday": what both act on, referred back to
    return shared_holder or (bool(ea.subjects & eb.subjects) and not later.introduced)


def _same_reported(report: DatedEvent, event: DatedEvent, fact: Fact) -> bool:
    """True when a reported event is a dated one: one verb or its nominalisation, whose subject is one of the
    dated fact's people or bodies ("said ... that Lopez had died", "Maria Lopez died") or the same common noun
    ("that the bridge collapsed", "the bridge collapsed"). The speaker is no holder of the reported event."""
    if not events_match(report, event) or report.form != "verb" or event.repeated:
        return False
    if report.objects and event.objects and not report.objects & event.objects:
        return False
    names = {h.split(":", 1)[1] for h in fact.holders}
    named = report.named and any(n == report.named or n.endswith(" " + report.named) for n in names)
    return bool(named) or bool(report.subjects & event.subjects) and not event.introduced


def _named_and_definite(a: DatedEvent, b: DatedEvent) -> bool:
    """True when one verb's objects are names and the other's a definite common noun, which may refer back to the
    named one ("signed the Water Act", "signed the bill")."""
    named = [bool(e.objects) and all(o.startswith(NAMED) for o in e.objects) for e in (a, b)]
    return named[0] != named[1] and (a.definite_object if named[1] else b.definite_object)


def events_match(a: DatedEvent, b: DatedEvent) -> bool:
    """One lemma, a verb and its nominalisation ("collide", "collision"), a verb whose subject introduces the
    event noun ("a storm hit the island", "Sunday's storm": the article's first storm), or two statements."""
    if a.form == "statement" or b.form == "statement":
        return a.form == b.form
    if a.key == b.key:
        return True
    if a.form == b.form:
        return False
    verb, noun = (a, b) if a.form == "verb" else (b, a)
    return nominalises(verb.key, noun.key) or verb.introduces and noun.key in verb.subjects or \
        noun.onset and verb.key in ONSET_VERBS and noun.key in verb.objects  # "the conference opened" and "began a
    # two-day conference": its start


def dated_event(doc: Document, fact: Fact) -> DatedEvent | None:
    """The event a date fact dates, read from the parse; None when the date hangs from no event."""
    return event_at(doc, fact.claim.start, fact.claim.end, fact.time)


def event_at(doc: Document, start: int, end: int, days: DateRange | None) -> DatedEvent | None:
    """The event a date or a clock time written at `start`-`end` dates (`days`: the date's own days, None for a
    clock time), read from the parse; None when it hangs from no event."""
    if doc.nlp is None:
        return None
    span = doc.nlp.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if FROM_VALUE_AT.search(doc.text, max(0, start - 80), start):
        return None  # "climbed from 300 at the close of 2019 to 1,150": the date of the value moved from
    bounded = _bounded(span)
    head, chain = span.root, [span.root]
    for token in span.root.ancestors:
        if token.i >= span.end or token.i < span.start:
            if _compared_value(token, span):
                return None  # "up from $3 million last year": the date of the value compared with
            if token.pos_ == "ADP" or token.ent_type_ in {"DATE", "TIME"} or (
                    token.pos_ == "NOUN" and token.lemma_.lower() in TIME_NOUNS):
                head = token
                chain.append(token)
                continue
            if token.pos_ == "NOUN":
                if head.dep_ in {"compound", "nummod", "poss", "amod", "nmod"} and head.head.i == token.i:
                    if days is not None and days.days > 1 and not _once_owned(token):
                        return None  # "the 2015 election": a year or month says which of a recurring event
                    # "Wednesday's summit", "the March 12 vote": that day's; "before Tuesday's vote" or "before the
                    # March 12 vote" bounds what happened before it, not the vote; "Monday's reading of 3.4 metres"
                    # is a value
                    return DatedEvent(_hyphenated_lemma(token), "noun", True, frozenset(), _targets(token),
                                      _repeated(token, span), day_named=True, valued=_valued(token))
                top = token
                while top.dep_ == "conj" and top.head is not top and top.head.pos_ in {"NOUN", "PROPN"}:
                    top = top.head  # "struck the town and the district on Tuesday": the last of the objects
                if top.dep_ == "dobj" and top.head.pos_ == "VERB":  # "announced the cut on Tuesday": the
                    return _verb_event(doc, top.head, span, chain, bounded)  # verb's date, however it is parsed
                return _noun_event(token, span, bounded)
            if token.pos_ == "VERB":
                return _verb_event(doc, _framed_clause(token, span) or token, span, chain, bounded)
            if token.pos_ in {"AUX", "PROPN", "PRON"}:
                return None
        head = token
    return None


def _framed_clause(verb: Any, span: Any) -> Any:
    """For a date the parse hangs from a report set off after it ("signed his contract two days later, the club
    announced on Sunday": "announced", whose subject follows the comma and which tells nothing after itself): the verb
    of the clause the date closes, the nearest before it in its sentence; None otherwise."""
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < span.end or any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    between = verb.doc[span.end:subject.i] if subject is not None and subject.i > span.end else None
    if between is None or not any(t.text == "," for t in between):
        return None
    return next((t for t in reversed(verb.doc[span.sent.start:span.start]) if t.pos_ == "VERB"), None)


def _another_year(a: Fact, event: DatedEvent, b: Fact, published: date | None) -> bool:
    """True when one of two dates of an event is a whole year before the article's and the other falls in the
    article's year ("the election on Sunday" and "the election in 2017", "won in 2004" and "won in 2020"): two of a
    series, unless the event befalls its subject once (`ONCE_KEYS`: "died in 2016" and "died in September 2015")."""
    if published is None or a.time is None or b.time is None or event.key in ONCE_KEYS:
        return False
    years = [f for f in (a, b) if f.time.days >= 365 and f.time.last.year < published.year]
    now = [f for f in (a, b) if f.time.first.year <= published.year <= f.time.last.year]
    return len(years) == 1 and len(now) == 1 and years[0] is not now[0]


def _once_owned(noun: Any) -> bool:
    """True for an event noun that befalls its owner once, with the owner named ("Vera Lind's May 2011 death",
    "their 2016 deaths"): a year or month on it dates that one event, not one of a series."""
    return noun.lemma_.lower() in ONCE_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _compared_value(token: Any, span: Any) -> bool:
    """True for the word that sets a figure compared with apart from the date `span`: "from" or "than" with a
    figure other than the date as its object, "up" or "down" with such a "from" ("rose to 12,000 from 9,000 in
    February", "up 40 percent from 2.2 million in 2023"), or what `compared_with` reads as the base of a change ("up
    6.2 percent on a year earlier"). A date under it is that figure's time, not the time of the event its sentence
    tells ("from May 3" is a date's own "from")."""
    if compared_with(token) and token.lower_ != "than":
        return True  # "up 6.2 percent on a year earlier", "compared with February": the date compared with
    if token.pos_ == "ADV" and token.lower_ in {"up", "down"}:
        return any(_compared_value(c, span) for c in token.children if c.dep_ == "prep")
    return token.pos_ == "ADP" and token.lower_ in {"from", "than"} and any(
        c.dep_ == "pobj" and not span.start <= c.i < span.end and any(t.like_num for t in c.subtree)
        for c in token.children)


def anchored_event(doc: Document, fact: Fact) -> Anchor | None:
    """The event a date's clause is told before or after ("left on Thursday, shortly before the fire broke out",
    "was held on May 3, two days after the debate", "resigned on Friday, a week before the election"): a clause
    with "before" or "after", or a definite event noun after one of them, on the verb the date hangs from, with
    the offset before it, or a length of days set off right after the date (`_day_set_beside`); None for any other
    date."""
    if doc.nlp is None:
        return None
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    anchor = _anchor_of(doc, verb, span) if verb is not None else None
    return anchor or _day_set_beside(doc, span)


def _day_set_beside(doc: Document, span: Any) -> Anchor | None:
    """The event a date is told from in a phrase set off right after it ("on Thursday, the day after the ballot", "on
    May 3, two days before the election"), however the parse hangs that phrase: a length of days after a comma, then
    "before" or "after" and a definite event noun. "The day" is one day; None for anything else."""
    if span.end + 2 >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    unit = next((t for t in span.doc[span.end + 1:span.end + 4] if t.lemma_.lower() in UNIT_DAYS), None)
    word = span.doc[unit.i + 1] if unit is not None and unit.i + 1 < len(span.doc) else None
    if word is None or word.lower_ not in ANCHOR_WORDS or unit.i not in {word.head.i, *(c.i for c in word.children)}:
        return None  # the length of days on the word, or the word on the length: the parse hangs them either way
    noun = next((g for g in word.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and _definite(g) and
                 g.lemma_.lower() not in TIME_NOUNS), None)
    the_day = unit.lemma_.lower() == "day" and any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children)
    days = (1.0, 1.0) if the_day else _offset_days(doc, unit)
    if noun is None or days is None:
        return None
    said = f"{doc.text[unit.left_edge.idx:unit.idx + len(unit)]} {word.lower_}"
    return Anchor(_noun_event(noun, span, False), ANCHOR_WORDS[word.lower_], days, False, said,
                  (unit.left_edge.idx, word.idx + len(word)))


def _anchor_of(doc: Document, verb: Any, span: Any) -> Anchor | None:
    """The event `verb`'s clause is told before or after (`anchored_event`); `span` is the date's, whose own phrase
    names no anchor but the clause's own event's date (`_anchor_dated`)."""
    for child in verb.children:
        if span.root in child.subtree:
            if child.dep_ == "prep" and child.lower_ in ANCHOR_WORDS:  # "the retrial began five weeks after the
                return _anchor_dated(doc, verb, child, span)  # first trial on August 26": the first trial's date
            continue
        mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ in ANCHOR_WORDS), None) \
            if child.dep_ == "advcl" and child.pos_ == "VERB" else None
        noun = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and _definite(g) and
                     g.lemma_.lower() not in TIME_NOUNS), None) \
            if child.dep_ == "prep" and child.lower_ in ANCHOR_WORDS else None
        if mark is not None:
            event, word, near = _verb_event(doc, child, span, [], False), mark, [*child.children, *mark.children]
        elif noun is not None:
            event, word, near = _noun_event(noun, span, False), child, list(child.children)
        else:
            continue
        near += [c for c in verb.children if c.dep_ == "npadvmod" and c.right_edge.i + 1 == word.i and not (
            span.start <= c.i < span.end) and any(g.dep_ == "nummod" or g.lower_ in {"a", "an", "one"}
                                                  for g in c.children)]  # "was made a week after the fire": the
        # offset hung from the verb right before the word (not the date itself: "burned this year before the fire")
        close = next((t.lower_ for t in near if t.dep_ == "advmod" and t.lower_ in CLOSE_WORDS or
                      t.dep_ == "npadvmod" and t.lemma_.lower() in CLOSE_UNITS), None)  # "hours after"
        offset = next((t for t in near if t.dep_ == "npadvmod" and t.lemma_.lower() in UNIT_DAYS), None)
        days = _offset_days(doc, offset) if offset is not None else None
        hours = next((t for t in near if t.dep_ == "npadvmod" and t.lemma_.lower() in HOUR_UNITS), None)
        if offset is None and hours is not None and (days := _offset_days(doc, hours)) is not None:
            offset, close = hours, None  # "30 hours after": a day or two, by the hour of the day it starts
        said = " ".join(w for w in (close, doc.text[offset.left_edge.idx:offset.idx + len(offset)]
                                    if days is not None else None, word.lower_) if w)
        first = min([word.idx, *(t.left_edge.idx for t in near if t.lower_ == close or t is offset)])
        return Anchor(event, ANCHOR_WORDS[word.lower_], days, close is not None, said,
                      (first, word.idx + len(word)))
    return None


def _undated_anchors(doc: Document, dated: list[Fact]) -> list[tuple[DatedEvent, Anchor, int]]:
    """Definite event nouns a clause with no date of its own tells before or after another event by an offset ("The
    charge came four days after the fire"), with that anchor and the clause's sentence: dated elsewhere, the two
    events must keep the offset."""
    dated_at = [f.claim.start for f in dated]
    found = []
    for verb in (t for t in doc.nlp if t.pos_ == "VERB" and any(  # only a verb `_anchor_of` can find one on
            c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ in ANCHOR_WORDS for c in t.children)):
        subtree = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        if any(subtree[0] <= start < subtree[1] for start in dated_at):
            continue  # a date of its own: `anchored_event`
        anchor = _anchor_of(doc, verb, verb.doc[verb.i:verb.i + 1])
        if anchor is None or anchor.days is None:
            continue
        told = [c for c in verb.children if c.left_edge.idx < anchor.at[1] and anchor.at[0] < c.right_edge.idx + 1]
        words = verb.doc[min(c.left_edge.i for c in told):max(c.right_edge.i for c in told) + 1] if told else \
            verb.doc[verb.i:verb.i + 1]  # the offset and the anchor's words: none of the event's participants
        event = _verb_event(doc, verb, words, [], False)
        if event.form == "noun" and event.definite and not event.repeated and event.key != anchor.event.key:
            found.append((event, anchor, doc.sentence_index(verb.idx)))
    return found


def _anchor_dated(doc: Document, verb: Any, word: Any, span: Any) -> Anchor | None:
    """For a date on the very event a clause is told relative to ("The retrial began five weeks after the first trial
    on August 26"), the clause's own event as the anchor, turned round: the date comes before it (for "after") by the
    offset. Only an offset in whole days or more dates it, and only an event named by a noun (the retrial) or a verb
    with a subject of its own."""
    offset = next((t for t in word.children if t.dep_ == "npadvmod" and t.lemma_.lower() in UNIT_DAYS), None)
    days = _offset_days(doc, offset) if offset is not None else None
    if days is None:
        return None
    event = _verb_event(doc, verb, span, [], False)
    if event.form != "noun" and _subject(verb) is None:
        return None
    before = not ANCHOR_WORDS[word.lower_]  # the date is the anchor's: its own event comes the other way round
    said = f"{doc.text[offset.left_edge.idx:offset.idx + len(offset)]} {'before' if before else 'after'}"
    return Anchor(event, before, days, False, said, (offset.left_edge.idx, word.idx + len(word)))


def _offset_days(doc: Document, unit: Any) -> tuple[float, float] | None:
    """The fewest and most days an offset ("two days", "a week", "30 hours") allows: N units, with slack for a week
    (two days), a month (a week) and a year (forty days), and a day's worth of hours or minutes as one or the next
    day (none under a day: "hours after" is close); None when it gives no number ("days after")."""
    number = next((c for c in unit.children if c.dep_ == "nummod"), None) or next(  # "some 40 hours": the 40
        (c for c in unit.children if c.dep_ == "det"), None)
    if number is None:
        return None
    if number.lower_ in {"a", "an", "one"}:
        value = 1.0
    else:
        value = next((c.value for c in doc.claims or [] if c.start <= number.idx < c.end and c.value is not None),
                     None)
    if value is None:
        return None
    name = unit.lemma_.lower()
    if name in HOUR_UNITS:  # within a day of the whole days it makes: "30 hours" from a morning ends the next day
        days = value / HOUR_UNITS[name]
        return (float(math.floor(days)), float(math.ceil(days))) if days >= 1 else None
    slack = {"day": 0, "week": 2, "month": 7, "year": 40}[name]
    return value * UNIT_DAYS[name] - slack, value * UNIT_DAYS[name] + slack


def _day_of_a_clause(doc: Document, fact: Fact) -> bool:
    """True for a date told as the day of a clause put beside it ("on June 17, when she was in the capital", "June 17,
    the day the council signed", "the day after the vote"): it dates that clause's event, whoever's."""
    found = _words_after(doc, fact)
    following = [t.lower_ for t in found[1]] if found is not None else []
    return following[:1] == ["when"] or following[:1] == ["the"] and following[1:2] in (["day"], ["date"])


def _words_after(doc: Document, fact: Fact) -> tuple[Any, list[Any]] | None:
    """A date fact's span in the parse and the three tokens after it, punctuation left out; None without a parse."""
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand") if doc.nlp else None
    if span is None or len(span) == 0:
        return None
    return span, [t for t in doc.nlp[span.end:span.end + 3] if not t.is_punct]


def apposed_event(doc: Document, fact: Fact) -> DatedEvent | None:
    """The event of a clause that a date is put beside as its day ("she spoke on May 16, the day she signed the
    bill", "on May 16, when she signed the bill": the signing), when that clause has the date's clause's subject;
    None for any other date, and for a day told from another event ("the day after the vote")."""
    found = _words_after(doc, fact)
    if found is None:
        return None
    span, following = found
    day = following[1] if len(following) > 1 and following[0].lower_ == "the" else None
    if day is not None and day.lemma_.lower() in {"day", "date"} and day.i <= span.end + 2 and \
            not any(c.dep_ in {"prep", "advmod", "amod"} for c in day.children):
        clause = next((c for c in day.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
        verb = next((t for t in [day.head, *day.head.ancestors] if t.pos_ == "VERB"), None)
    elif following and following[0].lower_ == "when" and following[0].i <= span.end + 1:
        clause = following[0].head if following[0].head.dep_ in {"advcl", "relcl"} else None  # ", when she ..."
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)
    else:
        return None
    if clause is None or clause.pos_ != "VERB" or any(c.dep_ == "mark" for c in clause.children):
        return None
    told, own = _subject(verb) if verb is not None else None, _subject(clause)
    if told is None or own is None or told.lower_ != own.lower_ and told.lemma_ != own.lemma_:
        return None  # the date fact's holders are its own clause's: the day's clause must have that subject
    return _verb_event(doc, clause, span, [day] if day is not None else [], _bounded(span))


def resumed_event(doc: Document, fact: Fact) -> DatedEvent | None:
    """For the one date of an article's first sentence, when it dates a verb: the event noun the next sentence,
    undated and in the same paragraph, names that verb's event by ("A car bomb was rammed into a base on Monday.
    Dozens died in the attack."): a definite noun after "in" on that sentence's main verb or the clause it
    reports."""
    event = dated_event(doc, fact)
    if event is None or event.form != "verb":
        return None
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    following = doc.nlp[span.sent.end:span.sent.end + 1]
    if not len(following) or "\n" in doc.text[span.sent.end_char:following[0].idx]:
        return None
    sentence = following[0].sent
    if any(t.ent_type_ in {"DATE", "TIME"} for t in sentence):
        return None
    verbs = [sentence.root, *(c for c in sentence.root.children if c.dep_ == "ccomp")]  # "..., police said."
    noun = next((g for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.pos_ == "NOUN" and _definite(g)), None)
    return DatedEvent(_hyphenated_lemma(noun), "noun", True, frozenset(), event.participants | _targets(noun), False) \
        if noun is not None else None


def reported_event(doc: Document, fact: Fact) -> DatedEvent | None:
    """The event a speaker reports as done on the date of the saying ("officials said on Monday that the bridge
    collapsed", "had collapsed"): a past-tense clause that a verb of saying with this date takes; None for any
    other date, and for a plan or a denial ("said it would close", "said it had not closed")."""
    if doc.nlp is None:
        return None
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "pobj" or _bounded(span):
        return None
    saying = span.root.head.head
    if saying.pos_ != "VERB" or saying.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = next((c for c in saying.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if clause is None or any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
        return None
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
    if clause.tag_ != "VBD" and not perfect or clause.lemma_.lower() in REPORTING_VERBS:
        return None
    event = _verb_event(doc, clause, span, [], False)
    subject = _subject(clause)
    named = _object_key(subject)[len(NAMED):] if subject is not None and subject.pos_ == "PROPN" else ""
    return DatedEvent(event.key, event.form, event.definite, event.subjects, event.participants,
                      _repeated(clause, span), event.objects, event.definite_object, named, reported=True,
                      introduced=event.introduced)


def _bounded(span: Any) -> bool:
    """True when the date is told as a bound or a state rather than the time of an event: "as of Tuesday",
    "since March", "by 6pm", "until Friday", "from ... to"."""
    before = span.doc[max(span.sent.start, span.start - 3):span.start]
    words = [t.lower_ for t in before if t.lower_ not in {"the", "this"}]  # "since the start of the year"
    if words[-2:] == ["as", "of"]:
        return True
    if words and words[-1] in BOUND_WORDS:
        return True
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    if preposition is not None and preposition.pos_ == "ADP" and preposition.head.pos_ == "ADP":
        preposition = preposition.head  # "by about 6pm", "until around May"
    of_time = preposition is not None and preposition.lower_ == "of" and \
        preposition.head.lemma_.lower() in TIME_NOUNS  # "the early hours of Monday", "the morning of May 3"
    return preposition is not None and preposition.pos_ == "ADP" and preposition.lower_ not in EVENT_PREPOSITIONS \
        and not of_time


def _repeated(head: Any, span: Any) -> bool:
    """True when the event is told as one of a series: a repetition word or a superlative on its verb or noun
    ("emailed them again on May 3", "the next hearing on May 3", "the deadliest outbreak since 2015") before the
    date or the verb ("also met ... on Friday"; in
    "announced it on Monday and again on Friday" only Friday is the repetition), or on its object or subject
    ("held another vote on May 3") or the noun a participle verb describes ("other data released on May 3")."""
    words = [c for c in head.children if c.dep_ in {"advmod", "amod", "det", "npadvmod"} and
             (c.lower_ in REPEAT_WORDS or c.tag_ == "JJS") and (c.i < span.start or c.i < head.i)]
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}] + (
        [head.head] if head.dep_ == "acl" else [])  # "other data released on Monday": what it acts on
    words += [g for o in objects for g in o.children if g.dep_ in {"amod", "det"} and g.lower_ in REPEAT_WORDS]
    return bool(words)


def _first_body_nouns(doc: Document) -> dict[str, int]:
    """Where each noun lemma first stands in the article's body (the headline left out), indexed once per article."""
    index = doc.nlp.user_data.get("claimcheck.first_body_nouns")
    if index is None:
        index = doc.nlp.user_data["claimcheck.first_body_nouns"] = {}
        for token in doc.nlp:
            if token.pos_ == "NOUN" and token.lemma_ not in index and doc.is_body(token.idx, token.idx + len(token)):
                index[token.lemma_] = token.i
    return index


def _verb_event(doc: Document, verb: Any, span: Any, chain: list, bounded: bool) -> DatedEvent:
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and (lemma, c.lower_) in PHRASAL)), None)
    if particle is not None:
        lemma = PHRASAL.get((lemma, particle), f"{lemma} {particle}")
    subject = _subject(verb)
    place = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "place"), None)
    light = lemma in LIGHT_VERBS and (lemma not in {"hold", "make"} or verb.tag_ == "VBN") and not any(  # "was
        c.dep_ in {"acomp", "attr", "oprd"} or c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES
        for c in verb.children)  # held", "a summit held"; not "the lorry came loose": a state, nor "it came back":
    # a verb of its own
    onset = lemma in ONSET_VERBS and not any(c.dep_ in {"dobj", "xcomp"} for c in verb.children)
    if (light or onset or (lemma == "take" and place is not None)) and subject is not None and (
            subject.pos_ == "NOUN" or subject.ent_type_ in NAMED_EVENTS) and subject.lemma_.lower() not in TIME_NOUNS:
        return DatedEvent(_hyphenated_lemma(subject), "noun", _definite(subject), frozenset(),
                          _participants(verb, span, chain, {subject.i}), bounded or _repeated(verb, span),
                          introduced=_indefinite(subject), onset=onset, kinds=_kinds(subject))
    direct = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    if verb.dep_ == "conj" and any(c.dep_ == "dobj" and c.lower_ in {"them", "it"} for c in verb.children):
        direct += [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "traced the pair ...
        # and detained them on Monday": them, the pair
    staged = direct[0] if lemma in STAGING_VERBS and len(direct) == 1 and direct[0].pos_ == "NOUN" and \
        direct[0].lemma_.lower() not in TIME_NOUNS else None
    if staged is not None:  # "had its world premiere on Friday": the premiere's date
        skip = {staged.i} | ({subject.i} if subject is not None else set())
        return DatedEvent(_hyphenated_lemma(staged), "noun", _definite(staged), frozenset(),
                          _participants(verb, span, chain, skip), bounded or _repeated(verb, span) or
                          _repeated(staged, span), introduced=_indefinite(staged))
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
        direct.append(verb.head)  # "the transport strategy, which the assembly adopted in February"
    objects = frozenset(_object_key(c) for c in direct)
    form = "statement" if lemma in REPORTING_VERBS else "verb"
    common = subject is not None and subject.pos_ == "NOUN"
    passive = subject if subject is not None and subject.dep_ == "nsubjpass" else next(
        (c for c in verb.head.children if c.dep_ == "nsubjpass"), None) if verb.dep_ == "conj" and subject is None \
        and any(c.dep_ == "auxpass" for c in verb.children) else None  # "was convicted ... and was sentenced"
    themes = [*direct, *([subject] if common else []),
              *([passive] if passive is not None and passive.pos_ in {"NOUN", "PROPN"} else [])]
    themes += [c for t in themes if t.pos_ == "NOUN" for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return DatedEvent(lemma if form == "verb" else "statement", form, False,
                      frozenset({subject.lemma_.lower()}) if common else frozenset(),
                      _participants(verb, span, chain, {subject.i} if subject is not None else set()),
                      bounded or _repeated(verb, span), objects,
                      definite_object=any(c.pos_ == "NOUN" and _definite(c) for c in direct),
                      introduces=common and _indefinite(subject) and _first_body_nouns(doc).get(
                          subject.lemma_, subject.i) >= subject.i,
                      introduced=common and _indefinite(subject),
                      themes=frozenset(_object_key(t) for t in themes),
                      again=not bounded and any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children),
                      definite_theme=any(t.pos_ == "NOUN" and _definite(t) for t in themes),
                      kin_subject=common and any(c.dep_ == "poss" for c in subject.children),
                      kinds=_kinds(subject) if common else frozenset(), doer=_named_doer(subject),
                      valued=_valued(verb, "at"), amounts=_amounts(verb))


def _object_key(noun: Any) -> str:
    """A direct object (or a subject) as compared: a common noun's lemma, or a name in full ("@clean air act")."""
    if noun.pos_ != "PROPN":
        return noun.lemma_.lower()
    words = [t for t in noun.subtree if t.i <= noun.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
    return NAMED + " ".join(t.lower_ for t in words)


def _noun_event(noun: Any, span: Any, bounded: bool) -> DatedEvent:
    counted = noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)  # "the 40 shutdowns of 2018":
    return DatedEvent(_hyphenated_lemma(noun), "noun", _definite(noun), frozenset(), _targets(noun, span),  # many
                      bounded or counted or _repeated(noun, span), introduced=_indefinite(noun), lasting=True,
                      kinds=_kinds(noun), doer=_named_doer(next((c for c in noun.children if c.dep_ == "poss"), None)),
                      valued=_valued(noun), amounts=_amounts(noun))


def _valued(head: Any, preposition: str = "of") -> bool:
    """True for a noun given a figure as its value after "of" ("the gauge's reading of 3.4 metres on Monday") or a
    verb after "at" ("settled on Monday at 212 dollars"), no date or time: a value held on the days its date names."""
    return any(c.dep_ == "prep" and c.lower_ == preposition and any(
        t.like_num and t.ent_type_ not in {"DATE", "TIME"} for g in c.children for t in g.subtree)
        for c in head.children)


def _named_doer(token: Any) -> str:
    """A subject or an owner as the name that does an event, lower case; "" for none or no name."""
    if token is None or token.pos_ != "PROPN":
        return ""
    return _object_key(token)[len(NAMED):]


def _hyphenated_lemma(noun: Any) -> str:
    """A noun's lemma with the word hyphened onto it, which the tokenizer splits off ("by-election" is no
    "election", nor "re-match" a "match")."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        return f"{doc[i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()


def _kinds(noun: Any) -> frozenset[str]:
    """The nouns and names compounded on a noun ("warehouse" of "the warehouse fire", "mill creek" of "the Mill
    Creek fire"), dates, times and sizes ("the 3.1 percent rise": `_amounts`) left out."""
    return frozenset(" ".join(t.lower_ for t in c.subtree) if c.pos_ == "PROPN" else c.lemma_.lower()
                     for c in noun.children if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
                     and c.ent_type_ not in {"DATE", "TIME"} and c.lemma_.lower() not in TIME_NOUNS
                     and not (c.pos_ == "NOUN" and _numbers(c)))


def _amounts(head: Any) -> frozenset[str]:
    """The numbers an event is told with as its size: on a noun, in what is compounded on it ("the 3.1 percent
    rise"); on a verb, in its object, its bare measure or its "by" phrase ("rose 3.1 percent", "climbed by 12
    percent", "cut 300 jobs"); dates and times left out."""
    if head.pos_ == "NOUN":
        sized = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    else:
        sized = [c for c in head.children if c.dep_ in {"dobj", "npadvmod"}] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return frozenset(n for c in sized for n in _numbers(c))


def _numbers(token: Any) -> list[str]:
    """The numbers written in a token's phrase, dates and times left out."""
    return [t.text for t in token.subtree if t.like_num and t.ent_type_ not in {"DATE", "TIME"}]


def _targets(noun: Any, span: Any = None) -> frozenset[str]:
    """Lemmas of what an event noun is on or against and where it was ("the attack on a market", "the fire at
    the school"), times left out."""
    return frozenset(g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and
                     c.lower_ in {"on", "against", "at", "in"} for g in c.children
                     if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"} and g.ent_type_ not in {"DATE", "TIME"}
                     and g.lemma_.lower() not in TIME_NOUNS and (span is None or not span.start <= g.i < span.end))


def _subject(verb: Any) -> Any:
    """The verb's subject, or for a participle on a noun ("the agreement, signed in 2019") or a relative clause
    ("the bridge, which opened in April") that noun; an "it" in a clause put under another is what that clause is
    of ("the fire, which has burned 400 acres since it started on May 2": the fire), or, where that is plural, the
    last thing that clause names as an object before it ("Rangers counted 300 visitors at the lighthouse after it
    reopened")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    relative = subject is not None and subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl"
    if (subject is None and verb.dep_ == "acl" or relative) and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head  # "the bridge, which opened in April"
    if subject is not None and subject.lower_ == "it" and verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}:
        governing = _subject(verb.head)
        if governing is not None and governing.tag_ in {"NNS", "NNPS"}:  # "it" is no plural: the last thing named
            # before it as its clause's object ("Rangers counted 300 visitors at the lighthouse after it reopened")
            governing = next((t for t in reversed(verb.doc[governing.i + 1:subject.i]) if t.tag_ in {"NN", "NNP"}
                              and t.dep_ in {"dobj", "pobj"} and t.ent_type_ not in {"DATE", "TIME"}), None)
        return governing if governing is not None and governing.pos_ in {"NOUN", "PROPN"} else subject
    return subject


def _definite(noun: Any) -> bool:
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss" for c in noun.children)


def _indefinite(noun: Any) -> bool:
    """True for a noun brought in as a new one: "a", "another" or "one" on it, or on the noun it is of ("nine wagons
    of a grain train": another train's wagons)."""
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "another", "one"} for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in {"a", "an", "another"} for d in g.children)
            for g in c.children) for c in noun.children)


def _participants(verb: Any, span: Any, chain: list, skip: set[int]) -> frozenset[str]:
    """Lemmas of what a verb takes besides its subject and the date: objects and the nouns of its
    prepositional phrases, times left out, a proper noun also marked as a name ("@braga"). When the verb carries
    other dates too ("on live television on Wednesday and at a rally on Friday"), only the nouns nearer this date
    than another."""
    found, nouns = set(), []
    for child in [*verb.children, *(c for t in chain for c in t.children)]:  # "this week on live television"
        if child.i in skip or span.start <= child.i < span.end or child in chain:
            continue
        nouns += [child] if child.dep_ in {"dobj", "attr", "dative"} else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ != "as" else []
    others = [n.i for n in nouns if n.ent_type_ in {"DATE", "TIME"} and not span.start <= n.i < span.end]
    for noun in nouns:
        if span.start <= noun.i < span.end or noun.ent_type_ in {"DATE", "TIME"}:
            continue
        mine = min(abs(noun.i - span.start), abs(noun.i - span.end + 1))
        if any(abs(noun.i - other) < mine for other in others):
            continue
        if noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() not in TIME_NOUNS | PART_NOUNS:
            found.add(noun.lemma_.lower())
            if noun.pos_ == "PROPN":
                found.add(NAMED + noun.lemma_.lower())
    return frozenset(found)


def _flag(message: str, *claims: Claim) -> Flag:
    rule = RULES["CC104"]
    return Flag("CC104", rule.name, rule.severity, BASE_SCORE, message, [claim_evidence(c) for c in claims])


def is_relative_period(claim: Claim) -> bool:
    """True for periods named relative to the article's date ('last month', 'this year', 'two weeks ago')."""
    return bool(RELATIVE_PERIOD.search(claim.text))


def claim_dates(claim: Claim) -> tuple[date, date] | None:
    """The first and last day a date claim allows."""
    span = to_date_range(claim)
    return (span.first, span.last) if span is not None else None
