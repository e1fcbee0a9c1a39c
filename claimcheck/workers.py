"""A pool of worker processes this process owns outright: killable one by one, and gone when it goes.

`concurrent.futures.ProcessPoolExecutor` cannot stop one task that runs too long, leaves its workers running
when the parent is killed, and can hang on Ctrl-C while its workers start. Here each worker is a spawned
process with its own pipe, doing one task at a time, so that:

- a task over `timeout` seconds is failed and its worker killed and replaced;
- a worker that dies (out of memory, killed) fails its task only, and is replaced;
- workers ignore Ctrl-C (ignored from their first instruction: a spawned program inherits an ignored signal, not a
  blocked one) and watch their parent's pid, exiting within a second of it going, even after `kill -9`;
- `close()` kills every worker at once: Ctrl-C in the parent, at any moment, ends the pool within seconds.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterable, Iterator

from claimcheck.errors import ClaimcheckError

_POLL_SECONDS = 0.5


class WorkerStartError(ClaimcheckError):
    """A worker process could not start (its initializer failed or it died while starting)."""


@dataclass
class TaskFailure:
    """A task that produced no result: it ran past the timeout, or its worker died."""

    item: Any
    reason: str
    timed_out: bool = False


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    item: Any = None
    started: float = 0.0


class WorkerPool:
    """`count` processes, each running `initializer(*initargs)` once and then `task(item)` per item."""

    def __init__(self, count: int, task: Callable[[Any], Any], *, initializer: Callable[..., None],
                 initargs: tuple = (), timeout: float | None = None) -> None:
        self.count = count
        self.task = task
        self.initializer = initializer
        self.initargs = initargs
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def results(self, items: Iterable[Any]) -> Iterator[Any]:
        """`task(item)` for every item, in completion order; a `TaskFailure` for each that gave no result."""
        queue = iter(items)
        pending = True
        while True:
            while pending and len(self._workers) < self.count:  # replace a lost worker only while work is left
                self._start()
            for worker in self._workers:
                if worker.ready and worker.item is None and pending:
                    pending = self._assign(worker, queue)
            if not pending and all(w.item is None for w in self._workers):
                return
            for worker in wait([w.conn for w in self._workers], timeout=self._wait_seconds()):
                yield from self._receive(self._owner(worker))
            yield from self._expire()

    def close(self) -> None:
        """Kill every worker now and reap it; nothing they hold is worth waiting for."""
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.process.kill()
        for worker in workers:
            worker.process.join(timeout=5)
            worker.conn.close()

    def _start(self) -> None:
        """Start one worker; it is in `_workers` (so `close` kills it) before any Ctrl-C can be raised here."""
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_worker_main, daemon=True, name="claimcheck-worker",
                                        args=(child, os.getpid(), self.initializer, self.initargs, self.task))
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # no Ctrl-C here while it starts
        # a spawned worker is a new program: an ignored signal stays ignored across exec, a blocked one need not stay
        # blocked, so the worker ignores Ctrl-C from its first instruction, before it has imported anything
        handler = signal.signal(signal.SIGINT, signal.SIG_IGN) if \
            threading.current_thread() is threading.main_thread() else None
        try:
            process.start()
            self._workers.append(_Worker(process, parent))
            child.close()
        finally:
            if handler is not None:
                signal.signal(signal.SIGINT, handler)
            signal.pthread_sigmask(signal.SIG_SETMASK, old)  # one pressed while the worker starts is dropped

    def _assign(self, worker: _Worker, queue: Iterator[Any]) -> bool:
        """Give `worker` the next item; False when there is none left."""
        for item in queue:
            worker.conn.send(item)
            worker.item, worker.started = item, time.monotonic()
            return True
        return False

    def _owner(self, conn: Any) -> _Worker:
        return next(w for w in self._workers if w.conn is conn)

    def _wait_seconds(self) -> float | None:
        if self.timeout is None:
            return None
        busy = [w.started + self.timeout for w in self._workers if w.item is not None]
        return max(0.0, min(busy) - time.monotonic()) if busy else None

    def _receive(self, worker: _Worker) -> Iterator[Any]:
        try:
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            yield from self._lost(worker, "the worker process died while checking it (out of memory?)", False)
            return
        if kind == "ready":
            worker.ready = True
        elif kind == "start-failed":
            raise WorkerStartError(value)
        else:
            worker.item = None
            yield value

    def _expire(self) -> Iterator[TaskFailure]:
        if self.timeout is None:
            return
        now = time.monotonic()
        for worker in [w for w in self._workers if w.item is not None and now - w.started >= self.timeout]:
            yield from self._lost(worker, f"took longer than the {self.timeout:g}-second limit", True)

    def _lost(self, worker: _Worker, reason: str, timed_out: bool) -> Iterator[TaskFailure]:
        """Kill and drop `worker` (a new one replaces it); fail the item it held."""
        self._workers.remove(worker)
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        if not worker.ready:
            raise WorkerStartError(f"a worker process died while starting (exit code {worker.process.exitcode})")
        if worker.item is not None:
            yield TaskFailure(worker.item, reason, timed_out)


def _worker_main(conn: Connection, parent_pid: int, initializer: Callable[..., None], initargs: tuple,
                 task: Callable[[Any], Any]) -> None:
    """A worker's life: ignore Ctrl-C, die with the parent, start, then answer one item at a time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    try:
        initializer(*initargs)
    except Exception as exc:  # the parent reports it: a worker that cannot start must not be retried forever
        conn.send(("start-failed", f"{type(exc).__name__}: {exc}".splitlines()[0]))
        return
    conn.send(("ready", None))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        conn.send(("result", task(item)))


def _exit_with_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_POLL_SECONDS)
    os._exit(1)
