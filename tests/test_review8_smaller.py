"""Review 8's "Smaller" list, on real notes imported as they come: continuation slides numbered among
themselves, no aside on a deck without asides, no label that promises a list it lost, and an About
slide whose *Why it matters* neither repeats the opening nor speaks in the first person."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.audiences import load_audience
from generator.importer import import_file
from generator.inline import plain
from generator.loader import load_content
from generator.render import render_document

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """Each notes fixture asked for, imported as it comes (cached per name)."""
    folder, done = tmp_path_factory.mktemp("smaller"), {}

    def content(name: str):
        if name not in done:
            done[name] = load_content(import_file(NOTES / name, folder / (Path(name).stem + ".yaml"))[0])
        return done[name]
    return content


def _deck(content, audience: str) -> list:
    return [s for s in render_document(content, load_audience(audience)).slides if s.deck]


@pytest.mark.parametrize("name,mark", [("syntax-year-review.md", "cont."), ("lescastcodeurs-fr.md", "suite")])
def test_continuation_slides_are_numbered_among_themselves(imported, name, mark):
    """The technical deck continued a topic on "(cont. 2)" right after its first slide (the first slide
    counted as 1), which reads as a skipped slide; the continuations are now "(cont.)" alone, else
    "(cont. 1)", "(cont. 2)", … in order."""
    titles = [s.title for s in _deck(imported(name), "technical")]
    runs: dict[str, list[str]] = {}
    for title in titles:
        found = re.fullmatch(rf"(.*) \({mark}(?: (\d+))?\)", title)
        if found:
            runs.setdefault(found.group(1), []).append(found.group(2) or "")
    assert any(len(numbers) > 1 for numbers in runs.values()), runs  # (the fixture has a run of several)
    for numbers in runs.values():
        assert numbers == ([""] if len(numbers) == 1 else [str(n) for n in range(1, len(numbers) + 1)]), runs
