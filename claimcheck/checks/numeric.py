"""CC101–CC103, CC105–CC107: one quantity given two values in different places, read from the facts.

A pair of figures is a candidate when the judge may compare them (one kind and unit, different sentences and
paragraphs), both are asserted or both expected of one measured noun (a forecast, target or condition told twice; never
a denial, nor a forecast beside what is told as fact) in the same role (two levels, two parts), both or neither told as
more beside some (`Fact.added`: "four other awards", "a further 900 tonnes"), their intervals (rounding and qualifiers
allowed for) are disjoint but their nearest values lie within `conflict_max_ratio` of each other (or one is the other
with two neighbouring digits swapped: `_transposed`), their holders and times do not say they are two different things
(an undated figure tells of the article's own time, the `undated_window_days` before its date, so one dated before that
is of another occasion: "In 2016 a blaze injured two workers" and "the three colleagues we have lost"), neither's value
is given again beside the other (then the other is another quantity told beside it: "3,200 households ..." and "about
4,300 were affected, but only 3,200 joined the claim"), their difference is no figure told beside either ("31,406
ballots were cast, of which 208 were rejected": the 31,198 valid ones are what is left), they are not told beside two
different tallies (the abstentions of two votes), neither's measured noun (for a bare number, what befell its things:
"won 6") is given three or more values in the article (then it names the quantities of many holders or times, a league
table's "points" or "won", a toll told as it rose, and no pair of them can be told apart from two of those:
`_crowded_measures`), and their measured nouns are one lemma or alike enough (`same_measure_similarity`, from the
shipped model's word vectors: "contract" and "deal"), or the two are written with two neighbouring digits swapped (a
slip of the keys tells one figure, whatever nouns the two are told with: "2,316 schoolchildren", "the 2,136 pupils",
or a bare "121" for "112 runs"). Two ordinals where either names a holder must share one ("Zapata's
third attempt", "the second attempt by the inventor"): ordinals mostly number the members of a series, and only one
holder's one item has one rank; one dated after the article is a later member than an undated one (`_later_member`). A
value dated before the article on the side a rise or fall came from is the earlier value of the one it is told to have
reached ("climbed to 64", "was 51 on Saturday": `_before_its_arrival`). The fitted same-quantity judge (`judge`) scores
the pair; the rule of the pair's kind flags it when the score reaches `same_quantity_threshold`, chosen on the
benchmark's tune split. CC107 needs no judge: a count written as a known set ("the eight men") refers back to an earlier
count of those things. Dates (CC104) are `dates`'.
"""

from __future__ import annotations

import math
import re
from datetime import date

from claimcheck.checks.common import (BROAD_VERBS, DAYS_IN, UNIT_SIZES, Interval, alike_lemmas, claim_evidence,
                                     claim_interval, dated_apart, in_unit, joined_counts, nominalises, of_other_times,
                                     qualifier_kind, short_subject, sources_differ, written)
from claimcheck.checks.judge import Judge, comparable, measure_similarity, shipped_judge
from claimcheck.checks.registry import RULES, effective_severities, enabled_rules
from claimcheck.checks.shares import share_bounds, share_of_whole
from claimcheck.document import Claim, Document, Fact, Flag
from claimcheck.errors import ModelError
from claimcheck.facts import DOWN_WORDS, UP_WORDS, holders_differ, holders_shared
from claimcheck.lexicon import WordVectors, settings_vectors
from claimcheck.settings import Settings

RULE_OF_KIND = {"money": "CC101", "count": "CC102", "percent": "CC103", "quantity": "CC105", "ordinal": "CC106"}
NOUN_OF_KIND = {"money": "amount", "count": "count", "percent": "percentage", "quantity": "measure",
                "ordinal": "rank"}
COMPARED_ROLES = {"level", "change", "part", "share", "rate"}
# Nouns that name things only as people: what a count of them counts is what they did or underwent.
PEOPLE_ONLY = frozenset({"people", "person", "individual"})
TRANSPOSED_DIGITS = 3  # digits a figure needs for two of them swapped to tell a slip (12 and 21 are often two counts)
CROWDED_VALUES = 3  # different values of one measured noun past which it names many quantities (`_crowded_measures`)
NAMED_AGAIN = 3  # sentences back a known set of the same count may be named by another noun ("the three defectors")
DEFINITE_SCORE = 0.8  # CC107's raw score; its confidence is the precision calibration measured
# Sentences in which the NLI model reads two nouns as one set or as two (`contrasting_measures`).
CONTRAST_TEMPLATES = ("The report counted every {}.", "Each {} was counted.")
NAMED_KIND = re.compile(r"[\s-]+([A-Z][\w’'-]*)")  # a capitalised word right after a count: "four Labour councillors"


