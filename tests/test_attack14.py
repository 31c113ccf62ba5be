"""Attacks on round 17's caches, the lead's link check and round 21's deck rules (helper attack14): each test
failed before its fix."""
from __future__ import annotations

import importlib.util

from generator.cache_files import kept_from


def _module(path, text: str):
    """``text`` written to ``path`` and imported as a module of its own."""
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"made_{path.stem}_{len(text)}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_kept_value_is_made_afresh_when_the_code_that_makes_it_changed(tmp_path, monkeypatch):
    """``kept_from`` keyed an entry by the data file and the Python only: a checkout that changed how a value is
    made from an unchanged file (measure.py's widths from metrics.json) got the value the old code made, for as
    long as the file stayed untouched. The code that makes it (its module's file) is part of the key now."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    data = tmp_path / "data.json"
    data.write_text("{}", encoding="utf-8")
    maker = tmp_path / "maker.py"
    old = _module(maker, "def make():\n    return {1: 10}\n")
    assert kept_from("fonts", data, "bold", old.make) == {1: 10}
    new = _module(maker, "def make():\n    return {1: 10, 2: 20}\n")  # (the code changed; the file did not)
    assert kept_from("fonts", data, "bold", new.make) == {1: 10, 2: 20}
    assert kept_from("fonts", data, "bold", new.make) == {1: 10, 2: 20}
