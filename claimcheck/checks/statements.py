"""CC301–CC304: statements that contradict each other, read from the facts stage's typed statements
(`doc.statements`, see `claimcheck.statement_facts`) and the project's NLI model.

CC303 rests on structure: one statement denies what another asserts: the same predicate lemma (a verb, or an event noun:
"claimed responsibility" and "no claims of responsibility") with every object the denial names (a named subject's denial
for all time may name none: "Rodriguez, who has not conceded" and "Rodriguez conceded defeat"), one side negated and the
other asserted (not a plan or a possibility), at times the denial covers ("has never paid a dividend" and "paid a
dividend in March"; "has not raised rates this year" and "raised rates in March"; "no claims were reported yesterday"
and "claimed responsibility yesterday"), about the same subject or one not given, and not in the words of two different
speakers: two speakers giving opposite accounts is a dispute the article reports, not the article contradicting itself.
The model can then only veto (mean entailment of both directions at least `nli_temporal_veto`).

CC302 rests on structure too: two statements of one event (the same predicate, or alike ones by the word vectors,
sharing a subject or an object: "Russia began supplying India" and "Supplies have begun") placed at times named
relative to the article ("last month", "this month") that cannot both hold; the model vetoes as for CC303 and its
contradiction probability raises the confidence.

CC304 rests on structure alone and needs no model: a named person's death told at a time (the person the subject of
"die" or the object of "kill", "murder" ...) and a later time at which the article has that person do or be
something (the subject of an asserted clause dated on its own verb: "remained in critical condition on Thursday"
after "died on Wednesday night"). A passive ("was buried on Friday") has its agent as subject and says nothing.

CC301 (preview) asks the model: candidate pairs are sentences whose statements share a predicate or object and
that are alike by their word vectors or share a named person or body; each sentence keeps its
`nli_pairs_per_sentence` best partners and the article at most `nli_max_pairs` pairs, so the model's work grows
with the article's length and not with its square. Each pair is scored in both directions and flagged when both
pass `nli_threshold`: on published news the small model gives one direction of many unrelated pairs a high
contradiction, rarely both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, Sequence

import numpy as np

from claimcheck.checks.common import of_other_times, one_name, paragraph_number, span_evidence
from claimcheck.checks.dates import is_relative_period
from claimcheck.checks.registry import RULES
from claimcheck.document import Document, Flag, Span, Statement
from claimcheck.lexicon import WordVectors, settings_vectors
from claimcheck.settings import Settings

DECISION_NOUNS = frozenset({"decision", "vote", "ruling", "verdict", "resolution"})  # closed class: what is decided,
# told as unanimous with no object ("The board's decision was unanimous"), points back at the vote beside it (CC306)
MIN_SENTENCE_WORDS = 5  # shorter body sentences ("He declined.") carry too little for the NLI model
TEMPORAL_BASE_CONFIDENCE = 0.5  # CC302/CC303 confidence from the structure alone; the NLI contradiction adds the rest
SAME_EVENT_SIMILARITY = 0.5  # CC302: word-vector cosine of two predicates to take them as one event ("begin", "start")
MIN_PAIR_SIMILARITY = 0.6  # CC301: cosine of two sentences' statement vectors to make them a candidate pair
SHARED_NAME_BONUS = 0.2  # CC301: added to a pair's similarity per named person or body the two share
PAST_PERFECT_DAYS = 45  # CC303: a denial in the past perfect is of the time before the story's own weeks
SAME_SUBJECT_SIMILARITY = 0.4  # CC302/CC303: cosine at which two common-noun subjects are one ("council", "councillor")
DIED_LEMMAS = frozenset({"die", "drown", "perish"})  # closed class: the subject's life ended (CC304)
KILLED_LEMMAS = frozenset({"kill", "murder", "execute", "assassinate"})  # closed class: the object's life ended
DYING_LEMMAS = DIED_LEMMAS | KILLED_LEMMAS | {"pass"}  # no act after a death: "passed away" tells the death again
# Closed class (CC305): the two outcomes of one decision, trial, vote or contest, of which one thing gets only one.
OPPOSITE_OUTCOMES = frozenset(frozenset(pair) for pair in (
    ("approve", "reject"), ("pass", "reject"), ("accept", "reject"), ("adopt", "reject"), ("endorse", "reject"),
    ("acquit", "convict"), ("clear", "convict"), ("uphold", "overturn"), ("uphold", "quash"), ("grant", "refuse"),
    ("grant", "deny"), ("win", "lose"),
))


class NliScorer(Protocol):
    """What the checks need from the NLI model: `predict(pairs)` returning objects with `.contradiction`."""

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list: ...


def body_sentences(doc: Document) -> list[int]:
    """Indices of the sentences long enough to compare that state something (questions state nothing)."""
    stated = {s.sentence for s in doc.statements or []}
    return [i for i in sorted(stated) if len(doc.span_text(doc.sentences[i]).split()) >= MIN_SENTENCE_WORDS]


def _by_sentence(doc: Document) -> dict[int, list[Statement]]:
    found: dict[int, list[Statement]] = defaultdict(list)
    for statement in doc.statements or []:
        found[statement.sentence].append(statement)
    return found


def _terms(statements: list[Statement]) -> list[str]:
    terms: list[str] = []
    for s in statements:
        terms += [s.predicate, *sorted(s.objects)] + ([s.subject] if s.subject else [])
    return terms


def _names(statements: list[Statement]) -> set[str]:
    return {s.subject for s in statements if s.subject and s.named}


def _speakers(statements: list[Statement]) -> set[str]:
    return {s.speaker for s in statements if s.speaker}


def candidate_pairs(doc: Document, settings: Settings, vectors: WordVectors | None = None) -> list[tuple[int, int]]:
    """Sentence pairs worth scoring, best first: two sentences whose statements share a predicate or an object
    lemma and a named subject, or are alike by their statements' mean word vectors; each sentence keeps its
    `nli_pairs_per_sentence` most alike partners (cosine plus a bonus per shared name), at most `nli_max_pairs` in
    all. Two sentences in the words of two different speakers are a dispute, never a pair."""
    indices = body_sentences(doc)
    if len(indices) < 2:
        return []
    statements = _by_sentence(doc)
    terms = {i: set(_terms(statements[i])) for i in indices}
    anchors = {i: {s.predicate for s in statements[i]}.union(*(s.objects for s in statements[i])) for i in indices}
    names = {i: _names(statements[i]) for i in indices}
    speakers = {i: _speakers(statements[i]) for i in indices}
    matrix = _sentence_vectors([sorted(terms[i]) for i in indices], vectors)
    similarity = matrix @ matrix.T if matrix is not None else None
    partners: dict[int, list[tuple[float, tuple[int, int]]]] = defaultdict(list)
    for x, i in enumerate(indices):
        for y in range(x + 1, len(indices)):
            j = indices[y]
            if speakers[i] and speakers[j] and not speakers[i] & speakers[j]:
                continue
            alike = float(similarity[x, y]) if similarity is not None else _overlap(terms[i], terms[j])
            score = alike + SHARED_NAME_BONUS * len(names[i] & names[j])
            if not anchors[i] & anchors[j] or (alike < MIN_PAIR_SIMILARITY and not names[i] & names[j]):
                continue
            partners[i].append((score, (i, j)))
            partners[j].append((score, (i, j)))
    chosen: dict[tuple[int, int], float] = {}
    for options in partners.values():
        for score, pair in sorted(options, reverse=True)[: settings.nli_pairs_per_sentence]:
            chosen[pair] = score
    return sorted(chosen, key=lambda p: (-chosen[p], p))[: settings.nli_max_pairs]


def _sentence_vectors(term_lists: list[list[str]], vectors: WordVectors | None) -> np.ndarray | None:
    """Each sentence's mean term vector, unit length; None without word vectors."""
    if vectors is None:
        return None
    rows = []
    for terms in term_lists:
        mean = np.mean([vectors.vector(t) for t in terms], axis=0) if terms else np.zeros_like(vectors.vector("a"))
        rows.append(mean / max(float(np.linalg.norm(mean)), 1e-8))
    return np.vstack(rows)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(frozen=True)
