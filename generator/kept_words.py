"""The built-in language files' words kept between runs, read and checked (the cache folder ``words``,
trusted as ``cache_files`` says): a build reads every built-in language file (its grammar passes
read each language's phrases), and reading the seven with their positions and checking each word
took ~30 ms of a cold deck's ~240; an entry is read back in well under a millisecond.

An entry is JSON (data, never code), named by a hash of what the words depend on: the language file
(its path, size and time of change, as Python's bytecode cache knows a source), English's (its keys and
placeholders are what the others are checked against) and briefing's modules (``cache_files.source_digest``:
the words' reading and checks among them). A changed file or check is a new entry; an entry that is not a
mapping of text to text is read afresh, as is everything when the cache is off or cannot be read. Only the
built-in files are kept: an audience's own are read as they are.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .cache_files import PrivateFolder, cache_folder, file_stamp, source_digest

MAX_ENTRY = 4 << 20  # bytes (the built-in files are 18-30 KB)


def kept_words(path: Path, english: Path, read: Callable[[Path], dict[str, str]]) -> dict[str, str]:
    """``read(path)``, or the words an earlier run read from the same file with the same checks."""
    folder = cache_folder("words")
    if folder is None:
        return read(path)
    try:
        key = _key(path, english)
    except OSError:  # (the reader says what is wrong with the file)
        return read(path)
    entries = PrivateFolder(folder)
    found = _words(entries.read(key, MAX_ENTRY))
    if found is None:
        found = read(path)  # (a mistake is raised here, and nothing is kept)
        entries.write(key, json.dumps(found, ensure_ascii=False).encode("utf-8"))
    return found


def _key(path: Path, english: Path) -> str:
    """The entry's name: a hash of the file, English's file and the modules that check words (each file by
    ``cache_files.file_stamp``: hashing the seven files' 170 KB took ~6M instructions, 0.6% of a cold deck)."""
    digest = hashlib.sha256(_checks(english))
    digest.update(repr(file_stamp(path)).encode())
    return f"{path.stem}-{digest.hexdigest()}"


@cache
def _checks(english: Path) -> bytes:
    """A hash of English's file and of briefing's modules (``cache_files.source_digest``, the templates' cache's too:
    a list of the modules that check words missed those they call), once a process (a build reads seven files)."""
    digest = hashlib.sha256(source_digest())
    digest.update(repr(file_stamp(english)).encode())
    return digest.digest()


def _words(data: bytes | None) -> dict[str, str] | None:
    """The words an entry holds, or None when it holds anything but a mapping of text to text."""
    if data is None:
        return None
    try:
        words = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):  # (UnicodeDecodeError and JSONDecodeError are ValueErrors; JSON nested
        return None  # thousands deep, within the entry's size, overflows the parser's stack: exit 70)
    if not isinstance(words, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in words.items()):
        return None
    return words
