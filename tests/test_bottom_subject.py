"""The bottom line says what the notes are about (review 14, finding 1; generator/subject_ties.py).

Read from the real fixtures' built decks (the session's shared builds):

- an aside of the talk — a general claim about the world that says no number and shares no word of five
  letters or more with any heading of the notes' topics ("Having more children is not worse for the
  environment" under "Declining Birth Rate") — is no item where three statements tied to the notes stand;
- of a slide's statements that weigh alike, one tied to its heading titles it (titles.strongest);
- a later sentence of a point stands on its own where it weighs ("Meanwhile, Apple is investing over 200 billion
  into China" after "The US is spending 52 billion…" as "Apple is investing over 200 billion into China").
"""
from __future__ import annotations

import re

import pytest
import yaml

from . import deck_bottom_items
from .test_bottom_items import AUDIENCES, FIGURES, OTHERS, _deck

_WORD = re.compile(r"[^\W\d_]{5,}")


def _headings(content) -> set[str]:
    """The words (five letters or more, first five, case-folded) of the content's topic headings."""
    topics = yaml.safe_load(content.read_text(encoding="utf-8"))["topics"]
    return {w.casefold()[:5] for t in topics for w in _WORD.findall(t.get("title") or "")}


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", FIGURES + OTHERS)
def test_no_item_is_an_aside_unconnected_to_the_notes(decks, stem, audience):
    slides, content = _deck(decks, stem, audience)
    items, headings = deck_bottom_items.items(slides), _headings(content)
    tied = [t for t in items if re.search(r"\d", t) or {w.casefold()[:5] for w in _WORD.findall(t)} & headings]
    if len(tied) >= 3:
        assert tied == items, (stem, audience, [t for t in items if t not in tied])


@pytest.mark.parametrize("audience", AUDIENCES)
def test_allin_says_what_weighs_and_no_aside(decks, audience):
    """The sums its notes spend (52 billion, 200 billion) are said where three backed statements do not weigh more
    (review 16: a statement only a slide's title shows makes three, after the backed ones); never an aside."""
    slides, _ = _deck(decks, "allin-summit-takeaways.txt", audience)
    items = deck_bottom_items.items(slides)
    assert any("52 billion" in t or "200 billion" in t for t in items), items
    assert not any("children" in t or "mattress" in t for t in items), items


@pytest.mark.parametrize("audience", AUDIENCES)
def test_an_aside_left_off_the_bottom_line_titles_no_slide(decks, audience):
    """Of a slide's statements that weigh alike, one that shares a word with its topic's heading titles it: left off
    the bottom line, "Having more children is not worse for the environment" does not title "Declining Birth Rate"."""
    slides, _ = _deck(decks, "allin-summit-takeaways.txt", audience)
    titles = [s.shapes.title.text_frame.text for s in slides[2:] if s.shapes.title is not None]
    assert "Birth rates are globally decreasing and at historical lows" in titles, titles
    assert not any("children" in t for t in titles), titles
