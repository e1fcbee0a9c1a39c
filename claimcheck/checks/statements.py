"""CC301–CC303: statements that contradict each other, by the project's NLI model and by structure.

Candidate pairs are found through an inverted index of each body sentence's keys (content-word stems and named
entities): only sentences that share keys are ever compared, each sentence keeps its
`nli_pairs_per_sentence` best partners, and the article as a whole at most `nli_max_pairs`, so the model's work
grows with the article's length and not with its square. Each pair is scored in both directions and the
larger contradiction probability counts.

CC302 rests on structure first: the two sentences must carry time expressions that cannot both hold (the
claims' resolved dates, or "last/this/next week/month/year" resolved against the publication date), attached to
the same kind of event ("began" and "have begun") with a shared word around them ("supplying"/"supplies"); the
model then clears the pair only when it finds the two sentences entail each other (mean entailment of both
directions at least `nli_temporal_veto`), and its contradiction probability raises the confidence.

CC301 flags a pair when the model's contradiction probability passes `nli_threshold`. CC303 rests on structure like
CC302: one sentence denies for a period what the other asserts inside it: the same verb and object, one side
negated ("has never paid a dividend", "has not raised rates this year") and the other in the past at a time the
denial covers ("paid a dividend last year", "raised rates in March"); the model can then only veto.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol, Sequence

from claimcheck.checks.common import paragraph_number, parsed_span, span_evidence
from claimcheck.checks.dates import claim_dates, is_relative_period
from claimcheck.checks.registry import RULES
from claimcheck.checks.similarity import (
    context_tokens, entity_keys, event_heads, overlap, stem, terms_of_words, tokens_terms,
)
from claimcheck.document import Document, Flag, Span
from claimcheck.settings import Settings

MIN_SENTENCE_WORDS = 5  # shorter body sentences ("He declined.") carry too little for the NLI model
MIN_SHARED_KEYS = 2
TEMPORAL_BASE_CONFIDENCE = 0.5  # CC302 confidence from the dates alone; the NLI contradiction adds the rest
TIME_CONTEXT_WINDOW = 8  # tokens around a time expression that must share a word besides the event word  # keys two sentences must share to be a candidate pair
_RELATIVE = re.compile(r"\b(last|this|next|past|previous|coming)\s+(week|month|year)\b", re.IGNORECASE)
NEGATION_WORDS = {"never", "no", "not", "denied", "denies", "deny", "neither", "nor", "none"}
_OFFSET = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


class NliScorer(Protocol):
    """What the checks need from the NLI model: `predict(pairs)` returning objects with `.contradiction`."""

    def predict(self, pairs: Sequence[tuple[str, str]]) -> list: ...


@dataclass(frozen=True)
class Assertion:
    """One verb-object statement in a sentence ("raised rates"), its polarity, and the days it is placed in."""

    verb: str  # stem (the pipeline's parser runs without a lemmatizer)
    object: str  # stem of the object's head, singular
    subject: str | None  # the subject's text when it is a proper noun
    negated: bool
    past: bool
    first: date | None  # None: the sentence does not say when
    last: date | None
    text: str  # the words from the verb to its object, for the message


@dataclass
class TimeMention:
    """A time expression in a sentence with the days it allows."""

    start: int
    end: int
    text: str
    first: date
    last: date


def body_sentences(doc: Document) -> list[int]:
    """Indices of the body sentences long enough to compare; questions assert nothing and are left out."""
    return [
        i for i, s in enumerate(doc.sentences)
        if doc.is_body(s.start, s.end) and len(doc.text[s.start : s.end].split()) >= MIN_SENTENCE_WORDS
        and not doc.text[s.start : s.end].rstrip().rstrip("\"'”’»)").endswith("?")
    ]


def sentence_keys(doc: Document, index: int) -> set[str]:
    """The keys a sentence is indexed by: content-word stems and named-entity texts."""
    span = doc.sentences[index]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", doc.text[span.start : span.end])
    return terms_of_words(words) | {"@" + e for e in entity_keys(doc, span.start, span.end)}


def negated(doc: Document, index: int) -> bool:
    """True when the sentence's statement is negated ('has not raised', 'never paid', 'denied')."""
    span = parsed_span(doc, doc.sentences[index].start, doc.sentences[index].end)
    if span is None:
        return False
    return any(t.dep_ == "neg" or t.lower_ in NEGATION_WORDS for t in span)


def predicates(doc: Document, index: int) -> set[str]:
    """Stems of the sentence's verbs (other than reporting verbs): what its statements assert."""
    span = parsed_span(doc, doc.sentences[index].start, doc.sentences[index].end)
    if span is None:
        return set()
    return terms_of_words(t.text for t in span if t.pos_ == "VERB")


