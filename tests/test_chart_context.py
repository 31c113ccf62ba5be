"""Issue #21 (counts, finding 2), review 20 (one message a slide): a topic slide left with two short lines once its
chart's points left it is said in the chart slide's speaker notes (chart_context.py).

The default executive and technical decks showed "Major companies are building massive AI computing clusters": a
2.2 GW figure over "Future plans:" and two short lines, half the slide empty, before the chart of the clusters its
other points were; set beside the chart (review 19), they competed with it (review 20). Now the chart's slide shows the
chart under its topic's one key figure, in a band as wide as the chart (review 21: the figure had left the slide), and
its speaker notes say the lines; the report keeps both as they were.
"""
from __future__ import annotations

from pptx import Presentation

from generator.chart_context import with_chart_context
from generator.document import Bullet, KeyFigure, Slide
from generator.document_charts import ChartSpec

from .conftest import DEFAULT
from .presentable_words import pdf_pages

TOPIC_TITLE = "Major companies are building massive AI computing clusters"


def _texts(slide) -> list[str]:
    return [p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]


def _chart_slide(deck):
    """The slide of the clusters' chart (its title: the chart's message)."""
    return next(s for s in deck.slides if any(shape.has_chart for shape in s.shapes)
                and s.shapes.title is not None and s.shapes.title.text_frame.text.startswith("xAI runs"))


def test_the_short_topic_slide_is_said_in_its_chart_s_notes(built):
    # (the policy deck's comparison loses its side of current deployments, the chart's list, and joins it too:
    # review 18, said_once._charted_side)
    for audience in ("executive", "policy", "technical"):
        deck = Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx"))
        titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title is not None]
        assert TOPIC_TITLE not in titles, (audience, titles)
        slide = _chart_slide(deck)
        texts = _texts(slide)
        assert "Future plans:" not in texts and not any("Power and cooling" in t for t in texts), texts
        assert "2.2 GW" in texts, texts  # (the figure in its band over the chart, review 21)
        notes = slide.notes_slide.notes_text_frame.text
        assert "Power and cooling infrastructure becoming a major challenge" in notes
        chart = next(shape for shape in slide.shapes if shape.has_chart)
        assert chart.width > deck.slide_width * 0.8, (audience, chart.width)  # (the chart alone, as wide as the body)


def test_the_report_keeps_the_topic_slide(built):
    pages = pdf_pages(built / f"{DEFAULT.stem}-executive.pdf")
    assert any("Power and cooling infrastructure" in line for _, lines in pages for line in lines)


def _slides(lines: int, words: int = 4) -> list[Slide]:
    chart = ChartSpec(id="c", kind="bar", title="c", categories=["a", "b"], series=[{"name": "s", "values": [1, 2]}])
    return [Slide(layout="bullets", title="T", topic="t", bullets=[Bullet(text=" ".join(["word"] * words))] * lines),
            Slide(layout="big_number", title="F", topic="t", figures=[KeyFigure(value="2 GW", label="power")]),
            Slide(layout="chart", title="C", topic="t", chart=chart)]


def test_only_a_slide_of_two_short_lines_joins():
    """Two lines of four words leave the deck for the chart's notes (the figure joins the chart, review 21; the report
    keeps all three); three lines, or two long ones, keep their slide."""
    out = with_chart_context(_slides(2), lambda text: False, "Left off the slide: {items}")
    deck = [s for s in out if s.deck]
    assert [s.layout for s in deck] == ["chart"] and not deck[0].bullets
    assert [f.value for f in deck[0].figures] == ["2 GW"]
    assert deck[0].notes.endswith("Left off the slide: word word word word; word word word word.")
    assert [s.layout for s in out if s.report] == ["bullets", "big_number", "chart"]
    for slides in (_slides(3), _slides(2, 20)):
        assert with_chart_context(slides, lambda text: False) == slides
