"""Typed facts: for every figure, what is measured, whose, when, in what role and with what modality.

The facts stage runs after claims and reads the parse once, so that a rule compares two `Fact`s field by field
instead of walking spaCy's tree with word lists of its own (CC101-CC106, CC206 and CC207 do, and CC301-CC303
compare its typed statements, `claimcheck.statement_facts`; CC201-CC205 still read the parse themselves). Words are
compared as spaCy lemmas.

- `measure`: the lemma of the noun the figure counts or measures ("album" for "31 studio albums"), and
  `measure_terms`, the content lemmas of its subject phrase;
- `holders`: the people, bodies and places of the figure's own noun phrase and of its verb's subject, as
  "LABEL:key" (a surname alone is the full name written earlier in the article); `holders_differ` says
  whether two facts name different holders of one kind; each count of a list of tallies written after a name
  ("Lindqvist 11,530 votes, Osei 7,214") is that name's alone;
- `holders` of a date also hold the person a "he"/"she" subject of its verb refers to ("He died on Sunday");
- `time`: the `DateRange` of the figure's event, from the date claims that hang from the same verb (or the
  sentence's only date), or the article's date for a verb in the present perfect ("have killed"), typed once,
  here;
- `role`: level, change (a rise or fall: "lost 10 seats"), previous (a value it changed from or is compared
  with: "from 80", "than 12", "a year ago"), part (one item of a breakdown, or the part in "30 of the 200"),
  rate (a unit per unit) or share (a percentage);
- `modality`: asserted, negated (also what a "failed to" verb acts on, and what "would have" happened), or expected
  (a forecast, target, plan or condition);
- `share_of`: for a figure followed by "of" a noun ("40 percent of the customers") or a share written "N in M"
  before one ("seven in ten members") or a share of a set named with "among" ("uptake among nurses, at 94 percent"),
  that noun's lemma, and
  `restriction`, the word that picks that set out ("vote" in "60 percent of the members voting");
- `grouped`: for a count of coordinated nouns ("2,300 nurses and midwives"), their lemmas;
- `per_unit`, `per_base`, `rate_of`: for a figure given per something ("12.4 deaths per 100,000 people"), the
  unit's lemma ("person"), how many of it (100,000) and the noun counted ("death"); a distributive subject
  gives it too ("each stall was given 800 square feet", "the stalls each had ...": per stall);
- `rest_of`: for a count of the rest of a set ("the remaining eleven injured"), what it counts ("injure"); for an
  amount of the rest of a whole ("the remaining $190 million"), its unit ("USD");
- `whole`: for a part or share written against a count ("30 of the 200", "80% of the 315"), that count's fact;
- `inferred`: the figure's clause says it follows from what was just told ("thus", "by that count", "that is");
- `referred`: a share of things its sentence picks out as just told ("Those members make up 40 percent of ...");
- `attributive`: a quantity or amount written as a property of its noun ("the 64 m vessel", "the $2.8 billion
  agreement"), undated by its sentence's verb, `introduced` when "a" brings its noun in ("a 47-year-old woman") and
  `described` when "the" or an owner points back at it ("the 960-metre quay");
- `event`: the lemma of the verb the figure or date hangs from, and `state`, what happened to the things
  counted ("killed", "injured", "arrested") where the parse says.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from claimcheck.claims import change_pairs, restated_as_share
from claimcheck.claims.numbers import qualifier_before
from claimcheck.day_times import clock_times, day_window
from claimcheck.document import Attribute, Breakdown, Claim, DateRange, Document, Fact, Intervals
from claimcheck.entity_facts import (ANAPHOR_SENTENCES, PLACE_LABELS, affiliation_name, kinships, offices, ownerships,
                                     placings)
from claimcheck.quotes.cues import PERSON_ROLES, REPORTING_VERBS
from claimcheck.segment import sentence_start, sentence_starts
from claimcheck.statement_facts import AMOUNT_NOUNS, PLACE_PREPOSITIONS, extract_statements

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ"}
HOLDER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
# Verbs whose bare object counts or sizes their subject's own things: "the dancers included 16 from overseas", "the
# tally topped 2,000" (not "the gauges logged 1.81 million", whose doers are no things counted).
TOTALLING_LEMMAS = {"total", "number", "top", "exceed", "pass", "surpass", "near", "approach", "include", "comprise",
                    "contain"}
# Lemmas that make a figure a change of a quantity rather than its level.
ARRIVING_LEMMAS = {"reach", "hit"}  # verbs whose object is a level a move arrived at ("had reached 130 by Friday")
CHANGE_LEMMAS = {"rise", "increase", "grow", "jump", "surge", "climb", "gain", "soar", "fall", "drop", "decline",
                 "decrease", "slump", "plunge", "shrink", "cut", "lose", "add", "shed", "reduce", "lower", "raise",
                 "boost", "net", "additional", "extra", "another", "more", "fewer", "up", "down", "growth", "improve",
                 "worsen", "hike", "dip", "slide"}
SHARE_WORDS = {"percent", "per", "cent", "%"}  # the words of a percentage, never the noun it measures
SHARE_NOUNS = {"share", "proportion", "percentage", "fraction"}  # nouns naming a share of a set: "the share of farms"
# Between the two sides of a tally or score ("230-198", "passed 230-to-198", "by 330 votes to 287", "three games to
# two"), naming what both count where it names a noun.
TALLY_JOINER = re.compile(r"\s*(?:-|–|—|-to-|\s+(?:(?P<counted>votes?|games|sets|matches|frames|legs)\s+)?"
                          r"to\s+)\s*")
ALLOTTED = re.compile(r"\s+for\s+(?!every\b|each\b)", re.I)  # an amount set aside for a use: "$9.8 million for bridges"
REST_WORDS = re.compile(r"\b(?:remaining|rest|balance)\b", re.I)  # the amount left: "The remaining $11.5 million"
# Nouns that name a change, not what changed: "an increase of 14 percent", "a fall of 22.5 percent".
CHANGE_NOUNS = {"increase", "rise", "growth", "gain", "jump", "fall", "drop", "decline", "decrease", "cut", "loss",
                "reduction", "change", "improvement", "hike", "surge", "boost", "slump", "plunge", "dip", "slide"}
CHANGE_VERBS = {"growth": "grow", "loss": "lose", "reduction": "reduce", "improvement": "improve"}  # a change noun's
# verb, where not the noun
# The words that say which way a change went: "rose 18 percent", "a fall of 26 percent", "85% more", "cut by half".
UP_WORDS = {"rise", "increase", "grow", "jump", "surge", "climb", "gain", "soar", "add", "raise", "boost", "growth",
            "up", "more", "high", "great", "double", "triple", "hike"}
DOWN_WORDS = {"fall", "drop", "decline", "decrease", "slump", "plunge", "shrink", "cut", "lose", "shed", "reduce",
              "lower", "down", "few", "less", "loss", "reduction", "halve", "low", "slump", "dip", "slide"}
CHANGE_OF_NOUNS = CHANGE_NOUNS - {"loss", "gain"}  # "a reduction of 4.3 days"; "a net loss of $5 million" is a level
COUNTED_CHANGE_OF_NOUNS = CHANGE_OF_NOUNS | {"loss", "gain"}  # of things counted or measured: "the loss of 900 jobs"
CHANGE_WORDS = CHANGE_LEMMAS | CHANGE_NOUNS  # a word of change between two numbers: "up from", "a rise of"
CHANGE_HEADS = CHANGE_LEMMAS | CHANGE_OF_NOUNS  # what a change's figure hangs from: "cut 300 jobs", "a 14% cut"
# Nouns that name the difference of two values: "a 15-vote margin", "a lead of 12 points".
DIFFERENCE_NOUNS = {"margin", "lead", "gap", "difference"}
BEATING_VERBS = {"beat", "defeat", "edge", "outpoll", "outscore", "lead", "trail"}  # whose object is the one beaten
WINNING_VERBS = {"win", "lose"}  # "won by 540 votes", "lost the final by two goals": by a margin
SURPASSING_VERBS = {"beat", "exceed", "surpass", "top", "eclipse", "outstrip", "overtake"}  # whose object is outdone
CALENDAR_NOUNS = {"day", "week", "month", "quarter", "year", "decade"}  # a time "as" compares with: "as a year earlier"
FOUR_DIGITS = re.compile(r"\d{4}")  # a year: "three times as large as in 2018"
SHORT = "short"  # "130 homes short of the target": a shortfall, a difference from the value it falls short of
AHEAD_WORDS = {"ahead", "behind"}  # "38 votes ahead of Berg", "two seconds behind Ruiz": a difference from another
# Words right before a figure that make it a previous or compared value, and right after it an earlier one.
PREVIOUS_BEFORE = {"from", "than", "versus", "vs", "against", "compare"}
PREVIOUS_AFTER = {"earlier", "ago", "previously", "before", "prior"}
TOLD_FROM_ANOTHER = {"earlier", "ago", "previously", "later"}  # after "a year": a time told from another, no "per"
CONCESSIVE_PREPOSITIONS = {"despite", "notwithstanding"}  # a phrase on these tells what the clause happened against
BOUND_WORDS = {"since", "until", "till", "by", "before", "after", "through"}  # before a date: a bound, not a time
SCALE_POINTS = {"mark", "milestone", "threshold"}  # nouns naming one point of a scale a figure labels
MOVED_FROM_REACH = 4  # words before a "from" a change word may stand in ("slipped 3 percent from"); twice that for
# a "to" with the value reached ("from 12 euros to 15 euros", "shrank to 40 million from")
CHANGE_BASES = {"on", "from", "against", "over"}  # after "up"/"down": what a change is measured against
# Words before a measured noun that say nothing of which sort it is: how much of it or over what time it is told,
# or how sure it is ("the total cost", "annual profit", "an estimated 400 people").
UNSORTING = {"total", "overall", "whole", "entire", "full", "combined", "annual", "yearly", "monthly", "weekly",
             "daily", "new", "current", "latest", "estimated", "projected", "expected", "official", "initial", "final",
             "actual", "reported", "record", "average", "same", "other", "further", "additional", "extra"}
SORTLESS_ENTITIES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "PERSON", "ORG", "GPE"}
RANGE_WORDS = {"to", "through", "until", "till"}  # between a range's two dates ("April to June")
RANGE_DASHES = {"-", "–", "—"}  # around the range word, when the range is hyphenated ("April-to-June")
NOW_ADVERBS = {"still", "currently", "now", "presently"}  # on a verb in the present: a state that holds to now
EARLIER_ADVERBS = {"earlier", "previously", "formerly", "once", "initially", "originally"}  # on a figure's verb or
# the verb that reports its clause ("initially reported that four had died"): an earlier occasion or account
EARLIER_OCCASION = {"previous", "last", "outgoing", "preceding", "prior"}  # on the noun of a phrase that sets a
# clause ("at the previous election", "in the outgoing council"), a noun that is no length of time ("the last year")
# Lemmas that put a clause in the future, a plan or a condition.
EXPECTED_LEMMAS = {"expect", "forecast", "estimate", "project", "target", "goal", "aim", "plan", "propose",
                   "hope", "predict", "could", "might", "would", "may", "will", "should", "if", "want", "seek",
                   "intend", "unless", "demand", "request", "recommend", "urge"}
EXPECTED_PARTICIPLES = {form: verb for verb in EXPECTED_LEMMAS  # "planned", "proposed", "expected": their verbs
                        for form in (verb + "ed", verb + "d", verb + verb[-1] + "ed")}
# Words whose complement clause is a plan ("was scheduled to fly on June 2", "was due to carry 12 members"); what is
# scheduled ("12 flights were scheduled") is counted as told
SCHEDULING_LEMMAS = {"schedule", "due"}
UNDERTAKING_NOUNS = {"project"}  # a thing being done, not a plan for it: "the $4 million project replaced 90 lamps"
FORECAST_NOUNS = {"forecast", "target"}  # nouns that make the noun they are compounded on a forecast (not "goal":
# "a goal difference of +25")
# Verbs of wanting whose subject a figure counts ("16 million people wanted to stay"): those who want it are told,
# not forecast
WILLING_LEMMAS = {"want", "wish", "hope", "seek", "intend", "plan", "aim", "demand", "request", "urge"}
ASKING_LEMMAS = {"ask", "call", "push", "press"}  # "asked for an eight-year sentence": a request, with "for"
MAXIMA = {"top", "maximum", "peak"}  # the most of many ("a top speed of 18 mph")
STATISTICS = {"median", "average", "mean"} | MAXIMA  # a figure that sums many up: not any one of them
REQUIRING_LEMMAS = {"need", "require"}  # "the 33 seats needed for a majority": a threshold, no known set
CONTAINING_LEMMAS = {"include", "contain"}  # a list a set's verb says it holds is some of that set, not of the verb
SUBORDINATING = {"as", "while", "after", "before", "because", "since", "when"}  # may open a clause or a phrase
FAILING_LEMMAS = {"fail"}  # a verb whose infinitive did not happen: "failed to win 9 percent" is not won
# "seven in ten members", a share of the members, written with a small whole in words ("one in 1,000 cases" is a rate)
RATIO_OF_A_SET = re.compile(r"\s(?:in|out\s+of)\s+[a-z]+$", re.IGNORECASE)
WINDOW = 8  # tokens either side of a figure that describe it
ROW_LABEL = re.compile(r"\s*(?:\d{1,3}[.)]\s+)?(?P<label>[A-Z][^:\n]{1,60}?):\s")  # "2. Athletic Calder: played 9"
ROW_MIN_FIGURES = 3  # figures a table's row holds at least
TALLY_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}  # names whose tallies a list gives: "Osei 7,214"
ROW_MAX_CHARS = 200  # a table's row is a short paragraph
PER_WORDS = {"per", "each", "apiece"}
EACH_OF = {"of", "worth", "costing"}  # "900 fines, each of €40": the amount is per the noun "each" takes up
# Verbs (with the particle they need) whose object "X of Y" is a part of the whole Y: "accounted for", "made up".
PART_VERBS = {("account", frozenset()), ("make", frozenset({"up"})), ("represent", frozenset()),
              ("constitute", frozenset()), ("comprise", frozenset())}
PER_REACH = 6  # tokens after a figure its "per" phrase may start within
PRICE_VERBS = {"cost", "price"}  # closed class: a sum these give of one thing is its price ("a ticket costs €12")
DISTRIBUTIVE = {"each", "every"}  # a subject with one of these gives the figure per its noun
TYPICAL = {"typical", "average"}  # so does a single one of a kind: "a typical rescue saves 20 people"
NUMBER_WORDS_AFTER = {"million", "billion", "trillion", "thousand", "percent", "per", "cent", "%", "points",
                      "percentage"}  # the words of a figure between "by" and "to" ("by 12 percentage points to")
CARRIED_MAX_RATIO = 10.0  # the most a figure a bare one carries a measure on from may be times it, either way
TIME_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "annum",
              "quarter"}  # "night": of a stay ("€3 per guest per night")
CLASS_EDGES = {"older", "younger", "over", "under", "above", "below"}  # "70 or older", "11 and over": a number
# bounding a class (an age, a size) that it names, counting nothing
SUM_NOUNS = {"total", "aggregate"}  # "in total", "in aggregate": how a figure sums, neither its noun nor a place
TIMES_AFTER = re.compile(r"\s+times\b", re.IGNORECASE)  # "nearly three times the old figure": a multiple
SETTING_PREPOSITIONS = {"on", "at", "in", "with", "for", "inside", "within"}  # "on the court", "at the bank"
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a figure's number as written in digits
ENDPOINT_PREPOSITIONS = {"to", "from"}  # on a dated start or end, also where: "nominated to the court in 1975"
# Verbs whose date starts or ends a person's time somewhere ("joined the board in 1990", "retired in 2010").
START_LEMMAS = {"join", "nominate", "appoint", "elect", "enter", "hire", "enlist", "swear", "confirm", "found"}
END_LEMMAS = {"retire", "resign", "leave", "quit", "depart", "step", "oust", "dismiss", "fire", "remove"}
PERSONAL_PRONOUNS = {"he", "she", "his", "her"}  # a person's; "they" and "it" may be bodies or things
RELATIVE_PRONOUNS = {"who", "which", "that"}
INFERENCE_ADVERBS = {"thus", "therefore", "hence", "consequently"}  # "fans thus made up 60 percent": it follows
LIST_GAP_TOKENS = 7  # tokens at most between two numbers of one listed breakdown
RESTATED_TOKENS = 6  # tokens at most of a figure's restatement set off by commas (", or 14.3 percent,")
DEFINITE = {"the", "this", "that", "these", "those"}  # determiners of a thing the sentence takes as given
REMAINDER_WORDS = {"other", "remaining", "remain"}  # "the other three treatments": a part of a set, not all of it
SUM_VERBS = {"amount", "total", "add", "sum", "combine"}  # a clause that adds things up: "amount to", "total"
SUM_WORDS = {"together", "altogether", "combined", "total"}  # "taken together", "combined", "in total"
EXTRA_WORDS = {"more", "few", "fewer", "less", "many", "much"}  # comparatives of amount: "three more votes" is extra
PARTICIPLES = frozenset({"VBN", "VBG"})  # tags of a participle that picks a set out ("the injured", "the remaining")
CLAUSE_CHAIN = 3  # subjectless clauses ("pulling clear ... to win in 4:12") climbed for the subject they share
OPENED_LIST_AT_LEAST = 3  # groups an "Of ..." sentence gives of one set, each as a clause's subject, to account for it
GAP_WORDS = 6  # words between two groups of a list told with its verb left out, at most ("trams for 260 and ferries")
ONE_TIME_DAYS = 62  # a sentence's dates this close together tell one time two ways ("A year ago, in May 2021,")
COLLECTIVE_ENDINGS = ("sh", "ch", "ese")  # a nation's people, not one of them: "the Irish", "the Dutch", "the Chinese"
REFERRING = {"these", "those"}  # determiners of things just told of: "those members"
POST_STEM = 6  # letters an office's head and a body's name share when the one names the other: "minister", "ministry"
ADDED_WORDS = {"further", "additional", "extra"}  # closed class: after "a", a figure told as more ("a further 40")
KNOWN_SET = DEFINITE | {"all", "both"}  # before a count: the set it numbers is one the article has told of
# Words that pick some of a set out ("the first three", "the 12 new cases"): no known set.
SELECTING = REMAINDER_WORDS | {"first", "last", "next", "past", "previous", "top", "final", "latest", "new",
                               "additional", "further", "more", "several"}


def to_date_range(claim: Claim) -> DateRange | None:
    """The days a date or period claim covers, from its resolved ISO `date` (or a bare year value)."""
    text = claim.date
    if not text and claim.value is not None and 1000 <= claim.value <= 2200 and float(claim.value).is_integer():
        text = str(int(claim.value))
    if not text:
        return None
    parts = text.split("/")
    first, last = _iso_bounds(parts[0]), _iso_bounds(parts[-1])
    if first is None or last is None:
        return None
    return DateRange(first[0], last[1])


def _iso_bounds(text: str) -> tuple[date, date] | None:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return date(year, 1, 1), date(year, 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date(year, month, 1), following - timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
            day = date.fromisoformat(text[:10])
            return day, day
    except ValueError:
        return None
    return None


class FactExtractor:
    """Pipeline stage: fills `doc.facts`, one `Fact` per body claim, from the claims and the parse."""

    name = "facts"

    def __call__(self, doc: Document) -> None:
        if doc.nlp is None or doc.claims is None:
            doc.facts, doc.attributes, doc.statements = [], [], []
            return
        paragraph_starts = [p.start for p in doc.paragraphs  # 1: the first paragraph not wholly a header line
                            if not any(line.contains(p) for line in doc.non_body)]
        canonical = _canonical_names(doc)
        entities = Entities(doc.nlp)
        dates_of_sentence: dict[int, list[SentenceDate]] = {}
        for claim in doc.claims:
            if claim.kind in {"date", "period"} and claim.sentence is not None:
                days = to_date_range(claim)
                parsed = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
                if days is not None and parsed is not None and len(parsed):
                    dates_of_sentence.setdefault(claim.sentence, []).append(SentenceDate(days, parsed))
        facts = []
        for claim in doc.claims:
            if claim.sentence is None or not doc.is_body(claim.start, claim.end):
                continue
            span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            facts.append(_fact(doc, claim, span, canonical, dates_of_sentence.get(claim.sentence, []),
                               bisect_right(paragraph_starts, claim.start), entities))
        _link_wholes(doc, facts)
        _shares_restating_counts(doc, facts)
        _changes_restated_as_percentages(doc, facts)
        _share_listed_measures(doc, facts)
        _units_from_partner(doc, facts)
        _measures_across_moves(doc, facts)
        _measures_carried_on(facts)
        _counts_named_again(doc, facts)
        _listed_earlier_values(doc, facts)
        _wholes_of_earlier_values(facts)
        _dates_of_earlier_values(doc, facts)
        _named_members(doc, facts)
        _tally_sides_counted(doc, facts)
        doc.breakdowns = _breakdowns(doc, facts) + _allotments(doc, facts) + _listed_amounts(doc, facts)
        names = _Names(doc, canonical, entities)
        _date_referents(doc, facts, names)
        _person_holders(doc, facts, names)
        _populations(doc, facts, names)
        _row_holders(doc, facts, entities)
        _named_tallies(doc, facts, names)
        _conversions_in_brackets(doc, facts)
        clocks = clock_times(doc)
        for fact in facts:
            if fact.claim.kind in {"date", "period"}:
                fact.day_time = day_window(doc, fact.claim.start, fact.claim.end, clocks)
        doc.facts = facts
        doc.attributes = entity_attributes(doc, facts, canonical, entities, names)
        _voices(doc, facts, doc.attributes)
        doc.statements = extract_statements(doc, names, dates_of_sentence, paragraph_starts)


class Entities:
    """The parse's named entities, read once per article (spaCy rebuilds `Doc.ents` on every access, so reading
    it per figure or per name makes a long article quadratic): all of them, by token and by first token. A name
    written with no capital letter is no name ("the lorry toll" read as a person's): left out."""

    def __init__(self, parsed: Any) -> None:
        self.all = [e for e in parsed.ents if e.label_ not in HOLDER_LABELS or any(c.isupper() for c in e.text)]
        self.at = {i: e for e in self.all for i in range(e.start, e.end)}
        self.starting = {e.start: e for e in self.all}

    def within(self, span: Any) -> list[Any]:
        """The entities that start inside a span of tokens, in order."""
        return [self.starting[i] for i in range(span.start, span.end) if i in self.starting]


def _fact(doc: Document, claim: Claim, span: Any, canonical: dict[str, str],
          sentence_dates: list["SentenceDate"], paragraph: int, entities: Entities) -> Fact:
    sent = span.sent
    window = [t for t in sent if abs(t.i - span.root.i) <= WINDOW and not (span.start <= t.i < span.end)]
    dated = claim.kind in {"date", "period"}
    measure_noun = _measured_noun(span, dated=dated)
    share_set = _share_noun_set(span, claim)  # "the proportion of claims that were paid, 40 percent": "claims"
    subject_tokens = _subject_tokens(doc, claim)
    measure_terms = frozenset(_content_lemmas(subject_tokens)) or (
        frozenset({measure_noun.lemma_.lower()}) if measure_noun is not None else frozenset())
    grown = _grown_by(span)
    if grown is not None:  # "The queue grew by 68 lorries": the queue changed, counted in lorries
        measure_terms |= {grown.lemma_.lower()} | ({measure_noun.lemma_.lower()} if measure_noun is not None else set())
        measure_noun = grown
    change_noun = measure_noun if measure_noun is not None and measure_noun.lemma_.lower() in CHANGE_NOUNS else None
    sized = _sized_change_noun(span, claim)  # "the 38 percent cut": a change noun the parse may read as a verb
    change_noun = change_noun or sized or _points_changed(measure_noun)
    if change_noun is not None and _in_points(claim, span, change_noun):
        claim = replace(claim, kind="percent", unit="pp")  # "a 12-point drop in turnout": a difference of percentages
    if change_noun is not None:
        measure_noun = _changed_thing(change_noun)  # "an increase of 14 percent": what rose was told before it
    verb = (_participle_on(span) if measure_noun is None else None) or _verb(span)
    role = _role(claim, span, sized is not None)
    named_addition = role == "change" and _named_addition(span)
    if role == "level" and any(d.compared and span.root.i in d.clauses for d in sentence_dates):
        role = "previous"  # "fewer than at the spring count on May 7, when 6,410 ballots came in": compared with
    attributive = _property(claim, span)
    # a change noun's figure takes no time from the tense of its clause: "the 9-point rise in approval has cheered
    # the party", "the rise of 1,200 riders a day has lengthened the queues" tell of now, not of when the rise came
    time = _range_from(to_date_range(claim), span, sentence_dates) if dated else \
        _set_time(measure_noun, sentence_dates) \
        if _set_named_apart(measure_noun) else None if attributive else (
            _time_of(verb, sentence_dates, span, as_of=role != "change" and _arrived_at(span)) or (
                None if change_noun is not None or _of_a_change(span, claim) else _present(verb, doc.meta.published)))
    return Fact(
        claim=claim,
        sentence=claim.sentence if claim.sentence is not None else -1,
        paragraph=paragraph,
        measure=measure_noun.lemma_.lower() if measure_noun is not None else None,
        measure_terms=measure_terms,
        context_terms=frozenset(_content_lemmas(window)),
        holders=frozenset(_holders(span, measure_noun, canonical, entities, dated=dated)),
        event=_event(verb) if change_noun is None else CHANGE_VERBS.get(change_noun.lemma_.lower(),
                                                                         change_noun.lemma_.lower()),
        state=_doing_picked_out(share_set) or (_state(measure_noun) if measure_noun is not None else None)
        or _bare_state(span) or (None if dated else _verb_with_object(span)),
        time=time,
        role=role,
        share_of=_share_of(span) or _set_after(span, claim) or _set_among(span, claim) or (
            share_set.lemma_.lower() if share_set is not None else None),
        modality="asserted" if named_addition else _modality(span, claim.kind in {"date", "period"}),
        forecast=_forecast_moved_to([span.root, *span.root.ancestors]),
        source=role != "previous" and _counts_a_source(span),
        grouped=_grouped(claim, measure_noun),
        sum_of=_sum_of(doc, span),
        rest_of=(_rest_of(span) if claim.kind == "count" else claim.unit if claim.kind in {"money", "quantity"} else
                 None) if _is_remainder(span) else None,
        compared_with=_compared_with(span),
        setting=_setting(span, verb, dated=claim.kind in {"date", "period"}),
        places=_places(span, verb),
        phase=_phase(verb) if claim.kind in {"date", "period"} else None,
        **_per_of(claim, span, measure_noun),
        per_time=_per_time(span, verb) if claim.kind not in {"date", "period"} else None,
        attributive=attributive,
        introduced=attributive and measure_noun is not None and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in measure_noun.children),
        described=attributive and measure_noun is not None and _owned_or_definite(measure_noun),
        **(_definite(claim, span) if claim.kind == "count" else {"restriction": _share_restriction(span)}),
        inferred=_inferred(span),
        added=_added(span),
        referred=(claim.kind in {"percent", "ratio"} and _referred_back(measure_noun))
        or (change_noun is not None and _owned_or_definite(change_noun) and span.root in change_noun.subtree)
        or (change_noun is not None and change_noun.i >= span.end and _opened_as_given(span))
        or _told_change_of(span, claim) or named_addition,
        statistic=_statistic(span) or _record_span(claim, span),
        direction=_direction(span, change_noun) if role == "change" else None,
        kind_words=_kind_words(measure_noun, span) if measure_noun is not None and not dated else frozenset(),
    )


def _kind_words(noun: Any, span: Any) -> frozenset[str]:
    """The words that say which sort of a measured noun is meant ("operating profit", "pre-tax profit", "domestic
    passengers", "quotas for oats"): its adjectives, participles and noun compounds before it and the common noun of a
    "for" after it, not a name (a holder; a capitalised noun the parser did not type is taken for one), a time, a number
    or a size ("50-kilogram sacks"), a forecast's word ("the expected harvest"), a comparison ("largest") or a word that
    sorts nothing (`UNSORTING`: "total", "annual"); for a measured noun that itself describes a noun after it ("a
    16th-century mill", "a 12-member board"), that noun: the thing whose measure it is; for one followed by "still"
    ("the 40 patients still in hospital"), "remain"."""
    words = set()
    described = noun.head
    if noun.dep_ in {"compound", "amod", "nmod"} and described.i > noun.i and described.pos_ == "NOUN" and \
            not described.ent_type_ and described.lemma_.lower() not in UNSORTING | CHANGE_NOUNS:
        words.add(described.lemma_.lower())  # not a change of it ("the pay rise": a change of pay, of no sort)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for" and child.i > noun.i:  # "quotas for oats"
            words.update(o.lemma_.lower() for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and
                         not o.ent_type_ and o.lemma_.lower() not in TIME_UNITS | UNSORTING and not o.is_stop)
        if child.i >= noun.i or child.dep_ not in {"amod", "compound", "nmod"} or span.start <= child.i < span.end \
                or any(t.like_num for t in child.subtree):
            continue  # "50-kilogram sacks": a size of each, no sort
        for token in child.subtree:
            if token.pos_ in {"ADJ", "VERB", "NOUN"} and token.tag_ not in {"JJR", "JJS", "RBR", "RBS"} and \
                    token.is_alpha and not token.is_stop and token.ent_type_ not in SORTLESS_ENTITIES and \
                    not {token.lemma_.lower(), token.lower_} & UNSORTING and \
                    token.lemma_.lower() not in EXPECTED_LEMMAS and not (token.is_title and token.pos_ == "NOUN"
                                                                         and not token.is_sent_start):
                words.add(token.lemma_.lower())  # "the expected 1.9 million sacks": a forecast, of no other sort;
                # a capital opening the sentence ("Catering income ...") names no one
    if noun.i + 1 < noun.sent.end and noun.doc[noun.i + 1].lower_ == "still":
        words.add("remain")  # "the 300 workers still on strike": those remaining, as "the remaining 300"
    return frozenset(words)


# Between a part and its whole: "30 of the 200", "21 of the council's 40", "61,200 votes, out of 110,000",
# "70 women among the 230 officers", "30 members of the 200"; a noun on the part and a bare "of" with no "the" or owner
# before the number is what it is made of, not a part of it ("a mother of five", "a team of eleven").
_SET_WORDS = r"(?:the|its|their|all|those|these)"
_OWNER = r"[\w’']+[’']s\s+"
PARTITIVE = re.compile(rf"(?:(?:\s+[^\W\d_][\w-]*)?,?\s+(?:out\s+of|among)\s+{_SET_WORDS}?\s*(?:{_OWNER})?"
                       rf"|,?\s+of\s+{_SET_WORDS}?\s*(?:{_OWNER})?"
                       rf"|\s+[^\W\d_][\w-]*,?\s+of\s+(?:{_SET_WORDS}\s+(?:{_OWNER})?|{_OWNER}))$", re.IGNORECASE)
# Between a whole and a part of it told in a relative clause on it: "some 2,700 tonnes in all, of which about 600
# tonnes", "1,200 people, of whom 300".
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # right before a figure: "Twelve of the 30"
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)  # "tested 640 wells, 150 of them in ..."
OF_WHICH = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,3},\s+(?:of|among)\s+(?:which|whom)\s+(?:an?\s+)?(?:estimated\s+)?$",
                      re.IGNORECASE)


