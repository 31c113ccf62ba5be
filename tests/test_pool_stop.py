"""The build's worker pool always ends: a worker that never acts on SIGTERM is killed."""
import os
import signal
import sys
import threading
import time

import pytest

from generator.build import _pool, _stop


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked, and checked in /proc, on Linux")
def test_a_worker_deaf_to_sigterm_is_killed_and_stop_returns():
    """As when a SIGTERM lands just before a worker blocks on the queue's lock: Pool.terminate alone
    would wait for that worker forever (here: as long as the worker's task takes)."""
    pool = _pool(1)
    pool.apply(signal.signal, (signal.SIGTERM, signal.SIG_IGN))  # the one worker now ignores SIGTERM
    (worker,) = pool._pool
    pool.apply_async(time.sleep, (120,))  # and is busy: terminate would join it for two minutes
    time.sleep(0.2)
    stopper = threading.Thread(target=_stop, args=(pool, 0.5), daemon=True)
    stopper.start()
    stopper.join(30)
    assert not stopper.is_alive(), "the pool did not end"
    assert worker.exitcode == -signal.SIGKILL
    with pytest.raises(ProcessLookupError):
        os.kill(worker.pid, 0)


def test_a_pool_that_ends_on_time_is_not_killed():
    pool = _pool(2)
    assert pool.map(abs, [-1, -2, -3]) == [1, 2, 3]
    workers = list(pool._pool)
    _stop(pool, 30)
    assert all(w.exitcode is not None and w.exitcode != -signal.SIGKILL for w in workers)
