"""The corpus runner: check every article of files, directories and JSONL corpora, one report per article.

The unit of work is `process_article(record) -> result`: a record holds one ingested Document and the report
formats wanted; the result holds the rendered reports and the article's counts, or its error. It needs nothing
but the record and builds its worker's `Pipeline` on first use, so a process pool here, or Ray and Dask on a
cluster, can map it over a corpus with models loaded once per worker.

`run_batch` does the rest on one machine. It reads the inputs, skips articles already done, runs the others
in a `claimcheck.workers.WorkerPool` (one Pipeline per worker, built by its initializer; workers die with this
process and on Ctrl-C) or in-process for one worker, writes each article's reports atomically as it completes
and appends its counts to a journal in the output folder. A rerun after Ctrl-C or a killed process therefore
redoes nothing that finished. An article that cannot be read or checked, or takes longer than the
`article_timeout` setting, is recorded with its error and never stops the others. `summary.json` totals the
corpus.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import threading
import time
import traceback
from collections import Counter
from contextlib import closing
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

from claimcheck.api import apply_review
from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.errors import ClaimcheckError
from claimcheck.ingest import iter_path
from claimcheck.report import SUFFIXES, parse_formats, render
from claimcheck.review.store import check_store
from claimcheck.settings import Settings
from claimcheck.workers import TaskFailure, WorkerPool

JOURNAL = ".claimcheck-batch.jsonl"  # one line per finished article, in the output folder
SUMMARY = "summary.json"
_TMP_SUFFIX = ".tmp"
_worker: dict[str, Any] = {}  # this process's Pipeline, built once


def article_key(doc: Document) -> str:
    """A file-name-safe key from the article id and a hash of its text: stable across runs, unique per content."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", doc.meta.id).strip(".-")[:60] or "article"
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:12]
    return f"{safe}-{digest}"


def make_record(doc: Document, formats: Iterable[str], review_db: str | None = None) -> dict[str, Any]:
    """The input of `process_article` for one ingested Document; `review_db` is a verdict store to apply."""
    return {"key": article_key(doc), "id": doc.meta.id, "source": doc.meta.source, "document": doc,
            "formats": list(formats), "review_db": review_db}


def init_worker(settings: Settings | None = None, threads: int | None = None) -> None:
    """Build this process's Pipeline and load its models now, limiting math libraries to `threads` threads."""
    if threads:
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            os.environ[name] = str(threads)
    from claimcheck.pipeline import Pipeline

    pipeline = Pipeline(settings)
    pipeline.stages  # creating the stages loads the models they hold
    _worker["pipeline"] = pipeline


def process_article(record: dict[str, Any]) -> dict[str, Any]:
    """Run the pipeline over one record and render its reports; any error is returned, not raised."""
    if "pipeline" not in _worker:
        init_worker()
    doc: Document = record["document"]
    result: dict[str, Any] = {"key": record["key"], "id": record["id"], "source": record.get("source"),
                              "words": len(doc.text.split())}
    started = time.perf_counter()
    try:
        _worker["pipeline"](doc)
        apply_review(doc, Path(record["review_db"]) if record.get("review_db") else None)
        result["reports"] = {fmt: render(doc, fmt, color=False) for fmt in record["formats"]}
    except Exception as exc:  # one bad article must not stop the batch: report it instead
        result.update(status="failed", error=f"{type(exc).__name__}: {exc}".splitlines()[0],
                      traceback=traceback.format_exc(limit=-4))
        return result
    flags = doc.open_flags()
    result.update(
        status="ok",
        seconds=round(time.perf_counter() - started, 4),
        quotes=len(doc.quotes or []),
        claims=len(doc.claims or []),
        flags=len(flags),
        flags_by_rule=dict(Counter(f.id for f in flags)),
        flags_by_severity=dict(Counter(f.severity for f in flags)),
    )
    return result


class BatchProgress(Protocol):
    """What `run_batch` tells a progress display."""

    def start(self, total: int, done: int) -> None:
        """`total` articles found, `done` of them finished by an earlier run."""

    def advance(self, result: dict[str, Any]) -> None:
        """One article finished (or failed)."""


