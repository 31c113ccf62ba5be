"""Review 13's finding 2: the bottom line says what matters, and each item keeps its evidence.

Read from the built default and real fixtures (the session's shared builds: conftest ``decks``, notes_built):

- a point the bottom line says leaves its topic's slide only where the slide keeps three lines or more
  (lescast's "Suppression définitive de l'API Applet…" stays on its Java 26 slide of three); a table's row
  (header aside) is a line: AMD's results slide is a table of five measures (tabled_points.py, review 19);
- no item is a fact about the recording ("“X” takes N of the M minutes.": ``bottom-recording`` of
  deck_bottom_items, run on every deck by the presentability check);
- the executive gets the consequence, not the mechanism: the default's executive bottom line says what the
  export controls could do.
"""
from __future__ import annotations

import re

import pytest
import yaml

from generator.headline import labelled
from generator.inline import plain

from . import deck_bottom_items
from .deck_colours import table_lines
from .deck_economy import _paragraphs
from .deck_lines import LEAST_LINES, statements
from .test_bottom_items import AUDIENCES, FIGURES, OTHERS, _deck

_END = re.compile(r"[\s.!?…]+$")


def _said(text: str) -> str:
    return _END.sub("", " ".join(plain(text).split())).casefold()


def _source(item: str, topics: list) -> tuple[dict, str] | None:
    """The topic and point of the content that ``item`` says (the point opens on it, its label aside)."""
    said = _said(item)
    for topic in topics:
        for point in topic.get("points", []):
            text = point if isinstance(point, str) else point.get("text", "")
            if said and any(_said(form).startswith(said) for form in (text, labelled(text)[1])):
                return topic, text
    return None


def _lines(slide) -> list[str]:
    return [line.strip() for shape in slide.shapes if shape.has_text_frame for line in shape.text_frame.text.split("\n")]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", FIGURES + OTHERS)
def test_a_lifted_point_leaves_no_slide_under_three_lines(decks, stem, audience):
    slides, content = _deck(decks, stem, audience)
    topics = yaml.safe_load(content.read_text(encoding="utf-8")).get("topics", [])
    headings = {t["title"] for t in topics}
    for item in deck_bottom_items.items(slides):
        found = _source(item, topics)
        if found is None:
            continue
        topic, point = found
        own = [s for s in slides[2:] if topic["title"] in _lines(s)
               and sum(t in headings for t in _lines(s)) == 1]  # (its own slides, its heading as kicker: no agenda)
        assert own or stem in FIGURES, (stem, audience, item, topic["title"])  # (a figure's topic may show a chart only)
        for slide in own:
            body = [p for p in _paragraphs(slide) if p["text"] != topic["title"]]
            shows = any(_said(point) in _said(p["text"]) or _said(labelled(point)[1]) in _said(p["text"]) for p in body)
            rows = table_lines(slide)[1:]  # (a table's rows, its header aside)
            assert shows or len(statements(body)) + len(rows) >= LEAST_LINES, (
                stem, audience, item, [p["text"] for p in body], rows)


def test_lescast_keeps_the_applet_point_on_its_slide(decks):
    slides, _ = _deck(decks, "lescastcodeurs-fr.md", "executive")
    shown = [p["text"] for s in slides[2:] for p in _paragraphs(s)]
    assert any("API Applet" in t for t in shown), shown


def test_the_executive_gets_the_export_control_consequence(decks):
    slides, _ = _deck(decks, "deepseek", "executive")
    items = deck_bottom_items.items(slides)
    assert any("export controls" in t and "China" in t for t in items), items
    assert not any("experts for each token" in t for t in items), items