def figure_flags(doc: Document, settings: Settings, nli=None) -> list[Flag]:
    """CC101-CC103 and CC105-CC107, the enabled ones; a pair of figures one of the others flags is not flagged again
    by CC107. With the NLI model (`nli`), CC101-CC106 keep only pairs whose sentences it reads as contradictory, and
    none of CC101-CC107 keeps a pair whose two measured nouns it reads as two sets (`contrasting_measures`); a rule
    that is not enabled sends the model nothing."""
    enabled = enabled_rules(settings.select, settings.ignore, settings.preview,
                            effective_severities(settings.severity_overrides))
    sides = _score_sides(doc, doc.facts or [])
    flags = contradicted(doc, [f for f in numeric_flags(doc, settings, sides=sides) if f.id in enabled], settings, nli)
    flagged = {_evidence_pair(flag) for flag in flags}
    flags += [flag for flag in definite_count_flags(doc, settings, sides)
              if flag.id in enabled and _evidence_pair(flag) not in flagged]
    return contrasting_measures(doc, flags, settings, nli)


def contrasting_measures(doc: Document, flags: list[Flag], settings: Settings, nli) -> list[Flag]:
    """The flags but those whose two figures measure nouns the NLI model reads as naming two different sets: "The
    report counted every girl." and "... every boy." contradict each other (each way round, in two wordings, with at
    least `contrast_contradiction`), though the word vectors find the two nouns alike; "every death" and "every
    fatality", "every vote" and "every ballot" do not. Without the model the flags stand."""
    measures = {f.claim.start: f.measure for f in doc.facts or [] if f.measure}
    asked: dict[int, tuple[str, str]] = {}
    for flag in flags:
        nouns = [measures.get(e.start) for e in flag.evidence[:2]]
        if len(nouns) == 2 and all(nouns) and nouns[0] != nouns[1] and all(n.isalpha() for n in nouns):
            asked[id(flag)] = (nouns[0], nouns[1])
    if nli is None or not asked or settings.contrast_contradiction <= 0:
        return flags
    pairs = [pair for a, b in asked.values() for template in CONTRAST_TEMPLATES
             for pair in ((template.format(a), template.format(b)), (template.format(b), template.format(a)))]
    try:
        results = nli.predict(pairs)
    except ModelError as exc:
        doc.warnings.append(f"CC101-CC107 flagged without the NLI model's reading of their nouns: {exc}")
        return flags
    readings = 2 * len(CONTRAST_TEMPLATES)
    contrasting = {key for k, key in enumerate(asked)
                   if min(r.contradiction for r in results[k * readings:(k + 1) * readings])
                   >= settings.contrast_contradiction}
    return [flag for flag in flags if id(flag) not in contrasting]


def contradicted(doc: Document, flags: list[Flag], settings: Settings, nli) -> list[Flag]:
    """The flags whose two clauses (`_clause_text`) or two sentences the NLI model reads as contradicting each
    other, in either order, with at least `same_quantity_contradiction`: one quantity given two values reads as a
    contradiction ("the blast injured twelve" and "of the ten people hurt"), two quantities that share a
    noun mostly do not ("won 4,100 of the council votes" and "counted 3,900 votes against the bypass"). A figure
    written as a property of its noun ("the $2.8 billion agreement also sets up a venture") or a count of a set
    taken as known ("she thanked the club's 40 coaches") is taken as given, not told, and the model does not read
    it: such a pair stands. Without the model (it cannot be loaded) the flags stand, with a warning on the
    Document."""
    if nli is None or not flags or settings.same_quantity_contradiction <= 0:
        return flags
    given = {f.claim.start for f in doc.facts or [] if f.attributive or f.definite}
    readings = {}
    for flag in flags:
        if any(e.start in given for e in flag.evidence):
            continue  # "the $2.8 billion agreement also sets up ...": a value taken as given, which NLI cannot read
        texts = [(_clause_text(doc, e.start, e.end), _sentence_text(doc, e.start)) for e in flag.evidence[:2]]
        if all(clause and sentence for clause, sentence in texts):
            (clause_a, sentence_a), (clause_b, sentence_b) = texts
            readings[id(flag)] = [(clause_a, clause_b), (clause_b, clause_a), (sentence_a, sentence_b),
                                  (sentence_b, sentence_a)]
    try:
        results = nli.predict([pair for pairs in readings.values() for pair in pairs])
    except ModelError as exc:
        doc.warnings.append(f"CC101-CC106 flagged without the NLI model's reading of the two sentences: {exc}")
        return flags
    kept, position = [], 0
    for flag in flags:
        if id(flag) in readings:
            contradiction = max(r.contradiction for r in results[position:position + 4])
            position += 4
            if contradiction < settings.same_quantity_contradiction:
                continue
        kept.append(flag)
    return kept


def _sentence_text(doc: Document, start: int) -> str | None:
    index = doc.sentence_index(start)
    return None if index is None else doc.text[doc.sentences[index].start:doc.sentences[index].end]


