"""A flag's confidence is its rule's measured precision at its score: fitting, lookup and the Checker's use."""

from __future__ import annotations

import json

from test_checks_support import make_doc, run_checks
from test_eval_inconsistencies import _write_benchmark

from claimcheck.checks.calibration import BIN_EDGES, Calibration, Observation, bin_of, fit, shipped_calibration
from claimcheck.eval_inconsistencies import write_calibration
from claimcheck.pipeline import Pipeline
from claimcheck.settings import Settings


def test_bins_cover_zero_to_one():
    assert bin_of(0.0) == 0 and bin_of(-1.0) == 0
    assert bin_of(1.0) == len(BIN_EDGES) - 2 and bin_of(7.0) == len(BIN_EDGES) - 2
    assert bin_of(0.3) == 1


def test_fit_gives_smoothed_precision_per_rule_and_bin():
    observations = ([Observation("CC102", 0.95, True)] * 9 + [Observation("CC102", 0.95, False)]
                    + [Observation("CC102", 0.1, False)] * 10)
    table = fit(observations, ["CC101", "CC102"])
    assert table["CC101"]["flags"] == 0 and table["CC101"]["precision"] == 0.5  # never measured: no claim
    rule = table["CC102"]
    assert rule["flags"] == 20 and rule["right"] == 9 and abs(rule["precision"] - 10 / 22) < 1e-3
    calibration = Calibration(table)
    high, low = calibration.confidence("CC102", 0.97), calibration.confidence("CC102", 0.05)
    assert 0.75 < high < 0.9 and low < 0.2  # high bin 9/10, pulled a little towards the rule's 10/22
    assert calibration.confidence("CC999", 0.9) == 0.5


def test_the_checker_reports_calibrated_confidence_unless_told_not_to(nlp):
    text = ("A fire at a textile factory killed 12 workers on Monday, the fire service said.\n\n"
            "The 14 workers killed make it the worst industrial fire in the region this year.")
    claims = [("12", "count", 12.0), ("14", "count", 14.0)]
    raw = run_checks(make_doc(nlp, text, claims), Settings(preview=True, calibrated_confidence=False)).flags[0]
    calibrated = run_checks(make_doc(nlp, text, claims)).flags[0]
    assert calibrated.confidence == round(shipped_calibration().confidence("CC102", raw.confidence), 3)


def test_calibration_is_fitted_on_the_tune_split_and_the_originals(tmp_path):
    _write_benchmark(tmp_path)
    out = tmp_path / "calibration.json"
    pipeline = Pipeline(Settings(preview=True, calibrated_confidence=False))
    write_calibration(pipeline, out, tmp_path / "benchmarks" / "inconsistencies")
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["data"]["tune_articles"] == 1 and record["data"]["originals"] == 1
    assert record["rules"]["CC101"]["flags"] == 1 and record["rules"]["CC101"]["right"] == 1
