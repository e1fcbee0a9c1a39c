"""CC208: a rate, the base it applies to and their product that do not agree.

A rate is a fact given per something (`Fact.per_unit`: "$512.40 per tonne", "12.4 deaths per 100,000 people", "$260 of
output per person"). Its base is a count or quantity of that unit ("1.3 billion people", "1,000 metric tons", "a
population of 31 million") within `rate_window_sentences` of it, not of another occasion (`_occasions_apart`) nor a
count of what the rate counts ("18,000 people" for "310 people per 100,000 residents": its product) (when one counts the
unit's own noun, "27,800 students" for "per student", counts of alike nouns are of other things: "3,260 employees"; for
a unit picked out by what befell its things, "for each miner killed", no count told elsewhere of things something else
befell, "400 left homeless", and where one is told, wherever, the counts of the things it befell are its bases: "£300 to
each flooded household" and "640 homes flooded": `Fact.per_befell`); its product is a figure of what the rate counts (an
amount in the rate's currency, or a count of the rate's counted noun), not of another occasion than the base, in the
base's sentence or the rate's own (or the two before a rate its sentence says follows: "That gives it a rate of ..."),
or wherever told the article's one such figure of what the rate's words name ("spending per guest" and "guests spent
€9.1 million": `_only_total_named`), never the rate's own earlier value ("€205 a tonne, up from €160"), not one of the
rate's own size beside a base of many units (that is another amount per unit: "about €8.17 per admission, below the
standard €10 price"), nor an amount told as what a change is worth ("the cut is worth $32,000": `_worth_of_a_change`)
beside a rate that is no change, nor, for a rate also given per a unit of time ("saves €45,000 a tram a year"), a figure
not told over at least that time (a one-off price). A base may also be the article's one count of the rate's unit,
wherever told (`_only_count_of`), for an average of a total of those things (below), or for an average any count of its
unit told in one sentence with such a total (`_counted_with_a_total`). When rate x base / per_base and the product
differ by more than `rate_product_factor` (`average_total_factor` for an average of the things a count and a total of
them give: `_average_of_a_total`) either way (a bound counts only when broken: "less than $5,000"), the three are
flagged; one triple that agrees is enough to stay quiet (the rate is then read right; a product told with a base in its
sentence is held to that base alone), but for a product told with its own base in a sentence apart from the rate's
("sold 2,400 tickets at $85 each, raising $204,000" and "members bought 300 of the tickets, worth $25,500 in all") that
no base agrees with, and so is a product that is the rate's total and another figure of its kind told beside it ("she
receives £50,000; each of the five others £3,000, so the fund paid out £65,000 in all"). A base counts more than one
unit. Units are compared as lemmas or by the shipped model's word vectors, counts by `same_measure_similarity` and units
of measure by the stricter `same_unit_similarity`.

A quantity handed out per thing ("each stall was given about 800 square feet", "the boats carried 30 tonnes each") is an
allotment: times a count of those things it is the least any whole of that measure holding them must be, not a product
(the rest of a fair's floor is aisles). It is flagged with its count and the largest quantity of its measure in the
article (converted between units) when even the lowest values the hedges allow ("more than 70 stalls", "about 800") need
more than the largest value that whole allows; an "up to" allotment never does, and a quantity per person or per hectare
is an average, not an allotment. Times its count (any count of the thing it is handed out per, wherever told: "Each of
the parcels"), it must also come within `rate_product_factor` of a total those things are told to hold: a quantity of
its measure told beside the count ("The 30 hoppers held some 2,700 tonnes in all") or of what the count's words name
("The resin, wrapped in 600 parcels" and "found 610 kilograms of cannabis resin"), not a part of another ("of which
about 600 tonnes spilled").

A count given per unit of time over a dated period ("more than eight people died each day last year") is checked the
same way against a count of the same happening dated to that same period ("2023 saw 610 deaths"): the frequency times
the units of time the period holds must come within `rate_product_factor` of it; so must a count given per unit of time
("about 10,000 views an hour") against a count of the same things told over a length of time in another sentence
("gathered eight million views in two days"); and two figures of one measured noun each given per a day, week, month or
year ("2.2 million visitors a year", "60,000 visitors on a typical day") must come within `rate_product_factor` of each
other in one unit of time (`_two_paces_flags`).

A distance covered in a length of time on one verb of motion ("could have covered 100 metres in under three seconds"),
or a length of time a verb of taking time gives in the distance's sentence ("needed 40 seconds to cover 100 metres"),
makes a speed, checked against the speeds the article gives elsewhere of something moving ("a top speed of about 18
mph"): it must come within `rate_product_factor` of one of them, or the distance, the time and the nearest speed are
flagged; against a top speed (or one told as a most: "up to 200 km/h"), only a journey faster than it (with its hedge)
is. A length of time told on a verb of motion with no distance beside it ("cover the distance in 50 minutes") is a
journey over the article's one length written as a property of what is travelled ("a 232-kilometre railway"), and is
flagged when faster than a top speed the article gives (`_route_time_flags`).

An average speed or a pace ("the trams will average 21 km/h", "averaged two minutes 50 seconds per kilometre") is a
journey's length over its time: some length and some length of time the article tells of a journey, in any sentences,
must make it within `journey_speed_factor`, or the nearest pair and the average are flagged."""

from __future__ import annotations

import math
import re

from claimcheck.checks.common import (BROAD_VERBS, DAYS_IN, UNIT_SIZES, alike_lemmas, claim_evidence, claim_interval,
                                     dated_further_apart, in_unit, nominalises, qualifier_kind, written)
from claimcheck.checks.derived import price_table
from claimcheck.checks.registry import RULES
from claimcheck.claims.numbers import UNITS, qualifier_before
from claimcheck.document import Claim, Document, Fact, Flag
from claimcheck.facts import CHANGE_NOUNS, SUM_NOUNS, holders_differ, holders_shared, told_of_a_place
from claimcheck.lexicon import WordVectors
from claimcheck.quotes.cues import REPORTING_VERBS
from claimcheck.settings import Settings

BASE_KINDS = {"count", "quantity"}
INCLUDING_VERBS = {"include"}  # closed class: a base hanging from "including" is some of the product's things
SPEED_UNITS = {"mph": 0.44704, "km/h": 1 / 3.6, "m/s": 1.0, "knots": 0.514444}  # metres per second
LENGTH_UNITS = {"m": 1.0, "km": 1000.0, "miles": 1609.344, "ft": 0.3048, "yd": 0.9144}  # metres
SECONDS_IN_DAY = 86400
SHORT_UNITS = frozenset(UNITS.values())  # units as the claims stage writes them: "kg", "MWh", "sq ft"
OVER_A_SPAN = re.compile(r"\b(?:in|over|during|within|across)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+|just\s+)?$",
                         re.IGNORECASE)  # what a count was told over: "in two days", "over the past three weeks"
