"""Issue #21 rule 1 (quantities outrank prose when choosing and cutting points and figures) and rules
3b/3c (a long point shows as its clauses; a divider opens three slides or more): the rules on their
own, then on decks built from real notes (the earnings call, the hearing digest, French show notes)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.build import build
from generator.clauses import cut
from generator.long_points import split_long
from generator.budgets import trim_points
from generator.document import Bullet
from generator.loader import load_content
from generator.weigh import by_weight, has_quantity

from .conftest import AUDIENCES, DEFAULT
from .deck_colours import table_rows
from .deck_economy import _figures, _paragraphs, lone_sections
from .deck_quantities import LONG_POINT, long_points, lost_numbers, weightiest
from .notes_built import built_notes

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


# -- the rules on their own ------------------------------------------------------------------
@pytest.mark.parametrize("text,says", [
    ("Revenue grew 36% to $9.2 billion", True), ("replicas from 43 to 12", True), ("27x cheaper", True),
    ("200,000 GPUs", True), ("3M users", True), ("€4bn of grants", True), ("réduction de 15 %", True),
    ("Free cash flow more than tripled", False), ("in 2024", False), ("Q3 2025", False), ("5th Gen EPYC", False),
    ("at 12:30", False), ("episode 459", False), ("3M Company, Saint Paul", False), ("Java 21 is out", False)])
def test_a_quantity_is_a_number_with_a_unit_not_a_year_index_or_time(text, says):
    assert has_quantity(text) is says


def test_figures_weightiest_first_by_kind_then_size_of_their_kind():
    figures = [{"value": v} for v in ("$89 million", "$1.3 billion", "12 nests", "$9.4 billion", "31%", "54%")]
    # (31% is 0.57 of the largest percentage, $1.3 billion 0.14 of the largest sum)
    assert [f["value"] for f in by_weight(figures)] == ["$9.4 billion", "54%", "31%", "$1.3 billion", "$89 million",
                                                       "12 nests"]


def test_points_with_a_number_outrank_prose_and_a_point_the_grid_says_goes_last():
    points = [{"text": t, "children": []} for t in (
        "Revenue grew 36% to $9.2 billion.", "Net income increased 31%.", "Free cash flow more than tripled.",
        "Gross margin was 54%.", "Operating income was $2.2 billion.")]
    shown = [p["text"] for p in trim_points(points, 3, said=[{"value": "31%"}, {"value": "54%"}])]
    assert shown == ["Revenue grew 36% to $9.2 billion.", "Free cash flow more than tripled.",
                     "Operating income was $2.2 billion."]
    assert [p["text"] for p in trim_points(points, 3)] == [p["text"] for p in points[:2]] + [points[3]["text"]]
    assert trim_points(points, 0) == points  # nothing to choose: all, in order


def test_a_cut_keeps_the_number():
    text = "Spectacular results after migrating to native images: replicas cut from 43 to 12, CPUs from 15 to 5 cores"
    assert cut(text, 12) == "Replicas cut from 43 to 12, CPUs from 15 to 5 cores"
    assert cut(text, 14) == "Spectacular results after migrating to native images: replicas cut from 43 to 12"
    assert cut(text, 30) == text
    prose = "Teams should start with the least complex services, and invest heavily in automated tests"
    assert cut(prose, 9) == "Teams should start with the least complex services"  # no number: the leading clause


def test_a_long_point_shows_as_its_clauses_never_inside_a_list_or_brackets():
    sentences = " ".join(["The committee met on Tuesday morning to hear from the regional water companies."] * 4)
    assert [b.text for b in split_long([Bullet(text=sentences)])] == [sentences.split(". ")[0] + "."] * 4
    witnesses = ("The subcommittee concluded a hearing to examine curbing scams, focusing on warning consumers "
                 "about frauds and swindles, after receiving testimony from Daniel Kaufman, Acting Director, Bureau "
                 "of Consumer Protection; Cynthia L. Alexander, Consumer Protection Division, Seattle; and Bonnie "
                 "Patten, Truth in Advertising, Inc., Madison, Connecticut.")
    [point] = split_long([Bullet(text=witnesses)])
    assert point.text.endswith("after receiving testimony from:")
    assert [c.text for c in point.children] == [
        "Daniel Kaufman, Acting Director, Bureau of Consumer Protection", "Cynthia L. Alexander, Consumer Protection "
        "Division, Seattle", "Bonnie Patten, Truth in Advertising, Inc., Madison, Connecticut."]
    listing = ("The hosts dissect key developments such as the budget bill (the so-called BBB, passed in July, "
               "after a long night), the phasing out of clean energy subsidies, the standoff between the two "
               "leaders, the dollar's fall, the university's troubles, and mergers in software amid disruption.")
    [point] = split_long([Bullet(text=listing)])
    assert point.text == listing and not point.children  # a list and brackets: no safe boundary
    bold = ("**The committee concluded a hearing, after receiving testimony from witnesses across the whole country** "
            "and it went on for a long and tiring while, after which the members voted on the report and adjourned "
            "until the next session of the full house.")
    [point] = split_long([Bullet(text=bold)])  # never inside emphasis: the comma after it
    assert point.text.endswith("went on for a long and tiring while") and point.text.count("**") == 2
    assert [c.text for c in point.children] == ["after which the members voted on the report and adjourned until the "
                                                "next session of the full house."]
    short = Bullet(text="Leakage is the cheapest new water")
    assert split_long([short]) == [short]


# -- on decks built from real notes ------------------------------------------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """name -> its content file; every audience's deck built beside it."""
    names = ("earnings-call-amd.txt", "hearing-daily-digest.txt", "lescastcodeurs-fr.md")
    folder = built_notes(tmp_path_factory.mktemp("quantities"), names, formats=["pptx"])
    build([DEFAULT], formats=["pptx"], output=folder)
    return {"default": DEFAULT} | {Path(name).stem: folder / f"{Path(name).stem}.yaml" for name in names} | {"folder": folder}


