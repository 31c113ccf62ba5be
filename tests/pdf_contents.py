"""For the tests of a report's contents page on content written short: the page made whatever the body's length
(a report's body of up to four pages has none: writers/pdf/contents.contents_pay)."""
from __future__ import annotations

from contextlib import contextmanager

import pytest


@contextmanager
def contents_always():
    """Within it, every report built has its contents page (a forked build worker inherits the setting)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("generator.writers.pdf.contents.CONTENTS_AFTER", 0)
        yield