def _date_referents(doc: Document, facts: list[Fact], names: "_Names") -> None:
    """Add to a date's holders the person a pronoun subject of its verb ("He died on Sunday") or a possessive on
    its event noun ("his death on Sunday") refers to (`_pronoun_referent`), and the named antecedent of a
    relative clause's "who" or "which" ("Carter, who died on Saturday,")."""
    for fact in facts:
        if fact.claim.kind not in {"date", "period"}:
            continue
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        head = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "NOUN"}), None) if span else None
        if head is None:
            continue
        relative = next((c for c in head.children if c.lower_ in RELATIVE_PRONOUNS and c.dep_ == "nsubj"), None)
        antecedent = names.entities.at.get(head.head.i) if relative is not None and head.dep_ == "relcl" else None
        if antecedent is not None and antecedent.label_ in HOLDER_LABELS:  # "Carter, who died on Saturday,"
            fact.holders = fact.holders | {f"{antecedent.label_}:{names.key(head.head)}"}
        pronoun = next((c for c in head.children if c.lower_ in PERSONAL_PRONOUNS and
                        c.dep_ in {"nsubj", "nsubjpass", "poss"}), None)
        person = _pronoun_referent(pronoun, names) if pronoun is not None else None
        if person is None and head.pos_ == "VERB":
            person = _clause_subject(head, names)
        if person is not None:
            fact.holders = fact.holders | {f"PERSON:{person}"}


def _clause_subject(verb: Any, names: "_Names") -> str | None:
    """The named person who does what a participle or infinitive clause with no subject of its own tells: the
    subject of the verb it hangs from ("Ruiz spent the night in a cell before appearing in court two days later")."""
    while verb.dep_ in {"pcomp", "advcl", "xcomp"} and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    person = _pronoun_referent(subject, names) if subject.lower_ in PERSONAL_PRONOUNS else names.holder(subject)
    return person if person in names.person_keys else None


def _populations(doc: Document, facts: list[Fact], names: "_Names") -> None:
    """Set `population_of` on a count told as all the people of a named place: "Ashcombe, a market town of 12,400
    people", "Ashcombe, which has some 12,400 residents", "Ashcombe has 12,400 inhabitants", "Ashcombe is home to
    12,400 people", "Ashcombe's population of 12,400", "Ashcombe has a population of 12,400"; or of a place a definite
    noun names ("The borough, home to 12,400 people"): that noun's lemma."""
    for fact in facts:
        if fact.claim.kind != "count" or not fact.claim.value or fact.modality != "asserted" or fact.role != "level":
            continue
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        place = _place_peopled(span.root)
        if place is not None:  # a name, else the noun of a place the article names so ("The county, home to ...")
            fact.population_of = names.holder(place) or (place.lemma_.lower() if place.pos_ == "NOUN" and
                                                         _definite_noun(place) else None)


def _place_peopled(number: Any) -> Any:
    """The word for the place a number gives the people of (`_populations`), or None."""
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None and number.dep_ == "pobj" and number.head.lower_ == "of" and \
            number.head.head.lemma_.lower() == "population":  # "a population of 12,400", "its population of"
        population = number.head.head
        owner = next((c for c in population.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        return _haver(population)
    if noun is None or noun.lemma_.lower() not in POPULATION_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head.head  # "a market town of 12,400 people"
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "home":
        home = noun.head.head  # "is home to 12,400 people"
        return home.head if home.dep_ in {"appos", "advmod"} else _haver(home)  # "The borough, home to ...,"
    return _haver(noun)  # "Ashcombe has 12,400 residents"


def _haver(noun: Any) -> Any:
    """The subject of the "have" or "be" a noun completes ("Ashcombe has 12,400 residents", "it is home to"), or
    for a relative clause's "which", the word it is on; else None."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "attr"} or verb.lemma_.lower() not in {"have", "be"} or verb is noun:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        return verb.head
    return subject


def _person_holders(doc: Document, facts: list[Fact], names: "_Names") -> None:
    """Give a figure with no person among its holders the person its noun's owner, its "by" agent or its verb's
    (its agent, its subject, or for a participle or infinitive clause with none the subject of the verb it hangs
    from, through up to `CLAUSE_CHAIN` such clauses) refers to ("his third attempt", "the second attempt by the
    inventor", "she won 12 medals", "won by Lena Ostrova in 3:41", "Okafor set a new best, finishing in 58 seconds",
    "Ruiz broke the pool record, pulling clear to win in 4:12"), through the names' resolution of pronouns and
    describing nouns (`_Names.holder`); not the subject of a verb that reports the figure's clause ("Connolly said
    the reduction of 3,400 was the result of hard work")."""
    for fact in facts:
        if fact.claim.kind in {"date", "period"} or any(h.startswith("PERSON:") for h in fact.holders):
            continue
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        noun = _measured_noun(span) if span is not None and len(span) else None
        owners = []
        if noun is not None:
            owners += [c for c in noun.children if c.dep_ == "poss"]
            owners += [o for c in noun.children if c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
        verb = _first_conjunct(_verb(span)) if span is not None and len(span) else None  # "who lost one game and
        # collected 6.5 points": the points are of the one who lost
        clause = _clause_verb(span) if verb is not None else None
        if clause is not None and clause.i != verb.i and clause.dep_ == "ccomp" and clause.head.i == verb.i:
            verb = None  # "Connolly said the reduction of 3,400 was ...": who reports it holds no figure of it
        if verb is not None and not owners:
            owners += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            owners = owners or [c for c in verb.children if c.dep_ == "nsubj"]
            governing = verb
            for _ in range(CLAUSE_CHAIN):  # "..., winning the race in 2:07"; "..., pulling clear to win in 4:12"
                if owners or governing.dep_ not in {"advcl", "xcomp"} or any(
                        c.dep_ in {"nsubjpass", "mark"} for c in governing.children):
                    break
                governing = governing.head
                owners += [c for c in governing.children if c.dep_ == "nsubj"]
            owners = owners or [c for c in verb.children if c.dep_ == "nsubjpass"]
            if verb.dep_ == "relcl":  # "her rival Omar Saleh, who has won eleven games": the one the clause is on
                owners = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in owners]
            if verb.dep_ == "acl" and not owners:  # "the top seed, Raj Mehta, rated 2633": the one described
                owners = [verb.head]
        people = {names.referent(o) if o.lower_ in PERSONAL_PRONOUNS else names.holder(o) for o in owners}
        people &= names.person_keys
        if len(people) == 1:
            fact.holders = fact.holders | {f"PERSON:{people.pop()}"}


def _pronoun_referent(pronoun: Any, names: "_Names") -> str | None:
    """The person "he" or "she" refers to: `_Names.referent`, reading a name in apposition to another ("Ana
    Ruiz, Bishop of X,") as that one; else, for a subject pronoun, the named person who is the subject of the
    sentence before, or whom that subject describes ("Ruiz pledged ... . He announced ...", "the governor")."""
    person = names.referent(pronoun)
    if person is not None:
        return person
    doc = pronoun.doc
    starts = sentence_starts(doc)
    index = bisect_right(starts, pronoun.i) - 1
    earliest = starts[max(0, index - ANAPHOR_SENTENCES)]
    before = [key for i, key in names.people if earliest <= i < pronoun.i and doc[i].dep_ != "appos"
              and doc[i].head.dep_ != "appos"]
    if before and before[-1] == names.main:
        return names.main
    if pronoun.dep_ != "nsubj" or index == 0:
        return None
    previous = index - 1
    while previous > 0 and names.quoted(doc[starts[previous]].idx):
        previous -= 1  # the sentence that opens a quote, not the quote's own sentences
    root = doc[starts[previous]:starts[previous + 1]].root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    name = next((t for t in subject.subtree if t.ent_type_ == "PERSON"), None) if subject is not None else None
    key = names.key(name) if name is not None else \
        names.holder(subject) if subject is not None and subject.pos_ == "NOUN" else None  # "the governor"
    return key if key in names.person_keys else None


def _link_wholes(doc: Document, facts: list[Fact]) -> None:
    """Set `whole` on a part or share written as "30 of the 200", "80% of the 315", "21 of the council's 40",
    "61,200 votes, out of roughly 110,000", "70 women among the 230 officers", in a relative clause on the whole
    ("2,700 tonnes in all, of which about 600 tonnes"), as some "of them" of the larger count told before it in its
    sentence ("inspected 420 bridges and found faults in 96 of them"), or as the subject of a clause that a count
    of the whole opens ("Of the 60 passengers, 35 were French")."""
    for part, following in zip(facts, facts[1:]):
        if part.sentence != following.sentence:
            continue
        written_at = qualifier_before(doc.text, following.claim.start)[1] if following.claim.qualifier else \
            following.claim.start  # "out of roughly 160,000": the whole's own qualifier is no word between
        between = doc.text[part.claim.end:written_at]
        if following.claim.kind == "count" and PARTITIVE.fullmatch(" " + between):
            part.whole = following
        if following.whole is None and (part.claim.kind, part.claim.unit) == (
                following.claim.kind, following.claim.unit) and part.claim.value and following.claim.value and \
                following.claim.value < part.claim.value and OF_WHICH.fullmatch(between):
            following.whole = part  # "some 2,700 tonnes in all, of which about 600 tonnes"
    figures = [f for f in facts if f.claim.kind not in {"date", "period"}]  # "Of the 1,512 who sat in June, 1,240"
    for k, whole in enumerate(figures):
        fronted = _fronted_of(doc, whole) if whole.claim.kind == "count" else None
        for part in figures[k + 1:] if fronted is not None else []:
            if part.sentence != whole.sentence:
                break
            if part.whole is None and _opens_clause_of(doc, fronted, part) and \
                    not OF_THEM.match(doc.text, part.claim.end):
                part.whole = whole  # each clause's count: "Of the 120 crews who entered, 96 finished, 18 retired";
                # not "and 300 of those said ...": a part of the count told right before it (below)
    for k, part in enumerate(facts):
        if part.whole is None and part.claim.kind in {"count", "percent"} and OF_THEM.match(doc.text, part.claim.end):
            # "tested 640 wells, 150 of them ...", "counts 40,000 farmers, and about 35 percent of them ..."; for a
            # count with none before it in its sentence, of the last count told before, and a count of its things
            # ("The crews checked 90 hydrants. Twelve of them leaked.", "Owners rebuilt 14 of them.")
            before = [f for f in facts[:k] if f.sentence == part.sentence and f.claim.kind == "count"]
            told_before = not before and part.claim.kind == "count"
            before = before or [f for f in facts[:k] if told_before and f.sentence == part.sentence - 1
                                and f.claim.kind == "count" and f.role in {"level", "part"}]  # not where a count
            # moved from ("2,460 sales, down from 3,075 ... 1,107 of those purchases": of the 2,460)
            part.whole = next((f for f in reversed(before)
                               if part.claim.kind == "percent" or (f.claim.value or 0) > (part.claim.value or 0)), None)
            if told_before and part.whole is not None:  # "In 14 of them, most of the pipes ...": 14 of the
                part.measure = part.whole.measure  # culverts, and of their time where it tells none
                part.time = part.time or part.whole.time
        if part.whole is None and part.claim.kind == "count" and part.role in {"level", "part"}:
            part.whole = _whole_pointed_back(doc, part, facts) or _whole_of_a_known_set(doc, part, facts)


def _whole_pointed_back(doc: Document, part: Fact, facts: list[Fact]) -> Fact | None:
    """For a count told in a sentence that opens by pointing back at a set ("Of these, 24 were allowed", "Of those
    visitors, 372,000 came from abroad"), as the subject of its clause or with no noun of its own: the last count
    of the sentence before it (of the named noun, when the opening names one), larger than the part. For one that
    opens by naming a set with "the" and no figure ("Of the restaurants visited, 97 failed the test"): the last
    count of that noun before it, in its paragraph or the one before, of those that underwent what picks the set out
    where any did ("Of the cancelled trains": a count of trains cancelled, not of all those timetabled), and where no
    count of that noun is told, the last count before it of things that underwent it, by whatever noun and anywhere
    (`_doings_of`: "Of the damaged properties" after "damaged or wrecked 180 houses"). For one that
    opens on "those who" and a verb ("Of those who sat the exam, 310 passed"): the last count before it of things
    that did that. Else None."""
    span = doc.nlp.char_span(part.claim.start, part.claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span.sent
    words = [t for t in sent[:4] if not t.is_punct or t.text == ","]
    if len(words) >= 3 and words[0].lower_ == "of" and words[1].lower_ not in REFERRING | {"them", "the"}:
        return _whole_of_a_dated_set(words[0], span, part, facts)
    if len(words) < 3 or words[0].lower_ != "of" or words[1].lower_ not in REFERRING | {"them", "the"}:
        return None
    doing = _doing_of_those(words[1])
    if words[1].lower_ == "the":
        named = _set_named_before(words[0], span)
        if named is None:
            return None
        doing = _restriction_of(named)  # "Of the cancelled trains": what befell those counted
    elif doing is not None:
        named = None  # "Of those who sat the exam": no noun, a doing
    else:
        named = words[2] if words[2].pos_ == "NOUN" and len(words) > 3 and words[3].text == "," else None
        if named is None and words[2].text != ",":
            return None
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if part.measure is not None and noun.dep_ not in {"nsubj", "nsubjpass"} and (
            named is None or part.measure != named.lemma_.lower()):
        return None  # "Of those visitors, 372,000 came from 45 countries": the countries are no part of them
    told = [f for f in facts if f.claim.kind == "count" and f.claim.value and part.claim.value is not None
            and f.claim.value > part.claim.value and f.modality == "asserted" and f.role in {"level", "part"}
            and (named is None or f.measure == named.lemma_.lower())]
    did = [] if doing is None else [f for f in told if f.sentence < part.sentence and doing in {
        f.state, f.restriction}] or [f for f in told if f.sentence < part.sentence and doing == f.event]  # what
    # befell them, else their verb's
    if words[1].lower_ == "the":
        before = [f for f in told if f.sentence < part.sentence and 0 <= part.paragraph - f.paragraph <= 1]
        before = [f for f in before if f in did] or before
        if not told and doing is not None:  # "Of the damaged properties" after "damaged or wrecked 180 houses":
            before = [f for f in facts if f.claim.kind == "count" and f.sentence < part.sentence  # the things
                      and f.modality == "asserted" and f.role in {"level", "part"} and f.whole is None  # so befallen,
                      and (f.claim.value or 0) > (part.claim.value or 0)  # by whatever noun they were counted
                      and doing in _doings_of(doc, f)]
    else:
        before = did if doing is not None else [f for f in told if f.sentence == part.sentence - 1]
    return before[-1] if before else None


def _whole_of_a_dated_set(of: Any, span: Any, part: Fact, facts: list[Fact]) -> Fact | None:
    """For a count told after an opening "of" phrase that names a set by its time and no figure, set off by a comma
    ("Of this year's births, 1,420 were to mothers over 35"): the last count of that noun told before it, larger than
    the part, dated within that time; else None."""
    noun = _set_named_before(of, span)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if owner is None:
        return None
    dates = [f.time for f in facts if f.sentence == part.sentence and f.claim.kind in {"date", "period"}
             and f.time is not None and any(t.idx <= f.claim.start < t.idx + len(t.text) for t in owner.subtree)]
    if len(dates) != 1:
        return None
    told = [f for f in facts if f.claim.kind == "count" and f.sentence < part.sentence and f.modality == "asserted"
            and f.role in {"level", "part"} and f.measure == noun.lemma_.lower() and f.time is not None
            and dates[0].first <= f.time.first and f.time.last <= dates[0].last
            and (f.claim.value or 0) > (part.claim.value or 0)]
    return told[-1] if told else None


def _whole_of_a_known_set(doc: Document, part: Fact, facts: list[Fact]) -> Fact | None:
    """For a count of some of a set named with "the" and no figure ("11 of the rescued hikers", "three of the
    delayed trains"): the last count of that noun told in a sentence before, larger than the part, of things that
    underwent what picks the set out where a word does ("rescued 14 hikers": its verb, or what befell them), else in
    its paragraph or the one before; with no noun ("11 of the injured"), the last earlier count of things that
    underwent it, anywhere before; else None."""
    span = doc.nlp.char_span(part.claim.start, part.claim.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc.nlp) or doc.nlp[span.end].lower_ != "of":
        return None
    noun = _object_of(doc.nlp[span.end], frozenset({"NOUN", "ADJ", "VERB"}))
    if noun is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or \
            any(t.like_num for t in noun.subtree):
        return None  # "of the 40 hikers" is read above; "of them" too
    if noun.pos_ != "NOUN":  # "11 of the injured": those that underwent it, by whatever noun counted
        doing = noun.lemma_.lower()
        told = [f for f in facts if f.claim.kind == "count" and f.sentence < part.sentence and f.whole is None
                and f.modality == "asserted" and (f.claim.value or 0) > (part.claim.value or 0)
                and doing in {f.state, f.restriction, f.event}]
        return told[-1] if told else None
    doing = _restriction_of(noun)
    told = [f for f in facts if f.claim.kind == "count" and f.sentence < part.sentence and f.modality == "asserted"
            and f.role in {"level", "part"} and f.whole is None and f.measure == noun.lemma_.lower()
            and (f.claim.value or 0) > (part.claim.value or 0)]  # not some of another set ("Eleven of the ...")
    told = [f for f in told if doing in {f.state, f.restriction, f.event}] if doing is not None else \
        [f for f in told if 0 <= part.paragraph - f.paragraph <= 1]  # a set told paragraphs before is picked out
    return told[-1] if told else None


def _doings_of(doc: Document, fact: Fact) -> set[str]:
    """The lemmas of the verb a count is the object or subject of and of the verbs joined to it, which share it
    ("damaged or wrecked 180 houses": "damage" and "wreck")."""
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    verb = _clause_verb(span) if span is not None and len(span) else None
    if verb is None:
        return set()
    joined = [verb, *verb.conjuncts]
    return {v.lemma_.lower() for v in joined if v.pos_ == "VERB"}


def _doing_of_those(pronoun: Any) -> str | None:
    """The lemma of the verb of a relative clause or a participle on "those" ("those who crossed": "cross"; "those
    detained": "detain"), or None."""
    if pronoun.lower_ != "those":
        return None
    return next((c.lemma_.lower() for c in pronoun.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}
                 or c.dep_ == "acl" and c.tag_ == "VBN"), None)


def _set_named_before(of: Any, part: Any) -> Any:
    """The noun of an opening "of" phrase with no figure, set off by a comma before a count ("Of the restaurants
    visited, 97 ..."), or None."""
    noun = _object_of(of, frozenset({"NOUN"}))
    if noun is None or any(t.like_num for t in of.subtree):
        return None  # "Of the 420 restaurants, ...": a count of its own, read by `_fronted_of`
    end = max(t.i for t in of.subtree) + 1
    return noun if end < part.start and of.doc[end].text == "," else None


def _fronted_of(doc: Document, whole: Fact) -> tuple[Any, Any] | None:
    """For a count in a fronted "of" phrase ("Of the 1.6 million who voted, 70% were in favour"), or an "among" one
    opening the sentence ("Among the 900 entrants, 610 finished"): the noun it counts (or the number itself) and the
    preposition; None for any other count."""
    span = doc.nlp.char_span(whole.claim.start, whole.claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number
    while counted.dep_ == "compound" and counted.head.i != counted.i:
        counted = counted.head
    of = counted.head
    if counted.dep_ != "pobj" or not (of.lower_ == "of" or of.lower_ == "among" and of.i == of.sent.start) or \
            of.dep_ != "prep" or of.head.pos_ not in {"VERB", "AUX"} or of.i > of.head.i:
        return None
    return counted, of


def _opens_clause_of(doc: Document, fronted: tuple[Any, Any], part: Fact) -> bool:
    """True when the set a fronted "of" phrase counts (`_fronted_of`) is the one a clause's figure is taken from:
    the figure is the subject of the verb the phrase hangs from or, after a phrase that opens the sentence, the
    subject or object of a clause that follows it."""
    span = doc.nlp.char_span(part.claim.start, part.claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    counted, of = fronted
    subject = span.root
    noun = subject.head if subject.dep_ == "nummod" and subject.head.i < of.head.i else subject
    while noun.dep_ == "conj" and noun.head.i > counted.i:  # "300 flooded and 80 lost power", parsed as "80"
        noun = noun.head  # joined to "300": the subject it is joined to
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == of.head.i:
        return True
    # the phrase opens the sentence: it sets out what each clause after it counts, however the parse hangs it ("Of
    # the 120 crews who entered, 96 finished the course, 18 retired and six were disqualified"), subject or object
    # ("Of the 18,400 ballots counted, the independent took 950")
    return of.i == of.sent.start and noun.i > counted.i and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}


def _shares_restating_counts(doc: Document, facts: list[Fact]) -> None:
    """Link a share that restates the count before it ("won 9,120 votes, or 47.2 percent,") to that count
    (`Fact.restates`), and give it the count's whole ("1,240 of the 2,600 permits, or 48 percent") or else its noun as
    the set it is a share of, and the count's holders and time where it names none: the share is that count over its
    whole or over all the things of its noun, which the article may count elsewhere ("a total of 19,300 votes were
    cast")."""
    claims = [f.claim for f in facts]
    for i, share in enumerate(facts):
        count = facts[i - 1] if i else None
        if count is None or count.claim.kind != "count" or count.sentence != share.sentence or \
                share.whole is not None or not restated_as_share(doc.text, claims, i):
            continue
        part = next((f for f in facts[:i - 1] if f.whole is count), None)  # "1,240 of the 2,600 permits, or 48
        if part is not None:  # percent": the part over the whole it is written against
            share.restates, share.whole = part, count
        else:
            share.restates, share.whole = count, count.whole
            share.share_of = share.share_of or (count.measure if count.whole is None else None)
        share.holders = share.holders or share.restates.holders
        share.time = share.time or share.restates.time


def _changes_restated_as_percentages(doc: Document, facts: list[Fact]) -> None:
    """A percentage set off right after a change, with nothing between but the change's unit and a hedge ("a rise
    of 1.20 dollars a bag, almost 15 percent,"), is the change told as a percentage, whatever the parse hangs it
    from: a change that restates the one before (`Fact.restates`), not a share of something."""
    for before, fact in zip(facts, facts[1:]):
        if fact.claim.unit != "%" or before.role != "change" or before.sentence != fact.sentence or \
                before.claim.kind not in {"money", "count", "quantity"}:
            continue
        hedged, start = qualifier_before(doc.text, fact.claim.start)
        unit, comma, rest = doc.text[before.claim.end:start if hedged else fact.claim.start].partition(",")
        if comma and len(unit.split()) <= PER_REACH and not any(ch.isdigit() for ch in unit) and \
                rest.strip().lower() in {"", "or"}:
            fact.role, fact.restates = "change", before


def _share_listed_measures(doc: Document, facts: list[Fact]) -> None:
    """Give the figures of a list their first member's measure where they name none of their own: in "death
    rates of 40% for drug A, 45% for drug B and 20% for drug C" the later percentages are death rates too, though
    the parse hangs them from the drugs. A list is figures of one kind and unit in one sentence, each a few tokens
    after the last, separated by a comma, "and" or a semicolon and no clause's verb."""
    for first, member in _list_neighbours(doc, facts):
        if first.measure is None or member.measure == first.measure:
            continue
        span = doc.nlp.char_span(member.claim.start, member.claim.end, alignment_mode="expand")
        noun = _measured_noun(span) if span is not None else None
        if noun is None or noun.pos_ == "PROPN":
            member.measure = first.measure


def _units_from_partner(doc: Document, facts: list[Fact]) -> None:
    """Give a figure that a level moved from the level's measure ("recycled 9.1 tonnes of glass, up from 4.0 tonnes":
    glass; "answered 150 calls, up from 120": call) and, when it is bare, its kind, unit, scale ("rose to $4.8 billion
    from 4.2": 4.2 billion dollars, but not "1.62 million, up from 880,000", already nearer the level without it): the
    nearest figure before it on the same verb with a unit (the same unit, for a figure with one of its own) or a count,
    written in digits, leaving out one in brackets (a conversion: "9.1 tonnes (20,000 pounds)"), and one that is the
    verb's own subject or object first. A bare number written with a noun it counts ("larger than three tennis
    courts") keeps its kind beside a partner with a unit."""
    for fact in facts:
        claim = fact.claim
        bare = claim.kind == "count" and not claim.unit
        if fact.role != "previous" or fact.event is None or not (bare or (
                claim.kind in {"quantity", "money"} and claim.unit)):
            continue
        partners = [f for f in facts if f.sentence == fact.sentence and f.claim.end <= claim.start
                    and f.event == fact.event and f.role == "level"
                    and (f.claim.unit and f.claim.kind in {"quantity", "money", "percent"}
                         or bare and f.claim.kind == "count" and not f.claim.unit)
                    and (not claim.unit or (f.claim.kind, f.claim.unit) == (claim.kind, claim.unit))
                    and not _in_brackets(doc.text, doc.sentences[fact.sentence].start, f.claim.start)]
        partners = [f for f in partners if _verb_argument(doc, f)] or partners  # not "from its collection of 38,000"
        if bare and partners and partners[-1].claim.kind != "count" and _counts_its_own_noun(doc, claim):
            continue  # "80 metres wide, it has more floor than three tennis courts": a count of courts
        if claim.unit:
            if partners and partners[-1].measure is not None:
                fact.measure = partners[-1].measure
            continue
        digits = DIGITS.search(partners[-1].claim.text) if partners else None
        own = DIGITS.search(claim.text)
        if digits is not None and float(digits.group().replace(",", "")) and claim.value is not None:
            partner = partners[-1].claim
            scale = partner.value / float(digits.group().replace(",", ""))  # "billion"
            scaled = own is not None and claim.value != float(own.group().replace(",", ""))  # "2.5 million": its own
            if not scaled and claim.value > 0 and partner.value > 0 and \
                    abs(math.log(claim.value * scale / partner.value)) > abs(math.log(claim.value / partner.value)):
                scaled = True  # "1.62 million, up from 880,000": a full number already, nearer the level without it
            fact.claim = replace(claim, kind=partner.kind, unit=partner.unit, per=partner.per,
                                 value=claim.value if scaled else claim.value * scale)
            fact.measure = partners[-1].measure


def _counts_its_own_noun(doc: Document, claim: Claim) -> bool:
    """True when a bare number is written with a noun it counts ("three tennis courts"), not alone ("up from 4.2"),
    with a time it is of ("from 3.1 last week") or as a multiple ("nearly three times the old figure")."""
    span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "nummod" and span.root.head.pos_ == "NOUN" \
        and span.root.head.lemma_.lower() not in TIME_UNITS and not TIMES_AFTER.match(doc.text, claim.end)


def _measures_across_moves(doc: Document, facts: list[Fact]) -> None:
    """Give the bare end of a move written "from ... to ..." the measure of the end written with its noun ("expand
    the council from 18 members to 21": 21 members, not 21 councils), or, where neither has a noun of its own, the
    measure the other end takes from the clause ("the permit will go up from $410 to $448": both the permit's); and
    give a value written right after "up from" or "down from" the measure of the value of its kind before it."""
    by_claim = {id(f.claim): f for f in facts}
    for before, after in change_pairs(doc):
        first, second = by_claim.get(id(before)), by_claim.get(id(after))
        if first is None or second is None or before.start > after.start or (
                first.measure is None and second.measure is None):
            continue
        spans = [doc.nlp.char_span(c.start, c.end, alignment_mode="expand") for c in (before, after)]
        if not all(s is not None and len(s) for s in spans):
            continue
        if first.measure is not None and spans[0].root.dep_ == "nummod" and spans[1].root.dep_ != "nummod" \
                and spans[1].root.pos_ == "NUM":
            second.measure = first.measure
        elif first.measure is None and all(s.root.dep_ != "nummod" for s in spans):
            first.measure = second.measure
    for level, earlier in zip(facts, facts[1:]):  # "a total of 21.3 million dollars, up from 13.8 million dollars": the
        # total's earlier value, whatever noun the parse hangs "up from" on
        if earlier.role == "previous" and level.sentence == earlier.sentence and level.measure is not None and \
                (level.claim.kind, level.claim.unit) == (earlier.claim.kind, earlier.claim.unit) and \
                UP_FROM_BETWEEN.fullmatch(doc.text, level.claim.end, earlier.claim.start):
            earlier.measure = level.measure


UP_FROM_BETWEEN = re.compile(r",?\s+(?:up|down)\s+from\s+(?:an?\s+|the\s+)?", re.IGNORECASE)  # "X, up from Y"
DATE_AFTER = re.compile(r"[\s,]*(?:in\s+)?")  # between a value and its date: "22 percent five years ago", "231 in 2020"
NEXT_WORD = re.compile(r"\s+(\w+)")
A_BEFORE = re.compile(r"\b(?:an?|another)\s*$", re.IGNORECASE)  # an indefinite one: "a 17-year-old"
THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)  # a definite description right before a figure: "the 16-year-old"
PHRASE_REACH = 6  # words between an earlier value and a date of the phrases after it: "387 at the previous count in"


# Between two earlier values told as a list: "up from 3.2 million in 2017 and 1.6 million in 2013".
LISTED_AFTER = re.compile(r"(?:\s+(?:in|on|during|at\s+the\s+end\s+of)\s+[\w’' -]{1,30}?)?,?\s+(?:and|or)\s+")


def _listed_earlier_values(doc: Document, facts: list[Fact]) -> None:
    """A figure listed with "and" right after a value something moved from, or one it is compared with, of its kind
    and unit, is another earlier value ("up from 3.2 million in 2017 and 1.6 million in 2013", "compared with 30 in
    May and 25 in April", "up from 36 a year earlier and about 22 in 2017"), not a change or the level told; a date
    between them is the first one's."""
    figures = [f for f in facts if f.claim.kind not in {"date", "period"}]
    dated = [f.claim for f in facts if f.claim.kind in {"date", "period"}]
    for earlier, listed in zip(figures, figures[1:]):
        if earlier.role != "previous" or listed.role not in {"level", "change", "part"} or listed.compared_with \
                or earlier.sentence != listed.sentence \
                or (earlier.claim.kind, earlier.claim.unit) != (listed.claim.kind, listed.claim.unit):
            continue
        start = qualifier_before(doc.text, listed.claim.start)[1]  # "and about 22 in 2017"
        if LISTED_AFTER.fullmatch(doc.text, earlier.claim.end, start) or \
                LISTED_AFTER.fullmatch(_without(doc.text, earlier.claim.end, start, dated)):
            listed.role = "previous"


def _without(text: str, start: int, end: int, claims: list[Claim]) -> str:
    """The text from `start` to `end` with the words of the claims inside it left out ("a year earlier" in "up from 36
    a year earlier and 22 in 2017")."""
    kept, at = [], start
    for claim in sorted((c for c in claims if start <= c.start and c.end <= end), key=lambda c: c.start):
        kept.append(text[at:claim.start])
        at = claim.end
    return "".join([*kept, text[at:end]])


def _wholes_of_earlier_values(facts: list[Fact]) -> None:
    """The whole an earlier value is written against right after it ("compared with 96 of the 310 boats last
    season") is of that earlier time too, not a level of the story's."""
    for part in facts:
        whole = part.whole
        if part.role == "previous" and whole is not None and whole.role == "level" and \
                whole.sentence == part.sentence and whole.claim.start > part.claim.start:
            whole.role = "previous"


def _in_phrase_of(doc: Document, dated: Claim, value: Claim) -> bool:
    """True when a date follows a value in the phrases after it, with no verb, punctuation or other figure between and
    at most `PHRASE_REACH` words ("up from 387 at the previous count in 2016")."""
    date_span = doc.nlp.char_span(dated.start, dated.end, alignment_mode="expand") if doc.nlp is not None else None
    value_span = doc.nlp.char_span(value.start, value.end, alignment_mode="expand") if doc.nlp is not None else None
    if date_span is None or value_span is None or not 0 < date_span.start - value_span.end <= PHRASE_REACH:
        return False
    between = doc.nlp[value_span.end:date_span.start]
    return not any(t.pos_ in {"VERB", "AUX"} or t.is_punct or t.like_num for t in between)


def _dates_of_earlier_values(doc: Document, facts: list[Fact]) -> None:
    """A date written right after a value something moved from ("now make up 38 percent, up from 22 percent five years
    ago"), or after the whole it is written against ("up from 119 of 231 in 2020"), is that value's time, not the time
    of the other figures of its sentence, which the sentence's only date would otherwise place there, nor part of the
    span their verb's dates make ("handled 3.9 million in 2018, up from 3.2 million in 2017": 3.9 million is of 2018);
    the noun the value counts may stand between ("3,690 of 9,400 candidates last year"), and so may a phrase the date
    hangs in from the value ("up from 387 at the previous count in 2016": `_in_phrase_of`)."""
    of_sentence = _by_sentence(facts)
    owned: dict[int, tuple[Fact, Fact | None]] = {}  # id of each date an earlier value owns: the date, its whole
    for earlier in (f for f in facts if f.role == "previous"):
        told = of_sentence[earlier.sentence]
        whole = earlier.whole if earlier.whole is not None and earlier.whole.sentence == earlier.sentence else None
        value = whole or earlier  # "up from 119 of 231 in 2020": the date follows the value's whole
        end = value.claim.end
        noun = NEXT_WORD.match(doc.text, end)  # "3,690 of 9,400 candidates last year": past the noun it counts
        if noun is not None and value.measure and noun.group(1).lower().startswith(value.measure):
            end = noun.end()
        dated = next((f for f in told if f.claim.kind in {"date", "period"} and 0 <= f.claim.start - end <= 4
                      and f.time is not None and DATE_AFTER.fullmatch(doc.text, end, f.claim.start)), None) or next(
            (f for f in told if f.claim.kind in {"date", "period"} and f.time is not None
             and f.claim.start > value.claim.end and _in_phrase_of(doc, f.claim, value.claim)), None)
        if dated is not None:
            owned[id(dated)] = (dated, whole)
            if earlier.time is None or earlier.time.first <= dated.time.first and dated.time.last <= earlier.time.last:
                earlier.time = dated.time  # "up from 3.2 million in 2017 and 1.6 million in 2013": each its own
    for dated, whole in owned.values():
        dates = [f for f in of_sentence[dated.sentence] if f.claim.kind in {"date", "period"} and f.time is not None]
        for fact in of_sentence[dated.sentence]:
            if fact.role == "previous" or fact is whole or fact.claim.kind in {"date", "period"} or fact.time is None:
                continue
            if fact.time == dated.time:
                fact.time = None
            elif fact.time.first <= dated.time.first and dated.time.last <= fact.time.last:
                rest = [d.time for d in dates if id(d) not in owned
                        and fact.time.first <= d.time.first and d.time.last <= fact.time.last]
                if rest:  # "handled 3.9 million in 2018, up from 3.2 million in 2017": of 2018, not 2017-2018
                    fact.time = DateRange(min(d.first for d in rest), max(d.last for d in rest))


CONVERTED_FIELDS = ("measure", "measure_terms", "holders", "event", "state", "time", "role", "modality", "setting",
                    "places")


def _conversions_in_brackets(doc: Document, facts: list[Fact]) -> None:
    """A quantity in brackets right after one in another unit ("seized 1,240 kilograms (2,734 lb) of cocaine") is
    that figure converted: it measures what the first measures, whose, when and in what role."""
    for first, second in zip(facts, facts[1:]):
        if first.sentence == second.sentence and first.claim.kind == second.claim.kind == "quantity" \
                and first.claim.unit and second.claim.unit and first.claim.unit != second.claim.unit \
                and doc.text[first.claim.end:second.claim.start].strip() == "(":
            for name in CONVERTED_FIELDS:
                setattr(second, name, getattr(first, name))


def _by_sentence(facts: list[Fact]) -> dict[int, list[Fact]]:
    """The facts of each sentence, in text order (an empty list for a sentence with none)."""
    found: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        found[fact.sentence].append(fact)
    return found


def _counts_named_again(doc: Document, facts: list[Fact]) -> None:
    """Give a count written as "the" and a bare number ("Twelve of the 30 came from abroad") the measure of the last
    count of that value told before it ("made 30 hires"): the set named again, whose noun it leaves out."""
    for k, fact in enumerate(facts):
        if fact.measure is not None or fact.claim.kind != "count" or not fact.claim.value or \
                not THE_BEFORE.search(doc.text, max(0, fact.claim.start - 8), fact.claim.start):
            continue
        earlier = [f for f in facts[:k] if f.claim.kind == "count" and f.claim.value == fact.claim.value
                   and f.measure is not None and f.sentence < fact.sentence]
        if earlier:
            fact.measure = earlier[-1].measure


CARRYING_ROLES = {"level", "share", "rate"}  # values whose measure a bare figure of their kind and unit carries on
# nouns that name a figure, not a thing counted: "the tally had climbed to 2,450" is of what was counted before
FIGURE_NOUNS = {"number", "count", "total", "tally", "figure"}


def _measures_carried_on(facts: list[Fact]) -> None:
    """Give a bare figure with no noun of its own the measure of the figure of its kind and unit it carries on from:
    for a value compared with, the last such level before it in its sentence ("profit of $630 million, compared with
    $500 million"), else the one such in the sentence before, in its paragraph ("reported profit of $50.2 million.
    That compares with $42.5 million"); for a level, the one such of the same verb in the sentence before ("lent
    609,000 books. In 2016-17, they lent 812,000"), each within `CARRIED_MAX_RATIO` of it (not the "two" of "a
    two-bedroom flat rose to 1,385, from 1,290"). Percentages likewise, a share carrying on as a level does ("turnout
    was 38 percent. That compares with 45 percent in 2019"), and a rate in its unit ("took 5,300 passengers a day in
    May. In January it took 4,100 a day"). A figure whose noun names only a figure ("the tally had climbed to
    2,450", `FIGURE_NOUNS`) carries on as a bare one does, from the one such in the sentence before whatever its
    verb; so does a change in proportion told of such a noun ("The total was up 11 percent"), from the one level of
    a count, amount or quantity in the sentence before, in its paragraph or the one before."""
    of_sentence = _by_sentence(facts)
    for fact in facts:
        figure_noun = fact.measure in FIGURE_NOUNS
        if (fact.measure is not None and not figure_noun) or fact.claim.kind not in {"count", "money", "quantity",
                                                                                   "percent"} or \
                fact.claim.unit == "pp" or fact.role not in {"previous", *CARRYING_ROLES} or not fact.claim.value:
            continue
        near = of_sentence[fact.sentence - 1] + of_sentence[fact.sentence]
        alike = [f for f in near if f.paragraph == fact.paragraph and f.role in CARRYING_ROLES
                 and f.measure is not None and f.measure not in FIGURE_NOUNS
                 and (f.claim.kind, f.claim.unit) == (fact.claim.kind, fact.claim.unit) and f.claim.value
                 and 1 / CARRIED_MAX_RATIO <= f.claim.value / fact.claim.value <= CARRIED_MAX_RATIO]
        own = [f for f in alike if f.sentence == fact.sentence and f.claim.start < fact.claim.start]
        if fact.role == "previous" and own:
            fact.measure = own[-1].measure
            continue
        before = [f for f in alike if f.sentence == fact.sentence - 1 and (
            fact.role == "previous" or figure_noun or (f.event is not None and f.event == fact.event))]
        if len(before) == 1 and not own:
            fact.measure = before[0].measure
    for change in (f for f in facts if f.role == "change" and f.measure in FIGURE_NOUNS
                   and f.claim.kind in {"percent", "multiplier", "ratio"}):
        before = [f for f in of_sentence[change.sentence - 1] if f.paragraph >= change.paragraph - 1
                  and f.role in CARRYING_ROLES and f.claim.kind in {"count", "money", "quantity"}
                  and f.measure is not None and f.measure not in FIGURE_NOUNS]
        if len(before) == 1:  # "carried 3.1 million passengers. The total was up 11 percent": of the passengers
            change.measure = before[0].measure


def _verb_argument(doc: Document, fact: Fact) -> bool:
    """True when a figure (or the noun it counts) is its verb's subject, object or complement, not a figure
    nested in a phrase of another noun."""
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    word = span.root.head if span.root.dep_ in {"nummod", "quantmod"} else span.root
    return word.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "ROOT"}


def _tally_sides_counted(doc: Document, facts: list[Fact]) -> None:
    """Give both sides of a tally whose joiner names what they count ("won the final three games to two", "won by
    330 votes to 287") that noun as their measure: the second side counts games or votes too, whatever noun the
    parse hangs it from ("the final")."""
    counts = [f for f in facts if f.claim.kind == "count"]
    for a, b in zip(counts, counts[1:]):
        joined = TALLY_JOINER.fullmatch(doc.text, a.claim.end, b.claim.start) if a.sentence == b.sentence else None
        if joined is not None and joined.group("counted"):
            counted = joined.group("counted").lower()
            a.measure = b.measure = "match" if counted == "matches" else counted.rstrip("s")


def _named_members(doc: Document, facts: list[Fact]) -> None:
    """Set `Fact.named` on a count whose noun hangs from a preposition on another word ("attorneys general from
    five states") when the article names all the members elsewhere on the same word and preposition: a list of two
    or more names that joined one more ("Ruiz is joined by attorneys general from Maine, Ohio and Utah": four). A
    list with no such sign may be some of them ("delegates from France and Spain walked out")."""
    lists = {}
    for token in doc.nlp:
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.dep_ == "prep" and token.dep_ != "conj":
            members = [token, *(c for c in token.conjuncts if c.pos_ == "PROPN")]
            if len(members) >= 2:
                key = (token.head.lower_, token.head.head.lemma_.lower())
                lists.setdefault(key, []).append((len(members) + _joined(token.head.head), members))
    lists = {key: found for key, found in lists.items() if all(size > len(members) for size, members in found)}
    for fact in facts:
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        if fact.claim.kind != "count" or span is None or not len(span) or span.root.dep_ != "nummod":
            continue
        noun = span.root.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            continue
        found = lists.get((noun.head.lower_, noun.head.head.lemma_.lower()), [])
        if len(found) == 1:  # one roster; two may be two sets
            size, members = found[0]
            last = max(members, key=lambda t: t.i)
            fact.named = (size, members[0].idx, last.idx + len(last))


def _joined(word: Any) -> int:
    """1 when a word's phrase is the agent a passive "join" was done by ("Ruiz is joined by attorneys general from
    ..."): its subject is one more of them; else 0."""
    for head in word.ancestors:
        if head.pos_ in {"VERB", "AUX"}:
            return int(head.lemma_.lower() == "join" and any(c.dep_ == "nsubjpass" for c in head.children))
    return 0


def _in_brackets(text: str, start: int, offset: int) -> bool:
    """True when `offset` lies inside brackets opened after `start`."""
    before = text[start:offset]
    return before.count("(") > before.count(")")


def _list_neighbours(doc: Document, facts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """(the list's first figure, a later one) for every listed figure after the first (`_share_listed_measures`)."""
    found, first = [], None
    for previous, fact in zip([None, *facts], facts):
        if previous is None or not _listed_after(doc, previous, fact):
            first = fact
            continue
        found.append((first, fact))
    return found


def _listed_after(doc: Document, previous: Fact, fact: Fact) -> bool:
    a, b = previous.claim, fact.claim
    if previous.sentence != fact.sentence or (a.kind, a.unit) != (b.kind, b.unit):
        return False
    gap = doc.nlp.char_span(a.end, b.start, alignment_mode="contract") if a.end < b.start else None
    if gap is None or len(gap) > LIST_GAP_TOKENS:
        return False
    return any(t.lower_ in {",", "and", ";"} for t in gap) and not any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "amod", "pcomp"} for t in gap)  # pcomp: "four of inciting"