def _clause_text(doc: Document, start: int, end: int) -> str | None:
    """The clause a figure is told in: the words of the verb it hangs from, without a reporting frame around it
    ("Officials said Ruiz received 5,900 votes": "Ruiz received 5,900 votes"), else its sentence."""
    span = doc.nlp.char_span(start, end, alignment_mode="expand") if doc.nlp is not None else None
    if span is None or not len(span):
        return _sentence_text(doc, start)
    verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return span.sent.text
    return doc.nlp[verb.left_edge.i:verb.right_edge.i + 1].text


def _evidence_pair(flag: Flag) -> frozenset[tuple[int, int]]:
    return frozenset((e.start, e.end) for e in flag.evidence)


def numeric_flags(doc: Document, settings: Settings, judge: Judge | None = None,
                  sides: dict[int, Fact] | None = None) -> list[Flag]:
    """CC101–CC103, CC105, CC106: figures of one kind given two values (dates of one event are `dates`'); a count
    that a share written against the other makes is its part (`_part_by_a_share`)."""
    judge = judge or shipped_judge()
    vectors = settings_vectors(settings)
    facts = doc.facts or []
    flags: dict[tuple, tuple[float, Flag]] = {}
    sides = _score_sides(doc, facts) if sides is None else sides  # the two sides of each tally (`_score_sides`)
    crowded = _crowded_measures(facts, settings, sides)
    shares = _written_shares(facts)
    later_of_kind: dict[str, list[Fact]] = {}  # figures of other kinds are never compared (`comparable`)
    for fact in reversed(facts):
        later_of_kind.setdefault(fact.claim.kind, []).append(fact)
    for a in facts:
        later_of_kind[a.claim.kind].pop()
        for b in reversed(later_of_kind[a.claim.kind]):
            if (_counted(a), a.claim.kind) in crowded or (_counted(b), b.claim.kind) in crowded:
                continue
            found = _compare_figures(a, b, settings, judge, vectors, sides)
            if found is None or of_other_times(a, b, doc.meta.published, settings) or \
                    _later_member(a, b, doc.meta.published) or _before_its_arrival(a, b, doc.meta.published) or \
                    _restated_beside(a, b, facts, settings, vectors) or _part_by_a_share(a, b, shares, settings) \
                    or _difference_told(a, b, facts) or _beside_two_tallies(a, b, facts, sides) or _some_of(a, b):
                continue
            score, flag = found
            key = (flag.id, frozenset({a.claim.text.lower(), b.claim.text.lower()}))
            if key not in flags or score > flags[key][0]:
                flags[key] = (score, flag)
    return [flag for _score, flag in flags.values()]


def _later_member(a: Fact, b: Fact, published: date | None) -> bool:
    """True for two ordinals, one dated wholly after the article and the other undated, of the article's own time
    ("this was the ninth regatta" and "the tenth regatta would be held in June 2025"): two members of a series."""
    if a.claim.kind != "ordinal" or published is None or (a.time is None) == (b.time is None):
        return False
    return (a.time or b.time).first > published


def _before_its_arrival(a: Fact, b: Fact, published: date | None) -> bool:
    """True for a value dated before the article that lies on the side a rise or fall came from, against the value
    that change is told to have reached, undated ("the number of dead climbed to 64" and "was 51 on Saturday"): the
    earlier value the change moved from, not another telling of the one it reached."""
    if published is None or (a.time is None) == (b.time is None):
        return False
    reached, earlier = (a, b) if a.time is None else (b, a)
    if reached.role != "level" or earlier.time.last >= published or reached.event not in UP_WORDS | DOWN_WORDS:
        return False
    rose = reached.event in UP_WORDS
    return earlier.claim.value < reached.claim.value if rose else earlier.claim.value > reached.claim.value


def _crowded_measures(facts: list[Fact], settings: Settings, sides: dict[int, Fact]) -> set[tuple[str, str]]:
    """(what is counted, kind) pairs the article gives `CROWDED_VALUES` or more different values: the measured noun,
    or for a number with none what befell its things (`_counted`), names a quantity of many holders or times ("points"
    in a league table, "won 7" in one row and "won 6" in the next, "runs" on a scorecard, a toll told as it rose), so
    no one pair of its values can be taken for one quantity told twice. Values one rounding of the other ("C$92.3
    million" and "C$92 million") are one value. A tally's second side ("by 46 votes to 35") is the other party's
    value of its noun, not one more value of it: only the first side of each tally counts; nor are a change ("eight
    more points"), a part told against its whole ("41 of the 186 pilots") or some of a set ("about 900 of the
    pilots") values of what the noun counts."""
    values: dict[tuple[str, str], list[Interval]] = {}
    for fact in facts:
        if id(fact) in sides and sides[id(fact)].claim.start < fact.claim.start or fact.role == "change" or \
                fact.whole is not None or fact.role == "part" and fact.share_of is not None:
            continue
        interval = claim_interval(fact.claim, settings) if fact.claim.value is not None else None
        if _counted(fact) is not None and interval is not None and fact.role in COMPARED_ROLES:
            found = values.setdefault((_counted(fact), fact.claim.kind), [])
            if all(interval.disjoint(other) for other in found):
                found.append(interval)
    return {key for key, found in values.items() if len(found) >= CROWDED_VALUES}


