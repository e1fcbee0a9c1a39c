"""A flag's confidence is the measured precision of its rule at its score.

Each rule gives a raw score (the judge's probability, the NLI model's contradiction probability, a fixed score
for structural rules). `claimcheck eval --calibrate` runs the checks with raw scores on the inconsistency
benchmark's `tune` split and its published originals, counts for each rule and score bin how many flags were
right (a pair hit on `tune`) and how many false (on an original without a listed real slip, or off the slip on
a `tune` article), and writes `calibration.json` beside this module. The Checker then replaces each raw score
with the precision of its bin, smoothed towards the rule's overall precision and a neutral prior so that a bin
with two flags does not claim certainty: (right + m * p_rule) / (flags + m), with p_rule = (all right + 1) /
(all flags + 2). A rule never measured keeps confidence 0.5 and says so in the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_data
from pathlib import Path
from typing import Iterable

BIN_EDGES = (0.0, 0.25, 0.5, 0.75, 0.9, 1.0)
SMOOTHING = 4.0  # pseudo-flags pulling a bin towards its rule's overall precision
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Observation:
    """One flag raised during calibration: its rule, raw score and whether it was right."""

    rule: str
    score: float
    right: bool


def bin_of(score: float) -> int:
    """Index of the score bin holding `score` (scores outside [0, 1] are clamped)."""
    score = min(max(score, 0.0), 1.0)
    for index in range(len(BIN_EDGES) - 1):
        if score < BIN_EDGES[index + 1]:
            return index
    return len(BIN_EDGES) - 2


def fit(observations: Iterable[Observation], codes: Iterable[str]) -> dict[str, dict]:
    """Per rule: flags and right ones overall and per bin, and the smoothed precision of each bin."""
    by_rule: dict[str, list[Observation]] = {code: [] for code in codes}
    for observation in observations:
        by_rule.setdefault(observation.rule, []).append(observation)
    table = {}
    for code, found in sorted(by_rule.items()):
        right = sum(o.right for o in found)
        overall = (right + 1) / (len(found) + 2)
        bins = []
        for index in range(len(BIN_EDGES) - 1):
            inside = [o for o in found if bin_of(o.score) == index]
            hits = sum(o.right for o in inside)
            bins.append({"low": BIN_EDGES[index], "high": BIN_EDGES[index + 1], "flags": len(inside), "right": hits,
                         "precision": round((hits + SMOOTHING * overall) / (len(inside) + SMOOTHING), 4)})
        table[code] = {"flags": len(found), "right": right, "precision": round(overall, 4), "bins": bins}
    return table


@dataclass(frozen=True)
class Calibration:
    """The fitted table: `confidence(rule, score)` is the measured precision there."""

    rules: dict[str, dict]

    def confidence(self, rule: str, score: float) -> float:
        entry = self.rules.get(rule)
        if entry is None:
            return 0.5
        return float(entry["bins"][bin_of(score)]["precision"])


@lru_cache(maxsize=1)
def shipped_calibration() -> Calibration | None:
    """The calibration shipped as `calibration.json`, or None when it has not been fitted."""
    resource = package_data.files("claimcheck.checks").joinpath("calibration.json")
    if not resource.is_file():
        return None
    return Calibration(json.loads(resource.read_text("utf-8"))["rules"])
