"""Attacks on round 17's caches, the lead's link check and round 21's deck rules (helper attack14): each test
failed before its fix."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from click.testing import CliRunner
from pptx import Presentation

from generator.cache_files import kept_from
from generator.cli import main

from .notes_built import NOTES


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


def _titles(deck: Path) -> list[str]:
    """Each slide's title as drawn."""
    return [slide.shapes.title.text_frame.text if slide.shapes.title is not None else
            next((s.text_frame.text for s in slide.shapes if s.has_text_frame), "") for slide in Presentation(str(deck)).slides]


def test_a_grid_title_of_labels_in_bold_keeps_no_marker(tmp_path):
    """Markdown notes that set each segment in bold ('**Data Center segment** operating income was …') had the grid
    title cut the run of words the labels share out of the bold runs: 'Segment** operating income rose for **Client and
    Gaming, fell for **Embedded, mixed for **Data Center', markers drawn on the slide. The title is made of the
    labels as drawn; the table under it was already."""
    notes = (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8")
    for name in ("Data Center segment", "Client and Gaming segment", "Embedded segment"):
        notes = notes.replace(f"{name} operating income", f"**{name}** operating income")
    (tmp_path / "amd.txt").write_text(notes, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(tmp_path / "amd.txt"), "-o", str(tmp_path / "amd.yaml")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["build", str(tmp_path / "amd.yaml"), "-a", "technical", "-f", "pptx", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    titles = _titles(tmp_path / "amd-technical.pptx")
    grid = [t for t in titles if "operating income" in t]
    assert grid == ["Segment operating income rose for Client and Gaming, fell for Embedded, mixed for Data Center"], titles
    assert not any("*" in t for t in titles), titles
