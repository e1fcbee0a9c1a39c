"""CC209: a total that the counts of its parts, given in another sentence, do not add up to.

Eleven ways a total meets its parts:
- the total is a count fact whose noun is a coordination with no figures of its own (`Fact.grouped`: "2,300
  nurses and midwives"); its parts are the counts of each of those nouns elsewhere in the article ("1,700
  nurses", "600 midwives"), the nearest one of each that is not a change, and every noun must have one;
- the parts are a listed breakdown (`Breakdown`: "the confirmed deaths are 12 civilians, five soldiers and one
  guard"); the total is the nearest count within `BREAKDOWN_REACH` sentences (anywhere, of things the same befell:
  "killed eleven" for "those killed were ...") of what the list counts together
  ("at least 20 were killed": death and kill alike by the shipped word vectors, `same_measure_similarity`), not
  of two different times or holders. A list set beside a known set ("the injured teenagers, two girls and a boy,")
  is all of it, its total a count of that set (`_total_of`); a member written with "a" counts one. A breakdown that
  may list only some (a verb's objects) is flagged only when it exceeds the total.
- the total says how many things it adds up ("the two terms add up to 96 months": `Fact.sum_of`); its
  parts are the figures of its kind and unit in other sentences of what it measures (its measured noun among their
  nouns and verbs, or alike by the word vectors), preferring those of its verb, when there are exactly that many.
- a count of the rest of a set ("the remaining eleven injured") with the parts told between it and the set's
  total before it (`_named_before`): flagged when they exceed the total, or, when every part is told in the
  rest's own sentence ("Twelve of the charges were for fraud; the remaining 14 ..."), when they miss it either way;
- "the remaining N" after parts written against a whole in the sentences before, with counts told as more between
  ("Of the 43 posts, 21 are in news. A further 12 are in print. The remaining ten ..."; `_runs_closed_by_a_rest`):
  flagged when no part of the run with the rest makes the whole (the rest may be of one part: "74 are finished ...
  the remaining 46"), and short of it only when every sentence of the run tells a part;
- a count whose members the article names ("attorneys general from five states" and "... from Maine, Ohio and
  Utah", `Fact.named`): flagged when the names are more or fewer than its interval allows;
- a list told one named member at a time ("Sylhet has recorded the most deaths, 14, followed by Kurigram with 17,
  Sunamganj with nine and Jamalpur with five": `_named_members`), held to the count of what it counts in another
  sentence ("killed 47 people": `_total_of_members`); it may name only some, so only a sum above the total is a slip.
- a sentence that opens on a set and gives three or more of its groups each as a clause's subject ("Of these, 84,920
  counted as valid, 2,240 were blank and 1,250 were rejected"; "Five of the injured are ..., 17 were ... and 26 ...":
  `Breakdown.total`), held to the count the opening names or points back at: so many groups account for all of it,
  and a sum short of it beyond its rounding is flagged (a sum over it is CC202's);
- a sentence that gives some of a set told before and then, with the verb left out, two or more other groups of it
  ("Ferries accounted for 2,110 of those calls, cargo ships for 1,275 and tankers for 665": `Breakdown.total`), held to
  that set's count in another sentence, short of it or over it;
- amounts of one currency listed in one sentence, each for a use (`facts._allotments`: "It earmarks $20.2 million for
  schools, $9.7 million for roads and $6.1 million for bridges"), held to the amount their clause's subject is ("a
  $48.5 million budget"): over it, or, when the next sentence tells the rest ("The remaining $11.5 million ..."),
  short of it, beyond half the last digit of each figure (`_allotment_misses`).
- three or more amounts of one kind and unit listed in one sentence as parts (`_amounts_listed_apart`: "The money
  breaks down as follows: $41 million on pumps, $27 million on pipes and $19 million on a control room"), held to the
  amount of their unit in another sentence nearest their sum; the list may leave parts out, so only a sum above it
  is a slip (a flag on the very places CC202 cites is CC202's alone).
- a place's population (`Fact.population_of`: "Ashcombe, a market town of 12,400 people") is the total of any count
  of some of its people ("15,000 residents of Ashcombe", "some 15,000 of its residents"; `_above_population`): a count
  above it is flagged.
- counts of one noun each of a sort of its own told in other sentences ("five gold medals", "six silver medals"),
  against the first count of that noun with no sort ("won 14 medals": `_sorts_told_apart`); the sorts may be only
  some, so only a sum above the total is a slip.
When the parts sum to more than `sum_tolerance` away from the total's interval (`approx_tolerance` when a figure
is hedged), but within `sum_max_ratio` of the total (further apart, they count different things:
`too_far_to_be_one`), the total and its parts are flagged. Parts listed in the total's own sentence are CC202's,
but for the short sum of an opening's groups.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.checks.common import (DAYS_IN, NUMBER_LITERAL, alike_lemmas, claim_evidence, claim_interval,
                                     dated_apart, dated_further_apart, in_a_listing, in_unit, qualifier_kind,
                                     rounding_step, too_far_to_be_one, written)
from claimcheck.checks.registry import RULES
from claimcheck.document import Breakdown, Claim, Document, Evidence, Fact, Flag
from claimcheck.facts import SUM_NOUNS, holders_differ, holders_shared
from claimcheck.lexicon import WordVectors, settings_vectors
from claimcheck.settings import Settings

BREAKDOWN_REACH = 2  # sentences either side of a listed breakdown its total may stand in
REST_BEFORE = re.compile(r"\b(?:the|its|their)\s+remaining\s+$", re.IGNORECASE)  # "the remaining seven"
RESIDENTS = {"resident", "inhabitant"}  # those who live in a place, whichever place the article is of
PEOPLE_OF_A_PLACE = RESIDENTS | {"citizen", "villager", "townspeople", "evacuee"}  # some of a place's people
MEMBERS_AT_LEAST = 3  # figures of a list told one named member at a time
LISTED_AT_LEAST = 3  # amounts of one unit told together in a sentence, from which on they are read as a list of parts
LISTED_NEAR = 1.25  # a listed sum and the whole it is of lie within this factor: a slip moves one part by a little
# Closed-class words by which a sentence divides a whole into the amounts it lists ("the money has two sources",
# "the remaining $41,000", "is made up of", "breaks down as follows"): nouns and verbs, and verbs with their particle.
COMPOSITION_LEMMAS = {"source", "rest", "remainder", "remaining", "comprise", "consist", "split", "breakdown"}
COMPOSING_VERBS = {"make": "up", "break": "down"}
# Between two figures of a list told one named member at a time ("Sylhet recorded 14, followed by Kurigram with 17,
# Sunamganj with nine and Jamalpur with five"): a comma or "and", then the member's name, and perhaps "with".
MEMBER_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|followed\s+by\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}"
                        r"(?:with\s+|on\s+)?")


def total_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC209 over the grouped totals, listed breakdowns and stated sums among the Document's facts."""
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
        if abs(found - total.claim.value) <= slack * total.claim.value or \
                too_far_to_be_one(total.claim.value, found, settings):
            continue
        flags.append(_flag(total, parts, " and ".join(total.grouped)))
    vectors = settings_vectors(settings)
    breakdowns = [b for b in doc.breakdowns or [] if b.parts[0].claim.kind == "count"]
    listed = {id(p) for b in breakdowns for p in b.parts}
    for breakdown in (b for b in breakdowns if b.total is not None):
        if breakdown.value < _least(breakdown.total, breakdown.parts, settings) or (  # over it: CC202's, but for
                breakdown.total.sentence != breakdown.parts[0].sentence and _sum_misses(  # a total CC202 does not
                    breakdown.total, breakdown.value, settings, True,  # see, told in another sentence
                    hedged=_hedged(breakdown.total, breakdown.parts))):
            flags.append(_flag(breakdown.total, breakdown.parts, breakdown.whole or "its groups"))
    for breakdown in (b for b in breakdowns if b.total is None and not _told_with_its_total(b, counts)):
        found = _total_of(breakdown, [f for f in counts if id(f) not in listed], vectors, settings)
        total, complete = found if found is not None else (None, False)
        if total is not None and _sum_misses(total, breakdown.value, settings, complete,
                                             hedged=_hedged(total, breakdown.parts)):
            flags.append(_flag(total, breakdown.parts, breakdown.whole, breakdown.singles))
    for allotted in (b for b in doc.breakdowns or [] if b.parts[0].claim.kind in {"money", "quantity"}
                     and b.total is not None):
        if _allotment_misses(allotted, settings):
            flags.append(_flag(allotted.total, allotted.parts, allotted.whole))
    for total, parts in _runs_closed_by_a_rest(doc, counts):
        *told, rest = parts
        unbroken = set(range(told[0].sentence, rest.sentence + 1)) <= {p.sentence for p in parts}
        hedged = _hedged(total, parts)
        if _sum_misses(total, sum(p.claim.value for p in parts), settings, complete=unbroken, hedged=hedged) and \
                not any(_makes(total, rest.claim.value + sum(p.claim.value for p in some), settings, hedged)
                        for k in range(len(told)) for some in itertools.combinations(told, k)):
            flags.append(_flag(total, parts, total.measure or "its groups"))
    for rest in (f for f in counts if f.rest_of):
        found = _named_before(rest, counts, vectors, settings)
        if found is not None and _sum_misses(found[0], sum(p.claim.value for p in found[1]), settings,
                                             complete=all(p.sentence == rest.sentence for p in found[1]),
                                             hedged=_hedged(*found)):
            flags.append(_flag(found[0], found[1], rest.rest_of))
    amounts = [f for f in doc.facts or [] if f.claim.kind in {"money", "quantity"} and f.claim.value
               and f.claim.value > 0 and f.modality != "negated"]
    for rest in (f for f in amounts if f.rest_of):  # its whole is the largest amount told before, which the parts
        found = _amounts_named_before(rest, amounts)  # may fall short of: only a sum above it is a slip
        if found is not None and _sum_misses(found[0], sum(p.claim.value for p in found[1]), settings,
                                             complete=False, hedged=_hedged(*found)):
            flags.append(_flag(found[0], found[1], found[0].measure or "the whole"))
    listed_amounts = {id(p) for b in doc.breakdowns or [] for p in b.parts}
    for total, parts in _amounts_listed_apart(doc, amounts, listed_amounts, vectors, settings):
        if _sum_misses(total, sum(p.claim.value for p in parts), settings, complete=False,
                       hedged=_hedged(total, parts)):
            flags.append(_flag(total, parts, total.measure or "the whole"))
    for count in (f for f in counts if f.named and f.modality == "asserted"):
        interval = claim_interval(count.claim, settings)
        if interval is not None and not interval.low <= count.named[0] <= interval.high and \
                not too_far_to_be_one(count.claim.value, count.named[0], settings):
            flags.append(_named_flag(doc, count))
    flags += _above_population(counts, settings)
    for total, parts in _sorts_told_apart(doc, counts, listed):
        if _sum_misses(total, sum(p.claim.value for p in parts), settings, complete=False,
                       hedged=_hedged(total, parts)):
            flags.append(_flag(total, parts, total.measure))
    for members in _named_members(doc, counts):
        total = _total_of_members(members, counts, vectors, settings)
        if total is not None and _sum_misses(total, sum(m.claim.value for m in members), settings, complete=False,
                                             hedged=_hedged(total, members)):
            flags.append(_flag(total, members, members[0].measure))
    for total in (f for f in doc.facts or [] if f.sum_of and f.sum_of >= 2 and f.claim.value):
        parts = _summed_parts(total, doc.facts or [], vectors, settings)
        if parts and _sum_misses(total, sum(in_unit(p.claim, total.claim.unit) for p in parts), settings,
                                 complete=True, hedged=_hedged(total, parts)):
            flags.append(_flag(total, parts, total.measure or "its parts"))
    return flags


