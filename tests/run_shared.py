"""What the tests build once per run, shared by the processes of a parallel run (``make test-fast`` runs pytest-xdist's
``-n 2``): each worker is a test session of its own, so a session fixture would build the default content and every
real notes file once in each. Here the first worker to need a thing builds it into the run's folder, under a lock,
and the others wait for it and read it; a run in one process uses its session's folder as before."""
from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def run_folder(tmp_path_factory, name: str) -> Path:
    """The folder ``name`` of this run: the workers' shared one under pytest-xdist (their temporary folders are
    ``popen-gwN`` in the run's own), else one of this session's."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return tmp_path_factory.mktemp(name)
    folder = tmp_path_factory.getbasetemp().parent / name
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """``path`` (a lock file) held by this process alone while the block runs (the others wait)."""
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def made_once(folder: Path, name: str, make: Callable[[dict | None], dict]) -> dict:
    """``make(state)``'s state (JSON data) for ``name`` in ``folder``, made by one process at a time: ``make`` is
    given what the last process left (None the first time) and returns what is made now (unchanged when it made
    nothing); the files it writes in ``folder`` are then there for every process. (The lock and the state are
    kept beside ``folder``, not in it: tests read the folder's files.)"""
    with locked(folder.parent / f"{folder.name}-{name}.lock"):
        record = folder.parent / f"{folder.name}-{name}.made.json"
        before = json.loads(record.read_text(encoding="utf-8")) if record.exists() else None
        after = make(before)
        if after != before:
            record.write_text(json.dumps(after), encoding="utf-8")
        return after
