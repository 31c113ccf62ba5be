"""Review 18's finding 2: bottom lines that dropped what the notes say matters, read from the real fixtures' built
decks (python-pptx; written independently of generator/bottom_line.py and generator/fitted.py):

- the executive bottom line says every heavy topic: house-cliff's says its takeaway on learning loss and the other
  committee's hearing too (the China threat, half the
  notes), by the quote's first sentence, a whole statement of the notes within the item's words;
- a quote on the bottom line is whole: every quotation mark it opens it closes.
"""
from __future__ import annotations

from pptx import Presentation

from . import deck_bottom_items
from .notes_built import NOTES, notes_build


def _slides(stem: str, audience: str = "executive") -> list:
    made = notes_build(NOTES / stem, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def test_cliff_bottom_line_says_both_committees():
    slides = _slides("house-cliff-notes.txt")
    items = deck_bottom_items.items(slides)
    said = " ".join(items)
    # (review 19: not "We must address…"; review 21: nor "Protecting parental rights is a priority for Republicans",
    # the press release's stance in its own voice: test_review21_digests.py)
    assert "Students forced into more remote learning during the 2020-2021 school year suffered" in said, items
    assert "China is the most challenging national security threat" in said, items  # (the other committee's)
    assert deck_bottom_items.check(slides) == [], items


def test_a_quote_on_the_bottom_line_is_closed():
    items = deck_bottom_items.items(_slides("house-cliff-notes.txt"))
    quoted = [item for item in items if "“" in item]
    assert quoted, items
    for item in quoted:
        assert item.count("“") == item.count("”"), item
