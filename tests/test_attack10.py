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
