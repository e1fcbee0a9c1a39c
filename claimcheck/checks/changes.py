"""CC207: a stated change (doubled, "three times", "85% more", "a decline of 20 percent", "fell by two-thirds", "30
percentage points", "added 21") that no pair of values near it fits.

The change is a multiplier fact, a percentage, a fraction ("fell by two-thirds": a rounded percentage, `_percent_of`) or
an amount in the role of a change, or a change in percentage points. The values it can describe are figures of one kind
and unit (two counts, two amounts in one currency, two lengths of time in any units, `in_unit`; two percentages for
points; figures of the change's own kind and unit for an amount; two rates per one base, "12 per 10,000") in its own
sentence and the sentences either side (and two back in its paragraph for a change its sentence says follows: "was
therefore double"), levels or previous values, not changes themselves, and, where no value near it is of its noun or in
its sentence (the length of time it is told over, "over four years", and a value of the time it is told against told
apart are none), anywhere in the article a move told on one verb ("recycled 9.1 tonnes, up from 4.0") of what the
change's own words name (an amount of change dated as the move's level: "grew by 80,000 last year") (or, beside a change
with no value near it, a move near it told on the same day: "searches on Wednesday added 21 bodies"; for a change told
over a length of years, "halved in 15 years", the values of its measure dated at the span's two ends, wherever they
stand: `_span_ends`), and, for a change of a bound with none of these ("triple the maximum penalty"), the figures told
as that bound ("up to 12 years"); an amount's two values must be a before and an after (one a previous value, two
different times, or what is and what is planned) or, for a difference told against something ("40 metres taller than the
old one", "12,000 more votes than Okafor", "38 votes ahead of Berg"), a level of that thing and another level, or, for a
margin, lead or gap, any two levels (for a gap in percentage points, any two percentages, whatever nouns the parse gives
them). A difference's two sides may stand anywhere in its paragraph, within `SIDES_MAX_RATIO` of each other (two further
apart that make it exactly, told as its sides, still keep it quiet: "scored 35 ... conceded only 14, a goal difference
of +21"), but unless its sentence says it follows ("thus") or tells it against a value, only two sides told in its own
sentence or the ones it names ("a lead of 44 seconds over Ruiz") count (`_told_sides`); one told against a time ("44
more publishers than last year") is a move of one thing between two times, with no sides; one told with a tally in its
own sentence ("approved by 58,214 votes to 49,987, a margin of 8,227") is that tally's, and one told with its two sides
("the gap was three points, with Ash on 68 and Elm on 65") is theirs; a change named as one already told ("the 40-cent
increase in the single fare", "The increase of 1.06 million passengers") may reach back anywhere before it, to a move
told in one place (`_told_move`), which is its own even where another change fits it too; a dated change's values may
not both lie outside its time ("rose 10% in the second quarter" is no change between two years' totals), and a change
told since a date ("have gained about 25 per cent since June") has no value dated wholly before it, nor one told over a
length of time ("over the previous twelve months") two values dated far closer together. A change told against a time
("from a year earlier", "up 11 percent on 2022") pairs a value of that time, wherever told if it is of the change's noun
(`_of_the_time_against`), with one of no earlier time (`_then_and_after`), whatever its own sentence's date. A change
told of each of a set ("Both payments were doubled": `_each_changed`) pairs no values. A multiplier fits a pair whose
larger value is that many times the smaller; a percentage change fits a pair whose ratio is 1 + p or 1 / (1 - p), either
way round, unless its words say which way it went ("a fall of 26 percent") and the pair which value came first: then
only the percentage they make that way counts (137 to 101 is a fall of 26%, not 36%); points fit the difference of two
percentages, an amount the difference of two values. When values can be paired and none fits, allowing
`multiplier_tolerance` (the percentage's rounding, `percent_tolerance_pp` and, when hedged, `share_approx_pp`;
`sum_tolerance` for an amount), the change is flagged with the nearest pair; one pair that fits is enough to stay quiet,
and for an amount of change so are two values of one noun told anywhere that make it (`_fits_values_of_one_noun`), and
for a percentage so does an amount of change told in its sentence over a value of that amount's noun it moved from
(`_restates_an_amount`: "The rise of 9,000 visitors, or about 28 percent,"). A change and its values must not name
different holders ("Ruiz's vote rose from 1,200 to 1,500" is not what "Okafor added 400 votes" changed), unless the
change is told against another ("1,200 more votes than Okafor"). Two figures a forecast was moved between
(`Fact.forecast`: "lifted its target to 3.3 million cases, from 3.1 million") are no move of a change told as happened
in another sentence, and a forecast change moves only those of its own sentence. A change told as a bound ("more than
doubled", "up to 30 percent") fits any pair on its side of the bound. A change written with its values ("rose 25% from
80 to 120") is CC204's and CC205's, in its sentence (an amount or points of change told with its values are this rule's:
"grew to 52.6 million from 47.1 million, a gain of 4.5 million"); a value a change is written arriving at ("rose 6
percent to 14.1 billion") is that change's after, one side of each of its pairs and no side of another change's (unless
that one is the same change told again: `_arrivals`), and two values told with a change of their own that fits them
("sales rose 5.6% to £2.84 billion from £2.69 billion") are that change's move, no other's; a part and its whole ("five
of the city's 23 libraries") are no before and after, nor are two values each told as where a move started ("rises by
15%, from 6.0 billion", "by 8% from 28.9 billion"). A percentage told after the one level (or part) of its own sentence
that names its noun ("3.5 million guests stayed overnight, an increase of 27 percent") is that level's change: only
pairs of it and a value of its noun count. A change named as told ("the 14 percent reduction in the state grant") with
no value of its noun is the one move told before it, if that move went the change's way. A percentage told of a dated
level of its sentence with no value near to move from ("412,000 ounces in 2020, an increase of 24 percent on the
previous year") reaches the one value of that level's kind, unit and verb or noun dated in the period right before it,
wherever told (`_level_before`), as does any change that no pair fits of the one dated level of its noun near it
("turnover for 2019 climbed to $61 million" and "Turnover grew 22 percent"); a planned change with its arrival ("will
rise by 300 pesos to 2,500 pesos") runs from the one value of that noun told as now ("The current fare of 2,300 pesos":
`_current_before`), and an undated one told over a period ("lending fell by £2.2 billion in the quarter to £48.5
billion") from the one value of that noun dated in the period before the article ("lending was £50.9 billion at the end
of March": `_start_of_period`). A length of time in years ("served 34 years on the court") is checked the same way
against the span of years of the same service ("from 1968 until 1999", at most 32 years; see `_duration_flags`), and
against the years between the dates that start and end it ("nominated to the court in 1975", "retired from the court in
2010": `_tenure_flag`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimcheck.checks.common import (DAYS_IN, alike_lemmas, claim_evidence, claim_interval, dated_apart, in_unit,
                                     joined_counts, nominalises, of_other_times, qualifier_kind)
from claimcheck.claims import change_pairs
from claimcheck.claims.numbers import qualifier_before
from claimcheck.checks.registry import RULES
from claimcheck.document import DateRange, Document, Fact, Flag
from claimcheck.facts import DIFFERENCE_NOUNS, DOWN_WORDS, UP_WORDS, holders_differ
from claimcheck.lexicon import settings_vectors
from claimcheck.settings import Settings

# Shares are the levels a change in points moves between; rates ("5,300 passengers a day") are levels of a per-unit
# quantity, a change of which in their unit or in percent moves between two of them.
VALUE_ROLES = {"level", "previous", "part", "share", "rate"}
VALUE_KINDS = {"count", "money", "quantity", "percent", "ratio"}  # ratios: rates per a number ("15 per 100,000")
ABSOLUTE_KINDS = {"count", "money", "quantity"}  # a change given as an amount: the difference of its values
EACH_WORDS = {"both", "each", "all", "every"}  # a subject so told changed member by member (`_each_changed`)
# The two sides a margin, lead or gap is told with in its own sentence: two levels, or two parts listed together ("the
# gap was three points, with Ash on 68 and Elm on 65").
MARGIN_SIDE_ROLES = {"level", "part"}
# A change of a bound ("triple the maximum penalty") moves between the figures told as that bound ("up to 12 years").
BOUND_NOUNS = {"maximum": "upper", "cap": "upper", "ceiling": "upper", "minimum": "lower"}
YEAR = re.compile(r"\b\d{4}\b")
# Before a length of years a change is told over ("halved in 15 years", "over the past decade").
SPAN_BEFORE = re.compile(r"\b(?:in|over|within|across)\s+(?:the\s+)?(?:(?:past|last|previous|preceding)\s+)?$",
                         re.IGNORECASE)
SPAN_SHARE = 0.25  # two values dated less than this share of the span a change is told over apart are not its ends
# Before the date a change is told since ("have gained about 25 per cent since June", "since the start of 2019").
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:start|end|beginning|middle)\s+of\s+)?$", re.IGNORECASE)
# Before the time a change is told against: "down 31 percent from a year earlier", "fewer than a census in 2011".
ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)  # "up 11 percent on 2022": against that period
MONTH_DAYS = 28  # the fewest days of a period a change is told "on" (a day it is told on is when it moved)
AGAINST_TIME_BEFORE = re.compile(r"\b(?:than|from)\s+(?:[\w'’-]+\s+){0,4}(?:in\s+|on\s+|at\s+)?$", re.IGNORECASE)
SPAN_SLACK_YEARS = 1  # a span of years told round ("in 15 years" between 2004 and 2019 or 2020)
RECENT_DAYS = 92  # how far before the article a value told of the year before may still be the latest one
# A difference written right before the value it is told against ("$70 million ahead of the $2.0 billion forecast",
# "12 points behind Ash's 68"): that value is one of its two sides.
AGAINST_VALUE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:ahead\s+of|behind|short\s+of"
                           r"|(?:more|less|fewer|higher|lower)\s+than)"
                           r"\s+(?:(?:the|its|their|his|her|[A-Z][\w'’]*'s|[A-Z]\w*’s)\s+)?", re.I)
# A name written right after a value as whose it is: "126 for Tomas Berg", "47 votes to Hale".
FOR_NAME = re.compile(r"\s+(?:votes?\s+)?(?:for|to|of|by)\s+((?:[A-Z][\w'’-]+\s*){1,3})")
# Between a multiplier and the figure it multiplies: "twice the reduction of 1.9 days", "three times the 400".
TIMES_VALUE = re.compile(r"\s+(?:that\s+of\s+|(?:the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:of\s+)?)?")
# The period a change is told over in its own sentence ("fell by £2.2 billion in the quarter"), in days at most.
PERIOD_DAYS = {"week": 7, "month": 31, "quarter": 92, "half": 184, "year": 366}
PERIOD = r"(?:during|in|over|for)\s+the\s+(" + "|".join(PERIOD_DAYS) + r")\b"
PERIOD_TOLD = re.compile(r"\b" + PERIOD, re.IGNORECASE)
# Between a change and the value it arrived at: "rose 6 percent to 14.1 billion", "fell 22% to a record low of 2.3",
# "lending fell by £2.2 billion in the quarter to £48.5 billion", "dropped by some 1,500 this year to roughly 30,000".
ARRIVAL = re.compile(r"(?:\s+" + PERIOD + r"|\s+(?:this|last)\s+(?:" + "|".join(PERIOD_DAYS) + r"))?"
                     r"\s+to\s+(?:an?\s+(?:record\s+|new\s+)?(?:high|low)\s+of\s+|an?\s+record\s+)?", re.I)
ARRIVAL_HEDGES = {"approximately", "nearly"}  # a hedged value arrived at: "to roughly 30,000", "to almost 2,000"
DAY_SLACK = timedelta(days=1)  # a year of 366 days against one of 365
REPORTED_AFTER = timedelta(days=45)  # how long after a period ends its figures may be published
SIDES_MAX_RATIO = 2.0  # the most one side of a difference ("a margin of 28 votes") may be times the other
UNRELATED_FACTOR = 10  # a change two values make over this many times the stated one (or under it) is of other things
HALF_A_YEAR = 0.5  # a length in whole years may round up to half a year


def change_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC207 over every stated change of the Document's facts."""
    facts = doc.facts or []
    values = [f for f in facts if f.claim.kind in VALUE_KINDS and f.role in VALUE_ROLES
              and (f.claim.kind != "ratio" or f.claim.unit is not None)
              and f.claim.value is not None and f.claim.value > 0 and f.modality != "negated"]
    from_to = change_pairs(doc)
    told_from_to = {claim.sentence for pair in from_to for claim in pair}  # CC204/CC205 check those
    moves = [(a, b) for a in values if a.role == "previous" for b in values  # an earlier value and what is now
             if b.role in {"level", "share"} and b.sentence == a.sentence and b.event is not None
             and b.event == a.event]
    tallies = joined_counts(doc, [f for f in facts if f.claim.kind == "count"])
    arrivals = _arrivals(doc, facts, values)
    sentences_of: dict[str, set[int]] = {}
    for value in values:
        sentences_of.setdefault(value.measure, set()).add(value.sentence)
    told_once = frozenset(m for m, told in sentences_of.items() if m is not None and len(told) == 1)
    kinds = _kinds_told(values)
    flags = []
    for change in facts:
        test = _fit_test(change, settings)
        if test is None or change.sentence in told_from_to and (change.claim.kind == "multiplier" or (
                change.claim.kind, change.claim.unit) == ("percent", "%") or not _told_with(doc, change, from_to)):
            continue  # CC204's and CC205's; an amount or points of change told with its values are this rule's
        if _each_changed(doc, change):
            continue  # "Both payments were doubled": each from a value of its own, not one into the other
        near = {change.sentence - 1, change.sentence, change.sentence + 1}
        since = _since(doc, change, facts)
        against_time = _time_told_against(doc, change, facts)
        spans = _spans_told(doc, change, facts)
        span = _span_days(spans)
        pool = [v for v in values if (_in_reach(v, change) or _of_the_time_against(v, change, against_time))
                and v is not change
                and _told_of(v, change, told_once, kinds) and (change.modality == "asserted" or (
                    change.modality == "expected" and v.forecast and v.sentence == change.sentence))]  # a change
        # forecast ("40 more could die") moves no values told, only the forecast's of its sentence ("lifted its
        # target to 3.3 million cases from 3.1 million, an increase of 6.5 percent")
        pairs = [(a, b) for i, a in enumerate(pool) for b in pool[i + 1:]]
        sole = _sole_values(change, pool, doc.meta.published, settings)
        own_moves = [(a, b) for a, b in moves if a.sentence == change.sentence and change not in (a, b)
                     and (not change.referred or _went_its_way(a, b, change))]  # a change named as told ("the
        # drop") is no move of its own sentence that went the other way
        if change.measure is None and own_moves and change.modality == "asserted":
            pairs = own_moves  # "up from about 600, an increase of 50 percent": the move its sentence tells
        starts = [v for v in pool if v.sentence == change.sentence and v.role == "previous" and (
            against_time is None or v.time is None or not v.time.disjoint(against_time))  # not "up 11 percent on
            # 2022, though below the 3.9 million of 2019": a change told against a time began at that time's value
            and any(_same_scale(v, w, change) for w in pool if w is not v)]  # not "over the previous two days":
        # where a move began is a value of what moved
        if len(starts) == 1 and not own_moves and not change.referred:  # "climbed by 25 percent, from 52,000 last
            # summer": where its move began, told with it, is one of its sides
            pairs = [(a, b) for a, b in pairs if starts[0] in (a, b)]
        alike = [v for v in pool if change.claim.kind not in ABSOLUTE_KINDS or v.claim.kind == change.claim.kind]
        told_over = [v for v in spans if v in alike]  # "climbed 30 percent over four years": no value of it
        if change.modality == "asserted" and not any(v.measure == change.measure or v.sentence == change.sentence
                                                     for v in alike if v not in told_over and _in_reach(v, change)):
            # a move apart, for a change told alone (a value of the time it is told against, told apart, is one)
            # (an amount's values are of its kind: "went up by £4,100 over twelve months" has none beside it)
            far = [(a, b) for a, b in moves if change not in (a, b) and _far_move(a, b, change)]
            if change.referred and not far:  # "the 14 percent reduction in the state grant": the move told last
                far = [(a, b) for a, b in moves if b.sentence < change.sentence and _same_scale(a, b, change, False)]
                far = [(a, b) for a, b in far if a.measure is not None and (
                    a.measure == change.measure or a.measure in change.measure_terms or change.kind_words & (
                        a.measure_terms | {a.measure}))] or far  # of its noun or its sort ("barley output"), if told
                far = [(a, b) for a, b in far if a.sentence == max(a.sentence for a, _b in far)]  # right before it
                far = [(a, b) for a, b in far if _went_its_way(a, b, change)]  # "the 8.4 percent rise in staff
                # pay" names no fall of the reserves told right before it
            far = far or [(a, b) for a, b in moves if change not in (a, b) and a.sentence in near
                          and _far_move(a, b, change, settings)]  # a noun alike: only right beside it
            if told_over:  # with such a length of time in its sentence, only a move of its own noun ("a pay rise
                far = [(a, b) for a, b in far if a.measure == change.measure]  # of 9 percent over two years" is
                # not what "takings grew to 3.2 million euros" moved by)
            if len({a.sentence for a, _b in far}) > 1:  # moves in two places: of two things, unless only the one
                nearest = min(far, key=lambda m: abs(m[0].sentence - change.sentence))[0]  # nearest the change
                far = [(a, b) for a, b in far if (a.claim.kind, a.claim.unit) == (  # is of its kind and unit
                    nearest.claim.kind, nearest.claim.unit)]
            pairs += far if len({a.sentence for a, _b in far}) == 1 else []
            pairs += [(a, b) for a, b in moves if change not in (a, b) and not pool and a.sentence in near
                      and a.time is not None and a.time == b.time == change.time]
        pairs = [(a, b) for a, b in pairs if a.whole is not b and b.whole is not a  # "five of the 23": no move
                 and (a.statistic == b.statistic or None in {a.statistic, b.statistic})  # "the average price
                 # ... the median price": two measures
                 and not a.role == b.role == "previous"  # "by 15%, from 6.0 billion", "by 8% from 28.9": two starts
                 and (change.compared_with or _difference(change)
                      or not (holders_differ(a, change) or holders_differ(b, change)))
                 and _same_scale(a, b, change, measured=not _points_between(change))
                 and (against_time is not None or _at_its_time(a, b, change))  # its own sentence's date may be the
                 # time it is told against ("up 21 percent on 2022"): `_then_and_after` holds such a pair
                 and not _before_since(a, b, since) and not _closer_than(a, b, span, doc.meta.published)
                 and (against_time is None or _then_and_after(a, b, against_time))  # "down 31 percent from a
                 # year earlier"
                 and (change.claim.kind not in ABSOLUTE_KINDS or _before_and_after(a, b) or _compared(a, b, change)
                      or {id(a), id(b)} == sole
                      or _margin(change) and a.role == b.role == "level")
                 and (_told_move(a, b, change) or {id(a), id(b)} == sole
                      or any(_of_the_time_against(v, change, against_time) for v in (a, b)))
                 and not _another_sort_moved(a, b, change, kinds, settings) and not _added_to_other_doings(a, b, change)
                 and not _forecast_moved(a, b, change)]
        arrived = arrivals.get(id(change), (None, None))[1]  # "rose 6 percent to 14.1 billion": that value is one
        others = {id(v) for other, v in arrivals.values() if other is not change and (  # side; another change's none,
            other.claim.kind, other.claim.unit, other.claim.value) != (  # unless it is this change told again
            change.claim.kind, change.claim.unit, change.claim.value)}
        pairs = [(a, b) for a, b in pairs if (arrived is None or arrived in (a, b)) and not {id(a), id(b)} & others]
        if not pairs and arrived is not None and change.modality == "expected":
            pairs = _current_before(arrived, values)  # "will rise by 300 pesos to 2,500 pesos": from today's fare
        elif not pairs and arrived is not None and change.modality == "asserted":
            pairs = _start_of_period(doc, change, arrived, values)  # "fell by £2.2 billion in the quarter to £48.5
            # billion" and "was £50.9 billion at the end of March"
        own_level = [v for v in pool if v.sentence == change.sentence and v.role in {"level", "part"}
                     and v.claim.end < change.claim.start] if change.claim.kind == "percent" else []
        if len(own_level) == 1 and own_level[0].measure is not None:
            level = own_level[0]  # "3.5 million guests stayed, an increase of 27 percent": that level's change
            pairs = [(a, b) for a, b in pairs if level in (a, b) and (a.measure or b.measure) is not None
                     and {a.measure, b.measure} - {None} == {level.measure}]
            pairs = pairs or _level_before(level, values)
        dated = [v for v in pool if v.role == "level" and v.time is not None and v.measure == change.measure] if \
            not pairs and change.modality == "asserted" and change.measure is not None and span is None else []
        if len(dated) == 1:
            pairs = _level_before(dated[0], values)  # "turnover for 2019 climbed to $61 million" and, in the next
            # sentence, "Turnover grew 22 percent": from the value of the year before, wherever told
        # far apart: no sides of one contest, but a difference they make exactly still tells what it is ("scored 35
        # goals ... conceded only 14, a goal difference of +21")
        apart = [(a, b) for a, b in pairs if _far_apart(a, b)] if _difference(change) else []
        pairs = [(a, b) for a, b in pairs if not apart or not _far_apart(a, b)]
        if change.modality == "asserted" and not change.referred:  # "has halved in 15 years": its two ends
            pairs = _span_ends(doc, change, facts, values, settings) or pairs
        if not pairs:  # "raise that maximum by 25 years": the figures told as that bound, whatever their nouns
            bounds = [v for v in values if v is not change and qualifier_kind(v.claim) == _bound_named(change)]
            pairs += [(a, b) for i, a in enumerate(bounds) for b in bounds[i + 1:] if _same_scale(a, b, change, False)
                      and (change.claim.kind not in ABSOLUTE_KINDS or _before_and_after(a, b))]
        times_of = _times_value(doc, change, facts)
        if times_of is not None:  # "twice the reduction of 1.9 days": that figure is one side, of its own role
            others = [v for v in facts if v.sentence == change.sentence and v not in (change, times_of)
                      and v.role == times_of.role and v.claim.kind == times_of.claim.kind
                      and in_unit(v.claim, times_of.claim.unit) is not None and v.claim.value]
            pairs = [(times_of, v) for v in others] if times_of.role == "change" else \
                [(a, b) for a, b in pairs if times_of in (a, b)]
        against = _against_value(doc, change, values)
        if against is not None:  # "$70 million ahead of the $2.0 billion forecast": that figure is one side
            sides = {id(v): v for v in [*pool, *(v for pair in pairs for v in pair)]}.values()
            pairs = [(against, v) for v in sides if v is not against and _same_scale(against, v, change, False)]
        elif not change.referred:  # "The increase of 1.06 million": the move told before, whatever else fits it
            if any(_explained(a, b, change, facts, settings, same_value=True) for a, b in pairs):
                continue  # "Prices are up 7.9%" after "rose 7.9% to C$214,300 from C$198,600": that change again
            pairs = [(a, b) for a, b in pairs if not _explained(a, b, change, facts, settings)]
        if change.claim.kind == "multiplier" and change.compared_with:  # "twice as likely to race as those over
            # 50": of two groups, held only to values told of them
            pairs = [(a, b) for a, b in pairs if _compared(a, b, change, doc)]
        own_tally = [(a, b) for a, b in tallies if a.sentence == change.sentence]
        if _difference(change) and own_tally:
            pairs = own_tally  # "approved by 58,214 votes to 49,987, a margin of 8,227": that tally's difference
        elif _difference(change) and _margin(change):
            pairs = _own_sides(change, values) or _told_sides(doc, pairs, change, against)
        elif _difference(change) and against_time is None:  # "44 more publishers than last year": a move in time,
            pairs = _told_sides(doc, pairs, change, against)  # no two sides
        if change.restates is not None and change.restates.role == "change":
            pairs = [(a, b) for a, b in pairs if _moved_by(a, b, change.restates, settings)]  # "the drop of 1.8
            # million travellers, or 67 per cent": of the move 1.8 million makes, whichever values it is between
        if not pairs:
            continue
        misses = [(_miss(test, a, b, change, settings), a, b) for a, b in pairs]
        if any(miss <= 0 for miss, _a, _b in misses) or any(
                test(*_in_one_unit(a, b, change)) <= 0 for a, b in _told_sides(doc, apart, change, against)) or \
                _fits_nearby(test, change, values, settings) or \
                _fits_values_of_one_noun(test, change, values, settings) or \
                _restates_an_amount(change, facts, values, settings):
            continue
        misses = [(miss, a, b) for miss, a, b in misses if not _unrelated(change, *_in_one_unit(a, b, change))]
        if not misses:
            continue  # "up 5.2 percent at 18.40" and a buyback of 200 million: no slip makes a change that far off
        _nearest, a, b = min(misses, key=lambda item: item[0])
        message = (f"{change.claim.text} does not fit the values beside it: {a.claim.text} and {b.claim.text}")
        rule = RULES["CC207"]
        cited = sorted((change.claim, a.claim, b.claim), key=lambda c: c.start)
        flags.append(Flag("CC207", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited]))
    return flags + _duration_flags(facts, settings)