def _breakdowns(doc: Document, facts: list[Fact]) -> list[Breakdown]:
    """Lists of counts that together make up one whole the parse names: the subject of the copula they complete
    ("the confirmed deaths are 12 civilians, five soldiers and one guard": complete), a known set they are set
    beside ("the injured teenagers, two girls and a boy, were ...": complete) or the verb whose objects or subjects
    they are ("killed five children and two drivers": perhaps not all). In a complete list a member written with
    "a" ("a boy") counts one (`Breakdown.singles`; a verb's "two guns and a car" may be of two kinds); a list needs
    two members, all hanging from one verb. A list after "including" or "among" is neither."""
    counts = [f for f in facts if f.claim.kind == "count"]
    lists: dict[int, list[Fact]] = {id(f): [f] for f in counts}
    for first, member in _list_neighbours(doc, counts):
        if any(m is member.whole for m in lists.get(id(first), ())):
            continue  # "tested 640 wells, 150 of them in hill villages": a part of the one before, no other member
        lists[id(first)].append(member)
        lists.pop(id(member), None)
    found = []
    for parts in lists.values():
        if any(p.modality != "asserted" or p.role not in {"part", "level"} for p in parts) or len(
                {p.event for p in parts}) > 1:  # "had 1,295 at the start of the year; 86 farms joined": no list
            continue
        span = doc.nlp.char_span(parts[0].claim.start, parts[0].claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        whole = _whole_of_list(span)
        singles = _single_members(span) if whole is not None and whole[1] else ()
        if whole is not None and len(parts) + len(singles) >= 2:
            found.append(Breakdown(parts, *whole, singles=singles))
    return found + _opened_lists(doc, counts)


def _allotments(doc: Document, facts: list[Fact]) -> list[Breakdown]:
    """Amounts of one currency listed in one sentence, each for a use (`ALLOTTED`: "It earmarks $40.5 million for
    roads, $22.1 million for bridges and $9.8 million for libraries"), as the parts of the one amount their clause's
    subject is: the nearest amount before them, in their paragraph or the one before, of their currency, told as now
    (no earlier value compared with) and larger than each, of the subject's noun ("The budget ... provides ...") or,
    for "it", of any. With an amount of the rest the next sentence tells ("The remaining $31.2 million covers ..."),
    the list is all of it (`Breakdown.complete`); without, it may be some of it."""
    money = [f for f in facts if f.claim.kind == "money" and f.claim.value and f.modality in {"asserted", "expected"}
             and f.role in {"level", "part"}]
    found = []
    for sentence in sorted({f.sentence for f in money}):
        parts = [f for f in money if f.sentence == sentence and ALLOTTED.match(doc.text, f.claim.end)]
        if len(parts) < 2 or len({p.claim.unit for p in parts}) > 1:
            continue
        span = doc.nlp.char_span(parts[0].claim.start, parts[0].claim.end, alignment_mode="expand")
        verb = next((t for t in span.root.ancestors if t.pos_ == "VERB"), None) if span is not None else None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb else None
        if subject is None or subject.pos_ not in {"NOUN", "PRON"} or (
                subject.pos_ == "PRON" and subject.lower_ not in {"it", "which"}):
            continue
        largest = max(p.claim.value for p in parts)
        totals = [f for f in money if f.sentence < sentence and 0 <= parts[0].paragraph - f.paragraph <= 1
                  and f.claim.unit == parts[0].claim.unit and f.claim.value > largest
                  and (subject.pos_ == "PRON" or f.measure == subject.lemma_.lower())]
        if not totals:
            continue
        rest = [f for f in money if f.sentence == sentence + 1 and f.claim.unit == parts[0].claim.unit
                and REST_WORDS.search(doc.text, doc.sentences[f.sentence].start, f.claim.start)]
        total = totals[-1]
        whole = (total.measure or "the amount") if subject.pos_ == "PRON" else subject.lemma_.lower()
        found.append(Breakdown([*parts, *rest[:1]], whole, bool(rest), total=total))
    return found


def _listed_amounts(doc: Document, facts: list[Fact]) -> list[Breakdown]:
    """Amounts of one unit of measure or currency listed in one sentence, `OPENED_LIST_AT_LEAST` or more, told or
    planned, each a few words after the last with a comma or "and" between and no figure ("Its Vardal pit yielded 21.4
    million tonnes, the northern shafts 15.3 million tonnes and the open-cast site the remaining 11.5 million tonnes"),
    as the parts of the amount of that unit told last before them, in their paragraph or the one before, larger than
    each, of the first part's verb or noun or else the one such amount there ("dug 48.2 million tonnes of ore"; of
    money, only one told as known): all of it when the last part is told as the rest ("the remaining", `REST_WORDS`),
    else perhaps some."""
    found = []
    amounts = [f for f in facts if f.claim.kind in {"quantity", "money"} and f.claim.value and f.claim.unit
               and f.modality in {"asserted", "expected"} and f.role in {"level", "part"} and f.per_unit is None]
    for sentence, listed in _by_sentence(amounts).items():  # each sentence's amounts, grouped once
        if len(listed) < OPENED_LIST_AT_LEAST or len({f.claim.unit for f in listed}) > 1 or any(
                not _listed_closely(doc.text[a.claim.end:b.claim.start]) for a, b in zip(listed, listed[1:])):
            continue
        largest = max(f.claim.value for f in listed)
        first = listed[0]
        totals = [f for f in amounts if f.sentence < sentence and 0 <= first.paragraph - f.paragraph <= 1
                  and f.claim.unit == first.claim.unit and f.claim.value > largest]
        totals = [f for f in totals if {f.event, f.measure} & {first.event, first.measure} - {None}] or (
            totals if len(totals) == 1 and (first.claim.kind == "quantity" or totals[0].modality == "asserted")
            else [])  # of the verb or noun the list tells, or the one amount there; for money one told as known
        # ("a budget of $12.5 million"), not one a plan or an estimate gives, maybe one more of the list's own kind
        # ("Police will receive $312 million. Transit will get $241 million, ...")
        if totals:
            rest = REST_WORDS.search(doc.text, listed[-2].claim.end, listed[-1].claim.start) is not None
            found.append(Breakdown(listed, totals[-1].measure or totals[-1].event or "", rest, total=totals[-1]))
    return found


def _listed_closely(between: str) -> bool:
    """True for the words between two listed amounts: a comma or "and", at most `GAP_WORDS` words, no figure. Not
    `_listed_after`'s list of figures: here each member brings its own subject ("and the open-cast site the remaining
    11.5 million tonnes"), longer than `LIST_GAP_TOKENS`, which the parse may take for a verb ("its wind farms 3.9
    TWh")."""
    return bool(re.search(r",|\band\b", between)) and len(between.split()) <= GAP_WORDS + 1 and \
        not re.search(r"\d", between)


def _opened_lists(doc: Document, counts: list[Fact]) -> list[Breakdown]:
    """Sentences that open on the set they break down and give `OPENED_LIST_AT_LEAST` or more of its groups each as a
    clause's subject, or the first so and the others with its verb left out (`_gapped_members`), and no other member of
    a list ("Of the 64 cases, 41 are children, 15 are adults and the remaining eight are over 70"; "Of these, 84,920
    counted as valid, 2,240 were blank and 1,250 were rejected"; "Of May's visitors, 410 came by bus, 260 by tram and 95
    on foot"): a breakdown of all of it, whose total is the count the opening names, or for "these", "those" or "them"
    the count the sentence before is about (its main clause's subject or object: `_main_count`), or for a set named
    with no count ("Of the cancelled trains", "Of those who sat it") the count its groups point back at
    (`_whole_pointed_back`), else the last count of the set's noun (not of a set a pronoun owns). So many groups of one
    set are told to account for it."""
    roots = {id(c): root for c in counts if (root := _token_at(doc, c)) is not None}  # each figure parsed once
    placed = [c for c in counts if id(c) in roots]
    found = []
    for sent in sorted({roots[id(c)].sent for c in placed}, key=lambda s: s.start):
        words = [t for t in sent if not t.is_punct]
        if len(words) < 3:
            continue
        inside = [c for c in placed if sent.start_char <= c.claim.start < sent.end_char]
        members = [c for c in inside if c.modality == "asserted" and c.role in {"level", "part"}]  # of a list, if any
        parts = [c for c in members if _subject_of_clause(roots[id(c)])]
        if words[0].like_num:
            found += _partitive_list(counts, inside, parts, roots)
        found += _gapped_list(placed, members, roots)
        found += _outcomes_list(inside, roots)
        if words[0].lower_ != "of" or words[0].dep_ != "prep":
            continue
        opening = {t.i for t in words[0].subtree}
        named = [c for c in inside if roots[id(c)].i in opening]
        parts = [c for c in parts if c not in named]
        if 0 < len(parts) < OPENED_LIST_AT_LEAST:  # "Of the visitors, 410 came by bus, 260 by tram and 95 by ferry"
            after = [c for c in members if c not in named and c.claim.start >= parts[0].claim.start]
            gapped = _gapped_members(after, roots, roots[id(parts[0])].i)
            parts = gapped if len(gapped) == len(after) else parts
        if len(parts) < OPENED_LIST_AT_LEAST or len(named) > 1 or any(
                c not in parts and roots[id(c)].dep_ == "conj" for c in inside):
            continue  # a group the parse joins to another's word ("6 were pedestrians and 4 were drivers", 4 read
            # as a second "pedestrians"): the groups it does read are not all of the set
        if named:
            total = named[0]
        elif words[1].lower_ in REFERRING | {"them"} and _doing_of_those(words[1]) is None:
            total = _main_count(placed, roots, parts[0].sentence - 1)
        else:  # "Of the cancelled trains, ...", "Of those who sat it, ...": the set each group points back at, or
            # the last count told of the set the opening names ("Of May's visitors, ...")
            total = parts[0].whole if all(p.whole is parts[0].whole for p in parts) else None
            set_word = next((c for c in words[0].children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                             and not any(o.dep_ == "poss" and o.pos_ == "PRON" for o in c.children)), None)
            if total is None and set_word is not None:  # not "Of its members": whose they are is not told here
                total = _last_count_of(set_word.lemma_.lower(), placed, parts[0].sentence)
        if total is not None and all(p.claim.value < total.claim.value for p in parts):
            found.append(Breakdown(parts, total.measure or "", True, total=total))
    return found


def _outcomes_list(inside: list[Fact], roots: dict[int, Any]) -> list[Breakdown]:
    """A sentence that opens on a counted set with a preposition on its main verb and gives `OPENED_LIST_AT_LEAST` or
    more outcomes of it, each a bare number that is the object of one of the verbs joined to that verb ("From 52
    applications, the panel approved 30, rejected 15 and deferred four"; "In 40 audits, the office cleared 17, fined
    nine and closed 12"): a breakdown of all of the set, whose total is the opening's count."""
    opening = next((c for c in inside if roots[id(c)].dep_ == "nummod"), None)
    noun = roots[id(opening)].head if opening is not None else None
    if noun is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.i != noun.sent.start or \
            noun.head.head.pos_ != "VERB" or opening.modality != "asserted":
        return []
    verbs = {noun.head.head.i, *(v.i for v in noun.head.head.conjuncts if v.pos_ == "VERB")}
    outcomes = [c for c in inside if c is not opening and roots[id(c)].dep_ == "dobj"
                and roots[id(c)].head.i in verbs and c.modality == "asserted" and c.role in {"level", "part"}]
    if len(outcomes) < OPENED_LIST_AT_LEAST or len({roots[id(c)].head.i for c in outcomes}) < len(outcomes) or \
            not all(c.claim.value < opening.claim.value for c in outcomes):
        return []
    return [Breakdown(outcomes, opening.measure or noun.lemma_.lower(), True, total=opening)]


def _partitive_list(counts: list[Fact], inside: list[Fact], parts: list[Fact], roots: dict[int, Any]
                    ) -> list[Breakdown]:
    """A sentence (its counts `inside`, those that are clauses' subjects `parts`) that opens on some of a set told
    just before and goes on through its other groups, each as a clause's subject ("Five of the injured are in a
    serious condition, 17 were treated for fractures and 26 went home", after "injured 48 spectators"): a breakdown
    of that set's count (the last told before of what the opening's "of the ..." names, as its noun or what befell
    it)."""
    if len(parts) < OPENED_LIST_AT_LEAST or parts[0] is not inside[0]:
        return []
    set_word = _known_set_of(roots[id(parts[0])])
    if set_word is None:
        return []
    named = set_word.lemma_.lower()
    total = _last_count_of(named, counts, parts[0].sentence)
    if total is None or not all(p.claim.value < total.claim.value for p in parts):
        return []
    return [Breakdown(parts, named, True, total=total)]


def _gapped_list(counts: list[Fact], members: list[Fact], roots: dict[int, Any]) -> list[Breakdown]:
    """A sentence (its asserted level or part counts `members`) that gives some of a set told before as a part and then
    other groups of it, each with its own figure and the verb left out ("Buses accounted for 410 of those trips, trams
    for 260 and ferries for 95", "410 of the trips were by bus, 260 by tram and 95 by ferry"): a breakdown of all of
    that set, held to its count (for "these" or "those", the count the sentence before is about, or its one count; else
    the last told before of what the "of" names, as its noun or what befell it). At least `OPENED_LIST_AT_LEAST`
    groups; between two of them a comma or "and" and at most `GAP_WORDS` words, none a verb but the first group's
    own."""
    first = next(iter(members), None)
    set_word = _known_set_of(roots[id(first)]) if first is not None else None
    if set_word is None:
        return []
    listed = _gapped_members(members, roots, set_word.head.right_edge.i)  # after "of the ..."
    if len(listed) < OPENED_LIST_AT_LEAST or len(listed) < len(members):
        return []
    named = set_word.lemma_.lower()
    if any(c.dep_ == "det" and c.lower_ in REFERRING for c in set_word.children):
        before = [c for c in counts if c.sentence == first.sentence - 1 and c.modality == "asserted"]
        total = _main_count(counts, roots, first.sentence - 1) or (before[0] if len(before) == 1 else None)
    else:
        total = _last_count_of(named, counts, first.sentence)
    if total is None or not all(p.claim.value < total.claim.value for p in listed):
        return []
    return [Breakdown(listed, named, True, total=total)]


def _gapped_members(members: list[Fact], roots: dict[int, Any], end: int) -> list[Fact]:
    """The first of a sentence's `members` and those after it that follow on with their verb left out, each after the
    last (from token `end` on) with a comma or "and" and at most `GAP_WORDS` words between, none a verb but the first
    member's own, which may stand after it ("410 of the trips were by bus, 260 by tram")."""
    listed = members[:1]
    own_verb = next((t.i for t in roots[id(members[0])].ancestors if t.pos_ in {"VERB", "AUX"}), None) \
        if members else None
    for member in members[1:]:
        number = roots[id(member)]
        gap = [t for t in number.doc[end + 1:number.i] if t.i != own_verb]
        if len(gap) > GAP_WORDS or any(t.pos_ in {"VERB", "AUX"} for t in gap) or not any(
                t.lower_ in {",", "and"} for t in gap):
            break
        listed.append(member)
        end = number.i
    return listed


def _known_set_of(number: Any) -> Any:
    """The noun of a set the article takes as known that a number is some of ("Five of the injured", "410 of those
    trips"): the object of its "of", owned or definite and with no count of its own; else None."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or not _owned_or_definite(noun) or any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def _last_count_of(named: str, counts: list[Fact], sentence: int) -> Fact | None:
    """The last count before `sentence` of `named`, as its noun or what befell its things, told as it is now (not a
    value it was before: "up from 38 last winter")."""
    told = [c for c in counts if c.sentence < sentence and named in {c.measure, c.state} and c.role != "previous"]
    return told[-1] if told else None


def _token_at(doc: Document, fact: Fact) -> Any:
    """The root token of a figure's words, or None where the parse has no span for them."""
    span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _subject_of_clause(number: Any) -> bool:
    """True for a figure that is its clause's subject, alone ("41 are children") or counting its noun ("41 patients
    are children"), a member gapped onto one ("five are Danish, two Swedish"), or one the parse joined to the noun
    before it (`_subject_of_gapped_verb`)."""
    noun = number.head if number.dep_ == "nummod" else number
    return noun.dep_ in {"nsubj", "nsubjpass"} or _subject_of_gapped_verb(number) or (
        noun.dep_ == "conj" and noun.head.dep_ in {"nsubj", "nsubjpass"})


def _main_count(counts: list[Fact], roots: dict[int, Any], sentence: int) -> Fact | None:
    """The count a sentence is about: the last that is a subject or object of a verb of its main clause (not one set
    inside another phrase: "Voters returned 88,410 ballot papers, 47 percent of the 188,100 people entitled to vote":
    the ballot papers)."""
    main = []
    for count in (c for c in counts if c.sentence == sentence):
        number = roots[id(count)]
        noun = number.head if number.dep_ == "nummod" else number
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "A total of 88,410 papers were returned": the phrase the figure counts in
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and noun.head.pos_ in {"VERB", "AUX"} and (
                noun.head.dep_ in {"ROOT", "conj"}):
            main.append(count)
    return main[-1] if main else None


def _single_members(span: Any) -> tuple[str, ...]:
    """The nouns coordinated with a figure's noun that are written with "a" or "an" and no figure ("two girls and
    a boy": "a boy"), each one of the list."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    found = []
    for member in noun.conjuncts:
        article = next((c for c in member.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
        if article is not None and member.tag_ in {"NN", "NNP"} and member.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ == "nummod" for c in member.children):
            found.append(f"{article.text} {member.text}")
    return tuple(found)


def _whole_of_list(span: Any) -> tuple[str, bool, str | None] | None:
    """(lemma of the whole, complete, its restriction) for the list a figure opens (`_breakdowns`), or None."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    known = _apposed_set(noun)
    if known is not None:
        return known.lemma_.lower(), True, None if known.pos_ == "ADJ" else _restriction_of(known)
    while noun.dep_ in {"conj", "appos"} and noun.head.i != noun.i:
        noun = noun.head
    composed = _composed_of(noun)
    head = composed or noun.head
    if (noun.dep_ == "attr" and head.lemma_ == "be") or composed is not None:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and _names_a_set(c)), None)
        picked = befell_those(subject) if subject is not None else None
        if picked is not None:  # "those killed were ...": the set is what befell it
            return picked, True, picked
        return ((_of_object(subject) or subject).lemma_.lower(), True, None) if subject is not None else None
    if noun.dep_ == "dobj" and head.lemma_.lower() in CONTAINING_LEMMAS:
        # "the guests included 214 filmmakers and 130 critics": some of the guests, whatever else was included
        subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        return ((_of_object(subject) or subject).lemma_.lower(), False, None) if subject is not None else None
    if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and head.pos_ == "VERB":
        return head.lemma_.lower(), False, None
    return None


