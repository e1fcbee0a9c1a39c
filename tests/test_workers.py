"""The worker pool: per-task time limit, dead workers, start-up failures, Ctrl-C and a killed parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claimcheck.workers import TaskFailure, WorkerPool, WorkerStartError

HERE = Path(__file__).resolve().parent


def start_quietly() -> None:
    """Initializer of the test workers: nothing to load."""


def fail_to_start() -> None:
    raise RuntimeError("no model here")


def work(item: str) -> str:
    """Echo the item; 'hang' sleeps far past any limit, 'die' ends the process without answering."""
    if item == "hang":
        time.sleep(600)
    if item == "die":
        os._exit(3)
    return item.upper()


def test_a_task_over_the_limit_and_a_dead_worker_fail_alone_and_the_rest_finish():
    with WorkerPool(2, work, initializer=start_quietly, timeout=5) as pool:
        results = list(pool.results(["a", "hang", "b", "die", "c", "d"]))
    done = sorted(r for r in results if isinstance(r, str))
    failed = {r.item: r.reason for r in results if isinstance(r, TaskFailure)}
    assert done == ["A", "B", "C", "D"]
    assert "longer than the 5-second limit" in failed["hang"] and "died" in failed["die"]


def test_a_worker_that_cannot_start_is_one_error_not_a_retry_loop():
    with pytest.raises(WorkerStartError, match="RuntimeError: no model here"):
        with WorkerPool(2, work, initializer=fail_to_start) as pool:
            list(pool.results(["a", "b"]))


def _script(body: str) -> list[str]:
    code = f"import sys; sys.path.insert(0, {str(HERE)!r})\n" + textwrap.dedent(body)
    return [sys.executable, "-c", code]


def children(pid: int) -> list[int]:
    """The pids of a process's children, from /proc (field 4 of /proc/PID/stat is the parent's pid)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(") ", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """True while the process runs (a zombie waiting to be reaped does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


def wait_for(condition, seconds: float) -> bool:
    """Poll `condition` until it holds or `seconds` pass; its last value."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


POOL_SCRIPT = """
    import time
    from claimcheck.workers import WorkerPool
    from test_workers import work, {initializer}
    with WorkerPool(2, work, initializer={initializer}) as pool:
        for result in pool.results(["hang", "hang"]):
            pass
"""


def slow_start() -> None:
    time.sleep(600)


def test_workers_die_with_a_killed_parent():
    parent = subprocess.Popen(_script(POOL_SCRIPT.format(initializer="start_quietly")))
    try:
        assert wait_for(lambda: len(children(parent.pid)) >= 2, 60)
        time.sleep(2)  # the workers are now busy with tasks that would run for ten minutes
        workers = children(parent.pid)
    finally:
        parent.kill()
        parent.wait()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 20), "workers outlived their parent"


@pytest.mark.parametrize("initializer, after", [("slow_start", 0.3), ("slow_start", 3.0), ("start_quietly", 3.0)])
def test_ctrl_c_stops_the_pool_while_workers_start_and_while_they_work(initializer, after):
    parent = subprocess.Popen(_script(POOL_SCRIPT.format(initializer=initializer)), stderr=subprocess.PIPE,
                              start_new_session=True)
    time.sleep(after)
    workers = children(parent.pid)
    os.killpg(parent.pid, signal.SIGINT)  # as a terminal's Ctrl-C: to the parent and its workers
    try:
        parent.wait(timeout=20)
    except subprocess.TimeoutExpired:
        parent.kill()
        pytest.fail("Ctrl-C did not stop the pool")
    assert "KeyboardInterrupt" in parent.stderr.read().decode()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10)