def _moved_by(a: Fact, b: Fact, amount: Fact, settings: Settings) -> bool:
    """True when two values can lie as far apart as an amount of change allows (the roundings and hedges of all three
    taken into account): the move it tells."""
    allowed = claim_interval(amount.claim, settings)
    sides = [claim_interval(v.claim, settings) for v in (a, b)]
    in_its_unit = [in_unit(v.claim, amount.claim.unit) for v in (a, b)]
    if allowed is None or None in sides or None in in_its_unit:
        return False
    scale = in_its_unit[0] / a.claim.value if a.claim.value else 1.0
    first, second = sides
    widest = max(second.high - first.low, first.high - second.low) * scale
    narrowest = max(0.0, second.low - first.high, first.low - second.high) * scale
    return narrowest <= allowed.high and allowed.low <= widest


def _each_changed(doc: Document, change: Fact) -> bool:
    """True for a change told of each of a set ("Both payments were doubled", "each of the fares rose 10 percent", "all
    three prices were cut by a fifth"): every member moved from an earlier value of its own, so two values told of
    the set are no before and after of it."""
    span = doc.nlp.char_span(change.claim.start, change.claim.end, alignment_mode="expand") if doc.nlp else None
    if span is None or not len(span):
        return False
    verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb is not None else None
    return subject is not None and (subject.lower_ in EACH_WORDS or any(
        c.dep_ in {"det", "predet"} and c.lower_ in EACH_WORDS for c in subject.children))


