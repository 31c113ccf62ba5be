"""The build's worker pool always ends: a worker that never acts on SIGTERM is killed, and a worker
that dies fails the build instead of hanging it."""
import os
import signal
import sys
import threading
import time

import pytest

from generator.pool import start_pool as _pool, stop_pool as _stop
from tests.test_atomic import DEFAULT, big_content, briefing, children, temporaries, wait_for_temporary

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked, and checked in /proc, on Linux")


def _deaf() -> int:
    """Make this worker ignore SIGTERM (its handler, and the thread that takes it, do nothing); its pid."""
    from generator import worker_stops

    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    worker_stops._end_worker = lambda signum, frame: None
    return os.getpid()


@linux
def test_a_worker_deaf_to_sigterm_is_killed_and_stop_returns():
    """As when a SIGTERM lands just before a worker blocks on a lock: terminating alone would wait
    for that worker as long as its task takes."""
    pool = _pool(1)
    pid = pool.submit(_deaf).result()  # the one worker now ignores SIGTERM
    (worker,) = pool._processes.values()
    pool.submit(time.sleep, 120)  # and is busy
    time.sleep(0.2)
    stopper = threading.Thread(target=_stop, args=(pool, 0.5), daemon=True)
    stopper.start()
    stopper.join(30)
    assert not stopper.is_alive(), "the pool did not end"
    deadline = time.monotonic() + 10  # (the executor's own thread reaps the worker: its exit code may show a moment later)
    while worker.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert worker.pid == pid and worker.exitcode == -signal.SIGKILL
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_pool_that_ends_on_time_is_not_killed():
    """Workers that act on SIGTERM end at once: the stop never waits out its grace to kill them. The
    SIGTERM comes as the idle workers go back to wait on the task queue's lock: a Python handler missed
    one landing just before that wait about 1 run in 4 under load (the worker slept in the lock until
    killed); a thread of the worker now takes the signal (worker_stops.start_worker)."""
    pool = _pool(2)
    assert list(pool.map(abs, [-1, -2, -3])) == [1, 2, 3]
    workers = list(pool._processes.values())
    start = time.monotonic()
    _stop(pool, 30)
    assert time.monotonic() - start < 15  # far from the 30 s grace: nothing was waited out
    # (the executor's own thread reaps its workers too: an exit code may show a moment later)
    deadline = time.monotonic() + 10
    while any(w.exitcode is None for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(w.exitcode is not None for w in workers), [w.exitcode for w in workers]


@pytest.mark.slow
@linux
@pytest.mark.parametrize("when", ["writing", "idle"])
def test_a_worker_that_dies_fails_the_build_and_replaces_nothing(tmp_path, when):
    """A worker killed as the OOM killer would (SIGKILL): mid-task, its task was lost and the build
    waited forever; idle, it could die holding the task queue's lock."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "big-technical.pdf").write_bytes(b"previous")
    content = big_content(tmp_path, 900)
    files = [content, DEFAULT] if when == "writing" else [DEFAULT]
    proc = briefing("build", *files, "-a", "technical", "-a", "executive", "-o", out, "-j", "2")
    if when == "writing":
        wait_for_temporary(out, proc)
    else:
        start = time.monotonic()
        while len(children(proc.pid)) < 2 and time.monotonic() - start < 30:
            time.sleep(0.01)
    workers = children(proc.pid)
    assert workers, proc.communicate()
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)  # not forever
    if when == "idle" and proc.returncode == 0:
        return  # the build ended before the worker was killed
    assert proc.returncode == 1, err
    assert "Traceback" not in err and "a worker process died" in err, err
    assert (out / "big-technical.pdf").read_bytes() == b"previous"
    assert not temporaries(out)