def _sorts_told_apart(doc: Document, counts: list[Fact], listed: set[int]) -> list[tuple[Fact, list[Fact]]]:
    """Counts of one noun each of a sort of its own, told in two or more other sentences ("five gold medals", "six
    silver medals", "four bronze medals"), against the first count of that noun with no sort, told before them and as
    a level of the same holders and time ("won 14 medals"): each sort is some of the total, and no two overlap, so
    they may only add up to it or less (the article may leave sorts out). A part held by someone is the total's only
    where the total shares that holder or, holding none, names it in its sentence ("The Kestrel Bay team won ...").
    Each sort counts once, by its first count; a member of a listed breakdown is that breakdown's."""
    first: dict[str, Fact] = {}  # each noun's first count with no sort, told as a level
    for count in sorted(counts, key=lambda f: f.claim.start):
        if not count.kind_words and count.role == "level" and count.measure is not None:
            first.setdefault(count.measure, count)
    found = []
    for total in counts:
        if total.measure is None or first.get(total.measure) is not total or total.modality != "asserted" or \
                total.whole is not None:
            continue
        sorts: dict[str, Fact] = {}
        for part in counts:
            if part.measure == total.measure and len(part.kind_words) == 1 and part.sentence > total.sentence \
                    and part.role in {"level", "part"} and part.modality == "asserted" and id(part) not in listed \
                    and part.whole is None and _held_as_total(doc, part, total) \
                    and not dated_further_apart(part, total, 0):
                sorts.setdefault(next(iter(part.kind_words)), part)
        parts = list(sorts.values())
        if len(parts) >= 2 and len({p.sentence for p in parts}) >= 2:
            found.append((total, parts))
    return found