# A speed of something moving: its noun ("a top speed of 18 mph", not "its wind speeds reached 185 mph": a wind's
# speed is no pace of a journey) or its verb ("moving at 13 mph").
SPEED_NOUNS = {"speed", "pace", "velocity"}
SPEED_KINDS = {"top", "maximum", "average", "full", "peak", "cruise", "cruising", "mean"}  # which of a mover's speeds
TOP_SPEEDS = {"top", "maximum", "peak"}  # the speeds no journey of their mover goes faster than
TAKING_VERBS = {"take", "need", "require"}  # "took 22 minutes to cross 35 km": the journey's time ("spent over six
# years" is as often money's)
MOTION_VERBS = {"move", "travel", "run", "fly", "drive", "sail", "race", "go", "walk", "swim", "cruise", "cover",
                "sprint", "gallop", "ride", "cycle", "head"}
AVERAGE_WORDS = {"average", "mean"}  # an average speed: its verb, noun or statistic ("averaged", "an average of")
PACE_LENGTHS = {"kilometre": 1000.0, "kilometer": 1000.0, "km": 1000.0, "mile": 1609.344}  # a pace per length, metres
COUNT_BESIDE_TOLERANCE = 0.05  # a count beside a product that the rate makes it from, rounding allowed
SCALE_SLIP_TOLERANCE = 0.05  # a total told apart off what a rate makes by a power of ten, within this share of it
JOURNEY_TIME_UNITS = {"seconds", "minutes", "hours"}  # a journey's time ("took 22 minutes"; not "a 10-day trial")
JOURNEY_ROLES = {"level", "previous"}  # a journey told, or one told as it was ("cut from 3 hours 15 minutes to ...")
EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)  # "run every six minutes": how often, not how long
# After a length that places something rather than telling a journey ("120 miles (195 km) southeast of", "6 km away",
# "was reeled in with 9 km to go").
PLACED_BY = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:away|from|off|offshore|inland|outside|short|deep|high|wide|tall|"
                       r"to\s+go|left|remaining|"
                       r"above|below|beneath|under|(?:north|south)(?:east|west)?(?:wards?)?|"
                       r"(?:east|west)(?:wards?)?)\b", re.IGNORECASE)
COUNTED_KINDS = {"count", "ratio"}
CALENDAR_UNITS = {"day", "week", "month", "year"}  # units of time a pace is compared in (not a peak's hour)
PACED_KINDS = {"count", "quantity"}  # figures given per unit of time: "10,000 views an hour", "40 hours a year"
DISTRIBUTIVE_WORDS = {"each", "every", "apiece"}

# The units of a rate per head of a population ("per 100,000 people", "per capita"): a count of a population by any
# of them is its base.
PER_HEAD = {"people", "person", "resident", "inhabitant", "capita", "population", "citizen"}
MANY_UNITS = 1.5  # units of time a dated sum must span for a rate per unit of time to make it that many times over

def rate_flags(doc: Document, settings: Settings, vectors: WordVectors | None) -> list[Flag]:
    """CC208 over every rate among the Document's facts."""
    facts = [f for f in doc.facts or [] if f.claim.value and f.claim.value > 0 and f.modality != "negated"]
    counts_in: dict[int, list[Fact]] = {}  # each sentence's counts, for the products a count beside them makes
    for fact in facts:
        if fact.claim.kind == "count" and not fact.per_unit and fact.claim.value > 1:
            counts_in.setdefault(fact.sentence, []).append(fact)
    sizes = {id(f) for f in facts if _size_of_each(f, facts)}  # "25-kilogram boxes": each one's, no base
    flags = []
    for rate in (f for f in facts if f.per_unit):
        bases = [f for f in facts if f is not rate and not f.per_unit and f.claim.kind in BASE_KINDS
                 and f.claim.value > 1 and abs(f.sentence - rate.sentence) <= settings.rate_window_sentences
                 and _is_unit(f, rate.per_unit, settings, vectors) and id(f) not in sizes
                 and f.role != "change" and f.statistic is None  # "four more ferries" add to a fleet, and "on
                 # average some 700 metres apart" is each gap's length: neither is all the rate was paid on
                 and not (f.attributive and f.claim.kind == "quantity" and f.sentence not in _told_with(rate))
                 # "a 400-gram jar" told apart from "€4.10 a kilo": one thing's size, no amount the rate was paid on
                 and not _occasions_apart(f, rate, settings)  # "a 2011 storm hit 700 farms": no base of relief
                 # told this week
                 and not _of_what_it_counts(f, rate)]
        if rate.per_befell is not None:  # "$900 for each miner killed": no count told elsewhere of things something
            # else befell ("400 left homeless")
            bases = [f for f in bases if f.sentence == rate.sentence or not (f.state or f.restriction)
                     or alike_lemmas(rate.per_befell, f.state or f.restriction, vectors, settings)]
            befell = [f for f in facts if f is not rate and f.claim.kind == "count" and not f.per_unit
                      and f.claim.value > 1 and (f.state or f.restriction) and _is_unit(f, rate.per_unit, settings,
                                                                                         vectors)
                      and alike_lemmas(rate.per_befell, f.state or f.restriction, vectors, settings)
                      and not _occasions_apart(f, rate, settings)]
            bases = befell or bases  # "£300 to each flooded household" and "640 homes were flooded": those homes
        named = [f for f in bases if f.measure == rate.per_unit or rate.per_unit in PER_HEAD and f.measure in PER_HEAD]
        bases = named or bases  # "27,800 students" for a rate "per student": "the 3,260 employees" are other people
        far = [] if bases else [f for f in _only_count_of(rate.per_unit, facts)  # of an average of a total only
               if not _occasions_apart(f, rate, settings)]  # (below), of the rate's occasion
        far += [f for f in _counted_with_a_total(rate, facts) if f not in bases + far
                and not _occasions_apart(f, rate, settings)]
        bases = bases + far
        if rate.claim.kind == "quantity":
            if _distributive(doc, rate):
                counts = [b for b in bases if b.claim.kind == "count" and not _placed_apart(b, rate)]
                named = [f for f in facts if f.claim.kind == "count" and f.measure == rate.per_unit and not f.per_unit
                         and f.claim.value > 1 and f not in counts]  # "Each of the parcels": the parcels counted before
                flags += _allotment_flags(rate, counts, facts, settings, vectors) or \
                    _held_total_flags(rate, counts + named, facts, settings, vectors)
            continue
        named_total = _only_total_named(rate, facts)
        misses, slips, apart_fits, near = [], [], False, False
        made_anywhere = {id(p) for p in facts if _base_told_anywhere(rate, p, facts, settings, vectors)}  # products
        # told with the rate that some count makes, whichever base is read
        for base in bases:
            expected = rate.claim.value * _base_value(base, rate) / rate.per_base
            told = {base.sentence} | _told_with(rate)
            for product in facts:
                if product in (rate, base) or product.per_unit or product.added or \
                        _occasions_apart(product, base, settings):
                    continue  # "420 homes were advertised in May, while 6,300 offers were made in May 2021"
                apart = product.sentence not in told and product not in named_total and not _follows_from(product,
                                                                                                       base)
                if apart and not _total_apart(rate, base, product):
                    continue  # told apart, a total is read only for a rate of a base its own noun names
                if product.role == "previous" and product.sentence == rate.sentence:
                    continue  # "€205 a tonne, up from €160 in March": the rate's own earlier value
                if product.whole is not None:
                    continue  # "had staged 120 of its 240 fixtures": some of a total, its whole
                if rate.per_time and not product.per_time and not _over_one(product, rate.per_time):
                    continue  # "saves €45,000 a tram a year" makes a yearly sum, no one-off "€38 million for 12"
                if not _counts_what_rate_counts(product, rate, settings, vectors) or \
                        _another_rate(product, rate, base, settings.rate_product_factor) or \
                        _worth_of_a_change(product) and rate.role != "change" or \
                        rate.role == "change" and product.role != "change" and not _worth_of_a_change(product):
                    continue  # "spending per visitor fell by 6 kroner": times the visitors, a change of the spending
                if _unrelated(expected, product, settings):
                    continue  # "$180 per dose times two" and "$3.6 million": counts of other things, no slip
                averaged = _average_of_a_total(rate, base, product)
                if base in far and not averaged and product not in named_total:
                    continue  # a study's "9,200 pupils", paragraphs from "less than $20 per pupil": other pupils
                factor = settings.average_total_factor if averaged else settings.rate_product_factor
                if apart:  # "will spend $24 million" ... "comes to roughly $20,000 per bus" for 120: a total told
                    # paragraphs away is the rate's product only where it is off by a slipped scale
                    apart_fits = apart_fits or _miss(expected, product, factor) <= 0
                    if _scale_slip(expected, product):
                        slips.append((0.0, abs(base.sentence - rate.sentence), base, product, expected))
                    continue
                near = True
                miss = 0.0 if _with_another(expected, product, (rate, base), facts, settings) or \
                    _made_with_a_count_beside(rate, product, counts_in.get(product.sentence, [])) or \
                    _many_times_over(rate, product, expected, factor) or \
                    id(product) in made_anywhere else \
                    _miss(expected, product, factor, at_least=_at_least(rate, base))
                misses.append((miss, abs(base.sentence - rate.sentence), base, product, expected))
        told_with = {id(m[3]) for m in misses if m[2].sentence == m[3].sentence}
        misses = [m for m in misses if id(m[3]) not in told_with or m[2].sentence == m[3].sentence]  # a product
        # told with a base ("bought 12 jets for $960 million") is that base's, no other count's
        agreed = {id(product) for miss, _, _, product, _ in misses if miss <= 0}
        if agreed:  # the rate is read right; only a product told with its own base apart from it may still miss
            misses = [m for m in misses if m[2].sentence == m[3].sentence != rate.sentence and id(m[3]) not in agreed]
        if not near and not apart_fits:
            misses = slips  # no total near the rate, and none told apart that it makes
        if not misses:
            continue
        _miss_by, _distance, base, product, expected = min(misses, key=lambda m: (m[1], m[0]))
        unit = f" {rate.claim.unit}" if rate.claim.kind == "money" and rate.claim.unit else ""
        message = (f"{_rate_text(rate)} times {written(base.claim)} makes about {_round(expected)}{unit}, not "
                   f"{written(product.claim)}")
        flags.append(_flag(message, rate.claim, base.claim, product.claim))
    return flags + _frequency_flags(facts, settings, vectors) + _pace_flags(doc, facts, settings, vectors) + \
        _two_paces_flags(facts, settings) + \
        _speed_flags(doc, facts, settings) + _average_speed_flags(doc, facts, settings)