class PairScore:
    """The NLI model's view of a sentence pair, both directions combined."""

    contradiction: float  # the larger of the two directions
    entailment: float  # the mean of the two directions
    mutual: float  # the smaller contradiction of the two directions: each sentence contradicts the other


def pair_scores(nli: NliScorer, doc: Document, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], PairScore]:
    """Each pair scored in both directions, in one batch."""
    texts = [(doc.span_text(doc.sentences[i]), doc.span_text(doc.sentences[j])) for i, j in pairs]
    results = nli.predict(texts + [(b, a) for a, b in texts])
    n = len(pairs)
    return {
        pair: PairScore(max(results[k].contradiction, results[k + n].contradiction),
                        (results[k].entailment + results[k + n].entailment) / 2,
                        min(results[k].contradiction, results[k + n].contradiction))
        for k, pair in enumerate(pairs)
    }


def _speakers_differ(a: Statement, b: Statement) -> bool:
    return bool(a.speaker and b.speaker and a.speaker != b.speaker)


def _subjects_differ(a: Statement, b: Statement, vectors: WordVectors | None) -> bool:
    """Two subjects that are not one: two names ("Alvarez" and "Brennan"), or two common nouns unlike by the word
    vectors ("the minister" and "his deputy"; "the council" and "councillors" are one). A name and a common noun
    may be one ("Meridian" and "the firm")."""
    if not a.subject or not b.subject or a.subject == b.subject or a.named != b.named:
        return False
    return a.named or vectors is None or vectors.similarity(a.subject, b.subject) < SAME_SUBJECT_SIMILARITY