def _held_as_total(doc: Document, part: Fact, total: Fact) -> bool:
    """Whether a part can be of the total's holder: it names none, shares one, or, for a total that holds none, one
    of its holders is named in the total's sentence."""
    if not part.holders or holders_shared(part, total):
        return True
    if total.holders:
        return False
    told = doc.text[doc.sentences[total.sentence].start:doc.sentences[total.sentence].end].lower()
    return any(holder.split(":", 1)[1] in told for holder in part.holders)


def _summed_parts(total: Fact, facts: list[Fact], vectors: WordVectors | None, settings: Settings
                  ) -> list[Fact] | None:
    """The `total.sum_of` figures a stated sum adds up (of its kind and unit; lengths of time in any unit, as
    `in_unit` converts them: "73 months" and "four years" make "ten years"), or None when the article does not give
    exactly that many."""
    options = [f for f in facts if f.sentence != total.sentence and f.claim.value
               and (f.claim.kind, f.claim.per) == (total.claim.kind, total.claim.per)
               and in_unit(f.claim, total.claim.unit) is not None and f.modality == "asserted"
               and f.role in {"level", "part"}
               and total.measure is not None and _alike(total.measure, f, vectors, settings, verb=True)]
    if len(options) > total.sum_of:
        options = [f for f in options if f.event is not None and f.event == total.event] or options
    return options if len(options) == total.sum_of else None


