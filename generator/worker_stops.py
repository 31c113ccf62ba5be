"""Stop signals in the build's worker processes (``pool.py``): a worker leaves SIGINT to the main
process, and on SIGTERM or SIGHUP removes its temporaries and ends at once, quietly; it is sent
SIGTERM when the main process dies. The main process's stops are ``stops.py``'s."""
from __future__ import annotations

import os


def _end_worker(signum, frame):
    """SIGTERM in a worker: remove its temporaries and end at once, quietly."""
    from .atomic import discard, own_temporaries

    discard(own_temporaries())
    os._exit(128 + signum)


def start_worker(parent: int) -> None:
    """Set up a worker process of ``parent``: it leaves SIGINT to the main process, removes its
    temporaries and ends quietly on SIGTERM, and is sent SIGTERM when the main process dies (on Linux)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _end_worker)
    signal.signal(signal.SIGHUP, _end_worker)  # a closed terminal hangs up the whole process group
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the main process died before the request took effect
        _end_worker(signal.SIGTERM, None)
    if hasattr(signal, "pthread_sigmask"):  # the pool started the worker with them blocked
        ends = {signal.SIGTERM, signal.SIGHUP}
        if hasattr(signal, "sigwait"):  # (a handler would miss a SIGTERM landing just before a lock's wait)
            import threading

            signal.pthread_sigmask(signal.SIG_BLOCK, ends)  # (held already where the pool forked with them held)
            threading.Thread(target=_wait_for_end, args=(ends,), name="briefing-stop", daemon=True).start()
            ends = set()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT} | ends)


def _wait_for_end(ends: set) -> None:
    """A worker's thread that takes SIGTERM or SIGHUP (held from every other thread) and ends the worker.
    A Python handler runs only between the main thread's steps: a signal that lands after the idle
    worker checked for signals and before it waits on the task queue's lock was not acted on until
    the wait ended — the stop then waited out its grace and killed the worker (1 run in 4 under load)."""
    import signal

    signum = signal.sigwait(ends)
    _end_worker(signum, None)
