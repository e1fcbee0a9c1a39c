"""CC206: a share (a percentage, "half", "three-quarters") that no count it can come from agrees with.

A share of a whole is checked against the counts that could make it, read from the facts: the whole is the count it is
written against ("80% of the 315") or, failing that, the counts of the noun it is a share of ("40 percent of the
customers" and "800,000 customers"; "97% effective" is a share of nothing); a part is a count written against that whole
("812 of the 2,030 visitors"; told apart from a share that found its whole only by its noun and names no part, one
naming no sort of its own tells of the share's doing or side: `_part_told_apart`) or a count in the share's own sentence
or the sentence before it ("170 MPs ... That is 55% of the seats") that is no whole of another ("82.5 percent of the
205,000 boys") nor, unless written against the whole, told of other things done otherwise (neither its verb nor its noun
the share's), or the sentence after it for a share written against its whole, never of another place ("in Nevada", "in
the country overall": each names where it holds, and none is shared), nor of another time (both dated, on days that do
not meet, or one dated well before the article and the other undated), nor of counts another source gives (a
disagreement the article reports). A share its sentence says follows from what was just told ("fans thus made up 60
percent of the crowd", "by that count", "that means") may also come from a part written against a whole in its sentence
or the two before, in its paragraph or the one before ("That pass rate, just under three in four,"), or from two counts
told together in one of those two sentences of its paragraph, whatever nouns they name. A share whose sentence shares
`TOLD_ALIKE` or more content words (common nouns, verbs, adjectives, numbers; names only say whose) with the sentence of
a part written against a whole tells that part again in other words ("Of those, 270 lifts had a faulty door sensor" and
"Lifts with a faulty door sensor were 45 percent of the lifts inspected"), wherever told (`_told_alike`), unless the
part and its whole count one noun and the share another; a share "of the total" with no whole of its own is of a part
written against a whole whose sentence names the share's noun and its sorts (`_of_the_total`: "Births to mothers over
35 made up about 41 percent of the total" and "Of this year's births, 1,500 were to mothers over 35"). Two counts
listed as members of one breakdown ("310 pylons toppled and a further 950 damaged") are never a part and its whole, and
a pair another share of the share's sentence fits is that one's ("41 percent in the old town, against 27 percent
citywide"), as is a pair a share told in its own sentence fits ("412 of the 1,030 tenants, or 40 percent": another share
elsewhere is of other things). When every part and whole that can be paired gives another share, beyond the written
figure's rounding, `percent_tolerance_pp` and, for "about" and the like, `share_approx_pp`, the share is flagged with
the nearest pair, unless that pair's share is over `UNRELATED_FACTOR` times away (counts of other things); one pair that
agrees is enough to stay quiet, as is one that counts of the paired part's and whole's nouns make (`_like_pairs`: a
whole told with words the parse did not link, in place of last year's count of its noun), or that a count of the share's
own sentence makes with any count of its paragraph or the ones either side (`_with_a_count_beside`; for a contender's
share too). A share of things picked out by a doing ("two-thirds of the members who replied") is of a count of that
doing's noun ("900 replies") where one is told, not of all the things its noun names. A vote's tally ("passed
230-to-198") gives each side's share of the votes cast, checked against a share in a sentence that speaks of voting: of
the same event ("passed with 62 percent of members voting"), of a set in the tally's paragraph or the next ("won the
backing of 80 percent of the legislators"), or of a set picked out by voting or told beside a vote of the tally's own
day, anywhere after it ("drew the backing of two-thirds of the members voting", "Friday's vote saw 80 percent of the
legislators ..."; the nearest tally before, not of other days). A share told with counts of its own sentence and no
tally there ("924 voted, a turnout of 81 percent") is of those, never a tally's elsewhere; sides named for and against
are a tally without a word of voting. A share of support is the tally's first side, of opposition its second (either,
for a motion turned down); a tally told with a side's share in the share's own sentence ("a turnout of 70.8 per cent,
with 97 in favour (64.7 per cent)") has its shares told, and another share there is of something else. A contender's
share of the votes ("Delacroix took 61.9 percent of the votes cast") is at most its votes over the sum of the list of
tallies its votes are told in ("received 19,205 votes to Holmqvist's 14,115": others may be unlisted), and at least its
votes over the total that list gives ("out of 21,590 valid ballots"): `_contender_bounds`; with no list, its votes over
the article's one count of the valid votes ("9,120 votes" and "18,400 valid ballots were cast"). A turnout is the
ballots cast over the electorate, whatever else is counted near it: `_turnout_ratios`."""

from __future__ import annotations

import re
from datetime import date

from claimcheck.checks.common import (BROAD_VERBS, alike_lemmas, claim_evidence, dated_apart, joined_counts,
                                     nominalises, of_other_times, qualifier_kind, rounding_step, sources_differ,
                                     written)
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Fact, Flag
from claimcheck.facts import CHANGE_WORDS, SUM_NOUNS, holders_differ, holders_shared
from claimcheck.lexicon import WordVectors
from claimcheck.settings import Settings

COUNTED_ROLES = {"level", "part"}
CONTENT_TAGS = {"NOUN", "VERB", "ADJ", "NUM"}  # the words a sentence tells of (`_sentence_words`); names say whose
SHARE_NOUNS = {"percent", "per", "cent", "%", "share", "proportion", "percentage", "half", "third", "quarter", "fifth"}
TOGETHER = re.compile(r"\b(?:together|combined|altogether|between\s+them|overall|in\s+all)\b", re.I)  # a share of
# parts summed
TWO_DIGITS = re.compile(r"\d\d")  # a ratio written with no term of two digits or more is a simple fraction
VOTE_LEMMAS = {"vote", "ballot", "referendum", "poll", "yea", "nay", "aye"}
VALID = "valid"  # the votes a share of the vote is of: "8,400 valid ballots"
VOTE_NOUNS = {"vote", "ballot"}  # what a contender's share and tallies count, and the ballots a turnout counts
# A count of the ballots cast: "410 ballots were spoiled", "the total cast", "22,000 ballot papers issued", "voting
# papers counted".
CAST_WORDS = VOTE_NOUNS | {"cast", "voting"}
CONTENDER_KINDS = {"PERSON", "ORG", "NORP"}  # the holders of a contender's votes: a person, a party, a group
TURNOUT = "turnout"  # a share of the electorate: the ballots cast over the voters who could cast one
ELECTORATE = {"voter", "elector"}  # a share of them that cast a ballot or voted is a turnout
PARTITIVE_AFTER = re.compile(r"\s+(?:votes?\s+|ballots?\s+)?of\s+(?:the|all|those)\b", re.I)  # "6,950 of the ballots"
VOTING = {"vote", "present"}  # what picks out those who took part in a vote: "the members voting", "present"
FOR = {"support", "backing", "back", "favour", "favor", "approval", "approve", "endorse", "endorsement"}
AGAINST = {"opposition", "oppose", "against"}
STANCES = FOR | AGAINST  # "in favour", "with the backing of": a side taken, not a place a figure holds in
TURNED_DOWN = {"reject", "defeat", "block", "fail", "kill", "overturn", "veto"}  # a tally's words of a motion lost
TOLD_ALIKE = 4  # content words a share's sentence shares with a part's, from which on they tell one thing
RATE_NOUNS = {"rate"}  # a share of the things that did what its words name: "a pass rate of 70 percent"
INFERENCE_REACH = 2  # sentences before a share said to follow ("thus") that it may follow from
# A share further than this factor from the nearest share its counts give is of other things than those counts
# ("more than 30 per cent" and "two of 3,950"): a slipped digit moves a share ten times at most.
UNRELATED_FACTOR = 20
# The sides of a tally named after their figures: "430 votes in favour", "230 yeas", "2,708 voted for", "14,862 valid
# votes were cast for the merger", "640 tenants voted yes"; "203 against", "198 nays", "212 voted no".
FOR_AFTER = re.compile(r"\s+(?:(?:(?:valid\s+)?votes?\s+|voted\s+)?(?:(?:were|was)\s+)?(?:cast\s+)?(?:in\s+favou?r|for)"
                       r"|ayes|yeas|yes\s+votes|(?:[^\W\d_]+\s+)?voted\s+yes)\b", re.IGNORECASE)
