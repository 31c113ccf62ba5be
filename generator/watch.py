"""Live rebuild: watch content files, templates and themes, and say when they change.

Polling file times every few tenths of a second needs no extra dependency, works on every
file system (network drives and editors that replace files included), and costs little
next to a build.
"""
from __future__ import annotations

import time
from pathlib import Path


def watch_paths(contents, templates, content_dir, extra=()) -> list[Path]:
    """The files a build reads: content files, every file of every audience folder, the config,
    and ``extra`` files (a --pptx-template)."""
    from .audiences import search_path
    from .build_inputs import yaml_files
    from .config import NAME

    paths = [Path(p) for p in contents] or yaml_files(content_dir)
    for root in search_path(templates):
        if root.is_dir():
            paths += [p for p in root.rglob("*") if p.is_file()]
    config = Path(NAME)
    if config.is_file():
        paths.append(config)
    return paths + [Path(p) for p in extra if p]


def _snapshot(paths: list[Path]) -> dict:
    state: dict[Path, tuple[int, int] | None] = {}
    for path in paths:
        try:
            st = path.stat()
            state[path] = (st.st_mtime_ns, st.st_size)
        except OSError:
            state[path] = None
    return state


def watching(paths_fn, interval: float = 0.3, stop=lambda: False):
    """Yield the list of changed paths each time something changes (until ``stop()``)."""
    last = _snapshot(paths_fn())
    while not stop():
        time.sleep(interval)
        now = _snapshot(paths_fn())
        if now != last:
            changed = sorted(p for p in set(now) | set(last) if now.get(p) != last.get(p))
            last = now
            yield changed
