"""The JSON report and its shipped JSON Schema, checked against real pipeline output."""

from __future__ import annotations

import json
from dataclasses import fields

import jsonschema
import pytest

from claimcheck.document import SCHEMA_VERSION, Claim, Evidence, Flag, Metadata, Quote
from claimcheck.ingest import iter_path
from claimcheck.report.json_report import load_schema, render_json

from conftest import CORPUS, WIKINEWS
from test_report import annotated_clinic, annotated_port


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _check(validator, text: str) -> dict:
    data = json.loads(text)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return data


def _spans_point_into_text(data: dict) -> None:
    text = data["text"]
    for name in ("quotes", "claims"):
        for item in data[name]:
            assert item["text"] == text[item["start"]:item["end"]]
    for flag in data["flags"]:
        for ev in flag["evidence"]:
            assert ev["text"] == text[ev["start"]:ev["end"]]
    for name in ("paragraphs", "sentences", "entities", "non_body"):
        for span in data[name]:
            assert 0 <= span["start"] <= span["end"] <= len(text)


def test_reference_article_report_validates(validator, reference_doc):
    data = _check(validator, render_json(reference_doc))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["text"] == reference_doc.text
    assert len(data["sentences"]) == len(reference_doc.sentences) > 5
    _spans_point_into_text(data)


def test_corpus_and_wikinews_reports_validate(validator, pipeline):
    docs = [r.document for r in iter_path(CORPUS) if r.document is not None][:2]
    docs += [r.document for r in iter_path(WIKINEWS) if r.document is not None][:2]
    assert len(docs) == 4
    for doc in docs:
        data = _check(validator, render_json(pipeline(doc)))
        _spans_point_into_text(data)
    assert data["meta"]["extra"].get("url", "").startswith("https://")  # JSONL fields kept in meta.extra


@pytest.mark.parametrize("make", [annotated_port, annotated_clinic])
def test_hand_made_flags_quotes_and_claims_validate(validator, make):
    data = _check(validator, render_json(make()))
    assert {f["id"] for f in data["flags"]} <= {"CC101", "CC102", "CC201"}
    _spans_point_into_text(data)


def test_schema_rejects_what_the_model_cannot_produce(validator):
    data = json.loads(render_json(annotated_port()))
    data["flags"][0]["severity"] = "fatal"
    assert not validator.is_valid(data)
    data = json.loads(render_json(annotated_port()))
    data["claims"][0]["start"] = -1
    assert not validator.is_valid(data)
    data = json.loads(render_json(annotated_port()))
    del data["schema_version"]
    assert not validator.is_valid(data)


def test_schema_describes_every_field_of_the_data_model():
    """When document.py gains a field, schema.json must describe it (and bump the minor schema version)."""
    defs = load_schema()["$defs"]
    for name, cls in (("quote", Quote), ("claim", Claim), ("flag", Flag), ("evidence", Evidence),
                      ("metadata", Metadata)):
        assert set(defs[name]["properties"]) == {f.name for f in fields(cls)}, name


def test_stages_that_did_not_run_are_null_not_empty(validator, nlp):
    from claimcheck.ingest import from_text
    from claimcheck.segment import Segmenter

    doc = from_text("A headline\n\nThe council approved 300 homes on Monday, the mayor said.", date="2025-05-14")
    Segmenter(nlp)(doc)
    data = _check(validator, render_json(doc))
    assert (data["quotes"], data["claims"], data["flags"]) == (None, None, None)
    doc.flags = []
    assert json.loads(render_json(doc))["flags"] == []  # ran and found nothing


def test_a_report_of_schema_1_1_without_the_fields_1_2_added_still_loads(tmp_path):
    from claimcheck.document import document_to_dict
    from claimcheck.ingest import from_text
    from claimcheck.review.saved import read_saved_report

    doc = from_text("The museum said 40 people came. \"It was full,\" the director said.")
    doc.quotes = [Quote(33, 45, "It was full,", "direct", speaker="the director")]
    doc.claims = [Claim(17, 19, "40", "count", value=40.0)]
    doc.flags = []
    data = document_to_dict(doc)
    data["schema_version"] = "1.1"
    del data["quotes"][0]["fragments"], data["claims"][0]["per"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = read_saved_report(path)
    assert loaded.quotes[0].fragments == [] and loaded.claims[0].per is None