def candidate_pairs(doc: Document, settings: Settings) -> list[tuple[int, int]]:
    """Sentence pairs worth scoring, best first: linear in the number of sentences, capped by nli_max_pairs.

    A pair must share keys and a predicate (a verb), and exactly one of the two must be negated: the model is
    asked about the same assertion made and denied, which is where news contradicts itself and where a small
    NLI model is reliable; two unrelated statements are never put to it.
    """
    indices = body_sentences(doc)
    polarity = {i: negated(doc, i) for i in indices}
    verbs = {i: predicates(doc, i) for i in indices}
    keys = {i: sentence_keys(doc, i) for i in indices}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        for key in keys[i]:
            postings[key].append(i)
    limit = max(2, settings.nli_pairs_per_sentence * 4)  # a key shared by many sentences says little
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if len(members) > limit:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                shared[(i, j)] += 1
    partners: dict[int, list[tuple[float, tuple[int, int]]]] = defaultdict(list)
    for (i, j), count in shared.items():
        if count < MIN_SHARED_KEYS or polarity[i] == polarity[j] or not overlap(verbs[i], verbs[j]):
            continue
        score = count / min(len(keys[i]), len(keys[j]))
        partners[i].append((score, (i, j)))
        partners[j].append((score, (i, j)))
    chosen: dict[tuple[int, int], float] = {}
    for options in partners.values():
        for score, pair in sorted(options, reverse=True)[: settings.nli_pairs_per_sentence]:
            chosen[pair] = score
    ranked = sorted(chosen, key=lambda p: (-chosen[p], p))
    return ranked[: settings.nli_max_pairs]


@dataclass(frozen=True)
class PairScore:
    """The NLI model's view of a sentence pair, both directions combined."""

    contradiction: float  # the larger of the two directions
    entailment: float  # the mean of the two directions


def pair_scores(nli: NliScorer, doc: Document, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], PairScore]:
    """Each pair scored in both directions, in one batch."""
    texts = [(doc.span_text(doc.sentences[i]), doc.span_text(doc.sentences[j])) for i, j in pairs]
    results = nli.predict(texts + [(b, a) for a, b in texts])
    n = len(pairs)
    return {
        pair: PairScore(max(results[k].contradiction, results[k + n].contradiction),
                        (results[k].entailment + results[k + n].entailment) / 2)
        for k, pair in enumerate(pairs)
    }


def time_mentions(doc: Document, index: int) -> list[TimeMention]:
    """Relative periods in a sentence with their days: the claims' resolved dates, else resolved here."""
    span = doc.sentences[index]
    found: list[TimeMention] = []
    for claim in doc.claims or []:
        if span.start <= claim.start < span.end and claim.kind in {"date", "period"} and is_relative_period(claim):
            bounds = claim_dates(claim)
            if bounds:
                found.append(TimeMention(claim.start, claim.end, claim.text, *bounds))
    anchor = doc.meta.published
    for match in _RELATIVE.finditer(doc.text, span.start, span.end) if anchor else ():
        if any(m.start <= match.start() < m.end for m in found):
            continue
        first, last = _resolve(anchor, _OFFSET[match.group(1).lower()], match.group(2).lower())
        found.append(TimeMention(match.start(), match.end(), match.group(), first, last))
    return found


def _resolve(anchor: date, offset: int, unit: str) -> tuple[date, date]:
    if unit == "year":
        y = anchor.year + offset
        return date(y, 1, 1), date(y, 12, 31)
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + offset
        y, m = divmod(month_index, 12)
        first = date(y, m + 1, 1)
        y2, m2 = divmod(month_index + 1, 12)
        return first, date(y2, m2 + 1, 1) - timedelta(days=1)
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def temporal_pairs(doc: Document, indices: list[int]) -> list[tuple[int, int, TimeMention, TimeMention]]:
    """Sentence pairs whose time expressions cannot both hold and attach to the same kind of event."""
    mentions = {i: time_mentions(doc, i) for i in indices}
    heads = {i: [(m, terms_of_words(event_heads(doc, m.start, m.end))) for m in ms] for i, ms in mentions.items() if ms}
    context = {id(m): tokens_terms(context_tokens(doc, m.start, m.end, TIME_CONTEXT_WINDOW))
               for ms in mentions.values() for m in ms}
    found = []
    ordered = sorted(heads)
    for x, i in enumerate(ordered):
        for j in ordered[x + 1 :]:
            for mi, hi in heads[i]:
                for mj, hj in heads[j]:
                    disjoint = mi.last < mj.first or mj.last < mi.first
                    shared = (context[id(mi)] & context[id(mj)]) - hi - hj
                    if disjoint and hi and hj and overlap(hi, hj) > 0 and shared:
                        found.append((i, j, mi, mj))
    return found