AGAINST_AFTER = re.compile(r"\s+(?:(?:votes?\s+|voted\s+)?(?:against|opposed)|noes|nays|no\s+votes"
                           r"|(?:[^\W\d_]+\s+)?voted\s+no)\b", re.IGNORECASE)  # "9,311 voted against it"


def share_of_whole(fact: Fact, told_as_fact: bool = True) -> float | None:
    """The share a fact states, as a fraction of one (64% -> 0.64, "half" -> 0.5), or None for other figures and,
    with `told_as_fact`, for a share in a plan, forecast or denial."""
    claim = fact.claim
    if told_as_fact and fact.modality != "asserted" or fact.role in {"change", "previous"} or claim.value is None:
        return None
    if claim.kind == "percent" and claim.unit == "%" and 0 < claim.value <= 100:
        return claim.value / 100
    if claim.kind == "ratio" and 0 < claim.value < 1:
        return claim.value
    return None


def share_bounds(fact: Fact, share: float, settings: Settings) -> tuple[float, float]:
    """The shares (fractions) the written figure allows, given its rounding and qualifier; a simple fraction ("three
    in five", "two-thirds", "1 in 4") rounds a share to it, as "about" does."""
    step = rounding_step(fact.claim) / 100 if fact.claim.kind == "percent" else 0.0
    kind = qualifier_kind(fact.claim)
    slack = step / 2 + settings.percent_tolerance_pp / 100
    if kind == "approx" or fact.claim.kind == "ratio" and not TWO_DIGITS.search(fact.claim.text):
        slack += settings.share_approx_pp / 100
    if kind == "lower":
        return share - slack, 1.0
    if kind == "upper":
        return 0.0, share + slack
    return share - slack, share + slack


def share_flags(doc: Document, settings: Settings, vectors: WordVectors | None) -> list[Flag]:
    """CC206 over every stated share of the Document's facts."""
    facts = doc.facts or []
    counts = [f for f in facts if f.claim.kind == "count" and f.claim.value and f.claim.value > 0
              and f.modality == "asserted" and f.role in COUNTED_ROLES and f.per_unit is None]  # "40 visits per
    # patient" counts no set
    voted = [(a, b) for a, b in joined_counts(doc, counts) if _about_a_vote(doc, a.sentence)]  # "by 14,220 votes
    # to 9,870" in a sentence that speaks of voting
    tallies = _tallies(doc, counts, voted)
    wholes = {id(f.whole) for f in facts if f.whole is not None}  # "82.5 percent of the 205,000 boys": a whole
    listed = {id(p): id(b) for b in doc.breakdowns or [] for p in b.parts}  # "310 toppled and a further 950 damaged"
    sided = {side.sentence for tally in tallies for side in tally}  # a share told beside a tally may be a side's
    tally_sides = {id(side) for tally in tallies for side in tally}  # "9,120 votes to 6,240": of the votes cast,
    # no part alone of the voters registered
    tally_lists = _tally_lists(counts)
    sides = {id(side) for told in tally_lists for side in told}  # contenders' votes, no other's whole
    joined = {id(side) for tally in voted for side in tally}  # one side's votes, whatever roles the parse gave the
    # two, no whole of a contender's share elsewhere
    with_counts = {c.sentence for c in counts} - sided  # "924 voted, a turnout of 81 percent": of those counts
    words = _sentence_words(doc) if any(share_of_whole(f) is not None for f in facts) else {}  # for shares only
    published = doc.meta.published
    openers = {k for k, sentence in enumerate(doc.sentences) if k == 0 or doc.sentences[k - 1].label != sentence.label}
    percents: dict[int, list[Fact]] = {}  # each sentence's percentages told as shares or as values compared with
    for f in facts:
        if f.claim.kind == "percent" and f.claim.unit == "%" and f.role in {"share", "previous"} and \
                f.claim.value and f.claim.value <= 100:
            percents.setdefault(f.sentence, []).append(f)
    flags = []
    for fact in facts:
        share = share_of_whole(fact)
        if share is None:
            continue
        if fact.restates is not None:  # "9,120 votes, or 47.2 percent": that count over its whole (one of its own
            # sentence is CC205's: "Of the 500 applicants, 150, or 30%")
            pairs = [(fact.restates, whole) for whole in _restated_wholes(fact, counts)
                     if id(whole) not in joined and whole.sentence != fact.sentence
                     and _one_scope(fact, fact.restates, whole, published, settings)]
        else:
            referred = _referred_to(fact, counts)
            # a contender's side of a list ("the Greens with 1,900") is theirs alone, no whole of another's share
            possible_wholes = [w for w in _wholes(fact, counts, vectors, settings)
                               if id(w) not in sides or holders_shared(fact, w)]
            pairs = [(part, whole) for whole in possible_wholes for part in _parts(fact, whole, counts, referred)
                     if part.claim.value < whole.claim.value and (id(part) not in wholes or part.whole is whole)
                     and id(part) not in tally_sides
                     and listed.get(id(part), 0) != listed.get(id(whole), 1)  # one list's two members: no part-whole
                     and _one_scope(fact, part, whole, published, settings)
                     and _of_the_share(fact, part, vectors, settings)
                     and (part.whole is whole or not _another_happening(fact, part, vectors, settings))
                     and (not _part_told_apart(fact, part, whole, vectors, settings) or _told_alike(fact, part, words)
                          or _doing_told_with(fact, part, words))
                     and not _the_set_it_is_of(fact, part)]
            pairs += [(part, part.whole) for part in counts if part.whole is not None and (
                _told_alike(fact, part, words) or _of_the_total(fact, part, words))
                      and part.claim.value < part.whole.claim.value
                      and not any(p is part and w is part.whole for p, w in pairs)
                      and _one_scope(fact, part, part.whole, published, settings)]
        ratios_of_sums = _summed_parts(doc, fact, counts) if fact.restates is None else []
        pairs += [(part, part.whole) for part in _told_parts(fact, counts)
                  if part.claim.value < part.whole.claim.value
                  and _one_scope(fact, part, part.whole, published, settings)]
        pairs += [(part, whole) for part, whole in _told_beside(fact, counts, openers) + _rate_of_a_doing(fact, counts)
                  + _parts_doing_what_picks_out(fact, counts, vectors, settings)
                  if _one_scope(fact, part, whole, published, settings)]
        ratios = [(part.claim.value / whole.claim.value, f"{part.claim.text} of {whole.claim.text}",
                   (part.claim, whole.claim)) for part, whole in pairs] + ratios_of_sums
        # shares other readings give, which keep a share quiet when it fits one but flag nothing: the rest of a whole
        # (a bound or "about" fits that too easily), and a race's votes ("Ruiz won 9,120 votes, or 58.1 percent, to
        # Hale's 6,580": of the votes those tallies list, maybe one race of many the ballots counted hold)
        readings = [1 - part.claim.value / whole.claim.value for part, whole in pairs
                    if _other_doing(fact, part) and not fact.claim.qualifier]
        readings += [fact.restates.claim.value / sum(c.claim.value for c in told) for told in tally_lists
                     if fact.restates is not None and fact.restates in told]
        ratios += [(side.claim.value / (yes.claim.value + no.claim.value),
                    f"{side.claim.text} of the {yes.claim.value + no.claim.value:,.0f} votes cast ({yes.claim.text} to "
                    f"{no.claim.text})", (yes.claim, no.claim))
                   for yes, no in tallies if fact.whole is None  # "62.2 percent of the 40,810 registered voters"
                   and fact.sentence not in with_counts
                   and _same_vote(fact, yes, tallies) and (_about_a_vote(doc, fact.sentence) or _of_a_side(fact))
                   and _one_scope(fact, yes, no, published, settings)  # "than in the 2016 vote, which passed 8-7"
                   and not _side_share_told(fact, yes, no, facts, settings)
                   for side in _sides(fact, yes, no)]
        turnout = _turnout_ratios(doc, fact, counts, published, settings)
        low, high = share_bounds(fact, share, settings)
        if turnout is not None:
            ratios, floors = turnout
            if any(floor <= high for floor, _described, _cited in floors):
                continue  # the contenders a list names, and maybe others, had no more votes than the turnout allows
            ratios += floors
        # "41 percent in the old town, against 27 percent citywide": counts that give 27 percent are the other's, as
        # are counts told with a share of their own that they give ("412 of 1,030 tenants, or 40 percent")
        others = [share_bounds(f, f.claim.value / 100, settings) for f in percents.get(fact.sentence, [])
                  if f is not fact]
        ratios = [r for r in ratios if low <= r[0] <= high or not any(
            a <= r[0] <= b for a, b in others + _shares_told_with(r[2], fact, percents, settings))]
        contest = _contender_bounds(fact, counts, published, settings) if turnout is None else None
        if contest is not None and not any(low <= ratio <= high for ratio, _described, _cited in ratios) and (
                high < contest[0] or low > contest[1]) and not _another_contender_fits(contest, low, high) and \
                not _a_reading_fits(low, high, readings, fact, pairs, counts):
            flags.append(_contender_flag(fact, contest, below=high < contest[0]))
            continue
        if contest is not None and contest[0] == contest[1] and low <= contest[0] <= high:
            continue  # its votes over the valid votes: what a share of the vote is, whatever else is counted near
        if not ratios or any(low <= ratio <= high for ratio, _described, _cited in ratios) or \
                _a_reading_fits(low, high, readings, fact, pairs, counts):
            continue
        ratio, described, counted = min(ratios, key=lambda item: abs(item[0] - share))
        if not share / UNRELATED_FACTOR <= ratio <= share * UNRELATED_FACTOR:
            continue
        message = (f"{written(fact.claim)} does not fit the counts it can come from: {described} "
                   f"is {100 * ratio:.1f}%")
        rule = RULES["CC206"]
        cited = {id(c): c for c in (fact.claim, *counted)}.values()
        flags.append(Flag("CC206", rule.name, rule.severity, 0.5, message,
                          [claim_evidence(c) for c in sorted(cited, key=lambda c: c.start)]))
    return flags