def _relative_time_starts(doc: Document) -> set[int]:
    """Where the article's times written relative to its date ("last month") start."""
    return {c.start for c in doc.claims or [] if c.kind in {"date", "period"} and is_relative_period(c)}


def temporal_pairs(doc: Document, vectors: WordVectors | None) -> list[tuple[int, int, Statement, Statement]]:
    """Statement pairs of one event (alike predicates, a shared subject or object) whose times, both named relative
    to the article, cannot both hold."""
    relative = _relative_time_starts(doc)
    timed = [s for s in doc.statements or [] if s.time is not None and not s.repeatable and s.time_span is not None
             and s.time_span.start in relative]
    found = []
    for x, a in enumerate(timed):
        for b in timed[x + 1 :]:
            if a.sentence == b.sentence or not a.time.disjoint(b.time):
                continue
            same_event = a.predicate == b.predicate or (
                vectors is not None and vectors.similarity(a.predicate, b.predicate) >= SAME_EVENT_SIMILARITY)
            shared = (a.objects | {a.subject}) & (b.objects | {b.subject}) - {None, a.predicate, b.predicate}
            if same_event and shared and not _subjects_differ(a, b, vectors) and not _counted_apart(doc, a, b):
                found.append((min(a.sentence, b.sentence), max(a.sentence, b.sentence), a, b))
    return found


def _counted_apart(doc: Document, a: Statement, b: Statement) -> bool:
    """True when the two statements' sentences both give figures of one measured noun and no value in common ("1,240
    applicants took the exam in May" and "In 2023, 980 took it"): two rounds of a recurring event, each with its own
    figure, not one event dated two ways (a figure told twice with two values is the numeric rules' to flag)."""
    values: dict[tuple, list[set[float]]] = defaultdict(lambda: [set(), set()])
    for fact in doc.facts or []:
        if fact.sentence in (a.sentence, b.sentence) and fact.measure and fact.claim.value is not None:
            key = (fact.measure, fact.claim.kind, fact.claim.unit)
            values[key][fact.sentence == b.sentence].add(fact.claim.value)
    return any(mine and theirs and not mine & theirs for mine, theirs in values.values())