def _told_with(doc: Document, change: Fact, from_to: list[tuple]) -> bool:
    """True when a change is written right beside a move's "from ... to" values, no verb between ("rose to 52.6
    million from 47.1 million, a gain of 4.5 million", "rose by 5.5 million to 52.6 million from ..."), not in
    a clause of its own ("had risen by 5, and the shelters rose to 40 from 30")."""
    if doc.nlp is None:
        return False
    for pair in from_to:
        first, last = min(c.start for c in pair), max(c.end for c in pair)
        if pair[0].sentence != change.sentence or first <= change.claim.start < last:
            continue
        gap = (last, change.claim.start) if change.claim.start >= last else (change.claim.end, first)
        between = doc.nlp.char_span(*gap, alignment_mode="expand") if gap[0] < gap[1] else None
        if between is not None and not any(t.pos_ in {"VERB", "AUX"} for t in between):
            return True
    return False


def _fits_nearby(test, change: Fact, values: list[Fact], settings: Settings) -> bool:
    """True when two values of one scale told in the change's sentence or the ones either side fit it, whatever the
    readings that choose its pair say they are: which two values a change moves between is the parse's guess, and a
    change that a pair beside it makes is no slip to report ("Compared with June last year, when the average was
    182,000 zloty, prices were 2.6% higher" after "reached 186,700 zloty in June, up from 184,900 zloty in May"). A
    change told with where it started ("up 4.5 points from 9.6 percent", "40 centimetres above the old record of 6.10
    metres") moved from that value to one told before it in its sentence, and only those pairs count. A percentage
    whose words say which way it went is held to that way between a before and an after (`_miss`): "3,140, up from
    2,280, a rise of 27 percent" is no fall from 3,140 to 2,280 read backwards; two percentages may make a relative
    change of them (`_two_shares`)."""
    near = [v for v in values if abs(v.sentence - change.sentence) <= 1 and v is not change
            and v.paragraph == change.paragraph]
    starts = [v for v in near if v.sentence == change.sentence and v.role == "previous"
              and v.claim.start > change.claim.end]
    if starts:
        start = starts[0]
        pairs = [(start, v) for v in near if v.sentence == change.sentence and v.claim.end < change.claim.start]
    else:
        pairs = [(a, b) for i, a in enumerate(near) for b in near[i + 1:]]
    return any((_same_scale(a, b, change, measured=False) or _two_shares(a, b, change))
               and _miss(test, a, b, change, settings) <= 0 for a, b in pairs)