def _named_members(doc: Document, counts: list[Fact]) -> list[list[Fact]]:
    """Runs of `MEMBERS_AT_LEAST` or more asserted counts of one sentence, each after the name of what it counts for
    (`MEMBER_GAP`: "14, followed by Kurigram with 17, Sunamganj with nine and Jamalpur with five"), the first with the
    measured noun the run shares (the others name none of their own or the same)."""
    runs: list[list[Fact]] = []
    for fact in sorted(counts, key=lambda f: f.claim.start):
        run = runs[-1] if runs else None
        if run and run[-1].sentence == fact.sentence and fact.modality == "asserted" and fact.measure in {
                None, run[0].measure} and MEMBER_GAP.fullmatch(doc.text, run[-1].claim.end, fact.claim.start):
            run.append(fact)
        elif fact.modality == "asserted" and fact.role in {"level", "part"} and fact.measure is not None:
            runs.append([fact])
        else:
            runs.append([])
    return [run for run in runs if len(run) >= MEMBERS_AT_LEAST]


def _total_of_members(members: list[Fact], counts: list[Fact], vectors: WordVectors | None, settings: Settings
                      ) -> Fact | None:
    """The count of what a named list's members count, in another sentence, that could hold them all (larger than
    each): of its measured noun or what befell its things (`_alike`), not of another holder or of a time more than
    `undated_window_days` away (a toll "said on Sunday" and one the list "has recorded" are of one disaster); the
    nearest before the list, else the nearest after it."""
    measure, first = members[0].measure, members[0]
    options = [f for f in counts if f.sentence != first.sentence and f.role == "level" and f.modality == "asserted"
               and f.claim.value > max(m.claim.value for m in members) and not f.rest_of
               and (_alike(measure, f, vectors, settings) or alike_lemmas(first.state, f.state, vectors, settings))
               and not holders_differ(f, first) and not dated_further_apart(f, first, settings.undated_window_days)]
    before = [f for f in options if f.sentence < first.sentence]
    return max(before, key=lambda f: f.claim.start) if before else min(options, key=lambda f: f.claim.start,
                                                                       default=None)


def _named_before(rest: Fact, counts: list[Fact], vectors: WordVectors | None, settings: Settings
                  ) -> tuple[Fact, list[Fact]] | None:
    """For a count of the rest of a set ("the remaining eleven injured"): the set's total, the largest count (a level,
    not a member of a list) of what it counts (`Fact.rest_of`) within `BREAKDOWN_REACH` sentences before it or earlier
    in its paragraph, or else the whole a part told before it in its sentence is written against ("11 of the injured
    ..., the other 19"), and the parts told between them or in the total's sentence ("rose to 14 seats in the 45-seat
    assembly"), the rest last; None when nothing is named between. The parts told may be fewer than all the parts named
    (a member written without a figure), so only a sum above the total is a slip, unless the rest's own sentence tells
    them all."""
    earlier = [f for f in counts if f.claim.start < rest.claim.start
               and (rest.sentence - f.sentence <= BREAKDOWN_REACH or f.paragraph == rest.paragraph)
               and f.modality == "asserted" and f.role in {"level", "part"} and not f.rest_of
               and _alike(rest.rest_of, f, vectors, settings)
               and not (f.time and rest.time and f.time.disjoint(rest.time))]
    total = max((f for f in earlier if f.sentence < rest.sentence and not holders_differ(f, rest)
                 and f.role == "level"), key=lambda f: f.claim.value, default=None)  # in the rest's own sentence:
    # CC202's; a member of a list told before ("took in 18 cancer treatments, 10 ...") is no whole of the rest
    known = [f.whole for f in counts if f.sentence == rest.sentence and f.claim.start < rest.claim.start
             and f.whole is not None and f.whole.sentence < rest.sentence]  # "11 of the injured ..., the other 19":
    if total is None and len({id(w) for w in known}) == 1:  # the set that part is of, wherever it was counted
        total = known[0]
        earlier = [*earlier, total, *(f for f in counts if f.whole is total and f not in earlier)]
    if total is None or total.claim.value <= rest.claim.value:
        return None
    named = [f for f in earlier if f is not total and f.claim.value < total.claim.value
             and (f.claim.start > total.claim.start or f.sentence == total.sentence)
             and (f.whole is None or f.whole is total) and not holders_differ(f, total)]
    return (total, [*named, rest]) if named else None