def _covers(denial: Statement, claim: Statement, published: date | None) -> bool:
    """True when the denial speaks of the time the claim happened: for all time ("never"), a period holding the
    claim's days ("this year" and "in March"; "yesterday" and "yesterday"), or now (both in the present, undated,
    of one subject: "X no longer owns" and "X owns"; a general present with no subject says nothing of a time). A
    reported denial dated only by its sentence's day of telling ("the tribunal found on Monday that the lease did not
    cover ...") speaks of the past an undated claim of its subject tells of ("the lease covered ..."). A
    denial in the past perfect ("had never won the cup before", "had not been paid since May") speaks of the time
    before the moment the story tells of, so only of a claim dated before the `PAST_PERFECT_DAYS` before the
    article."""
    if denial.past_perfect:
        return claim.time is not None and published is not None and \
            claim.time.last < published - timedelta(days=PAST_PERFECT_DAYS)
    if denial.never:
        return claim.tense == "past"
    if denial.time is None and claim.time is None:  # both in the present, of the time of writing, said of one subject
        return denial.tense == claim.tense == "present" and denial.subject is not None and \
            denial.subject == claim.subject
    if claim.time is None and denial.time_from_sentence and denial.speaker and denial.subject is not None and \
            denial.subject == claim.subject and denial.tense == claim.tense == "past":
        return True  # "the tribunal found on Monday that the lease did not cover the repairs": the day is the
    # finding's, and what it found is of the undated past "the lease covered the repairs" tells of
    if denial.time is None or claim.time is None:
        return False
    return denial.time.first <= claim.time.first and claim.time.last <= denial.time.last


def _one_subject_undergoing(denial: Statement, claim: Statement) -> bool:
    """True for two statements with no objects that name one subject, a thing, not a person or body ("the pump
    never failed" and "its pump had failed"): the subject is what the denial is of."""
    return not denial.objects and not claim.objects and denial.subject is not None and not denial.named and \
        denial.subject == claim.subject


def denial_pairs(doc: Document, vectors: WordVectors | None = None
                 ) -> dict[tuple[int, int], tuple[Statement, Statement]]:
    """Sentence pairs where one statement denies what another asserts, at a time the denial covers: everything the
    denial names the assertion names too ("does not sell beer in France" denies nothing of "sells beer in
    Germany")."""
    index: dict[str, list[Statement]] = defaultdict(list)
    for statement in doc.statements or []:
        if statement.tense != "unasserted":
            index[statement.predicate].append(statement)
    found: dict[tuple[int, int], tuple[Statement, Statement]] = {}
    for members in index.values():
        for denial in (s for s in members if s.negated):
            for claim in members:
                if claim.negated or claim.sentence == denial.sentence or not (denial.objects or (
                        denial.never and denial.named) or _one_subject_undergoing(denial, claim)) or \
                        not denial.objects <= claim.objects:
                    continue
                if _subjects_differ(denial, claim, vectors) or _speakers_differ(denial, claim) or \
                        not _covers(denial, claim, doc.meta.published):
                    continue
                pair = (min(denial.sentence, claim.sentence), max(denial.sentence, claim.sentence))
                found.setdefault(pair, (denial, claim))
    return found


def opposite_pairs(doc: Document, settings: Settings) -> dict[tuple[int, int], tuple[Statement, Statement]]:
    """Sentence pairs telling two opposite outcomes (`OPPOSITE_OUTCOMES`: "approved the budget", "the budget was
    rejected") of one thing: both asserted in the past, neither denied, sharing an object that is one known thing in
    both (a name, "the budget", "her seat"; not "two seats" or "a seat": several things, one outcome each) and the
    same places (none, or the same: not a district's outcome beside the whole's), at one time (`_other_occasions`),
    of no two different named subjects and not in the words of two different speakers (a dispute the article
    reports)."""
    told = [s for s in doc.statements or [] if s.tense == "past" and not s.negated and not s.repeatable
            and any(s.predicate in pair for pair in OPPOSITE_OUTCOMES)]
    found: dict[tuple[int, int], tuple[Statement, Statement]] = {}
    for x, a in enumerate(told):
        for b in told[x + 1:]:
            if a.sentence == b.sentence or frozenset((a.predicate, b.predicate)) not in OPPOSITE_OUTCOMES:
                continue
            if not a.definite_objects & b.definite_objects or _speakers_differ(a, b) or (
                    a.named and b.named and not one_name(a.subject, b.subject)):
                continue
            if a.places != b.places or _other_occasions(a, b, doc.meta.published, settings):
                continue  # "voters in Neudorf rejected the proposal": one district's outcome, not the whole's
            found.setdefault((min(a.sentence, b.sentence), max(a.sentence, b.sentence)), (a, b))
    return found