def _a_reading_fits(low: float, high: float, readings: list[float], share: Fact, pairs: list[tuple[Fact, Fact]],
                    counts: list[Fact]) -> bool:
    """True when a reading that flags nothing gives a share within its bounds: one of `readings`, or one of counts
    of the pairs' nouns (`_like_pairs`) or of a count beside the share (`_with_a_count_beside`), which are read only
    where the share would otherwise be flagged."""
    def fits(found: list[float]) -> bool:
        return any(low <= reading <= high for reading in found)
    return fits(readings) or fits(_like_pairs(pairs, counts)) or fits(_with_a_count_beside(share, counts))


def _like_pairs(pairs: list[tuple[Fact, Fact]], counts: list[Fact]) -> list[float]:
    """The shares that counts of a paired part's and whole's nouns give, one told in place of either or both
    ("2,400 of the 3,700 seats sold last year" paired, "2,400 of the 3,000 seats that went to members" meant): another
    reading of which counts the share is of, which keeps it quiet but flags nothing."""
    found = []
    for part, whole in pairs:
        if part.measure is None or whole.measure is None:
            continue
        parts = [c for c in counts if c.measure == part.measure]
        wholes = [c for c in counts if c.measure == whole.measure]
        found += [p.claim.value / w.claim.value for p in parts for w in wholes
                  if p is not w and p.claim.value < w.claim.value and not (p is part and w is whole)]
    return found


def _with_a_count_beside(share: Fact, counts: list[Fact]) -> list[float]:
    """The shares a count told in the share's own sentence makes with any other count of its paragraph or the ones
    either side, the smaller over the larger ("15,000 of them, 40 percent," and "37,500 tickets were sold" a paragraph
    before, whatever nouns the parse gives them): a reading that keeps the share quiet but flags nothing. Nearer
    readings choose the pair; this one only stops a flag where the article's own counts make the share."""
    own = [c for c in counts if c.sentence == share.sentence]
    return [min(a.claim.value, b.claim.value) / max(a.claim.value, b.claim.value) for a in own for b in counts
            if b is not a and a.claim.value != b.claim.value and abs(b.paragraph - share.paragraph) <= 1]


def _summed_parts(doc: Document, share: Fact, counts: list[Fact]) -> list[tuple[float, str, tuple]]:
    """For a share its sentence says is of parts taken together ("Combined, 30 percent of the clinics lost a
    morning": "190 closed at noon and 60 stayed closed all day"), the share the two or more parts written against a
    whole of its noun in one sentence make of it, summed, and the share parts written against two or more wholes of
    its noun in one sentence make of those wholes, all summed ("Four of the 12 diesel vans failed, and two of the
    eight electric vans failed too. Overall, 30 percent of the vans failed")."""
    sentence = doc.sentences[share.sentence] if 0 <= share.sentence < len(doc.sentences) else None
    if sentence is None or not TOGETHER.search(doc.text, sentence.start, sentence.end) or share.share_of is None:
        return []
    found = []
    for whole in {id(c.whole): c.whole for c in counts if c.whole is not None}.values():
        parts = [c for c in counts if c.whole is whole and c.sentence == whole.sentence]
        summed = sum(p.claim.value for p in parts)
        if whole.measure == share.share_of and len(parts) >= 2 and whole.claim.value and summed < whole.claim.value:
            found.append((summed / whole.claim.value,
                          f"{' + '.join(p.claim.text for p in parts)} of {whole.claim.text}",
                          (*(p.claim for p in parts), whole.claim)))
    for told in {c.sentence for c in counts if c.whole is not None}:
        parts = [c for c in counts if c.sentence == told and c.whole is not None and c.whole.sentence <= told]
        wholes = list({id(p.whole): p.whole for p in parts}.values())
        if len(wholes) >= 2 and all(w.claim.value and w.measure == share.share_of for w in wholes):
            summed, total = sum(p.claim.value for p in parts), sum(w.claim.value for w in wholes)
            found.append((summed / total, f"{' + '.join(p.claim.text for p in parts)} of "
                          f"{' + '.join(w.claim.text for w in wholes)}", tuple(c.claim for c in (*parts, *wholes))))
    return found


