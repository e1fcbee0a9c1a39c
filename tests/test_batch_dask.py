"""`claimcheck batch --engine dask` on real local Dask clusters: killed part way, resumed on a cluster given by its
address, and the same reports as the local runner; Ctrl-C, time limits, bad addresses, a worker without the
verdict store."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.batch import JOURNAL, SUMMARY, LocalEngine, run_batch
from claimcheck.errors import ClaimcheckError
from claimcheck.settings import Settings

from conftest import WIKINEWS
from test_report import CLINIC_ARTICLE, PORT_ARTICLE
from test_workers import alive, children, wait_for

import distributed  # noqa: E402  the dask extra, which make install puts in: a missing one fails, never skips

CLAIMCHECK = Path(sys.executable).parent / "claimcheck"
MALFORMED = '{"id": "cut short", "text": "a record that never closes\n'


def _corpus(path: Path, count: int) -> list[str]:
    """The first `count` Wikinews articles, then a malformed line; their ids."""
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()[:count]
    path.write_text("\n".join(lines) + "\n" + MALFORMED, encoding="utf-8")
    return [json.loads(line)["id"] for line in lines]


def _reports(out: Path) -> dict[str, bytes]:
    """The article reports in `out` by name (files named after an article key, whatever the corpus files)."""
    keys = {entry["key"] for entry in json.loads((out / SUMMARY).read_text(encoding="utf-8"))["reports"]}
    return {p.name: p.read_bytes() for p in out.iterdir() if p.name.rsplit(".", 1)[0] in keys}


def _journaled(out: Path) -> set[str]:
    keys = set()
    if (out / JOURNAL).exists():
        for line in (out / JOURNAL).read_text(encoding="utf-8").splitlines():
            try:
                keys.add(json.loads(line)["key"])
            except (json.JSONDecodeError, KeyError):
                pass  # a line cut short by the kill
    return keys


@pytest.mark.slow
def test_a_killed_dask_batch_resumes_on_a_cluster_by_address_with_the_local_runners_reports(tmp_path, pipeline):
    corpus = tmp_path / "wikinews.jsonl"
    ids = _corpus(corpus, 30)
    out = tmp_path / "dask"
    command = [str(CLAIMCHECK), "batch", str(corpus), "--out", str(out), "-f", "json,html", "--fail-on", "never",
               "--engine", "dask"]

    # a LocalCluster of two workers started by the batch, killed with SIGKILL once the first reports are in
    first = subprocess.Popen([*command, "-j", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: _journaled(out) or first.poll() is not None, 240)
        assert first.poll() is None, first.stderr.read().decode()
        workers = children(first.pid)
    finally:
        first.kill()
        first.wait()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 20), "Dask workers outlived the killed batch"
    done_before = _journaled(out)
    kept = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name.rsplit(".", 1)[0] in done_before}
    assert 1 <= len(done_before) < len(ids) and len(kept) == 2 * len(done_before)

    # resumed on a cluster this test runs, given by its address: one worker with two threads
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        resumed = subprocess.run([*command, "--scheduler", cluster.scheduler_address], capture_output=True, text=True,
                                 timeout=600)
    assert resumed.returncode == 2, resumed.stderr  # the malformed line
    assert "Traceback" not in resumed.stderr
    summary = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    assert (summary["engine"], summary["workers"], summary["articles"], summary["failed"]) == ("dask", 1, 31, 1)
    assert summary["resumed"] == len(done_before) and summary["checked"] == len(ids) - len(done_before)
    assert summary["failures"][0]["id"].endswith("wikinews.jsonl:31")
    assert "malformed JSON" in summary["failures"][0]["error"]
    assert all((out / name).stat().st_mtime_ns == mtime for name, mtime in kept.items())  # not redone
    assert not list(out.glob(".*.tmp"))

    # the local runner over the same input: the same files, byte for byte, and the same summary but for timing
    local = run_batch([corpus], tmp_path / "local", formats=["json", "html"], engine=LocalEngine(1, pipeline))
    assert sorted(_reports(out)) == sorted(_reports(tmp_path / "local"))
    assert len(_reports(out)) == 2 * len(ids)
    assert _reports(out) == _reports(tmp_path / "local")
    expected = json.loads((tmp_path / "local" / SUMMARY).read_text(encoding="utf-8"))
    assert sorted(summary["reports"], key=lambda r: r["key"]) == sorted(expected["reports"], key=lambda r: r["key"])
    timing = {"out_dir", "engine", "workers", "checked", "resumed", "seconds", "articles_per_second", "reports"}
    assert {k: v for k, v in summary.items() if k not in timing} == {k: v for k, v in expected.items()
                                                                     if k not in timing}
    assert local.articles == 31 and local.failed == 1


def test_ctrl_c_while_the_local_cluster_starts_stops_the_batch_and_its_workers(tmp_path):
    corpus = tmp_path / "wikinews.jsonl"
    _corpus(corpus, 4)
    process = subprocess.Popen([str(CLAIMCHECK), "batch", str(corpus), "--out", str(tmp_path / "out"), "-f", "json",
                                "--engine", "dask", "-j", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        assert wait_for(lambda: len(children(process.pid)) >= 2, 60)  # the cluster is starting its workers
        workers = children(process.pid)
        os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
        code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    errors = process.stderr.read().decode()
    assert code == 130, errors
    assert "Traceback" not in errors and "KeyboardInterrupt" not in errors
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 20)


@pytest.mark.slow
def test_an_article_over_the_time_limit_fails_alone_and_its_worker_is_replaced(tmp_path):
    from claimcheck.batch_dask import DaskEngine

    long_article = "\n\n".join(f"Paragraph {i}. " + PORT_ARTICLE for i in range(300))  # over 10 s
    (tmp_path / "a-long.txt").write_text(long_article, encoding="utf-8")
    (tmp_path / "b-port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (tmp_path / "c-clinics.txt").write_text(CLINIC_ARTICLE, encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        before = set(client.run(os.getpid).values())
        summary = run_batch([tmp_path], tmp_path / "out", formats=["json"], settings=Settings(article_timeout=5),
                            engine=DaskEngine(cluster.scheduler_address))
        after = set(client.run(os.getpid).values())
    assert (summary.checked, summary.failed) == (2, 1), summary.failures
    assert summary.failures[0]["id"] == "a-long"
    assert "longer than the 5-second limit; raise --timeout" in summary.failures[0]["error"]
    assert sorted(r["id"] for r in summary.reports) == ["b-port", "c-clinics"]
    assert before and after and before.isdisjoint(after)  # the worker process running past the limit was replaced


def test_bad_engine_options_and_an_unreachable_scheduler_are_one_line_errors(tmp_path, monkeypatch):
    from claimcheck import batch_dask
    from claimcheck.api import run_corpus

    article = tmp_path / "port.txt"
    article.write_text(PORT_ARTICLE, encoding="utf-8")
    with pytest.raises(ClaimcheckError, match="needs --engine dask"):
        run_corpus([article], tmp_path / "out", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ClaimcheckError, match="--workers sizes the local Dask cluster"):
        run_corpus([article], tmp_path / "out", engine="dask", workers=2, scheduler="tcp://127.0.0.1:8786")
    monkeypatch.setattr(batch_dask, "CONNECT_SECONDS", 2)
    with pytest.raises(ClaimcheckError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9") as raised:
        run_corpus([article], tmp_path / "out", engine="dask", scheduler="tcp://127.0.0.1:9")
    assert "\n" not in str(raised.value)


def test_a_worker_without_the_verdict_store_fails_its_articles_instead_of_applying_none(tmp_path, pipeline):
    from claimcheck.review.store import open_store

    store = tmp_path / "verdicts.sqlite3"
    with open_store(store):
        pass
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "port.txt").write_text(PORT_ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "clinics.txt").write_text(CLINIC_ARTICLE, encoding="utf-8")

    class WorkerElsewhere:
        """This process checks, as a worker on a machine where the store's path does not exist."""

        name, workers = "elsewhere", 1

        def results(self, records, count, settings):
            store.rename(tmp_path / "moved.sqlite3")
            yield from LocalEngine(1, pipeline).results(records, count, settings)

    summary = run_batch([tmp_path / "in"], tmp_path / "out", formats=["json"], review_db=store,
                        engine=WorkerElsewhere())
    assert (summary.checked, summary.failed) == (0, 2)
    assert all(f"{store.resolve()}: the verdict store is not on this machine" in f["error"]
               for f in summary.failures)