def stance_pairs(doc: Document, settings: Settings) -> dict[tuple[int, int], tuple[Statement, Statement]]:
    """Sentence pairs giving one vote two sides (CC306): one named person or body told both for and against one
    thing ("Ruiz backed the levy", "Ruiz voted against the levy"), or a decision told as unanimous beside a vote
    against it ("approved the levy unanimously", "two members voted against the levy"). Both told as done in the
    past and not denied; the thing is one where both name it (a shared object, or a bare "voted against"), or the
    one a decision told as unanimous with no object points back at, right beside a vote against ("The board's
    decision was unanimous. Ruiz, who cast a vote against the sale, ..."); at one
    time (`_other_occasions`), not in the words of two different speakers (a dispute the article reports)."""
    told = [s for s in doc.statements or [] if s.tense == "past" and not s.negated]
    sided = [s for s in told if s.stance]
    found: dict[tuple[int, int], tuple[Statement, Statement]] = {}
    candidates = [(a, b) for x, a in enumerate(sided) for b in sided[x + 1:] if a.stance != b.stance
                  and a.named and b.named and one_name(a.subject, b.subject)
                  and (a.stance_on & b.stance_on or not a.stance_on or not b.stance_on)]
    candidates += [(u, b) for u in told if u.unanimous and u.stance != "against" for b in sided
                   if b.stance == "against" and (not b.stance_on or b.stance_on & (u.objects | {u.subject}) or (
                       not u.objects and u.subject in DECISION_NOUNS and abs(u.sentence - b.sentence) == 1))]
    for a, b in candidates:
        if a.sentence == b.sentence or _speakers_differ(a, b) or _other_occasions(a, b, doc.meta.published, settings):
            continue
        found.setdefault((min(a.sentence, b.sentence), max(a.sentence, b.sentence)), (a, b))
    return found


def _other_occasions(a: Statement, b: Statement, published: date | None, settings: Settings) -> bool:
    """True when two statements' times say two occasions: both dated and disjoint, or one undated and the other
    before the article's own time (`of_other_times`: "In 2016, voters approved a similar measure")."""
    if a.time is not None and b.time is not None:
        return a.time.disjoint(b.time)
    return of_other_times(a, b, published, settings)


def after_death_pairs(doc: Document) -> list[tuple[Statement, Statement]]:
    """(death, act) pairs for CC304: a named person's dated death and a statement, dated later on its own clause,
    that has the same person do or be something."""
    statements = doc.statements or []
    named = {s.subject for s in statements if s.named}
    dated = [s for s in statements if s.time is not None and not s.time_from_sentence and not s.negated]
    deaths: list[tuple[str, Statement]] = []
    for s in dated:
        if s.tense != "past" or s.nominal:
            continue
        if s.predicate in DIED_LEMMAS and s.named:
            deaths.append((s.subject, s))
        elif s.predicate in KILLED_LEMMAS:
            deaths += [(person, s) for person in s.objects & named]
    found = []
    for person, death in deaths:
        act = next((s for s in dated if s.named and s.subject == person and s.tense in {"past", "present"}
                    and not s.nominal and s.predicate not in DYING_LEMMAS
                    and s.time.first > death.time.last), None)
        if act is not None:
            found.append((death, act))
    return found