def _shares_told_with(counted: tuple, share: Fact, percents: dict[int, list[Fact]], settings: Settings
                      ) -> list[tuple[float, float]]:
    """The bounds of the shares told in the sentences of a pair of counts, in other sentences than `share`'s."""
    sentences = {c.sentence for c in counted} - {share.sentence}
    return [share_bounds(f, f.claim.value / 100, settings) for sentence in sentences
            for f in percents.get(sentence, [])]


def _turnout_ratios(doc: Document, share: Fact, counts: list[Fact], published: date | None, settings: Settings
                    ) -> tuple[list[tuple[float, str, tuple]], list[tuple[float, str, tuple]]] | None:
    """For a turnout ("Turnout was 37.1 per cent of the town's 59,300 registered voters", "With 59,300 people registered
    to vote, turnout was 37.1 percent", "37.1 percent of the electors voted"), the shares the ballots cast make of
    the electorate: each count of votes or ballots the article tells (not a contender's, on a list or not: "Okafor won
    12,300 votes", nor one told as some of a set: "6,950 of the ballots cast", nor the rest of them alone: "took the
    other 2,900 votes"), each two of them told in one paragraph together ("21,590 valid ballots" and "Another 410
    ballots were spoiled") and all a paragraph tells, each of these with a count of ballots of the share's own sentence
    ("counting 4,100 spoilt ballots"); and the votes of each list of contenders, alone and with each count of ballots of
    their paragraph: of all the valid votes where a count of the list's sentence is their sum ("out of 21,590 valid
    ballots"), else apart, as floors the ballots cast are at least (others may be unlisted); all of the share's scope
    (`_one_scope`: not "in a separate ballot on June 3"), over the electorate written against the share or counted in
    its sentence, not as some of a set ("2,350 of the drivers voted, for a turnout of 62 percent": a part of an
    electorate not told); a turnout told with a part written against its whole in its own sentence ("as 18,502 of the
    58,730 on the roll took part"), of no share nearer that part, is that part of that whole. None for any other share,
    or when no ballots or electorate are told: then the share is read like any other."""
    if TURNOUT not in share.measure_terms | {share.measure} and not (  # "48 percent of the electors voted"
            ELECTORATE & {share.measure, share.share_of} and share.event in CAST_WORDS | VOTING):
        return None
    shares = [f for f in doc.facts or [] if f.sentence == share.sentence and share_of_whole(f) is not None]
    told = [c for c in counts if c.sentence == share.sentence and c.whole is not None
            and c.whole.sentence == share.sentence and c.claim.value < c.whole.claim.value
            and min(shares, key=lambda f: abs(f.claim.start - c.claim.start)) is share]  # the share nearest it
    if told:
        return [(c.claim.value / c.whole.claim.value, f"{c.claim.text} of {c.whole.claim.text}",
                 (c.claim, c.whole.claim)) for c in told], []
    lists = _tally_lists(counts)
    listed = {id(c) for sides in lists for c in sides}
    cast = [c for c in counts if {c.measure, c.event, *c.measure_terms} & CAST_WORDS and id(c) not in listed
            and not PARTITIVE_AFTER.match(doc.text, c.claim.end) and not _contenders(c)]
    wholes = [share.whole] if share.whole is not None else [  # not some of a set: "2,350 of the drivers voted"
        c for c in counts if c.sentence == share.sentence and c not in cast and id(c) not in listed
        and c.role != "part"]
    parts = [(c.claim.value, c.claim.text, (c,)) for c in cast if not c.rest_of]  # "took the other 2,900 votes":
    parts += [(a.claim.value + b.claim.value, f"{a.claim.text} and {b.claim.text}", (a, b))  # the rest, not all
              for i, a in enumerate(cast) for b in cast[i + 1:] if a.paragraph == b.paragraph]
    for paragraph in {c.paragraph for c in cast}:  # every count of the ballots a paragraph gives, together
        together = [c for c in cast if c.paragraph == paragraph]
        if len(together) > 2:
            parts.append((sum(c.claim.value for c in together), " and ".join(c.claim.text for c in together),
                          tuple(together)))
    parts += [(value + c.claim.value, f"{text} and {c.claim.text}", (*cited, c))  # "turnout was 51.2 percent,
              for c in cast if c.sentence == share.sentence  # counting 4,100 spoilt ballots": with those
              for value, text, cited in list(parts) if all(c is not told for told in cited)]
    listed_parts = []  # the votes of the contenders a list names: all the valid votes where its total says so
    floor_parts = []  # else at most the ballots cast, others may be unlisted
    for sides in lists:  # "11,530 votes to Osei's 10,060. A further 410 ballots were spoiled":
        told = sum(c.claim.value for c in sides)  # the valid votes, and with the spoiled ones
        written_sides = " + ".join(c.claim.text for c in sides)
        whole_list = any(c.sentence == sides[0].sentence and c.claim.value == told for c in cast)
        (listed_parts if whole_list else floor_parts).extend(
            [(told, written_sides, tuple(sides))] + [(told + c.claim.value, f"{written_sides} + {c.claim.text}",
                                                      (*sides, c)) for c in cast if c.paragraph == sides[0].paragraph])

    def ratios_of(told: list[tuple[float, str, tuple[Fact, ...]]]) -> list[tuple[float, str, tuple]]:
        return [(value / whole.claim.value, f"{text} of {whole.claim.text}", (*(c.claim for c in cited), whole.claim))
                for whole in wholes for value, text, cited in told if value < whole.claim.value
                and all(_one_scope(share, part, whole, published, settings) for part in cited)]

    ratios, floors = ratios_of(parts + listed_parts), ratios_of(floor_parts)
    return (ratios, floors) if ratios or floors else None


def _contenders(count: Fact) -> bool:
    """True for a count held by a person, a body or a group ("Okafor won 12,300 votes"): a contender's votes, not
    all the ballots cast."""
    return any(holder.split(":", 1)[0] in CONTENDER_KINDS for holder in count.holders)


def _tally_lists(counts: list[Fact]) -> list[list[Fact]]:
    """The contenders' sides of each list of tallies (`facts._named_tallies`: "Lindqvist 11,530 votes, Osei 7,214"),
    one list per sentence in the text's order: two or more counts of one sentence, each held by one name of its own
    (the last a name holds there)."""
    sides: dict[int, dict[frozenset[str], Fact]] = {}
    for count in counts:
        names = frozenset(holder.split(":", 1)[-1] for holder in count.holders)  # one name typed two ways by
        if len(names) == 1:  # the parse ("PERSON:ana ruiz", "GPE:ana ruiz") is one holder
            sides.setdefault(count.sentence, {})[names] = count
    return [sorted(told.values(), key=lambda c: c.claim.start) for told in sides.values() if len(told) >= 2]


