"""Regular expressions kept compiled between runs (the cache folder ``regex``, trusted as
``cache_files`` says): a command compiles some 150 patterns (ours, Jinja's, Click's, PyYAML's), ~10%
of a cold deck's time in ``re``'s pure-Python parser and compiler. What the compiler hands to
``_sre.compile`` is recorded and, in the next process, given to it again: each pattern is put in
``re``'s own cache, so ``re.compile`` of the same text and flags finds it made.

This leans on CPython's ``re`` internals (``re._cache``, the compiler module's ``_sre``), as
``re`` has had them from Python 3.7 through 3.13; where they are not as expected nothing is
cached. An entry is used only if written by the same Python (``sys.version`` and ``_sre.MAGIC``)
and whole (a CRC-32 of it follows it: a damaged entry is not unmarshalled, where a damaged length
could make ``marshal`` allocate and free a list of 2**31 items, ~15 s), and ``_sre.compile`` checks
the code it is given before it makes a pattern.
"""
from __future__ import annotations

import atexit
import re
import sys
from types import ModuleType

from .cache_files import PrivateFolder, cache_folder, sealed, unsealed, within

MOST = 500  # patterns kept (re's own cache holds 512: those of a run beyond it are not kept)
MAX_ENTRY = 4 << 20  # bytes
LONGEST = 1 << 14  # a pattern's code words: a longer one (made from a large input, once) is not kept


def _compiler() -> ModuleType | None:
    """``re``'s compiler module (``re._compiler``, ``sre_compile`` before 3.11) when it is as expected."""
    compiler = getattr(re, "_compiler", None) or sys.modules.get("sre_compile")
    fits = isinstance(getattr(re, "_cache", None), dict) and compiler is not None and hasattr(compiler, "_sre")
    return compiler if fits and hasattr(compiler._sre, "compile") else None  # type: ignore[union-attr]


class _Recording(ModuleType):
    """``_sre`` as the compiler sees it: ``compile`` notes its arguments before making the pattern."""

    def __init__(self, sre: ModuleType, made: list):
        super().__init__(sre.__name__)
        self._real, self._made = sre, made

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def compile(self, *args):
        """The real ``_sre.compile``; its arguments (pattern, flags, code, groups, names) noted (the first
        ``MOST`` short ones: a long-running ``--watch`` keeps no more)."""
        if len(self._made) < MOST and len(args[2]) <= LONGEST:
            self._made.append(args)
        return self._real.compile(*args)


def _key() -> str:
    return f"patterns.{sys.implementation.cache_tag}"


def use_cache() -> None:
    """Put the patterns kept by earlier runs in ``re``'s cache, note those this process compiles
    afresh, and keep them all when it ends."""
    compiler, folder = _compiler(), cache_folder("regex")
    if compiler is None or folder is None:
        return
    entries, sre = PrivateFolder(folder), compiler._sre
    kept = _load(entries.read(_key(), MAX_ENTRY), sre)
    made: list = []
    compiler._sre = _Recording(sre, made)  # type: ignore[attr-defined]
    atexit.register(_keep, entries, sre, kept, made)


def _load(data: bytes | None, sre) -> list:
    """The kept patterns' arguments, each pattern made and put in ``re``'s cache; [] if none can be used."""
    try:
        version, magic, kept = unsealed(data) or (None, None, [])
        if version != sys.version or magic != sre.MAGIC:
            return []
        for flags, args in kept:
            re._cache[type(args[0]), args[0], flags] = sre.compile(*args)  # type: ignore[attr-defined]
        return kept
    except (ValueError, EOFError, TypeError, RuntimeError, OverflowError):  # a foreign entry: compiled afresh
        re._cache.clear()  # type: ignore[attr-defined]
        return []


def _keep(entries, sre, kept: list, made: list) -> None:
    """Write those made this run that ``re`` still holds, then the kept patterns (at most ``MOST`` in
    all), if there are new ones: the newest first, so that a full entry (a user's cache holds the
    patterns of every content built) keeps what the latest run needed, where it once stopped taking
    any (a cold deck compiled ~50 patterns again on every run)."""
    args_of = {(id(args[0]), args[1]): args for args in made}
    seen = {(type(args[0]), args[0], flags) for flags, args in kept}
    new = [(int(key[2]), _plain(args_of[id(key[1]), pattern.flags]))
           for key, pattern in list(re._cache.items())  # type: ignore[attr-defined]
           if key not in seen and type(key[1]) in (str, bytes) and (id(key[1]), pattern.flags) in args_of]
    if new:
        entries.write(_key(), sealed((sys.version, sre.MAGIC, within(new + kept, MOST, MAX_ENTRY))))


def _plain(args: tuple) -> tuple:
    """``_sre.compile``'s arguments as the built-in types ``marshal`` writes (a flag is an ``IntFlag``)."""
    pattern, flags, code, groups, groupindex, indexgroup = args
    return pattern, int(flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup)
