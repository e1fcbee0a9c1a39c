"""The same-quantity judge, its fitting recipe and the word vectors it reads, on data written for the tests."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
from test_checks_support import make_doc

from claimcheck.checks.fit_judge import JUDGE_FILE, auc, examples, fit_logistic, within_ratio
from claimcheck.checks.judge import FEATURES, Judge, comparable, pair_features, shipped_judge
from claimcheck.facts import FactExtractor
from claimcheck.lexicon import word_vectors

TEXT = ("The singer made 31 studio albums in her career.\n\n"
        "She toured 12 countries and sold 31 studio albums in Japan.\n\n"
        "Over her career she made 29 studio albums, her label said.")


def _facts(nlp):
    doc = make_doc(nlp, TEXT, [("31", "count", 31.0), ("12", "count", 12.0), ("31#2", "count", 31.0),
                               ("29", "count", 29.0)])
    FactExtractor()(doc)
    return doc, doc.facts


def test_features_never_read_the_values(nlp):
    _doc, facts = _facts(nlp)
    first, last = facts[0], facts[-1]
    vectors = word_vectors()
    moved = replace(last, claim=replace(last.claim, value=31.0))
    assert pair_features(first, last, vectors) == pair_features(first, moved, vectors)
    assert len(pair_features(first, last, vectors)) == len(FEATURES)


def test_pairs_are_comparable_only_across_sentences_within_kind_and_unit(nlp):
    _doc, facts = _facts(nlp)
    first, twelve, second, last = facts
    assert comparable(first, last) and not comparable(twelve, second)  # one sentence
    assert within_ratio(first, last) and not within_ratio(first, twelve)


def test_examples_label_same_values_and_the_fit_separates_them(nlp):
    doc, _facts_ = _facts(nlp)
    x, y = examples([doc], word_vectors())
    assert x.shape[1] == len(FEATURES) and set(y) <= {0.0, 1.0} and y.sum() == 1  # 31 and 31, once
    rng = np.random.default_rng(0)
    features = rng.normal(size=(400, 3))
    labels = (features[:, 0] - 0.5 * features[:, 1] + rng.normal(scale=0.5, size=400) > 0).astype(float)
    weights, _bias = fit_logistic(features, labels)
    assert weights[0] > 1.0 and weights[1] < -0.3 and abs(weights[2]) < 0.3
    scores = features @ weights
    assert auc(scores, labels) > 0.85 and auc(-scores, labels) < 0.15


def test_the_shipped_judge_matches_its_features_and_scores_probabilities(nlp):
    raw = json.loads(JUDGE_FILE.read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES) and raw["examples"]["pairs"] > 100
    judge = shipped_judge()
    _doc, facts = _facts(nlp)
    assert 0.0 < judge.score(facts[0], facts[-1], word_vectors()) < 1.0
    assert Judge((0.0,) * len(FEATURES), 0.0).score_features([1.0] * len(FEATURES)) == 0.5


def test_word_vectors_of_the_shipped_model_rank_synonyms_above_unrelated_words():
    vectors = word_vectors()
    assert vectors is not None
    assert vectors.similarity("contract", "deal") > vectors.similarity("contract", "album") + 0.15
    assert vectors.similarity("killing", "murder") > vectors.similarity("killing", "festival") + 0.15
    assert vectors.similarity("seat", "seat") == 1.0 and vectors.similarity(None, "seat") == 0.0
