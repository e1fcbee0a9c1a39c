"""`claimcheck review` in the terminal (typer's runner and a real pseudo-terminal), crash safety, reports
reading the verdicts, and `claimcheck verdicts export|import`."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.document import Document, document_to_dict
from claimcheck.errors import InputError
from claimcheck.ingest import from_text, read_article
from claimcheck.review.store import VerdictStore, apply_verdicts
from claimcheck.review.terminal import HIGHLIGHT_STYLE, evidence_in_context

from conftest import REFERENCE_ARTICLE, ROOT
from test_review_store import WRITTEN, flag_on, gold_flagged, gold_with_flags, money_flag


def harbour_doc() -> Document:
    doc = from_text(WRITTEN, id="harbour", source="harbour.txt")
    doc.flags = [
        flag_on(doc, "CC101", ["$48 million", "$52 million"], "The dredging plan is given two costs."),
        flag_on(doc, "CC201", ["1.2 million cubic metres"], "An implausible volume of silt."),
        flag_on(doc, "CC104", ["1998"], "The last deepening is dated twice."),
    ]
    return doc


def save_report(doc: Document, path: Path) -> Path:
    path.write_text(json.dumps(document_to_dict(doc)), encoding="utf-8")
    return path


def review(*args: str, input: str):
    return CliRunner().invoke(app, ["review", *args], input=input)


def test_terminal_review_walks_each_open_flag_and_remembers_the_answers(tmp_path):
    report, db = save_report(harbour_doc(), tmp_path / "harbour.json"), tmp_path / "v.sqlite3"
    first = review(str(report), "--db", str(db), "--user", "ana", input="c\nd\nthe archive confirms 1.2m\ns\n")
    assert first.exit_code == 0, first.output
    for message in ("The dredging plan is given two costs.", "An implausible volume of silt.", "dated twice"):
        assert message in first.output
    assert "approved a $48 million plan" in first.output  # the evidence is shown in its context
    assert "1 confirmed, 1 dismissed, 1 skipped, 0 not reached" in first.output
    with VerdictStore(db) as store:
        saved = {v.rule: v for v in store.all()}
    assert saved["CC101"].verdict == "confirmed" and saved["CC101"].user == "ana"
    assert saved["CC201"].verdict == "dismissed" and saved["CC201"].reason == "the archive confirms 1.2m"
    second = review(str(report), "--db", str(db), input="q\n")  # only the skipped flag is still open
    assert "Reviewing 1 flags" in second.output and "dated twice" in second.output
    assert "two costs" not in second.output
    again = review(str(report), "--db", str(db), "--again", input="q\n")
    assert "Reviewing 3 flags" in again.output and "(already confirmed)" in again.output


def test_an_unknown_answer_is_asked_again_and_quit_leaves_the_rest_open(tmp_path):
    report, db = save_report(harbour_doc(), tmp_path / "h.json"), tmp_path / "v.sqlite3"
    result = review(str(report), "--db", str(db), input="x\nd\n\nq\n")
    assert result.exit_code == 0, result.output
    assert "not one of" in result.output  # click's message for a bad choice
    assert "0 confirmed, 1 dismissed, 0 skipped, 2 not reached" in result.output
    with VerdictStore(db) as store:
        assert [(v.rule, v.reason) for v in store.all()] == [("CC101", None)]


def test_input_ending_mid_review_keeps_what_was_answered(tmp_path):
    report, db = save_report(harbour_doc(), tmp_path / "h.json"), tmp_path / "v.sqlite3"
    result = review(str(report), "--db", str(db), input="c\n")
    assert result.exit_code != 0 and "every answer given is saved" in result.output
    with VerdictStore(db) as store:
        assert [v.verdict for v in store.all()] == ["confirmed"]


def test_an_article_without_flags_says_so(tmp_path):
    doc = from_text(WRITTEN, id="harbour", source="harbour.txt")
    doc.flags = []
    result = review(str(save_report(doc, tmp_path / "h.json")), "--db", str(tmp_path / "v.sqlite3"), input="")
    assert result.exit_code == 0 and "No flags to review." in result.output


def test_a_file_that_is_not_a_report_is_refused(tmp_path):
    bad = tmp_path / "other.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    result = review(str(bad), "--db", str(tmp_path / "v.sqlite3"), input="")
    assert isinstance(result.exception, InputError) and "not a claimcheck JSON report" in str(result.exception)


@pytest.mark.parametrize("stem", gold_with_flags()[:3])
def test_evidence_is_highlighted_exactly_in_its_context(stem):
    doc = gold_flagged(stem)
    for flag in doc.flags:
        passages = evidence_in_context(doc, flag)
        highlighted = []
        for span, text in passages:
            lead = 1 if text.plain.startswith("…") else 0
            for part in text.spans:
                assert part.style == HIGHLIGHT_STYLE
                start = span.start + part.start - lead
                highlighted.append(doc.text[start:span.start + part.end - lead])
        assert sorted(highlighted) == sorted(e.text for e in flag.evidence)


def test_context_of_a_long_paragraph_is_clipped_around_the_evidence():
    doc = from_text(REFERENCE_ARTICLE.read_text(encoding="utf-8"), id="reference")
    flag = money_flag(doc)
    for span, text in evidence_in_context(doc, flag):
        assert len(text.plain) <= 2 * 160 + max(len(e.text) for e in flag.evidence) + 2
        assert any(e.text in text.plain for e in flag.evidence)


# --- a real terminal: the command in a pseudo-terminal, killed or interrupted mid-review -----------------------

def read_until(fd: int, pattern: str, timeout: float = 60.0) -> str:
    """Read the pseudo-terminal until `pattern` (a regex) shows up in the output, ANSI codes stripped."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode("utf-8", "replace"))
            if re.search(pattern, plain):
                return plain
    raise AssertionError(f"{pattern!r} never appeared; got {seen[-2000:]!r}")