def _runs_closed_by_a_rest(doc: Document, counts: list[Fact]) -> list[tuple[Fact, list[Fact]]]:
    """Sets broken down over several sentences and closed by a count of the rest ("Of the 40 posts, 21 are in
    news. A further 12 posts are in print. The remaining eight are in sales."): the whole the last part told before
    the rest is written against (in the rest's paragraph or the two before), and that whole's parts told after it,
    the counts told as more (`Fact.added`: "A further 12") between the first of them and the rest, and the rest, which
    closes the set. The rest and the parts, or the rest and some of them (the rest of one part told: "74 are built
    ... the remaining 46"), must make the whole; with a part in every sentence from the first to the rest, neither
    more nor less, else not more."""
    found = []
    for rest in (f for f in counts if REST_BEFORE.search(doc.text, max(0, f.claim.start - 20), f.claim.start)):
        written = [f for f in counts if f.whole is not None and f.claim.start < rest.claim.start
                   and 0 <= rest.paragraph - f.paragraph <= 2 and f.whole.claim.value > rest.claim.value]
        if not written or rest.whole is not None and rest.whole is not written[-1].whole:
            continue
        total = written[-1].whole
        parts = [f for f in counts if f.whole is total and total.claim.start < f.claim.start < rest.claim.start]
        if not parts:
            continue
        more = [f for f in counts if f.added and f.whole is None and parts[0].claim.start < f.claim.start
                < rest.claim.start]
        others = [f for f in counts if parts[-1].claim.start < f.claim.start < rest.claim.start
                  and f not in more and not in_a_listing(doc, f.claim)]
        if not others:  # "the 103 complaints from tenants ... The remaining 44": the rest of that other count
            found.append((total, [*parts, *more, rest]))
    return found


def _makes(total: Fact, found: float, settings: Settings, hedged: bool) -> bool:
    """True when a sum comes within the slack of a total's interval (not merely too far off to be its parts)."""
    return not too_far_to_be_one(total.claim.value, found, settings) and \
        not _sum_misses(total, found, settings, complete=True, hedged=hedged)


def _amounts_listed_apart(doc: Document, amounts: list[Fact], listed: set[int], vectors: WordVectors | None,
                          settings: Settings) -> list[tuple[Fact, list[Fact]]]:
    """Three or more amounts of one kind and unit told together in one sentence ("$41 million on new pumps, $27
    million on pipes and $19 million on a control room"; "the north yard holds 6,300 tonnes, the south yard 4,100
    tonnes and ..."), of one time and as levels, none of them read in a breakdown already, against the amount of
    that unit in another sentence nearest their sum (a level, or a change the parts may make up: "spent €3.7 million
    more than budgeted"), larger than each and within `LISTED_NEAR` of the sum: the whole they are the parts of, when
    the list is told as parts (each of "the total", or its sentence's words divide a whole: `_told_as_parts`) or the
    whole's noun is alike to what a part measures. A list may leave parts out, so only a sum above the whole is a
    slip (the caller's test); where another amount of the unit makes the sum, the list is of that one."""
    found = []
    for sentence in sorted({f.sentence for f in amounts}):
        told = [f for f in amounts if f.sentence == sentence and f.role in {"level", "part"} and f.per_unit is None
                and f.per_time is None and f.statistic is None and id(f) not in listed
                and not in_a_listing(doc, f.claim)]  # "$46 million on pipes, including $19 million for a main": some
        # of another part
        for (_kind, _unit), parts in itertools.groupby(sorted(told, key=_kind_and_unit), key=_kind_and_unit):
            parts = list(parts)
            if len(parts) < LISTED_AT_LEAST or any(dated_apart(a, b) for a, b in itertools.combinations(parts, 2)):
                continue
            made = sum(p.claim.value for p in parts)
            wholes = [f for f in amounts if f.sentence != sentence and _kind_and_unit(f) == _kind_and_unit(parts[0])
                      and f.role in {"level", "part", "change"} and f.per_unit is None and f.per_time is None
                      and f.claim.value > max(p.claim.value for p in parts)
                      and not any(dated_apart(f, p) for p in parts)]
            if not wholes:
                continue
            whole = min(wholes, key=lambda f: abs(f.claim.value - made))
            if max(whole.claim.value, made) / min(whole.claim.value, made) <= LISTED_NEAR and (
                    all(p.measure in SUM_NOUNS for p in parts) or _told_as_parts(doc, sentence)
                    or any(_alike(whole.measure, p, vectors, settings) for p in parts if whole.measure)):
                found.append((whole, parts))
    return found


