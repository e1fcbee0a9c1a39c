"""The corpus runner: bad articles, resuming after Ctrl-C and after a killed process, the process pool, the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.api import batch_exit_code
from claimcheck.batch import JOURNAL, SUMMARY, article_key, run_batch
from claimcheck.errors import ExitCode
from claimcheck.ingest import from_text

from conftest import REFERENCE_ARTICLE, WIKINEWS
from test_report import CLINIC_ARTICLE, PORT_ARTICLE
from test_workers import alive, children, wait_for

CLAIMCHECK = Path(sys.executable).parent / "claimcheck"


def _reports(out: Path, suffix: str = ".json") -> dict[str, tuple[int, int]]:
    """Report files by name, with inode and modification time to tell a kept file from a rewritten one."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob(f"*{suffix}") if p.name != SUMMARY}


def _journal_keys(out: Path) -> set[str]:
    keys = set()
    for line in (out / JOURNAL).read_text(encoding="utf-8").splitlines():
        try:
            keys.add(json.loads(line)["key"])
        except (json.JSONDecodeError, KeyError):
            pass  # a line cut short by the kill
    return keys


def _wikinews_subset(path: Path, count: int) -> list[str]:
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:count]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [json.loads(line)["id"] for line in lines]


def test_bad_articles_are_listed_and_the_good_ones_still_get_reports(tmp_path, pipeline):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (corpus / "reference.txt").write_bytes(REFERENCE_ARTICLE.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "feed.jsonl").write_text(
        json.dumps({"id": "clinics", "text": CLINIC_ARTICLE}) + "\n"
        + '{"id": "cut", "text": "never closed\n'
        + json.dumps({"id": "no-text", "title": "headline only"}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    summary = run_batch([corpus], out, formats=["json", "markdown"], workers=1, pipeline=pipeline)

    assert (summary.articles, summary.failed, summary.checked) == (7, 4, 3), summary.failures
    reasons = {f["id"]: f["error"] for f in summary.failures}
    assert set(reasons) == {"empty", "binary", "no-text"} | {k for k in reasons if k.endswith("feed.jsonl:2")}
    assert "malformed JSON" in next(v for k, v in reasons.items() if k.endswith(":2"))
    assert "empty" in reasons["empty"] and "text" in reasons["no-text"]
    assert len(_reports(out, ".json")) == len(_reports(out, ".md")) == 3
    on_disk = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    assert on_disk["failed"] == 4 and len(on_disk["reports"]) == 3
    for entry in on_disk["reports"]:
        report = json.loads((out / entry["files"]["json"]).read_text(encoding="utf-8"))
        assert report["meta"]["id"] == entry["id"]
        assert entry["quotes"] == len(report["quotes"]) and entry["claims"] == len(report["claims"])
    assert batch_exit_code(summary, "never") == ExitCode.ERROR


def test_interrupted_batch_resumes_without_redoing_finished_articles(tmp_path, pipeline):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (corpus / "clinics.txt").write_text(CLINIC_ARTICLE, encoding="utf-8")
    (corpus / "reference.txt").write_bytes(REFERENCE_ARTICLE.read_bytes())
    out = tmp_path / "out"

    class CtrlCAfterFirst:
        def start(self, total, done):
            assert (total, done) == (3, 0)

        def advance(self, result):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([corpus], out, formats=["json"], workers=1, pipeline=pipeline, progress=CtrlCAfterFirst())
    first = _reports(out)
    assert len(first) == 1
    assert json.loads((out / SUMMARY).read_text(encoding="utf-8"))["interrupted"] is True

    summary = run_batch([corpus], out, formats=["json"], workers=1, pipeline=pipeline)
    assert (summary.resumed, summary.checked, summary.failed) == (1, 2, 0)
    after = _reports(out)
    assert len(after) == 3 and all(after[name] == first[name] for name in first)

    # a deleted report is redone, alone
    (out / next(iter(first))).unlink()
    again = run_batch([corpus], out, formats=["json"], workers=1, pipeline=pipeline)
    assert (again.resumed, again.checked) == (2, 1)
    # an edited article is a new article: its content hash changes its key
    (corpus / "clinics.txt").write_text(CLINIC_ARTICLE.replace("14 clinics", "15 clinics"), encoding="utf-8")
    edited = run_batch([corpus], out, formats=["json"], workers=1, pipeline=pipeline)
    assert (edited.resumed, edited.checked) == (2, 1)


@pytest.mark.slow
def test_killed_batch_process_loses_nothing_and_the_pool_finishes_the_rest(tmp_path):
    corpus = tmp_path / "wikinews.jsonl"
    ids = _wikinews_subset(corpus, 12)
    out = tmp_path / "out"
    command = [str(CLAIMCHECK), "batch", str(corpus), "--out", str(out), "-f", "json", "--fail-on", "never"]
    process = subprocess.Popen([*command, "-j", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _reports(out) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, process.stderr.read().decode()
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    done_before = _journal_keys(out)
    kept = {name: stat for name, stat in _reports(out).items() if name[: -len(".json")] in done_before}
    assert 1 <= len(kept) < len(ids)

    finished = subprocess.run([*command, "-j", "2"], capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    summary = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    assert summary["workers"] == 2 and summary["failed"] == 0
    assert summary["resumed"] == len(done_before) and summary["resumed"] + summary["checked"] == len(ids)
    assert sorted(r["id"] for r in summary["reports"]) == sorted(ids)
    after = _reports(out)
    assert len(after) == len(ids)
    assert all(after[name] == stat for name, stat in kept.items())  # finished reports were not recomputed
    assert not list(out.glob(".*.tmp"))
    assert "Flags by rule" in finished.stdout or summary["flags"] == 0
    assert "articles" in finished.stdout and str(len(ids)) in finished.stdout


def test_batch_command_refuses_missing_inputs_and_bad_formats_with_one_line(tmp_path):
    missing = subprocess.run([str(CLAIMCHECK), "batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0 and "no such file" in missing.stderr
    bad = subprocess.run([str(CLAIMCHECK), "batch", str(REFERENCE_ARTICLE), "--out", str(tmp_path / "o"),
                          "-f", "json,pdf"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "unknown report format 'pdf'" in bad.stderr


def test_article_keys_are_safe_file_names_and_follow_the_content():
    a = from_text(PORT_ARTICLE, id="../../etc/passwd: a/b")
    b = from_text(PORT_ARTICLE.replace("$5.5", "$5.6"), id="../../etc/passwd: a/b")
    assert "/" not in article_key(a) and not article_key(a).startswith(".")
    assert article_key(a) != article_key(b)
    assert article_key(a) == article_key(from_text(PORT_ARTICLE, id="../../etc/passwd: a/b"))


def test_exit_code_gates_on_the_worst_open_flag():
    from claimcheck.batch import BatchSummary

    summary = BatchSummary(out_dir="x", formats=["json"], workers=1)
    summary.add({"status": "ok", "key": "a", "id": "a", "flags": 2, "flags_by_severity": {"warning": 1, "info": 1}})
    assert batch_exit_code(summary, "warning") == ExitCode.FINDINGS
    assert batch_exit_code(summary, "error") == ExitCode.OK
    assert batch_exit_code(summary, "never") == ExitCode.OK
    summary.add({"status": "failed", "id": "b", "error": "InputError: b: the article has no text"})
    assert batch_exit_code(summary, "never") == ExitCode.ERROR


def test_a_record_with_a_wrong_field_type_fails_alone_and_the_others_get_reports(tmp_path, pipeline):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id":"a","title":2019,"text":"x y"}\n' + json.dumps({"id": "port", "text": PORT_ARTICLE})
                    + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([feed], out, formats=["json"], workers=1, pipeline=pipeline)
    assert (summary.articles, summary.checked, summary.failed) == (2, 1, 1)
    assert summary.failures[0]["error"] == f"{feed}:1: `title` must be a string, not a number"
    assert len(_reports(out)) == 1 and json.loads((out / SUMMARY).read_text(encoding="utf-8"))["failed"] == 1


def test_a_damaged_verdict_store_stops_the_batch_before_any_article_is_checked(tmp_path):
    from claimcheck.review.store import StoreError

    damaged = tmp_path / "verdicts.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    checked = []

    class Counting:
        settings = None

        def __call__(self, doc):
            checked.append(doc.meta.id)

    (tmp_path / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    with pytest.raises(StoreError, match="verdict store") as raised:
        run_batch([tmp_path / "port.txt"], tmp_path / "out", workers=1, pipeline=Counting(), review_db=damaged)
    assert checked == [] and "\n" not in str(raised.value)


def test_an_article_over_the_time_limit_fails_alone(tmp_path, pipeline):
    from dataclasses import replace

    class SlowOnOne:
        """The real pipeline, except that the article saying SLOW-MARKER never finishes in time."""

        settings = replace(pipeline.settings, article_timeout=2)

        def __call__(self, doc):
            if "SLOW-MARKER" in doc.text:
                time.sleep(120)
            return pipeline(doc)

    (tmp_path / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (tmp_path / "slow.txt").write_text("SLOW-MARKER\n\n" + CLINIC_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([tmp_path], out, formats=["json"], workers=1, pipeline=SlowOnOne())
    assert (summary.checked, summary.failed) == (1, 1)
    assert summary.failures[0]["id"] == "slow" and "longer than the 2-second limit" in summary.failures[0]["error"]
    assert len(_reports(out)) == 1


@pytest.mark.slow
@pytest.mark.parametrize("when", ["starting", "working"])
def test_ctrl_c_stops_a_two_worker_batch_within_seconds(tmp_path, when):
    corpus = tmp_path / "wikinews.jsonl"
    _wikinews_subset(corpus, 40)
    out = tmp_path / "out"
    process = subprocess.Popen([str(CLAIMCHECK), "batch", str(corpus), "--out", str(out), "-f", "json", "-j", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        if when == "starting":  # both workers spawned and still loading their models
            assert wait_for(lambda: len(children(process.pid)) >= 2, 120)
            time.sleep(0.3)
            assert not _reports(out)
        else:
            deadline = time.monotonic() + 180
            while not _reports(out) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
        workers = children(process.pid)
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
        code = process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert code == 130, process.stderr.read().decode()
    assert "Traceback" not in process.stderr.read().decode()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10)


@pytest.mark.slow
def test_workers_of_a_batch_killed_with_sigkill_do_not_outlive_it(tmp_path):
    corpus = tmp_path / "wikinews.jsonl"
    _wikinews_subset(corpus, 40)
    process = subprocess.Popen([str(CLAIMCHECK), "batch", str(corpus), "--out", str(tmp_path / "out"), "-f", "json",
                                "-j", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: len(children(process.pid)) >= 2, 120)
        time.sleep(2)  # the workers are loading their models or checking
        workers = children(process.pid)
        assert len(workers) >= 2
    finally:
        process.kill()
        process.wait()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 20), "workers outlived the killed batch"