def _pace_flags(doc: Document, facts: list[Fact], settings: Settings, vectors: WordVectors | None) -> list[Flag]:
    """A count or quantity given per unit of time ("roughly 10,000 views an hour", "about 40 hours of observation
    a year") against a figure of the same things in another sentence told over a length of time ("gathered over
    eight million views in two days", "8,000 hours of observation over the past 18 years"; not "after seven months
    of closure"): on its own verb, or the one such length its sentence gives when its verb has none. The frequency
    times the units of time in that length must come within `rate_product_factor` of the figure."""
    spans: dict[tuple[int, str], list[Fact]] = {}  # lengths of time told over, by sentence and verb
    for f in facts:
        if f.event and f.claim.kind == "quantity" and f.claim.unit in DAYS_IN and f.role == "level" and \
                _told_over(doc.text, f):
            spans.setdefault((f.sentence, f.event), []).append(f)
    lengths = {id(f) for found in spans.values() for f in found}
    flags = []
    for rate in facts:
        unit_days = _per_time_days(rate)
        if unit_days is None or rate.claim.kind not in PACED_KINDS or rate.measure is None or \
                rate.modality != "asserted":
            continue
        for count in facts:
            if count.sentence == rate.sentence or count.claim.kind != rate.claim.kind or count.per_time or \
                    count.per_unit or count.modality != "asserted" or count.role not in {"level", "part"} or \
                    not count.event or not alike_lemmas(count.measure, rate.measure, vectors, settings) or \
                    holders_differ(count, rate) or _other_doings(count, rate, vectors, settings):
                continue
            told = count.claim.value if rate.claim.kind == "count" else in_unit(count.claim, rate.claim.unit)
            over = spans.get((count.sentence, count.event)) or ([
                f for (sentence, _verb), found in spans.items() if sentence == count.sentence for f in found]
                if not _another_figure_beside(count, facts, lengths) else [])
            if len(over) != 1 or not told or over[0] is count:
                continue
            span = over[0]
            expected = rate.claim.value * span.claim.value * DAYS_IN[span.claim.unit] / unit_days
            expected *= count.claim.value / told  # in the figure's own unit ("480 minutes" against "2 hours a day")
            if _miss(expected, count, settings.rate_product_factor) <= 0:
                continue
            message = (f"{written(rate.claim)} per {rate.per_time} for {written(span.claim)} makes about "
                       f"{_round(expected)}, not {written(count.claim)}")
            flags.append(_flag(message, rate.claim, count.claim, span.claim))
    return flags


def _two_paces_flags(facts: list[Fact], settings: Settings) -> list[Flag]:
    """Two figures of one measured noun, each given per a day, week, month or year ("2.2 million visitors a year",
    "some 60,000 visitors on a typical day"), told on one verb (or none) in two sentences, both as fact or both
    as expected: in one unit of time they must come within `rate_product_factor` of each other (a slipped scale word
    moves one ten times or more); an hour's or a minute's figure is often a peak's, and is left alone."""
    paced = [f for f in facts if f.claim.kind in PACED_KINDS and f.per_time in CALENDAR_UNITS and f.measure
             and f.claim.value and f.modality in {"asserted", "expected"} and not f.per_unit]
    flags = []
    for k, a in enumerate(paced):
        for b in paced[k + 1:]:
            if a.sentence == b.sentence or a.measure != b.measure or a.modality != b.modality or \
                    a.claim.kind != b.claim.kind or (a.event and b.event and a.event != b.event) or \
                    holders_differ(a, b) or a.per_time == b.per_time:
                continue
            daily = [f.claim.value / _per_time_days(f) for f in (a, b)]
            if a.claim.kind == "quantity" and in_unit(b.claim, a.claim.unit) is None:
                continue
            ratio = max(daily) / min(daily)
            larger, smaller = (a, b) if daily[0] >= daily[1] else (b, a)
            if qualifier_kind(larger.claim) == "upper" or qualifier_kind(smaller.claim) == "lower":
                continue  # "can see up to 310 patients a week": a most, which fewer a year keep to
            if settings.rate_product_factor < ratio <= settings.rate_unrelated_factor:
                expected = daily[0] * _per_time_days(b)
                message = (f"{written(a.claim)} per {a.per_time} makes about {_round(expected)} per {b.per_time}, "
                           f"not {written(b.claim)}")
                flags.append(_flag(message, a.claim, b.claim))
    return flags


