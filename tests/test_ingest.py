"""Ingest: each format, header lines, encodings and every kind of bad input."""

from __future__ import annotations

import json
import os

import pytest

from claimcheck.errors import InputError
from claimcheck.ingest import from_text, iter_path, read_article

from conftest import CORPUS, REFERENCE_ARTICLE, WIKINEWS

ARTICLE = """Council Approves Harbour Plan

By Maria Jensen
March 4, 2025

HARWICH (Wire) — The town council on Tuesday approved a £12m plan to rebuild the harbour wall, ending two years of argument.

"We have waited long enough," said council leader Tom Birch. "The work starts in May."

The plan passed by 9 votes to 4.
"""


def test_plain_text_header_lines_are_marked_and_read_as_metadata():
    doc = from_text(ARTICLE, id="harbour")
    labels = {nb.label: doc.span_text(nb) for nb in doc.non_body}
    assert doc.meta.title == "Council Approves Harbour Plan"
    assert doc.meta.byline == "Maria Jensen"
    assert doc.meta.date == "2025-03-04"
    assert labels["dateline"].startswith("HARWICH (Wire)")
    assert labels["stamp"] == "March 4, 2025"
    body = doc.text.index("The town council")
    assert doc.is_body(body, body + 10)
    assert not doc.is_body(0, 5)


def test_reference_article_header_caption_byline_and_stamps():
    doc = read_article(REFERENCE_ARTICLE)
    assert doc.meta.date == "2021-12-07"
    assert doc.meta.byline == "Isabel van Brugen"
    labels = [nb.label for nb in doc.non_body]
    assert labels.count("headline") == 2 and "caption" in labels and labels.count("stamp") == 3
    captions = [doc.span_text(nb) for nb in doc.non_body if nb.label == "caption"]
    assert all("Photo" in c or "Getty" in c for c in captions)
    first_body = doc.text.index("Russia and India on Monday")
    assert doc.is_body(first_body, first_body + 20)


def test_html_article_is_extracted_without_boilerplate(tmp_path):
    page = tmp_path / "story.html"
    body = " ".join(["The mayor said the new bridge would open in June after years of delay."] * 3)
    page.write_text(f"""<!doctype html><html><head><title>Bridge to open in June</title>
    <meta name="author" content="Sam Okoro"><meta property="article:published_time" content="2024-05-02">
    <style>.x{{color:red}}</style><script>var tracking = 1;</script></head>
    <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
    <article><h1>Bridge to open in June</h1><p>{body}</p><p>"It is a good day," the mayor said at a press conference
    on Monday, adding that the budget had been kept.</p></article>
    <footer>Copyright 2024 The Paper. All rights reserved.</footer></body></html>""", encoding="utf-8")
    doc = read_article(page)
    assert doc.meta.format == "html"
    assert "bridge would open in June" in doc.text
    assert "tracking" not in doc.text and "color:red" not in doc.text and "All rights reserved" not in doc.text
    assert doc.meta.title == "Bridge to open in June"
    assert doc.meta.date == "2024-05-02"


def test_html_page_without_article_text_is_refused(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title><script>alert(1)</script></head><body><nav>Home</nav></body></html>")
    with pytest.raises(InputError, match="no article text"):
        read_article(page)


def test_jsonl_corpus_keeps_good_lines_and_reports_bad_ones_by_number(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "one", "text": "The mayor said the bridge will open in June.", "date": "2024-05-02"}),
        "{not json",
        json.dumps({"id": "three", "title": "T", "text": "Prices rose 3% last year, the bank said."}),
        json.dumps({"id": "four"}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_path(corpus))
    assert [r.id for r in results if r.document] == ["one", "three"]
    errors = [str(r.error) for r in results if r.error]
    assert any(":2: malformed JSON" in e for e in errors)
    assert any(":4: no `text` or `html` field" in e for e in errors)
    assert results[0].document.meta.date == "2024-05-02"


def test_wikinews_corpus_reads_every_article():
    results = list(iter_path(WIKINEWS))
    assert len(results) == 171 and all(r.document is not None for r in results)
    assert all(r.document.meta.date for r in results)


def test_directory_is_read_as_a_corpus():
    results = list(iter_path(CORPUS))
    assert len(results) >= 20
    assert all(r.document is not None for r in results)


