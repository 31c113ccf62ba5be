"""Issue #24, cause 2: the bottom line compares a statement only with the slides that could back it.

``consequence.chosen`` asked ``backed`` of every item and candidate against every slide: a deck of 2,000
chapters of nine points compared each of its statements with each slide. ``backers.Backers`` indexes the
slides once; these tests count the slides it compares (``slide_backs`` calls), which grow with the deck, not
with its square, and check its answers against ``backed`` read slide by slide, on the lines of real notes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import backers
from generator.backers import Backers, slide_backs
from generator.key_words import keys

NOTES = Path(__file__).parent / "fixtures" / "notes"


def _deck(n: int) -> tuple[list, list[str]]:
    """A deck shaped like attack11's imported notes: ``n`` slides of nine points alike but for their numbers,
    titled by their first point; and every point as a statement."""
    told, said = [], []
    for c in range(n):
        points = [f"point {10 * c + k} about things and numbers {7 * (10 * c + k)}%" for k in range(1, 10)]
        told.append((points[0].capitalize(), keys(" ".join(points))))
        said += points
    return told, said


def _compared(monkeypatch, told: list, said: list[str]) -> int:
    """How many times ``Backers`` compares a statement with a slide to answer for each of ``said``."""
    count = [0]
    real = backers.slide_backs

    def counted(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(backers, "slide_backs", counted)
    index = Backers(told)
    assert all(index.backs(text) for text in said)
    return count[0]


def test_comparisons_grow_with_the_deck_not_its_square(monkeypatch):
    """Twice the slides (and statements), about twice the comparisons (a few a statement); each slide by slide
    would be 9 n² (3.6 million at 200 slides)."""
    small, large = (_compared(monkeypatch, *_deck(n)) for n in (200, 400))
    assert large <= 2.2 * small
    assert large <= 3 * 9 * 400


@pytest.mark.parametrize("name", ["earnings-call-amd.txt", "allin-summit-takeaways.txt", "lescastcodeurs-fr.md",
                                  "knesset-finance-he.txt", "talkgo-runtime-zh.md", "house-cliff-notes.txt"])
def test_the_index_answers_as_every_slide_does(name):
    """On real notes (each line a slide: its words as the title, the next lines as the body; some untitled), the
    slides the index finds backing a line are exactly those that back it read one by one."""
    lines = [line.strip("-•* \t") for line in (NOTES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    told = [(line if i % 5 else "", keys(" ".join(lines[i + 1:i + 4]))) for i, line in enumerate(lines)]
    index = Backers(told)
    for text in [*lines, *(line[:40] for line in lines), *(line.split(",")[0] for line in lines)]:
        assert index.positions(text) == {i for i, slide in enumerate(told) if slide_backs(text, slide)}, text
