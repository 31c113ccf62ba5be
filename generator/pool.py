"""The build's worker processes: started with the stop signals held, their results in order or as
done, a worker's death said as the world failing, and an end that never waits without a bound."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import BriefingError


def start_pool(workers: int):
    """Worker processes: forked on Linux (they start with everything imported so far), else spawned.

    A ``ProcessPoolExecutor``, not a ``multiprocessing.Pool``: when a worker dies (the OOM killer,
    a kill -9) the executor fails what it was doing (``BrokenProcessPool``), where a Pool waited
    for the lost task forever, and a worker killed while holding the Pool's queue lock made
    ``Pool.terminate`` wait forever too.
    """
    import multiprocessing
    import signal
    import sys
    from concurrent.futures import ProcessPoolExecutor

    from .worker_stops import start_worker

    method = "fork" if sys.platform.startswith("linux") else "spawn"
    # workers start with the stop signals blocked, so none arrives before start_worker has set its
    # handlers (a forked worker would otherwise run the build's own handler, and could miss the pool's
    # SIGTERM and never end); start_worker unblocks them
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held) if hasattr(signal, "pthread_sigmask") else None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                                   initializer=start_worker, initargs=(os.getpid(),))
        # a feeder thread blocked sending work to workers that are gone ends when the pipe breaks
        # (see stop_pool), quietly: read when the thread starts, on the first task
        pool._call_queue._ignore_epipe = True  # type: ignore[attr-defined]
        try:
            list(outlived(mapped(pool, int, [0])))  # the workers start now, with the signals still blocked
        except BaseException:
            stop_pool(pool)
            raise
        return pool
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def mapped(pool, function, items):
    """``function`` of each item on the pool, the results in the items' order (a generator: the
    work is handed out when the first result is asked for, inside ``outlived``)."""
    yield from pool.map(function, items)


def as_done(pool, function, items):
    """``function`` of each item on the pool, the results as they are done (handed out as ``mapped``)."""
    from concurrent.futures import as_completed

    for future in as_completed([pool.submit(function, item) for item in items]):
        yield future.result()


def outlived(results):
    """``results``, with a worker's death said as a user-facing error (it is the world failing: the
    OOM killer, a kill -9), not an internal one."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        yield from results
    except BrokenProcessPool:
        raise BriefingError("a worker process died while building (killed, or out of memory?); nothing was "
                            "replaced; try again with fewer --jobs") from None


def stop_pool(pool, grace: float = 2.0) -> None:
    """End the pool's workers, sure to end: each is sent SIGTERM (it removes its temporaries and
    exits), and one still alive ``grace`` seconds later (one that ignores SIGTERM, or stopped) is
    killed. Nothing here waits without
    a bound."""
    import contextlib
    import sys
    import time

    processes = list((getattr(pool, "_processes", None) or {}).values())  # None once shut down
    queue = getattr(pool, "_call_queue", None)
    if queue is not None:  # its feeder thread may be blocked on a pipe no dead worker drains: never join it
        with contextlib.suppress(Exception):  # (Python 3.10 joined it at exit, and the build hung there)
            queue.cancel_join_thread()
        if sys.version_info < (3, 11):  # (3.11 does it itself for a broken pool, gh-94777: not twice)
            _close_reader(queue)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.terminate()
    deadline = time.monotonic() + grace
    for process in processes:
        with contextlib.suppress(ValueError):
            process.join(max(0.0, deadline - time.monotonic()))
            if process.exitcode is None and _child_of_ours(process.pid):  # (not a pid reused by another)
                process.kill()
                process.join(grace)


def _close_reader(queue) -> None:
    """Close this process's end of the pipe the workers read: with the workers gone, a send blocked
    on it fails and the feeder thread ends (on Python 3.10 the pool's own thread joined the feeder
    when a worker died, and waited forever). The handle is taken first, so that the feeder, which
    closes it too once it is done, finds it closed rather than closing it twice."""
    import contextlib

    reader = queue._reader
    handle, reader._handle = reader._handle, None
    if handle is not None:
        with contextlib.suppress(OSError):
            os.close(handle)


def _child_of_ours(pid: int) -> bool:
    """Whether ``pid`` is a process (or an unreaped zombie) whose parent is this process (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid()
