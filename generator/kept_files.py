"""Files a rebuild keeps: a writer's bytes for a Document it wrote in the build before (issue #25 §4).

Under ``--watch`` (``kept_renders.keep_renders``), a rebuild in which a file's Document did not change (an
editor's save of the same text; an edit of another content file, or of what this audience does not show) takes
the bytes written for it the build before instead of writing it again (a report's layout: ~100 ms). A writer
makes the same bytes of the same Document and epoch, with the same settings and the same files read: the key
is the Document as it is now (its ``repr``: every field), the epoch and the writer's settings (its attributes
once made), and the files the writer opened to read (a master deck, an image) are checked unchanged (time,
size, inode) before its bytes are taken. Only the last build's files are kept, and only those written in the
build's own process (a worker's are let go with it).
"""
from __future__ import annotations

import hashlib
import os
import sys

from .kept_renders import keeping

_KEPT: dict = {}  # the last build's keys -> (bytes, the files read and their state)
_MADE: dict = {}  # this build's
_READ: list = []  # while a writer renders: the files it opens to read (a list), else empty
_HOOKED = [False]
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT


def written(fmt: str, writer, document, epoch):
    """``writer.render(document, epoch)``, or the bytes it made of the same in the build before."""
    if not keeping():
        return writer.render(document, epoch)
    key = (fmt, type(writer).__qualname__, repr(sorted(vars(writer).items())), epoch,
           hashlib.blake2b(repr(document).encode("utf-8", "surrogatepass"), digest_size=20).digest())
    kept = _KEPT.get(key) or _MADE.get(key)
    if kept is not None and all(_state(path) == state for path, state in kept[1]):
        _MADE[key] = kept
        return kept[0]
    _hook()
    _READ.append([])
    try:
        data = writer.render(document, epoch)
    finally:
        read = _READ.pop()
    if "" not in read:  # (a file that could not be named: not kept)
        _MADE[key] = (data, tuple((path, _state(path)) for path in dict.fromkeys(read)))
    return data


def done() -> None:
    """Keep this build's files for the next build, in place of the last build's."""
    _KEPT.clear()
    _KEPT.update(_MADE if keeping() else {})
    _MADE.clear()


def _state(path: str) -> tuple | None:
    """What says a file changed (as the watcher sees a change), or None where there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino, st.st_dev


def _hook() -> None:
    """Note each file opened to read while a writer renders (Python's audit hook: it cannot be removed,
    and costs a test of a list for each event once added; added on the first kept write)."""
    if not _HOOKED[0]:
        _HOOKED[0] = True
        sys.addaudithook(_opened)


def _opened(event: str, args: tuple) -> None:
    """An ``open`` event (``open()``, ``os.open``) of a file read by name, noted while a writer renders."""
    if _READ and event == "open":
        try:  # (an audit hook's error would be the open's)
            path, mode, flags = args
            if not isinstance(path, int) and (mode is None or not any(c in mode for c in "wax+")) and \
                    not (mode is None and flags & _WRITING):
                _READ[-1].append(os.path.abspath(os.fsdecode(path)))
        except Exception:  # a file that cannot be named: nothing of this render is kept
            _READ[-1].append("")
