"""A sparse evidence slide shows as its big number the figure the bottom line states (review 19, the lead's decision:
wizeup's "1000 episodes" stayed inside a sentence): generator/sparse_bands.py, and the deck rule repeated-figure
reads that band as the evidence behind the bottom line's claim, not as a repetition."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.document import Bullet, KeyFigure, Slide
from generator.sparse_bands import sparse_bands
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_economy import repeated_figures
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build

ALSO = load_words("en")["also_in_report"]
SUMMARY = Slide(layout="bullets", title="The bottom line", role="summary",
                bullets=[Bullet(text="2,000 berths and record cargo mark a decade of growth")])


def _slide(*lines: str) -> Slide:
    return Slide(layout="bullets", title="The port doubled its capacity in ten years", kicker="Capacity",
                 topic="capacity", bullets=[Bullet(text=t) for t in lines])


def test_a_sparse_slide_shows_the_figure_the_bottom_line_states_in_its_band():
    slide = _slide("Building 2,000 berths took ten years of dredging and planning.", "Cargo set a record.")
    report, deck = sparse_bands([SUMMARY, slide], ALSO)[1:]
    assert deck.figures == [KeyFigure(value="2,000 berths", label="")] and deck.bullets == slide.bullets
    assert not report.figures and report.report and not report.deck


@pytest.mark.parametrize("slides", [
    [SUMMARY, _slide("Building 2,000 berths took ten years.", "Cargo set a record.", "Fees fell.", "Staff grew.")],
    [_slide("Building 2,000 berths took ten years.", "Cargo set a record.").model_copy(
        update={"title": "The port doubled to 4 docks"})],  # (no bottom line, and a title that states a number)
    [_slide("Building 2,000 berths took ten years.", "Cargo reached 5 million tonnes.")],  # (two figures)
    [SUMMARY, _slide("Building 500 new cranes took ten years.", "Cargo set a record.")],  # (not the bottom line's)
    [SUMMARY, _slide("Building 2,000 berths took ten years.", "Cargo set a record."),  # (another slide says it)
     Slide(layout="bullets", title="Berths", kicker="Berths", topic="berths", bullets=[Bullet(text="2,000 berths")])],
])
def test_a_fuller_slide_or_another_figure_keeps_its_points_alone(slides):
    assert sparse_bands(slides, ALSO) == slides


def test_a_band_says_no_number_its_title_states():
    """Review 20: the band is no echo of the title ("1000 episodes" under "…its 1000th episode…"): the next figure the
    points and the bottom line state is, a quantity written with a scale word too; else none."""
    summary = SUMMARY.model_copy(update={"bullets": [Bullet(text="2,000 berths and a million containers mark a decade")]})
    slide = _slide("Building 2,000 berths took ten years.", "Cargo reached a million containers.").model_copy(
        update={"title": "The port built its 2,000th berth"})
    deck = sparse_bands([summary, slide], ALSO)[-1]
    assert deck.figures == [KeyFigure(value="a million containers", label="")]
    banded = slide.model_copy(update={"bullets": slide.bullets[:1], "figures": [KeyFigure(value="2,000", label="")]})
    assert sparse_bands([summary, banded], ALSO)[-1].figures == []
    item = banded.model_copy(update={"title": "2,000 berths and a million containers mark a decade"})
    assert sparse_bands([summary, item], ALSO)[-1].figures == item.figures  # (the item's one evidence in the body)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_wizeup_s_journey_slide_shows_a_billion_views_as_its_big_number(audience):
    """wizeup: "The podcast celebrates its 1000th episode and seven-year journey" over two long sentences, "a billion
    views" inside the second, while the bottom line says "1000 episodes and a billion views mark seven years…"; the
    title says 1000 already (review 20: "1000 episodes" as the band repeated it)."""
    made = notes_build(NOTES / "wizeup-summary.txt", ("pptx",)).content
    slides = list(Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides)
    journey = next(s for s in slides if _title_kicker(s)[0].startswith("The podcast celebrates its 1000th episode"))
    big = [p.text for s in journey.shapes if s.has_text_frame for p in s.text_frame.paragraphs
           if any(r.font.size and r.font.size.pt >= 28 for r in p.runs)]
    assert "a billion views" in big and "1000 episodes" not in big, big
    assert [v for v in repeated_figures(slides) if "a billion views" in v[2]] == []


def test_a_sparse_slide_under_a_title_in_words_shows_the_one_figure_its_points_state():
    """Review 21: allin's "600 million by 2095" stayed inside a 25-word sentence under "Birth rates are globally
    decreasing and at historical lows", a figure the bottom line does not state: the one figure of a sparse slide's
    points (a remark in brackets aside, whose number compares) is its band where its title states no number."""
    slide = _slide("Having more ships is not worse for the coast.",
                   "The port is likely to handle 600 million tonnes by 2095 (it handles 1.4 billion now).")
    report, deck = sparse_bands([slide], ALSO)
    assert deck.figures == [KeyFigure(value="600 million tonnes", label="By 2095")] and deck.bullets == slide.bullets
    assert report.report and not report.deck and not report.figures
    said = 25  # (the points' words: value and label take 5 more, the value alone 3)
    assert sparse_bands([slide], ALSO, said + 5)[-1].figures == deck.figures
    assert sparse_bands([slide], ALSO, said + 4)[-1].figures == [KeyFigure(value="600 million tonnes", label="")]
    assert sparse_bands([slide], ALSO, said + 2) == [slide]  # (not even the value fits the slide's words)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_allin_s_birth_rate_slide_shows_600_million_as_its_big_number(audience):
    made = notes_build(NOTES / "allin-summit-takeaways.txt", ("pptx",)).content
    slides = list(Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides)
    births = next(s for s in slides if _title_kicker(s)[0].startswith("Birth rates are globally decreasing"))
    big = [p.text for s in births.shapes if s.has_text_frame for p in s.text_frame.paragraphs
           if any(r.font.size and r.font.size.pt >= 28 for r in p.runs)]
    assert any(b.startswith("600 million") for b in big), big
    assert [v for v in repeated_figures(slides) if "600 million" in v[2]] == []