def _slides(built, name, audience):
    stem = built[name].stem
    return list(Presentation(str(built["folder"] / f"{stem}-{audience}.pptx")).slides)


def test_the_earnings_calls_big_number_is_its_weightiest_figure(built):
    """The executive deck shows the content's weightiest figure (by kind, size and its topic's weight) as
    a big number leading its grid, and the gross margin in big, not only the $89 million buyback; its results
    show operating income and EPS whatever else its title leaves room for: as the points with numbers,
    or as a figure with its label ("Operating income was $2.2 billion, representing a 24% operating
    margin" gives $2.2 billion: the rest only restates it)."""
    slides = _slides(built, "earnings-call-amd", "executive")
    value = weightiest(built["earnings-call-amd"])
    grids = [_figures(_paragraphs(s)) for s in slides]
    text = [p["text"] for s in slides for p in _paragraphs(s)]
    titles = [sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame]  # a title states a point
    # (its heaviest topic is the one the overview names; a figure no other of its topic's figures measures alike
    # stays the point that says it beside a grid of another measure: test_grids)
    assert value and any(grid[:1] == [value] for grid in grids) or any(
        value in t and "Gaming revenue" in t for t in text)
    # the gross margin shows, in big or as the line of the slide whose title does not name it (review 18: title_figure),
    # or as a row of the results' table (review 19: tabled_points)
    cells = [[c.text for c in row.cells] for s in slides for sh in s.shapes if sh.has_table for row in sh.table.rows]
    assert any("54%" in grid for grid in grids) or "Gross margin was 54%, up 40 basis points year-over-year." in text or (
        ["Gross margin", "54%"] in [row[:2] for row in cells])
    for grid in grids:
        assert grid == [f["value"] for f in by_weight([{"value": v} for v in grid])]
    for point, value, label in (("Operating income was $2.2 billion", "$2.2 billion", "Operating income"),
                                ("Diluted earnings per share were $1.20", "$1.20", "Diluted earnings per share")):
        assert any(t.startswith(point) for t in text + titles) or any(
            (a, b) == (value, label) for a, b in zip(text, text[1:])) or any(
            r[0] == label and r[1].startswith(value) for r in cells), (value, text)  # (review 21: "$1.20 ($0.92 a year ago)")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_quantities_outrank_prose_on_every_slide_that_chose(built, audience):
    """Where a deck shows some of a topic's points, no prose point is shown while one with a number,
    that no key figure of the deck says, is left out."""
    for name in ("earnings-call-amd", "lescastcodeurs-fr"):
        slides = _slides(built, name, audience)
        shown = {p["text"] for s in slides for p in _paragraphs(s)}
        shown |= {sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame}  # a title states a point
        figures = {v for s in slides for v in _figures(_paragraphs(s))}
        # (a table's value cells are figures too: "$1.1 billion (25% of revenue)" says "$1.1 billion", review 20)
        figures |= {row[1].split(" (")[0] for s in slides for row in table_rows(s)[1:] if len(row) > 1 and row[1] != "—"}
        for topic in load_content(built[name]).topics:
            texts = [p.text for p in topic.points]
            if not any(t in shown for t in texts):
                continue
            prose = [t for t in texts if t in shown and not has_quantity(t)]
            left = [t for t in texts if t not in shown and has_quantity(t) and not any(v in t for v in figures)
                    and not any(s.rstrip("…") and t.startswith(s.rstrip("…")) for s in shown)
                    and not any(has_quantity(c) and c.strip(" .") in shown for c in t.split(";"))]  # (its number's
            # clause is a title: "…; Java 26 est une version non-LTS avec 10 JEPs.")
            assert not (prose and left), (name, topic.title, prose, left)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_point_over_forty_words_and_no_cut_loses_its_number(built, audience):
    """The hearing digest's sections (one point of 60-80 words each) share slides as the statements
    their sentences open with, each witness whole in the speaker notes (see test_titles_real); the
    French notes' "Résultats spectaculaires…" keeps 43 → 12 replicas."""
    for name in ("hearing-daily-digest", "lescastcodeurs-fr", "earnings-call-amd", "default"):
        slides = _slides(built, name, audience)
        assert long_points(slides) == [], name
        assert lost_numbers(slides, built[name]) == [], name
    text = [p["text"] for s in _slides(built, "hearing-daily-digest", audience) for p in _paragraphs(s)]
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in _slides(built, "hearing-daily-digest", audience)
                     if s.has_notes_slide)
    assert "Daniel Kaufman, Acting Director, Bureau of Consumer Protection, Federal Trade Commission" in notes
    assert all(len(t.split()) <= LONG_POINT for t in text if "testimony" in t)
    french = [p["text"] for s in _slides(built, "lescastcodeurs-fr", audience) for p in _paragraphs(s)]
    if audience != "executive":  # (the executive deck leaves the topic out)
        assert any("43 à 12" in t for t in french)


def test_a_divider_opens_three_slides_or_more(built):
    """The technical deck of the default content had three "Part N" dividers, each before two slides
    (its points and a chart): none now; every divider left opens three slides or more."""
    for name in ("default", "earnings-call-amd", "hearing-daily-digest", "lescastcodeurs-fr"):
        slides = _slides(built, name, "technical")
        assert lone_sections(slides) == [], name
    assert not any(s.slide_layout.name == "Section Header" for s in _slides(built, "default", "technical")[2:])