def _other_doings(a: Fact, b: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True when two figures of one thing are told on verbs that say two different doings ("bakes 4,000 loaves a day"
    and "sold 30,000 loaves"); a verb that says little (`BROAD_VERBS`, or one of reporting: "they said that was
    2,000 an hour") says nothing."""
    doings = [f.event for f in (a, b) if f.event and f.event not in BROAD_VERBS | REPORTING_VERBS]
    return len(doings) == 2 and not alike_lemmas(*doings, vectors, settings)


def _many_times_over(rate: Fact, product: Fact, expected: float, factor: float) -> bool:
    """True when a rate also given per a unit of time ("€2 per guest per night") makes a sum told over many of those
    units: over an unsaid number of them ("raised €9.2 million over the summer"), anything above one unit's worth;
    over a dated time of several ("in August"), that many units' worth."""
    unit_days = _per_time_days(rate)
    if unit_days is None or product.per_time is not None:
        return False
    if product.time is None:
        return product.claim.value > expected
    units = product.time.days / unit_days
    return units >= MANY_UNITS and _miss(expected * units, product, factor) <= 0


def _per_time_days(rate: Fact) -> float | None:
    """The days of the unit of time a rate is given per ("a week": 7.0), or None for a rate per no unit of time."""
    return DAYS_IN.get(f"{rate.per_time}s") if rate.per_time else None


def _size_of_each(fact: Fact, facts: list[Fact]) -> bool:
    """True for a quantity written as a property of a noun its sentence also counts ("3.1 million 25-kilogram
    boxes"): the size of each, which times a rate makes an amount per thing, not the total ("for $186 million")."""
    return fact.attributive and any(c.claim.kind == "count" and c.measure == fact.measure and c.claim.value > 1 and
                                    c.sentence == fact.sentence for c in facts)


def _another_figure_beside(figure: Fact, facts: list[Fact], lengths: set[int]) -> bool:
    """True when the figure's sentence gives another figure of its kind, not a length told over (`lengths`: their
    ids), which a length of time on neither one's verb may as well be told of ("a total of 520 since January, with 60
    of them over the last two weeks")."""
    return any(f is not figure and f.sentence == figure.sentence and f.claim.kind == figure.claim.kind and
               id(f) not in lengths for f in facts)


def _told_over(text: str, span: Fact) -> bool:
    """Whether a length of time is written as what something was told over ("in two days", "over the past week")."""
    written_at = qualifier_before(text, span.claim.start)[1]
    return OVER_A_SPAN.search(text, max(0, written_at - 40), written_at) is not None


def _speed_flags(doc: Document, facts: list[Fact], settings: Settings) -> list[Flag]:
    """A distance and a length of time told on one verb of motion ("could have covered 100 metres in under three
    seconds"; not "will be spent over six years on 2,000 km of track") or by a verb of taking time in the distance's
    sentence ("needed 40 seconds to cover 100 metres"; not a person's age: "Ibsen, 33, took the title")
    against the speeds the article gives of something moving ("a top speed of about 18 mph", "moving at 13 mph"),
    told elsewhere and of no other holder: the speed the two make, with their hedges, must come within
    `rate_product_factor` of one of them. A journey whose own sentence gives its speed is told whole."""
    speeds = [f for f in facts if f.claim.unit in SPEED_UNITS and f.role in {"level", "rate"} and (
        f.measure in SPEED_NOUNS and f.measure_terms <= SPEED_NOUNS | SPEED_KINDS  # not "its wind speeds"
        or f.measure not in SPEED_NOUNS and f.event in MOTION_VERBS)]
    ages = {a.end for a in doc.attributes or [] if a.kind == "age"}
    flags = []
    for distance in (f for f in facts if f.claim.unit in LENGTH_UNITS and f.role == "level" and f.event):
        told = [s for s in speeds if s.sentence != distance.sentence and not holders_differ(s, distance)]
        if not told or any(s.sentence == distance.sentence for s in speeds):
            continue
        for duration in (f for f in facts if f.sentence == distance.sentence
                         and (f.event == distance.event in MOTION_VERBS or f.event in TAKING_VERBS)
                         and f.claim.kind == "quantity" and f.claim.unit in DAYS_IN and f.role == "level"
                         and f.claim.end not in ages):
            made = _speed_made(distance, duration, settings)
            if made is None:
                continue
            if any(_pace_fits(made, s, settings) for s in told):
                continue
            speed = min(told, key=lambda s: abs(s.sentence - distance.sentence))
            unit = SPEED_UNITS[speed.claim.unit]
            pace = f"more than {_round(made[0] / unit)}" if made[1] == math.inf else f"about {_round(made[0] / unit)}"
            message = (f"{written(distance.claim)} in {written(duration.claim)} makes {pace} {speed.claim.unit}, "
                       f"not {written(speed.claim)}")
            flags.append(_flag(message, distance.claim, duration.claim, speed.claim))
    return flags + _route_time_flags(facts, settings)


def _route_time_flags(facts: list[Fact], settings: Settings) -> list[Flag]:
    """A length of time told on a verb of motion with no distance in its sentence ("are expected to cover the distance
    in 50 minutes") is a journey over the article's one length written as a property of what is travelled, when it
    tells only one ("a 232-kilometre railway", "the 284-kilometre line"); faster than a top speed of the route's
    movers ("trains designed to run at up to 200 km/h", "a maximum operating speed of 160 km/h"), with its hedge, it
    is flagged."""
    lengths = [f for f in facts if f.claim.unit in LENGTH_UNITS and f.role == "level" and f.claim.value
               and f.attributive and f.modality in {"asserted", "expected"}]
    if len({in_unit(f.claim, "m") for f in lengths}) != 1:
        return []
    distance = lengths[0]
    tops = [s for s in facts if s.claim.unit in SPEED_UNITS and s.role in {"level", "rate"} and _top_speed(s)
            and not holders_differ(s, distance)]  # "a maximum operating speed of 160 km/h": the line's movers' limit
    flags = []
    for duration in (f for f in facts if f.claim.kind == "quantity" and f.claim.unit in DAYS_IN and f.role == "level"
                     and f.event in MOTION_VERBS and f.sentence not in {distance.sentence, *(s.sentence for s in tops)}
                     and not any(g.sentence == f.sentence and g.claim.unit in LENGTH_UNITS for g in facts)):
        made = _speed_made(distance, duration, settings)
        if made is None or not tops or any(_pace_fits(made, s, settings) for s in tops):
            continue
        speed = min(tops, key=lambda s: abs(s.sentence - duration.sentence))
        unit = SPEED_UNITS[speed.claim.unit]
        message = (f"{written(distance.claim)} in {written(duration.claim)} makes at least {_round(made[0] / unit)} "
                   f"{speed.claim.unit}, faster than {written(speed.claim)}")
        flags.append(_flag(message, distance.claim, duration.claim, speed.claim))
    return flags


def _average_speed_flags(doc: Document, facts: list[Fact], settings: Settings) -> list[Flag]:
    """An average speed or pace ("the trams will average 21 km/h", "at an average of about 48 kilometres per hour",
    "averaged two minutes 50 seconds per kilometre") against the journeys the article tells in lengths and times
    anywhere in it ("the 14.2-kilometre line", "a journey ... will take about 41 minutes", "won in 2:06:41"): an
    average is distance over time, so some length and some length of time of the article must make it, with their
    hedges, within `journey_speed_factor` either way (a journey told as it was before counts: the average may be of
    the old line); if none does, the nearest pair (a time a journey takes first) and the average are flagged.
    A length that places something ("120 miles southeast of", "6 kilometres away") is no journey's, and a length of
    time per unit or per period, or how often something runs ("every six minutes"), is no journey's time."""
    averages = [(f, made) for f in facts if f.modality in {"asserted", "expected"} and f.role in {"level", "rate"}
                for made in [_average_of(f, settings)] if made is not None]
    if not averages:
        return []
    lengths = [f for f in facts if f.claim.unit in LENGTH_UNITS and f.role in JOURNEY_ROLES and f.claim.value
               and f.modality in {"asserted", "expected"} and not _places_something(doc, f)]
    times = [f for f in facts if f.claim.kind == "quantity" and f.claim.unit in JOURNEY_TIME_UNITS
             and f.role in JOURNEY_ROLES and not (f.per_unit or f.per_time) and f.claim.value
             and f.modality in {"asserted", "expected"} and not EVERY_BEFORE.search(doc.text, 0, f.claim.start)]
    factor = settings.journey_speed_factor
    flags = []
    for average, (slowest, fastest) in averages:
        journeys = [(length, took, made) for length in lengths for took in times
                    for made in [_speed_made(length, took, settings)] if made is not None]
        if not journeys or any(made[0] <= fastest * factor and slowest <= made[1] * factor
                               for _length, _took, made in journeys):
            continue
        length, took, made = min(journeys, key=lambda j: (
            abs(j[0].sentence - average.sentence) + abs(j[1].sentence - average.sentence),
            j[1].event not in TAKING_VERBS | MOTION_VERBS))  # nearest, a time a journey takes first
        unit = average.claim.unit if average.claim.unit in SPEED_UNITS else "km/h"
        pace = _round(made[0] / SPEED_UNITS[unit]) if made[1] == math.inf else _round(
            (made[0] + made[1]) / 2 / SPEED_UNITS[unit])
        message = (f"{written(length.claim)} in {written(took.claim)} makes about {pace} {unit}, not an average of "
                   f"{written(average.claim)}" + (f" per {average.per_unit}" if average.per_unit else ""))
        flags.append(_flag(message, length.claim, took.claim, average.claim))
    return flags


def _places_something(doc: Document, length: Fact) -> bool:
    """True for a length that places something rather than telling a journey (`PLACED_BY`: "120 miles southeast of",
    "6 km from the coast"), unless a verb of motion covers it ("rode the 96 kilometres from Tours": a route)."""
    placed = PLACED_BY.match(doc.text, length.claim.end)
    return placed is not None and not (placed.group(0).strip().lower() == "from" and length.event in MOTION_VERBS)


def _average_of(fact: Fact, settings: Settings) -> tuple[float, float] | None:
    """The lowest and highest metres per second an average speed or a pace allows ("averaged 54 km/h", "about two
    minutes 50 seconds per kilometre"); None for any other figure, or a top speed."""
    within = claim_interval(fact.claim, settings)
    if within is None or within.low <= 0 or within.high == math.inf:
        return None
    if fact.claim.unit in SPEED_UNITS and AVERAGE_WORDS & {fact.state, fact.event, fact.measure, fact.statistic}:
        unit = SPEED_UNITS[fact.claim.unit]
        return within.low * unit, within.high * unit
    metres = PACE_LENGTHS.get(fact.per_unit or "")
    if metres is not None and fact.claim.kind == "quantity" and fact.claim.unit in JOURNEY_TIME_UNITS:
        seconds = DAYS_IN[fact.claim.unit] * SECONDS_IN_DAY
        return metres / (within.high * seconds), metres / (within.low * seconds)
    return None


def _pace_fits(made: tuple[float, float], speed: Fact, settings: Settings) -> bool:
    """Whether a journey's speed (lowest, highest, metres per second) fits a speed told of something moving: no
    journey goes faster than its mover's top speed ("a top speed of about 18 mph"), allowing the hedge's
    `approx_tolerance`, and slower is any pace; another speed (a cruising or an average one) must come within
    `rate_product_factor` either way."""
    within = claim_interval(speed.claim, settings)
    if within is None:
        return False
    unit = SPEED_UNITS[speed.claim.unit]
    if _top_speed(speed):
        return made[0] <= within.high * unit * (1 + settings.approx_tolerance)
    factor = settings.rate_product_factor
    return within.low * unit <= made[1] * factor and made[0] <= within.high * unit * factor


def _top_speed(speed: Fact) -> bool:
    """True for a speed no journey of its mover goes faster than: a top speed ("a maximum operating speed of 160
    km/h") or one told as a most ("designed to run at up to 200 km/h")."""
    return speed.statistic in TOP_SPEEDS or bool(TOP_SPEEDS & speed.measure_terms) or \
        qualifier_kind(speed.claim) == "upper"


def _speed_made(distance: Fact, duration: Fact, settings: Settings) -> tuple[float, float] | None:
    """The lowest and highest speed, in metres per second, that a distance covered in a length of time allows
    (a bound: "in under three seconds" allows any faster one)."""
    length, took = claim_interval(distance.claim, settings), claim_interval(duration.claim, settings)
    if length is None or took is None or took.high <= 0:
        return None
    metres, seconds = LENGTH_UNITS[distance.claim.unit], DAYS_IN[duration.claim.unit] * SECONDS_IN_DAY
    fastest = math.inf if took.low <= 0 else length.high * metres / (took.low * seconds)
    return length.low * metres / (took.high * seconds), fastest


def _with_another(expected: float, product: Fact, used: tuple[Fact, ...], facts: list[Fact],
                  settings: Settings) -> bool:
    """True when the product is the rate's total and another figure of its kind told in its sentence or the one
    before ("She receives £50,000. Each of the five others receives £3,000, so the fund paid out £65,000 in all"):
    a sum of two, not the rate's product alone."""
    stated = product.claim.value
    return any(abs(expected + other.claim.value - stated) <= settings.sum_tolerance * stated for other in facts
               if all(other is not f for f in (product, *used)) and other.claim.kind == product.claim.kind
               and other.claim.unit == product.claim.unit and 0 <= product.sentence - other.sentence <= 1)


def _base_told_anywhere(rate: Fact, product: Fact, facts: list[Fact], settings: Settings,
                        vectors: WordVectors | None) -> bool:
    """True for a product told with the rate ("about $85 a print, or roughly $18,000 for the whole gift") that
    some count of the rate's unit in the article makes with it as an average makes its total (within
    `average_total_factor`), however far from the rate ("212 prints" in the first paragraph): the writer gave the rate
    and its total together, and that count is the one they are over."""
    return product.sentence == rate.sentence and any(
        _miss(rate.claim.value * _base_value(f, rate) / rate.per_base, product, settings.average_total_factor) <= 0
        for f in facts if f is not rate and f is not product and not f.per_unit and f.claim.kind in BASE_KINDS
        and _is_unit(f, rate.per_unit, settings, vectors))


def _only_count_of(unit: str, facts: list[Fact]) -> list[Fact]:
    """The article's one count of a rate's unit, wherever told ("Insurers have had 9,200 claims" ... paragraphs on,
    "an average of $4,000 per claim": those claims); none where it counts them more than once."""
    counts = [f for f in facts if f.claim.kind == "count" and f.measure == unit and not f.per_unit
              and f.claim.value > 1]
    return counts if len(counts) == 1 else []


def _counted_with_a_total(rate: Fact, facts: list[Fact]) -> list[Fact]:
    """For an average, the counts of its unit told, wherever, in one sentence with a total of the things it averages
    ("robbed four shops, taking $48,000 in total" for "took an average of $12,000 from each shop"): the count and the
    total its quotient is of (`_average_of_a_total`)."""
    if rate.statistic not in AVERAGE_WORDS:
        return []
    return [f for f in facts if f.claim.kind == "count" and not f.per_unit and f.claim.value > 1 and any(
        p.sentence == f.sentence and p is not rate and not p.per_unit and p.claim.kind == rate.claim.kind
        and p.claim.unit == rate.claim.unit and _average_of_a_total(rate, f, p) for p in facts)]


def _only_total_named(rate: Fact, facts: list[Fact]) -> list[Fact]:
    """The article's one figure of a rate's kind and unit, given per nothing, told of what the rate's own words name
    (its noun, or the verb that noun is made of: "the bill per diner came to €48" and "diners spent €9.1 million"
    on "spending" per diner), wherever told; none where more than one is."""
    words = {w for w in (rate.measure, rate.rate_of, *rate.measure_terms) if w}
    found = [f for f in facts if f is not rate and not f.per_unit and f.claim.kind == rate.claim.kind
             and f.claim.unit == rate.claim.unit and (f.measure in words or f.event is not None and any(
                 f.event == w or nominalises(f.event, w) for w in words))]
    return found if len(found) == 1 else []


def _average_of_a_total(rate: Fact, base: Fact, product: Fact) -> bool:
    """True for a rate told as an average of the very things a count and a total of them give ("9,200 claims worth
    $30 million" and "an average of $4,000 per claim"; "4,100 pupils", "29,500 books" and "on average, each pupil read
    7 books"): it is their quotient, up to rounding, not a figure that another base or product of other things only
    comes near ("an average payout of $2,500 per claim" averages another measure); a quantity in the rate's unit
    ("3,200 tonnes" for "per kilogram") counts it, whatever its noun; a total with no noun of its own told on the
    rate's verb is of the rate's things ("took $48,000 in total" and "took, on average, $12,000 from each shop"), as is
    a total in the rate's currency ("sold 3,200 tonnes for a total of 41.6 million euros")."""
    if rate.statistic not in AVERAGE_WORDS or (base.measure != rate.per_unit
                                               and _in_unit_of(base, rate.per_unit) is None):
        return False
    return product.measure == rate.per_unit and rate.measure in {None, rate.per_unit, *AVERAGE_WORDS} or (
        product.measure is not None and product.measure == (rate.rate_of or rate.measure)) or (
        product.measure is None and product.event is not None and product.event == rate.event) or (
        product.measure in SUM_NOUNS and product.claim.unit == rate.claim.unit)  # "for a total of 41.6 million euros"


def _worth_of_a_change(product: Fact) -> bool:
    """True for an amount told as what a change is worth ("the cut is worth about $32,000"): the change's rate times
    the base makes it, not the rate the change moved from or to."""
    return (product.measure in CHANGE_NOUNS) if product.measure is not None else bool(
        product.measure_terms & CHANGE_NOUNS)


def _made_with_a_count_beside(rate: Fact, product: Fact, beside: list[Fact]) -> bool:
    """True when the rate times one of the counts told in the product's sentence (`beside`) makes the product (within
    `COUNT_BESIDE_TOLERANCE`): "has set aside €55,000 for the 22 victims named so far, €2,500 for each person who
    died" is the rate's product for those 22, whatever other count of people is told near the rate."""
    return any(abs(rate.claim.value * count.claim.value / rate.per_base - product.claim.value) <=
               COUNT_BESIDE_TOLERANCE * product.claim.value for count in beside)


def _another_rate(product: Fact, rate: Fact, base: Fact, factor: float) -> bool:
    """True when a figure taken for a product is of the rate's own size while the base counts many units ("about
    €8.17 per admission, below the standard €10 price" with 4,400 admissions): another amount per unit, not a
    total."""
    return _base_value(base, rate) / rate.per_base >= factor ** 2 and product.claim.value <= rate.claim.value * factor


def _over_one(product: Fact, unit: str) -> bool:
    """True when a figure is told over at least one `unit` of time ("last year" for a rate "a year")."""
    unit_days = DAYS_IN.get(f"{unit}s")
    return product.time is not None and unit_days is not None and \
        product.time.days >= 0.9 * unit_days  # 28 days are a month


def _frequency_flags(facts: list[Fact], settings: Settings, vectors: WordVectors | None) -> list[Flag]:
    """A count given per unit of time over a dated period ("more than eight people died each day last year")
    against a count of the same happening over that same period ("2023 saw 610 deaths"): the frequency times the
    units of time in the period must come within `rate_product_factor` of it. What happened is compared (the
    verbs and what the things counted underwent, as lemmas or by the word vectors), not the nouns counted:
    "people" die, are injured and travel."""
    flags = []
    for rate in facts:
        if not (rate.per_time and rate.claim.kind == "count" and rate.time is not None and rate.role == "level"
                and rate.modality == "asserted"):
            continue
        days = (rate.time.last - rate.time.first).days + 1
        unit_days = DAYS_IN.get(rate.per_time + "s")
        if unit_days is None or days < 2 * unit_days:
            continue
        if any(f.sentence == rate.sentence and _counts_occasions(f, rate, vectors, settings) for f in facts):
            continue  # "held on 19 evenings ..., an average of 3,190 a night": per evening it ran, not per day
        expected = rate.claim.value * days / unit_days
        happened = {rate.state, rate.event} - {None}
        products = [f for f in facts if f is not rate and not f.per_time and not f.per_unit
                    and f.claim.kind == "count" and f.modality == "asserted" and f.role in {"level", "part"}
                    and f.time == rate.time and any(alike_lemmas(x, y, vectors, settings) for x in happened
                                                    for y in {f.measure, f.state, f.event} - {None})
                    and not _counts_occasions(f, rate, vectors, settings)]
        misses = [(_miss(expected, product, settings.rate_product_factor), product) for product in products]
        if not misses or any(miss <= 0 for miss, _ in misses):
            continue
        product = min(misses, key=lambda m: (m[0], abs(m[1].sentence - rate.sentence)))[1]
        message = (f"{written(rate.claim)} a {rate.per_time} for the {days:,} days it is told of makes about "
                   f"{_round(expected)}, not {written(product.claim)}")
        flags.append(_flag(message, rate.claim, product.claim))
    return flags


def _counts_occasions(count: Fact, rate: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True for a count of the units of time a rate is given per ("19 Saturday evenings" for "3,190 a night"): how many
    occasions there were, never what the rate makes over them."""
    return count.claim.kind == "count" and alike_lemmas(count.measure, rate.per_time, vectors, settings)


def _allotment_flags(rate: Fact, counts: list[Fact], facts: list[Fact], settings: Settings,
                     vectors: WordVectors | None) -> list[Flag]:
    """An allotment times its count against the largest whole of its measure (see the module's docstring). A whole
    must hold more than one allotment, must share a word with the allotment's own words ("800 square feet of
    floor space" and "20,000 square feet of floor space": the stuff handed out; "a clinic of 5,000 square feet" is
    not where 500-square-foot plots lie), must not measure the allotted things themselves ("the largest stall was
    1,500 square feet") and must not be planned when the allotment is not."""
    sizes = _unit_sizes(rate.claim.unit)
    allotment = claim_interval(rate.claim, settings)
    if sizes is None or allotment is None or allotment.low <= 0 or not counts:
        return []
    per_thing = allotment.low * sizes[rate.claim.unit]
    wholes = [f for f in facts if f is not rate and f.claim.kind == "quantity" and not f.per_unit
              and f.role == "level" and f.claim.unit in sizes
              and (f.modality != "expected" or rate.modality == "expected")
              and not any(_alike(term, rate.per_unit, settings.same_measure_similarity, vectors)
                          for term in {f.measure, *f.measure_terms} - {None})
              and (rate.context_terms | {rate.share_of}) & (f.context_terms | {f.share_of, f.measure}) - {None}
              and f.claim.value * sizes[f.claim.unit] > rate.claim.value * sizes[rate.claim.unit]]
    if not wholes:
        return []
    whole = max(wholes, key=lambda f: f.claim.value * sizes[f.claim.unit])
    room = claim_interval(whole.claim, settings)
    least = {id(c): (claim_interval(c.claim, settings) or allotment).low * per_thing for c in counts}
    if room is None or min(least.values()) <= room.high * sizes[whole.claim.unit]:
        return []
    count = min(counts, key=lambda c: abs(c.sentence - rate.sentence))
    things = count.claim.subject or f"{rate.per_unit}s"
    message = (f"{written(count.claim)} {things} at {written(rate.claim)} each need at least "
               f"{_round(least[id(count)] / sizes[whole.claim.unit])} {whole.claim.unit}, more than "
               f"{written(whole.claim)} in all")
    return [_flag(message, rate.claim, count.claim, whole.claim)]


def _held_total_flags(rate: Fact, counts: list[Fact], facts: list[Fact], settings: Settings,
                      vectors: WordVectors | None) -> list[Flag]:
    """A quantity each thing holds ("each of the hoppers carried about 90 tonnes", "Each of the parcels weighed
    roughly 1 kilogram") times a count of those things against the total those same things are told to hold: a
    quantity of its measure told beside the count ("The 30 hoppers held some 2,700 tonnes in all") or of what the
    count's words name ("The resin, wrapped in 600 parcels" and "found 610 kilograms of cannabis resin"). Either way
    past `rate_product_factor` is flagged; one pair that agrees keeps it quiet."""
    sizes = _unit_sizes(rate.claim.unit)
    if sizes is None:
        return []
    misses = []
    for count in counts:
        told = count.context_terms | count.measure_terms
        for total in facts:
            if total is rate or total.claim.kind != "quantity" or total.per_unit or total.role != "level" or \
                    total.whole is not None or total.claim.unit not in sizes or total.modality != rate.modality or \
                    total.sentence == rate.sentence:
                continue
            beside = total.sentence == count.sentence  # "The 30 hoppers held some 2,700 tonnes": theirs
            if not (beside or total.measure in told) or not beside and any(
                    _alike(term, rate.per_unit, settings.same_measure_similarity, vectors)
                    for term in {total.measure} - {None}):  # "the largest parcel weighed 3 kg": one thing's own
                continue
            expected = rate.claim.value * sizes[rate.claim.unit] * count.claim.value / sizes[total.claim.unit]
            misses.append((_miss(expected, total, settings.rate_product_factor), abs(count.sentence - rate.sentence),
                           count, total, expected))
    if not misses or any(miss <= 0 for miss, *_ in misses):
        return []
    _miss_by, _distance, count, total, expected = min(misses, key=lambda m: (m[1], m[0]))
    message = (f"{_rate_text(rate)} times {written(count.claim)} makes about {_round(expected)} {total.claim.unit}, "
               f"not {written(total.claim)}")
    return [_flag(message, rate.claim, count.claim, total.claim)]


def _placed_apart(count: Fact, rate: Fact) -> bool:
    """True for a count told of a place, beside a rate a named holder's things hold, that shares no holder with the
    rate ("Each of Holmgaard's flats measures 60 square metres" and "900 flats of that design stand in Denmark"):
    things of that kind there, not the holder's."""
    return told_of_a_place(count) and bool(rate.holders) and not holders_shared(count, rate)


def _distributive(doc: Document, rate: Fact) -> bool:
    """Whether the rate's sentence hands it out thing by thing ("each", "every", "apiece"): an allotment. A
    quantity per person or per hectare is an average, which need not fit inside any other figure."""
    if not 0 <= rate.sentence < len(doc.sentences):
        return False
    span = doc.sentences[rate.sentence]
    words = {w.strip(".,;:!?\"'()").lower() for w in doc.text[span.start:span.end].split()}
    return bool(words & DISTRIBUTIVE_WORDS)


def _unit_sizes(unit: str | None) -> dict[str, float] | None:
    """The sizes of the units of the measure a claim unit belongs to (the unit price table's), or None."""
    table = price_table()
    measure = table.measure_of(unit)
    return table.measures[measure] if measure else None


def _is_unit(fact: Fact, unit: str, settings: Settings, vectors: WordVectors | None) -> bool:
    """Whether a count or quantity counts the rate's unit: its measured noun, or its unit of measure; for a rate
    per head of a population (`PER_HEAD`: "44.9 cases per 100,000 people"), a count of a population by any of
    those nouns ("Varne has about 412,000 residents")."""
    if unit in PER_HEAD and fact.claim.kind == "count" and fact.measure in PER_HEAD:
        return True
    if fact.claim.kind == "quantity":
        if _in_unit_of(fact, unit) is not None:
            return True  # "6.05 hectares" (a claim's unit is short: "ha") of a rate "per hectare"; "3,200 tonnes"
            # of one per kilogram
        if fact.claim.unit in UNIT_SIZES and _short_unit(unit) in UNIT_SIZES:
            return False  # two units of known sizes, of two dimensions: "MW" (power) is no "MWh" (energy)
        written_unit = _singular((fact.claim.unit or "").lower())
        return bool(written_unit) and _alike(written_unit, unit, settings.same_unit_similarity, vectors)
    return fact.measure is not None and _alike(fact.measure, unit, settings.same_measure_similarity, vectors)


def _in_unit_of(quantity: Fact, unit: str) -> float | None:
    """A quantity's value in a rate's unit ("3,200 tonnes" is 3.2 million for "per kilogram"), or None when the two
    are not of one dimension."""
    short = _short_unit(unit)
    return in_unit(quantity.claim, short) if quantity.claim.unit and short else None


def _short_unit(unit: str) -> str | None:
    """A rate's unit as the claims stage writes units ("kilogram" and "kg": "kg"; "MWh"), or None for a noun that is
    no unit of measure ("share")."""
    return unit if unit in SHORT_UNITS else UNITS.get(unit.lower(), UNITS.get(f"{unit.lower()}s"))


def _of_what_it_counts(count: Fact, rate: Fact) -> bool:
    """True for a count of what the rate counts and not of its unit ("Its prisons hold 18,000 people" for "310 people
    per 100,000 residents"; in the rate's own sentence, "each team plays 22 games, against 120 last season", but for
    a population there: "Home to 5.8 million people, it jails 310 people per 100,000 residents"): a product, no base
    of it."""
    if count.measure is None or not count.measure == rate.rate_of != rate.per_unit:
        return False
    return count.sentence != rate.sentence or not (rate.per_unit in PER_HEAD and count.measure in PER_HEAD)


def _occasions_apart(a: Fact, b: Fact, settings: Settings) -> bool:
    """True when two figures are dated more than `undated_window_days` apart: told of two occasions (a rate told on the
    day it was announced may still be of what happened the week before)."""
    return dated_further_apart(a, b, settings.undated_window_days)


def _base_value(base: Fact, rate: Fact) -> float:
    """What a base counts of the rate's unit: a quantity converted into it, a count as told."""
    converted = _in_unit_of(base, rate.per_unit) if base.claim.kind == "quantity" else None
    return base.claim.value if converted is None else converted


def _counts_what_rate_counts(product: Fact, rate: Fact, settings: Settings, vectors: WordVectors | None) -> bool:
    """An amount in the rate's currency, or a count of the noun the rate counts or of things that underwent what
    the rate's things undergo ("a typical rescue saves 20 people" and "14,000 lives saved")."""
    if rate.claim.kind == "money":
        return product.claim.kind == "money" and product.claim.unit == rate.claim.unit
    if product.claim.kind not in COUNTED_KINDS or rate.rate_of is None or product.measure is None:
        return False
    return (rate.state is not None and product.state == rate.state
            or _alike(product.measure, rate.rate_of, settings.same_measure_similarity, vectors))


def _alike(a: str, b: str, threshold: float, vectors: WordVectors | None) -> bool:
    return a == b or (vectors is not None and vectors.similarity(a, b) >= threshold)


def _singular(unit: str) -> str:
    unit = unit.split("/")[0].strip()
    for suffix, replacement in (("ies", "y"), ("es", "e"), ("s", "")):
        if len(unit) > 3 and unit.endswith(suffix):
            return unit[: -len(suffix)] + replacement
    return unit


def _at_least(rate: Fact, base: Fact) -> bool:
    """True when rate times base gives only the least the product can be: a rate told as a floor ("more than $100
    million each") or a base that is some of the product's things ("aircraft worth $9.6 billion, including 14 jets
    priced at $100 million each")."""
    return qualifier_kind(rate.claim) == "lower" or base.event in INCLUDING_VERBS


def _follows_from(product: Fact, base: Fact) -> bool:
    """True for a figure whose sentence says it follows from what was just told ("At that rate, that gravel will
    earn $6,000 a day") and a base told in one of the two sentences before it."""
    return product.inferred and 0 < product.sentence - base.sentence <= 2


def _told_with(rate: Fact) -> set[int]:
    """The sentences a rate is told with: its own, and for a rate its sentence says follows from what was just told
    ("That gives it a rate of ..."), the two before."""
    return {rate.sentence} | ({rate.sentence - 1, rate.sentence - 2} if rate.inferred else set())


def _total_apart(rate: Fact, base: Fact, product: Fact) -> bool:
    """True for a figure told apart from a rate that may still be its product: the base is a level or part its own
    noun names as the rate's unit ("120 electric buses" for "$20,000 per bus"; not "an increase of 120 buses"), or
    one whose noun the figure's own words name ("the club's membership stands at 250" and "membership fees raise ..."),
    and the figure is a level of the rate's kind and unit that names no other thing than the rate or that base does."""
    named = base.measure is not None and base.measure in product.measure_terms | product.kind_words
    return (base.measure == rate.per_unit or named) and base.role in {"level", "part"} and \
        product.role == "level" and product.claim.kind == rate.claim.kind and product.claim.unit == rate.claim.unit \
        and product.modality in {"asserted", "expected"} and (
            named or product.measure is None or product.measure in {rate.measure, rate.rate_of, rate.per_unit,
                                                                    *rate.measure_terms})


def _scale_slip(expected: float, product: Fact) -> bool:
    """True when a stated figure is what a rate and a base make times a power of ten other than one, within
    `SCALE_SLIP_TOLERANCE` ("$24 million" for 120 buses at $20,000 each, $2.4 million): a slipped scale."""
    ratio = product.claim.value / expected if expected > 0 else 0.0
    if ratio <= 0:
        return False
    power = round(math.log10(ratio))
    return power != 0 and abs(ratio / 10 ** power - 1) <= SCALE_SLIP_TOLERANCE


def _unrelated(expected: float, product: Fact, settings: Settings) -> bool:
    """True when a stated figure lies further than `rate_unrelated_factor` from what a rate and a base make: more
    than a slipped scale word moves a figure, so it counts other things."""
    stated = product.claim.value
    return expected > 0 and max(expected / stated, stated / expected) > settings.rate_unrelated_factor


def _miss(expected: float, product: Fact, factor: float, at_least: bool = False) -> float:
    """How far past the allowed factor the stated product lies (<= 0: it agrees); a bound only when broken, and an
    expected value that is only the least the product can be (`at_least`) only when the product falls short of it."""
    stated = product.claim.value
    bound = qualifier_kind(product.claim)
    if bound == "upper" and expected <= stated * factor:
        return 0.0
    if at_least and expected <= stated * factor:
        return 0.0
    if bound == "lower" and expected >= stated / factor:
        return 0.0
    return max(expected / stated, stated / expected) / factor - 1


def _flag(message: str, *claims: Claim) -> Flag:
    """A CC208 flag citing each of its figures once, in text order."""
    rule = RULES["CC208"]
    cited = sorted({id(c): c for c in claims}.values(), key=lambda c: c.start)
    return Flag("CC208", rule.name, rule.severity, 0.5, message, [claim_evidence(c) for c in cited])


def _rate_text(rate: Fact) -> str:
    """The rate as written, with its unit when the figure's own text does not say it."""
    if any(word in f" {rate.claim.text.lower()} " for word in (" per ", " every ", " each ")):
        return written(rate.claim)  # "12 deaths per 1,000", "one for every 480 students"
    base = "" if rate.per_base == 1 else f"{_round(rate.per_base)} "
    return f"{written(rate.claim)} per {base}{rate.per_unit}"


def _round(value: float) -> str:
    """A figure to two significant digits in words a reader uses: 27,594 -> "28,000", 3.38e11 -> "340 billion"."""
    for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"), (1, "")):
        if value >= scale or scale == 1:
            short = float(f"{value / scale:.2g}")
            return f"{short:,.{0 if short >= 10 or short.is_integer() else 1}f}{word}"
    return str(value)
