"""Code the standard library compiles from text on every start, kept compiled between runs (the cache
folder ``code``, trusted as ``cache_files`` says): a cold deck compiled ~380 small texts, ~10 ms of its
processor time. ``dataclasses`` writes each dataclass's methods as text (``__init__``, ``__repr__``,
``__eq__``, a frozen class's ``__setattr__``: 0.4-0.7 ms a class, ~8 ms for the deck's 13),
``collections.namedtuple`` each NamedTuple's ``__new__``, and ``typing.ForwardRef`` compiles each type
named in a string (the fields of NamedTuples and light models, under ``from __future__ import annotations``).

Those modules look ``exec``, ``eval`` and ``compile`` up among their own names before the built-ins: the
ones put there (``use_code_cache``) compile a text as the built-in would (file ``<string>``, the same
mode, no flags inherited: none of the three modules has a ``from __future__``), or take the code an
earlier run compiled from the same text; they run it as the built-ins do. An entry is used only if
written by the same Python (``sys.version``) and whole (a CRC-32 follows it); what a run compiles afresh
is added when it ends, the newest first (``MOST`` texts at most).
"""
from __future__ import annotations

import atexit
import builtins
import sys
from types import CodeType

from .cache_files import PrivateFolder, cache_folder, sealed, unsealed, within

MOST = 2000  # texts kept (a cold deck compiles ~380)
MAX_ENTRY = 4 << 20  # bytes
LONGEST = 1 << 14  # characters of a text kept (a longer one is compiled each time)
_NAME = "<string>"


def use_code_cache() -> None:
    """Put the compiling built-ins of ``dataclasses``, ``collections`` and ``typing`` in front of them:
    texts earlier runs compiled are taken from the cache, and those compiled afresh are kept at the end."""
    folder = cache_folder("code")
    if folder is None:
        return
    import collections
    import typing

    entries = PrivateFolder(folder)
    kept = _load(entries.read(_key(), MAX_ENTRY))
    made: dict[tuple[str, str], CodeType] = {}

    def code(source, mode: str):
        """The code of ``source`` compiled in ``mode``, from the kept texts where it is one."""
        if type(source) is not str or len(source) > LONGEST:
            return builtins.compile(source, _NAME, mode, dont_inherit=True)
        found = kept.get((mode, source)) or made.get((mode, source))
        if found is None:
            found = made[mode, source] = builtins.compile(source, _NAME, mode, dont_inherit=True)
        return found

    def exec_(source, globals=None, locals=None, /, **closure):
        """``exec`` (dataclasses': the class's namespace always given)."""
        if isinstance(source, (str, bytes)):
            source = code(source, "exec")
        return builtins.exec(source, _caller(globals), locals, **closure)

    def eval_(source, globals=None, locals=None, /):
        """``eval`` (collections': the NamedTuple's namespace always given); eval strips leading blanks."""
        if isinstance(source, str):
            source = code(source.lstrip(" \t"), "eval")
        return builtins.eval(source, _caller(globals), locals)

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **more):
        """``compile`` (typing's ForwardRef: a type's text, file ``<string>``, mode ``eval``)."""
        if filename == _NAME and not flags and optimize == -1 and not more:
            return code(source, mode)
        return builtins.compile(source, filename, mode, flags, dont_inherit, optimize, **more)

    collections.eval, typing.compile = eval_, compile_  # type: ignore[attr-defined]
    import dataclasses  # (after: it imports inspect, whose NamedTuples are made with collections' eval)

    dataclasses.exec = exec_  # type: ignore[attr-defined]
    atexit.register(_keep, entries, kept, made)


def _caller(globals: dict | None) -> dict:
    """The globals a built-in would take: those given, else the calling module's (two frames up)."""
    return globals if globals is not None else sys._getframe(2).f_globals


def _key() -> str:
    return f"texts.{sys.implementation.cache_tag}"


def _load(data: bytes | None) -> dict:
    """The kept code by (mode, text); {} if the entry is none, torn, foreign or another Python's."""
    try:
        version, kept = unsealed(data) or (None, [])
        if version != sys.version:
            return {}
        return {(mode, text): code for mode, text, code in kept if type(code) is CodeType}
    except (ValueError, EOFError, TypeError):
        return {}


def _keep(entries: PrivateFolder, kept: dict, made: dict) -> None:
    """Write the texts compiled afresh this run, then the kept ones (``MOST`` in all), if there are new ones."""
    if made:
        texts = [(mode, text, code) for (mode, text), code in [*made.items(), *kept.items()]]
        entries.write(_key(), sealed((sys.version, within(texts, MOST, MAX_ENTRY))))
