"""A key figure is said once, as the same fact (issue #21, review 8 findings 1 and 4): a point says a
shown figure again only when its value and what it measures match (never by value alone), a quantity
written out is its abbreviation ("2.2 gigawatt" is "2.2 GW"), and no slide says its big number twice."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from generator.figure_facts import Shown, measures
from generator.quantities import quantity_of, said_quantities

from .deck_colours import table_lines
from .deck_economy import DARK_LAYOUTS, _figures, _paragraphs
from .notes_built import WITH_FIGURES

AUDIENCES = ("executive", "policy", "technical")
AMD_BUYBACK = "$1.3 billion in share repurchases for the first three quarters of 2025"




def _texts(path: Path) -> list[str]:
    """Every text of the deck at ``path``: its shapes' and its tables' rows ("Gaming revenue | $1.3 billion | …")."""
    return [t for slide in Presentation(str(path)).slides
            for t in [p.text_frame.text for p in slide.shapes if p.has_text_frame] + table_lines(slide)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_point_with_the_value_of_another_fact_s_figure_stays_in_every_deck(decks, audience):
    """AMD's "$1.3 billion in share repurchases" has the value of Gaming's revenue figure ("$1.3 billion",
    labelled "Gaming revenue"), on another slide: it is another fact, and it stays (it was left out of all
    three decks, the technical one included). Gaming's is a point, or a row of the segments' table (tabled_points.py)."""
    texts = _texts(decks / f"earnings-call-amd-{audience}.pptx")
    assert any(AMD_BUYBACK in t for t in texts)
    assert any("Gaming revenue rose to $1.3 billion" in t or t.startswith("Gaming revenue | $1.3 billion")
               for t in texts)  # Gaming's fact stays too (a point or a row: test_grids)


def _quantities(text: str) -> set[str]:
    """The quantities of ``text``, a unit written out as its abbreviation (this test's own reading)."""
    short = {"gigawatt": "GW", "megawatt": "MW", "billion": "B", "bn": "B", "million": "M", "thousand": "K",
             "percent": "%"}
    text = re.sub(r"(\d)\s?(gigawatt|megawatt|billion|bn|million|thousand|percent)s?\b",
                  lambda m: m[1] + short[m[2].lower()], text, flags=re.IGNORECASE)
    text = re.sub(r"(\d) (GW|MW|B|M|K|%)(?!\w)", r"\1\2", text)
    return set(re.findall(r"[$€£]?\d[\d,]*(?:\.\d+)?(?:GW|MW|B|M|K|%|x)?", text))


def _said_twice(path: Path) -> list[tuple[int, str, str]]:
    """(slide, figure, text) for each band slide (a big number under points) of the deck at ``path`` whose
    point says its big number's quantity again. A grid of figures on its own slide is titled by its weightiest
    figure's sentence (grid_titles.figure_title): its title is not counted; nor is a band's title, whose number
    the band shows as its evidence (review 14, finding 5: a title's number is shown on its slide; review 18: the
    big number under a title is the title's figure, "$9.2 billion / Revenue grew 36% year-over-year" under "Revenue
    grew 36% year-over-year to $9.2 billion", the point said again under its title made its band: title_echo.py)."""
    out = []
    for number, slide in enumerate(Presentation(str(path)).slides, start=1):
        if slide.slide_layout.name in DARK_LAYOUTS:
            continue
        paras = _paragraphs(slide)
        figures = _figures(paras)
        labels = {paras[i + 1]["text"] for i, p in enumerate(paras[:-1]) if p["text"] in figures}
        points = [p["text"] for p in paras if p["text"] not in figures and p["text"] not in labels]
        for figure in figures:
            out += [(number, figure, text) for text in points if _quantities(text) & _quantities(figure)]
    return out


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", ["deepseek", *(Path(n).stem for n in WITH_FIGURES)])
def test_no_slide_says_its_big_number_twice(decks, name, audience):
    """A big number does not show again as a point of its slide, written out or not ("2.2 GW" over the
    point "OpenAI Stargate: 2.2 gigawatt facility planned")."""
    assert _said_twice(decks / f"{name}-{audience}.pptx") == []


def test_amd_s_title_keeps_the_buyback_and_its_slide_the_other_two_facts(decks):
    """The capital-allocation slide: one of its three facts titles it, the other two are on it (the
    bottom line's third item, now that the outlook closes the deck, is the buyback: review 12 finding 5); the
    title without its full stop (deck titles have none), the points with theirs. The $89 million is a line, not the
    slide's big number: another sum than the title's "$1.3 billion" of the same measure is not the title's figure
    (review 19, title_figure.py): the title's own "$1.3 billion" is its band — Gaming's "$1.3 billion" is a cell of
    the segments' table now (tabled_points.py), another fact, not a line that says it (test_title_figure)."""
    facts = [AMD_BUYBACK + ".", "Returned $89 million to shareholders through share repurchases.",
             "Remaining authorization of $9.4 billion under the share repurchase program."]
    slides = Presentation(str(decks / "earnings-call-amd-executive.pptx")).slides
    slide = next(s for s in slides if s.shapes.title is not None and s.shapes.title.text_frame.text + "." in facts)
    paras = _paragraphs(slide)
    assert slide.shapes.title.text_frame.text + "." == facts[0]
    assert _figures(paras) == ["$1.3 billion"], _figures(paras)
    assert [p["text"] for p in paras if p["text"] not in _figures(paras)] == [facts[2], facts[1]], paras


@pytest.mark.parametrize("written, short", [("2.2 gigawatt", "2.2 GW"), ("2.2 gigawatts", "2.2GW"),
                                            ("$1.3 billion", "$1.3B"), ("$1.3 bn", "$1,300 million"),
                                            ("54 percent", "54%"), ("1.3 billion dollars", "$1.3 billion"),
                                            ("27×", "27x"), ("500,000-700,000", "500,000 – 700,000")])
def test_a_quantity_written_out_is_its_abbreviation(written, short):
    assert quantity_of(written) == quantity_of(short) is not None


@pytest.mark.parametrize("one, other", [("$1.3 billion", "1.3 billion"), ("2.2 GW", "2.2 GWh"), ("54%", "54"),
                                        ("$1.3 billion", "€1.3 billion"), ("2.2 GW", "2.2 MW")])
def test_quantities_of_another_currency_or_unit_differ(one, other):
    assert quantity_of(one) != quantity_of(other)


def test_indexes_and_glued_numbers_are_no_quantities():
    assert [q for _, _, q in said_quantities("episode 459 of Q3, the 5th at 12:30")] == []
    assert quantity_of("8 of 256") is None


def test_a_point_says_a_figure_by_its_value_and_what_it_measures():
    shown = Shown([("$1.3 billion", "segments", "Gaming revenue, up 181% year-over-year"),
                   ("2.2 GW", "infrastructure", "planned power of OpenAI's Stargate facility")])
    assert not shown.says(AMD_BUYBACK + ".", "capital")  # the same value, another fact
    assert shown.says("Gaming revenue rose to $1.3 billion.", "elsewhere")  # what it measures: "Gaming"
    assert shown.says("OpenAI Stargate: 2.2 gigawatt facility planned", "infrastructure")  # its own topic
    assert not shown.says("Gaming revenue rose 181%.", "segments")  # (the change is no figure of its own)
    assert measures("Revenue was up 181% year-over-year", "Gaming revenue, up 181% year-over-year")


def test_a_figure_of_another_fact_with_the_same_value_is_shown_too():
    shown = Shown([("$1.3 billion", "segments", "Gaming revenue, up 181% year-over-year")])
    assert not shown.has("$1.3B", "capital", "Share repurchases in the first three quarters")
    assert shown.has("$1.3B", "capital", "Gaming revenue")
    assert shown.has("$1.3 billion", "segments", "")
