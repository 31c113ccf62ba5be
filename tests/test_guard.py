"""The hang guard the linear-time tests use (conftest.guarded) counts processor time, not the clock."""
import time

import pytest

from tests.conftest import guarded


def _spin():
    while True:
        pass


def test_a_guarded_call_that_spins_is_ended_by_its_processor_time():
    with pytest.raises(pytest.fail.Exception, match="used more than 1 s of processor time"):
        guarded(_spin, timeout=1)


def _wait():
    time.sleep(100)


def test_a_guarded_call_that_waits_is_given_up_after_four_times_its_time_on_the_clock():
    """A wait uses no processor time: the guard ends it on the clock (a call that computes is ended
    only by its processor time, however busy the machine)."""
    start = time.monotonic()
    with pytest.raises(pytest.fail.Exception, match=r"_wait still running after 2\.0 s \(blocked"):
        guarded(_wait, timeout=0.5)
    assert time.monotonic() - start < 10