def _fits_values_of_one_noun(test, change: Fact, values: list[Fact], settings: Settings) -> bool:
    """True when two values of one noun told anywhere in the article fit an amount of change (not a ratio, which two
    such values fit by chance far more often): which two values it moved between is the parse's guess, and an
    article whose own figures make the change ("rose to 9,300 from 7,150" and paragraphs on "the 2,150 more") does
    not contradict itself."""
    if change.claim.kind not in ABSOLUTE_KINDS:
        return False
    by_noun: dict[str, list[Fact]] = {}
    for value in values:
        if value is not change and value.measure is not None:
            by_noun.setdefault(value.measure, []).append(value)
    return any(_same_scale(a, b, change, measured=False) and _miss(test, a, b, change, settings) <= 0
               for named in by_noun.values() for i, a in enumerate(named) for b in named[i + 1:])


def _restates_an_amount(change: Fact, facts: list[Fact], values: list[Fact], settings: Settings) -> bool:
    """True for a percentage told in one sentence with an amount of change ("The rise of 9,000 visitors, or about 28
    percent,") that the amount makes over a value of its noun told anywhere, taken as where the move started: that
    amount's change again, in proportion."""
    percent = _percent_of(change)
    if percent is None or change.claim.kind in ABSOLUTE_KINDS:
        return False
    slack = settings.percent_tolerance_pp + _rounding_pp(change, settings)  # as `_fit_test` allows a percentage
    bound = qualifier_kind(change.claim)
    amounts = [f for f in facts if f.sentence == change.sentence and f.role == "change" and f is not change
               and f.claim.kind in ABSOLUTE_KINDS and f.claim.value and f.measure is not None]
    return any(_gap(100 * d.claim.value / v.claim.value, percent, bound) <= slack for d in amounts for v in values
               if v.measure == d.measure and v.claim.kind == d.claim.kind and v.claim.unit == d.claim.unit
               and v.role != "change" and v.claim.value > 0)


def _two_shares(a: Fact, b: Fact, change: Fact) -> bool:
    """True for two percentages and a percentage change of them, which may be relative ("fell to 5.1 percent from 6.0
    percent, a relative fall of 15 percent"): a pair that may fit it, though no pair it is held to."""
    return all(f.claim.kind == "percent" and f.claim.unit == "%" for f in (a, b, change)) and \
        a.claim.value != b.claim.value


def _current_before(arrival: Fact, values: list[Fact], dated=None) -> list[tuple[Fact, Fact]]:
    """For a planned change told with where it will arrive ("fares will rise by 300 pesos to 2,500 pesos"): the one
    value of that noun, kind and unit told as it is now, wherever the article tells it ("The current fare of 2,300
    pesos"), and the arrival; none when there is no such value or several. With `dated`, only values it holds for
    count (`_start_of_period`)."""
    current = [v for v in values if v is not arrival and v.modality == "asserted" and v.role in {"level", "previous"}
               and v.measure is not None and v.measure == arrival.measure and not holders_differ(v, arrival)
               and _written_alike(v, arrival) and (dated is None or dated(v))]
    return [(current[0], arrival)] if len(current) == 1 else []


def _start_of_period(doc: Document, change: Fact, arrival: Fact, values: list[Fact]) -> list[tuple[Fact, Fact]]:
    """For an undated change told with where it arrived and the period it is told over ("lending fell by £2.2 billion in
    the quarter to £48.5 billion"), the one value of that noun, kind and unit dated from that period's length before the
    article's date (and the weeks a report may come out after it) to before the article ("lending was £50.9 billion at
    the end of March"), and the arrival; none when the change or its arrival is dated, or there is no such value or
    several."""
    published = doc.meta.published
    if published is None or arrival.time is not None or change.time is not None or not \
            0 <= change.sentence < len(doc.sentences):
        return []
    sentence = doc.sentences[change.sentence]
    period = PERIOD_TOLD.search(doc.text, sentence.start, sentence.end)
    if period is None:
        return []
    earliest = published - timedelta(days=PERIOD_DAYS[period.group(1).lower()]) - REPORTED_AFTER
    return _current_before(arrival, values,
                           lambda v: v.time is not None and earliest <= v.time.first and v.time.last < published)


def _level_before(level: Fact, values: list[Fact]) -> list[tuple[Fact, Fact]]:
    """For a dated level that a change is told of and that no value near it moves from ("produced 412,000 ounces in
    2020, an increase of 24 percent on the previous year"): the one value of its kind and unit, of its verb or noun and
    holder, dated in the period of the same length right before it, wherever the article tells it ("In 2019 the mine
    produced 349,000 ounces"); none when there is no such value or several."""
    if level.time is None:
        return []
    span = level.time.last - level.time.first
    earlier = [v for v in values if v is not level and v.time is not None and v.modality == "asserted"
               and _written_alike(v, level)
               and level.time.first - span - DAY_SLACK <= v.time.first and v.time.last < level.time.first
               and ((v.event is not None and v.event == level.event) or v.measure == level.measure)
               and not holders_differ(v, level)]
    return [(earlier[0], level)] if len(earlier) == 1 else []


def _written_alike(a: Fact, b: Fact) -> bool:
    """True for two figures of one kind, unit and base ("2,300 pesos" and "2,500 pesos")."""
    return (a.claim.kind, a.claim.unit, a.claim.per) == (b.claim.kind, b.claim.unit, b.claim.per)


def _arrivals(doc: Document, facts: list[Fact], values: list[Fact]) -> dict[int, tuple[Fact, Fact]]:
    """For each change written right before the value it arrived at ("rose 6 percent to 14.1 billion pesos"; `ARRIVAL`),
    keyed by the change's id: the change and that value, its own after, which is no side of another change's move
    ("..., while fee income fell 22 percent to 2.3 billion pesos")."""
    found = {}
    for change in (f for f in facts if f.role == "change"):
        value = next((v for v in values if v.sentence == change.sentence and v.claim.start > change.claim.end
                      and ARRIVAL.fullmatch(doc.text, change.claim.end, _written_at(doc, v))), None)
        if value is not None:
            found[id(change)] = (change, value)
    return found


def _written_at(doc: Document, value: Fact) -> int:
    """Where a value is written, with its hedge (`ARRIVAL_HEDGES`: "roughly 30,000") if it has one."""
    hedge, start = qualifier_before(doc.text, value.claim.start)
    return start if hedge in ARRIVAL_HEDGES else value.claim.start


