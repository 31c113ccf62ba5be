"""A table uses its slide's room (review 21: AMD's three tables sat at 20 pt over half-empty slides, under a deck
whose points are 24 pt): its cells take the deck's body size where the table fits whole at it, and its rows grow
towards FILLED of the body's height (generator/writers/pptx/slides/table.py)."""
from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.util import Pt

from generator.writers.pptx.geometry import BODY_H

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build


def _sizes(shape) -> set[float]:
    """The sizes of the runs of a table's cells, in points."""
    return {run.font.size.pt for row in shape.table.rows for cell in row.cells
            for p in cell.text_frame.paragraphs for run in p.runs if run.font.size is not None}


def _points_size(deck) -> float:
    """The size of the deck's first-level points on its topic slides (the largest body text of a slide with a
    kicker, key figures left out: 24 pt in AMD's)."""
    sizes = [run.font.size.pt for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs if p.level == 0 for run in p.runs
             if run.font.size is not None and 18 <= run.font.size.pt <= 24]
    return max(sizes)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_amd_s_tables_take_the_deck_s_size_and_fill_their_slide(audience):
    made = notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content
    deck = Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx")))
    tables = [shape for slide in deck.slides for shape in slide.shapes if shape.has_table]
    assert len(tables) >= 2
    size = _points_size(deck)
    for shape in tables:
        assert _sizes(shape) == {size}, (_sizes(shape), size)
        assert shape.height >= Pt(0.75 * BODY_H), shape.height / 12700  # (not half the slide empty under it)