@dataclass
class BatchSummary:
    """What a batch did, over every article of the inputs, including those finished by earlier runs."""

    out_dir: str
    formats: list[str]
    workers: int
    articles: int = 0
    checked: int = 0  # by this run
    resumed: int = 0  # finished by an earlier run and skipped
    failed: int = 0
    words: int = 0
    quotes: int = 0
    claims: int = 0
    flags: int = 0
    flags_by_rule: dict[str, int] = field(default_factory=dict)
    flags_by_severity: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[dict[str, Any]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: dict[str, Any], *, resumed: bool = False) -> None:
        """Count one finished or failed article."""
        self.articles += 1
        if result.get("status") != "ok":
            self.failed += 1
            self.failures.append({k: result.get(k) for k in ("id", "source", "error", "traceback") if result.get(k)})
            return
        self.resumed += resumed
        self.checked += not resumed
        self.words += result.get("words", 0)
        for name in ("quotes", "claims", "flags"):
            setattr(self, name, getattr(self, name) + result.get(name, 0))
        for name in ("flags_by_rule", "flags_by_severity"):
            totals = Counter(getattr(self, name))
            totals.update(result.get(name, {}))
            setattr(self, name, dict(sorted(totals.items())))
        self.reports.append({k: result.get(k) for k in ("id", "key", "source", "files", "quotes", "claims", "flags",
                                                          "flags_by_rule", "flags_by_severity")})

    def max_severity(self) -> str | None:
        """The most severe open flag over the corpus, or None."""
        return max(self.flags_by_severity, key=lambda s: SEVERITY_RANK.get(s, -1), default=None)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for summary.json."""
        data = asdict(self)
        data["articles_per_second"] = round(self.checked / self.seconds, 3) if self.seconds else None
        return data


def run_batch(inputs: Iterable[str | Path], out_dir: str | Path, *, formats: Iterable[str] = ("json", "html"),
              workers: int | None = None, settings: Settings | None = None,
              progress: BatchProgress | None = None, pipeline: Any = None,
              review_db: str | Path | None = None) -> BatchSummary:
    """Check every article of `inputs` into `out_dir`, resuming where an earlier run stopped.

    `workers` processes share the work (default: one per CPU); with one, the articles are checked in this
    process, by `pipeline` when given. Flags get their review status from the verdict store `review_db` (else
    the user's default store, when one exists), as in `claimcheck report`.
    """
    settings = pipeline.settings if pipeline is not None else settings or Settings()
    formats = parse_formats(",".join(formats))
    workers = max(1, workers or os.cpu_count() or 1)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClaimcheckError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    _remove_stale_temporaries(out)
    check_store(review_db)  # a corrupt store fails the batch now, not every article after its pipeline ran
    journal = _read_journal(out / JOURNAL)

    summary = BatchSummary(out_dir=str(out), formats=formats, workers=workers)
    todo: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in _ingest(inputs, settings.max_bytes):
        if item.error is not None:
            summary.add({"id": item.id, "status": "failed", "error": str(item.error)})
            continue
        record = make_record(item.document, formats, str(review_db) if review_db else None)
        if record["key"] in seen:
            continue
        seen.add(record["key"])
        earlier = journal.get(record["key"])
        if earlier is not None and all((out / name).exists() for name in _files(record["key"], formats).values()):
            summary.add({**earlier, "files": _files(record["key"], formats)}, resumed=True)
        else:
            todo.append(record)

    started = time.perf_counter()
    if progress is not None:
        progress.start(summary.articles + len(todo), summary.articles)
    try:
        results = _results(todo, workers, settings, pipeline)
        with open(out / JOURNAL, "a", encoding="utf-8") as journal_file, closing(results):  # stop the pool at once
            for result in results:
                _save(out, result, journal_file)
                summary.add(result)
                if progress is not None:
                    progress.advance(result)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        summary.seconds = round(time.perf_counter() - started, 3)
        write_atomic(out / SUMMARY, json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return summary


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the whole new one, never a part."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{_TMP_SUFFIX}")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _ingest(inputs: Iterable[str | Path], max_bytes: int) -> Iterator[Any]:
    for path in inputs:
        yield from iter_path(Path(path), max_bytes)


def _files(key: str, formats: list[str]) -> dict[str, str]:
    return {fmt: key + SUFFIXES[fmt] for fmt in formats}


def _save(out: Path, result: dict[str, Any], journal_file) -> None:
    """Write an article's reports, then journal it: a crash in between only redoes this article."""
    reports = result.pop("reports", None)
    if result.get("status") != "ok" or reports is None:
        return
    files = _files(result["key"], list(reports))
    for fmt, text in reports.items():
        write_atomic(out / files[fmt], text)
    result["files"] = files
    journal_file.write(json.dumps({k: v for k, v in result.items() if k != "files"}, ensure_ascii=False) + "\n")
    journal_file.flush()
    os.fsync(journal_file.fileno())


def _read_journal(path: Path) -> dict[str, dict[str, Any]]:
    """Finished articles by key; a line cut short by a killed process is ignored."""
    done: dict[str, dict[str, Any]] = {}
    if not path.exists():
        return done
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and entry.get("status") == "ok" and isinstance(entry.get("key"), str):
            done[entry["key"]] = entry
    return done


def _remove_stale_temporaries(out: Path) -> None:
    for tmp in out.glob(f".*{_TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)


def _results(records: list[dict[str, Any]], workers: int, settings: Settings,
             pipeline: Any) -> Iterator[dict[str, Any]]:
    """Results in completion order: in-process for one worker, else from a pool of `workers` processes."""
    if not records:
        return
    workers = min(workers, len(records))  # starting a worker costs a model load: never more than the work
    limit = settings.article_timeout or None
    if workers == 1:
        if pipeline is not None:
            _worker["pipeline"] = pipeline
        elif "pipeline" not in _worker or _worker["pipeline"].settings != settings:
            init_worker(settings)
        for record in records:
            yield _in_process(record, limit)
        return
    threads = max(1, (os.cpu_count() or 1) // workers)
    with WorkerPool(workers, process_article, initializer=init_worker, initargs=(settings, threads),
                    timeout=limit) as pool:
        for result in pool.results(records):
            yield _failed(result.item, result.reason, result.timed_out) if isinstance(result, TaskFailure) else result


class _TimeUp(BaseException):
    """Raised by the alarm in the middle of an article; a BaseException so no `except Exception` keeps it."""


def _in_process(record: dict[str, Any], limit: float | None) -> dict[str, Any]:
    """`process_article` in this process, stopped by an alarm after `limit` seconds (main thread only)."""
    if limit is None or threading.current_thread() is not threading.main_thread():
        return process_article(record)

    def time_up(_signum: int, _frame: Any) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return process_article(record)
    except _TimeUp:
        return _failed(record, f"took longer than the {limit:g}-second limit", timed_out=True)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _failed(record: dict[str, Any], reason: str, timed_out: bool) -> dict[str, Any]:
    """The result of an article that gave none, with what to do about it."""
    advice = "raise --timeout (article_timeout) to allow more" if timed_out else "rerun to retry"
    return {"key": record["key"], "id": record["id"], "source": record.get("source"), "status": "failed",
            "error": f"{reason}; {advice}"}
