"""The light models' checks kept between runs (``model_compiled._code`` in the cache folder
``models``): a new process loads them instead of compiling them, and only entries nobody else
can have written, compiled from the same source by the same Python."""
from __future__ import annotations

import marshal
import stat
import sys

import pytest

from generator import model_compiled
from generator.content import Content
from generator.loader import load_content

from .conftest import DEFAULT


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A cache folder of this test's own; ``compile()`` counted; Content's check made afresh (as in a new process)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    monkeypatch.setattr(model_compiled, "_FOLDERS", {})
    compiled: list[str] = []

    def counting(source, name, mode):
        compiled.append(name)
        return compile(source, name, mode)

    monkeypatch.setattr(model_compiled, "compile", counting, raising=False)

    def again():
        monkeypatch.setattr(Content, "__light__", None)
        monkeypatch.setattr(model_compiled, "_FOLDERS", {})
        compiled.clear()
        return load_content(DEFAULT).model_dump()

    return tmp_path / "cache" / "briefing" / "models", compiled, again


def test_a_new_process_loads_the_checks_and_reads_the_same(fresh):
    folder, compiled, again = fresh
    first = again()
    assert "<check of Content>" in compiled
    entry = folder / f"generator.content.Content.{sys.implementation.cache_tag}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert again() == first and compiled == []  # Content's check came from the cache


def test_an_entry_others_can_write_or_of_other_source_is_compiled_again(fresh):
    folder, compiled, again = fresh
    first = again()
    entry = folder / f"generator.content.Content.{sys.implementation.cache_tag}"
    entry.chmod(0o622)
    assert again() == first and "<check of Content>" in compiled
    version, source, code = marshal.loads(entry.read_bytes())
    entry.write_bytes(marshal.dumps((version, source + "\n", compile("def check(data): return 1", "x", "exec"))))
    assert again() == first and "<check of Content>" in compiled  # another source's code is never run
    entry.write_bytes(entry.read_bytes()[:30])
    assert again() == first and "<check of Content>" in compiled  # a torn entry
