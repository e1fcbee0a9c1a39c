"""Reports: terminal, Markdown and HTML renderers on articles the tests write and on real pipeline output."""

from __future__ import annotations

import io
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from claimcheck.document import Claim, Document, Evidence, Flag, Quote
from claimcheck.ingest import from_text
from claimcheck.report import FORMATS, parse_formats, render, use_color
from claimcheck.report.html import render_html
from claimcheck.report.markdown import render_markdown
from claimcheck.report.terminal import render_terminal
from claimcheck.errors import ClaimcheckError

PORT_ARTICLE = """Port authority signs record contract

By Jo Smith
March 3, 2025

The harbour authority agreed a $5.4 billion contract with Meridian Ports, officials said on Monday. "This is the biggest deal in our history, and it [bold]will[/bold] pay for itself," said chair Ana Ruiz.

Later the authority put the same contract at $5.5 billion. "We expect 1,200 new jobs | maybe more," Ruiz told Reuters.

A spokesman said <script>document.body.setAttribute('data-pwned', '1')</script> was a typo, and that <b>nothing</b> had changed.
"""

CLINIC_ARTICLE = """Rural clinics to close on weekends

Health officials said 14 clinics would shut on Saturdays from April, saving 2 million euros a year.
"Nobody will be left without care," the regional director, Lena Brandt, said. Unions said 40 nurses would lose shifts.
A leaflet put the number of clinics at 16.
"""


def _at(doc: Document, snippet: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(snippet, start + 1)
    return start, start + len(snippet)


def annotated_port() -> Document:
    """The port article with hand-made quotes, claims and two flags whose evidence overlaps a quote."""
    doc = from_text(PORT_ARTICLE, id="port")
    q1 = _at(doc, "This is the biggest deal in our history, and it [bold]will[/bold] pay for itself")
    q2 = _at(doc, "We expect 1,200 new jobs | maybe more")
    c1, c2, c3 = _at(doc, "$5.4 billion"), _at(doc, "$5.5 billion"), _at(doc, "1,200")
    sentence = _at(doc, "We expect 1,200 new jobs")
    doc.quotes = [
        Quote(*q1, doc.text[slice(*q1)], "direct", speaker="Ana Ruiz", speaker_role="chair", speaker_type="person",
              confidence=0.9),
        Quote(*q2, doc.text[slice(*q2)], "direct", speaker="Ana Ruiz", via="Reuters", speaker_type="person",
              confidence=0.8),
    ]
    doc.claims = [
        Claim(*c1, "$5.4 billion", "money", value=5.4e9, unit="USD", subject="port contract", confidence=0.9),
        Claim(*c2, "$5.5 billion", "money", value=5.5e9, unit="USD", subject="port | contract", confidence=0.9),
        Claim(*c3, "1,200", "count", value=1200, unit="jobs", subject="new jobs", asserted_by="Ana Ruiz",
              qualifier="about", confidence=0.7),
    ]
    doc.flags = [
        Flag("CC201", "implausible-unit-price", "info", 0.41, "The cost per job looks high.",
             [Evidence(*sentence, doc.text[slice(*sentence)]), Evidence(*c3, "1,200")]),
        Flag("CC101", "conflicting-amount", "error", 0.93, "The port contract is given as $5.4 billion and $5.5 billion.",
             [Evidence(*c1, "$5.4 billion"), Evidence(*c2, "$5.5 billion")]),
    ]
    return doc


def annotated_clinic() -> Document:
    """A second article: one quote with a named speaker, a conflicting count flagged as a warning."""
    doc = from_text(CLINIC_ARTICLE, id="clinics")
    q = _at(doc, "Nobody will be left without care")
    c1, c2, c3 = _at(doc, "14"), _at(doc, "40"), _at(doc, "16")
    doc.quotes = [Quote(*q, doc.text[slice(*q)], "direct", speaker="Lena Brandt", speaker_role="regional director",
                        speaker_type="person", confidence=0.9)]
    doc.claims = [Claim(*c1, "14", "count", value=14, subject="clinics"), Claim(*c2, "40", "count", value=40,
                  subject="nurses", asserted_by="unions"), Claim(*c3, "16", "count", value=16, subject="clinics")]
    doc.flags = [Flag("CC102", "conflicting-count", "warning", 0.7, "The clinics are counted as 14 and 16.",
                      [Evidence(*c1, "14"), Evidence(*c3, "16")]),
                 Flag("CC102", "conflicting-count", "warning", 0.2, "Dismissed in review.", [Evidence(*c2, "40")],
                      status="dismissed")]
    return doc


def line_col(text: str, offset: int) -> str:
    line = text[:offset].count("\n") + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


# terminal


@pytest.mark.parametrize("make, summary", [
    (annotated_port, "2 quotes, 3 claims, 2 flags (1 error, 1 info)"),
    (annotated_clinic, "1 quote, 3 claims, 1 flag (1 warning)"),
])
def test_terminal_summary_then_flags_then_quotes_then_claims(make, summary):
    doc = make()
    out = render_terminal(doc)
    assert summary in out
    assert out.index("Flags") < out.index("Quotes by speaker") < out.index("Claims")
    assert "Dismissed in review" not in out  # dismissed flags are not open
    for flag in doc.open_flags():
        assert f"{flag.id} {flag.rule}" in out
        assert f"confidence {flag.confidence:.2f}" in out
        for ev in flag.evidence:
            assert f"{line_col(doc.text, ev.start)} “{' '.join(ev.text.split())}”" in out


def test_terminal_orders_flags_by_severity_and_fits_80_columns():
    doc = annotated_port()
    out = render_terminal(doc)
    assert out.index("ERROR CC101") < out.index("INFO CC201")
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "[bold]will[/bold]" in out  # rich markup in an article prints as written
    assert "Ana Ruiz, chair (person; via Reuters)" in out
    narrow = render_terminal(doc, width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60
    assert "5,400,000,000" in narrow


def test_terminal_colour_only_when_asked_and_never_with_no_color(monkeypatch):
    doc = annotated_port()
    assert "\x1b[" not in render_terminal(doc, color=False)
    assert "\x1b[" in render_terminal(doc, color=True)

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty()) and not use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())
    monkeypatch.setattr("sys.stdout", Tty())
    assert "\x1b[" not in render(doc, "terminal", color=True)