def _counted(fact: Fact) -> str | None:
    """What a figure counts or measures: its measured noun, or for a bare number what befell its things ("won 6":
    "win"; "seven wins" is "win" too)."""
    return fact.measure or fact.state


def definite_count_flags(doc: Document, settings: Settings, sides: dict[int, Fact] | None = None) -> list[Flag]:
    """CC107: a count of a set the article takes as known ("the eight men", "all four deaths") that no earlier count of
    its things gives (a level or part, not a value it is compared with: "more than the 53,000 fires of last year"). Its
    antecedent is the earlier asserted level count of more than one thing (or one planned, for a planned definite count;
    or some of an owner's things with no whole told: "is withdrawing 26 of its jets") whose measured noun is most alike
    (`same_measure_similarity`), nearest first, of no other holder or time (a date after the article on a definite count
    no clause picks out is of what is yet to be done to it: `_done_later_to`; one dated before the article's weeks is of
    another time than an undated definite count: `of_other_times`), within `definite_max_ratio` of it and, where the
    definite count's set is picked out by a participle or a relative clause ("the 12 injured", "the men who fled"), with
    things that underwent something alike, if anything; no flag when the most alike give two values apart
    (`_two_sets_told`). No flag when a known set of the definite count's value is named, by any noun, in the
    `NAMED_AGAIN` sentences before it ("The three defectors ..." and then "the three deputies": one set named again),
    nor when any earlier alike count gives the definite count's value (it refers to that one; a bound, "over 1,000
    runners", gives it only where no exact alike count is told), for "the two" or "both" (mostly a pair just named), or
    when the values' intervals meet. A definite count a person holds or of an owner's set ("her 183 pupils", "both of
    its 40 vans") refers back only to a count of a holder it shares. A definite count that is the whole of a part ("Of
    the union's 1,960 members, 1,540 voted") brings in a larger set: an earlier smaller count of its members ("1,210
    members backed a walkout") is some of them, not it, unless what befell them picks the whole out ("have condemned 45
    bridges" and "Of the 54 condemned bridges, ..."); and a definite count picked out by what befell its things ("the
    21,216 members who voted") is some of an earlier larger count of which nothing is told ("the union's 38,400
    members"); nor is a count written with another capitalised word after it ("the four Labour councillors", "the three
    Green councillors": two kinds). A member of a listed breakdown ("the five men and two women arrested") is some of
    its set, never flagged; an antecedent counts whole things (not "a required rate of 5.76 an over"), is no side of a
    tally ("winning four games to two") and, where an exact one is told, no bound. The definite count may be told in a
    plan or a condition ("once all 52 berths are in use"); a planned count of its value ("21 crossings will keep a
    subsidy") is the set it refers to."""
    vectors = settings_vectors(settings)
    counts = [f for f in doc.facts or [] if f.claim.kind == "count" and f.claim.value and f.modality in {
        "asserted", "expected"}]  # "21 crossings will keep a subsidy", then "the 21 crossings": that set, if planned
    wholes = {id(f.whole) for f in doc.facts or [] if f.whole is not None}
    listed = {id(p) for b in doc.breakdowns or [] if len(b.parts) + len(b.singles) >= 2 for p in b.parts}
    sides = _score_sides(doc, doc.facts or []) if sides is None else sides  # a tally's side names no set
    flags = []
    for later in (f for f in doc.facts or [] if f.claim.kind == "count" and f.claim.value and f.modality in {
            "asserted", "expected"}):  # "once all 52 berths are in use": a known set, whatever is said of it
        if not later.definite or later.claim.value <= 2 or later.role not in {"level", "part"} or id(later) in listed:
            continue  # "the five men and two women arrested": a list's member is some of the set, not all of it
        alike = [(measure_similarity(f, later, vectors), f) for f in counts
                 if f.claim.start < later.claim.start and f.sentence != later.sentence]
        alike = [(similarity, f) for similarity, f in alike
                 if similarity >= settings.same_measure_similarity and not holders_differ(f, later)
                 and (holders_shared(f, later) or not (later.owned or _held_by_a_person(later)))  # "her 183
                 # pupils", "both of its 40 vans": a set of an owner's
                 and not (dated_apart(f, later) and not _done_later_to(f, later, doc.meta.published, settings))
                 and not of_other_times(f, later, doc.meta.published, settings)]  # "In 2019 the fair had 90 stalls"
        interval = claim_interval(later.claim, settings)
        exact = [f for _, f in alike if not _bound(f.claim)]
        if interval is None or any(not interval.disjoint(claim_interval(f.claim, settings) or interval)
                                   for f in exact or [f for _, f in alike]):
            continue  # a bound ("over 1,000 runners") allows the value, unless an exact count of them is told
        if any(f.definite and f.claim.value == later.claim.value and 0 < later.sentence - f.sentence <= NAMED_AGAIN
               for f in counts):  # "The three defectors ... the three deputies": one known set named again
            continue
        antecedents = [(similarity, f.claim.start, f) for similarity, f in alike
                       if f.modality in {"asserted", later.modality}
                       and (f.role == "level" or f.role == "part" and f.whole is None and f.share_of)
                       and f.claim.value > 1 and f.claim.value == int(f.claim.value)
                       and id(f) not in sides
                       and _within(f.claim, later.claim, settings)
                       and not (id(later) in wholes and f.claim.value < later.claim.value
                                and not _picked_out_alike(f, later, vectors, settings))
                       and not (later.restriction and f.state is None and f.claim.value > later.claim.value) and (
                           later.restriction is None or f.state is None
                           or alike_lemmas(f.state, later.restriction, vectors, settings))
                       and not _other_kinds(doc, f.claim, later.claim) and not _another_sort(f, later)]
        antecedents = [found for found in antecedents if not _bound(found[2].claim)] or antecedents  # an exact
        # count of the set, where told, before a bound
        if not antecedents or _two_sets_told(antecedents, settings):
            continue
        earlier = max(antecedents, key=lambda found: found[:2])[2]
        following = re.match(r"[\s-]*[\w’'-]+", doc.text[later.claim.end:later.claim.end + 40])
        named = later.claim.text + (following.group(0) if following else "")
        message = (f"The count given as {written(earlier.claim)} (paragraph {earlier.paragraph}) is referred back to "
                   f"as “{named}” (paragraph {later.paragraph})")
        flags.append(_flag("CC107", DEFINITE_SCORE, message, earlier.claim, later.claim))
    return flags


