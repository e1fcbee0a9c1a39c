"""Ingest: turn files, directories, JSONL corpora and raw strings into `Document`s.

Every way an input can be bad (missing, empty, binary, undecodable, too large, malformed HTML or JSONL)
raises `InputError` with a one-line message; readers of corpora yield the error in place of the article
so that one bad article never loses the others.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from claimcheck.document import Document, Metadata
from claimcheck.errors import InputError
from claimcheck.ingest.decode import decode_bytes
from claimcheck.ingest.header import find_non_body

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl"}


@dataclass
class IngestResult:
    """One article read from an input: a Document, or the error that kept it from being read."""

    id: str
    document: Document | None = None
    error: InputError | None = None


def from_text(text: str, *, id: str = "text", title: str | None = None, date: str | None = None,
              source: str | None = None, fmt: str = "text", encoding: str = "utf-8",
              extra: dict | None = None) -> Document:
    """A Document from article text, with header lines (headline, byline, stamps, captions) marked."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    warnings = []
    if "\x00" in text:
        warnings.append(f"{source or id}: removed {text.count(chr(0)):,} NUL characters")
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError(f"{source or id}: the article has no text")
    non_body, found = find_non_body(text, title)
    meta = Metadata(
        id=id,
        title=title or found.get("title"),
        byline=found.get("byline"),
        date=date or found.get("date"),
        source=source,
        format=fmt,
        encoding=encoding,
        extra=extra or {},
    )
    return Document(text=text, meta=meta, non_body=non_body, warnings=warnings)


def from_html(html: str, *, id: str, source: str | None = None, encoding: str = "utf-8") -> Document:
    """A Document from an HTML page: trafilatura extracts the article body and its metadata."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if isinstance(extracted, dict):
        body = extracted.get("text")
    if not body or len(body.split()) < 5:
        raise InputError(f"{source or id}: the HTML page has no article text")
    get = (lambda k: extracted.get(k)) if isinstance(extracted, dict) else (lambda k: getattr(extracted, k, None))
    body = re.sub(r"\n(?!\n)", "\n\n", body.strip())  # one paragraph per line, blank-line separated
    doc = from_text(body, id=id, title=get("title"), date=get("date"), source=source, fmt="html", encoding=encoding)
    if get("author"):
        doc.meta.byline = get("author")
    if doc.meta.date:
        doc.meta.date = str(doc.meta.date)[:10]
    return doc


def check_regular_file(path: Path) -> None:
    """Refuse a missing path, a directory, and anything but a regular file (a FIFO would block forever)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: is a directory, not an article")
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: not a regular file (a FIFO, socket or device); save the article to a file")


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing missing, unreadable, special and oversized ones with an `InputError`."""
    check_regular_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        size = max(path.stat().st_size, len(data))
        raise InputError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit (see --max-bytes)")
    return data


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file (.txt or .html); a JSONL file must hold exactly one article."""
    results = list(iter_path(Path(path), max_bytes))
    if len(results) != 1:
        raise InputError(f"{path}: holds {len(results)} articles; use `claimcheck batch` for corpora")
    if results[0].error:
        raise results[0].error
    assert results[0].document is not None
    return results[0].document


def iter_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[IngestResult]:
    """Every article in a file, a JSONL corpus or a directory (recursively, in name order)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            yield IngestResult(str(path), error=InputError(f"{path}: the directory holds no articles"))
        for file in files:
            yield from iter_path(file, max_bytes)
        return
    try:
        if path.suffix.lower() == ".jsonl":
            from claimcheck.ingest.jsonl import iter_jsonl  # it builds Documents with this module's readers

            yield from iter_jsonl(path, max_bytes)
            return
        data = read_bytes(path, max_bytes)
        doc = from_bytes(data, id=path.stem, source=str(path), html=path.suffix.lower() in {".html", ".htm"})
        yield IngestResult(doc.meta.id, document=doc)
    except InputError as exc:
        yield IngestResult(path.stem, error=exc)


def from_bytes(data: bytes, *, id: str, source: str | None, html: bool = False, charset: str | None = None) -> Document:
    """A Document from an article's bytes: decoded (`charset` first, when a server declared one), then read as
    HTML when `html` is set or the text looks like a page, else as text."""
    name = source or id
    text, encoding, warnings = _decode_declared(data, charset) or decode_bytes(data, name)
    if html or _looks_like_html(text):
        doc = from_html(text, id=id, source=source, encoding=encoding)
    else:
        doc = from_text(text, id=id, source=source, encoding=encoding)
    doc.warnings.extend(warnings)
    return doc


def _decode_declared(data: bytes, charset: str | None) -> tuple[str, str, list[str]] | None:
    if not charset or not data.strip():
        return None
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n"), charset, []


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)
