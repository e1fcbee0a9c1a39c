"""The NewsQuant scorer: its matching rules on small cases, and the claim stage's floor on the real benchmark."""

from __future__ import annotations

import json

import pytest

from claimcheck.errors import InputError
from claimcheck.eval_newsquant import _gold_value, _matches, score_newsquant
from conftest import SHARED

NEWSQUANT = SHARED / "benchmarks" / "newsquant" / "NewsQuant.json"


def test_gold_ranges_match_only_a_predicted_pair():
    assert _gold_value("4000-5000") == (4000.0, 5000.0)
    assert _matches((4000.0, 5000.0), _gold_value("4000-5000"))
    assert not _matches(4000.0, _gold_value("4000-5000"))
    assert _matches(5.4e9, _gold_value("5400000000.0"))
    assert not _matches(5.4e9, _gold_value("5500000000.0"))


def test_paper_counting_rewards_duplicates_and_strict_does_not(tmp_path, pipeline):
    path = tmp_path / "mini.json"
    path.write_text(json.dumps([
        {"text": "Sales rose 5% to $20 million.", "quantities": [
            {"value": "5", "normalized_unit": "percentage"}, {"value": "20000000", "normalized_unit": "dollar"}]},
        {"text": "Three times 5% is 15%, and 5% again.", "quantities": [
            {"value": "5", "normalized_unit": "percentage"}]},
        {"text": "Nothing to count here.", "quantities": []},
    ]), encoding="utf-8")
    result = score_newsquant(path, pipeline)
    assert result["value_unit"]["f1"] > 0
    assert result["value"]["precision"] >= result["value_strict"]["precision"]
    assert result["value_strict"]["recall"] == 100.0


def test_changes_and_sub_units_are_written_in_the_benchmark_scheme(tmp_path, pipeline):
    path = tmp_path / "changes.json"
    path.write_text(json.dumps([
        {"text": "Shares fell from $2,415 to $2,315 after the call.", "quantities": [
            {"value": "2415.0-2315.0", "normalized_unit": "dollar"}]},
        {"text": "Crude was up 19 cents at $58.24 a barrel.", "quantities": [
            {"value": "19", "normalized_unit": "cent"}, {"value": "58.24", "normalized_unit": "dollar per barrel"}]},
        {"text": "Revenue rose to $7.36 billion from $6.78 billion.", "quantities": [
            {"value": "7360000000", "normalized_unit": "dollar"}, {"value": "6780000000", "normalized_unit": "dollar"}]},
    ]), encoding="utf-8")
    result = score_newsquant(path, pipeline)
    assert result["predicted"] == result["gold"] == 5
    assert result["value_unit_strict"]["f1"] == 100.0


def test_an_unreadable_benchmark_is_an_input_error(tmp_path, pipeline):
    with pytest.raises(InputError):
        score_newsquant(tmp_path / "missing.json", pipeline)


@pytest.mark.slow
def test_value_f1_on_newsquant_stays_above_the_reached_floor(pipeline):
    result = score_newsquant(NEWSQUANT, pipeline)
    assert result["sentences"] == 590 and result["gold"] == 904
    assert result["value"]["f1"] >= 92.5  # CQE, the best published extractor: 92.0
    assert result["value_strict"]["f1"] >= 92.3
    assert result["value_unit"]["f1"] >= 80.0  # measured 81.0 (issue 22 asks 80; CQE reports 85.6)


def test_counts_are_named_by_their_phrase_and_shares_by_their_whole(tmp_path, pipeline):
    path = tmp_path / "counts.json"
    path.write_text(json.dumps([
        {"text": "The trust funded 12 smaller charities and doubled its grants.", "quantities": [
            {"value": "12", "normalized_unit": "small charity"}, {"value": "2", "normalized_unit": "count"}]},
        {"text": "Half the tickets were sold to local families.", "quantities": [
            {"value": "0.5", "normalized_unit": "% ticket"}]},
    ]), encoding="utf-8")
    result = score_newsquant(path, pipeline)
    assert result["predicted"] == result["gold"] == 3
    assert result["value_unit_strict"]["f1"] == 100.0
