"""Issue #24, cases left open by attack9 and an attack on the newest modules (helper attack10): each
test failed before its fix."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator.cli import main

_HEAD = "title: T\nsources:\n  - id: s\n    name: S\ntopics:\n  - id: one\n    title: First topic\n"


def _validate(tmp_path, text: str) -> str:
    path = tmp_path / "c.yaml"
    path.write_text(text)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    return result.output.strip()


def _line(found: str) -> int:
    return int(found.split(":")[1])


@pytest.mark.parametrize("text, line", [
    # a topic's points: key at the margin, its list read as the document's: the parser stops at the next topic
    (_HEAD + "points:\n      - a\n      - b\n  - id: two\n    title: Second\n    points: [x]\n", 8),  # (was 11)
    (_HEAD + "    points: [a]\n  - id: two\n    title: Second\npoints:\n      - x\n      - y\n"
             "  - id: three\n    title: Third\n", 11),  # (was 14)
    # a point's text run on to the next line's key, its key at the margin
    ("title: T\nsources:\n  - id: s\nname: S\n    url: https://example.com\n", 4),  # (was 5)
    # a quote or a bracket left open is where it opens, not where the text ends
    (_HEAD + "    points:\n      - a\n      - \"b\n      - c\n      - d\n", 10),  # (was 13)
    (_HEAD + "    points: [a, b\n    summary: x\n", 8),  # (was 9)
    # a key whose first line lacks its colon, read on as one key of several lines
    ("title: T\nintro: >-\n  text here\nrun on at the margin\n  more\n\nsources: []\n", 4),  # (was 7)
])
def test_a_yaml_mistake_in_content_is_at_the_line_to_edit(tmp_path, text, line):
    found = _validate(tmp_path, text)
    assert _line(found) == line, found


@pytest.mark.parametrize("text, line", [
    (_HEAD + "    points:\n      - a\n  points:\n      - b\n  - id: two\n", 10),  # (a key two columns short)
    (_HEAD + "    points:\n    - a\n    - b\n   - c\n", 11),  # (a list item out of line is its own line)
    (_HEAD + "    points:\n- a\n- b\n", 9),  # (a list at the margin under a key: the first item)
    ("title: T\nsources:\n  - id: s\n\n    - id: audio\n    name: A\n", 5),  # (an item indented for no place: its own line)
])
def test_a_yaml_mistake_on_its_own_line_stays_there(tmp_path, text, line):
    found = _validate(tmp_path, text)
    assert _line(found) == line, found


def test_a_long_title_is_said_once_in_the_notes_of_a_topic_the_deck_continues(tmp_path):
    """A title too long for its box is whole in the speaker notes; a topic the deck shows on several pages
    said it again on each (a continuation's title is the slide's and "(cont.)"): once now, on its first page."""
    import json

    from pptx import Presentation

    topics = [{"id": f"t{k}", "title": f"Topic {k}: the committee's deliberation over the regional water framework "
                                       "concluded that " + " ".join(f"w{k}x{i}" for i in range(30)),
               "points": [f"{k}" + "p" * 1_000, f"{k}" + "q" * 1_000]} for k in range(3)]
    path = tmp_path / "long.yaml"
    path.write_text(json.dumps({"title": "Long titles", "lang": "en", "date": "2025-01-01", "topics": topics,
                                "sources": [{"id": "s", "name": "Src", "url": "https://example.com/x"}]}))
    result = CliRunner().invoke(main, ["build", str(path), "-a", "technical", "-f", "pptx", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    deck = Presentation(str(tmp_path / "long-technical.pptx"))
    pages = [(s.shapes.title.text_frame.text if s.shapes.title else "",
              s.notes_slide.notes_text_frame.text if s.has_notes_slide else "") for s in deck.slides]
    for k, topic in enumerate(topics):
        shown = [title for title, _ in pages if title.startswith(f"Topic {k}:")]
        assert len(shown) >= 2 and all(title != topic["title"] for title in shown)  # (continued, shortened)
        assert sum(notes.count(f"Title: {topic['title']}") for _, notes in pages) == 1, k


def _chart(kind: str, values: list[float], unit: str = "$M"):
    from types import SimpleNamespace

    from generator.document_charts import ChartSpec, SeriesSpec
    from generator.writers.pdf.charts import chart_drawing

    spec = ChartSpec(id="n", title="Net income", kind=kind, unit=unit, categories=[f"Q{i}" for i in range(len(values))],
                     series=[SeriesSpec(name="Net", values=values)])
    return chart_drawing(spec, SimpleNamespace(palette=["1F3864", "2E75B6"], text="222222"), 450, "Net income")


_LONG_UNIT = "billions of US dollars, adjusted for inflation and seasonal effects, in constant 2020 prices " * 2


@pytest.mark.parametrize("kind", ["bar", "column", "line"])
@pytest.mark.parametrize("values, unit", [
    ([1e12, 5e11, 2e11], "$M"), ([-1e12, 3e11, 2], "$M"), ([123456789.123, -987654321.5, 1], "$M"),
    ([1e15, -1e15, 0.001], "$M"), ([-0.5, -0.25, -1], "%"), ([0, 0, 0], "$M"), ([999999999999999, 1, 2], "$M"),
    ([1, 2, 3], _LONG_UNIT),
])
def test_a_reports_chart_keeps_its_labels_inside_its_drawing(kind, values, unit):
    """The value axis's labels are drawn left of the plot (under it for bars), those of bars beyond them, by
    their width: "-1,000,000,000,000" ran 77 points left of the drawing, off the frame; a long unit ran 178
    points out on both sides. The plot gives way to its labels; a unit is shortened to the drawing's width."""
    drawing = _chart(kind, values, unit)
    left, low, right, high = drawing.getBounds()
    assert 0 <= left < right <= drawing.width and 0 <= low < high <= drawing.height, (drawing.getBounds(), drawing.width)


def test_a_value_axis_of_small_values_tells_its_ticks_apart():
    """Ticks 0.0001 apart were each written "0" (two decimals at most): they have the decimals their step needs."""
    chart = next(c for c in _chart("column", [0.0001, 0.0002, 0.0003]).contents if hasattr(c, "valueAxis"))
    chart.draw()
    ticks = [chart.valueAxis.labelTextFormat(v) for v in chart.valueAxis._tickValues]
    assert {"0", "0.0001", "0.0002", "0.0003"} <= set(ticks) and len(set(ticks)) == len(ticks), ticks