def _duration_flags(facts: list[Fact], settings: Settings) -> list[Flag]:
    """A length of time in years ("served 34 years on the court") longer than a holder's spans written by their two
    ends (with the spans in their sentences and its own) can hold, from the first one's start to the last one's
    end, where one of the spans is of the same event and told beside all of the length's setting ("served on the
    court from 1968 until 1999": at most 32 years; "chair, 1988–2015, and before that deputy chair, 1980–1988; 34
    years in all" fits; "coached the national team from 2010 to 2015" is not all of "coached for 20 years, at six
    clubs"). A shorter one may be a part of them ("ten years of them as chief judge"), one without a setting may be
    a whole career, and one told as at most ("up to 40 years") fits."""
    spans = [f for f in facts if f.claim.kind in {"date", "period"} and f.time is not None and f.event
             and f.modality == "asserted" and f.time.first.year < f.time.last.year
             and {str(f.time.first.year), str(f.time.last.year)} <= set(YEAR.findall(f.claim.text))]
    flags = []
    for duration in facts:
        claim = duration.claim
        years = in_unit(claim, "years")
        if claim.kind != "quantity" or not years or duration.modality != "asserted":
            continue
        tenure = _tenure_flag(duration, years, facts, settings)
        if tenure is not None or qualifier_kind(claim) == "upper":
            flags += [tenure] if tenure is not None else []
            continue
        # the holder's spans of any event (the parse may hang one of them from another verb), one of them of the
        # length's own event and told beside all of its setting; then the spans in their sentences and the length's,
        # which the parse may give no holder
        its = [s for s in spans if _name_words(s) & _name_words(duration)]
        setting = duration.setting
        if not setting or not any(s.event == duration.event and setting <= s.setting | s.context_terms for s in its):
            continue
        told = {duration.sentence, *(s.sentence for s in its)}
        its += [s for s in spans if s.sentence in told and s not in its]
        longest = (max(s.time.last for s in its) - min(s.time.first for s in its)).days / DAYS_IN["years"]
        slack = settings.approx_tolerance if qualifier_kind(claim) == "approx" else 0.0
        if years > longest * (1 + slack) + HALF_A_YEAR:
            rule = RULES["CC207"]
            ends = " and ".join(s.claim.text for s in its)
            message = f"{claim.text} ({duration.event}) is longer than the {longest:.0f} years at most of {ends}"
            cited = sorted((claim, *(s.claim for s in its)), key=lambda c: c.start)
            flags.append(Flag("CC207", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited]))
    return flags


def _tenure_flag(duration: Fact, years: float, facts: list[Fact], settings: Settings) -> Flag | None:
    """A length of time told of a setting ("25 years on the appeals court") that the years between a date that
    starts someone's time there and one that ends it (`Fact.phase`: "appointed to the appeals court in 1981",
    "retired from the court in 2010": 34 to 36 years) do not allow, longer or shorter, where the article gives
    exactly one such start and end, of no other holder; a bound ("more than 30 years") only past its side."""
    setting = duration.setting
    dated = [f for f in facts if f.phase and f.time is not None and f.modality == "asserted" and setting
             and setting <= f.setting and not holders_differ(f, duration)]
    tenures = [(start, end) for start in dated if start.phase == "start" for end in dated
               if end.phase == "end" and start.time.last < end.time.first and not holders_differ(start, end)]
    if len(tenures) != 1:
        return None
    start, end = tenures[0]
    shortest = (end.time.first - start.time.last).days / DAYS_IN["years"]
    longest = (end.time.last - start.time.first).days / DAYS_IN["years"]
    bound = qualifier_kind(duration.claim)
    slack = settings.approx_tolerance if bound == "approx" else 0.0
    longer = bound != "upper" and years > longest * (1 + slack) + HALF_A_YEAR
    shorter = bound != "lower" and years < shortest * (1 - slack) - HALF_A_YEAR
    if not (longer or shorter):
        return None
    rule = RULES["CC207"]
    message = (f"{duration.claim.text} does not fit the {shortest:.0f} to {longest:.0f} years between "
               f"{start.claim.text} ({start.event}) and {end.claim.text} ({end.event})")
    cited = sorted((duration.claim, start.claim, end.claim), key=lambda c: c.start)
    return Flag("CC207", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited])


def _span_ends(doc: Document, change: Fact, facts: list[Fact], values: list[Fact], settings: Settings
               ) -> list[tuple[Fact, Fact]]:
    """For a change told over the one length of years its sentence gives ("enrolment has almost halved in 15 years",
    "loans have fallen by a quarter over five years"), the pairs of one measure's values (alike its own by the word
    vectors, where it names one: "membership" and "members"), anywhere in the article, dated at its two ends: one in
    the year the change is told of (its own date, else the article's year) and one that many years before, within
    `SPAN_SLACK_YEARS` ("had 1,240 pupils in 2004" and "this year it has 810"). Two values so dated are the move the
    change tells, whatever else stands near it. For a change with no date of its own, the latest value may be one
    told of the `RECENT_DAYS` before the article ("at the end of December", in February), and the span starts that
    many years before its year."""
    published = doc.meta.published
    end = change.time.last.year if change.time is not None else published.year if published is not None else None
    spans = [f.claim.value * DAYS_IN[f.claim.unit] / DAYS_IN["years"] for f in facts
             if f.sentence == change.sentence and f is not change and f.claim.kind == "quantity"
             and f.claim.unit in {"years", "decades"} and f.claim.value
             and SPAN_BEFORE.search(doc.text, max(0, f.claim.start - 40), f.claim.start)]
    if end is None or len(spans) != 1:
        return []
    start = end - spans[0]
    slack = SPAN_SLACK_YEARS if spans[0] >= 3 else 0.0

    def dated(value: Fact, year: float, within: float) -> bool:
        return value.time is not None and value.time.first.year - within <= year <= value.time.last.year + within

    vectors = settings_vectors(settings)
    ends = [v for v in values if v is not change and v.role in {"level", "previous"} and v.time is not None
            and not holders_differ(v, change) and v.claim.kind in ABSOLUTE_KINDS and v.measure is not None
            and (change.measure is None or alike_lemmas(change.measure, v.measure, vectors, settings))]
    latest = [b for b in ends if dated(b, end, 0.0) or change.time is None and published is not None
              and 0 <= (published - b.time.last).days <= RECENT_DAYS]  # "has grown by a third over five years" in
    # an article of February: its latest value may be of the year before ("41,200 members at the end of December")
    return [(a, b) for b in latest for a in ends
            if dated(a, min(end, b.time.last.year) - spans[0], slack)
            and not dated(b, start, slack) and a.claim.kind == b.claim.kind
            and in_unit(b.claim, a.claim.unit) is not None and a.measure == b.measure]


def _told_of(value: Fact, change: Fact, told_once: frozenset[str], kinds: dict[int, frozenset[str]]) -> bool:
    """A value the change can be about: of the thing it measures ("revenue rose 14%" and "revenue of $4.2
    billion") or of a word of its subject whose values the article tells in one sentence only (`told_once`: "passenger
    traffic fell" and "1.27 million passengers, compared with 5.08 million"; not two shores' moves), or hanging from its
    own verb ("climbed 29% to $912 million from $705 million"); near a change whose measure the parse does not give
    ("that chance had doubled"), a value whose measure it does give or a rate per a base, in the change's sentence or
    the one before (or two before, for a change said to follow, which is of those figures whatever its noun: "Alaska's
    rate was thus three times New Jersey's"), or for one named as already told with no noun of its own ("the overall
    fall of 36 percent"), any value before it; for a difference between two sides, any value."""
    if _difference(change):
        return True  # "won by a margin of 38", "$1.2 billion more than SpaceX's": the two sides, whatever they count
    if change.measure is None or change.inferred:  # what changed was given before or with it; `_same_scale` pairs
        # one measure only
        before = {change.sentence - 1, change.sentence} | ({change.sentence - 2} if change.inferred else set())
        if (value.measure is not None or value.claim.kind == "ratio") and value.sentence in before:
            return True
        if change.measure is None and change.referred and value.sentence < change.sentence:
            return True  # "The overall fall of 36 percent was the largest": a move told before (`_told_move`)
        if change.measure is None:
            return False
    if value.measure == change.measure and _one_kind(value, change, kinds) or \
            value.measure in change.measure_terms & told_once:
        return True  # "passenger traffic fell by two-thirds" and "handled 1.27 million passengers"; not "the whole
    # crop of 1.3 million tonnes" for "the drop in the wheat crop"
    if value.state is not None and nominalises(value.state, change.measure):
        return True  # "an increase of 410 car thefts" and "1,140 stolen vehicles": the things that doing befell
    return value.sentence == change.sentence and value.event is not None and value.event == change.event


def _in_reach(value: Fact, change: Fact, back: bool = True) -> bool:
    """Whether a value stands where a change's values may: in the sentences either side of it, two sentences back in
    its paragraph for a change its sentence says follows ("the rate was therefore double that in Bexley"), anywhere
    in its paragraph for a difference between two sides, and (with `back`) anywhere before it for a change named as
    one already told ("the 28 percent increase in profit"; `_told_move`)."""
    if abs(value.sentence - change.sentence) <= 1 or (back and change.referred and value.sentence < change.sentence):
        return True
    same_paragraph = value.paragraph == change.paragraph
    return same_paragraph and (_difference(change) or change.inferred and value.sentence == change.sentence - 2)


