"""What a batch shows a person: the progress bar's phases and rate, the resume hint on Ctrl-C, the flagged
articles in the summary, and index.html (sortable, linking each report) in headless Chromium."""

from __future__ import annotations

import io
import json
import sys
from html.parser import HTMLParser

import pytest
from rich.console import Console

from claimcheck.batch import BatchSummary, run_batch
from claimcheck.batch_outputs import CORPUS_SARIF, INDEX
from claimcheck.cli import run
from claimcheck.cli.batch import RichProgress, print_summary
from claimcheck.report.index import render_index

from test_report import CLINIC_ARTICLE, PORT_ARTICLE
from test_review_web import browser_page  # noqa: F401  (the fixture)
from test_sarif import validate


def _summary() -> BatchSummary:
    summary = BatchSummary(out_dir="out/run", formats=["json", "html"], workers=1)
    summary.add({"id": "quiet-one", "key": "quiet-one-1", "status": "ok", "words": 10, "quotes": 1, "claims": 4,
                 "flags": 0, "files": {"json": "quiet-one-1.json", "html": "quiet-one-1.html"}})
    summary.add({"id": "warned", "key": "warned-2", "status": "ok", "words": 10, "quotes": 9, "claims": 2, "flags": 2,
                 "flags_by_rule": {"CC205": 2}, "flags_by_severity": {"warning": 2},
                 "files": {"json": "warned-2.json", "html": "warned-2.html"}})
    summary.add({"id": "<b>bad</b> & worse", "key": "bad-3", "status": "ok", "words": 10, "quotes": 0, "claims": 7,
                 "flags": 1, "flags_by_rule": {"CC101": 1}, "flags_by_severity": {"error": 1},
                 "files": {"json": "bad-3.json"}})
    summary.add({"id": "broken", "status": "failed", "error": "in/broken.txt: the file is empty"})
    return summary


def test_the_summary_lists_the_flagged_articles_worst_first_with_their_reports():
    screen = io.StringIO()
    print_summary(Console(file=screen, width=120, highlight=False), _summary())
    text = screen.getvalue()
    table = text.split("Flagged articles (2)")[1].split("Failures")[0]
    rows = [line for line in table.splitlines() if "out/run" in line]
    assert "<b>bad</b> & worse" in rows[0] and "1 error" in rows[0] and "out/run/bad-3.json" in rows[0]
    assert "warned" in rows[1] and "2 warning" in rows[1] and "out/run/warned-2.html" in rows[1]
    assert "quiet-one" not in table and "index.html" in text


def test_the_bar_says_loading_models_until_the_first_article_and_its_rate_is_the_summarys():
    now = iter([100.0, 100.0, 104.0, 108.0])  # created, started (models load), then two articles back
    progress = RichProgress(Console(file=io.StringIO()), clock=lambda: next(now))
    progress.start(total=3, done=1)
    task = progress.progress.tasks[0]
    assert task.description == "loading models" and task.completed == 1
    progress.advance({"id": "a", "status": "ok", "flags": 0})
    assert task.description == "checking" and task.fields["rate"] == 1 / 4
    progress.advance({"id": "b", "status": "failed", "error": "boom"})
    progress.stop()
    assert task.completed == 3
    summary = BatchSummary(out_dir="o", formats=["json"], workers=1, checked=1, seconds=8.0)
    # checked articles (not failures, not earlier runs' articles) per second since the start: the summary's speed
    assert task.fields["rate"] == summary.to_dict()["articles_per_second"] == 1 / 8


def test_ctrl_c_says_how_to_resume(tmp_path, capsys, monkeypatch):
    def interrupted(inputs, out, *, progress, **_):
        progress.start(5, 2)
        progress.advance({"id": "a", "status": "ok"})
        raise KeyboardInterrupt

    monkeypatch.setattr("claimcheck.api.run_corpus", interrupted)
    monkeypatch.setattr(sys, "argv", ["claimcheck", "batch", str(tmp_path), "--out", str(tmp_path / "out")])
    with pytest.raises(SystemExit) as done:
        run()
    err = " ".join(capsys.readouterr().err.split())
    assert done.value.code == 130
    assert "interrupted after 3 of 5 articles" in err and "Run the same command again to resume" in err


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "a":
            self.links.append(dict(attrs)["href"])
        self.scripts += tag == "script"


def test_the_index_escapes_names_and_links_the_most_readable_report():
    page = render_index(_summary().to_dict())
    rows = _Rows()
    rows.feed(page)
    assert rows.links == ["bad-3.json", "warned-2.html", "quiet-one-1.html"]  # worst first
    assert "&lt;b&gt;bad&lt;/b&gt; &amp; worse" in page and "<b>bad</b>" not in page and rows.scripts == 1
    assert "in/broken.txt: the file is empty" in page


def test_a_batch_writes_its_index_and_one_sarif_run(tmp_path, pipeline):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (corpus / "clinic.txt").write_text(CLINIC_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([corpus], out, formats=["html", "sarif"], workers=1, pipeline=pipeline)
    rows = _Rows()
    rows.feed((out / INDEX).read_text(encoding="utf-8"))
    assert sorted(rows.links) == sorted(r["files"]["html"] for r in summary.reports)
    assert all((out / link).is_file() for link in rows.links)
    log = json.loads((out / CORPUS_SARIF).read_text(encoding="utf-8"))
    validate(log)
    assert len(log["runs"]) == 1 and len(log["runs"][0]["artifacts"]) == 2
    assert len(log["runs"][0]["results"]) == summary.flags


def test_the_index_sorts_by_any_column_in_chromium(tmp_path, browser_page):  # noqa: F811
    (tmp_path / INDEX).write_text(render_index(_summary().to_dict()), encoding="utf-8")
    page = browser_page
    page.open((tmp_path / INDEX).as_uri())
    names = "[...document.querySelectorAll('#articles tbody tr')].map(r => r.cells[0].dataset.value)"
    assert page.evaluate(names) == ["<b>bad</b> & worse", "warned", "quiet-one"]  # worst first, shown as text
    page.evaluate("document.querySelectorAll('#articles th')[7].click()")  # claims, most first
    assert page.evaluate(names)[0] == "<b>bad</b> & worse"
    page.evaluate("document.querySelectorAll('#articles th')[6].click()")  # quotes, most first
    assert page.evaluate(names) == ["warned", "quiet-one", "<b>bad</b> & worse"]
    page.evaluate("document.querySelectorAll('#articles th')[6].click()")  # again: fewest first
    assert page.evaluate(names) == ["<b>bad</b> & worse", "quiet-one", "warned"]
    assert page.evaluate("document.querySelectorAll('#articles th')[6].getAttribute('aria-sort')") == "ascending"
    page.evaluate("document.querySelectorAll('#articles th')[0].click()")  # by name
    assert page.evaluate(names) == ["warned", "quiet-one", "<b>bad</b> & worse"]
    href = page.evaluate("document.querySelector('#articles a').getAttribute('href')")
    assert href == "warned-2.html"