def _bound(claim: Claim) -> bool:
    """True for a figure written as a bound ("over 1,000 runners", "fewer than 40"): it allows a value, gives none."""
    return qualifier_kind(claim) in {"lower", "upper"}


def _two_sets_told(antecedents: list[tuple[float, int, Fact]], settings: Settings) -> bool:
    """True when a definite count's candidate antecedents, of its noun alike at its best, give values apart ("press
    230,000 bales" and "the fund buys 500,000 bales"): the article counts two sets, and which one it refers back
    to is not known."""
    best = max(similarity for similarity, _start, _fact in antecedents)
    intervals = [i for similarity, _start, f in antecedents
                 if similarity == best and (i := claim_interval(f.claim, settings)) is not None]
    return bool(intervals) and min(intervals, key=lambda i: i.high).disjoint(max(intervals, key=lambda i: i.low))


def _done_later_to(antecedent: Fact, later: Fact, published: date | None, settings: Settings) -> bool:
    """True when a definite count not picked out by a clause is dated wholly after the article and its antecedent
    within the article's weeks ("withdrawing 26 jets", said on Friday, and "all 29 jets will be back by June"): the
    date is of what is yet to be done to the known set, not of another set."""
    if published is None or later.restriction is not None or antecedent.time is None or later.time is None:
        return False
    return later.time.first > published and (published - antecedent.time.first).days <= settings.undated_window_days


def _picked_out_alike(antecedent: Fact, later: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True when a definite count is picked out by what befell its antecedent's things ("have condemned 45 bridges"
    and "Of the 54 condemned bridges, ..."): the set told before, not a larger one of which that was some."""
    return bool(later.restriction and antecedent.state) and alike_lemmas(
        antecedent.state, later.restriction, vectors, settings)


def _held_by_a_person(fact: Fact) -> bool:
    """True when a person is among a fact's holders: who owns or does what it counts ("her 183 pupils")."""
    return any(h.startswith("PERSON:") for h in fact.holders)


def _other_kinds(doc: Document, a: Claim, b: Claim) -> bool:
    """True when each count is written with a different capitalised word right after it, which names its kind ("the
    four Labour councillors" and "the three Green councillors"): two sets, neither referring to the other."""
    kinds = [NAMED_KIND.match(doc.text, c.end) for c in (a, b)]
    return all(kinds) and kinds[0].group(1).lower() != kinds[1].group(1).lower()


def _another_sort(antecedent: Fact, later: Fact) -> bool:
    """True when a definite count's noun is sorted by a word its antecedent's lacks that is not what befell the
    antecedent's things ("the 6,490 foreign runners" after "9,640 runners"; not "the 23 trapped miners" after "23 miners
    were trapped"): some of them, of one sort."""
    return bool(later.kind_words - antecedent.kind_words - {antecedent.state, antecedent.event})


def _within(a: Claim, b: Claim, settings: Settings) -> bool:
    """True when two positive values lie within `definite_max_ratio` of each other."""
    return max(a.value, b.value) / min(a.value, b.value) <= settings.definite_max_ratio


