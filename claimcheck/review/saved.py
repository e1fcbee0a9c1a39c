"""Read a saved JSON report (`claimcheck report -f json`) back into a Document, to review it without rerunning.

Batch runs write one JSON report per article; reviewing those is instant, while reviewing an article file runs
the whole pipeline first.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from claimcheck.document import SCHEMA_VERSION, Claim, Document, Evidence, Flag, Metadata, Quote, Span
from claimcheck.errors import InputError
from claimcheck.ingest import check_regular_file
from claimcheck.jsontext import parse_json
from claimcheck.report.json_report import load_schema


def is_saved_report(path: Path) -> bool:
    """True for a `.json` file, which claimcheck reads as a saved report (articles are .txt, .html, .jsonl)."""
    return path.suffix.lower() == ".json"


def read_saved_report(path: Path) -> Document:
    """The Document a JSON report holds, checked against the shipped schema; anything else raises `InputError`
    with one line."""
    check_regular_file(path)
    try:
        payload = parse_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str) or "schema_version" not in payload:
        raise InputError(f"{path}: not a claimcheck JSON report (no schema_version and text)")
    major = str(payload["schema_version"]).split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise InputError(f"{path}: report schema {payload['schema_version']} is not readable by this claimcheck "
                         f"(schema {SCHEMA_VERSION})")
    _check_schema(payload, path)
    try:
        return document_from_dict(payload)
    except (TypeError, ValueError, KeyError) as exc:
        raise InputError(f"{path}: malformed report ({exc})") from None


def _check_schema(payload: dict[str, Any], path: Path) -> None:
    """Refuse a report that does not match the JSON report's schema, naming the first bad field."""
    from jsonschema import Draft202012Validator

    error = next(iter(Draft202012Validator(load_schema()).iter_errors(payload)), None)
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "the top level"
        raise InputError(f"{path}: not a valid claimcheck report at {where} ({error.message[:200]})")


def document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of `claimcheck.document.document_to_dict`."""
    text = data["text"]
    meta = Metadata(**_known(Metadata, data["meta"]))
    doc = Document(text=text, meta=meta)
    doc.paragraphs = [_span(s) for s in data.get("paragraphs", [])]
    doc.sentences = [Span(s["start"], s["end"], "" if s.get("paragraph") is None else str(s["paragraph"]))
                     for s in data.get("sentences", [])]
    doc.entities = [_span(s) for s in data.get("entities", [])]
    doc.non_body = [_span(s) for s in data.get("non_body", [])]
    doc.quotes = [_quote(q) for q in data.get("quotes") or []]
    doc.claims = [_with_spans(Claim, c, ("subject_span",)) for c in data.get("claims") or []]
    doc.flags = [_flag(f) for f in data.get("flags") or []]
    doc.warnings = list(data.get("warnings", []))
    for item in (*doc.paragraphs, *doc.sentences, *doc.non_body, *doc.quotes, *doc.claims,
                 *(e for f in doc.flags for e in f.evidence)):
        if item.end > len(text):
            raise ValueError(f"span [{item.start}, {item.end}) outside a text of {len(text)} characters")
    return doc


def _known(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in values.items() if k in names}


def _span(value: dict[str, Any]) -> Span:
    return Span(value["start"], value["end"], value.get("label", ""))


def _with_spans(cls: type, values: dict[str, Any], span_fields: tuple[str, ...]) -> Any:
    known = _known(cls, values)
    for name in span_fields:
        if known.get(name) is not None:
            known[name] = _span(known[name])
    return cls(**known)


def _quote(values: dict[str, Any]) -> Quote:
    quote = _with_spans(Quote, values, ("speaker_mention", "cue"))
    quote.fragments = [_span(span) for span in values.get("fragments") or []]
    return quote


def _flag(values: dict[str, Any]) -> Flag:
    known = _known(Flag, values)
    known["evidence"] = [Evidence(e["start"], e["end"], e["text"]) for e in values.get("evidence", [])]
    return Flag(**known)