def _told_as_parts(doc: Document, sentence: int) -> bool:
    """True for a sentence whose words say it divides a whole (`COMPOSITION_LEMMAS`: "comes from two sources",
    "making up the rest", "breaks down as follows"): amounts it lists are parts of something, not more things of
    their kind ("The three mills emitted 420, 310 and 290 tonnes")."""
    span = doc.nlp.char_span(doc.sentences[sentence].start, doc.sentences[sentence].end, alignment_mode="expand") \
        if doc.nlp is not None else None
    if span is None:
        return False
    return any(t.lemma_.lower() in COMPOSITION_LEMMAS or t.lemma_.lower() in COMPOSING_VERBS and any(
        c.dep_ == "prt" and c.lower_ == COMPOSING_VERBS[t.lemma_.lower()] for c in t.children) for t in span)


def _kind_and_unit(fact: Fact) -> tuple[str, str]:
    """What a figure is a figure of, for grouping a list: its kind and unit ("money", "USD")."""
    return fact.claim.kind, fact.claim.unit or ""


def _amounts_named_before(rest: Fact, amounts: list[Fact]) -> tuple[Fact, list[Fact]] | None:
    """For an amount of the rest of a whole ("the remaining $190 million", "the other 40 tonnes"): the whole, the
    largest amount of its unit told before it, and the parts, the amounts of that unit told between the whole and the
    rest in the rest's paragraph, the rest last; None when no part is told. A list of parts often opens on its largest
    ("Schools are the biggest line, at €400 million"), so the whole is the largest, not the nearest; a part told
    further back may be of another list, so the parts are the rest's paragraph's."""
    told = [f for f in amounts if f.claim.start < rest.claim.start and f.claim.unit == rest.claim.unit
            and f.claim.kind == rest.claim.kind and f.modality == "asserted" and f.role in {"level", "part"}
            and not f.rest_of and f.per_unit is None and not (f.time and rest.time and f.time.disjoint(rest.time))]
    total = max((f for f in told if f.sentence < rest.sentence and not holders_differ(f, rest)),
                key=lambda f: f.claim.value, default=None)
    if total is None or total.claim.value <= rest.claim.value:
        return None
    parts = [f for f in told if f.paragraph == rest.paragraph and f.claim.start > total.claim.start
             and f.claim.value < total.claim.value and not holders_differ(f, total)]
    return (total, [*parts, rest]) if parts else None


def _flag(total: Fact, parts: list[Fact], what: str, singles: tuple[str, ...] = ()) -> Flag:
    unit = total.claim.unit
    found = sum(in_unit(p.claim, unit) or p.claim.value for p in parts) + len(singles)  # other units of time: converted
    listed = " + ".join([written(p.claim) for p in parts] + [f"1 ({words})" for words in singles])
    made = _written_like(found, total.claim) if total.claim.kind == "money" or (
        total.claim.kind == "quantity" and unit not in DAYS_IN) else \
        f"{found:,.0f}" if found == round(found) or found >= 100 else f"{found:,.1f} {unit}"
    rule = RULES["CC209"]
    cited = sorted((total.claim, *(p.claim for p in parts)), key=lambda c: c.start)
    return Flag("CC209", rule.name, rule.severity, 0.5, f"{listed} make {made}, but the total ({what}) is "
                f"given as {written(total.claim)}", [claim_evidence(c) for c in cited])