def start_in_pty(*args: str) -> tuple[subprocess.Popen, int]:
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", "review", *args], stdin=follower,
                               stdout=follower, stderr=follower, cwd=ROOT, env=env, start_new_session=True,
                               preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))  # the pty controls it
    os.close(follower)
    return process, leader


@pytest.mark.parametrize("how", ["killed", "ctrl-c"])
def test_a_crash_or_ctrl_c_mid_review_loses_no_answer(tmp_path, how):
    report, db = save_report(harbour_doc(), tmp_path / "h.json"), tmp_path / "v.sqlite3"
    process, terminal = start_in_pty(str(report), "--db", str(db), "--user", "ben")
    try:
        screen = read_until(terminal, r"\[c\]onfirm")
        assert "$48 million" in screen
        os.write(terminal, b"d\n")
        read_until(terminal, r"Reason")
        os.write(terminal, b"two budgets, both right\n")
        read_until(terminal, r"\[2/3\][\s\S]*\[c\]onfirm")
        if how == "killed":
            process.send_signal(signal.SIGKILL)
            assert process.wait(timeout=30) == -signal.SIGKILL
        else:
            # The prompt is on screen a moment before readline waits for a key; a SIGINT in between is only
            # raised at the next key, so press Ctrl-C as a person would, once the prompt is waiting.
            time.sleep(0.5)
            os.write(terminal, b"\x03")  # the terminal turns Ctrl-C into SIGINT
            tail = read_until(terminal, r"every answer given is saved")
            assert "1 dismissed" in tail
            assert process.wait(timeout=30) == 130
    finally:
        if process.poll() is None:
            process.kill()
        os.close(terminal)
    with VerdictStore(db) as store:
        assert [(v.rule, v.verdict, v.reason, v.user) for v in store.all()] == [
            ("CC101", "dismissed", "two budgets, both right", "ben")]


# --- reports read the verdicts -------------------------------------------------------------------------------

