"""Right-to-left text sits at the right margin on every slide (mend13 found it: knesset's close "מה זה אומר" and its
pull quote drew at the left margin). DrawingML's ``algn`` is absolute: ``rtl="1"`` orders a paragraph right to left but
leaves it where the list style puts it, and a title's list style says ``algn="l"``. Read from the built deck of a real
Hebrew fixture (notes_built), every paragraph of right-to-left words, title, kicker, point, quote, attribution and
footer, is right-aligned."""
from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN

from generator.scripts import is_rtl

from .notes_built import NOTES, notes_build


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_every_right_to_left_paragraph_is_right_aligned(audience):
    made = notes_build(NOTES / "knesset-finance-he.txt", ("pptx",))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
    left = []
    checked = 0
    for number, slide in enumerate(deck.slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                if para.text.strip() and is_rtl(para.text):
                    checked += 1
                    if para.alignment != PP_ALIGN.RIGHT:
                        left.append((number, para.text[:40], para.alignment))
    assert checked > 10, checked
    assert not left, left


def test_a_right_to_left_quotes_rule_is_at_the_right_margin():
    """A pull quote's accent rule stands on the side its words start: knesset's close, “אנחנו לא יודעים…” — גיא גולדמן,
    had its rule at the left margin, its words at the right."""
    made = notes_build(NOTES / "knesset-finance-he.txt", ("pptx",))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-executive.pptx")))
    rules = [(shape.left, shape.width) for slide in deck.slides for shape in slide.shapes
             if shape.name == "Decoration" and shape.height > 10 * shape.width]  # (a vertical rule)
    assert rules, "the deck has no pull quote"
    assert all(left > deck.slide_width / 2 for left, _ in rules), (rules, deck.slide_width)