def statement_flags(doc: Document, settings: Settings, nli: NliScorer, enabled: set[str],
                    covered: set[frozenset[int]]) -> list[Flag]:
    """CC301, CC302 and CC303 flags; `covered` holds sentence pairs other rules already flagged."""
    indices = body_sentences(doc)
    temporal = temporal_pairs(doc, indices) if "CC302" in enabled else []
    general = candidate_pairs(doc, settings) if "CC301" in enabled else []
    denials = denial_pairs(doc, indices) if "CC303" in enabled else {}
    general = [p for p in general if frozenset(p) not in covered]
    wanted = list(dict.fromkeys([(i, j) for i, j, _a, _b in temporal] + list(denials) + general))
    wanted = wanted[: settings.nli_max_pairs]
    scores = pair_scores(nli, doc, wanted)
    flags: list[Flag] = []
    done: set[frozenset[int]] = set(covered)
    structural = [(i, j, "CC302", f"Two statements place one event at different times: “{mi.text}” and “{mj.text}”")
                  for i, j, mi, mj in temporal]
    structural += [(i, j, "CC303", f"A statement and its denial: “{denial.text}” is denied in one sentence and "
                                   "reported in the other") for (i, j), (denial, _claim) in denials.items()]
    for i, j, code, message in structural:  # the structure flags; the model can only veto, or add confidence
        score = scores.get((i, j))
        if score is None or score.entailment >= settings.nli_temporal_veto or frozenset((i, j)) in done:
            continue
        done.add(frozenset((i, j)))
        confidence = TEMPORAL_BASE_CONFIDENCE + (1 - TEMPORAL_BASE_CONFIDENCE) * score.contradiction
        flags.append(_flag(doc, code, confidence, message, i, j))
    for i, j in general:
        score = scores.get((i, j))
        if score is None or score.contradiction < settings.nli_threshold or frozenset((i, j)) in done:
            continue
        done.add(frozenset((i, j)))
        message = (f"A statement and its denial: these two sentences contradict each other "
                   f"(paragraphs {_para(doc, i)} and {_para(doc, j)})")
        flags.append(_flag(doc, "CC301", score.contradiction, message, i, j))
    return flags


def assertions(doc: Document, index: int) -> list[Assertion]:
    """The verb-object statements of a sentence with their polarity and time (from the claims' resolved dates)."""
    sentence = doc.sentences[index]
    span = parsed_span(doc, sentence.start, sentence.end)
    if span is None:
        return []
    times: dict[int, tuple[date, date]] = {}
    for claim in doc.claims or []:
        if not sentence.start <= claim.start < sentence.end:
            continue  # only this sentence's dates can place its statements
        bounds = claim_dates(claim) if claim.kind in {"date", "period"} else None
        token = doc.nlp.char_span(claim.start, claim.end, alignment_mode="expand") if bounds else None
        if token is None:
            continue
        head, since = token.root, False
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            since = since or head.lower_ == "since"
            head = head.head
        if since:  # "has not raised rates since March": the days after March, up to the article's date
            anchor = doc.meta.published
            if anchor is None:
                continue  # undated: "since March" runs to an unknown day
            bounds = (bounds[1] + timedelta(days=1), anchor)
        times.setdefault(head.i, bounds)
    found = []
    for verb in span:
        if verb.pos_ != "VERB":
            continue
        children = list(verb.children)
        auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
        for obj in (c for c in children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}):
            never = any(c.lower_ == "never" for c in children)
            negated = never or any(c.dep_ == "neg" for c in children) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
            first, last = (date.min, date.max) if never else times.get(verb.i, (None, None))
            subjects = [c for c in children if c.dep_ == "nsubj"]
            subject = subjects[0].text if subjects and subjects[0].pos_ == "PROPN" else None
            past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in {"has", "have", "had"} for c in auxiliaries)
            text = doc.text[verb.idx : obj.idx + len(obj.text)]
            noun = obj.text[:-1] if obj.tag_ in {"NNS", "NNPS"} and obj.lower_.endswith("s") else obj.text
            found.append(Assertion(stem(verb.text), stem(noun), subject, negated, past, first, last, text))
    return found


def denial_pairs(doc: Document, indices: list[int]) -> dict[tuple[int, int], tuple[Assertion, Assertion]]:
    """Sentence pairs where one denies, for a stated period, what the other says happened within it."""
    made = {i: assertions(doc, i) for i in indices}
    index: dict[tuple[str, str], list[tuple[int, Assertion]]] = defaultdict(list)
    for i, items in made.items():
        for item in items:
            index[(item.verb, item.object)].append((i, item))
    found: dict[tuple[int, int], tuple[Assertion, Assertion]] = {}
    for members in index.values():
        for i, denial in members:
            if not denial.negated or denial.first is None:
                continue
            for j, claim in members:
                if j == i or claim.negated or not claim.past or claim.first is None:
                    continue
                if denial.subject and claim.subject and denial.subject != claim.subject:
                    continue
                if denial.first <= claim.first and claim.last <= denial.last:
                    found.setdefault((min(i, j), max(i, j)), (denial, claim))
    return found


def _para(doc: Document, index: int) -> int:
    return paragraph_number(doc, doc.sentences[index].start)


def _flag(doc: Document, code: str, probability: float, message: str, i: int, j: int) -> Flag:
    rule = RULES[code]
    evidence = [span_evidence(doc, Span(doc.sentences[k].start, doc.sentences[k].end)) for k in (i, j)]
    return Flag(code, rule.name, rule.severity, round(probability, 3), message, evidence)
