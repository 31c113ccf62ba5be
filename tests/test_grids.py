"""A point leaves for a figure only if the figure shows all it states; a grid shows one measure and
no cell says its title (issue #21, review 9 findings 1 and 4), on the real notes with key figures."""
from __future__ import annotations

import re

from pathlib import Path

import pytest
from pptx import Presentation

from generator.continued import continued
from generator.document import Bullet, Slide
from generator.figure_facts import Shown
from generator.figure_labels import change_of, with_periods
from generator.grid_titles import grid_title
from generator.quantities import stated
from generator.words import english

from .deck_colours import table_lines, table_rows
from .deck_economy import DARK_LAYOUTS, _figures, _paragraphs
from .notes_built import NOTES, WITH_FIGURES

AUDIENCES = ("executive", "policy", "technical")
AMD = (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8").splitlines()
OPERATING = [line for line in AMD if "segment operating income was" in line]  # three points with a comparison each




def _texts_of(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def _texts(path: Path) -> str:
    """Every text of the deck at ``path``, its tables' rows too ("Gaming revenue | $1.3 billion | …")."""
    return "\n".join(t for slide in Presentation(str(path)).slides
                     for t in [s.text_frame.text for s in slide.shapes if s.has_text_frame] + table_lines(slide))


def _operating_rows(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(title, rows) of each slide of the deck at ``path`` whose table has the segments' operating incomes."""
    tables = [(_title(slide), _measured(table_rows(slide))) for slide in Presentation(str(path)).slides]
    return [(title, rows) for title, rows in tables if sum("operating income" in row[0] for row in rows[1:]) == 3]


def _measured(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` (the header first) with each row's first cell its measure's whole name: a header that names what
    the measures share (review 21: "Segment operating income" over "Data Center") is said after each name."""
    if not rows or rows[0][0] == "Measure":
        return rows
    shared = rows[0][0][:1].lower() + rows[0][0][1:]
    return [rows[0], *([f"{row[0]} {shared}", *row[1:]] for row in rows[1:])]


def _title(slide) -> str:
    return slide.shapes.title.text if slide.shapes.title is not None else ""


@pytest.mark.parametrize("audience", AUDIENCES)
def test_one_measure_shows_in_one_place_with_its_share_and_period(decks, audience):
    """Each segment's operating income is a row of one table: the measure's name (review 21: what the names share
    heads their column, "Segment operating income", each row names its segment), its value with its share of
    revenue, the year-ago value (review 20: a big number's label was a broken sentence, "Data Center segment
    operating income, or 25% of revenue, compared to $1 billion a year ago, or 29%"; review 15: the margins stay);
    no point says one again (policy had put Data Center's on the revenue slide and the other two in a two-cell grid;
    technical had three points under "Data Center segment revenue increased 22% … (cont.)")."""
    path = decks / f"earnings-call-amd-{audience}.pptx"
    tables = _operating_rows(path)
    assert len(tables) == 1 and len(OPERATING) == 3
    rows = [row for row in tables[0][1][1:] if "operating income" in row[0]]
    for line, row in zip(OPERATING, rows):
        measure, said = line.split(" was ")
        value = said.split(",")[0]
        assert row[0] == measure and row[1].startswith(value), row  # (the label is the measure's name)
        assert all(share in " ".join(row) for share in re.findall(r"\d+%", said)), row  # (review 15: the margins stay)
        before = said.split("compared to ")[1].split(",")[0].removesuffix(" a year ago")
        assert row[2].startswith(before), row
    assert tables[0][1][0][2] == "A year ago"  # (the period every row names, in the header)
    assert not _grids(path)
    texts = _texts(path)
    assert not any(line.strip() in texts for line in OPERATING)


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
def test_amd_s_grid_is_titled_by_a_sentence_of_what_its_cells_share(decks, audience):
    """The three segments' operating incomes make the grid, titled by which way each moved, read from the
    values the notes give ($1.1 billion against $1 billion a year ago: rose; review 21: Data Center's share of
    revenue fell, 29% to 25%, so its move is mixed, not a rise the table contradicts), not by the topic phrase
    "Segment operating income"; Gaming's revenue, another measure, stays the point that says it, or its row in the
    segment revenues' table (tabled_points.py, review 19: the executive and policy decks)."""
    path = decks / f"earnings-call-amd-{audience}.pptx"
    assert [title for title, _ in _operating_rows(path)] == [
        "Segment operating income rose for Client and Gaming, fell for Embedded, mixed for Data Center"]
    texts = _texts(path)
    assert ("Gaming revenue rose to $1.3 billion, up 181% year-over-year." in texts
            or "Gaming revenue | $1.3 billion | +181% year-over-year" in texts), texts


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


def _figure(value: str, label: str) -> dict:
    return {"value": value, "label": label}


def test_a_grid_title_says_which_way_each_cell_moved_only_from_the_values_the_notes_give():
    words = english()
    topic = {"summary": "", "points": []}
    moved = [_figure("€4 billion", "Europe cloud revenue, compared to €3 billion last year"),
             _figure("€2 billion", "Asia cloud revenue, compared to €2.5 billion last year")]
    assert grid_title(moved, topic, words) == "Cloud revenue rose for Europe, fell for Asia"
    # one cell without an earlier value of its kind: no direction is guessed; the strongest cell's sentence titles it
    unknown = [moved[0], _figure("€2 billion", "Asia cloud revenue, up 12%")]
    said = {"summary": "", "points": [{"text": "Europe cloud revenue was €4 billion, compared to €3 billion last year.",
                                       "children": []}]}
    assert grid_title(unknown, said, words) == "Europe cloud revenue was €4 billion, compared to €3 billion last year."
    assert grid_title(unknown, topic, words) == "Cloud revenue"  # (no sentence in the notes: what the labels share)


def test_a_comparison_label_takes_the_period_a_sibling_names():
    words = english()
    figures = [_figure("$5 million", "North sales, compared to $4 million last year"),
               _figure("$3 million", "South sales, compared to $3,500 million"),
               _figure("$2 million", "East sales, compared to $1 million, or 10% last year")]
    labels = [f["label"] for f in with_periods(figures, words)]
    assert labels == ["North sales, compared to $4 million last year", "South sales, compared to $3,500 million last year",
                      "East sales, compared to $1 million, or 10% last year"]
    assert with_periods(figures[1:2], words) == figures[1:2]  # (no sibling names one: nothing is made up)


def test_a_label_carries_the_share_and_the_period_said_after_it():
    words = english()
    text = ["Client segment operating income was $867 million, or 21% of revenue, compared to $288 million, or 12% a year ago."]
    assert change_of("$867 million", text, words) == "or 21% of revenue, compared to $288 million, or 12% a year ago"
    assert change_of("54%", ["Gross margin was 54%, up 40 basis points year-over-year."], words) == (
        "up 40 basis points year-over-year")
    assert change_of("$2.2 billion", ["Operating income was $2.2 billion, representing a 24% operating margin."], words) == ""
    # (after the change, only a clause restating a kind of quantity said before it: not another fact)
    assert change_of("$5 billion", ["Revenue was $5 billion, up 10%, 30 new customers joined."], words) == "up 10%"


def test_a_continuation_of_another_measure_gets_its_own_title():
    """Three operating-income points continued a slide titled by a segment's revenue as "<revenue title> (cont.)"."""
    words = english()
    revenue = [Bullet(text=f"{name} segment revenue increased {n}% year-over-year to ${n} billion, driven by demand.")
               for name, n in (("Cloud", 22), ("Devices", 73), ("Services", 8), ("Licensing", 5))]
    income = [Bullet(text=f"{name} segment operating income was ${n} million, or {n // 10}% of revenue, compared to "
                          f"${n - 100} million a year ago, or {n // 20}% of revenue.")
              for name, n in (("Cloud", 1100), ("Devices", 867), ("Services", 283))]
    slide = Slide(layout="bullets", title="Cloud segment revenue increased 30% year-over-year to $5 billion",
                  topic="segments", bullets=revenue + income)
    shown = [(s.title, len(s.bullets)) for s in continued([slide], 75, words) if s.deck]
    assert shown == [(slide.title, 4), ("Segment operating income", 3)]  # (the fourth income point moved to its page)
    tight = [(s.title, len(s.bullets)) for s in continued([slide], 60, words) if s.deck]
    assert tight == [(slide.title, 4), ("Segment operating income", 3)]  # (no page of one point: review 12, it joins)
    # twelve points of one measure: no boundary of peers, so no continuation (review 14: never a third page) but
    # one slide of the first that fit, its speaker notes naming the others (no line counts them: review 18 finding 3)
    same = slide.model_copy(update={"bullets": revenue * 3})
    [page] = [s for s in continued([same], 60, words) if s.deck]
    assert page.title == slide.title
    assert all(b.text in {r.text for r in revenue} for b in page.bullets)
    assert 3 <= len(page.bullets) <= 6 and page.notes.startswith("Left off the slide: ") and "Licensing segment" in page.notes


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", ["deepseek", *(Path(n).stem for n in WITH_FIGURES)])
def test_a_big_number_s_label_is_short(decks, name, audience):
    """Review 14: AMD's grid labels ran 18-22 words ("…, or 25% of revenue, compared to $1 billion a year ago, or
    29% of revenue"). A deck's label shows at most 12 words, and 13 with the period a sibling names
    (short_labels.py), but for the clauses that say a figure (review 15: shortening drops words, never
    figures); what it leaves out is in the slide's speaker notes. A band may have no label (sparse_bands.py: the
    value says what it counts, the point under it the rest)."""
    for slide in Presentation(str(decks / f"{name}-{audience}.pptx")).slides:
        paras = _paragraphs(slide)
        values = _figures(paras)
        for i, p in enumerate(paras[:-1]):
            if p["text"] in values and not paras[i + 1]["bullet"]:  # (a band without a label: the points follow it)
                label = paras[i + 1]["text"]
                wordy = [c for c in label.split(", ")[1:] if not re.search(r"\d", c)]
                assert len(label.split()) <= 13 or not wordy, label

