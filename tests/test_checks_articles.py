"""The checks end to end on real articles: the shared reference article, the corpus, and Wikinews robustness."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import CORPUS, WIKINEWS

from claimcheck.checks import Checker
from claimcheck.ingest import from_text


def _evidence(flag) -> set[str]:
    return {e.text for e in flag.evidence}


def _cites(flag, gold_evidence: list[dict]) -> bool:
    return all(any(g["start"] < e.end and e.start < g["end"] for e in flag.evidence) for g in gold_evidence)


def test_reference_article_inconsistencies(reference_doc):
    flags = reference_doc.flags
    amounts = [f for f in flags if f.id == "CC101"]
    assert amounts and _evidence(amounts[0]) == {"$5.4 billion", "$5.5 billion"}
    prices = [f for f in flags if f.id == "CC201"]
    assert prices and _evidence(prices[0]) == {"600,000", "$500,000"}
    timing = [f for f in flags if f.id.startswith("CC3")]
    assert any(any("last month began supplying" in t for t in _evidence(f))
               and any("Supplies have begun this month" in t for t in _evidence(f)) for f in timing)
    assert len(flags) <= 3 + 3
    for flag in flags:
        assert 0.0 <= flag.confidence <= 1.0 and flag.message and flag.evidence
        for e in flag.evidence:
            assert reference_doc.text[e.start : e.end] == e.text


def test_corpus_flag_rules_on_articles(preview_pipeline):
    """Flags on corpus articles cite the gold evidence, preview rules included; a clean article stays clean."""
    pipeline = preview_pipeline
    for name, clean in (("b03_typhoon_floods", False), ("b09_rbi_rates_infrastructure", False),
                        ("a11_wire_india_solar_share_sale", False), ("a05_courts_adviser_fraud_sentence", True)):
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        doc = pipeline.check(CORPUS / f"{name}.txt")
        if clean:
            assert doc.flags == []
            continue
        for expected in gold["flags"]:
            assert any(f.id[:3] == expected["rule"][:3] and _cites(f, expected["evidence"]) for f in doc.flags)


@pytest.mark.slow
def test_checks_never_crash_on_wikinews(pipeline):
    """Every rule runs over every Wikinews article (the NLI model is left out: its cost is measured elsewhere)."""
    settings = replace(pipeline.settings, severity_overrides={"CC301": "off", "CC302": "off"})
    checker = Checker(type("NoNli", (), {"settings": settings})())
    stages = [s for s in pipeline.stages if not isinstance(s, Checker)]
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 100
    flagged = 0
    for line in lines:
        record = json.loads(line)
        doc = from_text(record["text"], id=record["id"], title=record.get("title"), date=record.get("date"))
        for stage in stages:
            stage(doc)
        checker(doc)
        assert doc.flags is not None
        flagged += len(doc.flags)
    assert flagged / len(lines) < 0.5
