"""The hang guard the linear-time tests use (conftest.guarded) counts processor time, not the clock."""
import pytest

from tests.conftest import guarded


def _spin():
    while True:
        pass


def test_a_guarded_call_that_spins_is_ended_by_its_processor_time():
    with pytest.raises(pytest.fail.Exception, match="used more than 1 s of processor time"):
        guarded(_spin, timeout=1)