def same_thing_possible(a: Fact, b: Fact) -> bool:
    """False when the facts themselves say two figures are different things: other holders, other times, another
    role or statistic ("a median of 16 weeks" and "more than 18 weeks"), two sorts of the measured thing ("operating
    profit", "net profit"), the rest of a set beside a count that is no rest (`Fact.rest_of`), a denial, a forecast
    beside what is told as fact or two forecasts of other nouns, or the same paragraph (where two values are a
    breakdown or an update)."""
    if a.paragraph == b.paragraph or a.modality != b.modality and not _planned_then_named(a, b) or \
            a.modality not in {"asserted", "expected"} or (a.modality == "expected" and a.measure != b.measure):
        return False  # two forecasts of one named quantity may be one told twice ("forecasting a surplus of $92m",
    # "the forecast surplus of $62m"; not "will build a ten-storey hotel" and "a twelve-storey tower is planned"); a
    # forecast and an outcome, or a denial, are two things
    if _compared_role(a, b) != _compared_role(b, a) or a.role not in COMPARED_ROLES or a.statistic != b.statistic:
        return False  # a median and one case's figure, or a maximum: two measures
    if a.kind_words and b.kind_words and not a.kind_words & b.kind_words:
        return False  # "operating profit" and "net profit", "domestic" and "international passengers": two sorts
    if (a.rest_of is None) != (b.rest_of is None):
        return False  # "the other three drugs" and "the two drugs": the rest of a set is not all of another
    if holders_differ(a, b) or sources_differ(a, b):
        return False
    return not dated_apart(a, b)


def _planned_then_named(a: Fact, b: Fact) -> bool:
    """True for a figure of a plan and a later definite one of its noun ("plans for a district of 860 homes" and "the
    680 homes would bring 1,500 residents"; "its quay would run 900 metres" and "the 960-metre quay"): "the"
    points back at what the plan holds, so the two are one; not a set a clause picks out ("the 1.9 million sacks it
    expects": `Fact.restriction`)."""
    return a.modality == "expected" and b.modality == "asserted" and (b.definite or b.described) and \
        b.restriction is None and a.measure is not None and a.measure == b.measure


def _compared_role(fact: Fact, other: Fact) -> str:
    """A fact's role as two figures' roles are compared: a part written against no whole ("has 24 reading desks,
    three printers and a café") counts all of its noun's things there, as a level does, but for a count of a set a
    word picks out ("the 1,500 respondents who own a car"), of which such a part may be some."""
    return "level" if fact.role == "part" and fact.whole is None and other.restriction is None else fact.role


def _restated_beside(a: Fact, b: Fact, facts: list[Fact], settings: Settings, vectors: WordVectors | None) -> bool:
    """True when either figure's value, of an alike measure or bare, is given again in the other's sentence: there
    the other figure is another quantity told beside it. A bound ("over 1,000 runners") gives no value again."""
    for x, y in ((a, b), (b, a)):
        interval = claim_interval(x.claim, settings)
        for c in facts:
            if c is y or c.sentence != y.sentence or not comparable(x, c) or interval is None or _bound(c.claim):
                continue
            other = claim_interval(c.claim, settings)
            if other is not None and not interval.disjoint(other) and (
                    c.measure is None or measure_similarity(x, c, vectors) >= settings.same_measure_similarity):
                return True  # "only 3,200 joined": a bare figure of the value stands for its noun
    return False


def _difference_told(a: Fact, b: Fact, facts: list[Fact]) -> bool:
    """True when the two values differ by a figure of their kind told in either's sentence ("31,406 ballots were cast
    in all, of which 208 were rejected" and "46.1 percent of the 31,198 valid ballots"): a whole and what is left of
    it, not one quantity told twice."""
    difference = abs(a.claim.value - b.claim.value)
    return any(c.claim.value == difference and c.claim.kind == a.claim.kind and (c.claim.unit or "") == (
        a.claim.unit or "") and c.sentence in {a.sentence, b.sentence} for c in facts if c is not a and c is not b)


def _some_of(a: Fact, b: Fact) -> bool:
    """True when one figure is told as some of the set the other counts ("left with 168 of the passengers" against
    "carrying 212 passengers") and the two are not told of one happening to them ("16 of the workers were injured"
    and "14 workers were injured" stay one quantity)."""
    return any(x.share_of is not None and x.share_of == y.measure and y.share_of is None and
               not (x.state is not None and x.state == y.state) for x, y in ((a, b), (b, a)))


def _beside_two_tallies(a: Fact, b: Fact, facts: list[Fact], sides: dict[int, Fact]) -> bool:
    """True when neither figure is a side of a tally but each one's sentence tells one, and the two tallies share no
    value ("approved by 312 votes to 279, with nine abstentions" and "approved by 401 to 187, with 12 abstentions"):
    figures of two votes. (Sides that slipped are `_two_tallies`'.)"""
    if id(a) in sides or id(b) in sides:
        return False
    told = [{f.claim.value for f in facts if id(f) in sides and f.sentence == figure.sentence} for figure in (a, b)]
    return bool(told[0]) and bool(told[1]) and not told[0] & told[1]


