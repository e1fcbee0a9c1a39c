"""The corpus runner: check every article of files, directories and JSONL corpora, one report per article.

The unit of work is `process_article(record) -> result`: a record holds one ingested Document, the report
formats wanted and the verdict store to apply; the result holds the rendered reports and the article's counts,
or its error. It needs nothing but the record and builds its process's `Pipeline` on first use, so any pool of
processes can map it over a corpus with models loaded once per process.

An `Engine` is such a pool: it maps `process_article` over a stream of records and yields the results as they
finish. `LocalEngine` uses this machine: a `claimcheck.workers.WorkerPool` (one Pipeline per worker, built by
its initializer; workers die with this process and on Ctrl-C), or this process for one worker.
`claimcheck.batch_dask.DaskEngine` uses the workers of a Dask cluster.

`run_batch` does the rest, whatever the engine. It reads the inputs once to count the articles and find those
already done, then again a record at a time as the engine asks for work (so no engine holds the whole corpus),
writes each article's reports atomically as its result arrives and appends its counts to a journal in the
output folder. A rerun after Ctrl-C or a killed process therefore redoes nothing that finished. An article that
cannot be read or checked, or takes longer than the `article_timeout` setting, is recorded with its error and
never stops the others. `summary.json` totals the corpus.
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
from claimcheck.batch_outputs import write_corpus_files
from claimcheck.document import SEVERITY_RANK, Document
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.ingest import iter_path
from claimcheck.report import SUFFIXES, parse_formats, render
from claimcheck.review.store import check_store, default_db_path
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
    """The input of `process_article` for one ingested Document; `review_db` is the verdict store to apply
    (None: none)."""
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


def ensure_worker(settings: Settings, threads: int | None = None) -> None:
    """`init_worker` unless this process already holds a Pipeline with these settings."""
    if "pipeline" not in _worker or _worker["pipeline"].settings != settings:
        init_worker(settings, threads)


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
        if record.get("review_db"):
            _apply_review(doc, Path(record["review_db"]))
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


class Engine(Protocol):
    """Where the articles are checked: a pool of processes that each hold a Pipeline."""

    name: str
    workers: int  # processes checking articles (for the summary)

    def results(self, records: Iterator[dict[str, Any]], count: int, settings: Settings) -> Iterator[dict[str, Any]]:
        """`process_article` over the `count` records, with a Pipeline built from `settings`, in completion order.

        `records` is read only as fast as the work goes. An article that gives no result (over the time limit,
        its process lost) yields a `failed_result`. Closing the iterator stops the work at once."""


class LocalEngine:
    """This machine: a pool of `workers` processes (default: one per CPU), or this process for one."""

    name = "local"

    def __init__(self, workers: int | None = None, pipeline: Any = None) -> None:
        """`pipeline`, when given, checks the articles when there is one worker."""
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.pipeline = pipeline

    def results(self, records: Iterator[dict[str, Any]], count: int, settings: Settings) -> Iterator[dict[str, Any]]:
        if not count:
            return
        workers = min(self.workers, count)  # starting a worker costs a model load: never more than the work
        limit = settings.article_timeout or None
        if workers == 1:
            if self.pipeline is not None:
                _worker["pipeline"] = self.pipeline
            else:
                ensure_worker(settings)
            for record in records:
                yield _in_process(record, limit)
            return
        threads = max(1, (os.cpu_count() or 1) // workers)
        with WorkerPool(workers, process_article, initializer=init_worker, initargs=(settings, threads),
                        timeout=limit) as pool:
            for result in pool.results(records):
                if isinstance(result, TaskFailure):
                    yield failed_result(result.item, result.reason, result.timed_out)
                else:
                    yield result


@dataclass
class BatchSummary:
    """What a batch did, over every article of the inputs, including those finished by earlier runs."""

    out_dir: str
    formats: list[str]
    workers: int
    engine: str = "local"
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
              review_db: str | Path | None = None, engine: Engine | None = None) -> BatchSummary:
    """Check every article of `inputs` into `out_dir`, resuming where an earlier run stopped.

    `engine` checks the articles (default: `LocalEngine(workers, pipeline)`: `workers` processes, by default one
    per CPU; with one, this process, by `pipeline` when given). Flags get their review status from the verdict
    store `review_db` (else the user's default store, when one exists), as in `claimcheck report`.
    """
    settings = pipeline.settings if pipeline is not None else settings or Settings()
    formats = parse_formats(",".join(formats))
    engine = engine if engine is not None else LocalEngine(workers, pipeline)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClaimcheckError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    _remove_stale_temporaries(out)
    check_store(review_db)  # a corrupt store fails the batch now, not every article after its pipeline ran
    store = _existing_store(review_db)
    journal = _read_journal(out / JOURNAL)

    summary = BatchSummary(out_dir=str(out), formats=formats, workers=engine.workers, engine=engine.name)
    todo: set[str] = set()
    for record in _records(inputs, settings.max_bytes, formats, store):
        if "error" in record:
            summary.add(record)
            continue
        earlier = journal.get(record["key"])
        files = _files(record["key"], formats)
        if earlier is not None and all((out / name).exists() for name in files.values()):
            summary.add({**earlier, "files": files}, resumed=True)
        else:
            todo.add(record["key"])

    started = time.perf_counter()
    if progress is not None:
        progress.start(summary.articles + len(todo), summary.articles)
    try:
        results = engine.results(_pending(inputs, settings.max_bytes, formats, store, todo), len(todo), settings)
        with open(out / JOURNAL, "a", encoding="utf-8") as journal_file, closing(results):  # stop the work at once
            for result in results:
                _save(out, result, journal_file)
                summary.add(result)
                if progress is not None:
                    progress.advance(result)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        summary.workers = engine.workers
        summary.seconds = round(time.perf_counter() - started, 3)
        write_atomic(out / SUMMARY, json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
        write_corpus_files(out, summary.to_dict(), write_atomic)
    return summary


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the whole new one, never a part."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{_TMP_SUFFIX}")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _records(inputs: Iterable[str | Path], max_bytes: int, formats: list[str],
             store: str | None) -> Iterator[dict[str, Any]]:
    """A record per article of the inputs, each key once, or a failed result for one that cannot be read."""
    seen: set[str] = set()
    for path in inputs:
        for item in iter_path(Path(path), max_bytes):
            if item.error is not None:
                yield {"id": item.id, "status": "failed", "error": str(item.error)}
                continue
            record = make_record(item.document, formats, store)
            if record["key"] not in seen:
                seen.add(record["key"])
                yield record


def _pending(inputs: Iterable[str | Path], max_bytes: int, formats: list[str], store: str | None,
             todo: set[str]) -> Iterator[dict[str, Any]]:
    """The records whose keys are in `todo`, read again from the inputs one at a time."""
    for record in _records(inputs, max_bytes, formats, store):
        if record.get("key") in todo:
            todo.discard(record["key"])
            yield record


def _existing_store(review_db: str | Path | None) -> str | None:
    """The absolute path of the verdict store that applies (`review_db`, else the default one), if it exists."""
    path = Path(review_db).expanduser() if review_db else default_db_path()
    return str(path.resolve()) if path.exists() else None


def _apply_review(doc: Document, store: Path) -> None:
    """The verdicts of `store`, which must be there: a worker on another machine may lack it."""
    if not store.exists():
        raise InputError(f"{store}: the verdict store is not on this machine (every worker needs it at this path)")
    apply_review(doc, store)


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
        return failed_result(record, f"took longer than the {limit:g}-second limit", timed_out=True)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def failed_result(record: dict[str, Any], reason: str, timed_out: bool) -> dict[str, Any]:
    """The result of an article that gave none, with what to do about it."""
    advice = "raise --timeout (article_timeout) to allow more" if timed_out else "rerun to retry"
    return {"key": record["key"], "id": record["id"], "source": record.get("source"), "status": "failed",
            "error": f"{reason}; {advice}"}