def _above_population(counts: list[Fact], settings: Settings) -> list[Flag]:
    """Counts of some of a place's people (`PEOPLE_OF_A_PLACE`: "15,000 residents of Ashcombe", "15,000 of its
    residents") above that place's population (`Fact.population_of`: "Ashcombe, a market town of 12,400 people"),
    beyond what a hedge on either allows: the place's, by a name among the count's holders or the places its phrases
    name, or its noun as the count's sort ("15,000 borough residents"), or, for some "of its residents" told with no
    place, of the article's one population ("15,000 residents of the county" may be of a larger place)."""
    populations = [f for f in counts if f.population_of and f.modality == "asserted"]
    flags = []
    for count in counts:
        if count.population_of or count.measure not in PEOPLE_OF_A_PLACE or count.modality != "asserted" or \
                count.role not in {"level", "part"} or count.per_unit is not None:
            continue
        places = {holder.split(":", 1)[-1] for holder in count.holders}
        named = places | count.places | count.kind_words  # "residents of Ashcombe", "15,000 borough residents"
        found = [p for p in populations if p.population_of in named  # a population holds for years, whatever day
                 and not dated_further_apart(p, count, DAYS_IN["years"])]  # its sentence tells
        if not found and not places and not count.places and count.share_of in RESIDENTS and len(populations) == 1:
            found = populations  # "9,700 of its residents": some of those the article counts
        least = claim_interval(count.claim, settings)
        for population in found:
            interval = claim_interval(population.claim, settings)
            if interval is not None and least is not None and least.low > interval.high:
                rule = RULES["CC209"]
                cited = sorted((population.claim, count.claim), key=lambda c: c.start)
                key = population.population_of
                place = f"the {key}" if key in count.kind_words else key.title()  # "15,000 borough residents"
                flags.append(Flag("CC209", rule.name, rule.severity, 0.5,
                                  f"{written(count.claim)} of the people of {place} are more than all of them, given "
                                  f"as {written(population.claim)}", [claim_evidence(c) for c in cited]))
                break
    return flags


def _written_like(value: float, claim: Claim) -> str:
    """An amount written as `claim` writes its own, in its currency, scale and decimals ("$308.8 million")."""
    number = NUMBER_LITERAL.search(claim.text)
    written_value = float(number.group().replace(",", "")) if number else 0.0
    if not written_value or not claim.value:
        return f"{value:,.0f}"
    decimals = len(number.group().split(".")[1]) if "." in number.group() else 0
    shown = f"{value / (claim.value / written_value):,.{decimals}f}"
    return claim.text[:number.start()] + shown + claim.text[number.end():]


def _named_flag(doc: Document, count: Fact) -> Flag:
    size, start, end = count.named
    rule = RULES["CC209"]
    cited = sorted([claim_evidence(count.claim), Evidence(start, end, doc.text[start:end])], key=lambda e: e.start)
    return Flag("CC209", rule.name, rule.severity, 0.5, f"{size} are named, but the count is given as "
                f"{written(count.claim)}", cited)


def _told_with_its_total(breakdown: Breakdown, counts: list[Fact]) -> bool:
    """True for a list whose sentence also gives a count of its parts' noun larger than them all ("The new ward has 74
    cots: 50 for babies after birth, 16 in ..."): that count is the list's whole, and no count elsewhere is."""
    parts = breakdown.parts
    nouns = {p.measure for p in parts} - {None}
    return any(f.sentence == parts[0].sentence and f.measure in nouns and f.role == "level"
               and all(f.claim.value > p.claim.value for p in parts) for f in counts)


def _total_of(breakdown: Breakdown, counts: list[Fact], vectors: WordVectors | None, settings: Settings
              ) -> tuple[Fact, bool] | None:
    """The nearest count of what the breakdown counts, within `BREAKDOWN_REACH` sentences but not its own, or
    anywhere for a count of things the same befell as the list's set ("killed eleven" and "those killed were ...",
    "the injured were ..."), and whether the list must make all of it: a count of its whole's noun, of what picked
    the whole out with no noun of its own ("four of whom were injured" for "the injured teenagers, ..."), or a known
    set with no noun in the sentence after a complete list ("all four"). A count of the noun alone for a whole
    picked out by what happened to it ("60 guests" for "the injured guests") is of more than the list: only
    exceeding it is a slip, and a count the list must make comes first, then one of a noun the list names ("19
    medals" before "five individual titles" for "won six gold, five silver and ten bronze medals")."""
    sentence = breakdown.parts[0].sentence

    def reading(f: Fact) -> bool | None:
        """Whether the list must make all of f (None: f is no count of the list's whole)."""
        if f.measure is None and (alike_lemmas(breakdown.restriction, f.state, vectors, settings) or (
                breakdown.complete and f.definite and f.state is None and f.sentence == sentence + 1)):
            return breakdown.complete
        if not _alike(breakdown.whole, f, vectors, settings):
            return None
        return breakdown.complete and (breakdown.restriction is None or alike_lemmas(
            breakdown.restriction, f.state or f.restriction, vectors, settings))

    # nouns of a list of kinds ("six men and three women"), where "two men were hurt" counts one kind, not the whole;
    # a noun with words of its own ("nine gold, 14 silver and 10 bronze medals", "eight wide-body aircraft") names
    # more than its member's kind
    members = {p.measure for p in breakdown.parts if p.measure_terms <= {p.measure}}
    members = members if len({p.measure for p in breakdown.parts}) >= 2 else set()
    befell = {breakdown.whole, breakdown.restriction} - {None}
    options = [(f, reading(f)) for f in counts if f.sentence != sentence
               and (abs(f.sentence - sentence) <= BREAKDOWN_REACH or f.state in befell)
               and f.role in {"level", "part"} and f.whole is None and f.modality == "asserted"
               and (f.measure is None or f.measure not in members)
               and not any(holders_differ(f, p) or (f.time and p.time and f.time.disjoint(p.time))
                           for p in breakdown.parts)]
    options = [(f, complete) for f, complete in options if complete is not None]
    named = {term for p in breakdown.parts for term in p.measure_terms}  # "medal" of "ten bronze medals"
    return min(options, key=lambda o: (not o[1], o[0].measure not in named, abs(o[0].sentence - sentence),
                                       o[0].claim.start), default=None)


