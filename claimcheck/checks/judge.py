"""The same-quantity judge: how likely two figures of an article measure one quantity, from their facts.

A logistic model over features that never look at the two values (what is measured, whose, when, in what role,
how near), fitted by `python -m claimcheck.checks.fit_judge` on published articles, which supervise it for free:
two figures of one kind that an edited, published article gives the same value are nearly always one quantity
restated, and two different values nearly always two quantities. The parameters live in `judge.json` beside
this module, with the data and figures they were fitted on. The conflicting-figure rules then ask of a pair with
different values: would this pair be a restatement if the values agreed?
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_data
from typing import Sequence

from claimcheck.document import Fact
from claimcheck.facts import holders_differ
from claimcheck.lexicon import WordVectors

# Kinds whose figures are compared, and the unit each pair must share.
COMPARED_KINDS = ("money", "count", "percent", "quantity", "ordinal")
FEATURES = (
    "measure_similarity", "measure_overlap", "context_overlap", "same_event", "holders_shared", "holders_differ",
    "time_same", "time_differ", "same_role", "both_level", "paragraph_distance", "hedged",
)


def comparable(a: Fact, b: Fact) -> bool:
    """Two figures the judge may compare: one kind and unit, both with a value, in different sentences."""
    ca, cb = a.claim, b.claim
    return (ca.kind == cb.kind and ca.kind in COMPARED_KINDS and (ca.unit or "") == (cb.unit or "")
            and ca.value is not None and cb.value is not None and a.sentence != b.sentence)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared items over the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def measure_similarity(a: Fact, b: Fact, vectors: WordVectors | None) -> float:
    """How alike what the two figures measure is: 1 for one lemma, else the word-vector cosine of the measured
    nouns, or of one's noun and what happened to the other's things counted ("12 people killed" meets "14
    deaths"; two counts of people killed still need alike nouns); one's noun that is the very word of the other's verb
    ("crested at 6.2 metres" and "the 6.8-metre crest") is 1. An ordinal ranks its own noun in a series ("won the
    fourth leg", "his third win"), so only the two nouns count."""
    pairs = [(a.measure, b.measure)]
    if a.claim.kind != "ordinal":
        pairs += [(a.state, b.measure), (a.measure, b.state)]
    pairs = [(x, y) for x, y in pairs if x and y]
    if a.claim.kind != "ordinal" and (a.event and a.event == b.measure or b.event and b.event == a.measure):
        return 1.0  # "crested at 6.2 metres" and "the 6.8-metre crest": the verb is the other's noun
    if not pairs:
        return 0.0
    if any(x == y for x, y in pairs):
        return 1.0
    pairs = [(x, y) for x, y in pairs if x.isalpha() and y.isalpha()]  # a name's initial ("M.") is no word
    if vectors is None or not pairs:
        return 0.0
    return max(0.0, max(vectors.similarity(x, y) for x, y in pairs))


def pair_features(a: Fact, b: Fact, vectors: WordVectors | None) -> list[float]:
    """The judge's features for two comparable facts, in the order of FEATURES; the values play no part."""
    return [
        measure_similarity(a, b, vectors),
        _overlap(a.measure_terms, b.measure_terms),
        _overlap(a.context_terms, b.context_terms),
        float(a.event is not None and a.event == b.event),
        float(bool(a.holders & b.holders)),
        float(holders_differ(a, b)),
        float(a.time is not None and b.time is not None and not a.time.disjoint(b.time)),
        float(a.time is not None and b.time is not None and a.time.disjoint(b.time)),
        float(a.role == b.role),
        float(a.role == "level" and b.role == "level"),
        math.log1p(abs(a.paragraph - b.paragraph)),
        float(bool(a.claim.qualifier or b.claim.qualifier)),
    ]


@dataclass(frozen=True)
class Judge:
    """A fitted logistic model: `score(a, b)` is the probability that two figures measure one quantity."""

    weights: tuple[float, ...]
    bias: float

    def score(self, a: Fact, b: Fact, vectors: WordVectors | None) -> float:
        return self.score_features(pair_features(a, b, vectors))

    def score_features(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@lru_cache(maxsize=1)
def shipped_judge() -> Judge:
    """The judge fitted by `python -m claimcheck.checks.fit_judge`, shipped as `judge.json`."""
    raw = json.loads(package_data.files("claimcheck.checks").joinpath("judge.json").read_text("utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError("judge.json was fitted on other features: refit it with python -m claimcheck.checks.fit_judge")
    return Judge(tuple(float(w) for w in raw["weights"]), float(raw["bias"]))
