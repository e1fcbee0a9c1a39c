"""`claimcheck batch --engine dask`: the articles checked by the workers of a Dask cluster (`claimcheck[dask]`).

With no scheduler address a `distributed.LocalCluster` is started on this machine: one worker process per
core, one thread each. With an address, the workers of that cluster check the articles; each needs claimcheck
and its models installed. Either way a worker plugin builds each worker process's Pipeline once, when the
worker joins, and reading the inputs and writing the reports and the journal stay with
`claimcheck.batch.run_batch` on this machine: workers need no shared file system (a verdict store excepted).

One task per article, never more than `IN_FLIGHT_PER_THREAD` per worker thread in flight: the driver submits
the next record as each result arrives, so it holds a bounded window of the corpus. An article over the time
limit is failed and its worker restarted (a thread cannot be stopped; the restart ends it); an article whose
workers kept dying is failed with Dask's reason; either way the others go on.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from contextlib import ExitStack
from itertools import islice
from multiprocessing import resource_tracker
from typing import Any, Iterator

from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, as_completed, get_worker

from claimcheck.batch import ensure_worker, failed_result, process_article
from claimcheck.errors import ClaimcheckError
from claimcheck.settings import Settings

IN_FLIGHT_PER_THREAD = 2  # tasks submitted per worker thread: every thread has its next article waiting
CONNECT_SECONDS = 20
_PLUGIN = "claimcheck-pipeline"
_one_at_a_time = threading.Lock()  # one article at a time per worker process, however many threads it has


class DaskEngine:
    """The workers of the Dask cluster at `scheduler`, or of a LocalCluster of `workers` processes (one per CPU)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None) -> None:
        if scheduler and workers:
            raise ClaimcheckError("--workers sizes the local Dask cluster; with --scheduler, the cluster's workers "
                                  "check the articles")
        self.scheduler = scheduler
        self.workers = 0 if scheduler else max(1, workers or os.cpu_count() or 1)

    def results(self, records: Iterator[dict[str, Any]], count: int, settings: Settings) -> Iterator[dict[str, Any]]:
        if not count:
            return
        limit = settings.article_timeout or None
        with ExitStack() as stack:
            client = self._connect(stack, count)
            _load(client, settings)
            threads = sum(w["nthreads"] for w in client.scheduler_info()["workers"].values())
            held: dict[str, dict[str, Any]] = {}  # the record of each task in flight, by task key
            done = as_completed()

            def submit(n: int) -> None:
                for record in islice(records, n):
                    future = client.submit(check_on_worker, record, settings, limit, pure=False)
                    held[future.key] = record
                    done.add(future)

            submit(IN_FLIGHT_PER_THREAD * max(1, threads))
            for future in done:
                result = _outcome(future, held.pop(future.key))
                future.release()
                stuck = result.pop("restart", None)
                if stuck:
                    client.restart_workers([stuck], raise_for_error=False)
                submit(1)
                yield result

    def _connect(self, stack: ExitStack, count: int) -> Client:
        """A client of the cluster at the address, or of a LocalCluster started here (closed with `stack`)."""
        try:
            if self.scheduler:
                client = stack.enter_context(Client(self.scheduler, timeout=CONNECT_SECONDS))
            else:
                client = stack.enter_context(Client(self._local_cluster(stack, count)))
        except OSError as exc:
            where = f"the Dask scheduler at {self.scheduler}" if self.scheduler else "a local Dask cluster"
            raise ClaimcheckError(f"cannot reach {where}: {_first_line(exc)}") from None
        self.workers = len(client.scheduler_info()["workers"])
        return client

    def _local_cluster(self, stack: ExitStack, count: int) -> LocalCluster:
        """A LocalCluster whose threads and worker processes never see Ctrl-C: this process closes them.

        SIGINT stays blocked in the threads the cluster starts, and so in the processes they spawn; a Ctrl-C
        meanwhile is raised once the cluster is in `stack`. multiprocessing's resource tracker is started first:
        starting it from a cluster thread would unblock SIGINT in that thread."""
        workers = min(self.workers, count)  # a worker costs a model load: never more than the work
        resource_tracker.ensure_running()
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            return stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                    dashboard_address=None, silence_logs=logging.ERROR))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)


class PipelinePlugin(WorkerPlugin):
    """Builds the worker process's Pipeline when the worker starts, so its first article does not wait for it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        ensure_worker(self.settings)


def check_on_worker(record: dict[str, Any], settings: Settings, limit: float | None) -> dict[str, Any]:
    """`process_article` on a Dask worker, failed after `limit` seconds with the worker's address to restart.

    The time counts from the article's start: one still running past its limit holds the process's lock
    until the restart ends it, and an article waiting for the lock is then run elsewhere."""
    started = threading.Event()
    box: dict[str, Any] = {}

    def check() -> None:
        with _one_at_a_time:
            started.set()
            try:
                ensure_worker(settings)  # the plugin built it, unless another batch on this cluster asked others
                box["result"] = process_article(record)
            except BaseException as exc:  # building the pipeline failed: the task's error, raised below
                box["error"] = exc

    if limit is None:
        check()
    else:
        thread = threading.Thread(target=check, daemon=True)
        thread.start()
        started.wait()
        thread.join(limit)
    if "error" in box:
        raise box["error"]
    if "result" in box:
        return box["result"]
    return {**failed_result(record, f"took longer than the {limit:g}-second limit", timed_out=True),
            "restart": get_worker().address}


def _load(client: Client, settings: Settings) -> None:
    """Build the Pipeline in every worker process now, and in any that joins later."""
    try:
        client.register_plugin(PipelinePlugin(settings), name=_PLUGIN)
    except Exception as exc:  # whatever a worker raised while loading: one line, not its traceback
        raise ClaimcheckError(f"a Dask worker could not build the pipeline: {_first_line(exc)}") from None


def _outcome(future: Future, record: dict[str, Any]) -> dict[str, Any]:
    """The task's result, or a failed result saying why it gave none."""
    if future.status == "finished":
        return future.result()
    if future.status == "cancelled":
        return failed_result(record, "the Dask cluster cancelled it", timed_out=False)
    error = future.exception()
    if isinstance(error, KilledWorker):
        return failed_result(record, "the Dask workers checking it died (out of memory?)", timed_out=False)
    return failed_result(record, f"the Dask task failed: {_first_line(error)}", timed_out=False)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}" if text else type(exc).__name__