def _composed_of(noun: Any) -> Any:
    """The verb that says what its subject is made of, when a list's first noun is what it names: "comprised
    fifteen counts ...", "consisted of five boats ...", "was made up of ..."; None otherwise."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ == "comprise":
        return head
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return None
    verb = head.head.head if head.head.dep_ == "prt" else head.head  # "made up of", "up" the preposition's head
    if verb.lemma_ in {"consist", "comprise"} or (
            verb.lemma_ == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        return verb
    return None


def _names_a_set(subject: Any) -> bool:
    """True for a subject that names the set a list makes up: a noun ("the confirmed deaths"), an adjective or
    participle standing for one ("the dead", "the injured"), or "those" picked out by what befell them ("those
    killed", "those who were arrested")."""
    if subject.pos_ == "PRON":
        return befell_those(subject) is not None
    return subject.pos_ == "NOUN" or (subject.tag_ in PARTICIPLES | {"JJ"} and _owned_or_definite(subject)
                                      and not any(c.pos_ == "NOUN" for c in subject.children))


def befell_those(token: Any) -> str | None:
    """For "those" picked out by what befell them ("those killed", "those who were arrested"): that verb's lemma."""
    return _restriction_of(token) if token.lower_ == "those" else None


def _apposed_set(noun: Any) -> Any:
    """The known set a list is set beside, set off by commas on both sides ("the injured teenagers, two girls and
    a boy, were ...", "the dead, ..."): a plural noun, or an adjective standing for one, with "the", "these" or an
    owner and no figure of its own, written right before the list's comma; None otherwise. (A list with no closing
    comma, "the teachers, two parents and a pupil were hurt", names three groups.)"""
    first = noun
    while first.dep_ == "conj" and first.head.dep_ == "conj":
        first = first.head
    known = first.head
    if first.dep_ not in {"conj", "appos"} or known.i >= first.i or known.tag_ not in {"NNS", "JJ"} or any(
            c.dep_ == "nummod" for c in known.children):  # JJ: "the dead, two girls and a boy,"
        return None
    if not _owned_or_definite(known):
        return None
    doc = noun.doc
    opening, end = first.left_edge.i - 1, known.right_edge  # the closing comma may hang from the set's noun
    closed = end.text == "," or (end.i + 1 < len(doc) and doc[end.i + 1].text == ",")
    if opening != known.i + 1 or doc[opening].text != "," or not closed:
        return None
    return known


def _restriction_of(noun: Any, tags: frozenset[str] = PARTICIPLES | {"JJ"}) -> str | None:
    """The word that picks a set out by what happened to it: a participle (or adjective, of `tags`) on its noun
    ("the 12 injured people", "the injured teenagers") or its relative clause ("the three men who fled"); not a word
    that only hedges the figure ("the expected 900 guests", "an estimated 400 people": `UNSORTING`)."""
    return next((c.lemma_.lower() for c in noun.children if c.dep_ == "relcl" or (
        c.dep_ in {"acl", "amod"} and c.tag_ in tags and c.lower_ not in UNSORTING)), None)


def holders_differ(a: Fact, b: Fact) -> bool:
    """True when both facts name holders of one entity kind and none of that kind is shared (two people)."""
    for kind in {_name_kind(h) for h in a.holders} & {_name_kind(h) for h in b.holders}:
        if not _names_shared({h for h in a.holders if _name_kind(h) == kind}, b.holders):
            return True
    return False


def told_of_a_place(fact: Fact) -> bool:
    """True when a fact is told of a place: where it holds ("in Denmark"), or a holder named as a place."""
    return bool(fact.places) or any(_name_kind(h) == "PLACE" for h in fact.holders)


def holders_shared(a: Fact, b: Fact) -> bool:
    """True when the two facts share a holder (`_names_shared`)."""
    return _names_shared(a.holders, b.holders)


def _names_shared(mine: frozenset[str] | set[str], theirs: frozenset[str] | set[str]) -> bool:
    """True when a holder of one set is one of the other: the same key, or, of one kind, a name whose words all
    occur in the other's ("rossello" and "ricardo rossello nevares"). People and bodies count as one kind, since
    the recogniser often takes a person's name for an organisation's, and so do places (`_name_kind`)."""
    split = [(_name_kind(h), set(h.split(":", 1)[1].split())) for h in theirs]
    for holder in mine:
        kind, words = _name_kind(holder), set(holder.split(":", 1)[1].split())
        if any(kind == other_kind and (words <= other or other <= words) for other_kind, other in split):
            return True
    return False


def _name_kind(holder: str) -> str:
    """The kind of a holder's name, as the parse's labels mix them up: a person or a body; a place, built or not
    ("the North Gate" typed a location, "the West Gate" a country); else the label."""
    label = holder.split(":", 1)[0]
    return "PERSON" if label == "ORG" else "PLACE" if label in {"GPE", "LOC", "FAC"} else label


def _content_lemmas(tokens: Any) -> list[str]:
    return [t.lemma_.lower() for t in tokens
            if t.pos_ in CONTENT_POS and not t.like_num and not t.is_stop and t.is_alpha and len(t) > 1]


def _subject_tokens(doc: Document, claim: Claim) -> list[Any]:
    if claim.subject_span is None:
        return []
    span = doc.nlp.char_span(claim.subject_span.start, claim.subject_span.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _changed_thing(change: Any) -> Any:
    """What a change noun says changed, when it says: the noun after "in" ("a 2.9 percent rise in property tax": tax) or
    the noun before it ("a pay rise of 9 percent"); None when it is told elsewhere ("an increase of 14 percent") or the
    "in" gives a time ("a 4 percent drop in one quarter")."""
    return next((o for c in change.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and o.lemma_.lower() not in TIME_UNITS), None) or \
        next((c for c in change.children if c.dep_ == "compound" and c.pos_ == "NOUN"
              and c.lemma_.lower() not in TIME_UNITS and not _after_number(c)), None)  # "a pay rise of 9
    # percent": pay; not the figure's own unit ("the 30 cent increase", "the 18.6 percent increase", "a 12-point drop")


def _after_number(token: Any) -> bool:
    """True for a word written right after a number, or after one and a hyphen ("30 cent", "12-point")."""
    doc = token.doc
    return token.i > 0 and (doc[token.i - 1].like_num or doc[token.i - 1].text == "-" and token.i > 1
                            and doc[token.i - 2].like_num)


def _elided_noun(number: Any) -> Any:
    """For a bare number after a preposition that an earlier figure of its sentence had with its noun ("Lund ended
    on 52 points, five clear of Hove on 47"), or joined to an earlier clause that had a figure with its noun ("sold
    4,200 copies before the prize and more than 31,000 since", which the parser may join to "prize"): that noun,
    which the second leaves out; None otherwise."""
    if number.pos_ == "NUM" and number.dep_ == "conj" and (number.head.pos_ in {"VERB", "AUX"} or (
            number.head.pos_ == "NOUN" and not any(d.dep_ == "nummod" for d in number.head.children))):
        earlier = [t for t in number.sent if number.i - WINDOW * 2 <= t.i < number.i and t.pos_ == "NOUN"
                   and any(d.dep_ == "nummod" and d.like_num for d in t.children)]
        return earlier[-1] if earlier else None
    preposition = number.head
    if number.pos_ != "NUM" or number.dep_ != "pobj" or preposition.pos_ != "ADP":
        return None
    earlier = [c for t in number.sent if t.i < preposition.i and t.lower_ == preposition.lower_ for c in t.children
               if c.dep_ == "pobj" and c.pos_ == "NOUN" and any(d.dep_ == "nummod" and d.like_num for d in c.children)]
    return earlier[-1] if earlier else None


def _subject_of_gapped_verb(number: Any) -> bool:
    """True for a bare number the parser joined to the noun before it, leaving the verb right after it with no
    subject ("... 20 were teenagers and 15 were children": "15" a conjunct of "teenagers"): that verb's subject."""
    verb = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if number.pos_ != "NUM" or number.dep_ != "conj" or number.head.pos_ != "NOUN" or verb is None:
        return False
    return verb.pos_ in {"VERB", "AUX"} and verb.dep_ == "conj" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _measured_noun(span: Any, dated: bool = False) -> Any:
    """The noun the figure counts or measures: the head it modifies, the subject of the verb it completes
    ("turnout reached 64%"; for a figure other than a date, not when the verb has an object of its own:
    `_verb_with_object`), or the noun after 'of' or 'in' (first, for a bare number: "812 of the 2,030 visitors wore
    costumes" counts attendees)."""
    root = span.root
    elided = _elided_noun(root)
    if elided is not None:
        return elided
    inner = next((t for t in span if t.i > span.start and t.dep_ == "prep" and t.lower_ in {"in", "of"}), None)
    counted = _object_of(inner, frozenset({"NOUN"})) if inner is not None else None
    if counted is not None and counted.i >= span.end:
        return counted  # "one in five voters", "three out of four doctors": the noun the ratio counts
    if _subject_of_gapped_verb(root):
        return None  # "25 were adults, 20 were teenagers and 15 were children": the subject, no noun of its own
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if root.pos_ == "NUM" and root.dep_ != "nummod" and following is not None and following.lower_ == "of":
        found = _object_of(following, frozenset({"NOUN", "PROPN"}))
        if found is not None and not found.like_num:  # "Twelve of the 30": the 30's noun, told before
            return found
    if root.pos_ in {"NOUN", "PROPN"} and root.lemma_.lower() not in SHARE_WORDS:
        of = next((c for c in root.children if c.lower_ == "of"), None)  # a unit's stuff: "9.1 tonnes of glass"
        measured = _object_of(of) if of is not None else None
        if measured is not None and measured.pos_ in {"NOUN", "PROPN"}:
            return measured
    if root.pos_ == "VERB":  # a multiplier verb: "triple the maximum fine" measures its object, "loans have halved"
        obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)  # its
        if obj is None and len(span) == 1 and not any(c.dep_ == "dobj" for c in root.children):  # subject
            obj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            obj = None if obj is not None and _pointed_back(obj) else obj  # "this likelihood had doubled": told before
        return (_of_object(obj) or obj) if obj is not None else None
    for token in (root, *root.ancestors):
        if token.i >= span.end or token.i < span.start:
            if token.pos_ in {"NOUN", "PROPN"}:
                if token.lemma_.lower() in SHARE_WORDS:
                    continue
                if token.dep_ == "compound" and token.tag_ == "NN" and token.head.i == token.i + 1 and \
                        token.head.tag_ == "NNS":
                    token = token.head  # "14 member clubs" with the figure on "member": clubs, of a sort (not
                    # "a 30-bed clinic": a singular head counts no number of its own)
                counted = _of_object(token)  # "a total of 2.7 million kronor": the total, not the figure's own unit
                return counted if counted is not None and not span.start <= counted.i < span.end else token
            if token.pos_ in {"VERB", "AUX"} and span.root.head.lower_ in {"by", "to", "from"} and all(
                    t.pos_ in {"ADP", "NUM"} for t in span.root.ancestors if t.i != token.i and token in t.ancestors):
                objects = [c for c in token.children if c.dep_ == "dobj" and (c.pos_ == "NOUN" or (
                    c.pos_ == "ADJ" and any(d.dep_ == "det" for d in c.children)))]  # "raise that maximum": a noun
                if objects:  # "cut the death rate by 12 points", "raised the toll from 14 to 31": the verb's object
                    return _of_object(objects[0]) or objects[0]
            if token.pos_ in {"VERB", "AUX"}:  # "turnout reached 64%": the figure is what its subject measures
                subjects = _noun_subjects(token) or _subject_in_apposition(token) or _subject_read_as_object(token) or (
                        _subject_shared(token) if token.lemma_.lower() in ARRIVING_LEMMAS | CHANGE_LEMMAS else []) or \
                    _subject_pointed_back(token)
                if subjects and span.root.dep_ in {"dobj", "attr", "pobj", "prep", "npadvmod"}:
                    if not dated and _verb_with_object(span) is not None:
                        return None  # "the court sentenced Ruiz to 12 years": neither the court nor Ruiz
                    if span.root.dep_ == "dobj" and span.root.pos_ == "NUM" and not _sum_like(span) and \
                            token.lemma_.lower() not in ARRIVING_LEMMAS | CHANGE_LEMMAS | TOTALLING_LEMMAS:
                        return None  # "the gauges logged 1.81 million": the doers, not what they counted
                    return _of_object(subjects[0]) or subjects[0]
                break
        if token.i - root.i > WINDOW:
            break
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.lower_ in {"of", "in"}:  # "half of the votes", "$2 million in cash"
        found = _object_of(following)
        if found is not None and following.lower_ == "in" and (found.lemma_.lower() in TIME_UNITS or found.like_num
                                                                or found.ent_type_ in {"DATE", "TIME"}
                                                                or _sum_adverbial(found)):
            return None  # "$42.5 million in the same quarter of 2018", "3,620 in 2015": when, not what; "$48,000 in
            # total": how it sums
        return found if found is None or found.pos_ != "PRON" and not found.like_num else None  # "four of whom",
        # "twelve of the 30": no noun of its own
    return None


def _sum_like(span: Any) -> bool:
    """True for a figure with a currency or unit sign in its words ("$6.3 million"): an amount its subject is worth
    or took in ("Parking fees raised $6.3 million"), not things counted."""
    return any(t.pos_ == "SYM" or t.tag_ == "$" for t in span)


def _object_of(preposition: Any, pos: frozenset[str] | None = None) -> Any:
    """The first object of a preposition token (of the given parts of speech), or None."""
    return next((c for c in preposition.children if c.dep_ == "pobj" and (pos is None or c.pos_ in pos)), None)


def _share_of(span: Any) -> str | None:
    """For "40 percent of the customers", "half of the attendees": the lemma of the noun after "of"."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is None or following.lower_ != "of":
        return None
    noun = _object_of(following, frozenset({"NOUN", "PROPN"}))
    return noun.lemma_.lower() if noun is not None else None


def _doing_picked_out(share_set: Any) -> str | None:
    """For the set of a share noun (`_share_noun_set`) that a clause after it picks some of ("the share of routes
    that ran on time, 62 percent,", "the proportion of claims paid in full was 40 percent"): what those did or
    underwent, the part the share is of; a word before the set's noun ("lodged claims") picks out the whole."""
    clause = next((c for c in share_set.children if c.i > share_set.i and (
        c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"} or c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"})),
        None) if share_set is not None else None
    return _befell(clause) if clause is not None else None


def _share_noun_set(span: Any, claim: Claim) -> Any:
    """For a share told as the value of a noun that names a share of a set ("the share of routes that ran on time,
    62 percent,", "the proportion of nurses who left was 18 percent", "rose to 18 percent"): the noun after that
    noun's "of", the set it is a share of; else None."""
    head = span.root
    if claim.kind not in {"percent", "ratio"}:
        return None
    if head.dep_ == "appos" or head.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.head.children):
        noun = head.head  # set off by commas, which the parse may read as a list with no "and"
    elif head.dep_ == "attr" or head.dep_ == "pobj" and head.head.lower_ in {"to", "at"}:
        verb = head.head if head.dep_ == "attr" else head.head.head
        noun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    else:
        return None
    if noun is None or noun.lemma_.lower() not in SHARE_NOUNS:
        return None
    of = next((c for c in noun.children if c.lower_ == "of"), None)
    return _object_of(of, frozenset({"NOUN"})) if of is not None else None


def _set_after(span: Any, claim: Claim) -> str | None:
    """For a share written "N in M" or "N out of M" before its noun ("seven in ten eligible members"): that noun's
    lemma, the set it is a share of."""
    if claim.kind != "ratio" or claim.unit is not None or not RATIO_OF_A_SET.search(claim.text) or \
            span.end >= len(span.doc):
        return None
    token = span.doc[span.end]
    while token.dep_ in {"amod", "compound"} and token.head.i > token.i:
        token = token.head  # "eligible members"
    return token.lemma_.lower() if token.pos_ == "NOUN" else None