def _then_and_after(a: Fact, b: Fact, against: DateRange) -> bool:
    """For a change told against a time ("up 11 percent on 2022"): one value of the pair is of that time and the
    other is not told of an earlier one (a value of 2019 is no end of a change since 2022)."""
    then = [v for v in (a, b) if v.time is not None and not v.time.disjoint(against)]
    other = [v for v in (a, b) if v not in then]
    return bool(then) and not any(v.time is not None and v.time.last < against.first for v in other)


def _of_the_time_against(value: Fact, change: Fact, against: DateRange | None) -> bool:
    """True for a value of a change's measured noun dated within the time the change is told against ("up 11 percent on
    2022" and, paragraphs away, "In 2022, the ferries carried 2.8 million passengers"): its before, wherever told."""
    return against is not None and value.time is not None and not value.time.disjoint(against) and \
        value.measure is not None and value.measure == change.measure and value.sentence != change.sentence


def _told_sides(doc: Document, pairs: list[tuple[Fact, Fact]], change: Fact, against: Fact | None
                ) -> list[tuple[Fact, Fact]]:
    """The pairs a difference can be between, of those its paragraph gives: any, for one its sentence says follows
    ("Ruiz thus finished 25 votes ahead") or one told against a value; else the two sides told in its own sentence,
    the sides it names ("25 votes ahead of Berg": Berg's and another's) or, for a gap in points, any two percentages.
    Two levels of the paragraph that nothing ties to it are too often of two other contests (a sport's scores), even
    when told together."""
    if change.inferred or against is not None or _points_between(change):
        return pairs
    return [(a, b) for a, b in pairs if a.sentence == b.sentence == change.sentence or _compared(a, b, change, doc)]


def _told_move(a: Fact, b: Fact, change: Fact) -> bool:
    """For a change named as one already told ("the 40-cent increase in the single fare") whose values stand only in
    its reach back: a move told in one place, a previous value and a level in one sentence or two in a row ("will
    rise from 2.40 dollars to 2.90 dollars"; "reported profit of $50.2 million. That compares with $42.5 million
    ..."), or two values of two times told so ("carried 1.93 million passengers in 2023" and "In 2022 it had
    carried 1.71 million"); other pairs that far back may be of anything the change's noun names."""
    if all(_in_reach(v, change, back=False) for v in (a, b)):
        return True
    return ("previous" in {a.role, b.role} or dated_apart(a, b)) and abs(a.sentence - b.sentence) <= 1


def _sole_values(change: Fact, pool: list[Fact], published: date | None, settings: Settings) -> set[int]:
    """For a change named as one already told ("the increase in passengers of 320,000"), the ids of the only two values
    of its kind and noun in its reach, when they are of two times (both dated, on days that do not meet, or one dated
    before the article's weeks and the other undated, of the article's own time: "carried 5.2 million passengers"
    and "In 2021, it carried 4.6 million") and of no two places, wherever they stand: the move it names; else none."""
    if not change.referred or change.measure is None:
        return set()
    alike = [v for v in pool if v.measure == change.measure and (v.claim.kind, v.claim.unit) == (
        change.claim.kind, change.claim.unit)]
    if len(alike) != 2 or not (dated_apart(*alike) or of_other_times(*alike, published, settings)) or (
            alike[0].places and alike[1].places and not alike[0].places & alike[1].places):
        return set()
    return {id(v) for v in alike}


def _one_kind(value: Fact, change: Fact, kinds: dict[int, frozenset[str]]) -> bool:
    """Whether a value of a change's noun can be of the sort the change names ("the drop in the wheat crop" is no
    move of "a crop of 1.3 million tonnes": a part and the whole): the change names none, or the value's sort
    (`kinds`) shares one, or the sort is what the value's things underwent ("the rise in exported flour" and
    "exported 3,140 tonnes of flour")."""
    sorts = kinds.get(id(value), value.kind_words) | {value.state, value.event} - {None}
    return not change.kind_words or bool(sorts & change.kind_words)


def _kinds_told(values: list[Fact]) -> dict[int, frozenset[str]]:
    """Each value's sort: its own, or for one that names none the sorts of the values of its noun in its sentence
    ("the off-peak fare rose to €4.10 from €3.85": both off-peak fares)."""
    told: dict[tuple[int, str | None], frozenset[str]] = {}
    for value in values:
        told[value.sentence, value.measure] = told.get((value.sentence, value.measure), frozenset()) | value.kind_words
    return {id(v): v.kind_words or told[v.sentence, v.measure] for v in values}


def _went_its_way(a: Fact, b: Fact, change: Fact) -> bool:
    """For a move from a previous value `a` to `b`: whether it went the way the change's words say, if they say one
    ("the 8.4 percent rise" went up)."""
    if change.direction is None or a.claim.value == b.claim.value:
        return True
    return (b.claim.value > a.claim.value) == (change.direction == "up")


def _difference(change: Fact) -> bool:
    """True for a change that is the difference between two sides ("a margin of eight points", "38 votes ahead of
    Berg", "$1.2 billion more than SpaceX's"): the sides may be told anywhere in its paragraph (`_told_sides`)."""
    return change.role == "change" and (_margin(change) or bool(change.compared_with)) and (
        change.claim.kind != "percent" or change.claim.unit == "pp")  # "an operating margin of 11%" is a ratio


def _own_sides(change: Fact, values: list[Fact]) -> list[tuple[Fact, Fact]]:
    """For a margin, lead or gap told with its two sides in its own sentence ("the gap was three points, with Ash on
    68 and Elm on 65"): that one pair, of one scale and not far apart; else none."""
    sides = [v for v in values if v.sentence == change.sentence and v is not change and v.role in MARGIN_SIDE_ROLES]
    if len(sides) == 2 and _same_scale(*sides, change, measured=False) and not _far_apart(*sides):
        return [(sides[0], sides[1])]
    return []


def _points_between(change: Fact) -> bool:
    """True for a difference in percentage points between two sides ("a gap of 3.5 percentage points between the
    least and most active groups"): its sides are any two percentages in its paragraph, whatever nouns the parse
    gives them ("a rate of 7.5 percent", "166, or 4.0 percent")."""
    return _difference(change) and change.claim.unit == "pp"


def _margin(change: Fact) -> bool:
    """True for a change told as a margin, lead or gap ("won by a margin of 25 votes", "a lead of 12 points")."""
    return bool(DIFFERENCE_NOUNS & {change.measure, *change.context_terms})


def _far_apart(a: Fact, b: Fact) -> bool:
    """True when one value is more than `SIDES_MAX_RATIO` times the other: no two sides of one contest a difference
    is told between (a stage's time and the whole race's)."""
    x, y = in_unit(a.claim, a.claim.unit), in_unit(b.claim, a.claim.unit)
    return not x or not y or max(x, y) / min(x, y) > SIDES_MAX_RATIO


def _far_move(a: Fact, b: Fact, change: Fact, settings: Settings | None = None) -> bool:
    """A move told away from a ratio (a multiplier or a percentage) that the ratio's own words name: the move's measured
    noun is the change's, or one of the words of its subject ("the town's glass recycling grew 44%" and "residents
    recycled 9.1 tonnes of glass, up from 4.0 tonnes") or the change's noun is what the move's things did or underwent,
    made a noun ("arrivals rose 12 percent" and "2.4 million tourists arrived, compared with 2.0 million") or, with
    `settings` (asked when nothing closer is told, of a move right beside the change), alike by the word vectors
    ("prices were up 4 percent" and "a ticket now costs $2.60, against $2.50"), of no other holder. An amount of change
    must be dated as the move's level, its previous value of another time ("grew by 80,000 last year" and "410,000
    visitors in 2018, up from 300,000 in 2017"), or told with the way it went ("went up by £4,100"): an undated amount
    with neither is too often a level ("grew 22% to $2.9 billion"). A move of a sort of the change's noun that the
    change does not name ("catering income dropped to £2.1 million from £3.4 million" for "cut its income by a
    quarter") is that sort's, and one told on a verb going the other way than the change's is another's."""
    way = change.direction or ("up" if change.event in UP_WORDS else "down" if change.event in DOWN_WORDS else None)
    if way is not None and b.event in UP_WORDS | DOWN_WORDS and (b.event in UP_WORDS) != (way == "up"):
        return False  # "its revenue grew 3.2 percent" and, paragraphs on, "revenue dropped to €212 million"
    sorts = a.kind_words & b.kind_words
    if a.measure == change.measure and sorts and not any(
            w == o or nominalises(w, o) or nominalises(o, w) for w in sorts
            for o in change.kind_words | change.measure_terms):
        return False
    dated = change.time is not None and b.time == change.time and a.time is not None and a.time.disjoint(b.time)
    vectors = settings_vectors(settings) if settings is not None else None
    return (change.claim.kind in {"multiplier", "percent"} or dated or change.direction is not None) \
        and a.measure is not None and (
        a.measure == change.measure or a.measure in change.measure_terms
        or change.measure is not None and any(
            nominalises(verb, change.measure) or settings is not None and alike_lemmas(verb, change.measure,
                                                                                         vectors, settings)
            for verb in (b.event, b.state) if verb)) \
        and not holders_differ(a, change)


