"""Right-to-left text sits at the right margin on every slide (mend13 found it: knesset's close "מה זה אומר" and its
pull quote drew at the left margin). DrawingML's ``algn`` is absolute: ``rtl="1"`` orders a paragraph right to left but
leaves it where the list style puts it, and a title's list style says ``algn="l"``. Read from the built deck of a real
Hebrew fixture (notes_built), every paragraph of right-to-left words, title, kicker, point, quote, attribution and
footer, is right-aligned."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from pptx import Presentation
from pptx.enum.text import PP_ALIGN

from generator.scripts import is_rtl
from generator.writers.common import Para
from generator.writers.pptx.geometry import MARGIN
from generator.writers.pptx.slides import quote

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



class _Drawn:
    """What a slide kind draws, by place: its rules' and text boxes' left edges."""

    theme = SimpleNamespace(accent="D1495B", text="222222", muted="666666")

    def __init__(self):
        self.rules: list[float] = []
        self.boxes: list[float] = []

    def rect(self, s, x, y, w, h, color):
        self.rules.append(x)

    def text(self, s, paras, x, *rest, **options):
        self.boxes.append(x)


@pytest.mark.parametrize(("words", "right"), (("“אנחנו מבקשים שבעוד שנה יביאו את הצו לדיון”", True),
                                              ("“Whoever leads in AI will rule the world”", False)))
def test_a_pull_quotes_rule_stands_where_its_words_start(words, right):
    """A pull quote's accent rule stands on the side its words start: a right-to-left quote (knesset's close, before
    review 21 took it off) had its rule at the left margin and its words at the right."""
    drawn, width = _Drawn(), 960.0
    slide = SimpleNamespace(text=words, attribution="גיא גולדמן" if right else "Vladimir Putin")
    quote.draw(drawn, SimpleNamespace(width=width), slide, (28, [Para(words)]))
    assert len(drawn.rules) == 1 and (drawn.rules[0] > width / 2) == right, drawn.rules
    assert all((box + (width - 2 * MARGIN - 80) / 2 > width / 2) == right for box in drawn.boxes), drawn.boxes
