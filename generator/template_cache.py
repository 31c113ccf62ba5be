"""Compiled templates kept between runs, in the user's cache folder, so a cold build does not
compile the same templates again (about a tenth of a one-deck build's processor time).

The folder is ``$XDG_CACHE_HOME/briefing/templates`` (else ``~/.cache/briefing/templates``).
A cached template is Python code that runs when it is loaded, so the cache is trusted only
when nobody else can have written it: the folder is made private (0700), must be a real folder
owned by the user and writable by nobody else, and a file is loaded only if it is a regular
file owned by the user and writable by nobody else. An entry's name hashes the template's name
and file, Jinja's version, briefing's version and the source of briefing's own modules (the
sandbox's code generator and the filters that constant folding calls); Jinja checks the
template's source hash and the Python version when it loads one. Entries are written to a
temporary and renamed into place. A cache that cannot be read or written is ignored:
templates are compiled as before. ``BRIEFING_NO_CACHE=1`` turns it off.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from io import BytesIO
from pathlib import Path

from jinja2.bccache import BytecodeCache

MAX_ENTRY = 16 * 1024 * 1024  # bytes of one compiled template (the built-in ones are ~30 KB)


def cache_folder() -> Path | None:
    """Where compiled templates are kept, or None when caching is off or there is no home."""
    if os.environ.get("BRIEFING_NO_CACHE", "") not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "briefing" / "templates"


def _fingerprint() -> str:
    """What compiled code depends on besides the template: Jinja's version, Python's, and the
    source of briefing's top-level modules."""
    import jinja2

    from . import __version__

    digest = hashlib.sha256(f"{jinja2.__version__}|{__version__}|{sys.version}".encode())
    package = Path(__file__).parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _private(info: os.stat_result, folder: bool) -> bool:
    """Owned by this user, writable by nobody else, and a real folder (or a regular file)."""
    kind = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    return kind and info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class TemplateCache(BytecodeCache):
    """Jinja's bytecode cache in a private folder, trusted only as the module doc says."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.salt = _fingerprint()
        self.usable: bool | None = None  # checked when first needed

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """The entry's name: the template's name and file with the fingerprint."""
        return hashlib.sha256(f"{self.salt}|{name}|{filename}".encode()).hexdigest()

    def _ready(self, create: bool) -> bool:
        if self.usable is None or (create and not self.usable):
            try:
                if create:
                    self.folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    self.folder.mkdir(mode=0o700, exist_ok=True)
                # the folder and the one it is in: nobody else can have put an entry or swapped the folder
                self.usable = all(_private(os.lstat(f), folder=True) for f in (self.folder.parent, self.folder))
            except OSError:
                self.usable = False
        return self.usable

    def load_bytecode(self, bucket) -> None:
        """Fill ``bucket`` from its entry when the entry can be trusted (else leave it empty)."""
        if not self._ready(create=False):
            return
        try:
            fd = os.open(self.folder / bucket.key, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return
        try:
            info = os.fstat(fd)
            if not _private(info, folder=False) or info.st_size > MAX_ENTRY:
                return
            data = os.read(fd, MAX_ENTRY + 1)
        except OSError:
            return
        finally:
            os.close(fd)
        try:
            bucket.load_bytecode(BytesIO(data))  # a wrong magic, source hash or a torn entry: left empty
        except Exception:  # an entry that unmarshals to something else is compiled again
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        """Write ``bucket``'s code to its entry through a temporary; any failure is ignored."""
        if not self._ready(create=True):
            return
        import tempfile

        buffer = BytesIO()
        bucket.write_bytecode(buffer)
        try:
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")  # made 0600
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(buffer.getvalue())
            os.replace(tmp, self.folder / bucket.key)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def template_cache() -> TemplateCache | None:
    """The cache of compiled templates for this process's environments (None when off)."""
    folder = cache_folder()
    return TemplateCache(folder) if folder is not None else None