def _alike(whole: str, fact: Fact, vectors: WordVectors | None, settings: Settings, verb: bool = False) -> bool:
    """True when a fact measures `whole`: its measured noun or what happened to the things counted (with `verb`,
    also the verb it hangs from) is that lemma or, by the shipped word vectors, alike enough
    (`same_measure_similarity`)."""
    return any(alike_lemmas(whole, w, vectors, settings) for w in (fact.measure, fact.state, fact.event if verb else None))


def _hedged(total: Fact, parts: list[Fact]) -> bool:
    """True when a figure is approximate ("about 40"); a bound ("at least 40") is the interval's."""
    return any(qualifier_kind(f.claim) == "approx" for f in (total, *parts))


def _least(total: Fact, parts: list[Fact], settings: Settings) -> float:
    """The least that the groups an "Of ..." sentence gives of a total may add up to: its interval's low end, less
    `approx_tolerance` when a figure is hedged; 0 when they are too far from it to be its groups
    (`too_far_to_be_one`)."""
    interval = claim_interval(total.claim, settings)
    found = sum(p.claim.value for p in parts)
    if interval is None or too_far_to_be_one(total.claim.value, found, settings):
        return 0.0
    return interval.low - (settings.approx_tolerance * found if _hedged(total, parts) else 0.0)


def _sum_misses(total: Fact, found: float, settings: Settings, complete: bool, hedged: bool) -> bool:
    """True when the parts' sum `found` lies outside the total's interval by more than the slack (above it only,
    when the parts may be only some of the total)."""
    interval = claim_interval(total.claim, settings)
    if interval is None or too_far_to_be_one(total.claim.value, found, settings):
        return False
    slack = (settings.approx_tolerance if hedged else settings.sum_tolerance) * max(found, 1.0)
    if found > interval.high + slack:
        return True
    return complete and found < interval.low - slack


def _allotment_misses(allotted: Breakdown, settings: Settings) -> bool:
    """True when amounts set aside for uses (`facts._allotments`) add up to more than their total, or, told with the
    rest of it, to less, by more than the figures' rounding allows (half the last digit of each: an amount set out
    to the digit adds up to the digit); a hedged figure allows `approx_tolerance`."""
    total = allotted.total.claim
    found = allotted.value
    if qualifier_kind(total) != "exact" or any(qualifier_kind(p.claim) != "exact" for p in allotted.parts):
        return _sum_misses(allotted.total, found, settings, allotted.complete, hedged=True)
    slack = sum(_listed_step(c) / 2 for c in (total, *(p.claim for p in allotted.parts)))
    if too_far_to_be_one(total.value, found, settings):
        return False
    return found > total.value + slack or allotted.complete and found < total.value - slack


def _listed_step(claim: Claim) -> float:
    """The unit of the last digit an amount of a list or its total is told to, a zero included before a scale word
    ("€240 million" to the million, not to ten million: `rounding_step` reads a bare "240" as maybe rounded)."""
    step = rounding_step(claim)
    literal = NUMBER_LITERAL.search(claim.text)
    if literal is None or "." in literal.group() or not claim.value:
        return step
    scale = abs(claim.value / float(literal.group().replace(",", "") or 1))
    return min(step, scale) if scale > 1 else step


def _nearest_part(total: Fact, noun: str, counts: list[Fact]) -> Fact | None:
    """The count of `noun` nearest the total (not a change)."""
    options = [f for f in counts if f is not total and f.measure == noun and not f.grouped and f.role != "change"]
    return min(options, key=lambda f: (abs(f.sentence - total.sentence), f.claim.start), default=None)
