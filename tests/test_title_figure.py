"""The big number under a title is the title's figure (review 18 finding 5): generator/title_figure.py makes a line
of a figure the title does not name (its value or a key word of its label), on built decks (python-pptx)."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.document import Bullet, KeyFigure, Slide
from generator.title_figure import titled_bands
from generator.words import load_words

from .conftest import AUDIENCES, DEFAULT
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build

EN = load_words("en")


def _points(title: str, *lines: str) -> Slide:
    return Slide(layout="bullets", title=title, kicker="Port", topic="port", bullets=[Bullet(text=t) for t in lines])


def _figure(value: str, label: str) -> Slide:
    return Slide(layout="big_number", title=f"{value} {label}", kicker="Port", topic="port",
                 figures=[KeyFigure(value=value, label=label)])


@pytest.mark.parametrize("title, figure, kept", [
    ("Harbour traffic doubled this spring", ("2x", "harbour traffic since March"), True),  # (a key word of its label)
    ("Traffic reached 4 million tonnes", ("4 million", "tonnes handled"), True),  # (its value)
    ("The port dominates regional shipping", ("$50B", "in national subsidies"), False),
    # (review 19) another amount of a kind the title states: not the title's figure; the title's amount is the band
    ("Revenue grew 36% to $9.2 billion", ("54%", "Gross margin, up 40 basis points year-over-year"), "36%"),
    ("Harbour dues reached $1.3 billion this year", ("$89 million", "Harbour dues collected in March"), "$1.3 billion"),
    ("Harbour traffic grew 40% this spring", ("12%", "harbour traffic growth in March"), "40%"),
    ("Harbour dues reached $1.3 billion this year", ("$1.3B", "harbour dues"), True),  # (the same amount)
    ("Harbour traffic grew 40% this spring", ("$2B", "harbour traffic revenue"), True),  # (another kind)
    ("Harbour traffic doubled in 2024", ("4 million", "tonnes of harbour traffic"), True),  # (a year counts nothing)
])
def test_a_figure_joins_the_points_of_a_title_that_names_it_else_it_is_a_line(title, figure, kept):
    points, band = _points(title, "Cranes were renewed", "Lists of works:"), _figure(*figure)
    out = titled_bands([points, band], EN["also_in_report"], EN)
    deck = [s for s in out if s.deck]
    if kept is True:
        assert out == [points, band]
        return
    banded = [] if kept is False else ["big_number"]
    assert [s.layout for s in deck] == ["bullets", *banded] and [s.layout for s in out if s.report] == ["bullets", "big_number"]
    assert deck[0].bullets[-1].text == band.title
    assert [f.value for s in deck for f in s.figures] == ([] if kept is False else [kept])


def _band_values(slide) -> list[str]:
    """The big numbers of a deck slide: its bold runs of 28pt or more under the title."""
    return [p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs
            if any(r.font.size and r.font.size.pt >= 28 and r.font.bold for r in p.runs) and p.text.strip()
            and p.text != _title_kicker(slide)[0]]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_default_tsmc_slide_shows_the_figure_its_title_names(built, audience):
    """The default deck: "TSMC dominates advanced chip manufacturing…" had "$50B in US CHIPS Act subsidies" as its big
    number (review 18); its message now says what the figure measures ("The US funds chip manufacturing at home, but
    TSMC's…", content/deepseek.yaml), so the $50B is that title's band (a title that does not name it: the generated
    test above)."""
    slides = list(Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx")).slides)
    tsmc = [s for s in slides if _title_kicker(s)[0].startswith("The US funds chip manufacturing at home")]
    assert tsmc
    assert ["$50B"] in [_band_values(s) for s in tsmc], [_band_values(s) for s in tsmc]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_amd_s_results_slide_shows_its_title_s_figure(audience):
    """AMD: "Revenue grew 36% year-over-year to $9.2 billion" had 54% (gross margin) as its big number; its results
    are now a table (tabled_points.py, review 19), whose revenue row shows the title's $9.2 billion, and no band."""
    built = notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content.parent
    slides = list(Presentation(str(built / f"earnings-call-amd-{audience}.pptx")).slides)
    results = next(s for s in slides if _title_kicker(s)[0].startswith("Revenue grew 36%"))
    cells = [c.text for s in results.shapes if s.has_table for row in s.table.rows for c in row.cells]
    assert _band_values(results) == [] and "$9.2 billion" in cells, (_band_values(results), cells)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_amd_s_buyback_slide_shows_no_other_sum_than_its_title_s(audience):
    """AMD (review 19): "$1.3 billion in share repurchases for the first three quarters of 2025" had "$89 million"
    (the quarter's repurchases) as its big number; the $89 million is now a line of the slide, not its band, and the
    title's own "$1.3 billion" is the band, in the technical deck too (review 20: its "Gaming revenue rose to $1.3
    billion…" is another fact of the same value, which had kept the band off: a slide of two sentences)."""
    built = notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content.parent
    slides = list(Presentation(str(built / f"earnings-call-amd-{audience}.pptx")).slides)
    buyback = [s for s in slides if _title_kicker(s)[0].startswith("$1.3 billion in share repurchases")]
    assert buyback
    for slide in buyback:
        assert _band_values(slide) == ["$1.3 billion"], _band_values(slide)
        lines = [p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs]
        assert any("$89 million" in line for line in lines), lines
