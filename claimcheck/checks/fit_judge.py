"""Fit the same-quantity judge on published articles: `python -m claimcheck.checks.fit_judge --articles FILE`.

Every pair of comparable figures (`judge.comparable`) whose values lie within `MAX_RATIO` of each other is one
example; its label is whether the published article gives the two the same value. The model is a logistic
regression with an L2 penalty, solved by Newton's method from zero, so the same articles always give the same
`judge.json`. The judge reads no values, so the labels cannot leak into the features.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Iterable

import numpy as np

from claimcheck.checks.judge import FEATURES, comparable, pair_features
from claimcheck.document import Document, Fact
from claimcheck.lexicon import WordVectors, word_vectors

MAX_RATIO = 2.0  # pairs further apart than this are not what the conflict rules ever compare
L2 = 1.0
JUDGE_FILE = Path(__file__).with_name("judge.json")


def within_ratio(a: Fact, b: Fact, max_ratio: float = MAX_RATIO) -> bool:
    """True when both values are positive and within `max_ratio` of each other."""
    va, vb = a.claim.value, b.claim.value
    return va is not None and vb is not None and va > 0 and vb > 0 and max(va, vb) / min(va, vb) <= max_ratio


def examples(docs: Iterable[Document], vectors: WordVectors | None) -> tuple[np.ndarray, np.ndarray]:
    """Features and same-value labels of every comparable pair of every document."""
    rows, labels = [], []
    for doc in docs:
        facts = doc.facts or []
        for i, a in enumerate(facts):
            for b in facts[i + 1:]:
                if comparable(a, b) and within_ratio(a, b):
                    rows.append(pair_features(a, b, vectors))
                    labels.append(float(abs(a.claim.value - b.claim.value) <= 1e-9 * max(a.claim.value, 1.0)))
    return np.array(rows, dtype=float).reshape(-1, len(FEATURES)), np.array(labels)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised logistic regression (the bias is not penalised), by Newton's method."""
    design = np.hstack([x, np.ones((len(x), 1))])
    theta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-design @ theta))
        gradient = design.T @ (p - y) + penalty * theta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return theta[:-1], float(theta[-1])


def auc(scores: np.ndarray, labels: np.ndarray) -> float | None:
    """Area under the ROC curve (the chance a positive outscores a negative)."""
    positives, negatives = scores[labels == 1], scores[labels == 0]
    if not len(positives) or not len(negatives):
        return None
    order = np.argsort(np.concatenate([positives, negatives]), kind="mergesort")
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    return float((ranks[: len(positives)].sum() - len(positives) * (len(positives) + 1) / 2)
                 / (len(positives) * len(negatives)))


def read_articles(path: Path) -> list[Document]:
    """The published articles of a JSONL file, through every stage before the checks."""
    from claimcheck.checks import Checker
    from claimcheck.ingest import from_text
    from claimcheck.pipeline import Pipeline

    pipeline = Pipeline()
    stages = [s for s in pipeline.stages if not isinstance(s, Checker)]
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            doc = from_text(record["text"], id=record["id"], title=record.get("title"), fmt="jsonl")
            doc.meta.date = record.get("date")
            for stage in stages:
                stage(doc)
            docs.append(doc)
    return docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True, help="JSONL of published articles (id, date, text)")
    parser.add_argument("--out", type=Path, default=JUDGE_FILE)
    args = parser.parse_args(argv)
    docs = read_articles(args.articles)
    x, y = examples(docs, word_vectors())
    weights, bias = fit_logistic(x, y)
    scores = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
    record = {
        "about": "Same-quantity judge (claimcheck/checks/judge.py), fitted by claimcheck/checks/fit_judge.py.",
        "command": f"python -m claimcheck.checks.fit_judge --articles {args.articles}",
        "data": {"articles": len(docs), "file": args.articles.name,
                 "sha256": hashlib.sha256(args.articles.read_bytes()).hexdigest(),
                 "licence": "the articles' own (Wikinews: CC BY 2.5); only these parameters are kept"},
        "examples": {"pairs": int(len(y)), "same_value": int(y.sum()), "max_ratio": MAX_RATIO, "l2": L2},
        "figures": {"training_auc": auc(scores, y)},
        "features": list(FEATURES),
        "weights": [round(float(w), 6) for w in weights],
        "bias": round(bias, 6),
    }
    args.out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"{len(y)} pairs ({int(y.sum())} same value) from {len(docs)} articles; training AUC "
          f"{record['figures']['training_auc']:.3f}; written to {args.out}")
    for name, weight in zip(FEATURES, record["weights"]):
        print(f"  {name:<20} {weight:+.3f}")


if __name__ == "__main__":
    main()