def _contender_bounds(share: Fact, counts: list[Fact], published: date | None, settings: Settings
                      ) -> tuple[float, float, Fact, list[Fact], Fact | None] | None:
    """For one contender's share of the votes ("Delacroix took 61.9 percent of the votes cast"), the shares the
    article's list of tallies allows (`facts._named_tallies`: "received 19,205 votes to Holmqvist's 14,115"): at
    most the contender's votes over the listed contenders' sum (others may be unlisted), and at least its votes over
    the total of votes or ballots the list's sentence gives ("out of 21,590 valid ballots"), when it gives one (of the
    valid votes, exactly its votes over them). With the contender's count and the listed ones; None when no list of
    two or more contenders holds the share's holder's votes, or when the share is of another round, place or
    source."""
    if not share.holders or not {share.measure, share.share_of} & VOTE_NOUNS:
        return None
    for own in counts:
        if len(own.holders) != 1 or not own.holders <= share.holders or own.measure not in VOTE_NOUNS:
            continue
        listed = {next(iter(c.holders)): c for c in counts if c.sentence == own.sentence and len(c.holders) == 1
                  and c.measure in VOTE_NOUNS | {None} and c.paragraph == own.paragraph}
        if len(listed) < 2 or not _one_scope(share, own, own, published, settings):
            continue
        told = sum(c.claim.value for c in listed.values())
        totals = [c for c in counts if c.sentence == own.sentence and not c.holders and c.measure in VOTE_NOUNS
                  and c.claim.value >= told] or _total_told_after(own, counts, told, published, settings) or \
            _valid_total_before(own, counts, told, published, settings)
        total = max(totals, key=lambda c: c.claim.value) if totals else None
        lowest = own.claim.value / total.claim.value if total is not None else 0.0
        if total is not None and VALID in total.kind_words:
            return lowest, lowest, own, list(listed.values()), total  # the valid votes: what a share of the vote is of
        return lowest, own.claim.value / told, own, list(listed.values()), total
    return _over_the_valid_votes(share, counts, published, settings)


def _over_the_valid_votes(share: Fact, counts: list[Fact], published: date | None, settings: Settings
                          ) -> tuple[float, float, Fact, list[Fact], Fact | None] | None:
    """For a contender's share of the votes told with its own votes and no list of others' ("received 9,120
    votes"), and the article's one count of the valid votes or ballots, held by no one ("8,400 valid ballots were
    cast"): the contender's votes over those, both bounds. None for anything else."""
    own = [c for c in counts if len(c.holders) == 1 and c.holders <= share.holders and c.measure in VOTE_NOUNS]
    valid = [c for c in counts if not c.holders and c.measure in VOTE_NOUNS and VALID in c.kind_words]
    if len(own) != 1 or len(valid) != 1 or valid[0].claim.value <= own[0].claim.value or not all(
            _one_scope(share, own[0], whole, published, settings) for whole in (own[0], valid[0])):
        return None
    ratio = own[0].claim.value / valid[0].claim.value
    return ratio, ratio, own[0], own, valid[0]


def _another_contender_fits(contest: tuple[float, float, Fact, list[Fact], Fact | None], low: float, high: float
                            ) -> bool:
    """True when the share is just another listed contender's votes over the listed sum ("beat Brandt with 55.2
    percent", then "30,112 votes to Brandt's 24,437"): the share is that contender's, whoever the parse gave it to."""
    listed = contest[3]
    told = sum(c.claim.value for c in listed)
    return any(low <= c.claim.value / told <= high for c in listed if c is not contest[2])


def _total_told_after(own: Fact, counts: list[Fact], told: float, published: date | None, settings: Settings
                      ) -> list[Fact]:
    """The first count of all the votes or ballots told after a list of contenders' votes, in its paragraph or the
    next, with no holder (or of the valid votes, whatever contender its sentence names), at least the listed sum and
    of the list's scope ("In all, 22,705 ballots were cast"): the total the list's shares are of (at least their votes
    over it)."""
    after = sorted((c for c in counts if c.sentence > own.sentence and 0 <= c.paragraph - own.paragraph <= 1
                    and c.measure in VOTE_NOUNS and c.whole is None), key=lambda c: c.claim.start)  # no part of one
    first = next((c for c in after if not c.holders or VALID in c.kind_words), None)  # "Hale took 5,100 of the
    # 30,600 valid ballots": the whole of another contender's votes, whoever the sentence names
    if first is None or first.claim.value < told or not _one_scope(own, first, first, published, settings):
        return []
    return [first]


def _valid_total_before(own: Fact, counts: list[Fact], told: float, published: date | None, settings: Settings
                        ) -> list[Fact]:
    """The last count of the valid votes told before a list of contenders' votes in its paragraph, of no other count
    a part and at least the listed sum ("Ruiz took 9,100 of the 30,000 valid votes. Hale received 8,000, ..."): the
    total the list's shares are of."""
    before = [c for c in counts if c.sentence < own.sentence and c.paragraph == own.paragraph and c.whole is None
              and c.measure in VOTE_NOUNS and VALID in c.kind_words and c.claim.value >= told
              and _one_scope(own, c, c, published, settings)]
    return before[-1:]


def _contender_flag(share: Fact, contest: tuple[float, float, Fact, list[Fact], Fact | None], below: bool) -> Flag:
    """CC206's flag for a contender's share its tallies do not allow: below the least its total allows, or above the
    most its list does."""
    lowest, highest, own, listed, total = contest
    sides = ", ".join(c.claim.text for c in listed)
    if total is not None and (below or len(listed) == 1 or lowest == highest):  # of the valid votes
        described = f"{own.claim.text} of {total.claim.text} is {100 * lowest:.1f}%"
    else:
        described = f"{own.claim.text} of the {sum(c.claim.value for c in listed):,.0f} votes listed ({sides}) " \
                    f"is at most {100 * highest:.1f}%"
    message = f"{written(share.claim)} does not fit the counts it can come from: {described}"
    rule = RULES["CC206"]
    cited = {id(c): c for c in (share.claim, *(c.claim for c in listed), *([total.claim] if total else []))}.values()
    return Flag("CC206", rule.name, rule.severity, 0.5, message,
                [claim_evidence(c) for c in sorted(cited, key=lambda c: c.start)])


def _other_doing(share: Fact, part: Fact) -> bool:
    """True when a part is told on a verb and a share on another, neither's verb nor what befell their things the
    other's: the share may be of the rest of the part's whole ("940 of them failed, so 81.9 percent passed")."""
    told = {share.event, share.state} - {None}
    return part.event is not None and not told & {part.event, part.state}


