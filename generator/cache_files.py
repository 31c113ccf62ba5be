"""Briefing's cache folder (``$XDG_CACHE_HOME/briefing``, else ``~/.cache/briefing``): entries kept
between runs that are Python code run when loaded (compiled templates, the models' checks), so
trusted only when nobody else can have written them. A folder of it is made private (0700) and
must be a real folder owned by the user and writable by nobody else, as must the one above it; an
entry is read only if it is a regular file owned by the user and writable by nobody else. Entries
are written to a temporary and renamed into place. A folder that cannot be read or written is
ignored (the caller makes what it would have read); ``BRIEFING_NO_CACHE=1`` turns caching off.
"""
from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from functools import cache
from pathlib import Path


def cache_folder(name: str) -> Path | None:
    """The cache's folder ``name``, or None when caching is off or there is no home."""
    if os.environ.get("BRIEFING_NO_CACHE", "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "briefing" / name


def _private(info: os.stat_result, folder: bool) -> bool:
    """Owned by this user, writable by nobody else, and a real folder (or a regular file)."""
    kind = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class PrivateFolder:
    """One folder of the cache, read and written only as the module doc says."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.usable: bool | None = None  # checked when first needed

    def _ready(self, create: bool) -> bool:
        if self.usable is None or (create and not self.usable):
            try:
                if create:
                    self.folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    if not _private(os.lstat(self.folder.parent), folder=True):  # (no folder made where a link points)
                        raise PermissionError(self.folder.parent)
                    self.folder.mkdir(mode=0o700, exist_ok=True)
                # the folder and the one it is in: nobody else can have put an entry or swapped the folder
                self.usable = all(_private(os.lstat(f), folder=True) for f in (self.folder.parent, self.folder))
            except OSError:
                self.usable = False
        return self.usable

    def read(self, key: str, most: int) -> bytes | None:
        """Entry ``key`` when it can be trusted and holds at most ``most`` bytes, else None."""
        if not self._ready(create=False):
            return None
        try:
            fd = os.open(self.folder / key, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not _private(info, folder=False) or info.st_size > most:
                return None
            return os.read(fd, most + 1)
        except OSError:
            return None
        finally:
            os.close(fd)

    def write(self, key: str, data: bytes) -> None:
        """Entry ``key`` made ``data`` through a temporary; any failure is ignored."""
        if not self._ready(create=True):
            return
        import tempfile

        try:
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")  # made 0600
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, self.folder / key)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def sealed(value) -> bytes:
    """``value`` (of the types ``marshal`` writes) marshalled, with a CRC-32 of it after it."""
    import marshal
    import zlib

    data = marshal.dumps(value)
    return data + zlib.crc32(data).to_bytes(4, "little")


def unsealed(data: bytes | None):
    """The value ``sealed`` made, or None when there is no entry or it is not whole: a damaged entry is not
    unmarshalled, where a damaged length could make ``marshal`` allocate and free a list of 2**31 items (~15 s).
    Raises ValueError, EOFError or TypeError for a whole entry that is not marshal's."""
    import marshal
    import zlib

    if data is None or len(data) < 4 or zlib.crc32(data[:-4]).to_bytes(4, "little") != data[-4:]:
        return None
    return marshal.loads(data[:-4])


def within(entries: list, most: int, room: int) -> list:
    """The first of ``entries`` (at most ``most``) that marshal to at most ``room`` bytes with 4 KB to spare:
    an entry over a cache's limit is never read (a content of 250 backtick runs, each its own pattern, made 6 MB)."""
    import marshal

    room, fit = room - 4096, []
    for entry in entries[:most]:
        room -= len(marshal.dumps(entry))
        if room < 0:
            break
        fit.append(entry)
    return fit


def file_stamp(path: Path) -> tuple[str, int, int]:
    """A file as Python's bytecode cache knows a source: its path, size and time of change (OSError if there
    is none), what an entry made from it is keyed by: reading and hashing the file costs more than its entry saves."""
    info = os.stat(path)
    return str(path), info.st_size, info.st_mtime_ns


MAX_KEPT = 16 << 20  # bytes of an entry kept_from reads


def kept_from(name: str, source: Path, part: str, make: Callable):
    """``make()``, what ``part`` of the file ``source`` makes (of the types ``marshal`` writes: data), or what an
    earlier run made of the same file (its path, size and time of change) with the same Python and the same code
    making it (the file of ``make``'s module, known the same way: a checkout that changed how a value is made from
    an unchanged file got the old code's value), kept in the cache folder ``name``. A file that cannot be looked
    at, a maker whose file is not known, or a cache that cannot be used, is made afresh."""
    import sys

    folder = cache_folder(name)
    try:
        stamp = (sys.version, part, *file_stamp(source), *file_stamp(Path(make.__code__.co_filename)))
    except (OSError, AttributeError):
        return make()
    if folder is None:
        return make()
    entries = PrivateFolder(folder)
    key = f"{source.name}.{part}.{sys.implementation.cache_tag}"
    try:
        found = unsealed(entries.read(key, MAX_KEPT))
        if type(found) is tuple and len(found) == 2 and found[0] == stamp:
            return found[1]
    except (ValueError, EOFError, TypeError):  # a foreign entry: made afresh
        pass
    value = make()
    entries.write(key, sealed((stamp, value)))
    return value


@cache
def source_digest() -> bytes:
    """A hash of briefing's top-level modules, what every cache entry's validity depends on: each module's name,
    size and time of change, as Python's own bytecode cache checks a source (reading and hashing the ~180 files,
    ~1 MB, took ~4 ms of a cold deck; their times ~0.5). Made once a process, not once for each audience's
    environment (three in a default build, and again in each worker), nor once for each cache (the templates',
    the language files' words)."""
    import hashlib

    digest = hashlib.sha256()
    with os.scandir(os.path.dirname(__file__)) as entries:
        for entry in sorted((e for e in entries if e.name.endswith(".py")), key=lambda e: e.name):
            info = entry.stat()
            digest.update(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.digest()