def _written_shares(facts: list[Fact]) -> list[tuple[Fact, float]]:
    """The shares written against a count ("81.4 percent of the 46,250 students"; "counts 40,000 farmers, and about
    35 percent of them will get the grant", a plan's share as well), each with its fraction."""
    return [(f, share) for f in facts if f.whole is not None and f.whole.claim.value is not None
            and (share := share_of_whole(f, told_as_fact=False)) is not None]


def _part_by_a_share(a: Fact, b: Fact, shares: list[tuple[Fact, float]], settings: Settings) -> bool:
    """True when a share the article writes against one of the two counts makes the other ("81.4 percent of the
    46,250 students" and "In all, 37,648 students reached the standard"): a whole and its part, not one quantity."""
    for share, value in shares:
        if share.whole is not a and share.whole is not b:
            continue
        whole, other = (a, b) if share.whole is a else (b, a)
        low, high = share_bounds(share, value, settings)
        if other.claim.value is not None and low * whole.claim.value <= other.claim.value <= high * whole.claim.value:
            return True
    return False


def _score_sides(doc: Document, facts: list[Fact]) -> dict[int, Fact]:
    """The counts written as the two sides of a score or tally ("took the second set 6-2", "a 3-1 win",
    `joined_counts`): each one's id to the other side."""
    sides: dict[int, Fact] = {}
    for a, b in joined_counts(doc, [f for f in facts if f.claim.kind == "count"]):
        sides[id(a)], sides[id(b)] = b, a
    return sides


def _two_tallies(a: Fact, b: Fact, sides: dict[int, Fact]) -> bool:
    """True when two figures are sides of two tallies whose other sides differ ("passed by 46 votes to 35" and
    "voted down by 44 votes to 41"): two votes, not one told twice, which keeps one side when the other slips."""
    other_a, other_b = sides.get(id(a)), sides.get(id(b))
    return other_a is not None and other_b is not None and other_a.claim.value != other_b.claim.value


def _same_bare_event(a: Fact, b: Fact) -> bool:
    """True when one figure names no measured noun ("all 189 died", "injured sixteen") and both hang from one
    verb with one state, a verb that says what happened (`BROAD_VERBS` say too little: "two were taken ashore"
    and "took on three crews"), or both say the same happened to what they count ("the nine people hurt")."""
    return (a.measure is None or b.measure is None) and (
        a.event is not None and a.event == b.event and a.state == b.state and a.event not in BROAD_VERBS or bool(
            {a.state, a.restriction} & {b.state, b.restriction} - {None} - BROAD_VERBS))


LENGTHS = {"m", "km", "miles", "ft", "yd", "cm", "mm", "in"}  # "a 38-kilometre mark", "the 42.195-kilometre course"


def _sizes_of_one_thing(a: Fact, b: Fact) -> bool:
    """True when both figures are sizes written as properties of their nouns ("a nine-storey building", "the
    eleven-storey block"): one unit of size names one kind of thing, whatever the nouns. A length of time written so
    ("a 58-year-old fisherman", "its 63-year history", "a ten-year plan") goes with anything, and needs alike nouns,
    as a length does ("the 38-kilometre mark" of "the 42.195-kilometre course")."""
    return a.attributive and b.attributive and (a.claim.unit or "") not in {*DAYS_IN, *LENGTHS}