def after_death_flags(doc: Document, settings: Settings) -> list[Flag]:
    """CC304 flags, one per pair of sentences."""
    flags: list[Flag] = []
    seen: set[frozenset[int]] = set()
    for death, act in after_death_pairs(doc):
        pair = frozenset((death.sentence, act.sentence))
        if pair in seen:
            continue
        seen.add(pair)
        message = (f"{(act.subject or '').title()} is dead by “{_written(doc, death.time_span)}” (paragraph "
                   f"{death.paragraph}) but still acts “{_written(doc, act.time_span)}” (paragraph {act.paragraph}): "
                   f"“{_written(doc, act)}”")
        flags.append(_flag(doc, "CC304", TEMPORAL_BASE_CONFIDENCE, message, death.sentence, act.sentence))
    return flags


def statement_flags(doc: Document, settings: Settings, nli: NliScorer, enabled: set[str],
                    covered: set[frozenset[int]]) -> list[Flag]:
    """CC301, CC302, CC303, CC305 and CC306 flags; `covered` holds sentence pairs other rules already flagged."""
    vectors = settings_vectors(settings)
    temporal = temporal_pairs(doc, vectors) if "CC302" in enabled else []
    denials = denial_pairs(doc, vectors) if "CC303" in enabled else {}
    opposites = opposite_pairs(doc, settings) if "CC305" in enabled else {}
    sides = stance_pairs(doc, settings) if "CC306" in enabled else {}
    general = candidate_pairs(doc, settings, vectors) if "CC301" in enabled else []
    general = [p for p in general if frozenset(p) not in covered]
    wanted = list(dict.fromkeys([(i, j) for i, j, _a, _b in temporal] + list(denials) + list(opposites) + list(sides)
                                 + general))
    wanted = wanted[: settings.nli_max_pairs]
    scores = pair_scores(nli, doc, wanted)
    flags: list[Flag] = []
    done: set[frozenset[int]] = set(covered)
    structural = [(i, j, "CC302", "Two statements place one event at different times: "
                                  f"“{_written(doc, a.time_span)}” and “{_written(doc, b.time_span)}”")
                  for i, j, a, b in temporal]
    structural += [(i, j, "CC303", f"A statement and its denial: “{_written(doc, claim)}” is denied in one "
                                   "sentence and reported in the other")
                   for (i, j), (_denial, claim) in denials.items()]
    structural += [(i, j, "CC305", f"Two opposite outcomes of one thing: “{_written(doc, a)}” in one sentence and "
                                   f"“{_written(doc, b)}” in the other") for (i, j), (a, b) in opposites.items()]
    structural += [(i, j, "CC306", f"One vote given two sides: “{_written(doc, a)}” in one sentence and "
                                   f"“{_written(doc, b)}” in the other") for (i, j), (a, b) in sides.items()]
    for i, j, code, message in structural:  # the structure flags; the model can only veto, or add confidence
        score = scores.get((i, j))
        if score is None or score.entailment >= settings.nli_temporal_veto or frozenset((i, j)) in done:
            continue
        done.add(frozenset((i, j)))
        confidence = TEMPORAL_BASE_CONFIDENCE + (1 - TEMPORAL_BASE_CONFIDENCE) * score.contradiction
        flags.append(_flag(doc, code, confidence, message, i, j))
    for i, j in general:
        score = scores.get((i, j))
        if score is None or score.mutual < settings.nli_threshold or frozenset((i, j)) in done:
            continue
        done.add(frozenset((i, j)))
        message = (f"A statement and its denial: these two sentences contradict each other "
                   f"(paragraphs {_para(doc, i)} and {_para(doc, j)})")
        flags.append(_flag(doc, "CC301", score.mutual, message, i, j))
    return flags


def _written(doc: Document, span: Span | Statement | None) -> str:
    return doc.text[span.start : span.end] if span is not None else ""


def _para(doc: Document, index: int) -> int:
    return paragraph_number(doc, doc.sentences[index].start)


def _flag(doc: Document, code: str, probability: float, message: str, i: int, j: int) -> Flag:
    rule = RULES[code]
    evidence = [span_evidence(doc, Span(doc.sentences[k].start, doc.sentences[k].end)) for k in (i, j)]
    return Flag(code, rule.name, rule.severity, round(probability, 3), message, evidence)
