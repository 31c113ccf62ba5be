"""Atomic file replacement: a target is either its old self or the whole new file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

TMP_PREFIX = ".briefing-"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it, and rename it over ``path``."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clean_stale(folder: Path) -> None:
    """Remove temporary files left by a build that was killed."""
    for stale in Path(folder).glob(f"{TMP_PREFIX}*.tmp"):
        stale.unlink(missing_ok=True)
