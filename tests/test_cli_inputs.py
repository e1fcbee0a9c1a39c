"""`claimcheck report` end to end on standard input and on a URL served from 127.0.0.1, with SARIF out and
review verdicts in; and the spinner, which shows only on a terminal."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rich.console import Console

from claimcheck.cli.feedback import Feedback
from claimcheck.review.saved import read_saved_report
from claimcheck.review.store import VerdictStore

from conftest import ROOT
from test_sarif import validate

CLAIMCHECK = Path(sys.executable).parent / "claimcheck"
ARTICLE = """Ferry runs aground off the north coast

All passengers were taken off safely after the ferry hit a sandbank on Sunday, the coastguard said.

Of the 40 passengers, 25 were adults and 21 were children, according to the operator.
"""
PAGE = f"""<!DOCTYPE html><html><head><title>Ferry runs aground off the north coast</title></head><body>
<nav>Home | Local | Weather</nav><article><h1>Ferry runs aground off the north coast</h1>
{"".join(f"<p>{p}</p>" for p in ARTICLE.split(chr(10) * 2)[1:])}</article><footer>All rights reserved</footer>
</body></html>"""


def claimcheck(*args, stdin: str | None = None, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLAIMCHECK), *map(str, args)], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=600)


@pytest.mark.slow
def test_stdin_to_sarif_with_a_dismissed_flag_suppressed(tmp_path):
    db = tmp_path / "verdicts.sqlite3"
    first = claimcheck("report", "-", "-f", "json", "-o", "r.json", "--db", db, stdin=ARTICLE, cwd=tmp_path)
    assert first.returncode == 1 and first.stderr == ""  # an error flag is open; no spinner on a pipe
    doc = read_saved_report(tmp_path / "r.json")
    (flag,) = [f for f in doc.flags if f.id == "CC202"]
    with VerdictStore(db) as store:
        store.record(doc, flag, "dismissed", reason="the operator counted crew as children", user="ed")
    again = claimcheck("report", "-", "-f", "sarif", "--db", db, stdin=ARTICLE, cwd=tmp_path)
    assert again.returncode == 0, again.stderr  # the only error flag is dismissed
    log = json.loads(again.stdout)
    validate(log)
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CC202"]
    assert result["suppressions"][0]["status"] == "accepted"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert ARTICLE[region["charOffset"]:region["charOffset"] + region["charLength"]] == region["snippet"]["text"]
    terminal = claimcheck("report", "-", "--db", db, stdin=ARTICLE, cwd=tmp_path)
    assert "1 dismissed in review (use --all to list it)" in terminal.stderr
    assert "CC202" not in terminal.stdout.split("Quotes by speaker")[0]


@pytest.mark.slow
def test_a_url_is_fetched_extracted_and_checked(tmp_path):
    (tmp_path / "ferry.html").write_text(PAGE, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/ferry.html"
        done = claimcheck("report", url, "--verbose", "--fail-on", "never", cwd=tmp_path)
        missing = claimcheck("report", url.replace("ferry", "nope"), cwd=tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    assert "CC202 parts-exceed-total" in done.stdout and "All rights reserved" not in done.stdout
    assert url in done.stdout  # the source line names the URL
    steps = [line.split(maxsplit=1)[1] for line in done.stderr.splitlines()]
    assert steps == [f"reading {url}", "loading models", "checking", "done"]
    assert missing.returncode == 2 and "the server answered 404" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_review_of_standard_input_needs_the_web_page(tmp_path):
    done = claimcheck("review", "-", stdin=ARTICLE, cwd=tmp_path)
    assert done.returncode == 2 and "use --serve" in done.stderr


def test_the_spinner_names_each_step_on_a_terminal_only():
    screen = io.StringIO()
    with Feedback(console=Console(file=screen, force_terminal=True, width=80)) as feedback:
        feedback.step("loading models")
        feedback.step("checking")
    assert "loading models…" in screen.getvalue() and "checking…" in screen.getvalue()
    pipe = io.StringIO()
    with Feedback(console=Console(file=pipe, force_terminal=False)) as feedback:
        feedback.step("loading models")
        feedback.note("1 dismissed in review")
    assert pipe.getvalue() == "1 dismissed in review\n"
    quiet = io.StringIO()
    with Feedback(quiet=True, console=Console(file=quiet, force_terminal=True)) as feedback:
        feedback.step("loading models")
        feedback.note("1 dismissed in review")
    assert quiet.getvalue() == ""


@pytest.mark.slow
def test_the_pre_commit_hook_checks_every_file_it_is_given(tmp_path):
    """The hook's entry, run as pre-commit runs it (the files appended), reports each article and fails on a
    flag; an unreadable file is one error line and the others are still checked."""
    import re
    import shlex

    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("news/ferry.txt") and files.search("a.html") and not files.search("setup.py")
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "calm.txt").write_text("Library hours\n\nThe library opens at nine on weekdays.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    program, *args = shlex.split(hook["entry"])
    assert program == "claimcheck"
    done = claimcheck(*args, "ferry.txt", "empty.txt", "calm.txt", cwd=tmp_path)
    assert done.returncode == 2  # the unreadable file; a flag alone would give 1
    assert done.stderr.strip() == "error: empty.txt: the file is empty"
    assert "CC202 parts-exceed-total" in done.stdout and "Library hours" in done.stdout
    as_json = claimcheck(*args, "ferry.txt", "calm.txt", "-f", "json", cwd=tmp_path)
    assert as_json.returncode == 1
    assert [doc["meta"]["id"] for doc in json.loads(as_json.stdout)] == ["ferry", "calm"]
