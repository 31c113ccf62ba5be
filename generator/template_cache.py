"""Compiled templates kept between runs, in the user's cache folder, so a cold build does not
compile the same templates again (about a tenth of a one-deck build's processor time).

The folder is ``$XDG_CACHE_HOME/briefing/templates`` (else ``~/.cache/briefing/templates``).
A cached template is Python code that runs when it is loaded: the folder and its entries are
trusted only as ``cache_files`` says. An entry's name hashes the template's name
and file, Jinja's version, briefing's version and briefing's own modules as Python's bytecode cache
checks them, by size and time of change (the sandbox's code generator and the filters that constant
folding calls); Jinja checks the template's source hash and the Python version when it loads one. A
cache that cannot be read or written is ignored: templates are compiled as before. ``BRIEFING_NO_CACHE=1`` turns it off.
"""
from __future__ import annotations

import hashlib
import sys
from io import BytesIO
from pathlib import Path

from jinja2.bccache import BytecodeCache

from . import cache_files
from .cache_files import PrivateFolder, source_digest

MAX_ENTRY = 16 * 1024 * 1024  # bytes of one compiled template (the built-in ones are ~30 KB)


def cache_folder() -> Path | None:
    """Where compiled templates are kept, or None when caching is off or there is no home."""
    return cache_files.cache_folder("templates")


def _fingerprint() -> str:
    """What compiled code depends on besides the template: Jinja's version, Python's, and the
    top-level modules of briefing (``cache_files.source_digest``)."""
    import jinja2

    from . import __version__

    digest = hashlib.sha256(f"{jinja2.__version__}|{__version__}|{sys.version}".encode())
    digest.update(source_digest())
    return digest.hexdigest()


class TemplateCache(BytecodeCache):
    """Jinja's bytecode cache in a private folder, trusted only as the module doc says."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.entries = PrivateFolder(folder)
        self.salt = _fingerprint()

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        """The entry's name: the template's name and file with the fingerprint."""
        return hashlib.sha256(f"{self.salt}|{name}|{filename}".encode()).hexdigest()

    def load_bytecode(self, bucket) -> None:
        """Fill ``bucket`` from its entry when the entry can be trusted (else leave it empty)."""
        data = self.entries.read(bucket.key, MAX_ENTRY)
        if data is None:
            return
        try:
            bucket.load_bytecode(BytesIO(data))  # a wrong magic, source hash or a torn entry: left empty
        except Exception:  # an entry that unmarshals to something else is compiled again
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        """Write ``bucket``'s code to its entry through a temporary; any failure is ignored."""
        buffer = BytesIO()
        bucket.write_bytecode(buffer)
        self.entries.write(bucket.key, buffer.getvalue())


def template_cache() -> TemplateCache | None:
    """The cache of compiled templates for this process's environments (None when off)."""
    folder = cache_folder()
    return TemplateCache(folder) if folder is not None else None