def _another_sort_moved(a: Fact, b: Fact, change: Fact, kinds: dict[int, frozenset[str]],
                        settings: Settings) -> bool:
    """True when both values of a move are of one sort (`kinds`: "the barley harvest shrank to 80,000 tonnes from
    95,000") and the change names another ("harvests for oats grew 12 percent"): not as written, as its verb
    ("operating" profit and "operate") or a word alike by the word vectors ("death" rate and "mortality" rates), nor as
    what the values' things underwent ("the rise in exported flour" and "exported 3,140 tonnes of organic flour");
    values of two sorts ("40% for patients given drug A and 20% for those given drug C") are the groups a change may be
    between."""
    common = kinds.get(id(a), a.kind_words) & kinds.get(id(b), b.kind_words)
    if not common or not change.kind_words or a.measure not in {None, change.measure}:
        return False  # "ticket prices" and "a single journey costs": sorts of two nouns
    vectors = settings_vectors(settings)
    underwent = {a.state, a.event, b.state, b.event} - {None}  # "the rise in exported flour": flour exported
    return not any(w == o or nominalises(w, o) or nominalises(o, w) or alike_lemmas(w, o, vectors, settings)
                   for w in change.kind_words for o in common | a.measure_terms | b.measure_terms | underwent)


def _forecast_moved(a: Fact, b: Fact, change: Fact) -> bool:
    """True when both values are a forecast's, told in another sentence than a change told as happened: a forecast
    moved from one figure to another ("lifted its target to 3.3 million cases, from 3.1 million") is no move of
    "cases shipped abroad rose 15 percent" (a forecast against a past value is: "Takings are forecast at 2.6 million
    euros, against 3.0 million euros in 2022" and "the fall in takings")."""
    return change.modality == "asserted" and all(v.forecast and v.sentence != change.sentence for v in (a, b))


def _added_to_other_doings(a: Fact, b: Fact, change: Fact) -> bool:
    """True when an increment told with a verb of its own ("another 870 took part by telephone", "a further 40 were
    rescued") and two values told with other verbs ("3,150 returned postal forms, against 520"): it adds to those that
    did what its verb says, a set the move does not count."""
    return change.added and change.event is not None and all(
        v.event is not None and v.event != change.event for v in (a, b))


def _in_one_unit(a: Fact, b: Fact, change: Fact) -> tuple[float, float]:
    """The two values in one unit: the change's own for an amount ("three years longer"), else the first's."""
    unit = change.claim.unit if change.claim.kind in ABSOLUTE_KINDS else a.claim.unit
    return in_unit(a.claim, unit), in_unit(b.claim, unit)


def _bound_named(change: Fact) -> str | None:
    """The bound ("upper" or "lower") a change's own noun or subject names ("triple the maximum fine"), or None."""
    return next((BOUND_NOUNS[w] for w in sorted({change.measure, *change.measure_terms} - {None}) if w in BOUND_NOUNS),
                None)


def _same_scale(a: Fact, b: Fact, change: Fact, measured: bool = True) -> bool:
    """Two values a change can relate: one kind and unit (lengths of time in any units: `in_unit`), different
    values, one measured noun where both have one (unless not `measured`: two bounds of what the change names);
    percentages only for a change in points."""
    if (a.claim.kind, a.claim.per or "") != (b.claim.kind, b.claim.per or "") \
            or in_unit(b.claim, a.claim.unit) in {None, a.claim.value}:
        return False  # equal values are one figure restated, not a before and an after
    rates = a.claim.kind == "ratio"  # two rates per one base ("15 per 100,000", "three per 100,000") are one scale
    if measured and ((a.measure and b.measure and a.measure != b.measure) or (
            change.measure is None and not _one_measure(a, b) and not rates)):
        return False
    if change.claim.kind in ABSOLUTE_KINDS:  # "added 21 bodies": values of the change's own kind and unit
        return a.claim.kind == change.claim.kind and in_unit(a.claim, change.claim.unit) is not None
    points = change.claim.kind == "percent" and change.claim.unit == "pp"
    return (a.claim.kind == "percent") == points


def _one_measure(a: Fact, b: Fact) -> bool:
    """True for two values of one measured noun, or where one has none and its verb is the other's noun, one word
    for the thing and the doing ("the cost has grown to $84 million" and "it would cost $61 million")."""
    return a.measure == b.measure or (a.measure is None and a.event == b.measure) or (
        b.measure is None and b.event == a.measure)


def _before_and_after(a: Fact, b: Fact) -> bool:
    """Two values told as a before and an after: one of them a previous value, the two at different times, or what
    is and what is planned ("can carry up to 12 years" and "would allow up to 30"; an amount's change is checked only
    against such a pair; two levels of one moment differ for other reasons)."""
    return "previous" in {a.role, b.role} or dated_apart(a, b) or {a.modality, b.modality} == {"asserted", "expected"}


def _explained(a: Fact, b: Fact, change: Fact, facts: list[Fact], settings: Settings, same_value: bool = False) -> bool:
    """True when another change told in the sentence of both values fits them ("sales rose 5.6% to £2.84 billion
    from £2.69 billion"): the move is that change's, and a change told elsewhere ("like-for-like sales rose 3.1%"),
    or beside them of another thing ("..., of the retail index, which lost 1.2 percent"), is of something else. So,
    for a difference, is another difference told beside the later value ("finished in 35 minutes, 69 seconds slower,
    which left him 47 seconds behind overall"). With `same_value`, only by a change of the same figure as `change`
    (then `change` is that one told again)."""
    told = {a.sentence} if a.sentence == b.sentence else {max(a.sentence, b.sentence)} if _difference(change) else set()
    for other in facts:
        if same_value and (other.claim.kind, other.claim.unit, other.claim.value) != (
                change.claim.kind, change.claim.unit, change.claim.value):
            continue
        restating = other.restates is change or change.restates is other  # "a fall of 210, or 18.5 percent": one
        # change told twice, each held to the move
        test = _fit_test(other, settings) if other.sentence in told and other not in (a, b, change) and \
            not restating else None
        if test is not None and _same_scale(a, b, other, measured=False) and test(*_in_one_unit(a, b, other)) <= 0:
            return True
    return False


def _times_value(doc: Document, change: Fact, facts: list[Fact]) -> Fact | None:
    """The figure a multiplier is written right before as what it multiplies ("twice the reduction of 1.9 days",
    "three times the 400 recorded"), or None."""
    if change.claim.kind != "multiplier":
        return None
    return next((v for v in facts if v.claim.start > change.claim.end and v.sentence == change.sentence
                 and v.claim.kind in VALUE_KINDS and TIMES_VALUE.fullmatch(doc.text, change.claim.end, v.claim.start)),
                None)


def _against_value(doc: Document, change: Fact, values: list[Fact]) -> Fact | None:
    """The value a difference is written right before as what it is told against ("$70 million ahead of the $2.0
    billion the company had forecast"), or None."""
    return next((v for v in values if v.claim.start > change.claim.end and v.sentence == change.sentence
                 and AGAINST_VALUE.fullmatch(doc.text, change.claim.end, v.claim.start)), None)


def _compared(a: Fact, b: Fact, change: Fact, doc: Document | None = None) -> bool:
    """For a difference told against something ("40 metres taller than the old one"), two values of which one is
    told of that thing and the other is not, nor of a holder the change does not name (in "5 million more than
    Samsung", Samsung's and Apple's sales, not Samsung's and Huawei's); with `doc`, a value is also told of the name
    written right after it ("against 126 for Tomas Berg")."""
    against = change.compared_with - change.measure_terms - {change.measure}

    def told_of_it(value: Fact) -> bool:
        after = FOR_NAME.match(doc.text, value.claim.end) if doc is not None else None
        named = set(after.group(1).lower().split()) if after else set()
        return bool(against & (value.measure_terms | _name_words(value) | named))
    if not against or told_of_it(a) == told_of_it(b):
        return False
    other = b if told_of_it(a) else a
    names = [set(holder.split(":", 1)[1].split()) for holder in change.holders]
    own = {word for name in names if not name & against for word in name}  # "Her margin over Berg": not Berg's
    return not other.holders or not own or bool(_name_words(other) & own)


def _name_words(fact: Fact) -> set[str]:
    """The words of a fact's holders' names, whatever kind the recogniser gave them ("Mendes" is "Ana Mendes")."""
    return {word for holder in fact.holders for word in holder.split(":", 1)[1].split()}


def _at_its_time(a: Fact, b: Fact, change: Fact) -> bool:
    """Unless the change and both values are dated, one of the values may be where the change arrived: "sales rose
    10% in the third quarter" is no change between a year's $50 million and the year before's $40 million."""
    dated = change.time is not None and a.time is not None and b.time is not None
    return not dated or not (a.time.disjoint(change.time) and b.time.disjoint(change.time))


