"""A title that says a measure rose for an item does not hide that the item's share fell (review 21: AMD s5 "Segment
operating income rose for Data Center …" over a table where Data Center's share of revenue fell from 29% to 25%):
generator/title_shares.py, grid_titles.py."""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.grid_titles import grid_title
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build

EN = load_words("en")
TOPIC = {"summary": "", "points": []}


def test_an_item_whose_share_moved_against_its_value_is_named_mixed():
    figures = [{"value": "$40 million", "label": "Port income, or 12% of revenue, compared to $35 million a year ago, "
                                                 "or 15% of revenue"},
               {"value": "$9 million", "label": "Ferry income, or 3% of revenue, compared to $11 million, or 4% a year ago"},
               {"value": "$6 million", "label": "Marina income, or 2% of revenue, compared to $5 million, or 1% a year ago"}]
    assert grid_title(figures, TOPIC, EN) == "Income fell for Ferry, rose for Marina, mixed for Port"
    figures[0]["label"] = "Port income, or 12% of revenue, compared to $35 million a year ago, or 11% of revenue"
    assert grid_title(figures, TOPIC, EN) == "Income rose for Port and for Marina, fell for Ferry"  # (both rose)


def _rows(shape) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in shape.table.rows]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_amd_title_says_a_rise_its_table_shows_as_a_fall(audience):
    """For each item the title says "rose for", the row's share beside its value is not below the share beside
    its earlier value."""
    made = notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content
    checked = 0
    for slide in Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides:
        title = slide.shapes.title.text if slide.shapes.title is not None else ""
        rose = re.search(r"rose for (.*?)(?:, (?:fell|mixed) for|$)", title)
        for shape in (s for s in slide.shapes if s.has_table and rose):
            for row in _rows(shape)[1:]:
                if any(row[0].startswith(item) for item in rose.group(1).split(" and for ")):
                    shares = [float(n) for cell in row[1:3] for n in re.findall(r"\((\d+)%", cell)]
                    checked += 1
                    assert len(shares) < 2 or shares[0] >= shares[1], (title, row)
    assert checked >= 1