def test_stages_that_did_not_run_are_told_apart_from_empty_ones():
    doc = from_text(CLINIC_ARTICLE, id="bare")
    assert "quotes: not run, claims: not run, flags: not run" in render_terminal(doc)
    doc.quotes, doc.claims, doc.flags = [], [], []
    out = render_terminal(doc)
    assert "0 quotes, 0 claims, 0 flags" in out and "Flags" not in out
    assert "The checks did not run" in render_html(from_text(CLINIC_ARTICLE, id="bare"))


# markdown


def test_markdown_escapes_article_text_and_keeps_tables_whole():
    doc = annotated_port()
    out = render_markdown(doc)
    assert out.startswith("# Port authority signs record contract\n")
    assert "<script>" not in out and "<b>" not in out
    assert r"\[bold\]will\[/bold\]" in out
    assert out.index("## Flags") < out.index("## Quotes by speaker") < out.index("## Claims")
    rows = [line for line in out.splitlines() if line.startswith("| ") and "port" in line]
    assert rows, "the claims table is missing"
    for row in rows:  # five cells: an escaped | inside a cell never splits it
        assert len(re.findall(r"(?<!\\)\|", row)) == 6
    assert "1. **ERROR CC101** conflicting-amount (confidence 0.93)" in out
    c2 = doc.claims[1]
    assert f"line {line_col(doc.text, c2.start)}: “\\$5.5 billion”" in out


def test_markdown_of_second_article_lists_speaker_and_warning():
    out = render_markdown(annotated_clinic())
    assert "### Lena Brandt, regional director (person)" in out
    assert "**WARNING CC102**" in out and "Dismissed in review" not in out


# html (parsed here; tests/test_html_browser.py checks it in a real browser)