def _since(doc: Document, change: Fact, facts: list[Fact]) -> DateRange | None:
    """When a change is told since a date ("have gained about 25 per cent since June"), the one date its sentence gives
    after "since" (`SINCE_BEFORE`): where the change's span starts; else None."""
    return _one_date_after(doc, change, facts, SINCE_BEFORE, 0)


def _time_told_against(doc: Document, change: Fact, facts: list[Fact]) -> DateRange | None:
    """When a change is told against a time ("down 31 percent from a year earlier", "40 percent fewer than a census in
    2011", "up 11 percent on 2022"), the one date its sentence gives after it with "than" or "from" a few words before,
    or a period of a month or more right after "on": one of the change's two values must be of that time; else
    None."""
    against = _one_date_after(doc, change, facts, AGAINST_TIME_BEFORE, change.claim.end)
    if against is None:  # "up 11 percent on 2022", "down 4 percent on last year": a period, never a day it moved on
        against = _one_date_after(doc, change, facts, ON_BEFORE, change.claim.end)
        against = against if against is not None and against.days >= MONTH_DAYS else None
    return against


def _one_date_after(doc: Document, change: Fact, facts: list[Fact], words: re.Pattern, start: int
                    ) -> DateRange | None:
    """The days of the one date of a change's sentence, from `start` on, that `words` end right before (within 40
    characters and not before `start`), with no figure of another verb between the two (the date of "has lifted
    timber prices 30 percent since 2021" after "the $23 million increase was blamed on inflation, which ..." is that
    rise's); None for none or several."""
    own = [f for f in facts if f.sentence == change.sentence]
    told = [f.time for f in own if f.claim.kind in {"date", "period"} and f.time is not None
            and f.claim.start >= start and words.search(doc.text, max(start, f.claim.start - 40), f.claim.start)
            and not any(o is not change and o.claim.kind not in {"date", "period"} and o.event != change.event
                        and min(change.claim.end, f.claim.end) <= o.claim.start < max(change.claim.start, f.claim.start)
                        for o in own)]
    return told[0] if len(told) == 1 else None


def _before_since(a: Fact, b: Fact, since: DateRange | None) -> bool:
    """True when a value of the pair is dated wholly before the date a change is told since: "gained about 25 per
    cent since June" runs from June to now, and "the 2.5 million hectares planted in 2019" is no end of it."""
    return since is not None and any(v.time is not None and v.time.last < since.first for v in (a, b))


def _span_days(spans: list[Fact]) -> float | None:
    """The length of time a change is told over ("had gained 30 per cent over the previous twelve months", "in the
    past decade"), in days: the one length its sentence gives right after such words (`_spans_told`); else None."""
    return spans[0].claim.value * DAYS_IN[spans[0].claim.unit] if len(spans) == 1 else None


def _spans_told(doc: Document, change: Fact, facts: list[Fact]) -> list[Fact]:
    """The lengths of time a change's sentence tells right after words of a span (`SPAN_BEFORE`). A span a
    superlative is told over ("the steepest rise in eight years") is how long since the like, not the change's."""
    return [f for f in facts if f.sentence == change.sentence and f is not change
            and f.claim.kind == "quantity" and f.claim.unit in DAYS_IN and f.claim.value and f.statistic != "record"
            and SPAN_BEFORE.search(doc.text, max(0, f.claim.start - 40), f.claim.start)]


def _closer_than(a: Fact, b: Fact, span: float | None, published: date | None) -> bool:
    """True when two values, one of them dated and the other dated or told of the article's day, lie less than
    `SPAN_SHARE` of the span a change is told over apart: "closed at 512 pence on Friday, down from 540p on
    Thursday" is no end of "had gained 30 per cent over the previous twelve months"."""
    if span is None or (a.time is None and b.time is None):
        return False
    days = [v.time.first if v.time is not None else published for v in (a, b)]
    return None not in days and abs((days[0] - days[1]).days) < SPAN_SHARE * span


def _fit_test(change: Fact, settings: Settings):
    """A function of two values giving how far they are from fitting the change (<= 0: they fit), or None when the
    fact states no change. A bounded change ("more than doubled", "up to 30 percent") fits any value on its side
    of the bound."""
    claim = change.claim
    if change.modality == "negated" or claim.value is None or claim.value <= 0:
        return None
    bound = qualifier_kind(claim)
    hedge = settings.share_approx_pp / 100 if bound == "approx" else 0.0
    if claim.kind == "multiplier" and claim.value != 1:
        slack = settings.multiplier_tolerance + hedge
        times = max(claim.value, 1 / claim.value)  # "halved": the larger value is twice the smaller
        return lambda x, y: _gap(max(x, y) / min(x, y), times, bound) / times - slack
    if claim.kind in ABSOLUTE_KINDS and change.role == "change":  # "added 21 bodies": the difference itself
        slack = settings.sum_tolerance + (settings.approx_tolerance if bound == "approx" else 0.0)
        return lambda x, y: _gap(abs(x - y), claim.value, bound) / claim.value - slack
    if claim.kind == "percent" and claim.unit == "pp" and change.role == "change":  # not a margin of error
        slack = settings.percent_tolerance_pp + 100 * hedge
        return lambda x, y: _gap(abs(x - y), claim.value, bound) - slack
    percent = _percent_of(change)
    if percent is not None:
        p = percent / 100
        slack = (settings.percent_tolerance_pp + _rounding_pp(change, settings)) / 100
        ratios = [1 + p] + ([1 / (1 - p)] if p < 1 else [])  # a rise by p, or a fall by p read backwards

        def miss(x: float, y: float) -> float:
            ratio = max(x, y) / min(x, y)
            return min(_gap(ratio, r, bound) / r for r in ratios) - slack
        return miss
    return None


def _miss(test, a: Fact, b: Fact, change: Fact, settings: Settings) -> float:
    """How far two values are from fitting a change (<= 0: they fit): for a percentage change whose words say which
    way it went ("a fall of 26 percent") between a before and an after (`_before_then_after`), the percentage they make
    that way (137 to 101 is a fall of 26%, not the 36% that 101 to 137 would rise by); else `test`, either way."""
    x, y = _in_one_unit(a, b, change)
    order = _before_then_after(a, b)
    claim, percent = change.claim, _percent_of(change)
    if order is None or change.direction is None or percent is None or not x or not y:
        return test(x, y)
    before, after = (x, y) if order else (y, x)
    made = 100 * (after / before - 1) if change.direction == "up" else 100 * (1 - after / before)
    slack = settings.percent_tolerance_pp + _rounding_pp(change, settings)
    return (_gap(made, percent, qualifier_kind(claim)) - slack) / 100


def _unrelated(change: Fact, x: float, y: float) -> bool:
    """True when the change two values make is over `UNRELATED_FACTOR` times the stated one, or under it by as much
    (a multiplier's, a percentage's or an amount's own measure): a slip miswrites a change, it does not make it
    another order of size, so those values are of other things."""
    low, high = sorted((abs(x), abs(y)))
    if low <= 0:
        return True
    claim, percent = change.claim, _percent_of(change)
    if claim.kind == "multiplier":
        made, stated = high / low, max(claim.value, 1 / claim.value)
    elif percent is not None:
        made, stated = 100 * (high / low - 1), percent
    elif claim.kind == "percent" and claim.unit == "pp" or claim.kind in ABSOLUTE_KINDS:
        made, stated = high - low, claim.value
    else:
        return False
    return made <= 0 or stated <= 0 or not stated / UNRELATED_FACTOR <= made <= stated * UNRELATED_FACTOR


def _percent_of(change: Fact) -> float | None:
    """The percentage a change of proportion states: a percentage ("fell 75 percent"), or a fraction written as one
    ("fell by two-thirds", "rose by a quarter": 66.7, 25; a fraction is a rounded figure, allowed `share_approx_pp`);
    None for any other change."""
    claim = change.claim
    if change.role != "change" or claim.value is None:
        return None
    if claim.kind == "percent" and claim.unit == "%":
        return claim.value
    if claim.kind == "ratio" and claim.unit is None and 0 < claim.value < 1:
        return claim.value * 100
    return None


def _rounding_pp(change: Fact, settings: Settings) -> float:
    """Percentage points of slack for a change of proportion told roughly: hedged ("about 20 percent") or written as a
    fraction ("fell by two-thirds"), `share_approx_pp`; else none."""
    rough = qualifier_kind(change.claim) == "approx" or change.claim.kind == "ratio"
    return settings.share_approx_pp if rough else 0.0


def _before_then_after(a: Fact, b: Fact) -> bool | None:
    """True when `a` is the before and `b` the after (a previous value and another, or the earlier of two times), False
    the other way round, None when the two do not say."""
    if (a.role == "previous") != (b.role == "previous"):
        return a.role == "previous"
    if dated_apart(a, b):
        return a.time.first < b.time.first
    return None


def _gap(found: float, stated: float, bound: str) -> float:
    """How far a found value is from a stated one; for a lower or upper bound, only how far it falls short of or
    goes past it."""
    if bound == "lower":
        return max(0.0, stated - found)
    if bound == "upper":
        return max(0.0, found - stated)
    return abs(found - stated)
