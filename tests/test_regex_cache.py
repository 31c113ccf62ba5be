"""Regular expressions kept compiled between runs (``generator/regex_cache.py``, the cache folder
``regex``): a new process finds the patterns an earlier one compiled already made, each the same
pattern as a fresh compile, and uses only entries nobody else can have written, by the same Python."""
from __future__ import annotations

import marshal
import os
import re
import stat
import subprocess
import sys

import pytest

from generator import regex_cache
from generator.cache_files import sealed, unsealed

from .conftest import DEFAULT, ROOT, held_exit_handlers

PATTERNS = [("(?P<word>\\w+)-(?P<n>\\d+) kept-by-test", 0), ("^kept (by)? test$", re.I | re.M), (b"[\\x00-\\x1f]kept", 0),
            ("[\u0600-\u06ff\u4e00-\u9fff]+ kept", re.UNICODE)]


@pytest.fixture
def process(tmp_path, monkeypatch):
    """``start()`` begins a new process as far as the cache is concerned (``re``'s caches empty, the
    compiler's own ``_sre``) and uses the cache; ``end()`` runs what it left for the process's end."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    compiler = regex_cache._compiler()
    assert compiler is not None  # CPython's re as the module expects it
    monkeypatch.setattr(compiler, "_sre", compiler._sre)  # (restored after the test)
    at_end, end = held_exit_handlers(monkeypatch, regex_cache)

    def start() -> None:
        monkeypatch.setattr(compiler, "_sre", getattr(compiler._sre, "_real", compiler._sre))
        monkeypatch.setattr(re, "_cache", {})
        if hasattr(re, "_cache2"):  # (Python 3.13: re.compile asks a second cache of the latest patterns first)
            monkeypatch.setattr(re, "_cache2", {})
        at_end.clear()
        regex_cache.use_cache()

    return tmp_path / "cache" / "briefing" / "regex" / f"patterns.{sys.implementation.cache_tag}", start, end


def _same(made: re.Pattern, fresh: re.Pattern) -> None:
    assert (made.pattern, made.flags, made.groups, dict(made.groupindex)) == (
        fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex))
    sample = "x abc-12 kept-by-test\nkept test\n\u0627\u0644 kept" if isinstance(made.pattern, str) else b"\x01kept"
    assert [m.group(0) for m in made.finditer(sample)] == [m.group(0) for m in fresh.finditer(sample)]


def test_a_new_process_finds_the_patterns_made_and_the_same(process):
    entry, start, end = process
    start()
    first = [re.compile(p, f) for p, f in PATTERNS]
    end()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600 and stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    start()
    held = {key: made for key, made in re._cache.items()}  # type: ignore[attr-defined]
    for (pattern, flags), was in zip(PATTERNS, first):
        made = re.compile(pattern, flags)
        assert held[type(pattern), pattern, int(flags)] is made  # found made, not compiled
        _same(made, was)
        _same(made, re._compiler.compile(pattern, int(flags)) if hasattr(re, "_compiler") else was)
    written = entry.read_bytes()
    end()
    assert entry.read_bytes() == written  # nothing new: not written again


def test_an_entry_others_can_write_of_another_python_or_torn_is_not_used(process):
    entry, start, end = process
    start()
    re.compile(*PATTERNS[0])
    end()
    for spoil in (lambda: entry.chmod(0o622),
                  lambda: entry.write_bytes(sealed(("2.7.0", *unsealed(entry.read_bytes())[1:]))),
                  lambda: entry.write_bytes(entry.read_bytes()[:100])):
        good = entry.read_bytes()
        spoil()
        start()
        assert re._cache == {}  # type: ignore[attr-defined]
        entry.write_bytes(good)
        entry.chmod(0o600)


def first_kept(process) -> tuple:
    """A run that makes ``PATTERNS[0]``: the entry's version, magic and first kept ``(flags, args)``."""
    entry, start, end = process
    start()
    re.compile(*PATTERNS[0])
    end()
    version, magic, kept = marshal.loads(entry.read_bytes())
    return version, magic, kept[0]


def test_code_that_sre_refuses_leaves_re_cache_empty(process):
    entry, start, end = process
    version, magic, (flags, (pattern, final, code, *rest)) = first_kept(process)
    entry.write_bytes(sealed((version, magic, [(flags, (pattern, final, [99999] + code, *rest))])))  # whole: _sre
    # itself refuses it
    start()
    assert re._cache == {}  # type: ignore[attr-defined]
    assert re.compile(*PATTERNS[0]).match("ab-1 kept-by-test")  # compiled afresh


def test_the_command_writes_the_same_deck_with_the_patterns_kept(tmp_path):
    """Two cold builds of the default deck, the second with the patterns the first kept: the same bytes;
    with the cache off, no entry."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BRIEFING_NO_CACHE", None)
    decks = []
    for run in ("first", "second"):
        subprocess.run([sys.executable, "-m", "generator.cli", "build", str(DEFAULT), "-a", "executive", "-f", "pptx",
                        "-o", str(tmp_path / run)], cwd=ROOT, env=env, check=True, capture_output=True)
        decks.append((tmp_path / run / "deepseek-executive.pptx").read_bytes())
        entry = tmp_path / "cache" / "briefing" / "regex" / f"patterns.{sys.implementation.cache_tag}"
        assert len(marshal.loads(entry.read_bytes())[2]) >= 100  # ours, Jinja's, Click's, PyYAML's
    assert decks[0] == decks[1]
    off = {**env, "BRIEFING_NO_CACHE": "1", "XDG_CACHE_HOME": str(tmp_path / "off")}
    subprocess.run([sys.executable, "-m", "generator.cli", "validate", str(DEFAULT)], cwd=ROOT, env=off, check=True,
                   capture_output=True)
    assert not (tmp_path / "off").exists()


def test_a_pattern_made_from_a_large_input_is_not_kept(process):
    entry, start, end = process
    start()
    long = "|".join(f"word{i}kept" for i in range(3000))  # (its code is over LONGEST words)
    re.compile(long)
    re.compile(*PATTERNS[0])
    end()
    kept = {args[0] for _, args in marshal.loads(entry.read_bytes())[2]}
    assert PATTERNS[0][0] in kept and long not in kept


def test_a_full_entry_keeps_the_patterns_the_latest_run_made(process):
    """An entry holding MOST patterns of other runs (a user's cache, after many contents) still takes
    the patterns a run made afresh, dropping the oldest: the next run finds them made."""
    entry, start, end = process
    start()
    others = [re.compile(f"other-{i}-(\\d+)") for i in range(regex_cache.MOST)]
    end()
    assert len(marshal.loads(entry.read_bytes())[2]) == regex_cache.MOST == len(others)
    start()
    re.compile(*PATTERNS[0])
    end()
    start()
    assert (str, PATTERNS[0][0], PATTERNS[0][1]) in re._cache  # type: ignore[attr-defined]  # made, not compiled
    kept = [args[0] for _, args in marshal.loads(entry.read_bytes())[2]]
    assert len(kept) == regex_cache.MOST and kept[0] == PATTERNS[0][0] and "other-0-(\\d+)" in kept
