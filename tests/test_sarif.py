"""The SARIF report, validated against the official SARIF 2.1.0 schema (tests/data, see its SOURCE file)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimcheck.checks.registry import RULES
from claimcheck.report import render
from claimcheck.report.sarif import FINGERPRINT_KEY, merge_runs

from test_report import annotated_clinic, annotated_port

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    """Raise on the first way `log` breaks the SARIF 2.1.0 schema, formats (uri, date-time) included."""
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]]


def test_the_schema_rejects_what_sarif_forbids():
    """The validator is real: a log without runs, or a region without a start, fails it."""
    with pytest.raises(AssertionError):
        validate({"version": "2.1.0"})
    log = json.loads(render(annotated_port(), "sarif"))
    del log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    del log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["charOffset"]
    with pytest.raises(AssertionError):
        validate(log)


def test_one_result_per_flag_with_rule_metadata_locations_and_fingerprints():
    doc = annotated_port()
    doc.meta.source = "news/port article.txt"
    log = json.loads(render(doc, "sarif"))
    validate(log)
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} == {code for code, rule in RULES.items() if rule.status != "removed"}
    assert run["artifacts"][0]["location"]["uri"] == "news/port%20article.txt"
    assert run["artifacts"][0]["contents"]["text"] == doc.text
    assert len(run["results"]) == len(doc.flags)
    for result, flag in zip(run["results"], doc.flags):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == flag.id
        assert result["partialFingerprints"][FINGERPRINT_KEY] == flag.fingerprint
        assert result["message"]["text"].startswith(flag.message)
        assert len(result["locations"]) == len(flag.evidence)
        for location, evidence in zip(result["locations"], flag.evidence):
            region = location["physicalLocation"]["region"]
            assert doc.text[region["charOffset"]:region["charOffset"] + region["charLength"]] == evidence.text
            assert (region["startLine"], region["startColumn"]) == doc.line_col(evidence.start)
            line = doc.text.split("\n")[region["startLine"] - 1]
            assert line[region["startColumn"] - 1:].startswith(evidence.text.split("\n")[0])
    levels = {result["ruleId"]: result["level"] for result in run["results"]}
    assert levels == {"CC101": "error", "CC201": "note"}


def test_verdicts_are_suppressions():
    doc = annotated_port()
    doc.flags[0].status, doc.flags[1].status = "dismissed", "confirmed"
    log = json.loads(render(doc, "sarif"))
    validate(log)
    dismissed, confirmed = log["runs"][0]["results"]
    assert dismissed["suppressions"][0]["status"] == "accepted" and dismissed["suppressions"][0]["kind"] == "external"
    assert confirmed["suppressions"] == []  # reviewed and kept: not suppressed


def test_a_batch_merges_into_one_run_with_each_article_its_artifact():
    logs = [json.loads(render(doc, "sarif")) for doc in (annotated_port(), annotated_clinic())]
    merged = merge_runs(logs)
    validate(merged)
    (run,) = merged["runs"]
    assert len(run["artifacts"]) == 2 and len(run["results"]) == sum(len(log["runs"][0]["results"]) for log in logs)
    for result in run["results"]:
        for location in result["locations"]:
            artifact = run["artifacts"][location["physicalLocation"]["artifactLocation"]["index"]]
            region = location["physicalLocation"]["region"]
            text = artifact["contents"]["text"]
            assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
    assert run["results"][-1]["locations"][0]["physicalLocation"]["artifactLocation"]["index"] == 1
