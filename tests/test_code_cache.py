"""Code the standard library compiles from text, kept compiled between runs (``generator/code_cache.py``,
the cache folder ``code``): a new process compiles none of the texts of dataclasses, NamedTuples and types
named in strings that an earlier one compiled, makes the same classes of them, and uses only entries nobody
else can have written, by the same Python."""
from __future__ import annotations

import builtins
import collections
import dataclasses
import os
import subprocess
import sys
import typing

import pytest

from generator import code_cache
from generator.cache_files import sealed, unsealed

from .conftest import DEFAULT, ROOT, held_exit_handlers


@pytest.fixture
def process(tmp_path, monkeypatch):
    """``start()`` begins a new process as far as the cache is concerned (the modules' own built-ins) and uses
    the cache; ``end()`` runs what it left for the process's end."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    at_end, end = held_exit_handlers(monkeypatch, code_cache)

    def start() -> None:
        for module, name in ((dataclasses, "exec"), (collections, "eval"), (typing, "compile")):
            monkeypatch.setattr(module, name, getattr(builtins, name), raising=False)
        at_end.clear()
        code_cache.use_code_cache()

    return tmp_path / "cache" / "briefing" / "code" / f"texts.{sys.implementation.cache_tag}", start, end


def _made():
    """A frozen dataclass, a NamedTuple and a type named in a string, each made as a module makes them."""

    @dataclasses.dataclass(frozen=True)
    class Kept:
        name: str
        size: int = 3

    class Pair(typing.NamedTuple):
        left: int
        right: str = "r"

    return Kept, Pair, typing.ForwardRef("list[int]")


_SEEN: list = []  # the texts compiled (file ``<string>``) while a test watches (``_watched``)
_HOOKED: list = []


def _watched() -> list:
    """``_SEEN``, emptied, and noted into from now on (an audit hook cannot be removed: one serves every test)."""
    if not _HOOKED:
        sys.addaudithook(lambda event, args: _SEEN.append(args[0]) if event == "compile" and args[1] == "<string>" else None)
        _HOOKED.append(True)
    _SEEN.clear()
    return _SEEN


def test_a_new_process_compiles_no_text_an_earlier_one_compiled_and_makes_the_same(process):
    entry, start, end = process
    compiled = _watched()
    start()
    Kept, Pair, ref = _made()
    end()
    assert entry.exists() and compiled
    start()
    compiled.clear()
    Kept2, Pair2, ref2 = _made()
    assert compiled == []  # every text taken from the entry
    assert Kept2("a") == Kept2("a", 3) != Kept2("b") and repr(Kept2("a")).endswith("Kept(name='a', size=3)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Kept2("a").name = "b"  # type: ignore[misc]
    assert hash(Kept2("a")) == hash(Kept2("a")) and Pair2(1) == (1, "r") and Pair2(1).right == "r"
    fresh = compile("list[int]", "<string>", "eval", dont_inherit=True)  # (as typing compiles it)
    assert ref2.__forward_code__ == ref.__forward_code__ == fresh
    assert Kept.__init__.__code__ == Kept2.__init__.__code__ and Pair.__new__.__code__ == Pair2.__new__.__code__
    written = entry.read_bytes()
    end()
    assert entry.read_bytes() == written  # nothing new: not written again


def test_an_entry_others_can_write_of_another_python_or_torn_is_not_used(process):
    entry, start, end = process
    start()
    _made()
    end()
    good = entry.read_bytes()
    for spoil in (lambda: entry.chmod(0o622), lambda: entry.write_bytes(sealed(("2.7.0", unsealed(good)[1]))),
                  lambda: entry.write_bytes(good[:100]), lambda: entry.write_bytes(sealed(("x", 1)))):
        spoil()
        start()
        compiled = _watched()
        Kept, Pair, _ = _made()
        assert compiled and Kept("a").size == 3 and Pair(1).right == "r"  # compiled afresh, and right
        entry.write_bytes(good)
        entry.chmod(0o600)


def test_the_command_compiles_no_text_once_an_earlier_one_did(tmp_path):
    """Two cold commands: the second compiles none of the texts of dataclasses, NamedTuples and typing (the
    first ~380); with the cache off, no entry."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("BRIEFING_NO_CACHE", None)
    command = ("import runpy, sys; n = []; sys.addaudithook(lambda e, a: n.append(1) if e == 'compile' and a[1] == '<string>' "
               "else None); import atexit; atexit.register(lambda: print('compiled', len(n))); sys.argv = ['-m', 'validate', "
               f"{str(DEFAULT)!r}]; runpy.run_module('generator.cli', run_name='__main__', alter_sys=True)")
    counts = []
    for environment in (env, env, {**env, "BRIEFING_NO_CACHE": "1", "XDG_CACHE_HOME": str(tmp_path / "off")}):
        done = subprocess.run([sys.executable, "-c", command], cwd=ROOT, env=environment, capture_output=True, text=True)
        counts.append(int(done.stdout.split("compiled ")[-1]))
    assert counts[0] > 50 and counts[1] == 0 and counts[2] >= counts[0]
    assert not (tmp_path / "off").exists()
