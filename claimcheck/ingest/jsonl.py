"""JSONL corpora, streamed: one article a line, each record checked field by field.

The file is read a line at a time, so its size is not limited; `max_bytes` limits one record. A bad line
(malformed JSON, a field of the wrong type, no text, too long) becomes an `InputError` naming the file and
line number, and the lines after it are still read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Iterator

from claimcheck.document import Document
from claimcheck.errors import InputError
from claimcheck.ingest import IngestResult, check_regular_file, from_html, from_text
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.header import parse_date
from claimcheck.jsontext import json_type, parse_json

_CHUNK = 1 << 20
_OPTIONAL_TEXT = ("title", "date")  # strings or null
_KNOWN = {"id", "text", "html", *_OPTIONAL_TEXT}


def iter_jsonl(path: Path, max_bytes: int) -> Iterator[IngestResult]:
    """Articles of a JSONL corpus: one object a line with `id` and `text` or `html`, plus optional metadata."""
    check_regular_file(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, line in enumerate(_lines(handle, max_bytes), start=1):
            where = f"{path}:{number}"
            if line is None:
                yield IngestResult(where, error=InputError(f"{where}: the record is over the {max_bytes:,}-byte "
                                                           "limit (see --max-bytes)"))
            elif line.strip():
                yield _result(line, number, where)


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line longer than `limit` bytes (skipped without holding it in memory)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not (len(line) == limit + 1 and line.endswith(b"\n")):
            while line and not line.endswith(b"\n"):
                line = handle.readline(_CHUNK)
            yield None
        else:
            yield line


def _result(line: bytes, number: int, where: str) -> IngestResult:
    try:
        text, _encoding, warnings = decode_bytes(line, where)
        record = parse_json(text)
        article_id = _record_id(record, number, where)
    except (InputError, ValueError) as exc:
        message = str(exc) if isinstance(exc, InputError) else f"{where}: {exc}"
        return IngestResult(where, error=InputError(message))
    try:
        doc = _document(record, article_id, where)
    except InputError as exc:
        return IngestResult(article_id, error=exc)
    doc.warnings.extend(warnings)
    return IngestResult(article_id, document=doc)


def _record_id(record: Any, number: int, where: str) -> str:
    """The record's `id` as a string (numbers allowed), `line<N>` when it has none."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, not {json_type(record)}")
    value = record.get("id")
    if value is None or value == "":
        return f"line{number}"
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise InputError(f"{where}: `id` must be a string or a number, not {json_type(value)}")
    return str(value)


def _document(record: dict[str, Any], article_id: str, where: str) -> Document:
    for name in ("text", "html", *_OPTIONAL_TEXT):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f"{where}: `{name}` must be a string, not {json_type(record[name])}")
    if record.get("html") is not None:
        doc = from_html(record["html"], id=article_id, source=where)
    elif record.get("text") is not None:
        doc = from_text(record["text"], id=article_id, title=record.get("title"), source=where, fmt="jsonl")
    else:
        raise InputError(f"{where}: no `text` or `html` field")
    if record.get("date"):
        doc.meta.date = parse_date(record["date"]) or record["date"][:10]
    doc.meta.extra.update({k: v for k, v in record.items() if k not in _KNOWN})
    return doc