class Segments(HTMLParser):
    """Collects the article's highlighted segments, its whole text, link targets, ids and tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.article_depth: int | None = None  # stack depth of the article element while inside it
        self.segments: list[dict] = []
        self.article: list[str] = []
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.ids.update([attrs["id"]] if attrs.get("id") else [])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if attrs.get("id") == "article":
            self.article_depth = len(self.stack)
        self.stack.append({"attrs": attrs, "text": []})

    def handle_endtag(self, tag):
        entry = self.stack.pop()
        if "data-start" in entry["attrs"]:
            self.segments.append({**entry["attrs"], "text": "".join(entry["text"])})
        if self.article_depth is not None and len(self.stack) == self.article_depth:
            self.article_depth = None

    def handle_data(self, data):
        for entry in self.stack:
            entry["text"].append(data)
        if self.article_depth is not None:
            self.article.append(data)


def parse_html(page: str) -> Segments:
    parser = Segments()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("make", [annotated_port, annotated_clinic])
def test_html_segments_match_offsets_and_rebuild_the_article(make):
    doc = make()
    page = parse_html(render_html(doc))
    assert "".join(page.article) == doc.text
    assert page.segments
    for seg in page.segments:
        assert seg["text"] == doc.text[int(seg["data-start"]):int(seg["data-end"])]
    for quote in doc.quotes:  # every quote is covered, exactly, by the segments marked as quote
        covered = "".join(s["text"] for s in page.segments if "q" in s["class"].split()
                          and quote.start <= int(s["data-start"]) < quote.end)
        assert covered == quote.text
    for href in page.hrefs:  # every flag entry jumps to an anchor in the article
        assert href.startswith("#") and href[1:] in page.ids


def test_html_overlapping_layers_share_segments_and_take_the_worst_severity():
    doc = annotated_port()
    page = parse_html(render_html(doc))
    c3 = doc.claims[2]
    inside = [s for s in page.segments if int(s["data-start"]) == c3.start]
    assert len(inside) == 1
    classes = inside[0]["class"].split()
    assert {"q", "c", "ev"} <= set(classes)  # quote, claim and evidence of the info flag meet here
    assert "sev-info" in classes
    c1 = doc.claims[0]
    first = next(s for s in page.segments if int(s["data-start"]) == c1.start)
    assert "sev-error" in first["class"].split()
    speakers = {cls for s in page.segments for cls in s["class"].split() if cls.startswith("spk-")}
    assert speakers == {"spk-0"}  # one speaker, one colour


def test_html_escapes_markup_and_fetches_nothing():
    page_text = render_html(annotated_port())
    page = parse_html(page_text)
    assert page.tags.count("script") == 1  # the report's own, not the article's
    assert "b" not in page.tags and "img" not in page.tags
    assert "&lt;script&gt;document.body.setAttribute" in page_text
    assert re.search(r"Content-Security-Policy\" content=\"default-src 'none'; ", unescape(page_text))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page_text)
    assert "<link" not in page_text and "@import" not in page_text


def test_format_names_are_checked():
    assert parse_formats("json, HTML,json") == ["json", "html"]
    with pytest.raises(ClaimcheckError, match="unknown report format 'pdf'"):
        parse_formats("json,pdf")
    with pytest.raises(ClaimcheckError):
        render(annotated_port(), "pdf")


# real pipeline output


def test_every_format_renders_the_reference_article(reference_doc):
    for fmt in FORMATS:
        out = render(reference_doc, fmt, color=False)
        assert out.strip()
        assert (reference_doc.meta.title or reference_doc.meta.id) in out or fmt == "markdown"
    page = parse_html(render_html(reference_doc))
    assert "".join(page.article) == reference_doc.text
    for seg in page.segments:
        assert seg["text"] == reference_doc.text[int(seg["data-start"]):int(seg["data-end"])]


def test_report_command_writes_markdown_and_html(tmp_path):
    from typer.testing import CliRunner

    from claimcheck.cli import app
    from conftest import REFERENCE_ARTICLE

    runner = CliRunner()
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(REFERENCE_ARTICLE), "-f", "html", "-o", str(out), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