class MoneyFlags:
    """A stand-in checks stage: a conflicting-amount flag on the first two money amounts of any article."""

    def __call__(self, doc: Document) -> None:
        doc.flags = [money_flag(doc)]


def test_reports_hide_dismissed_flags_and_list_them_with_all(tmp_path, monkeypatch):
    import claimcheck.pipeline

    monkeypatch.setattr(claimcheck.pipeline, "default_stages", lambda resources: [MoneyFlags()])
    article = tmp_path / "harbour.txt"
    article.write_text(WRITTEN, encoding="utf-8")
    db = tmp_path / "v.sqlite3"
    before = CliRunner().invoke(app, ["report", str(article), "--db", str(db)])
    assert before.exit_code == 1 and "CC101" in before.output, before.output
    doc = read_article(article)
    MoneyFlags()(doc)
    with VerdictStore(db) as store:
        store.record(doc, doc.flags[0], "dismissed", reason="fees were added later", user="ana")
    after = CliRunner().invoke(app, ["report", str(article), "--db", str(db)])
    assert after.exit_code == 0 and "CC101" not in after.output, after.output
    shown = CliRunner().invoke(app, ["report", str(article), "--db", str(db), "--all"])
    assert "Dismissed in review (1)" in shown.output and "fees were added later" in shown.output
    assert "by ana" in shown.output
    as_json = CliRunner().invoke(app, ["report", str(article), "--db", str(db), "-f", "json"])
    assert [f["status"] for f in json.loads(as_json.output)["flags"]] == ["dismissed"]
    edited = WRITTEN.replace("once disposal fees are included", "once disposal fees and a contingency are included")
    article.write_text(edited, encoding="utf-8")
    assert CliRunner().invoke(app, ["report", str(article), "--db", str(db)]).exit_code == 0


def test_verdicts_export_and_import_between_two_stores(tmp_path):
    doc = harbour_doc()
    with VerdictStore(tmp_path / "ana.sqlite3") as ana:
        ana.record(doc, doc.flags[0], "dismissed", reason="fees", user="ana")
        ana.record(doc, doc.flags[1], "confirmed", user="ana")
    shared = tmp_path / "team.json"
    exported = CliRunner().invoke(app, ["verdicts", "export", "--db", str(tmp_path / "ana.sqlite3"), "-o", str(shared)])
    assert exported.exit_code == 0, exported.output
    imported = CliRunner().invoke(app, ["verdicts", "import", str(shared), "--db", str(tmp_path / "ben.sqlite3")])
    assert imported.exit_code == 0 and "2 added, 0 updated, 0 kept" in imported.output
    with VerdictStore(tmp_path / "ben.sqlite3") as ben:
        apply_verdicts(doc, ben)
    assert [f.status for f in doc.flags] == ["dismissed", "confirmed", "open"]
    stdout = CliRunner().invoke(app, ["verdicts", "export", "--db", str(tmp_path / "ben.sqlite3")])
    assert json.loads(stdout.output)["verdicts"] == json.loads(shared.read_text())["verdicts"]


def test_importing_a_bad_file_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "team.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "claimcheck", "verdicts", "import", str(bad), "--db",
                             str(tmp_path / "v.sqlite3")], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and "not a claimcheck verdicts export" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_reviewing_an_article_file_runs_the_pipeline_and_the_report_agrees(tmp_path, monkeypatch):
    import claimcheck.pipeline

    monkeypatch.setattr(claimcheck.pipeline, "default_stages", lambda resources: [MoneyFlags()])
    article = tmp_path / "reference.txt"
    article.write_text(REFERENCE_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "v.sqlite3"
    reviewed = review(str(article), "--db", str(db), input="d\nseparate contracts\n")
    assert reviewed.exit_code == 0 and "0 confirmed, 1 dismissed" in reviewed.output, reviewed.output
    report = CliRunner().invoke(app, ["report", str(article), "--db", str(db), "--all"])
    assert report.exit_code == 0 and "separate contracts" in report.output, report.output
