"""A point leaves for a figure only if the figure shows all it states; a grid shows one measure and
no cell says its title (issue #21, review 9 findings 1 and 4), on the real notes with key figures."""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.figure_facts import Shown
from generator.quantities import stated

from .deck_economy import DARK_LAYOUTS, _figures, _paragraphs
from .notes_built import NOTES, WITH_FIGURES

AUDIENCES = ("executive", "policy", "technical")
AMD = (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8").splitlines()
OPERATING = [line for line in AMD if "segment operating income was" in line]  # three points with a comparison each




def _texts(path: Path) -> str:
    return "\n".join(s.text_frame.text for slide in Presentation(str(path)).slides for s in slide.shapes if s.has_text_frame)


def test_the_technical_deck_keeps_every_comparison_the_grid_does_not_show(decks):
    """Each segment's operating income, its share of revenue and the year-ago comparison ("$867 million, or
    21% of revenue, compared to $288 million, or 12% a year ago") stays whole: the grid shows only "$867
    million" (the three points had left every deck, the technical one included)."""
    texts = _texts(decks / "earnings-call-amd-technical.pptx")
    assert len(OPERATING) == 3
    assert all(line.strip() in texts for line in OPERATING)


@pytest.mark.parametrize("audience", AUDIENCES[1:])
def test_the_weightiest_comparison_stays_in_every_deck(decks, audience):
    """Data Center's margin falling from 29% to 25% is in every deck (a shorter deck keeps fewer points, by weight)."""
    assert OPERATING[0].strip() in _texts(decks / f"earnings-call-amd-{audience}.pptx")


def test_a_point_leaves_for_figures_only_if_they_show_all_it_states():
    shown = Shown([("$867 million", "t", "Client and Gaming segment operating income"),
                   ("$1.3 billion", "t", "Gaming revenue, up 181% year-over-year"),
                   ("235,000 documents", "g", "GM and NHTSA have produced and the production continues")])
    assert not shown.says(OPERATING[1], "t")  # (21%, $288 million and 12% are not shown)
    assert shown.says("Gaming revenue rose to $1.3 billion, up 181% year-over-year.", "t")
    assert shown.says("GM and NHTSA have produced 235,000 documents and the production continues.", "g")
    assert stated("the first three quarters of 2025") == set()  # (a year counts nothing)


def _grids(path: Path) -> list[tuple[str, list[str], list[str]]]:
    """(title, values, labels) of each slide of the deck at ``path`` that shows two key figures or more."""
    out = []
    for slide in Presentation(str(path)).slides:
        if slide.slide_layout.name in DARK_LAYOUTS:
            continue
        paras = _paragraphs(slide)
        values = _figures(paras)
        if len(values) > 1:
            labels = [paras[i + 1]["text"] for i, p in enumerate(paras[:-1]) if p["text"] in values]
            out.append((slide.shapes.title.text_frame.text, values, labels))
    return out


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", ["deepseek", *(Path(n).stem for n in WITH_FIGURES)])
def test_no_cell_of_a_grid_says_its_title(decks, name, audience):
    """AMD's "Gaming revenue rose to $1.3 billion, up 181% year-over-year." titled a grid whose first cell
    was "$1.3 billion / Gaming revenue, up 181% year-over-year"."""
    for title, values, _ in _grids(decks / f"{name}-{audience}.pptx"):
        assert not stated(title) & stated(" ; ".join(values)), title


@pytest.mark.parametrize("audience", AUDIENCES)
def test_amd_s_grid_shows_one_measure_titled_by_it(decks, audience):
    """The three segments' operating incomes make the grid, titled by what they measure, less those a point
    kept whole says (each income is said once: in the grid, or by its point with its comparison); Gaming's
    revenue, another measure, stays the point that says it."""
    path = decks / f"earnings-call-amd-{audience}.pptx"
    texts = _texts(path)
    grids = _grids(path)
    assert all(title == "Segment operating income" for title, _, _ in grids)
    assert all(label.split(",")[0].endswith("segment operating income") for _, _, labels in grids for label in labels)
    shown = [v for _, values, _ in grids for v in values]
    for line in OPERATING:
        income = line.split(" was ")[1].split(",")[0]
        assert (line.strip() in texts) + shown.count(income) == 1, income
    assert "Gaming revenue rose to $1.3 billion, up 181% year-over-year." in texts


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_deck_says_what_each_segment_s_operating_income_compares_to(decks, audience):
    """Client and Gaming's operating income tripled (from $288 million): a deck with too few points for the
    comparisons shows them in the grid's labels ("Client and Gaming segment operating income, compared to $288
    million"), after the clause that restates the value ("or 21% of revenue")."""
    texts = _texts(decks / f"earnings-call-amd-{audience}.pptx")
    for line in OPERATING:
        before = line.split("compared to ")[1].split(",")[0].removesuffix(" a year ago")
        assert before in texts, before


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_grid_s_labels_are_one_size(decks, audience):
    """A label long enough to wrap ("…, compared to $1 billion a year ago") does not sit smaller than its neighbours."""
    for slide in Presentation(str(decks / f"earnings-call-amd-{audience}.pptx")).slides:
        paras = _paragraphs(slide)
        values = _figures(paras)
        sizes = {size for i, p in enumerate(paras[:-1]) if p["text"] in values for size in paras[i + 1]["sizes"]}
        assert len(sizes) <= 1, sizes