def _of_the_share(share: Fact, part: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """Whether a count can be the part a share tells: not of another holder ("Marsh took 47.3% of the votes" and
    "Ferreira's 41,905"), nor, for a contender's share of the votes, of none of its holders ("The Farmers' League took
    31.5 percent of the vote" and "412,000 of the 690,000 registered voters turned out"), nor, for a share of a whole it
    names, a count of another sentence of another measure than the share's own ("Turnout was 48.1 percent of the 153,600
    registered voters" and "Lorimer won 38,716 votes"; one in its own sentence is told beside it, whatever noun the
    parse gives the share, but for a count of a noun of its own alike neither the share's nor its set's: "a third of
    the patients had bugs immune to three kinds of medicine"), nor a count of where other things came from
    (`Fact.source`)."""
    if holders_differ(share, part):
        return False
    if _contenders(share) and {share.measure, share.share_of} & VOTE_NOUNS and not holders_shared(share, part):
        return False  # "the Greens won 37 percent of the vote": of their own votes, not of those who voted
    if part.source and part.measure not in {share.measure, share.share_of}:
        return False  # "the share of parcels sent from the 12 rural depots": where they came from, no part
    if part.sentence == share.sentence and part.measure is not None and share.share_of is not None and \
            part.whole is None and not any(alike_lemmas(part.measure, noun, vectors, settings)
                                           for noun in (share.measure, share.share_of) if noun):
        return False  # "a third of the patients had bugs immune to at least three kinds of medicine": a count
    # of its own noun beside the share, not the share's part
    if share.whole is None or share.measure is None or part.measure is None or part.sentence == share.sentence:
        return True
    return any(alike_lemmas(told, noun, vectors, settings) for told in (part.measure, part.state, part.event) if told
               for noun in (share.measure, share.share_of) if noun)  # "112,406 people voted Yes": of the votes


def _the_set_it_is_of(share: Fact, count: Fact) -> bool:
    """True for a count of just the set a share picks out as its base ("won 61 percent of the valid ballots" and
    "4,310 valid ballots were counted"): its whole, never a part of something else; one written against a whole of its
    own ("30 of the rescued hikers") is some of that set."""
    return share.restriction is not None and count.measure == share.share_of and \
        share.restriction in count.kind_words and count.whole is None


def _another_happening(share: Fact, part: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True when a count tells of other things done otherwise than a share: neither its verb nor its noun is the
    share's ("Commuters made up about 40 percent of the passengers" and "Sixty seats were broken"). A count
    with a verb or a noun alike may be the share's part, however else it is worded, and so may one written against
    the share's whole ("won with 9,215 votes, out of 16,000 members": the caller's test)."""
    verbs = [x for x in (share.event, share.state) if x]
    nouns = [x for x in (share.measure, share.share_of) if x]
    if not part.event or not verbs or not part.measure or not nouns:
        return False
    return not any(alike_lemmas(part.event, v, vectors, settings) for v in verbs) and \
        not any(alike_lemmas(part.measure, n, vectors, settings) for n in nouns)


def _part_told_apart(share: Fact, part: Fact, whole: Fact, vectors: WordVectors | None, settings: Settings) -> bool:
    """True for a part written against a whole the share found only by its noun, told neither in the share's sentence
    nor the one before it, that names no sort of its own (its noun is the whole's, or none: "188 of its 195 pupils
    passed", paragraphs from "the share of pupils gaining a top grade rose to 17.5 percent") and tells of nothing alike
    to what the share does: some of that whole picked out for another reading, no part of the share ("70 women among
    the 230 officers" names its sort, which "Women make up 18% of the officers" may be the share of)."""
    if share.whole is whole or part.whole is not whole or part.sentence in {share.sentence, share.sentence - 1} or \
            part.measure not in {None, whole.measure} or share.inferred or share.referred or \
            share.measure not in {None, share.share_of}:
        return False  # "By that count, ...", "Her tally came to ...", "Costumed runners made up ... of the field": a
        # share that points back at its part or names it
    stance = _stance(share)
    if stance is not None and stance == _stance(part):
        return False  # "39 percent of voters backed it" and "49,000 were in favour": one side taken
    doings = [x for x in (share.event, share.state, share.restriction) if x]
    told = [x for x in (part.event, part.state, part.restriction) if x]
    return not any(alike_lemmas(a, b, vectors, settings) for a in doings for b in told)


def _sentence_words(doc: Document) -> dict[int, frozenset[str]]:
    """Each sentence's content words, lower-case lemmas of its common nouns, verbs, adjectives and numbers but for stop
    words and the broad verbs (`BROAD_VERBS`, "say"): what it tells of, to find two sentences telling one thing."""
    if doc.nlp is None:
        return {}
    found = {}
    for k, sentence in enumerate(doc.sentences):
        span = doc.nlp.char_span(sentence.start, sentence.end, alignment_mode="expand")
        found[k] = frozenset(t.lemma_.lower() for t in span or () if t.pos_ in CONTENT_TAGS and not t.is_stop
                             and t.lemma_.lower() not in BROAD_VERBS | {"say"} | SHARE_NOUNS)
    return found


def _told_alike(share: Fact, part: Fact, words: dict[int, frozenset[str]]) -> bool:
    """True for a part (written against a whole) told in another sentence than a share that shares `TOLD_ALIKE` or
    more content words with the share's ("Of those, 270 lifts had a faulty door sensor" and "Lifts with a faulty door
    sensor were 45 percent of the lifts inspected"): the share tells that part again in other words, unless the part
    and its whole count one noun and the share another ("Two in three nurses backed the pay offer" and "40 of the 60
    wards saw most nurses back the pay offer")."""
    if part.whole is not None and share.measure is not None and part.measure == part.whole.measure and \
            part.measure not in {None, share.measure}:
        return False
    return part.sentence != share.sentence and part.whole is not None and len(
        words.get(part.sentence, frozenset()) & words.get(share.sentence, frozenset())) >= TOLD_ALIKE


def _doing_told_with(share: Fact, part: Fact, words: dict[int, frozenset[str]]) -> bool:
    """True for a part whose doing (its verb, what befell its things, or the doing picking them out; not a broad
    verb such as "say") the share's sentence tells of, however deep in it ("1,517 said they had been served within
    ten minutes" and "93 percent of those who replied felt they had been served within ten minutes")."""
    doings = {part.event, part.state, part.restriction} - {None} - BROAD_VERBS - {"say"}
    return bool(doings & words.get(share.sentence, frozenset()))


def _of_the_total(share: Fact, part: Fact, words: dict[int, frozenset[str]]) -> bool:
    """True for a share "of the total" with no whole of its own ("Births to mothers over 35 made up about 41 percent of
    the total") and a part written against a whole in another sentence whose words name all the share's measured noun
    and its sorts ("Of this year's births, 1,500 were to mothers over 35"): the share of that part in that whole."""
    named = {share.measure, *share.kind_words} - {None}
    return share.share_of in SUM_NOUNS and share.whole is None and bool(named) and part.whole is not None and \
        part.sentence != share.sentence and named <= words.get(part.sentence, frozenset())


def _stance(fact: Fact) -> str | None:
    """The side a figure's words take ("backed", "in favour": for; "opposed", "against": against), or None."""
    words = {fact.event, fact.state} | fact.context_terms
    sides = ["for"] * bool(words & FOR) + ["against"] * bool(words & AGAINST)
    return sides[0] if len(sides) == 1 else None


def _restated_wholes(share: Fact, counts: list[Fact]) -> list[Fact]:
    """The wholes a share that restates a count (`Fact.restates`: "Okafor won 9,120 votes, or 47.2 percent") can be
    of: the count's own ("1,240 of the 2,600 permits, or 48 percent"), else each count of all the things its noun
    names in another sentence, held by no one ("a total of 19,300 votes were cast"; votes and ballots alike: what a
    contender's share counts), told as a level (not the rest of them, nor a part of another, nor some of them a word
    picks out: "the 1,500 respondents who own a car") and larger than it;
    never a count of other things ("58,300 registered voters")."""
    count = share.restates
    if count.whole is not None:
        return [count.whole]
    nouns = VOTE_NOUNS if count.measure in VOTE_NOUNS else {count.measure}
    return [c for c in counts if c.sentence != share.sentence and c.measure is not None and c.measure in nouns
            and c.role == "level" and not c.holders and c.claim.value > count.claim.value
            and c.restriction is None]  # "the 1,500 respondents who own a car": some of them


def _wholes(fact: Fact, counts: list[Fact], vectors: WordVectors | None, settings: Settings) -> list[Fact]:
    if fact.whole is not None:
        return [fact.whole]
    if fact.share_of is None and fact.restriction is not None:  # "half of those killed": the counts of the killed,
        # or of a set picked out by that doing ("of the 2,050 members who voted" for "of those voting"), or a set
        # its noun names by that doing that parts are written against ("of those who replied" and "Of the 1,736
        # respondents, 1,517 said ...")
        parted = {id(c.whole) for c in counts if c.whole is not None}
        return [c for c in counts if c.sentence != fact.sentence
                and (_one_doing(fact.restriction, c.state or c.restriction)
                     or id(c) in parted and c.measure is not None and (
                         nominalises(fact.restriction, c.measure)
                         or alike_lemmas(fact.restriction, c.measure, vectors, settings)))]
    if fact.share_of is None:
        return []  # "97% effective": a property, not a share of something counted
    found = [c for c in counts if c.measure is not None and c.sentence != fact.sentence and (
        c.measure == fact.share_of or (vectors is not None and vectors.similarity(c.measure, fact.share_of)
                                       >= settings.same_measure_similarity))
        and (fact.restriction is None or alike_lemmas(fact.restriction, c.state or c.restriction, vectors, settings)
             or fact.restriction in c.kind_words | c.context_terms)]  # "a fifth of the buses leaving the depot":
    # a count of those only, or one told with the word that picks them out ("16,000 members eligible to vote")
    named = [c for c in counts if fact.restriction is not None and c.sentence != fact.sentence and c.measure
             is not None and (c.measure == fact.restriction or nominalises(fact.restriction, c.measure))]
    found = named or found  # "half of the members who replied" and "received 900 replies": the replies counted
    # are those members, not every member asked
    # the whole of a part named by the share's noun ("71 percent of patients" and "Of these (attendances), 7,844
    # patients were seen") or of the things its subject names some of ("Overseas visitors make up 38 percent of our
    # audience" and "Of those visitors, 372,000 came from abroad")
    parted = [c.whole for c in counts if c.whole is not None and c.sentence != fact.sentence
              and abs(fact.paragraph - c.paragraph) <= 1
              and (c.measure == fact.share_of or fact.share_of != fact.measure == c.whole.measure
                   or c.measure is None and c.whole.measure == fact.share_of)]  # "Of the 1,300 lorries inspected,
    # 420 had faulty brakes": a part with no noun of its own counts its whole's things
    return list({id(c): c for c in [*found, *parted]}.values())  # each whole once, by identity


def _one_doing(told: str, other: str | None) -> bool:
    """True for one doing written as a verb's lemma or as its "-ing" form the tagger made a noun ("voting" and "vote",
    "running" and "run")."""
    if other is None or told == other or not told.endswith("ing"):
        return told == other
    stem = told[:-3]
    return other in {stem, stem + "e"} or (stem[-1:] == stem[-2:-1] and other == stem[:-1])


def _parts(fact: Fact, whole: Fact, counts: list[Fact], referred: Fact | None) -> list[Fact]:
    """The counts a share of `whole` can be: written against it, or in the share's sentence or the one before (or
    `referred`, earlier in its paragraph, of things it picks out as just told: `_referred_to`), or, for a share written
    against that whole, the one after ("Of the 4,000 members who voted, 70% backed the deal. About 2,800 members
    supported it."). A whole found only by its noun may have other parts told after it ("one in four of the people ..."
    and "Of the 146 cases, 37 ...")."""
    near = {fact.sentence - 1, fact.sentence} | ({fact.sentence + 1} if fact.whole is whole else set())
    return [c for c in counts if c is not whole and c is not fact and (
        c.whole is whole or (c.sentence in near and c.whole is None) or c is referred)]


def _referred_to(fact: Fact, counts: list[Fact]) -> Fact | None:
    """For a share of things it picks out as just told ("over 220 members backed it. ... Those members make up 40
    percent of the chamber"), the last count of its noun before its sentence in its paragraph; else None."""
    if not fact.referred:
        return None
    told = [c for c in counts if c.measure == fact.measure and c.whole is None and c.paragraph == fact.paragraph
            and c.sentence < fact.sentence]
    return told[-1] if told else None


def _told_parts(fact: Fact, counts: list[Fact]) -> list[Fact]:
    """For a share its sentence says follows from what was just told ("fans thus made up 60 percent of the crowd",
    "by that count, half of them", "That pass rate, just under three in four,"): the parts written against a whole
    ("812 of the 2,030 visitors") in its sentence or the `INFERENCE_REACH` before it, in its paragraph or the one
    before, whatever nouns the two name."""
    if not fact.inferred or fact.whole is not None:  # one written against a whole of its own is of that whole
        return []
    return [c for c in counts if c.whole is not None and 0 <= fact.paragraph - c.paragraph <= 1
            and 0 <= fact.sentence - c.sentence <= INFERENCE_REACH]


def _told_beside(fact: Fact, counts: list[Fact], openers: set[int]) -> list[tuple[Fact, Fact]]:
    """For a share its sentence says follows from what was just told, (smaller, larger) pairs of counts told together
    in one sentence before it, within `INFERENCE_REACH` in its paragraph ("While 54 nations have signed, only 27 have
    ratified. That is half of the signatories."), or in the paragraph before for a share in the first sentence of its
    own (one of `openers`) that names no set it is of ("That is a rate of 6 percent." opening it; "That gave her 52
    percent of the valid vote" is read against the valid votes), whatever nouns they name, but never two counts
    of two holders ("polled 8,400 votes to Miller's 5,600": two sides, neither a part of the other). A share written
    against a whole of its own ("That is a third of the school's 900 pupils") is of that whole, not of the larger of
    such a pair."""
    if not fact.inferred or fact.whole is not None:
        return []
    told = [c for c in counts if 0 < fact.sentence - c.sentence <= INFERENCE_REACH and (
        c.paragraph == fact.paragraph or fact.sentence in openers and fact.share_of is None
        and c.paragraph == fact.paragraph - 1)]
    return [(a, b) for a in told for b in told if a.sentence == b.sentence and a.claim.value < b.claim.value
            and not holders_differ(a, b)]


def _rate_of_a_doing(fact: Fact, counts: list[Fact]) -> list[tuple[Fact, Fact]]:
    """For a rate of a doing its words name ("the pass rate was 70 percent", "a draw rate of 30 percent"; not of a
    change: "the growth rate"), with no whole of its own, (part, whole) pairs of the counts that name that doing where
    they are told (its verb, what befell them or the words around them: "and 868 passed", "ended in a draw") and the
    whole they are written against or, failing one, each larger count of their sentence, held by no other ("1,240
    candidates sat the exam and 868 passed"): what the rate is of, wherever in the article it is told. Parts written
    against a whole, where there are any, are the rate's ("won nine bouts and drew three" is no base of a draw rate).
    A rate told with counts of its own sentence is of those, and one held by a name is of that name's counts."""
    if fact.whole is not None or fact.share_of is not None or not (RATE_NOUNS & (fact.measure_terms | {fact.measure})) \
            or any(c.sentence == fact.sentence for c in counts):  # "540 girls sat it, a pass rate of 85 percent"
        return []
    doings = (fact.measure_terms | fact.kind_words) - RATE_NOUNS - SHARE_NOUNS - CHANGE_WORDS
    pairs = []
    for part in counts:
        told = {part.event, part.state, part.restriction} - {None} | part.context_terms
        if not any(doing in told or any(nominalises(verb, doing) for verb in told) for doing in doings) or \
                fact.holders and not holders_shared(fact, part):  # "Eastfield School's pass rate": its own counts
            continue  # "a conviction rate" and "1,054 ended with the defendant convicted": the verb's noun
        wholes = [part.whole] if part.whole is not None else [
            c for c in counts if c.sentence == part.sentence and c.claim.value > part.claim.value
            and c.measure is not None and c.whole is None and not holders_differ(c, part)]
        pairs += [(part, whole) for whole in wholes if part.claim.value < whole.claim.value]
    written_against = [(part, whole) for part, whole in pairs if part.whole is whole]
    return written_against or pairs


def _parts_doing_what_picks_out(fact: Fact, counts: list[Fact], vectors: WordVectors | None, settings: Settings
                                ) -> list[tuple[Fact, Fact]]:
    """For a share of things a doing picks out ("the 9 percent of growers who plan to sell up"), with no whole
    of its own, (part, whole) pairs of the counts written against a whole of its noun that are told of that doing
    ("Of the 2,400 growers polled, ... 216 said they planned to sell up"): the clause may pick out the share's
    own things, not only the set it is a share of."""
    if fact.whole is not None or fact.restriction is None or fact.share_of is None:
        return []
    return [(part, part.whole) for part in counts if part.whole is not None and part.sentence != fact.sentence
            and part.claim.value < part.whole.claim.value
            and fact.restriction in {part.event, part.state, part.restriction} | part.context_terms
            and alike_lemmas(part.whole.measure, fact.share_of, vectors, settings)]


def _one_scope(share: Fact, part: Fact, whole: Fact, published: date | None, settings: Settings) -> bool:
    """Whether a share can be of a pair of counts: not when both name where they hold and no place is shared ("in
    Nevada" and "in the country overall"; "in favour" and "with the backing of" take a side and name no place), nor when
    both are dated and the days do not meet ("at the same point last year, 48 percent" and "in the week to Sunday,
    40,000 of the 100,000"), nor when one is dated before the `undated_window_days` before the article and the other
    undated, which tells of the article's own time ("in March last year, 39 percent of voters took part" and "of the
    90,000 valid votes, 49,000 were in favour")."""
    places = share.places - STANCES
    for count in (part, whole):
        if count.places - STANCES and places and not count.places & places:
            return False
        if sources_differ(share, count) and not _drawn_from(share, count):
            return False
        if dated_apart(count, share):
            return False
        if of_other_times(count, share, published, settings):
            return False
    return True


def _drawn_from(share: Fact, count: Fact) -> bool:
    """True for a share its sentence says follows from what was just told ("About 48 percent of the depots were
    therefore shut, said Dana Whitfield") and a count told within `INFERENCE_REACH` before it: whoever says it draws
    it from those counts, so a second speaker is no other account."""
    return share.inferred and 0 < share.sentence - count.sentence <= INFERENCE_REACH


def _same_vote(share: Fact, tally: Fact, tallies: list[tuple[Fact, Fact]]) -> bool:
    """A share and a tally of one vote: of one verb ("voted 66 to 27", "voted with 62 percent"); a share of a set
    ("80 percent of the legislators") in the tally's paragraph or the next; or, anywhere in the article, a share
    of a set picked out by voting ("of the members voting", "of the legislators who voted"), told as a side taken
    ("with 61.3 percent in favour") or told beside a vote of the tally's own day ("Friday's vote saw 80 percent of
    the legislators ...", not "a poll on Friday found") or naming the vote by its noun ("the 71 percent vote for
    the merger"), and the tally nearest before it (the first, when none is before), unless each holds on other days."""
    if share.event is not None and share.event == tally.event:
        return True
    if share.share_of is not None and 0 <= share.paragraph - tally.paragraph <= 1:
        return True
    one_day = share.share_of is not None and "vote" in share.context_terms and share.time is not None and \
        tally.time is not None and share.time.days == tally.time.days == 1 and share.time == tally.time
    named = share.measure is not None and share.measure in {tally.event, tally.state}  # "the 71 percent vote"
    # and "62 voted"
    if not (share.restriction in VOTING or one_day or _of_a_side(share) or named) or (
            share.time and tally.time and share.time.disjoint(tally.time)):
        return False
    before = [yes for yes, _no in tallies if yes.claim.start < share.claim.start]
    return tally is (before[-1] if before else tallies[0][0])


def _side_share_told(share: Fact, yes: Fact, no: Fact, facts: list[Fact], settings: Settings) -> bool:
    """True when another share in the share's sentence is a side's share of the tally ("a turnout of 70.8 per cent,
    with 97 in favour (64.7 per cent) and 53 against"): the tally's shares are told, and the share is of something
    else."""
    for other in facts:
        value = share_of_whole(other) if other is not share and other.sentence == share.sentence else None
        if value is None:
            continue
        low, high = share_bounds(other, value, settings)
        if any(low <= side.claim.value / (yes.claim.value + no.claim.value) <= high for side in (yes, no)):
            return True
    return False


def _sides(share: Fact, yes: Fact, no: Fact) -> tuple[Fact, ...]:
    """The sides of a tally a share can be of: those for (a tally's first figure, as "passed 230-to-198" and "voted
    66 to 27 to legalize" write it) for a share of support ("the backing of two-thirds", "60 percent backed it"),
    those against for a share of opposition, and either otherwise, or when the tally is of a motion turned down
    ("voted 60-40 to reject the amendment": its first side is against the amendment)."""
    stance = {share.measure, share.event} | share.setting
    if yes.context_terms & TURNED_DOWN:
        return yes, no
    if stance & FOR:
        return (yes,)
    if stance & AGAINST:
        return (no,)
    return yes, no


def _of_a_side(share: Fact) -> bool:
    """True for a share told as a side taken ("with 61.3 percent in favour"): a share of a vote's ballots, wherever
    its tally is told; not one whose verb or noun takes a side ("57 percent of voters in the city backed it", "drew
    the support of 80 percent of the deputies": perhaps of some of them)."""
    return bool(share.places & STANCES)


def _tallies(doc: Document, counts: list[Fact], voted: list[tuple[Fact, Fact]]) -> list[tuple[Fact, Fact]]:
    """Two counts written as one tally, those for first ("passed 230-to-198", "a 6-3 ruling", "by 330 votes to 287",
    "with 430 votes in favour, 203 against and 50 abstentions"): each side's share of their sum is a share the article
    may state elsewhere of the same event. Two counts joined as a score are a tally in a sentence that speaks of voting
    (`voted`); sides named for and against say so themselves ("The final count was 212 in favour and 152 against"), as
    do sides told by their verbs ("12,480 voters backed the proposal and 9,311 voted against it")."""
    joined = [(a, b) for a, b in voted if a.role == b.role == "level"]
    sided = [(a, b) for a in counts if FOR_AFTER.match(doc.text, a.claim.end) or a.event in FOR
             for b in counts if b.sentence == a.sentence and b is not a
             and (AGAINST_AFTER.match(doc.text, b.claim.end) or b.event in AGAINST)]
    return sorted(joined + sided, key=lambda tally: min(side.claim.start for side in tally))  # in the text's order


def _about_a_vote(doc: Document, sentence: int) -> bool:
    """True when a sentence speaks of a vote: a tally there is votes cast, not a match's score."""
    span = doc.sentences[sentence]
    parsed = doc.nlp.char_span(span.start, span.end, alignment_mode="expand") if doc.nlp is not None else None
    return parsed is not None and any(t.lemma_.lower() in VOTE_LEMMAS for t in parsed)