def _compare_figures(a: Fact, b: Fact, settings: Settings, judge: Judge, vectors: WordVectors | None,
                     sides: dict[int, Fact] | None = None) -> tuple[float, Flag] | None:
    sides = sides or {}
    converted = _in_other_units(a, b)
    if not (comparable(a, b) or converted) or not same_thing_possible(a, b) or _two_tallies(a, b, sides):
        return None
    if a.introduced and b.introduced and not a.holders & b.holders and a.claim.kind == "quantity":
        return None  # "a 47-year-old woman" and "a 61-year-old man": each brings in one not told before (an amount
    # is often told again so: "signed a $2.1 billion contract" and later "under a $2.2 billion deal")
    if a.added != b.added:
        return None  # "four other awards" and "three awards": those told beside some, and another set
    if a.claim.kind == "ordinal" and (a.holders or b.holders) and not a.holders & b.holders:
        return None  # "Ana, in her fourth year" and "Ben, a sixth-year student": ranks in a series, not one item
    if measure_similarity(a, b, vectors) < settings.same_measure_similarity and not (
            _same_bare_event(a, b) and (id(a) in sides) == (id(b) in sides)) and not _sizes_of_one_thing(a, b) \
            and not _transposed(a.claim, b.claim):
        return None  # a side of a score ("took the second set 6-2") is no bare count of its verb's things
    if a.claim.kind == "count" and a.state and b.state and alike_lemmas(a.measure, b.measure, vectors, settings) and not \
            alike_lemmas(a.state, b.state, vectors, settings):
        return None  # "seven passengers killed" and "five passengers injured": two measures of one event
    if a.claim.kind == "count" and a.measure in PEOPLE_ONLY and not all(f.state or f.event for f in (a, b)):
        return None  # "convicted 17 people" and "22 people had been on trial": people, doing what is not told
    if a.claim.kind == "count" and (a.measure != b.measure or a.measure in PEOPLE_ONLY) and _doings_differ(
            a, b, vectors, settings):
        return None  # "a letter signed by 5,100 people" and "hotels employed 4,300 people"; "8,700 candidates passed"
        # and "6,100 students had enrolled": two sets, alike at most in their nouns
    ca, cb = a.claim, b.claim
    ia, ib = claim_interval(ca, settings), claim_interval(cb, settings)
    if converted and ia is not None and ib is not None:  # "1.4-kilometre" and "1,400 metres": in one unit, each
        ia, ib = (_converted_interval(c, ca.unit, settings) for c in (ca, cb))  # maybe rounded in converting
    if ca.value <= 0 or cb.value <= 0 or ia is None or ib is None or not ia.disjoint(ib):
        return None
    lower, upper = (ia, ib) if ia.high < ib.low else (ib, ia)
    if lower.high <= 0 or upper.low / lower.high > settings.conflict_max_ratio and not _transposed(ca, cb):
        return None  # even the nearest values the two figures allow ("about 250", "over 400") are that far apart,
    # unless one is the other with two digits swapped ("2,400" and "4,200"), a slip of the keys
    score = judge.score(a, b, vectors)
    if score < settings.same_quantity_threshold:
        return None
    code = RULE_OF_KIND[ca.kind]
    subject = short_subject(ca.subject or cb.subject or a.measure, f"same {NOUN_OF_KIND[ca.kind]}")
    message = (f"The {subject} is given as {written(ca)} (paragraph {a.paragraph}) and as {written(cb)} "
               f"(paragraph {b.paragraph})")
    return score, _flag(code, score, message, ca, cb)


def _transposed(a: Claim, b: Claim) -> bool:
    """True when two figures are written with the same digits but two neighbouring ones swapped ("2,400" and
    "4,200", "5,200" and "2,500"), in the same scale: the way a figure is mistyped, not a second quantity."""
    digits = [re.sub(r"\D", "", c.text) for c in (a, b)]
    if not a.value or not b.value or len(digits[0]) != len(digits[1]) or len(digits[0]) < TRANSPOSED_DIGITS or \
            not math.isclose(a.value / b.value, int(digits[0]) / max(int(digits[1]), 1), rel_tol=1e-9):
        return False
    swaps = [i for i, (x, y) in enumerate(zip(*digits)) if x != y]
    return len(swaps) == 2 and swaps[1] == swaps[0] + 1 and digits[0][swaps[0]] == digits[1][swaps[1]] and \
        digits[0][swaps[1]] == digits[1][swaps[0]]


def _doings_differ(a: Fact, b: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True when two counts each tell what their things did or underwent (`Fact.state`, else the verb they hang
    from), the two are not alike and neither count's words name the other's as a noun ("forced the evacuation of
    8,500 people" and "5,400 people were evacuated"), nor is its noun alike to it ("killed 9 villagers" and "the 11
    deaths make it")."""
    doings = [f.state or f.event for f in (a, b)]
    if not all(doings) or alike_lemmas(doings[0], doings[1], vectors, settings):
        return False
    return not any(any(word == doing or nominalises(doing, word) for word in fact.context_terms)
                   or (fact.measure and alike_lemmas(doing, fact.measure, vectors, settings))
                   for fact, doing in ((a, doings[1]), (b, doings[0])))


def _in_other_units(a: Fact, b: Fact) -> bool:
    """True for two lengths, masses, volumes or areas in different units (`UNIT_SIZES`: "a 1.4-kilometre bridge",
    "the 1,400-metre bridge"), in different sentences; lengths of time in two units are mostly two spans ("seven
    years" in jail, "ten years and six months" of sentence)."""
    return a.claim.kind == b.claim.kind == "quantity" and a.claim.unit != b.claim.unit and \
        a.claim.unit in UNIT_SIZES and a.sentence != b.sentence and in_unit(b.claim, a.claim.unit) is not None


def _converted_interval(claim: Claim, unit: str, settings: Settings) -> Interval | None:
    """A quantity's interval in `unit`, allowing the rounding of a conversion (`rounding_max_rel`, more for a hedged
    figure: "120 miles (195 km)")."""
    interval = claim_interval(claim, settings)
    factor = (in_unit(claim, unit) or 0.0) / claim.value if claim.value else 0.0
    if interval is None or factor <= 0:
        return None
    slack = abs(claim.value * factor) * settings.rounding_max_rel
    return Interval(interval.low * factor - slack, interval.high * factor + slack)


def _flag(code: str, score: float, message: str, *claims: Claim) -> Flag:
    rule = RULES[code]
    return Flag(code, rule.name, rule.severity, round(min(1.0, score), 3), message,
                [claim_evidence(c) for c in claims])