def _set_among(span: Any, claim: Claim) -> str | None:
    """For a share of the members of a set named with "among" on its clause ("uptake among nurses, at 97 percent,
    was ...", "Among women, 38% voted"): that noun's lemma, unless words pick some of them out ("among young
    voters"); a count ("Among the 40 passengers were two children") is no share, and is left alone."""
    if claim.kind not in {"percent", "ratio"}:
        return None
    verb = _clause_verb(span)
    heads = [span.root, span.root.head, *([verb] if verb is not None else [])]
    heads += [c for head in heads[2:] for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    among = next((c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    before = span.doc[max(span.sent.start, span.start - 6):span.start]
    if among is None and not any(t.like_num for t in before):  # "completion among pharmacists, at 91 percent,"
        among = next((t for t in reversed(before) if t.lower_ == "among" and t.dep_ == "prep"), None)
    noun = _object_of(among, frozenset({"NOUN"})) if among is not None else None
    if noun is None or any(c.dep_ in {"amod", "compound", "nmod", "conj"} for c in noun.children):
        return None  # "among catering and cleaning staff": some of the staff, whom no count names
    return noun.lemma_.lower()


def _share_restriction(span: Any) -> str | None:
    """For a share of a set picked out by what its members did ("60 percent of the members voting", "of the
    legislators who voted", "of the deputies present", "half of those killed"): the lemma of that participle,
    adjective or relative clause's verb, on the noun or right after it."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    noun = _object_of(following, frozenset({"NOUN", "PROPN", "PRON"})) if following is not None and \
        following.lower_ == "of" else None
    if noun is None or noun.pos_ == "PRON" and noun.lower_ != "those":
        return None  # "half of those killed": the set is what befell them
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.i != span.root.head.i and (
            after.tag_ in PARTICIPLES | {"JJ"} or after.dep_ in {"acl", "amod"}):
        return after.lemma_.lower()  # "the members voting": the parse may hang it elsewhere; not the verb the share
        # is the subject of ("40 percent of the clinics lost power", "lost" tagged as a participle)
    return _restriction_of(noun)


def _referred_back(noun: Any) -> bool:
    """True for a noun picked out as things just told of: "those members", "these patients"."""
    return noun is not None and any(c.dep_ == "det" and c.lower_ in REFERRING for c in noun.children)


def _inferred(span: Any) -> bool:
    """True when the figure's clause says it follows from what was just told: an adverb of inference on its verb
    ("fans thus made up 60 percent"), "by that count" or "by this measure", or "that"/"this" as its subject ("that
    is 55% of the seats"), on its clause or on the one its clause completes ("that means 60 percent of ..."), or a
    noun "that" points back with, which the figure is in apposition to ("That pass rate, just under three in four,") or
    which is its clause's subject ("that gravel will earn $6,000 a day");
    for a figure that is its own verb ("has thus tripled"), on that verb."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ == "appos" and _pointed_back(noun.head):
        return True  # "That pass rate, just under three in four, is ...": a figure of what was just told
    verb = span.root if span.root.pos_ == "VERB" else _clause_verb(span)
    if verb is None:
        return False
    verbs = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
    return any((c.dep_ == "advmod" and c.lemma_.lower() in INFERENCE_ADVERBS) or (
        c.dep_ == "nsubj" and (c.lower_ in {"that", "this"} or _pointed_back(c) or _after_a_pointer(c))) or (  # a
        # subject, whatever the tagger calls it, or a noun it points back with ("that gravel will earn ...")
        c.dep_ == "prep" and c.lower_ == "by" and any(
            d.lower_ in {"that", "this"} for o in c.children if o.dep_ == "pobj" for d in o.children if d.dep_ == "det"))
        for v in verbs for c in v.children)


def _after_a_pointer(noun: Any) -> bool:
    """True for a subject noun with no determiner right after a "that" or "this" the parse hung on its verb as a
    conjunction ("At that rate, that gravel will earn ...", read as "that" marking the sentence's main clause, which
    no "that" can mark): the noun it points back with."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return noun.pos_ == "NOUN" and before is not None and before.lower_ in {"that", "this"} and \
        before.dep_ == "mark" and before.head.i == noun.head.i and noun.head.dep_ == "ROOT" and \
        not any(c.dep_ == "det" for c in noun.children)  # a main clause has no "that" of a reported one


def _pointed_back(noun: Any) -> bool:
    """True for a noun "that" or "this" points back with ("that pass rate", "this figure"), not one of time ("this
    year")."""
    return noun.pos_ == "NOUN" and noun.ent_type_ not in {"DATE", "TIME"} and any(
        c.dep_ == "det" and c.lower_ in {"that", "this"} for c in noun.children)


def _of_object(noun: Any) -> Any:
    """For 'number of patients', 'share of votes': the noun after 'of'; for 'passenger numbers', the noun before."""
    if noun.lemma_.lower() in AMOUNT_NOUNS:
        for child in noun.children:
            if child.lower_ == "of" and (found := _object_of(child)) is not None:
                return found
        if noun.lemma_.lower() == "number" and noun.tag_ == "NNS":
            return next((c for c in noun.children if c.dep_ == "compound" and (
                c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.is_sent_start)), None)  # "Visitor numbers rose"
    return None


def _grown_by(span: Any) -> Any:
    """For a figure a change verb moves its subject by ("The queue grew by 68 lorries"), that subject: what changed,
    counted in the figure's noun; None for any other figure."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    by = noun.head
    if noun.dep_ != "pobj" or by.lower_ != "by" or by.head.pos_ != "VERB" or \
            by.head.lemma_.lower() not in CHANGE_LEMMAS or any(c.dep_ == "dobj" for c in by.head.children):
        return None  # "the clinic cut its error rate by 12 points": what changed is the object
    subjects = _noun_subjects(by.head) or _subject_shared(by.head)
    return (_of_object(subjects[0]) or subjects[0]) if subjects else None  # "the number of loans": loans


def _subject_pointed_back(verb: Any) -> list[Any]:
    """For a verb whose subject is "it" or "they" and opens its sentence ("The city's cash reserves stood at $412
    million. They had peaked at $530 million last September."), the first noun subject of the sentence before that
    is no teller's and no person's: what the pronoun stands for."""
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if pronoun is None or pronoun.lower_ not in {"it", "they"} or pronoun.i != verb.sent.start or verb.sent.start == 0:
        return []
    before = verb.doc[verb.sent.start - 1].sent
    return [t for t in before if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN"
            and t.head.lemma_.lower() not in REPORTING_VERBS  # not "the central bank said": who told it
            and t.lemma_.lower() not in PERSON_ROLES][:1]  # nor "the mayor": "it" is no person


def _subject_shared(verb: Any) -> list[Any]:
    """For a verb joined to the one before it with no subject of its own ("The queue stood at 38 on Monday and had
    reached 117 by Friday"), that verb's noun subject: both clauses tell of it (read for verbs of arriving and of
    change only: the subject of "killed three and injured twelve" is the agent, no measure)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return []
    return _noun_subjects(verb.head)


def _noun_subjects(verb: Any) -> list[Any]:
    """A verb's subjects that are common nouns ("the queue grew"), active or passive."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"]


def _subject_in_apposition(verb: Any) -> list[Any]:
    """For a verb whose subject is a superlative standing for a noun named beside it ("The longest, the north pier,
    runs 410 metres"): that noun, which tells the thing apart from the others of its sort; the superlative or its "of"
    phrase ("the longest of the piers") would not."""
    return [c for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ == "JJS"
            for c in s.children if c.dep_ == "appos" and c.pos_ == "NOUN"][:1]


def _subject_read_as_object(verb: Any) -> list[Any]:
    """For a verb the parse gives no subject, the noun a subordinating word before it was read as a preposition of
    ("returned to profit as ticket numbers at its sites in Austria and Hungary rose 30 percent": "as" taken for a
    preposition, "numbers" for its object): that noun is the clause's subject. Empty when the verb has a subject,
    or another verb stands between."""
    if verb.dep_ not in {"advcl", "conj", "ROOT"} or any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                                          for c in verb.children):
        return []
    marker = next((t for t in reversed(list(verb.doc[verb.sent.start:verb.i]))
                   if t.lower_ in SUBORDINATING and t.dep_ == "prep"), None)
    noun = next((c for c in marker.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if marker else None
    if noun is None or any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {";", ":", "(", ")"}
                           for t in verb.doc[noun.i + 1:verb.i]):
        return []
    return [noun]


def _verb(span: Any) -> Any:
    """The verb a figure or date hangs from, or None."""
    return next((t for t in span.root.ancestors if t.pos_ == "VERB"), None)


def _participle_on(span: Any) -> Any:
    """The participle after a bare figure that tells what it is ("the $2 billion reserved for claims", "the 40
    arrested"), or None."""
    return next((c for c in span.root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i >= span.end), None)


def _owned_or_definite(noun: Any, determiners: set[str] = DEFINITE) -> bool:
    """True for a noun with an owner ("their sentences") or one of `determiners` ("the", "these"; "all", "both"
    for a known set): a thing the sentence takes as given."""
    return any(c.dep_ == "poss" or (c.dep_ in {"det", "predet"} and c.lower_ in determiners) for c in noun.children)


def _clause_verb(span: Any) -> Any:
    """The verb or auxiliary of the clause a figure belongs to ("were" in "all four were stable"), or None."""
    return next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def _set_named_apart(noun: Any) -> bool:
    """True for a set named in a phrase of its own that picks its members out ("Of the nine people hurt, two
    were still in hospital on Monday", "Among the 40 passengers were ..."): the verb's time is its members', not
    the set's."""
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"} and (
        noun.head.dep_ == "prep" and noun.head.i < noun.head.head.i)  # fronted, on the verb or on the part


def _property(claim: Claim, span: Any) -> bool:
    """A quantity or amount written as a property of a noun ("the 64 m vessel was launched in 2001", "a nine-storey
    block", "the $2.8 billion agreement"): it holds whenever the thing does, so the date of the sentence's verb is
    not its time."""
    root = span.root
    return claim.kind in {"quantity", "money"} and root.dep_ in {"nummod", "compound", "amod", "npadvmod", "nmod"} and (
        root.head.pos_ in {"NOUN", "PROPN"} and not span.start <= root.head.i < span.end)


def _set_time(noun: Any, sentence_dates: list["SentenceDate"]) -> DateRange | None:
    """The days of a set named apart: those of its own participle ("of the nine people hurt on Sunday")."""
    mine = [d.days for d in sentence_dates
            if any(c.dep_ == "acl" and c.i == d.verb for c in noun.children)]
    return DateRange(min(d.first for d in mine), max(d.last for d in mine)) if mine else None


def _clause_nouns(span: Any) -> set[int]:
    """The tokens of a figure's own noun phrase and the subjects of the words its chain of heads passes up to its
    first verb or auxiliary: the nouns a date may own to place it ("this year's total was £11.3 million")."""
    found = {t.i for t in span} | {span.root.head.i}
    for token in (span.root, *span.root.ancestors):
        found |= {c.i for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}}
        if token.pos_ in {"VERB", "AUX"}:
            break
    return found


def _present(verb: Any, published: date | None) -> DateRange | None:
    """The article's date for a figure in the present perfect ("the floods have killed 30"), a count up to the time of
    writing, or in a present that says a state goes on to now ("5,400 people remain under evacuation orders", "200 are
    still missing", "the island currently has 52,000 households"); None otherwise (a simple present states what
    holds, not when), or when undated."""
    if verb is None or published is None:
        return None
    in_present = verb.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.tag_ in {"VBP", "VBZ"} for c in verb.children)
    if in_present and (verb.lemma_.lower() == "remain" or any(
            c.dep_ == "advmod" and c.lower_ in NOW_ADVERBS for c in verb.children)):
        return DateRange(published, published)
    if verb.tag_ != "VBN" or not any(c.lower_ in {"has", "have"} for c in verb.children if c.dep_ == "aux"):
        return None
    return DateRange(published, published)


def _state(noun: Any) -> str | None:
    """What happened to the things counted, when the parse says: a participle on the noun ("five passengers
    injured"), an object complement ("left 30 people dead"), or the verb they undergo ("killed seven passengers",
    "six miners were killed")."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and child.lemma_.lower() not in EXPECTED_LEMMAS:
            return child.lemma_.lower()  # not "the expected 1.9 million sacks": a forecast, nothing they underwent
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        return _befell(noun.head)
    return _said_of_themselves(noun)


def _befell(verb: Any) -> str:
    """The lemma of what a verb tells of its subject or object: its complement where it has one ("left 30 people
    dead": "dead"), else the verb's own."""
    complement = next((c for c in verb.children if c.dep_ in {"oprd", "acomp"}), verb)
    return complement.lemma_.lower()


def _phase(verb: Any) -> str | None:
    """For a date: "start" when its verb starts someone's time somewhere ("joined the court in 1975"), "end" when
    it ends it ("retired from the court in 2010")."""
    lemma = verb.lemma_.lower() if verb is not None else None
    return "start" if lemma in START_LEMMAS else "end" if lemma in END_LEMMAS else None


def _setting(span: Any, verb: Any, dated: bool = False) -> frozenset[str]:
    """The nouns of the place-like phrases on a figure and on its verb, and its verb's object ("served 34 years on
    the court": {"court"}; "served the board for 34 years": {"board"}; "taught for 40 years at schools and
    colleges": {"school", "college"}), not times; for a date, also where its verb goes to or from ("retired from
    the court in 2010")."""
    prepositions = SETTING_PREPOSITIONS | (ENDPOINT_PREPOSITIONS if dated else set())
    phrases = [c for head in (span.root, verb) if head is not None for c in head.children
               if c.dep_ == "prep" and c.lower_ in prepositions]
    objects = [o for p in phrases for o in p.children if o.dep_ == "pobj" and not span.start <= o.i < span.end]
    objects += [o for o in (verb.children if verb is not None else ())
                if o.dep_ == "dobj" and span.root not in o.subtree]  # not the figure's own ("accounted for half")
    nouns = [n for o in objects for n in (o, *o.conjuncts)]
    return frozenset(n.lemma_.lower() for n in nouns if n.pos_ in {"NOUN", "PROPN"}
                     and n.ent_type_ not in {"DATE", "TIME"} and n.lemma_.lower() not in TIME_UNITS)


def _places(span: Any, verb: Any) -> frozenset[str]:
    """The nouns of the phrases saying where a figure holds, on it (or the figure of a list it follows), on its verb
    or on what it is of ("in Nevada", "at the plant", "percent of the jobs across the region"): its `setting`
    without the verb's object or a purpose ("approved the programme", "for the proposal"), nor times."""
    figures = [span.root] + ([span.root.head] if span.root.dep_ in {"appos", "conj"} and span.root.head.pos_ == "NOUN"
                             else [])  # "18 percent of the jobs across the region, 12 percent of ...": a list
    of = [o for figure in figures for c in figure.children if c.dep_ == "prep" and c.lower_ == "of"
          for o in c.children if o.dep_ == "pobj"]  # "18 percent of the jobs across the region": where they are
    phrases = [c for head in (*figures, verb, *of) if head is not None for c in head.children
               if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS]
    nouns = [n for p in phrases for o in p.children if o.dep_ == "pobj" and not span.start <= o.i < span.end
             for n in (o, *o.conjuncts) if not _no_place(n)]
    return frozenset(n.lower_ if n.pos_ == "PROPN" or n.ent_type_ else n.lemma_.lower() for n in nouns  # "Leeds"
                     if n.pos_ in {"NOUN", "PROPN"} and n.ent_type_ not in {"DATE", "TIME"}
                     and n.lemma_.lower() not in TIME_UNITS and not _sum_adverbial(n))


def _no_place(noun: Any) -> bool:
    """True for the noun of a phrase on a place preposition that names no place: an amount ("sold at 18 dollars
    each") or, bare after "on", a state ("on offer", "on strike", "on hold")."""
    if noun.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"} or any(c.dep_ == "nummod" for c in noun.children):
        return True
    return noun.head.lower_ == "on" and noun.pos_ == "NOUN" and noun.tag_ == "NN" and not any(
        c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children)


def _sum_adverbial(noun: Any) -> bool:
    """True for the noun of "in total" or "in aggregate" (no determiner): how a figure sums, no place or thing."""
    return noun.lemma_.lower() in SUM_NOUNS and noun.head.lower_ == "in" and \
        not any(c.dep_ in {"det", "poss", "amod"} for c in noun.children)


def _direction(span: Any, change_noun: Any) -> str | None:
    """Which way a change went, "up" or "down", by the change noun it measures, the words it hangs from and their
    particles, the two words before it or the comparative after it; None where they say none or both."""
    doc = span.doc
    heads = [span.root.head, *list(span.root.head.ancestors)[:1]]
    words = [*heads, *(c for h in heads for c in h.children if c.dep_ == "prt"),  # "went up by", "the catch down by"
             *doc[max(span.sent.start, span.start - 2):span.start]]
    words += [change_noun] if change_noun is not None else []
    words += [doc[span.end]] if span.end < span.sent.end and doc[span.end].tag_ in {"JJR", "RBR"} else []
    lemmas = {w.lemma_.lower() for w in words}
    up, down = bool(lemmas & UP_WORDS), bool(lemmas & DOWN_WORDS)
    return "up" if up and not down else "down" if down and not up else None


def _event(verb: Any) -> str | None:
    """The lemma of the verb a figure hangs from; for a value told "compared with" another ("101 were killed,
    compared with 137 last year"), the verb of the clause it is compared with: the two are one event's values."""
    if verb is None:
        return None
    if verb.lemma_.lower() == "compare" and verb.dep_ in {"advcl", "prep"} and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head.lemma_.lower()
    return verb.lemma_.lower()


def _compared_with(span: Any) -> frozenset[str]:
    """For a figure written as a difference ("40 metres taller than the old one", "12,000 more votes than his
    rival", "a 15-vote margin over Berg") or a multiple of another ("twice as likely to race as those over 50"),
    the content lemmas of what it is told against ({"old"}, {"rival"}, {"berg"}); figures in that phrase are left
    out, they are values of their own ("85% more than the 53,000 of last year")."""
    doc = span.doc
    difference = _difference_noun(span)
    if difference is not None:  # "a 15-vote margin over Berg", "a lead of 12 points over Vos"
        over = [c for t in {span.root, *list(span.root.ancestors)[:3], difference} for c in t.children
                if c.lower_ == "over" and c.dep_ == "prep"]
        return frozenset(t.lemma_.lower() for o in over for c in o.children if c.dep_ == "pobj" for t in c.subtree
                         if t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.like_num)
    ahead = _ahead(span) or _beaten(span)
    if ahead:  # "ahead of Berg", "behind Ruiz", "defeating Brandt by 4,210 votes"
        return frozenset(t.lemma_.lower() for o in ahead for t in o.subtree
                         if t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.like_num)
    equal = _as_much_as(span)
    if equal:  # "twice as likely to race as those over 50": a ratio between two groups
        return equal
    if span.end >= span.sent.end or doc[span.end].tag_ not in {"JJR", "RBR"}:
        return frozenset()
    than = next((t for t in doc[span.end:span.sent.end] if t.lower_ == "than"), None)
    if than is None or than.head.i not in {span.end, *(t.i for t in span.root.ancestors)}:
        return frozenset()
    objects = [c for c in than.children if c.dep_ == "pobj"] + [
        g for c in than.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    elsewhere = {t.i for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ != "of"
                 for t in c.subtree}  # "than Okafor in the run-off": Okafor, not the run-off
    return frozenset(t.lemma_.lower() for o in objects for t in o.subtree
                     if t.i not in elsewhere and t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.like_num)


def _sum_of(doc: Document, span: Any) -> int | None:
    """How many things a figure is said to be the sum of: the count on its clause's subject when the clause says
    it adds them ("the two terms add up to 96 months", "together the three firms employ 900", "both teams
    combined scored 45"); None otherwise."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    near = [t for c in verb.children for t in (c, *c.children)]
    if verb.lemma_.lower() not in SUM_VERBS and not any(t.lower_ in SUM_WORDS for t in near):
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    if subject is None or (subject.left_edge.i <= span.start and span.end <= subject.right_edge.i + 1):
        return None  # "three" of "together the three firms employ 900": how many are added, not their sum
    if any(c.lower_ == "both" for c in subject.children):
        return 2
    number = next((c for c in subject.children if c.dep_ == "nummod" and c.like_num), None)
    counted = next((c for c in doc.claims or [] if number is not None and c.start == number.idx and c.kind == "count"
                    and c.value is not None), None)
    return int(counted.value) if counted is not None and float(counted.value).is_integer() else None


def _definite(claim: Claim, span: Any) -> dict[str, Any]:
    """For a count of a set the article takes as known ("the eight men were charged", "all four deaths", "their 13
    children", "40 of the 96 people on board", "all four are stable"): definite, with the verb of a participle or
    relative clause that picks the set out ("the 12 injured people", "the three men who fled") as its restriction, and
    whether the set has an owner ("their 13 children", "all 40 of its vans"). A count picked out by order or as the
    rest ("the first three", "the other two", "the 12 new cases") or as what something needs ("the 33 seats needed for a
    majority") is no known set, nor is one after a "that" opening a clause ("said that 1,450 nurses had left")."""
    number = span.root
    noun = number.head
    if claim.kind == "count" and number.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
            c.dep_ in {"det", "predet"} and c.lower_ in KNOWN_SET for c in number.children) and not any(
            c.dep_ == "amod" and c.lemma_.lower() in SELECTING for c in number.children):
        owned = any(_has_owner(noun) for of in number.children if of.dep_ == "prep" and of.lower_ == "of"
                    for noun in of.children if noun.dep_ == "pobj")  # "all 40 of its vans"
        return {"definite": True, "restriction": None, "owned": owned}  # "all four are stable": a set just named
    if claim.kind != "count" or number.dep_ != "nummod" or noun.pos_ not in {"NOUN", "PROPN"}:
        return {}
    before = number.doc[span.start - 1] if span.start > 0 else None
    if not (_owned_or_definite(noun, KNOWN_SET) or (before is not None and before.lower_ in KNOWN_SET
                                                     and before.pos_ != "SCONJ" and before.tag_ != "IN")):
        return {}
    if any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lemma_.lower() in SELECTING) for c in noun.children):
        return {}
    restriction = _restriction_of(noun, PARTICIPLES) or next(
        (c.lower_ for c in noun.children if c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_.endswith("ed")
         and c.i < noun.i and c.lower_ not in UNSORTING), None) or _ing_word_after(noun)  # "the four eliminated
    # parties": a participle the tagger took for an adjective; "the 64 beds opening now": one it took for a noun
    if restriction in REQUIRING_LEMMAS:
        return {}
    return {"definite": True, "restriction": restriction, "owned": _has_owner(noun)}


def _has_owner(noun: Any) -> bool:
    """True for a noun with an owner ("their 13 children", "the club's 40 members"); a time written as one ("this
    year's 90 stalls", "Monday's 12 arrests") says when, not whose."""
    return any(c.dep_ == "poss" and c.lemma_.lower() not in TIME_UNITS and c.ent_type_ not in {"DATE", "TIME"}
               for c in noun.children)


def _ing_word_after(noun: Any) -> str | None:
    """The lemma of an "-ing" word right after a noun that the parse makes the noun's head or modifier but not a
    participle ("the 64 beds opening now", read as a noun compound or with "opening" a noun): what picks the set out."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or not after.lower_.endswith("ing") or after.tag_ not in {"VBG", "NN"}:
        return None
    joined = (noun.dep_ == "compound" and noun.head.i == after.i) or (after.dep_ == "acl" and after.head.i == noun.i)
    return after.lemma_.lower() if joined else None


def _statistic(span: Any) -> str | None:
    """The statistic a figure is ("a median of 16 weeks", "an average wait of 16 weeks", "sold for an average of
    $300,000", "the average wait was 16 weeks", "a top speed of 18 mph"), from the nouns it hangs from up to its verb,
    its verb's subject ("Average yields reached 3.1 tonnes") or "on average" on its verb; the most of many (`MAXIMA`)
    only of the figure itself, not of a noun it describes ("the top floors of the twelve-storey building")."""
    described = False  # passed a noun the figure describes
    for token in [span.root, *span.root.ancestors][:4]:
        if token.pos_ in {"VERB", "AUX"}:
            nouns = [c for c in token.children if c.dep_ == "nsubj"]
        else:
            nouns = [token]
        for noun in nouns:
            kinds = STATISTICS - MAXIMA if described else STATISTICS
            found = noun.lemma_.lower() if noun.lemma_.lower() in kinds else next(
                (c.lemma_.lower() for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in kinds), None)
            if found:
                return found
        if token.pos_ in {"VERB", "AUX"}:
            return "average" if any(c.dep_ == "prep" and c.lower_ == "on" and any(
                p.lemma_.lower() == "average" for p in c.children) for c in token.children) \
                else None  # "On average, each pupil read 7 books"
        described = described or (token.i != span.root.i and token.pos_ in {"NOUN", "PROPN"})
    return None


def _record_span(claim: Claim, span: Any) -> str | None:
    """"record" for a length of time a superlative is told over ("the largest swing at any by-election for more than
    twenty years", "the worst floods in a decade", "the first time in 40 years"): how long since the like, no length
    of anything the article tells; the superlative stands before it in its sentence with no verb between, or with only
    the clause that says what it is the most of ("the worst drought the valley had seen in 60 years")."""
    if claim.kind != "quantity" or claim.unit not in {"days", "weeks", "months", "years", "decades"}:
        return None
    doc = span.doc
    preposition = next((t for t in reversed(doc[span.sent.start:span.start])
                        if t.lower_ in {"in", "for", "over", "since"}), None)
    if preposition is None or any(t.like_num or t.pos_ in {"NOUN", "PROPN"} for t in doc[preposition.i + 1:span.start]):
        return None  # "in more than twenty years": only a qualifier between
    for token in reversed(doc[span.sent.start:preposition.i]):
        if token.pos_ in {"VERB", "AUX"}:
            return "record" if preposition.head.i == token.i and _clause_of_a_superlative(token) else None
        if _superlative(token):
            return "record"
    return None


def _superlative(token: Any) -> bool:
    return token.tag_ in {"JJS", "RBS"} or token.lower_ == "first"


def _clause_of_a_superlative(verb: Any) -> bool:
    """True for a restrictive relative clause on a superlative or on a noun it modifies ("the coldest the lake has
    been", "the worst drought that the valley had seen"); not one set off by a comma or opened by "which" or "who"
    ("the largest dairy, which has grown ..."): that tells something else of the noun."""
    head = verb.head
    if verb.dep_ != "relcl" or not (_superlative(head) or any(c.dep_ == "amod" and _superlative(c)
                                                               for c in head.children)):
        return False
    between = head.doc[head.i + 1:verb.i]
    return not any(t.text == "," or t.lower_ in {"which", "who", "whom", "whose"} for t in between)


def _verb_with_object(span: Any) -> str | None:
    """The lemma of the verb a figure completes through a preposition when the verb has an object of its own
    ("sentenced Ruiz to 12 years": "sentence"; "sold the plant for $40 million"): the figure tells what the verb did
    to that object, so it is of that doing, not a measure of the verb's subject. None otherwise."""
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    verb = root.head.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in verb.children):
        return None
    return verb.lemma_.lower()


def _bare_state(span: Any) -> str | None:
    """For a number with no noun, the subject or object of a verb ("at least 20 were killed"), the verb; the
    participle that tells what it is ("the 40 arrested were released"), that one."""
    root = span.root
    participle = _participle_on(span)
    if participle is not None:
        return participle.lemma_.lower()
    if root.dep_ in {"nsubjpass", "dobj"} and root.head.pos_ == "VERB":
        return root.head.lemma_.lower()
    return _said_of_themselves(root)


def _said_of_themselves(subject: Any) -> str | None:
    """For the subject of a reporting verb whose clause tells of them by a pronoun ("212 said they had been
    overcharged", "most members told us they would strike"), what that clause says befell or was done by them: the
    counted answered for themselves. None when the clause is of something else ("212 said the fares were too high")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb is subject or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"they", "we"}
                                          for c in clause.children):
            return _befell(clause)
    return None


class SentenceDate:
    """A date of a sentence as the facts stage places figures with it: its days, the verb it hangs from, the
    clauses it heads ("2015, when eight died"), whether it is written as a bound ("since 2015"), the noun its phrase
    is on ("the reading ... on Monday"), and the comparison it stands in, if any ("than in the 2016 vote")."""

    def __init__(self, days: DateRange, span: Any) -> None:
        self.days = days
        self.span = span
        verb = _verb(span)
        self.verb = verb.i if verb is not None else None
        self.clauses = {t.i for c in span.root.children if c.dep_ in {"relcl", "advcl", "acl"} for t in c.subtree}
        self.clauses |= _when_clause(span)
        self.bound = span.start > 0 and span.doc[span.start - 1].lower_ in BOUND_WORDS
        self.in_bound_clause = _in_bound_clause(verb)
        self.as_of = self.bound and span.doc[span.start - 1].lower_ == "by"  # "by Friday": what had come to be then
        root = span.root  # a date owning a noun ("this year's total") dates that noun, not its verb
        self.owner = root.head.i if root.dep_ == "poss" and root.head.pos_ in {"NOUN", "PROPN"} else None
        # the noun a date's phrase is on ("the reading of 3.4 metres on Monday"): that noun's day and its figures'
        preposition = root.head if root.dep_ == "pobj" else None
        self.noun = preposition.head.i if preposition is not None and preposition.dep_ == "prep" and \
            preposition.head.pos_ in {"NOUN", "PROPN"} else None
        # a date on the noun of a phrase the clause is told in spite of ("sales grew despite the ban in March on
        # street stalls"): it places that noun's event, not the clause's
        self.conceded = self.noun is not None and _conceded(span.doc[self.noun])
        base = next((t for t in root.ancestors if compared_with(t)), None)  # "a larger share than in the 2016
        self.compared = {t.i for t in base.subtree} if base is not None else set()  # vote": that vote's date only


def _in_bound_clause(verb: Any) -> bool:
    """True for a verb of a clause that bounds another ("the highest since the board was set up in 2011", "until the
    county first logged rents in 1998"): a date on it places that clause's own figures, no other's."""
    while verb is not None:
        if any(c.dep_ == "mark" and c.lower_ in BOUND_WORDS for c in verb.children):
            return True
        verb = verb.head if verb.dep_ in {"xcomp", "conj"} and verb.head is not verb else None
    return False


def _arrived_at(span: Any) -> bool:
    """True for a figure a move arrives at, the object of "to" on a verb ("had fallen to 47,000") or of a verb of
    arriving ("had reached 130 by Friday"): a level that held from then on."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "VERB" or \
        root.dep_ == "dobj" and root.head.lemma_.lower() in ARRIVING_LEMMAS


def _conceded(noun: Any) -> bool:
    """True for a noun that is the object of a concessive preposition ("despite the opening", "notwithstanding the
    ban"): what it names happened apart from what its clause tells."""
    return noun.dep_ == "pobj" and noun.head.lower_ in CONCESSIVE_PREPOSITIONS


def _range_from(days: DateRange | None, span: Any, sentence_dates: list[SentenceDate]) -> DateRange | None:
    """A date's days, or, for the first end of a range written with "to", "through" or "until" ("the
    April-to-June quarter", "June to August"), the whole range: its event is dated by both ends together."""
    doc, k = span.doc, span.end
    k += k < len(doc) and doc[k].text in RANGE_DASHES
    if days is None or k >= len(doc) or doc[k].lower_ not in RANGE_WORDS:
        return days
    k += 1
    k += k < len(doc) and doc[k].text in RANGE_DASHES
    end = next((d.days for d in sentence_dates if d.span.start == k), None)
    return DateRange(days.first, end.last) if end is not None and end.last > days.last else days


def compared_with(token: Any) -> bool:
    """True for the word that sets apart what a figure is compared with: "than" ("a larger share than in the 2016
    vote"), and, with a time but no figure after it, the "as" of a likeness ("the same share as in 2019", "as high as
    in 2019"), "compared with" or "compared to" and "on", "from", "against" or "over" under a change written "up" or
    "down" or a verb of change ("up 6.2 percent on a year earlier", "climbed 8 percent from a year earlier"): a date
    under it dates the value compared with, not the event ("down from 540p on Thursday" dates the 540p, as
    `_dates_of_earlier_values` reads)."""
    if token.lower_ == "than":
        return True
    if token.lower_ == "as" and token.dep_ == "prep" and (token.head.lower_ == "same" or any(
            c.lower_ in {"same", "as"} and c.dep_ in {"amod", "advmod"} for c in token.head.children)):
        return not _holds_figure(token)  # "the same share as in 2019", "as high as in 2021": the other time's
    if token.lemma_.lower() == "compare" and token.dep_ in {"prep", "advcl", "acl"}:
        return not _holds_figure(token)
    if token.pos_ != "ADP" or token.lower_ not in CHANGE_BASES:
        return False
    if token.head.pos_ == "VERB" and token.head.lemma_.lower() in CHANGE_LEMMAS:  # "climbed 8 percent from a year
        return not _holds_figure(token)  # earlier to 412 million": the year-earlier date is the start's
    return token.head.pos_ == "ADV" and token.head.lower_ in {"up", "down"} and \
        not any(_holds_figure(c) for c in token.head.children if c.dep_ == "prep")


def _holds_figure(token: Any) -> bool:
    """True when a phrase holds a figure other than a date ("from 540p", "with 1.2 million euros")."""
    return any(t.like_num or any(c.isdigit() for c in t.text) for t in token.subtree
               if t.ent_type_ not in {"DATE", "TIME"})


def _when_clause(date: Any) -> set[int]:
    """The tokens of a "when" clause written right after a date ("since 2011, when a quake killed 23"), wherever the
    parse hangs it: the clause tells what happened at that date."""
    doc, k = date.doc, date.end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc) or doc[k].lower_ != "when" or doc[k].head.pos_ not in {"VERB", "AUX"} or doc[k].head.i < k:
        return set()
    return {t.i for t in doc[k].head.subtree if t.i >= k}


def _time_of(verb: Any, sentence_dates: list[SentenceDate], span: Any, as_of: bool = False) -> DateRange | None:
    """The days a figure's event is placed at: the dates its verb hangs from or whose clause holds it ("since 2015, when
    eight died"), else those on a noun of its own phrase ("the gauge's reading of 3.4 metres on Monday"), else the
    sentence's only date unless that is a bound ("the deadliest since 2015") or of a clause that is one ("the highest
    since the board was set up in 2011") or hangs from a clause under the figure's own ("came despite ..., with bills
    rising in the second half") or stands in a comparison the figure is outside ("a larger share than in the 2016
    vote"), or else the only date of several not told in a comparison ("Two years ago the crew found leaking in 12 of
    30 pipes, fewer than this year"). A date owning a noun ("this year's total")
    places only figures of a clause that noun is the subject of, or the noun's own figures ("The same sale last year
    raised £27.3 million, so this year's total was £11.3 million": £27.3 million is of last year alone). A figure whose
    verb the parse does not find takes the sentence's dates when they all lie within `ONE_TIME_DAYS` of each other (one
    time told two ways: "A year ago, in May 2021,"). A date on the noun of a phrase the clause is told in spite of
    ("rose despite the ban in March") places no figure of the clause. With `as_of` (a level a move arrived at), a date
    after "by" on its verb places it too: where the move had come to by then ("By Friday night the tally had climbed to
    2,450")."""
    near = _clause_nouns(span) if any(d.owner is not None for d in sentence_dates) else set()
    placing = [d for d in sentence_dates if not d.compared or span.root.i in d.compared | d.clauses]  # "than in the
    # spring count on May 7, when 6,410 ballots came in": the clause a compared date heads tells of that day
    mine = [d.days for d in placing
            if verb is not None and ((d.verb == verb.i and (not d.bound or as_of and d.as_of) and not d.conceded)
                                     or verb.i in d.clauses)
            and (d.owner is None or d.owner in near)]
    if not mine:  # a date on the figure's own noun phrase ("the reading of 3.4 metres on Monday")
        phrase = {t.i for t in itertools.takewhile(lambda t: t.pos_ not in {"VERB", "AUX"},
                                                   [span.root, *span.root.ancestors])}
        mine = [d.days for d in placing if d.noun in phrase and not d.bound]
    clause = None if mine else verb or next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if clause is not None:  # a date on the subject of the figure's verb ("Turnover in 2018 had been $50 million")
        subjects = {c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}}
        mine = [d.days for d in placing if d.noun in subjects and not d.bound]
    told_apart = [d for d in sentence_dates if not d.compared]  # "fewer than this year": another time
    candidates = sentence_dates if len(sentence_dates) == 1 else told_apart
    only = candidates[0] if len(candidates) == 1 and placing else None
    # the clause's verb, or its auxiliary ("That is a rate of 6 percent, down from 9 percent in an audit run in 2021":
    # the audit's time, below the figure's "is")
    if not mine and only is not None and not (only.bound or only.conceded or only.in_bound_clause) and \
            not _below_another(only, clause, span):
        mine = [only.days]
    if not mine and verb is None and len(placing) > 1 and not any(d.bound for d in placing) and \
            (max(d.days.last for d in placing) - min(d.days.first for d in placing)).days <= ONE_TIME_DAYS:
        mine = [d.days for d in placing]  # "A year ago, in May 2021, the average flat cost £185,300": one time
    return DateRange(min(d.first for d in mine), max(d.last for d in mine)) if mine else None


def _below_another(date: SentenceDate, verb: Any, span: Any) -> bool:
    """True when a date hangs from a verb in a clause under the figure's own ("The 18.6 percent increase came
    despite ..., with bills rising in the second half of the year"): it places that clause, not the figure. A date
    of a past restrictive relative clause on the subject of the figure's past verb places both ("A lorry that
    overturned on the same bend in May 2016 killed nine": the lorry's overturning is the killing). A clause on a noun
    of the figure's own phrase, or on the subject of a verb of it, places the figure ("the record, set in 2017, was
    9,300"); one on another noun the phrase names places that noun alone ("all 52 depots, including the four that
    opened in 2021")."""
    if date.verb is None or verb is None or date.verb == verb.i:
        return False
    hung = span.doc[date.verb]
    if hung.dep_ == "relcl" and hung.head.dep_ in {"nsubj", "nsubjpass"} and hung.head.head.i == verb.i and \
            verb.tag_ == "VBD" and hung.tag_ == "VBD" and span.doc[hung.left_edge.i - 1].text != ",":
        return False  # "A lorry that overturned on the same bend in May 2016 killed nine": the subject's event (not
    # a clause set off by a comma, which tells of the subject: "The 61-year-old, who trained in 2009, said ...")
    if verb not in hung.ancestors or span.root in hung.subtree or hung.dep_ in {"xcomp", "conj"} or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in hung.children):
        return False  # "said 79.6 percent ... started treatment in December", "took 17 days to settle last year"
    phrase = set()  # "the record of 39.8 °C, set in August 2019": the figure's own phrase, below its verb
    for token in span.root.ancestors:
        if token.i == verb.i:
            break
        phrase.add(token.i)
    noun = hung.head  # a clause on another noun the phrase names ("all 52 depots, including the four that opened in
    # 2021"), not on the figure, a noun of its phrase or the subject of a verb of it ("the record, set in 2017, was
    # 9,300"): that noun's time alone
    if noun.i != span.root.i and noun.i not in phrase and not (noun.dep_ in {"nsubj", "nsubjpass"}
                                                               and noun.head.i in phrase):
        return True
    return not any(t.i in phrase for t in hung.ancestors)


def _holders(span: Any, measure_noun: Any, canonical: dict[str, str], entities: Entities,
             dated: bool = False) -> list[str]:
    """Entities of the figure's own noun phrase and of the subject (or a passive's doer) of the verb it hangs from (for
    a verb joined to an earlier one without a subject of its own, that one's); for a figure other than a date that
    completes a verb with an object of its own, of that object ("the court sentenced Ruiz to 12 years": Ruiz's term).
    A figure set beside a person's name in apposition is that person's alone ("Berg's sister, Ana Berg, 51,")."""
    tokens = set(measure_noun.subtree) if measure_noun is not None else set(span)
    if measure_noun is not None and measure_noun.dep_ == "appos":  # "Ana Ruiz, a fifth-year student": Ruiz's
        tokens.add(measure_noun.head)
    named = _names_among(span, set(measure_noun.subtree), canonical, entities) if measure_noun is not None and \
        measure_noun.dep_ == "appos" else []
    if any(name.startswith("PERSON:") for name in named):
        return named  # "Berg's sister, Ana Berg, 51, said": Ana's age, not that of the brother her noun names
    verb = _first_conjunct(_clause_verb(span))
    whose = {"dobj"} if not dated and _verb_with_object(span) is not None else {"nsubj", "nsubjpass", "agent"}
    found = _names_among(span, tokens | _of_verb(verb, whose), canonical, entities)
    if not found and whose == {"dobj"}:  # "Lunde won the ladies' event in 2:29:50": no name in the event, the winner's
        found = _names_among(span, tokens | _of_verb(verb, {"nsubj", "nsubjpass", "agent"}), canonical, entities)
    return found


def _first_conjunct(verb: Any) -> Any:
    """For a verb joined to an earlier one without a subject of its own, that one ("SkyNord carried 44.1 million
    passengers and made a profit of €530 million": "carried"); else the verb itself."""
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head
    return verb


def _of_verb(verb: Any, deps: set[str]) -> set[Any]:
    """The tokens of a verb's children of the given relations ("agent": the doer of a passive, "the women's race was
    won by Tigist Alemu in 2:26:12"), without the relative clauses on them, which tell of others ("Dunmore Council,
    which shares a depot with Linford Council, set out spending of ...": Dunmore's)."""
    found = {t for child in (verb.children if verb is not None else ()) if child.dep_ in deps for t in child.subtree}
    clauses = {t for token in found if token.dep_ == "relcl" for t in token.subtree}
    return found - clauses


def _names_among(span: Any, tokens: set[Any], canonical: dict[str, str], entities: Entities) -> list[str]:
    """The holders named among some tokens of a figure's sentence, as keys; a surname the entity recogniser missed
    ("Lopez won 14 medals") is still the person named before."""
    found = [f"{e.label_}:{canonical.get(_key(e.text), _key(e.text))}"
             for e in map(_trimmed, entities.within(span.sent))
             if e is not None and e.label_ in HOLDER_LABELS and any(t in tokens for t in e)]
    return found + [f"PERSON:{canonical[t.lower_]}" for t in tokens
                    if t.pos_ == "PROPN" and not t.ent_type_ and t.lower_ in canonical]


def _row_holders(doc: Document, facts: list[Fact], entities: Entities) -> None:
    """A table's row written as a short paragraph that opens with whose it is ("2. Athletic Calder: played 9, won 6,
    drawn 3, lost 0"): its figures, at least `ROW_MIN_FIGURES`, are that name's, whatever the parse makes of the
    list, and each is a cell the table states, no change, previous value or forecast ("lost 6", "goals against
    30" are tallies). The label must be a name: a named entity, or two or more capitalised words ("Update: ..."
    opens no row)."""
    for paragraph in doc.paragraphs:
        label = ROW_LABEL.match(doc.text, paragraph.start, paragraph.end)
        if label is None or paragraph.end - paragraph.start > ROW_MAX_CHARS:
            continue  # most paragraphs: no facts read for them
        inside = [f for f in facts if paragraph.start <= f.claim.start < paragraph.end
                  and f.claim.kind not in {"date", "period"}]
        if len(inside) < ROW_MIN_FIGURES:
            continue
        words = [w for w in label.group("label").split() if w.lower() not in {"of", "the", "and", "&", "de"}]
        named = doc.nlp.char_span(label.start("label"), label.end("label"), alignment_mode="expand")
        recognised = named is not None and any(e.label_ in HOLDER_LABELS for e in entities.within(named))
        if all(w[:1].isupper() for w in words) and (len(words) >= 2 or recognised):
            for fact in inside:
                fact.holders = frozenset({f"ORG:{_key(label.group('label'))}"})
                fact.role = "level" if fact.role in {"change", "previous"} else fact.role
                fact.modality = "asserted" if fact.modality == "expected" else fact.modality


def _named_tallies(doc: Document, facts: list[Fact], names: "_Names") -> None:
    """A count written right after a name as that name's ("Lindqvist 11,530 votes, Osei 7,214 and Brannigan 2,846",
    "19,205 votes to Holmqvist's 14,115", "Ruiz on 41 and Hale on 38") is held by that name alone, whatever the
    verb's subject: each side of a list of tallies is its own contender's. A name written bare before a count says
    so only in a sentence where two or more counts are told so (a list); a possessive says so of one count too."""
    named: dict[int, list[tuple[Fact, str, bool]]] = {}
    for fact in facts:
        if fact.claim.kind != "count" or fact.claim.sentence is None:
            continue
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        if span is None or not len(span) or span.start == 0:
            continue
        name = span.doc[span.start - 1]
        owned = name.lower_ in {"'s", "’s"}
        if name.lower_ in {"on", "with"} or owned:
            name = span.doc[name.i - 1] if name.i > span.sent.start else name
        if name.pos_ != "PROPN" or name.i < span.sent.start or name.ent_type_ not in TALLY_NAME_LABELS | {""}:
            continue
        key = names.key(name)
        label = "PERSON" if key in names.person_keys else name.ent_type_ or "ORG"
        named.setdefault(fact.claim.sentence, []).append((fact, f"{label}:{key}", owned))
    for told in named.values():
        for fact, holder, owned in told:
            if owned or len(told) >= 2:
                fact.holders = frozenset({holder})


def _trimmed(entity: Any) -> Any:
    """An entity without the figure or dash the recogniser sometimes runs into it ("Labour Party - 203"), or None
    when nothing else is left."""
    from spacy.tokens import Span as SpacySpan

    doc, end = entity.doc, entity.end
    while end > entity.start and (doc[end - 1].like_num or doc[end - 1].is_punct):
        end -= 1
    if end == entity.end:
        return entity
    return SpacySpan(doc, entity.start, end, label=entity.label_) if end > entity.start else None


def _key(text: str) -> str:
    """A name as compared: lower case, without a possessive, "the" or diacritics ("Erdoğan" is "erdogan")."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’s", "").replace("'s", "").strip())
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i").strip()
    return text[4:] if text.startswith("the ") else text


def _canonical_names(doc: Document) -> dict[str, str]:
    """Each surname (last word of a person's name) to the full name first written in the article."""
    names: dict[str, str] = {}
    for entity in doc.nlp.ents:
        full = _key(entity.text)
        if entity.label_ == "PERSON" and len(full.split()) > 1:  # words, not tokens: "al-Harbi" is a surname
            names.setdefault(full.split()[-1], full)
    return names


def _role(claim: Claim, span: Any, sized_change: bool = False) -> str:
    """The figure's role; `sized_change` when it sizes a change noun written right after it (`_sized_change_noun`)."""
    if claim.kind in {"date", "period"}:
        return "level"
    doc = span.doc
    words_before = [t for t in _words_before(claim, span) if not _acted_on_particle(t)]
    before = [t.lemma_.lower() for t in words_before]
    after = [t.lower_ for t in doc[span.end:min(span.sent.end, span.end + 3)]]
    compared = set(before) & PREVIOUS_BEFORE
    if "from" in compared and not any(t.lower_ == "from" and _moved_from(t) for t in words_before):
        compared -= {"from"}  # "sold wheat from 300 farms", "took in 500 dogs from 14 shelters": sources
    if before[-1:] == ["against"] and after[:1] == ["of"]:
        compared -= {"against"}  # "convictions against three-quarters of the defendants": a set acted on
    noun = span.root.head  # the noun a figure modifies, the object of "from" (a figure that is that object itself
    # is read by the words right before it)
    moved_from = noun if span.root.dep_ == "nummod" else span.root  # "from last season's 80 million dollars"
    if not compared and span.root.dep_ in {"nummod", "pobj"} and moved_from.dep_ == "pobj" and \
            moved_from.head.lower_ in CHANGE_BASES and moved_from.head.head.lemma_.lower() in CHANGE_LEMMAS and \
            not any(t.like_num or t.lower_ == "to" for t in doc[moved_from.head.i + 1:span.start]) and \
            not _source_of_a_sum(moved_from.head):
        compared = {"from"}  # "grew 4 percent from last season's $210 million", "a gain of 700 on the previous
        # season's 5,100": what the change is measured from, the preposition further back
    if compared == {"from"} and _source_of_another_count(span):
        compared = set()  # "12 points from seven matches": what the points came from, no earlier value of them
    if compared or set(after) & PREVIOUS_AFTER or _told_as_earlier(span) or _than_object(span) or _surpassed(span) \
            or _beside_a_known_value(span):
        return "previous"
    if _is_label(span):
        return "label"
    if claim.kind == "percent" and claim.unit == "pp" and not _of_error_margin(span):
        return "change"  # percentage points are a difference of two percentages, never a level
    told_that = max((t.i for t in doc[span.sent.start:span.start] if t.dep_ == "mark" and t.lower_ == "that"),
                    default=-1)  # "added that about 40 percent of ...": a verb before the "that" tells, moves nothing
    heads = [t.lemma_.lower() if t.i > told_that else "" for t in [span.root.head, *span.root.head.ancestors][:2]]
    comparative = span.end < span.sent.end and doc[span.end].tag_ in {"JJR", "RBR"} and not (
        doc[span.end].dep_ == "amod" and doc[span.end].head.i == span.root.head.i
        and doc[span.end].lemma_.lower() not in EXTRA_WORDS)  # "114% greater", "85% more", "three more votes"; not
    # an adjective of the counted noun ("two smaller parties", "five older buildings")
    comparative = comparative or _comparative_after_noun(span)
    if before[-2:] == ["up", "to"]:  # "up to 30 years": a most, not a rise
        before = before[:-2]
    elif before[-1:] == ["to"] and _phrase_head(span).lower_ == "to":  # "rose to 40 (people)": where it rose to
        before = []
    if _reached_after_by(span):  # "cut by €2 million to €41 million", parsed as one phrase under "by": where it went
        return "level"
    if _of_a_difference(span) or _ahead(span) or _of_a_change(span, claim) or _won_by(span) or \
            sized_change:  # "a 15-vote margin", "the 38 percent cut",
        return "change"  # "12 points behind", "a reduction of 4.3 days", "beat Spain by two goals": a difference
    if claim.kind == "count" and _listed_outcome(span.root):
        return "level"  # "won nine, drawn four and lost five": what each verb's list member came to
    if claim.kind == "money" and _sum_raised(span):
        return "level"  # "raised $2.4 million from 9,300 backers": money collected, no rise
    counted_subject = span.root.dep_ == "nummod" and span.root.head.dep_ in {"nsubj", "nsubjpass"}
    moved = heads[0] in CHANGE_HEADS and span.root.dep_ != "nsubj"  # not "142 millimetres fell": what came down
    if set(before[-2:]) & CHANGE_LEMMAS or moved or comparative or len(heads) > 1 and (
            span.root.dep_ == "nummod" and not counted_subject or heads[0] == "by") and heads[1] in CHANGE_LEMMAS:
        return "change"  # "raise it by 25 years", "cut 300 jobs"; not "48 patients dropped out": who did it
    if claim.kind == "count" and (_in_breakdown(span.root) or _is_partitive(span) or _in_enumeration(span)
                                  or _is_remainder(span)):
        return "part"
    if claim.kind in {"money", "quantity"} and _is_partitive(span) and _told_as_a_part(span):
        return "part"  # "ticket sales accounted for €4.5 billion of revenue"
    if claim.unit and "/" in claim.unit or claim.kind == "quantity" and before[-1:] == ["every"]:
        return "rate"  # "80 km/h"; "trains run every 15 minutes": how often, not how long
    if claim.kind == "percent":
        return "share"
    return "level"


def _acted_on_particle(token: Any) -> bool:
    """True for the particle of a phrasal verb that acts on a thing ("was voted down by 52 votes", "turned down the
    bid", "set up 40 clinics"): no change of a quantity, as "went down by 4 percent" is."""
    verb = token.head
    return token.dep_ == "prt" and verb.lemma_.lower() not in CHANGE_LEMMAS and any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children)


def _listed_outcome(number: Any) -> bool:
    """True for a bare number that is the object of a verb listed with other verbs, none of change, each with a bare
    number as its object ("won nine, drawn four and lost five"): a tally of outcomes, not a loss of five."""
    verb = number.head
    if number.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    listed = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    listed += [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    return bool(listed) and all(v.lemma_.lower() not in CHANGE_LEMMAS and any(
        c.dep_ == "dobj" and c.pos_ == "NUM" for c in v.children) for v in listed)


def _reached_after_by(span: Any) -> bool:
    """True for a figure written "to" right after a change written "by" ("cut by €2 million to €41 million", "rose by
    12 percent to 4,300"): the level reached, whatever phrase the parse makes of the two."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "to":
        return False
    for token in reversed(doc[max(span.sent.start, span.start - 7):span.start - 1]):
        if token.lower_ == "by":
            return True
        if not (token.like_num or token.pos_ == "SYM" or token.lower_ in NUMBER_WORDS_AFTER):
            return False
    return False


def _known_value(span: Any) -> Any:
    """The noun phrase head of a figure told as a known value, with "the", "this" or an owner ("the €31 million
    paid in 2019", "last year's 4,100"); None for one told with none, a bound or a new value ("120 millimetres")."""
    noun = span.root.head if span.root.dep_ == "nummod" and span.root.head.i >= span.end else span.root
    known = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    return noun if known else None


def _surpassed(span: Any) -> bool:
    """True for a figure told as a known value that a verb of surpassing takes as its object ("the fee beats the €31
    million paid in 2019", "sales topped last year's 4,100"): the value compared with, not the one told; not a
    bound ("rainfall exceeded 120 millimetres") nor a figure something else is said to beat ("by two goals")."""
    noun = _known_value(span)
    return noun is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in SURPASSING_VERBS


def _beside_a_known_value(span: Any) -> bool:
    """True for a figure told as a known value that another stands above or below ("up from 610 in 2022 and above
    the 750 who came in 2019", "below its 4.5 percent forecast"): the value compared with; not a bound, which has no
    determiner ("above 750 anglers")."""
    noun = _known_value(span)
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in {"above", "below"}


def _than_object(span: Any) -> bool:
    """True when a figure lies in the noun phrase a comparison is told against ("higher than last year's payroll of
    $12 million"): the value compared with, not the one told."""
    for token in span.root.ancestors:
        if token.pos_ == "ADP" and token.lower_ == "than":
            return True
        if token.pos_ not in {"NOUN", "PROPN", "NUM"} and not (token.pos_ == "ADP" and token.lower_ == "of"):
            return False
    return False


def _of_a_change(span: Any, claim: Claim) -> bool:
    """True when a figure is what a change noun's "of" gives, alone or counting its noun ("a reduction of 4.3 days",
    "an increase of 1,380", "a net reduction of 640 staff", "a loss of 900 copies a day"), not a loss or gain of
    money, which news tells as a level ("a net loss of $5 million")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and _changed_by(of).lemma_.lower() in _change_of_nouns(claim)


def _changed_by(of: Any) -> Any:
    """The noun an "of" gives the size of: its head, or the change noun whose "in" phrase the parse hangs it from
    ("the increase in passengers of 320,000": the increase, not the passengers)."""
    noun = of.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "NOUN" and \
            noun.head.head.lemma_.lower() in CHANGE_NOUNS:
        return noun.head.head
    return noun


def _sized_change_noun(span: Any, claim: Claim) -> Any:
    """The change noun a figure is written right before as its size, in a noun phrase a determiner or an owner opens
    ("the 38 percent cut in bus fares", "its 9 percent rise", for a count its "point" between: "a 15-point
    drop"), which the parse may read as a verb or hang elsewhere; None otherwise (or where the word has an object or a
    particle of its own: a verb after all)."""
    doc, sent, i = span.doc, span.sent, span.end
    if claim.kind == "count":
        i += i < sent.end and doc[i].text == "-"
        i += i < sent.end and doc[i].lemma_.lower() == "point"
    if i >= sent.end or span.start == sent.start or doc[i].lower_ not in CHANGE_NOUNS or any(
            c.dep_ in {"dobj", "prt"} for c in doc[i].children):
        return None
    return doc[i] if doc[span.start - 1].lower_ in {"a", "an"} or _opened_as_given(span) else None


def _opened_as_given(span: Any) -> bool:
    """True for a figure right after a determiner of a thing the sentence takes as given or an owner ("the 38 percent
    cut", "its 9 percent rise", "the union's 4 percent rise")."""
    opener = span.doc[span.start - 1] if span.start > span.sent.start else None
    return opener is not None and (opener.lower_ in DEFINITE or opener.tag_ in {"PRP$", "POS"})


def _points_changed(noun: Any) -> Any:
    """For the points a change noun's "of" gives ("a fall of three points in turnout"), that change noun; else None."""
    if noun is None or noun.lemma_.lower() != "point" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    return noun.head.head if noun.head.head.lemma_.lower() in CHANGE_NOUNS else None


def _in_points(claim: Claim, span: Any, change_noun: Any) -> bool:
    """True for a count of points that sizes a change noun ("a 12-point drop", "a fall of three points"): a change
    told in points is a difference of two percentages (or of an index's levels, which no percentages fit)."""
    if claim.kind != "count":
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return noun.lemma_.lower() == "point" and (noun.head.i == change_noun.i or noun.head.lower_ == "of"
                                                 and noun.head.head.i == change_noun.i)


def _told_change_of(span: Any, claim: Claim) -> bool:
    """True for a figure that a definite change noun's "of" gives ("The increase of 1.06 million passengers was the
    largest", "the net gain of 152 horses"; a gain of money, "the gain of $5 million", is a level): a change named as
    one already told."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    changed = _changed_by(of)
    return changed.lemma_.lower() in _change_of_nouns(claim) and _owned_or_definite(changed)


def _change_of_nouns(claim: Claim) -> set[str]:
    """The nouns whose "of" gives a change of the claim's kind: a loss or gain of things counted or measured is one
    ("the loss of 900 copies a day"), of money a level (`CHANGE_OF_NOUNS`)."""
    return COUNTED_CHANGE_OF_NOUNS if claim.kind in {"count", "quantity"} else CHANGE_OF_NOUNS


def _of_a_difference(span: Any) -> bool:
    """True when a figure measures a noun of difference (`DIFFERENCE_NOUNS`): "a 15-vote margin", "a margin of 15
    votes", "a lead of 12 points", "a gap of $2 billion", "her margin over Berg was 15 votes"."""
    return _difference_noun(span) is not None


def _difference_noun(span: Any) -> Any:
    """The noun of difference a figure measures (`_of_a_difference`): through its own noun phrase, or as what a
    copula says that noun is ("the margin was 18 votes"); None when there is none."""
    token = span.root
    for _ in range(3):
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            return subject if subject is not None and subject.lemma_.lower() in DIFFERENCE_NOUNS and \
                _not_of_error(subject) else None
        if token.dep_ not in {"nummod", "compound", "amod", "pobj", "prep", "npadvmod"} or token.head is token:
            return None
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in DIFFERENCE_NOUNS:
            return token if _not_of_error(token) else None
        if token.lower_ == "of" and token.head.lemma_.lower() == "majority" and span.root.dep_ == "pobj" and \
                span.root.pos_ == "NUM":
            return token.head  # "a majority of 17,472": the votes between two sides; not "a majority of voters"
        if token.pos_ not in {"NOUN", "ADP", "NUM"} or token.pos_ == "ADP" and token.lower_ != "of":
            return None
    return None


def _not_of_error(noun: Any) -> bool:
    """False for "a margin of error" (of 3 points): no difference of two values."""
    return not any(c.lower_ == "of" and any(o.lemma_.lower() == "error" for o in c.children) for c in noun.children)


def _of_error_margin(span: Any) -> bool:
    """True for a figure of a margin of error ("a margin of error of 3.5 percentage points"): how far a poll may be
    off, no difference of two values."""
    return any(t.lemma_.lower() == "margin" and not _not_of_error(t) for t in span.root.ancestors)


def _as_much_as(span: Any) -> frozenset[str]:
    """For a multiple written "N times as ... as" another ("twice as common in the gardens as in the parks"), the
    content lemmas of what it is told against; none for a time ("three times as large as a year before": a change
    since then) or for no second "as"."""
    doc = span.doc
    if span.end + 1 >= span.sent.end or doc[span.end].lower_ != "as" or doc[span.end + 1].pos_ not in {"ADJ", "ADV"}:
        return frozenset()
    second = next((t for t in doc[span.end + 2:span.sent.end] if t.lower_ == "as" and t.dep_ == "prep"), None)
    told = [t for c in second.children if c.dep_ in {"pobj", "pcomp", "prep"} for t in c.subtree] if second else []
    if not told or any(t.lemma_.lower() in TOLD_FROM_ANOTHER | {"last", "before"} or t.ent_type_ in {"DATE", "TIME"}
                       and (t.pos_ == "PROPN" or t.lemma_.lower() in CALENDAR_NOUNS or FOUR_DIGITS.fullmatch(t.text))
                       for t in told):  # not "those over 50", which the recogniser may take for a date
        return frozenset()
    return frozenset(t.lemma_.lower() for t in told if t.pos_ in {"NOUN", "PROPN", "ADJ", "ADV", "PRON", "DET"}
                     and not t.like_num)  # "as those over 50": those


def _ahead(span: Any) -> list[Any]:
    """Who a figure is told to be ahead of or behind, by an "ahead of" or "behind" right after its noun phrase
    ("finished 38 votes ahead of Berg", "two seconds behind Ruiz") or of a figure ("$70 million ahead of the $2.0
    billion forecast"): the difference from another's value; [] when there is none, or it names no one or no
    figure ("finished 47 seconds behind", "30 years behind bars"); what a figure falls short of ("40 pints short of
    its goal") is always a value it is told against."""
    noun = span.root.head if span.root.dep_ == "nummod" and span.root.head.i >= span.end else span.root
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == SHORT:  # "fell 130 homes short of its target": short of a value
        return [o for c in after.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    if after is None or after.lower_ not in AHEAD_WORDS:
        return []
    return [o for t in (after, *(c for c in after.children if c.lower_ == "of")) for o in t.children
            if o.dep_ == "pobj" and (o.pos_ in {"PROPN", "NUM"}
                                     or any(c.like_num and c.dep_ in {"nummod", "compound"} for c in o.children))]


def _beaten(span: Any) -> list[Any]:
    """Whom a figure after "by" on a verb of beating is the margin over (`BEATING_VERBS`: "defeating Brandt by 4,210
    votes", "beat Spain by two goals"): the verb's object, when it is a name; [] for any other figure ("won the seat
    by 312 votes" names a prize, "beat the record of 1.1 million by 150,000" a value, not whom it beat)."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    by = noun.head if noun.dep_ == "pobj" else None
    if by is None or by.lower_ != "by" or by.head.lemma_.lower() not in BEATING_VERBS:
        return []
    return [c for c in by.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]


def _won_by(span: Any) -> bool:
    """True for a figure after "by" on a verb of winning ("won the seat by 540 votes", "lost by two goals") or of
    beating someone named (`_beaten`: "beat Spain by two goals"): the margin, a difference; not a side of a tally ("by
    46 votes to 35"), nor what a value was beaten by ("beat the old record by 90,000")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    by = noun.head if noun.dep_ == "pobj" else None
    if by is None or by.lower_ != "by" or by.head.lemma_.lower() not in WINNING_VERBS:
        return _beaten(span) != []
    after = span.doc[noun.i + 1:noun.i + 3]
    return not (len(after) == 2 and after[0].lower_ in {"to", "-", "–"} and after[1].like_num)


def _phrase_head(span: Any) -> Any:
    """The word a figure's phrase hangs from: its own head, or for a number before its noun ("22 people") the
    noun's head."""
    root = span.root
    return root.head.head if root.dep_ == "nummod" and root.head.i >= span.end else root.head


def _moved_from(word: Any) -> bool:
    """True when a "from" gives the value something moved from: it hangs on a change word or on a verb with a
    change's "by" or particle, one stands just before it ("slipped 3 percent from 7,200"), or the sentence tells the
    value reached with "to" beside it ("fares went from 12 euros to 15 euros", "shrank to 40 million from 55
    million"); not the source of things ("hired 60 nurses from 12 agencies", "sold wheat from 300 farms")."""
    doc, sent = word.doc, word.sent
    if _source_of_a_sum(word):
        return False
    heads = [word.head, word.head.head] if any(c.like_num for c in word.head.children) else [word.head]  # "slipped 3
    # percent from 7,200": the change the amount hangs on; not "applications from 12 districts rose": a source
    near = doc[max(sent.start, word.i - MOVED_FROM_REACH):word.i]
    if any(t.lemma_.lower() in CHANGE_HEADS | UP_WORDS | DOWN_WORDS for t in (*heads, *near)) or any(
            c.lower_ == "by" or c.dep_ == "prt" and c.lower_ in UP_WORDS | DOWN_WORDS for c in word.head.children):
        return True  # "cut the budget by 4 percent, from 900,000 pounds", "had climbed up by 30 cents, from 2.10"
    window = doc[max(sent.start, word.i - MOVED_FROM_REACH * 2):min(sent.end, word.i + MOVED_FROM_REACH * 2)]
    return any(t.lower_ == "to" and t.i + 1 < sent.end and (doc[t.i + 1].like_num or doc[t.i + 1].is_currency
               or t.i + 2 < sent.end and doc[t.i + 2].like_num) for t in window)


def _source_of_a_sum(word: Any) -> bool:
    """True for a "from" whose count of things follows a verb whose object is a figure of other things ("raised $2.4
    million from 9,300 backers", "took 300 tonnes from 1,200 homes"): where the sum came from, whatever the verb, not
    a value the object moved from ("cut its staff from 900 workers": no figure as the object; "grows 4.1 percent
    from $210 million": a percentage as the object is the change's own size)."""
    counted = next((c for c in word.children if c.dep_ == "pobj"), None)
    moved = next((c for c in word.head.children if c.dep_ == "dobj"), None)
    return counted is not None and moved is not None and counted.pos_ == "NOUN" and _has_figure(counted) and \
        _has_figure(moved) and counted.lemma_ != moved.lemma_ and moved.lemma_.lower() not in SHARE_WORDS


def _sum_raised(span: Any) -> bool:
    """True for an amount that is the object of "raise" ("the studio raised $2.4 million", "raised 2.4 million euros in
    a month"): money collected; a rise is told with "by" or of another object ("raised the fee by $2")."""
    word = span.root.head if span.root.dep_ == "nummod" else span.root
    return word.dep_ == "dobj" and word.head.lemma_.lower() == "raise"


def _has_figure(token: Any) -> bool:
    """True for a number or a noun a number counts or sizes ("9,300 backers", "$2.4 million", "300 tonnes")."""
    return token.like_num or any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _counts_a_source(span: Any) -> bool:
    """True for a figure after a "from" that tells where things came from, not a value moved from (`_moved_from`):
    "hired 60 nurses from 12 agencies", "parcels sent from the 12 rural depots"."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and not _moved_from(noun.head)


def _source_of_another_count(span: Any) -> bool:
    """True for a figure counting a noun of its own after "from" on another noun counted by a figure ("12 points
    from seven matches", "40 tonnes from 12 boats"): two things, one the other's source, not one thing's earlier
    value ("rose to 12 points from seven points", "up from seven")."""
    noun = span.root.head if span.root.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return False
    owner = noun.head.head
    return owner.pos_ == "NOUN" and owner.lemma_ != noun.lemma_ and any(
        c.dep_ == "nummod" and c.like_num for c in owner.children)


def _words_before(claim: Claim, span: Any) -> list[Any]:
    """Up to three tokens before a figure (or before "an average of" and the like) that may say its role, leaving
    out another figure, a conjunction (of words or of a clause: "added that") or a punctuation mark and what precedes
    it ("from fourteen to 31": only "to" is 31's), the figure's own qualifier ("more than 80 percent") and a particle
    of a verb that is no change ("made up a third"), unless "by" follows it ("went up by a third")."""
    doc = span.doc
    opening = sentence_start(doc, span.start)
    tokens = list(doc[max(opening, span.start - 3):span.start])
    if len(tokens) >= 2 and tokens[-1].lower_ == "of" and tokens[-2].lemma_.lower() in STATISTICS | {"total"}:
        tokens = list(doc[max(opening, span.start - 6):span.start])  # "from an average of 4,200": what says its role
        # stands before the statistic's phrase
    last_number = max((k for k, t in enumerate(tokens) if t.like_num), default=-1)
    tokens = tokens[last_number + 1:]
    joint = max((k for k, t in enumerate(tokens) if t.dep_ in {"cc", "mark"} or t.is_punct), default=-1)
    tokens = tokens[joint + 1:]  # "54,312 votes against and 46,908": "against" is the first figure's; "the head
    # teacher added that 40 percent ...": the verb before a clause's "that" is another clause's
    if claim.qualifier:  # as written ("fewer than", "no more than"), which the claim keeps normalised
        before = doc[opening:span.start]  # the sentence so far: the Doc's whole text is rebuilt on each read
        _qualifier, written_at = qualifier_before(before.text_with_ws, claim.start - before.start_char)
        tokens = [t for t in tokens if t.idx < before.start_char + written_at]
    return [t for t in tokens if not (t.dep_ == "prt" and t.head.lemma_.lower() not in CHANGE_LEMMAS
                                      and t.nbor(1).lower_ != "by")]  # "went up by 9 percent" is a change


def _is_label(span: Any) -> bool:
    """True for a number written after the singular noun it belongs to: it names a class, a step of a scale or
    one of a series ("a category 4 storm", "magnitude 6.3", "Flight 302"), it does not count the noun; so does a
    number in digits that "a" or "an" stands right before, with no noun of its own ("marks of a 9 or better",
    "scored an 8"), a figure on a noun that names one point of a scale (`SCALE_POINTS`: "the 15-mile mark") and one
    bounding a class it names ("were 70 or older": `CLASS_EDGES`). Otherwise a number written with a thousands
    separator counts something ("and the No side 1,187,552"): labels are never written so."""
    number, head = span.root, span.root.head
    if number.dep_ in {"nummod", "amod", "compound"} and head.lemma_.lower() in SCALE_POINTS:
        return True  # "the 15-mile mark", "the 500,000 mark": one point of many on a scale
    after = [t.lower_ for t in span.doc[span.end:span.end + 2]]  # the tokens, not the Doc's text rebuilt each read
    if len(after) == 2 and after[0] in {"or", "and"} and after[1] in CLASS_EDGES:
        return True  # "were 70 or older", "aged 18 and over": the bound of a class, no count
    if re.search(r"\d,\d{3}", number.text):
        return False
    article = span.doc[span.start - 1] if span.start > 0 else None
    return number.dep_ == "nummod" and head.i == span.start - 1 and head.tag_ in {"NN", "NNP"} or (
        article is not None and article.lower_ in {"a", "an"} and article.head.i == number.i
        and number.text[:1].isdigit())


def _told_as_earlier(span: Any) -> bool:
    """True when the clause a figure belongs to is set before the story's events by an adverb on its verb or on
    the verb reporting it ("Earlier this year, he ran 46.92 seconds", "the toll had previously stood at 20",
    "officials initially reported that four people had died")."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    verbs = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]  # "initially reported that four had died"
    modifiers = [c for v in verbs for c in v.children if c.dep_ in {"advmod", "npadvmod"}]  # "earlier this year"
    return any(t.dep_ == "advmod" and t.lower_ in EARLIER_ADVERBS and not _opens_clause(t)
               for m in modifiers for t in (m, *m.children)) or _set_at_earlier_occasion(span, verb)


def _opens_clause(word: Any) -> bool:
    """True for an adverb that opens the clause of the verb it hangs on, as a conjunction does ("once about 400 of
    the boats have been inspected": when), not one inside it ("the shed once held 400 boats": formerly)."""
    verb = word.head
    return verb.dep_ in {"advcl", "ccomp"} and word.i == verb.left_edge.i


def _set_at_earlier_occasion(span: Any, verb: Any) -> bool:
    """True when a phrase on a figure's verb or noun names the occasion as an earlier one ("At the previous
    election it won nine seats", "In the outgoing council the party had nine seats"); not a period up to now ("in the
    last two years"), nor a phrase after the figure that another figure stands before ("rose to 512, up from 387 at the
    previous count"); one set before the clause holds for all its figures ("At the previous regatta, 41 of the 260
    crews came from abroad")."""
    doc = span.doc
    holders = [verb, *([span.root.head] if span.root.head.pos_ == "NOUN" else [])]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
        noun = _object_of(prep, frozenset({"NOUN"}))
        between = doc[span.end:prep.i] if prep.i > span.start else []
        if noun is None or noun.lemma_.lower() in TIME_UNITS or any(t.like_num for t in between):
            continue
        if any(c.dep_ in {"amod", "det"} and c.lower_ in EARLIER_OCCASION for c in noun.children):
            return True
    occasion = verb.head if verb.dep_ == "relcl" else None  # "the last regatta, when 41 of the 260 crews came"
    return occasion is not None and occasion.pos_ == "NOUN" and occasion.lemma_.lower() not in TIME_UNITS and any(
        c.dep_ in {"amod", "det"} and c.lower_ in EARLIER_OCCASION for c in occasion.children)


def _per_of(claim: Claim, span: Any, measure_noun: Any) -> dict[str, Any]:
    """What a claim is given per (`_per`); a ratio whose unit names no number is already per one of it ("one for every
    480 students" is 1/480 "per student"; "9.5 per 1,000" keeps its base), so its base is one."""
    per = _per(span, measure_noun, claim.per, priced=claim.kind == "money")
    per_one = claim.kind == "ratio" and claim.unit is not None and not any(ch.isdigit() for ch in claim.unit)
    return {**per, "per_base": 1.0} if per_one and per else per


def _per(span: Any, measure_noun: Any, written_per: str | None = None, priced: bool = False) -> dict[str, Any]:
    """What a figure is given per, from a "per" phrase inside it or right after it ("$512.40 per tonne",
    "12.4 deaths per 100,000 people", "$260 of output per person"): the unit's lemma, how many of it, and the
    noun counted (the noun before "per") and what befell the unit's things, if the unit is picked out so ("for each
    miner killed"); failing the parse, the unit the claims stage read after it (`written_per`). Periods of time
    ("per year") make a frequency, not a unit: skipped."""
    doc, sent = span.doc, span.sent
    each = doc[span.start - 2] if span.start - 2 >= sent.start else None
    if each is not None and each.lower_ == "each" and doc[span.start - 1].lower_ in EACH_OF and \
            measure_noun is not None and measure_noun.i < each.i and measure_noun.lemma_.lower() not in TIME_UNITS:
        return {"per_unit": measure_noun.lemma_.lower(), "per_base": 1.0, "rate_of": None,  # "issued 900 fines,
                "per_befell": None}  # each of €40": per fine
    for token in doc[span.start:min(sent.end, span.end + PER_REACH)]:
        if token.i >= span.end and (token.like_num or token.pos_ in {"VERB", "AUX"} or token.text in {";", ","}):
            break  # another figure or clause: a later "per" is not this figure's
        if token.lower_ not in PER_WORDS and not _per_article(token, span) and not (
                token.lower_ == "every" and doc[token.i - 1].lower_ == "for"):  # "2,350 rupees for every pupil"
            continue
        unit = _object_of(token, frozenset({"NOUN", "PROPN"} | ({"ADJ"} if token.lower_ == "per" else set()))) or (
            doc[token.i + 1] if token.i + 1 < sent.end and doc[token.i + 1].pos_ == "NOUN" else None) or (
            token.head if token.dep_ == "det" and token.head.pos_ == "NOUN" and token.i < token.head.i <= token.i + 3
            else None) or (  # "for each Kestrin share": the noun "each" picks out
            _each_of(token)) or (  # "for each of the inn's rooms": the noun after "of"
            _each_owner(span, measure_noun) if token.lower_ in {"each", "apiece"} else None)
        if unit is None or unit.lemma_.lower() in TIME_UNITS:
            continue
        base = None if token.lower_ in {"each", "apiece"} else next(  # "40 boats carried 30 tonnes each": per 1
            (c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        nouns = [t for t in doc[span.start:token.i] if t.pos_ == "NOUN"]
        counted = nouns[-1] if nouns else measure_noun
        return {"per_unit": unit.lemma_.lower(), "per_base": _number(base.text) if base is not None else 1.0,
                "rate_of": counted.lemma_.lower() if counted is not None and counted is not unit else None,
                "per_befell": _restriction_of(unit, PARTICIPLES) or _participle_after(unit)}
    unit = _per_of_subject(span)
    if unit is not None:  # "the price per seat was $310": the subject's unit
        base = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None)
        return {"per_unit": unit.lemma_.lower(), "per_base": _number(base.text) if base is not None else 1.0,
                "rate_of": unit.head.head.lemma_.lower()}
    if _told_as_a_sum(span):
        return {}  # "Each of the 40 staff got a $3,000 bonus, a total of $120,000": the sum, per no one
    unit = _each_on_the_verb(span)
    if unit is not None:  # "2.5 guests stayed in each cabin": per cabin
        return {"per_unit": unit.lemma_.lower(), "per_base": 1.0,
                "rate_of": measure_noun.lemma_.lower() if measure_noun is not None else None}
    one = _one_priced(span) if priced else None
    if one is not None:  # "a 50-gram jar, priced at €6": per jar
        return {"per_unit": one.lemma_.lower(), "per_base": 1.0, "rate_of": None}
    each = _each_subject(span)
    if each is not None and each.lemma_.lower() not in TIME_UNITS:
        counted = measure_noun if measure_noun is not None and measure_noun.i != each.i else None
        return {"per_unit": each.lemma_.lower(), "per_base": 1.0,
                "rate_of": counted.lemma_.lower() if counted is not None else None}
    if written_per is not None and written_per not in TIME_UNITS:  # "21 euros a kilogram" with "a kilogram" parsed
        # as the verb's object: the unit the claims stage read after the figure
        nouns = [t for t in span if t.pos_ == "NOUN"]
        counted = nouns[-1] if nouns else measure_noun
        return {"per_unit": written_per, "per_base": 1.0,
                "rate_of": counted.lemma_.lower() if counted is not None else None}
    return {}


def _told_as_a_sum(span: Any) -> bool:
    """True for a figure told as a sum: the object of "of" after a sum noun ("a total of $120,000") or followed by
    "in total" or "in all"; a distributive subject of its clause does not make it a rate."""
    doc = span.doc
    before = doc[span.start - 2:span.start] if span.start >= 2 else []
    if len(before) == 2 and before[1].lower_ == "of" and before[0].lemma_.lower() in SUM_NOUNS:
        return True
    after = doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].lower_ == "in" and after[1].lower_ in SUM_NOUNS | {"all"}


def _each_on_the_verb(span: Any) -> Any:
    """The noun of a phrase on the figure's verb (or on a verb describing its noun) that picks out each one of its
    kind ("2.5 guests stayed in each cabin", "arrested 12 people in each raid"), not a unit of time; None
    otherwise ("19 pupils earned top marks in every subject": all of them, no rate)."""
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    verbs = [c for c in counted.children if c.dep_ in {"acl", "relcl"}]  # "2.5 guests stayed in ...": the noun's
    verbs += [v for v in (_clause_verb(span),) if v is not None]
    for prep in (c for verb in verbs for c in verb.children if c.dep_ == "prep" and not span.start <= c.i < span.end):
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if noun is not None and noun.lemma_.lower() not in TIME_UNITS and any(
                d.dep_ == "det" and d.lower_ == "each" for d in noun.children):
            return noun
    return None


def _participle_after(noun: Any) -> str | None:
    """The lemma of a participle right after a noun ("each miner killed"), which the parse may hang from the
    clause's verb rather than the noun (or read as a verb whose subject stands before the noun); None for anything
    else, and for a verb the noun is the subject of ("each person paid")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < noun.sent.end else None
    if after is None or after.pos_ != "VERB" or after.tag_ not in {"VBN", "VBD"} or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i >= noun.i for c in after.children):
        return None
    return after.lemma_.lower()


def _per_time(span: Any, verb: Any) -> str | None:
    """The unit of time a figure is given per, from a phrase after it or on its verb: "per", "a", "each" or
    "every" and the unit ("12 arrivals a week", "more than eight people died each day", "3 per hour"), or "on a
    typical day"."""
    doc, sent = span.doc, span.sent
    units = [t for t in doc[span.end:min(sent.end, span.end + PER_REACH)] if t.lemma_.lower() in TIME_UNITS]
    units += [c for c in (verb.children if verb is not None else ()) if c.dep_ in {"npadvmod", "pobj", "advmod"}
              and c.lemma_.lower() in TIME_UNITS]
    for unit in units:
        marker = doc[unit.i - 1] if unit.i > 0 else None
        following = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
        if following is not None and following.lower_ in TOLD_FROM_ANOTHER:
            continue  # "9,860 a year earlier": a time told back, not a frequency
        if marker is not None and marker.lower_ in {"a", "an"} and unit.i > 1 and doc[unit.i - 2].lower_ == "of":
            continue  # "four hundredths of a second": a part of the unit, no frequency
        if marker is not None and marker.lower_ in PER_WORDS | DISTRIBUTIVE | {"a", "an"} and (
                unit.head.i == marker.i or marker.head.i == unit.i):
            return unit.lemma_.lower()
        if marker is not None and marker.lower_ in TYPICAL and unit.i > 2 and doc[unit.i - 2].lower_ in {"a", "an"} \
                and doc[unit.i - 3].lower_ == "on":
            return unit.lemma_.lower()  # "some 1,900 visitors on a typical day": per day
    return None


def _each_of(each: Any) -> Any:
    """The noun an "each" after a figure picks out through "of" ("for each of the inn's rooms"), or None."""
    if each.lower_ != "each":
        return None
    return next((_object_of(c, frozenset({"NOUN"})) for c in each.children if c.dep_ == "prep" and c.lower_ == "of"),
                None)


def _each_owner(span: Any, measure_noun: Any) -> Any:
    """What "each" after a figure distributes over: the noun measured ("$40 each": per ticket; "the boats carried
    30 tonnes each": per boat), or for a count of that noun ("carrying 15 people each") the noun its verb belongs
    to ("dinghies carrying ...") or the verb's subject, as for the stuff of a unit ("30 tonnes of gravel each"); a
    price put on the verb by a preposition is per the verb's object ("sold 2,400 tickets at $85 each"); None
    when neither is a noun. A figure that measures no noun ("bags weighing five kilograms each") is given per
    the noun of its verb in the same way."""
    if measure_noun is not None:
        stuff = measure_noun.head.lower_ == "of" and span.start <= measure_noun.head.head.i < span.end
        if not stuff and (measure_noun.i != span.root.head.i or span.root.dep_ != "nummod"):
            return measure_noun
    verb = _clause_verb(span)
    if verb is None:
        return None
    if span.root.head.dep_ == "prep" and span.root.head.head.i == verb.i:  # "sold 2,400 tickets at $85 each"
        sold = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if sold is not None:
            return sold
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}),
                None)


def _per_article(token: Any, span: Any) -> bool:
    """True for "a" or "an" right after a figure before the noun it is given per ("2.10 dollars a tonne", "50 cents
    a pound"), which the parse hangs from the figure's noun, as a modifier or set beside it."""
    unit = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ in {"a", "an"} and token.i == span.end and unit is not None and unit.pos_ == "NOUN" and \
        unit.dep_ in {"npadvmod", "appos"} and unit.head.i in range(span.start, span.end)


def _per_of_subject(span: Any) -> Any:
    """The noun a "per" phrase on the subject of the figure's verb names ("the bill per diner came to €48", "the
    price per seat was $310"): the figure is given per it. None for a unit of time and for a figure inside the
    subject."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and span.root not in c.subtree):
        for per in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "per"):
            unit = next((g for g in per.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if unit is not None and unit.lemma_.lower() not in TIME_UNITS:
                return unit
    return None


def _each_subject(span: Any) -> Any:
    """The noun of a distributive subject of the figure's verb ("Each stall was given 800 square feet", "each of
    the boats carried 30 tonnes", "the stalls each had 800 square feet") or of a typical one ("a typical rescue
    saves 20 people", "the average household spends $90"): the figure is given per that noun. None for any other
    subject, and for a figure inside the subject ("each of the 50 boats")."""
    verb = _clause_verb(span)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(span.root in s.subtree for s in subjects):
        return None
    floating = any(c.lower_ == "each" and c.dep_ in {"advmod", "dep", "npadvmod", "nsubj"}
                   and not any(g.dep_ == "prep" for g in c.children) for c in verb.children)
    for subject in subjects:
        if subject.lower_ in DISTRIBUTIVE:  # "Each of the vendors", "each of them": the 'of' object
            of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if noun is not None and noun.pos_ in {"NOUN", "PROPN"}:
                return noun
        elif subject.pos_ == "NOUN" and (floating and subject.tag_ == "NNS" or any(
                c.dep_ in {"det", "appos"} and c.lower_ in DISTRIBUTIVE for c in subject.children)):
            return subject
        elif subject.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in TYPICAL for c in subject.children):
            return subject
    return None


def _one_priced(span: Any) -> Any:
    """The noun of one thing a sum is the price of: the subject of "cost" or the noun "priced" describes, written
    with "a", "an" or "one" ("a single ticket costs €12", "a 50-gram jar, priced at €6"); else None."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in PRICE_VERBS:
        return None
    one = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if one is None or one.pos_ != "NOUN" or one.tag_ != "NN" or verb.dep_ != "acl" and span.root in one.subtree or \
            not any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in one.children):
        return None
    return one


def _named_addition(span: Any) -> bool:
    """True for a figure named as an addition already told ("the extra 900 tonnes will go to small boats", "its
    additional 40 desks"): a change the article takes as given, whatever its clause plans for it."""
    before = span.doc[max(0, span.start - 2):span.start]
    return len(before) == 2 and before[1].lower_ in ADDED_WORDS and (
        before[0].lower_ == "the" or before[0].dep_ == "poss")


def _added(span: Any) -> bool:
    """True for a figure told as more beside what was told ("a further 900 tonnes", "an extra 40 desks", "another
    300 jobs", "four other awards"): an increment, no total of what it adds to."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 2):span.start]]
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return before[-1:] == ["another"] or (len(before) == 2 and before[0] in {"a", "an"} and before[1] in ADDED_WORDS) \
        or after is not None and after.lower_ == "other" and span.root.like_num


def _grouped(claim: Claim, noun: Any) -> tuple[str, ...]:
    """For a count of coordinated nouns none of which has a figure of its own ("2,300 nurses and midwives"; not
    "two girls and a boy", nor "rulings on 12 claims and rulings of three to two"), the nouns' lemmas; else ()."""
    if claim.kind != "count" or noun is None:
        return ()
    members = [noun, *(c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    if len(members) < 2 or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for m in members[1:] for c in m.children) \
            or any(t.like_num for m in members[1:] for t in m.subtree if t.i != m.i):
        return ()
    return tuple(dict.fromkeys(m.lemma_.lower() for m in members))


def _participle_lemma(token: Any) -> str:
    """A token's lemma, or for a participle the tagger takes for an adjective ("the planned opening"), the verb of
    `EXPECTED_LEMMAS` it is formed from ("plan": `EXPECTED_PARTICIPLES`)."""
    lemma = token.lemma_.lower()
    return EXPECTED_PARTICIPLES.get(token.lower_, lemma) if token.pos_ == "ADJ" else lemma


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "")) or 1.0
    except ValueError:
        return 1.0


def _modality(span: Any, own_clause: bool = False) -> str:
    """Negated, expected, required (what a rule or a need asks for) or asserted, from the figure's chain of heads;
    with `own_clause` (dates) the chain stops at a relative clause, which has a modality of its own ("Carter, who
    died on Saturday, will be buried"), and at a clause told in the past below another ("will close after the board
    voted last Thursday"), and at a definite noun the date is on, whose event the sentence takes as
    given whatever its verb tells ("no train has run since the landslide on May 3": the landslide was on May 3)."""
    chain = [span.root, *span.root.ancestors]
    if own_clause:
        end = next((k for k, t in enumerate(chain) if t.dep_ in {"relcl", "acl"} or (t.dep_, t.tag_) == ("advcl", "VBD")
                    or k > 0 and t.pos_ == "NOUN" and t.lemma_.lower() not in TIME_UNITS and _owned_or_definite(t)),
                   len(chain) - 1)
        chain = chain[:end + 1]
    described = _described_thing(chain, amounts=not own_clause)
    if described is not None:  # "will begin serving their five-year sentences": the sentences are already given
        chain = chain[:described + 1]
    subject_of = next((upper for lower, upper in zip(chain, chain[1:])
                       if lower.dep_ in {"nsubj", "nsubjpass"} and upper.pos_ in {"VERB", "AUX"}), None)
    conjoined = {id(upper) for lower, upper in zip(chain, chain[1:]) if lower.dep_ == "conj" and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in lower.children)}  # "have not been paid, and that the board owes
    # them 80 million": a clause of its own beside the denied one, not under it
    if any(c.dep_ == "neg" for t in chain if t is not subject_of and id(t) not in conjoined for c in t.children):
        return "negated"  # a figure its negated verb's subject counts those it holds of: "the other five did not"
    if any(_no_one(c) for t in chain if t.pos_ in {"VERB", "AUX"} for c in t.children
           if c.dep_ in {"nsubj", "nsubjpass"}):
        return "negated"  # "nobody won half of the vote", "no candidate crossed 50 percent"
    if any(upper.lemma_.lower() in FAILING_LEMMAS and lower.dep_ == "xcomp" for lower, upper in zip(chain, chain[1:])):
        return "negated"  # "having failed to win 9 percent of the ballots": what was not won
    if any(_counterfactual(t) for t in chain if t.pos_ in {"VERB", "AUX"}):
        return "negated"  # "the rival bid would have paid $3 million more": what did not happen
    clause = {t.lemma_.lower() for t in chain if t.pos_ in {"VERB", "AUX"} or t.pos_ == "NOUN" and t.lemma_.lower()
              not in UNDERTAKING_NOUNS
              if not (t is subject_of and t.lemma_.lower() in WILLING_LEMMAS and _active_subject(chain, t))}
    clause |= {"plan" for lower, upper in zip(chain, chain[1:])
               if lower.dep_ == "xcomp" and upper.lemma_.lower() in SCHEDULING_LEMMAS}  # not "fell due to the rain"
    markers = {_participle_lemma(c) for t in chain for c in t.children if (c.dep_ in {"aux", "mark", "advmod", "amod"}
               or (c.dep_ == "compound" and c.lemma_.lower() in FORECAST_NOUNS))  # "the forecast surplus of $62m"
               and not (t is subject_of and _unable(c))}  # "12 percent could not vote": those unable, as told
    if _forecast_moved_to(chain):
        return "expected"
    cues = (clause | markers) & EXPECTED_LEMMAS
    if any(t.lower_ == "for" and t.dep_ == "prep" and t.head.lemma_.lower() in ASKING_LEMMAS for t in chain):
        cues.add("ask")
    if cues == {"estimate"} and not _estimated_ahead(chain):
        return "asserted"  # "an estimated 300 died", "estimated the crowd at 1.7 million": a hedge, not a forecast
    if cues:
        return "expected"
    if any(upper.lemma_.lower() in REQUIRING_LEMMAS and lower.dep_ in {"dobj", "ccomp", "xcomp"}
           for lower, upper in zip(chain, chain[1:])):
        return "required"  # "the standard requires 92% of patients to be seen", "needed 326 seats for a majority"
    return "asserted"  # "twelve patients needed surgery": those who needed it are counted as told


def _unable(aux: Any) -> bool:
    """True for "could" denied on its verb ("could not attend"): what someone was unable to do, told as a fact, not
    a possibility."""
    return aux.lower_ == "could" and aux.dep_ == "aux" and any(c.dep_ == "neg" for c in aux.head.children)


def _forecast_moved_to(chain: list[Any]) -> bool:
    """True for a figure a verb moves a forecast or target to or from ("lifted its target for the year to 3.3 million
    cases, from 3.1 million"): the forecast's figure, not a level told as reached."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FORECAST_NOUNS for t in chain if t.pos_ == "VERB"
               for c in t.children)


def _counterfactual(verb: Any) -> bool:
    """True for a verb told as what would or could have happened ("would have paid", "could have cost"): a past that
    did not come about."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBN" and any(c.tag_ == "MD" and c.lower_ in {"would", "could", "'d"} for c in auxes) and \
        any(c.lemma_.lower() == "have" for c in auxes)


def _active_subject(chain: list[Any], verb: Any) -> bool:
    """True when the figure's chain of heads reaches `verb` as its active subject ("16 million people wanted")."""
    return any(lower.dep_ == "nsubj" and upper is verb for lower, upper in zip(chain, chain[1:]))


def _no_one(subject: Any) -> bool:
    """A subject that denies its verb of everyone: "nobody", "no one", "none", "neither", "no candidate"."""
    no_one = subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
    no_kind = any(c.dep_ == "det" and c.lower_ == "no" and not _side_name(c)
                  for c in subject.children)  # "no candidate"
    return subject.lower_ in {"nobody", "none", "neither", "nothing"} or no_one or no_kind


def _side_name(word: Any) -> bool:
    """True for a "no" that names a side, not a denial: after another determiner or in quotes ("the no side", "the
    'No' campaign")."""
    doc = word.doc
    quoted = 0 < word.i < len(doc) - 1 and doc[word.i - 1].is_quote and doc[word.i + 1].is_quote
    return quoted or any(c.dep_ in {"det", "poss"} and c.i < word.i for c in word.head.children)


def _estimated_ahead(chain: list[Any]) -> bool:
    """Whether an estimate in a figure's chain of heads is of what is still to happen: an infinitive under it that
    is not perfect ("is estimated to cost $2 billion", but not "is estimated to have killed 300")."""
    return any(t.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
               and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in t.children) for t in chain)


def _described_thing(chain: list[Any], amounts: bool = True) -> int | None:
    """The index in a figure's chain of heads of the noun it describes when that noun is definite or owned ("the
    $2 million bond", "their five-year sentences") or counted as a known set ("all nine depots"): a thing the sentence
    takes as given, so the figure is asserted whatever its clause plans or denies ("would have saved all nine
    depots": there are nine); 0 when the figure heads a phrase of its own that is definite or owned ("would spend the
    $12,000 on a kiln", "to repay the 38 million rupees owed"): an amount told before; and the noun a figure is set
    beside in apposition, definite or not ("the ticket price, currently $14.50,"); those two for `amounts`, not for a
    date ("will reopen in the spring", "on Monday, June 3": the plan's own time). A noun the figure's "of" phrase
    is on counts too ("to reverse last year's increase of 12 burglaries": that increase happened). None when the noun
    is indefinite."""
    if amounts and chain[0].dep_ not in {"attr", "appos"} and _owned_or_definite(chain[0]):
        return 0
    known = any(c.dep_ in {"quantmod", "det", "predet"} and c.lower_ in KNOWN_SET - DEFINITE for c in chain[0].children)
    for k, token in enumerate(chain[1:], start=1):
        if amounts and chain[k - 1].dep_ == "appos" and token.pos_ in {"NOUN", "PROPN"}:
            return k  # "the ticket price, currently $14.50,": set beside its noun, told whatever the clause plans
        of_phrase = chain[k - 1].dep_ == "pobj" and token.lower_ == "of" or \
            chain[k - 1].dep_ == "prep" and chain[k - 1].lower_ == "of"  # "last year's increase of 12 burglaries"
        if chain[k - 1].dep_ not in {"nummod", "compound", "amod", "quantmod", "nmod"} and not of_phrase:
            return None
        if token.pos_ in {"NOUN", "PROPN"}:
            if known or _owned_or_definite(token, KNOWN_SET):
                return k
            if not (token.dep_ == "pobj" and token.head.lower_ == "of"):
                return None
    return None


def _in_breakdown(number: Any) -> bool:
    """True when a count's noun is coordinated with other counted nouns ("five children and two drivers")."""
    noun = number.head if number.dep_ == "nummod" else number
    top = noun
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    members, stack = [], [top]
    while stack:
        token = stack.pop()
        members.append(token)
        stack.extend(c for c in token.children if c.dep_ == "conj")
    counted = [m for m in members if m.like_num or any(c.dep_ == "nummod" and c.like_num for c in m.children)]
    return len(counted) >= 2


def _in_enumeration(span: Any) -> bool:
    """True for one of three or more numbers listed in one sentence a few words apart, separated by commas or
    'and' and no clause's verb ("21 people injured in Davao, 36 in Cotabato and 29 in Sultan Kudarat"), where the
    parse often loses the list; not numbers a word of change joins ("2,140 thefts, up from 1,690, a rise of 27
    percent": a level, where it moved from and by how much)."""
    numbers = [t for t in span.sent if t.like_num and t.pos_ == "NUM"]
    chain, best = [], []
    for token in numbers:
        gap = span.doc[chain[-1].i + 1:token.i] if chain else []
        if chain and token.i - chain[-1].i <= LIST_GAP_TOKENS and any(t.lower_ in {",", "and", ";"} for t in gap) \
                and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "amod"} for t in gap) \
                and not any(t.lemma_.lower() in CHANGE_WORDS for t in gap):
            chain.append(token)
        else:
            chain = [token]
        if any(t.i == span.root.i for t in chain) and len(chain) > len(best):
            best = list(chain)
    return len(best) >= 3


def _is_remainder(span: Any) -> bool:
    """True for a count of the rest of a set ("the other three treatments", "the remaining 40 seats")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return any(c.dep_ == "amod" and c.lemma_.lower() in REMAINDER_WORDS for c in noun.children)


def _rest_of(span: Any) -> str | None:
    """What a count of the rest of a known set counts: its noun ("the other 40 seats": "seat") or, with none, the
    participle that picks the set out ("the remaining eleven injured": "injure"). Without "the" or an owner it is
    no rest ("three other cyclists" are more of them)."""
    number = span.root
    noun = number.head if number.dep_ == "nummod" else number
    if not _owned_or_definite(noun):
        return None
    if noun.pos_ in {"NOUN", "PROPN"}:
        return noun.lemma_.lower()
    picked = next((c.lemma_.lower() for c in number.children if c.dep_ in {"acl", "relcl"} and c.tag_ == "VBN"), None)
    return picked or _partitive_before(number)


def _partitive_before(number: Any) -> str | None:
    """The set a bare rest belongs to, named by the nearest part before it in its sentence ("Twelve of the
    charges were for fraud; the remaining 14 ...": charge; "11 of the injured ... the other 19": injure)."""
    for token in reversed(list(number.sent)[:number.i - number.sent.start]):
        if token.lower_ == "of" and token.head.pos_ == "NUM" and token.head.i < token.i:
            noun = _object_of(token, frozenset({"NOUN", "PROPN", "ADJ", "VERB"}))  # "11 of the injured": "injure"
            if noun is not None:
                return noun.lemma_.lower()
    return None


def _told_as_a_part(span: Any) -> bool:
    """True for a figure that a verb of making up a whole takes ("accounted for €4.5 billion of revenue", "made up
    1,200 tonnes of the catch", "represented $3 million of the budget")."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    lemma, particles = verb.lemma_.lower(), {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return (lemma, frozenset(particles) & {"up"}) in PART_VERBS


def _is_partitive(span: Any) -> bool:
    """True for the part in "30 of the 200 [members]" or "six of the murders"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ == "of"



# Attributes of named people and bodies (CC210): ages, affiliations and roles held alone.
AGE_AFTER = re.compile(r"[\s-]*(?:years?|yrs?)?[\s-]*old\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?P<at>at\s+(?:the\s+)?)?(?:aged|age(?:\s+of)?)\s+$", re.IGNORECASE)
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                "eighties": 80, "nineties": 90}
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}  # the years of a decade each part allows
DECADE_AGE = re.compile(r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>"
                        + "|".join(DECADE_WORDS) + r"|[2-9]0'?s)\b", re.IGNORECASE)  # "in his mid-sixties"
AGE_AT_APPOSED = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*),\s+(?P<at>at)\s+$")  # "Alvarez, at 61, has run ..."
POPULATION_NOUNS = {"people", "person", "resident", "inhabitant", "soul"}  # all who live in a place
TIME_AFTER_AGE = {"in", "on", "last", "this", "earlier", "and"}  # "turned 47 in March", "turned 47 last week"
AGE_APPOSED = re.compile(r"(?P<name>[^\W\d_][\w.'’-]*),\s+(?:now\s+)?$")  # "Ivo Brandt, 78," "Brandt, now 81,"
# Words that put an age or a role in another time than the article's: "the then-40-year-old", "the former
# lead author"; such a role is held by more than one person over time, and such an age is not the current one.
OTHER_TIME = {"then", "former", "late", "ex", "previous", "past", "outgoing", "incoming", "acting", "interim",
              "future", "onetime", "erstwhile"}
SCOPE_PREPOSITIONS = {"of", "for", "at"}
CLOSERS = {",", ".", ";", ")", "—", "–"}  # what ends an apposition
SCOPE_REACH = 8  # tokens of a role's "of" phrase read as its scope, at most


class _Names:
    """Who the article names, for binding attributes: each person mention in text order, the person it names
    most, and which named people and bodies each common noun describes ("company": Vista Media)."""

    def __init__(self, doc: Document, canonical: dict[str, str], entities: Entities) -> None:
        self.entities = entities
        self.quoted_text = Intervals((q.start + 1, q.end) for q in doc.quotes or [])  # each quote after its opening
        self.voices = [(q.speaker_mention.start, q.speaker_mention.end) for q in doc.quotes or []
                       if q.speaker_mention is not None]  # "Hood, a witness, said": where a quote's speaker is named
        self.sentence_starts = sentence_starts(doc.nlp)  # token indices, for the anaphors' reach
        self.canonical = dict(canonical)
        unlabelled = _unlabelled_names(doc)  # "Ana Ruiz" where the recogniser found no entity
        unlabelled.update(_titled_names(doc, entities))  # "Secretary of State Ana Ruiz" where it found a body
        self.renamed = {i + k: run for i, run in unlabelled.items() for k in range(len(run.split()))}
        for run in unlabelled.values():
            if " " in run:
                self.canonical.setdefault(run.split()[-1], run)
        # a surname two people named in full share ("Ivo Brandt", "Mira Brandt") is the one named in full last
        written = [(e.start, _key(e.text)) for e in entities.all
                   if e.label_ == "PERSON" and len(_key(e.text).split()) > 1]
        written += [(i, run) for i, run in unlabelled.items() if not _titled_surname(run)]
        for _i, name in written:  # "Vázquez" of "Wanda Vázquez Garced": a first surname of two
            for word in name.split()[1:-1]:
                self.canonical.setdefault(word, name)
        surnames = [name.split()[-1] for name in {name for _i, name in written} if name.split()]
        self.shared = {s: sorted((i, name) for i, name in written if name.split()[-1] == s)
                       for s in surnames if surnames.count(s) > 1}
        inside = {i + k for i, run in unlabelled.items() for k in range(1, len(run.split()))}
        self.people: list[tuple[int, str]] = []  # (token index, key)
        for token in doc.nlp:
            if token.i in inside:
                continue
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
                person = token
            elif token.i in unlabelled:
                person = token.doc[token.i + len(unlabelled[token.i].split()) - 1]
            elif token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and token.lower_ in self.canonical and not (
                    token.ent_iob_ == "I" and token.ent_type_ in PLACE_LABELS):  # "Jersey" of "New Jersey"
                person = token  # a surname the recogniser mislabelled
            else:
                continue
            if doc.is_body(token.idx, token.idx + len(token)):
                self.people.append((token.i, self.key(person)))
        self.person_keys = {key for _i, key in self.people}
        counts: dict[str, int] = {}
        for _i, key in self.people:
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        self.main = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        self.described: dict[str, set[str]] = {}  # common noun lemma -> keys of the names it describes
        self.unnamed: set[str] = set()  # common nouns written with "a"/"an" and no name: other ones exist
        for token in doc.nlp:
            if _title_of_name(token) and doc.is_body(token.idx, token.idx + len(token)):
                self.described.setdefault(token.lemma_.lower(), set()).add(self.key(token.head))
            if token.pos_ != "NOUN" or not doc.is_body(token.idx, token.idx + len(token)):
                continue
            named = _named_by(token)
            if named is not None:
                self.described.setdefault(token.lemma_.lower(), set()).add(self.key(named))
            elif any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in token.children):
                self.unnamed.add(token.lemma_.lower())

    def key(self, token: Any) -> str:
        """The key of the name a token belongs to: its entity's text (or the run of proper nouns ending at it),
        a lone surname read as the full name written first."""
        entity = self.entities.at.get(token.i)
        if entity is not None and (entity.label_ not in HOLDER_LABELS or entity.label_ == "NORP"):
            entity = None
        if token.i in self.renamed:
            text = self.renamed[token.i]
        elif entity is not None:
            text = entity.text
        else:
            head = token
            while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i == head.i + 1:
                head = head.head
            start = head.i
            while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
                start -= 1
            text = token.doc[start:head.i + 1].text
        key = _key(text)
        if _titled_surname(key) and key.split()[-1] in self.canonical:
            key = key.split()[-1]  # "General Ulby", "Dr Ulby": a surname, read as any other
        if key in self.shared:
            before = [name for i, name in self.shared[key] if i < token.i]
            return before[-1] if before else key
        full = self.canonical.get(key.split()[-1], key) if key else key
        # "Van Biljon": "Leon van Biljon"; "Vázquez": "Wanda Vázquez Garced"
        return full if full == key or f" {key} " in f" {full} " and not full.startswith(key + " ") else key

    def quoted(self, offset: int) -> bool:
        """True when a character offset lies inside a quote, after its first character."""
        return self.quoted_text.contains(offset)

    def referent(self, token: Any) -> str | None:
        """The person an anaphor ("the 81-year-old", "he") at `token` refers to: the last one named before it
        within `ANAPHOR_SENTENCES` sentences, when that is the person the article names most. A description ("the
        81-year-old was arrested") passes over people named only as the speaker of a quote (a witness who said
        something), unless it speaks itself ("the 81-year-old said"); the sentences of a quote count as one."""
        index, counted = bisect_right(self.sentence_starts, token.i) - 1, 0
        while index > 0 and counted < ANAPHOR_SENTENCES:
            index -= 1
            counted += not self.quoted(token.doc[self.sentence_starts[index]].idx)
        earliest = self.sentence_starts[index]
        named = self.people[self._people_before(earliest):self._people_before(token.i)]
        before = [key for _i, key in named]
        if token.pos_ != "PRON" and not self._voice(token):
            spoken_of = {key for i, key in named if not self._voice(token.doc[i])}
            before = [key for key in before if key in spoken_of]
            if before and self.two_antecedents(token):
                return None
        return before[-1] if before and before[-1] == self.main else None

    def two_antecedents(self, token: Any) -> bool:
        """True for a description that opens its sentence as its subject ("The 26-year-old had trailed") when the
        named subject of the sentence before, which a new sentence's subject often carries on, is not the one named
        last ("Ana Ruiz beat Carla Ode. The 26-year-old ..."): either may be meant."""
        carried = self.carried_subject(token)
        return carried is not None and carried != self.last_named(token.i)

    def carried_subject(self, token: Any) -> str | None:
        """For a description that opens its sentence as its subject, the named subject of the sentence before, which
        a new sentence's subject often carries on (of what it reports, when it reports a clause); else None."""
        head = token if token.dep_ in {"nsubj", "nsubjpass"} else token.head
        if head.dep_ not in {"nsubj", "nsubjpass"} or head.head.dep_ != "ROOT" or head.left_edge.i != head.sent.start \
                or head.sent.start == 0:
            return None
        before = token.doc[head.sent.start - 1].sent
        if before.root.lemma_.lower() in REPORTING_VERBS:  # "Vos said Ruiz would sign books.": what was said
            told = next((c for c in before.root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
            said = self.subject(told) if told is not None else None  # carries on, its speaker does not
            if said is not None:
                return said
        return self.subject(before.root) if before.root.pos_ in {"VERB", "AUX"} else None

    def last_named(self, index: int) -> str | None:
        """The key of the last person named before token `index`, or None."""
        count = self._people_before(index)
        return self.people[count - 1][1] if count else None

    def _people_before(self, index: int) -> int:
        """How many person mentions stand before token `index` (`people` is in text order)."""
        return bisect_left(self.people, index, key=lambda person: person[0])

    def _voice(self, token: Any) -> bool:
        """Whether a token is part of where a quote's speaker is named."""
        return any(start <= token.idx < end for start, end in self.voices)

    def described_by(self, noun: Any) -> str | None:
        """The one named person or body a definite common noun ("the inventor", "the Swiss company") refers to:
        the only name the article describes with that noun, when no other one of it is introduced ("a
        company") and the phrase does not pick one out of several ("the driver who had been at the wheel", "the
        Liberal Party candidate")."""
        lemma = noun.lemma_.lower()
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or lemma in self.unnamed:
            return None
        if any(c.dep_ in {"relcl", "acl"} and c.left_edge.i > 0 and c.left_edge.nbor(-1).text != ","
               for c in noun.children):
            return None  # "the driver who had been at the wheel": picks one out of several, whoever else is named
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
            return None  # "the Liberal Party candidate": that body's one, whoever else is a candidate
        keys = self.described.get(lemma, set())
        return next(iter(keys)) if len(keys) == 1 else None

    def holder(self, noun: Any) -> str | None:
        """The named person or body a noun phrase is: a name, a noun describing a name, or "he"/"she"."""
        if noun.lower_ in {"he", "she"}:
            return self.referent(noun)
        if noun.pos_ == "PROPN" or noun.is_title and noun.lower_ in self.canonical:  # a surname the tagger took
            return self.key(noun)  # for a common noun at the start of a sentence ("Varga, who turned 47")
        if noun.pos_ == "NOUN":
            named = _named_by(noun)
            return self.key(named) if named is not None else self.described_by(noun)
        return None

    def subject(self, verb: Any) -> str | None:
        """The named person or body that is the subject of a verb; for a participle clause with none of its own
        ("Born in 1931, Ruiz studied law"), the subject of the clause it modifies."""
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBG"} and \
                verb.head.pos_ in {"VERB", "AUX"}:
            return self.subject(verb.head)
        return self.holder(subject) if subject is not None else None


def _title_of_name(token: Any) -> bool:
    """A capitalised title written before a person's name and outside it ("Governor" in "Governor Ana Ruiz"),
    which a later "the governor" refers back by."""
    return (token.pos_ == "PROPN" and token.dep_ == "compound" and token.ent_type_ != "PERSON" and token.is_title
            and token.head.ent_type_ == "PERSON" and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].ent_type_ == "PERSON" and token.doc[token.i + 1].ent_iob_ == "B")


def _unlabelled_names(doc: Document) -> dict[int, str]:
    """Runs of two or more capitalised proper nouns that the entity recogniser left unlabelled ("Ana Ruiz"), by
    the index of their first token, as keys: most are people's names."""
    runs: dict[int, str] = {}
    run: list[Any] = []
    for token in [*doc.nlp, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_title and not token.ent_type_:
            run.append(token)
            continue
        if run and run[0].i >= 2 and run[0].nbor(-1).lower_ == "of" and _person_title(run[0].nbor(-2)):
            run = run[1:]  # "Minister of Transport Ana Ruiz": the portfolio's word is no part of the name
        if len(run) >= 2 and doc.is_body(run[0].idx, run[-1].idx + len(run[-1])):
            runs[run[0].i] = _key(" ".join(t.text for t in run))
        run = []
    return runs


def _titled_before(entity: Any) -> bool:
    """True for a name in apposition after a title of a person ("The trust's finance director, Marcus Ebbs,")."""
    root, tokens = entity.root, entity.doc
    return root.dep_ == "appos" and root.head.i < entity.start and root.head.pos_ == "NOUN" and \
        root.head.lower_ in PERSON_ROLES and entity.start >= 1 and tokens[entity.start - 1].text == ","


def _aged(entity: Any, ages: set[int]) -> bool:
    """True for a name with an age in apposition after it ("Helena Corrigan, 61, was sworn in"), which the claims
    stage reads as an age (`ages`: where its ages in years start): a person's."""
    tokens, end = entity.doc, entity.end
    return end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].idx in ages


APPOSED_TITLE_REACH = 6  # tokens after a name's comma to its title's head: ", the former managing director"
# Roles a body holds as well as a person ("Northwind Airlines, the owner of the ferry", "a member of the alliance"):
# written in apposition after a name, they tell nothing of whether it is a person's.
BODY_HELD_ROLES = frozenset({"owner", "partner", "member", "founder", "auditor", "adviser", "advisor", "consultant",
                             "leader", "head", "candidate", "nominee", "counterpart", "resident", "employee"})


def _titled_names(doc: Document, entities: Entities) -> dict[int, str]:
    """Names the recogniser took for a body that a capitalised title of a person introduces, by the index of their first
    token, as keys: after the title ("Governor Ana Ruiz") or its one-word portfolio ("Secretary of State Ana Ruiz", read
    as the body "State Ana Ruiz"), with the title in apposition, capitalised or not ("Ana Ruiz, the Secretary of
    Justice,", "Ana Ruiz, the former managing director of ..."), in apposition after a title ("the trust's finance
    director, Ana Ruiz,") or with an age in apposition ("Ana Ruiz, 61,")."""
    tokens = doc.nlp
    runs: dict[int, str] = {}
    portfolios = []  # "State Ana Ruiz", "the House Ana Ruiz": a portfolio's name, then the person's
    ages = {c.start for c in doc.claims or [] if c.kind == "quantity" and c.unit == "years" and c.text.isdigit()}
    for entity in entities.all:
        if entity.label_ != "ORG" or not doc.is_body(entity.start_char, entity.end_char):
            continue
        start = entity.start
        if start >= 2 and tokens[start - 1].lower_ == "of" and _person_title(tokens[start - 2]):
            portfolios.append((start + 1 + (tokens[start].lower_ == "the"), entity.end))
            continue
        if not (start >= 1 and _person_title(tokens[start - 1]) and tokens[start - 1].dep_ == "compound"):
            title = next((t for t in tokens[entity.end + 1:entity.end + APPOSED_TITLE_REACH] if t.dep_ == "appos"
                          and t.head.i in range(entity.start, entity.end)), None)
            told = (title is not None and title.lower_ in PERSON_ROLES - BODY_HELD_ROLES) or _aged(entity, ages) or \
                _titled_before(entity)  # "Ana Ruiz, the Secretary of Justice,", "..., the former managing director"
            if len(entity) < 2 or entity.end >= len(tokens) or tokens[entity.end].text != "," or not told:
                continue
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in entity):
            runs[start] = _key(entity.text)
    # after a portfolio, two names or one that names a person elsewhere ("Secretary of State Ruiz"), not the
    # rest of a body's name ("President of the European Council")
    known = {word for run in [*runs.values(), *(_key(e.text) for e in entities.all if e.label_ == "PERSON")]
             for word in run.split()[1:]}
    for start, end in portfolios:
        name = tokens[start:end]
        if name and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) and (
                len(name) > 1 or _key(name.text) in known):
            runs[start] = _key(name.text)
    return runs


def _titled_surname(name: str) -> bool:
    """True for a name key that is titles before one word ("general ulby", "dr ulby"): a surname, no full name."""
    words = name.split()
    return len(words) > 1 and all(word in PERSON_ROLES for word in words[:-1])


def _person_title(token: Any) -> bool:
    """Whether a token is a capitalised title only people hold ("Secretary", "Governor", "Minister")."""
    return token.pos_ in {"PROPN", "NOUN"} and token.is_title and token.lower_ in PERSON_ROLES


def entity_attributes(doc: Document, facts: list[Fact], canonical: dict[str, str],
                      entities: Entities | None = None, names: "_Names | None" = None) -> list[Attribute]:
    """The ages, birth years, affiliation and origin adjectives, roles held alone, offices, placings, bodies and
    family relations (`claimcheck.entity_facts`) that the body gives named people and bodies, in text order. A
    person is keyed by the full name (a surname alone is the full name written first). "The 81-year-old", "he" or
    "she" is the person named last within `ANAPHOR_SENTENCES` sentences before it, and only when that is also the
    person the article names most, so an unnamed bystander is never read as them; "the inventor" is the one name
    the article describes as an inventor, when it introduces no other."""
    names = names or _Names(doc, canonical, entities or Entities(doc.nlp))
    found = [*_ages(doc, facts, names), *_decade_ages(doc, names), *_births(doc, facts, names),
             *_affiliations(doc, names), *_roles(doc, names), *_birthplaces(doc, names), *offices(doc, names),
             *placings(doc, names, facts), *kinships(doc, names), *ownerships(doc, names)]
    return sorted(found, key=lambda a: (a.start, a.kind))


def _voices(doc: Document, facts: list[Fact], attributes: list[Attribute]) -> None:
    """Sets each fact's `voice`: its source, or, for a person holding a post in one other body the article cites as a
    source (`_post_in`), that body: "Interior Minister Ana Ruiz" speaks for "the interior ministry", "Ben Hale, the
    commission's chair" for "the Tarn Water Commission"; a body named in full and short is one body. A figure of the
    officer and one of the body are one voice's."""
    sources = {f.claim.asserted_by for f in facts if f.claim.asserted_by}
    posts: dict[str, list[tuple[list[str], str, bool]]] = defaultdict(list)
    for attribute in attributes:
        if attribute.kind in {"office", "role", "member"} and attribute.when is None:
            posts[attribute.entity].append(_post(doc, attribute))
    body_of = {}
    for source in sources:
        bodies = [body for body in sources if body != source and _post_in(posts.get(source.lower(), []), body)]
        fullest = max(bodies, key=len, default=None)
        if fullest is not None and all(_name_words(body) <= _name_words(fullest) for body in bodies):  # "the
            # Federation": the "Orla Bay Porters Federation" named short
            body_of[source] = fullest
    for fact in facts:
        fact.voice = body_of.get(fact.claim.asserted_by, fact.claim.asserted_by)


def _name_words(name: str) -> set[str]:
    """A name's words, lower-case, "the" aside."""
    return set(re.findall(r"[\w'’-]+", re.sub(r"^the\s+", "", name.lower())))


def _post(doc: Document, attribute: Attribute) -> tuple[list[str], str, bool]:
    """The words naming the body a post is in, the post's head word, and whether the body owns the post ("the
    authority's head of training": that noun names the body outright): a membership's body; an office's scope, else
    the common noun owning it, else its words before its head ("port authority" in "port authority president")."""
    title = attribute.value.split()
    if attribute.kind == "member":
        return title, "", False
    if attribute.scope:
        return attribute.scope.split(), title[-1], False
    held = doc.nlp.char_span(attribute.start, attribute.end, alignment_mode="expand")
    owner = next((c for c in held.root.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None) if held else None
    return ([owner.lemma_.lower()] if owner is not None else title[:-1]), title[-1], owner is not None


def _post_in(posts: list[tuple[list[str], str, bool]], body: str) -> bool:
    """True when one of a person's posts (`_post`) is in the body a name names: the words naming the post's body are
    among the name's and are either more than one ("port authority"), or the body that owns the post (the
    "commission's chair" and "the commission's figures"), or the name's own head noun (the "chair of the commission"
    and "the Tarn Water Commission"), or joined by a post's head of the name's stem ("interior minister" and "the
    interior ministry of Varna"). A "housing minister" holds no post in "the housing charity Haven"."""
    name = re.sub(r"^the\s+", "", body.lower())
    words = _name_words(body)
    head = re.split(r"\s+(?:of|for)\s+", name)[0].split()[-1:]
    for named, office, owned in posts:
        if not named or not set(named) <= words:
            continue
        if len(named) > 1 or owned or set(head) & set(named) or len(office) >= POST_STEM and any(
                word != office and word[:POST_STEM] == office[:POST_STEM] for word in words):
            return True
    return False


def _ages(doc: Document, facts: list[Fact], names: _Names) -> list[Attribute]:
    """A person's age as news writes it: "the 81-year-old", "81-year-old Ivo Brandt", "Brandt, 81,", "died
    Saturday, aged 78", "he was 81". An age given at another time is left out: one after "then", one in a
    sentence dated more than a year before the article, "at the age of 25" unless the verb is dying, and one
    not asserted ("will be 80"). A bare number is an age after "died ... at" ("died on Monday at 93"). "The
    16-year-old" that names no one near it is the person named last before it, when the article gives that person's
    age elsewhere and that person is the subject the sentence before carries on or, with none carried on, the
    article's main one (`_described_by_age`)."""
    published = doc.meta.published
    out, unnamed = [], []
    for fact in facts:
        claim = fact.claim
        bare = claim.kind == "count" and not claim.unit
        if not (bare or claim.kind == "quantity" and claim.unit == "years") or claim.value is None or \
                not (0 < claim.value < 130 and float(claim.value).is_integer()):
            continue
        before = doc.text[max(0, claim.start - 40):claim.start]
        if fact.modality != "asserted" and not (THE_BEFORE.search(before) and claim.text.lower().endswith("old")):
            continue  # "the 81-year-old" is told as given, whatever its clause plans ("The 81-year-old intends to
            # write a book")
        if re.search(r"\bthen[\s-]*$", before, re.IGNORECASE) or (
                published and fact.time is not None and (published - fact.time.last).days > 366):
            continue
        span = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand")
        if bare:
            at = span.root.head
            apposed = AGE_AT_APPOSED.search(before)
            if apposed and re.match(r"\s*,", doc.text[claim.end:claim.end + 2]):  # "Alvarez, at 61, has run the unit"
                person = _age_at_holder(doc, span, claim.start - len(before) + apposed.start("name"), apposed, names)
                start = claim.start - len(before) + apposed.start("at")
            elif (verb := _age_verb(span)) is not None:  # "Varga, who is 47,", "she turned 47 in March"
                person, start = _subject_or_relative(verb, names), claim.start
            elif span.root.dep_ != "pobj" or at.lower_ != "at" or at.head.lemma_ != "die":
                continue
            else:
                person, start = names.subject(at.head), at.idx
        else:
            person, start = _age_holder(doc, claim, span, before, names)
        if person is not None and person in names.person_keys:
            out.append(Attribute(person, "age", str(int(claim.value)), start, claim.end, fact.sentence))
        elif person is None and not bare and THE_BEFORE.search(before) and span[-1].lower_ == "old" and not \
                _introduced_unnamed(doc, claim) and (described := _described_by_age(names, span)) is not None:
            unnamed.append((described, Attribute("", "age", str(int(claim.value)), start, claim.end, fact.sentence)))
    aged = {a.entity for a in out}  # "the 16-year-old": the person named last before it, when the article gives
    return out + [replace(a, entity=last) for last, a in unnamed if last in aged]  # that person an age elsewhere


def _decade_ages(doc: Document, names: _Names) -> list[Attribute]:
    """A person's age told as a decade, now ("Varga, who is in his mid-sixties,", "Holm is in his early 30s"): the
    years it allows as "low-high" ("63-66"; early 0-3, mid 3-6, late 6-9, none 0-9 past the decade), of the subject of
    the "is" it hangs from or the name a "who" is on."""
    out = []
    for match in DECADE_AGE.finditer(doc.text):
        if not doc.is_body(match.start(), match.end()):
            continue
        span = doc.nlp.char_span(match.start(), match.end(), alignment_mode="expand")
        verb = span[0].head if span is not None and len(span) else None  # what "in" hangs from
        if verb is None or verb.lemma_ != "be" or verb.tag_ not in {"VBZ", "VBP"}:
            continue  # "was in his forties when ..." is an age then
        person = _subject_or_relative(verb, names)
        if person is None or person not in names.person_keys:
            continue
        decade = DECADE_WORDS.get(match.group("decade").lower()) or int(match.group("decade")[:1]) * 10
        low, high = DECADE_PARTS[(match.group("part") or "").lower().rstrip("-")]
        sentence = doc.sentence_index(match.start())
        out.append(Attribute(person, "age", f"{decade + low}-{decade + high}", match.start(), match.end(), sentence))
    return out


def _age_verb(span: Any) -> Any:
    """For a bare number that is what someone is now or turned ("Varga, who is 47,", "she turned 47 in March"), with
    nothing after it but a stop or a time: the verb; else None ("was 47 when ..." may be an age then; "is 12th")."""
    verb, number = span.root.head, span.root
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if verb is number or verb.lemma_ not in {"be", "turn"} or verb.lemma_ == "be" and verb.tag_ not in {"VBZ", "VBP"} \
            or number.dep_ not in {"attr", "acomp", "dobj", "oprd"} or any(number.children):
        return None
    return verb if following is None or following.is_punct or following.lower_ in TIME_AFTER_AGE else None


def _subject_or_relative(verb: Any, names: _Names) -> str | None:
    """Whose a verb tells of: its subject's, or, for a relative clause's "who", the name it is on ("Varga, who is
    47,")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        return names.holder(verb.head)
    return names.subject(verb)


def _described_by_age(names: _Names, span: Any) -> str | None:
    """Whom "the 45-year-old" is: the person named last before it, when that one is the named subject the sentence
    before carries on or, with no such subject, the article's main person; else None."""
    last, carried = names.last_named(span.start), names.carried_subject(span[-1])
    return last if last is not None and (last == carried or carried is None and last == names.main) else None


def _introduced_unnamed(doc: Document, claim: Claim) -> bool:
    """True when someone of an age was introduced before with no name ("a 32-year-old woman was hurt"): a later
    "the 32-year-old" is that one."""
    return bool(re.search(rf"\b(?:an?|another)\s+{int(claim.value or 0)}[\s-]*years?[\s-]*old\b",
                          doc.text[:claim.start], re.IGNORECASE))


def _births(doc: Document, facts: list[Fact], names: _Names) -> list[Attribute]:
    """The year a person was born, from a date of "born" ("Ruiz, born in 1941,", "Ruiz was born on 3 May 1941",
    "Ruiz, who was born in 1941,", "Ana Ruiz (born 1941)"); value: the year."""
    out = []
    for fact in facts:
        if fact.claim.kind not in {"date", "period"} or fact.time is None or fact.time.days > 366:
            continue
        span = doc.nlp.char_span(fact.claim.start, fact.claim.end, alignment_mode="expand")
        born = next((t for t in list(span.root.ancestors)[:3] if t.lower_ == "born" or t.pos_ in {"VERB", "AUX"}), None)
        if born is None or born.lower_ != "born":
            continue  # "born on March 17, 1991, and has played for the club since 2011": 2011 is "played"'s
        if born.dep_ in {"acl", "appos", "amod", "relcl"} and born.head.pos_ in {"PROPN", "NOUN"}:
            person = names.holder(born.head)
        else:
            person = names.subject(born)
        if person is not None and person in names.person_keys:
            out.append(Attribute(person, "born", str(fact.time.first.year), born.idx, fact.claim.end,
                                 fact.sentence))
    return out


def _named_as(noun: Any) -> Any:
    """The name a noun is given by a participle on it ("the 61-year-old, named by police as Ivo B.", "a man
    named as Ivo Brandt"): the name's last word; None for any other noun."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for as_ in (c for c in participle.children if c.dep_ == "prep" and c.lower_ == "as"):
            name = next((g for g in as_.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def _age_at_holder(doc: Document, span: Any, offset: int, apposed: re.Match, names: _Names) -> str | None:
    """Whose age a bare number set off after a name with "at" is ("Alvarez, at 61, has run the unit"; the name written
    at `offset`): that person's, now, unless its clause tells a past event alone ("Alvarez, at 19, became the youngest
    recruit": an age then)."""
    verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        return None
    name = doc.nlp.char_span(offset, offset + len(apposed.group("name")), alignment_mode="expand")
    return names.key(name[-1]) if name is not None and name[-1].pos_ == "PROPN" else None


def _age_holder(doc: Document, claim: Claim, span: Any, before: str, names: _Names) -> tuple[str | None, int]:
    """Whose age a years figure is, and where its wording starts; (None, _) when it is no age of a named one."""
    last = span[-1]
    if last.lower_ == "old" or AGE_AFTER.match(doc.text, claim.end):  # "the 81-year-old", "81 years old"
        old = next((t for t in last.doc[last.i:last.i + 5] if t.lower_ == "old"), None)
        if old is None:
            return None, claim.start
        unnamed = _introduced_unnamed(doc, claim)  # "a 32-year-old woman was hurt": a later "the 32-year-old" is her
        if old.dep_ == "amod":  # "81-year-old Ivo Brandt", "the 81-year-old actor Ivo Brandt", "the 81-year-old"
            holder = names.holder(old.head)
            if holder not in names.person_keys and old.head.pos_ in {"NOUN", "PROPN"} and _definite_noun(old.head) \
                    and not unnamed:  # "the 81-year-old actor said", "the 70-year-old Chilean" (no one's name)
                return names.referent(old.head), claim.start
            return holder, claim.start
        if old.dep_ == "acomp":  # "Brandt was 81 years old"
            return names.subject(old.head), claim.start
        named_as = _named_as(old)
        if named_as is not None:  # "the 61-year-old, named by police as Ivo B.,": the name it is given
            return names.holder(named_as), claim.start
        if old.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "ROOT"} and not unnamed and not (
                old.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and A_BEFORE.search(before)):  # "A 17-year-old
            # finished second": someone new; "Varga, a 15-year-old from Pecs,": her
            return names.referent(old), claim.start  # "the 81-year-old"
        return None, claim.start
    aged = AGE_BEFORE.search(before)
    if aged is not None:  # "died Saturday, aged 78", "Brandt, aged 78,", "died at the age of 78"
        start = claim.start - len(before) + aged.start()
        verb = next((t for t in span.root.ancestors if t.pos_ in {"VERB", "AUX"} and t.lemma_ != "age"), None)
        noun = next((t for t in span.root.ancestors if t.pos_ in {"PROPN", "NOUN"} and t.lemma_ != "age"), None)
        if aged.group("at") and (verb is None or verb.lemma_ != "die"):
            return None, start  # "joined the agency at age 25": an age at another time
        if noun is not None and (verb is None or noun.i > verb.i):  # "Brandt, aged 78," "a man aged 40"
            return names.holder(noun), start
        return (names.subject(verb) if verb is not None else None), start
    apposed = AGE_APPOSED.search(before)
    if apposed and re.match(r"\s*[,)]", doc.text[claim.end:claim.end + 3]):  # "Ivo Brandt, 78, said"
        offset = claim.start - len(before) + apposed.start("name")
        name = doc.nlp.char_span(offset, offset + len(apposed.group("name")), alignment_mode="expand")
        return (names.key(name[-1]) if name is not None and name[-1].pos_ == "PROPN" else None), claim.start
    be = span.root.head
    if be.lemma_ == "be" and span.root.dep_ in {"attr", "acomp", "npadvmod"}:  # "he was 81.", "Brandt, who is 81,"
        return _subject_or_relative(be, names), claim.start
    return None, claim.start


def _affiliations(doc: Document, names: _Names) -> list[Attribute]:
    """Affiliations (nationality, party or faith adjectives) bound to a named person or body through a common noun: "the
    Mexican company Vista Media", "Vista Media, a Brazilian media company", "X is a Brazilian firm", "the Brazilian
    company" (the one company the article names), or right before a person's name ("Republican Tom Ridley"); a country's
    name owning a person's ("Kenya's Wilfred Chesang"); a nationality written as a definite noun ("the Kenyan", "the
    Dutchman") of the person just named, as for ages (`_Names.referent`); one on "the other ..." joined to a name
    ("Quinn and the other Democratic senators"), that person's. One before a participle ("Mexican-born",
    "US-based") is the entity's origin, kept apart. An adjective on another name ("Turkish Airlines") is part of the
    name and left out."""
    out = []
    for entity in doc.nlp.ents:
        if entity.label_ == "GPE" and entity.root.dep_ == "poss" and entity.root.head.ent_type_ == "PERSON" and \
                doc.is_body(entity.start_char, entity.end_char):  # "Kenya's Wilfred Chesang": who they represent
            name, key = entity.root.head, names.holder(entity.root.head)
            if key is not None:
                out.append(Attribute(key, "affiliation", entity.text.lower(), entity.start_char,
                                     name.idx + len(name), _sentence_of(doc, entity.start_char)))
            continue
        aged = entity.label_ == "GPE" and _given_an_age(entity.root)  # "the 26-year-old Ugandan": a person, whatever
        # the recogniser calls it
        if entity.label_ != "NORP" and not aged or not doc.is_body(entity.start_char, entity.end_char):
            continue
        token, kind = entity.root, "affiliation"
        following = entity.doc[entity.end:entity.end + 2]
        if len(following) == 2 and following[0].text == "-" and following[1].tag_ == "VBN":
            token, kind = following[1], "origin"  # "Mexican-born": the participle carries it
        elif token.dep_ not in {"amod", "compound", "nmod"}:
            key = names.referent(token) if _one_of_a_nation(token) else None
            if key is not None:  # "the 30-year-old Kenyan", "the Dutchman's": the person just named, as for ages
                out.append(Attribute(key, kind, entity.text.lower(), entity.start_char, entity.end_char,
                                     _sentence_of(doc, entity.start_char)))
            continue
        while token.head.ent_type_ == "NORP" and token.head.i != token.i and token.dep_ in {"amod", "compound"}:
            token = token.head  # "British-Iranian charity employee": both adjectives describe the employee
        noun = token.head
        if _title_of_name(noun):
            noun = noun.head  # "Republican Representative Tom Ridley": the title's holder
        person = noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON"  # "Republican Tom Ridley"
        key = names.holder(noun) if noun.pos_ == "NOUN" or person else None
        if key is None and kind == "origin" and noun.pos_ == "NOUN" and _definite_noun(noun):
            key = names.referent(noun)  # "the German-born researcher": the person just named, as for ages
        if key is None and noun.dep_ == "conj" and noun.head.pos_ == "PROPN" and any(
                c.lower_ == "other" for c in noun.children):  # "Quinn and the other Democratic senators": one of them
            key = names.holder(noun.head)
        if key is None:
            continue
        name = affiliation_name(entity)
        phrase = doc.nlp[min(name.start, noun.i):max(noun.i, entity.end - 1) + 1]
        out.append(Attribute(key, kind, name.text.lower(), phrase.start_char, phrase.end_char,
                             _sentence_of(doc, entity.start_char)))
    return out


def _given_an_age(token: Any) -> bool:
    """True for a word given an age ("the 26-year-old Ugandan"): a person."""
    return any(c.dep_ == "amod" and c.lower_ == "old" for c in token.children)


def _one_of_a_nation(token: Any) -> bool:
    """True for a nationality written as a definite noun of one person ("the Kenyan", "the Dutchman"), not as the
    people of a nation ("the Kenyans"; "the Dutch", "the French", "the Swiss", "the Chinese": `COLLECTIVE_ENDINGS`)."""
    return token.pos_ in {"NOUN", "PROPN"} and token.tag_ in {"NN", "NNP"} and _definite_noun(token) and \
        token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr"} and \
        not token.lower_.endswith(("s", *COLLECTIVE_ENDINGS))


def _birthplaces(doc: Document, names: "_Names") -> list[Attribute]:
    """Where a named person was born: "Munk was born in Austria", "Munk, born in Austria in 1917," (an origin;
    CC210 compares the countries of birth with "the German-born researcher")."""
    out = []
    for match in re.finditer(r"\bborn\b", doc.text):
        token = doc.nlp.char_span(match.start(), match.end())
        token = token[0] if token is not None and len(token) == 1 else None
        if token is None or token.tag_ != "VBN" or not doc.is_body(match.start(), match.end()):
            continue
        place = next((p for c in token.children if c.lower_ == "in" for p in c.children
                      if p.dep_ == "pobj" and p.ent_type_ == "GPE"), None)
        person = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if token.dep_ != "acl" \
            else token.head
        key = names.holder(person) if place is not None and person is not None else None
        if key is not None:
            out.append(Attribute(key, "origin", place.text.lower(), token.idx, place.idx + len(place.text),
                                 _sentence_of(doc, token.idx)))
    return out


def _definite_noun(noun: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _named_by(noun: Any) -> Any:
    """The proper noun a common noun describes: the name it is written before ("the company Cultura
    Colectiva"), the name it is apposed to, a name apposed to it, or the subject of "is a ..."."""
    if noun.dep_ in {"compound", "appos"} and noun.head.pos_ == "PROPN":
        return noun.head
    apposed = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if apposed is not None:
        return apposed
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    left = noun.left_edge.i  # "reported TASS, the Russian news agency": an apposition parsed as a second object
    if left >= 2 and noun.doc[left - 1].text == "," and noun.doc[left - 2].pos_ == "PROPN" and \
            noun.doc[left - 2].head.i == noun.head.i:
        return noun.doc[left - 2]
    return None


def _sentence_of(doc: Document, offset: int) -> int:
    index = doc.sentence_index(offset)
    return index if index is not None else -1


def _comparative_after_noun(span: Any) -> bool:
    """True for a figure whose counted noun, and perhaps its restatement as a percentage set off by commas, comes
    before a comparative ("640 units higher", "640 units, or 14 percent, higher"): a difference."""
    doc, end = span.doc, span.sent.end
    i = span.end + 1 if span.root.dep_ == "nummod" and span.end < end and span.root.head.i == span.end else span.end
    if i < end and doc[i].text == ",":
        close = next((t.i for t in doc[i + 1:min(end, i + RESTATED_TOKENS)] if t.text == ","), None)
        restated = doc[i + 1:close] if close is not None else []
        if not any(t.like_num for t in restated) or not any(t.lower_ in {"percent", "%", "cent"} for t in restated):
            return False
        i = close + 1
    return i < end and doc[i].tag_ in {"JJR", "RBR"} and not (i + 1 < end and doc[i + 1].pos_ == "NOUN")


def _roles(doc: Document, names: _Names) -> list[Attribute]:
    """Roles written in apposition with a person's name: "Anna Berg, the lead author, ...", "Daniel Moss
    of Yale University, lead author of a new study, ...", "Tim Cook, Apple's chief executive", "the lead author,
    Anna Berg". The role is the lemmas of its adjectives and nouns up to its head noun, written with "the" or
    with a scope: the content words of its "of", "for" or "at" phrase, or the body before "'s".
    The apposition must close (a comma or the sentence's end) before any clause's own verb, so "According to
    Ruiz, the goal was ..." is no role. A plural role, one after "a" or a possessive, or one in another time
    ("the former lead author") is left out: others hold it too."""
    out = []
    tokens = doc.nlp
    ents = names.entities
    for entity in ents.all:
        if entity.label_ != "PERSON" or not doc.is_body(entity.start_char, entity.end_char):
            continue
        i = entity.end
        body = ents.starting.get(i + 1)
        body = body if body is not None and body.label_ in {"ORG", "GPE"} else None
        if body is not None and tokens[i].lower_ in {"of", "from"}:
            i = body.end  # "Daniel Moss of Yale University, ..."
        if i + 1 >= len(tokens) or tokens[i].text != ",":
            continue
        start = j = i + 1
        owner = ents.starting.get(j)
        owner = owner if owner is not None and owner.label_ in {"ORG", "GPE"} else None
        if owner is not None and owner.end < len(tokens) and tokens[owner.end].lower_ in {"'s", "’s"}:
            j = owner.end + 1  # "Tim Cook, Apple's chief executive,": the owner is the scope
        definite = j < len(tokens) and tokens[j].lower_ == "the"
        j += definite
        run = _role_words(tokens, j)
        if run is None:
            continue
        scope, end = _scope(tokens, j + len(run))
        scope = _key(owner.text) if owner is not None and j > start and scope is None else scope
        if end is None or not (definite or scope):
            continue
        out.append(Attribute(names.key(entity.root), "role", " ".join(t.lemma_.lower() for t in run),
                             tokens[start].idx, run[-1].idx + len(run[-1]), _sentence_of(doc, entity.start_char),
                             scope))
    for noun in tokens:  # "the lead author, Anna Berg, ..."
        person = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        first = next((c for c in noun.children if c.dep_ == "det"), None)
        if person is None or noun.pos_ != "NOUN" or first is None or first.lower_ != "the" or \
                not doc.is_body(noun.idx, noun.idx + len(noun)):
            continue
        run = _role_words(tokens, first.i + 1)
        name = ents.at[person.i]
        if run is None or run[-1].i != noun.i or name.start != noun.i + 2 or tokens[noun.i + 1].text != ",":
            continue  # only "the lead author, Anna Berg": in "the mayor of X, Y" Y may name X's province
        out.append(Attribute(names.key(person), "role", " ".join(t.lemma_.lower() for t in run), first.idx,
                             noun.idx + len(noun), _sentence_of(doc, noun.idx)))
    return out


def _role_words(tokens: Any, j: int) -> list[Any] | None:
    """The adjectives and nouns of a role from `j` to its head noun ("lead author"), or None for a plural or
    one in another time ("former"). A modifier the tagger read as a verb ("lead") counts when a noun follows."""
    run = []
    while j < len(tokens) and tokens[j].pos_ in {"ADJ", "NOUN", "VERB"} and not tokens[j].ent_type_ \
            and tokens[j].is_alpha and tokens[j].is_lower:
        if tokens[j].pos_ == "VERB" and (j + 1 >= len(tokens) or tokens[j + 1].pos_ != "NOUN"):
            break
        run.append(tokens[j])
        j += 1
    if not run or run[-1].pos_ != "NOUN" or run[-1].tag_ == "NNS" or {t.lower_ for t in run} & OTHER_TIME:
        return None
    return run


def _scope(tokens: Any, j: int) -> tuple[str | None, int | None]:
    """After a role's head noun at `j`: the content lemmas of its "of"/"for"/"at" phrase (None without one), and
    where the apposition closes (None when a clause's own verb comes first)."""
    words = []
    if j >= len(tokens) or tokens[j].lower_ not in SCOPE_PREPOSITIONS and tokens[j].text not in CLOSERS:
        return None, None  # "Jain, the city's home minister": no apposition of its own
    if tokens[j].lower_ in SCOPE_PREPOSITIONS:
        j += 1
        while j < len(tokens) and tokens[j].pos_ in {"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "NUM"} \
                and tokens[j].text not in {",", "."} and len(words) < SCOPE_REACH:
            if tokens[j].pos_ in {"ADJ", "NOUN", "PROPN"}:
                words.append(tokens[j].lemma_.lower())
            j += 1
    for token in tokens[j:]:
        if token.text in CLOSERS or token.is_sent_start:
            return (" ".join(words) or None), token.i
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"acl", "amod", "relcl"}:
            return None, None
    return (" ".join(words) or None), len(tokens)