def test_windows_1252_is_detected_and_reported(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The minister\x92s \x93plan\x94 costs \xa35m \x96 a caf\xe9 owner said.".encode("latin-1"))
    doc = read_article(path)
    assert "minister’s “plan” costs £5m – a café owner" in doc.text
    assert doc.meta.encoding == "windows-1252"
    assert any("not UTF-8" in w for w in doc.warnings)


def test_bom_and_crlf_are_normalised(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nThe first paragraph says 12 people were hurt.\r\n")
    doc = read_article(path)
    assert doc.text.startswith("Headline\n\nThe first") and "\r" not in doc.text


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02\x03binary\x00" * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"Caf\xc3 is \x81\x8d odd", "undecodable"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        read_article(path)
    assert "\n" not in str(info.value)


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 2000)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        read_article(big, max_bytes=1000)


def test_jsonl_fields_are_checked_one_by_one_and_the_other_records_go_on(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = [
        '{"id":"a","title":2019,"text":"x y"}',
        json.dumps({"id": "b", "text": "The council approved the plan on Tuesday."}),
        json.dumps({"id": {"nested": 1}, "text": "x"}),
        json.dumps({"id": "d", "text": 12}),
        json.dumps({"id": "e", "text": "Some text here.", "date": 20240502}),
        json.dumps({"id": "f", "html": ["<p>"]}),
        '{"id": "g", "text": "x", "n": ' + "1" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 7, "text": "The mayor said the bridge will open in June."}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_path(corpus))
    assert [r.id for r in results if r.document] == ["b", "7"]
    errors = [str(r.error) for r in results if r.error]
    assert len(errors) == 8 and all("\n" not in e for e in errors)
    expected = {1: "`title` must be a string, not a number", 3: "`id` must be a string or a number, not an object",
                4: "`text` must be a string, not a number", 5: "`date` must be a string, not a number",
                6: "`html` must be a string, not an array", 7: "unreadable JSON", 8: "nested too deeply",
                9: "expected a JSON object, not an array"}
    for (number, message), error in zip(expected.items(), errors):
        assert error.startswith(f"{corpus}:{number}: ") and message in error, error


def test_large_jsonl_streams_and_only_an_oversized_record_is_refused(tmp_path):
    corpus = tmp_path / "big.jsonl"
    record = json.dumps({"id": "small", "text": "The plan passed by 9 votes to 4. " * 20})
    huge = json.dumps({"id": "huge", "text": "word " * 4000})
    corpus.write_text("\n".join([record, huge, record.replace("small", "after")]) + "\n", encoding="utf-8")
    assert corpus.stat().st_size > 5000
    results = list(iter_path(corpus, max_bytes=5000))
    assert [r.id for r in results if r.document] == ["small", "after"]
    (error,) = [str(r.error) for r in results if r.error]
    assert error.startswith(f"{corpus}:2: ") and "over the 5,000-byte limit" in error


def test_a_fifo_is_refused_at_once_instead_of_blocking(tmp_path):
    import threading

    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def read() -> None:
        try:
            read_article(fifo)
        except InputError as exc:
            outcome.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # unblock the reader so the test process can exit
        with open(fifo, "wb"):
            pass
    assert outcome and "not a regular file" in outcome[0]
    feed = tmp_path / "feed.jsonl"
    os.mkfifo(feed)
    (result,) = iter_path(feed)  # a JSONL FIFO is refused the same way, before it is opened
    assert "not a regular file" in str(result.error)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_and_reported(tmp_path, codec):
    path = tmp_path / "wide.txt"
    path.write_bytes("Harbour plan\n\nThe council approved a £12m plan, the café owner said.\n".encode(codec))
    doc = read_article(path)
    assert "approved a £12m plan, the café owner" in doc.text and doc.meta.encoding == codec
    assert any("no byte-order mark" in w for w in doc.warnings)


def test_nul_bytes_after_the_first_8_kib_never_reach_the_document(tmp_path):
    path = tmp_path / "nul.txt"
    body = ("The council approved the plan. " * 400).encode("utf-8")
    path.write_bytes(body + b"Then\x00 came\x00\x00 the vote.\n")
    doc = read_article(path)
    assert "\x00" not in doc.text and doc.text.rstrip().endswith("Then came the vote.")
    assert any("removed 3 NUL characters" in w for w in doc.warnings)
    assert "\x00" not in from_text("A text\x00 from an API caller.").text
