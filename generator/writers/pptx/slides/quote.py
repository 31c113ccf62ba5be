"""A quote: its text in italics beside a rule in the accent colour, its attribution under it."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ...common import Para
from ..fit import fit_or_paginate, para_height
from ..geometry import BODY_H, BODY_SIZES, BODY_Y, INSET, MARGIN, SAFETY
from ...measure import LINE_HEIGHT, current_family, line_spans
from ....scripts import is_rtl
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """Pages of (size, paras): a quote takes sizes of its own (28 and 26 points first)."""
    paras = [Para.rich(t) for t in slide.text.split("\n")]
    return fit_or_paginate(paras, p.body_width - 80, BODY_H - 20 - attribution_h(p.width, slide), (28, 26) + BODY_SIZES)


ATTRIBUTION_LINES = 3  # lines of a quote's attribution on its slide at most (the report keeps it whole)


def attribution_h(width: float, slide) -> float:
    """The height a quote's attribution takes under it, at body size, on a slide ``width`` points wide."""
    return _attribution(width, slide.attribution, current_family())[1] if slide.attribution else 40.0


@lru_cache(maxsize=64)
def _attribution(width: float, attribution: str, family: str) -> tuple[str, float]:
    """A quote's attribution as its slide shows it, within ATTRIBUTION_LINES (shortened with "…"
    where it is longer: a speaker of 20,000 characters pushed the quote's box to a negative height),
    and its height; measured once per quote and font (its every page asks, and a long quote has many)."""
    text, inner = "— " + attribution, (width - 2 * MARGIN - 80 - 2 * INSET) * SAFETY
    lines = line_spans(text, inner, 18, most=ATTRIBUTION_LINES)
    if len(lines) > ATTRIBUTION_LINES:
        head = text[:lines[ATTRIBUTION_LINES - 1][1]]
        while len(head) > 1 and len(line_spans(head.rstrip() + "…", inner, 18, most=ATTRIBUTION_LINES)) > ATTRIBUTION_LINES:
            head = head[:-1]
        text, lines = head.rstrip() + "…", lines[:ATTRIBUTION_LINES]
    return text, len(lines) * 18 * LINE_HEIGHT + 2 * INSET + 4


def text_h(paras: list, width: float, size: float, room: float) -> float:
    """The height the quote's ``paras`` take at ``size`` in a box ``width`` wide, within ``room``: the rule beside it
    is as tall as its words and the speaker follows them (review 21: a one-line quote had a rule the body's height
    and a gap of half a slide before "— Vladimir Putin")."""
    inner = (width - 2 * INSET) * SAFETY
    return min(room, sum(para_height(replace(p, level=-1), inner, size) for p in paras) + 2 * INSET)


def draw(d, s, slide, part) -> None:
    """The quote of one page and its attribution under its words."""
    size, paras = part
    attr_h = attribution_h(s.width, slide)
    width = s.width - 2 * MARGIN - 80
    quote_h = text_h(paras, width, size, BODY_H - 20 - attr_h)
    rtl = is_rtl(slide.text)  # the rule on the side the quote starts: a right-to-left quote's at the right margin
    d.rect(s, s.width - MARGIN - 6 if rtl else MARGIN, BODY_Y + 10, 6, quote_h, d.theme.accent)
    x = s.width - MARGIN - 30 - width if rtl else MARGIN + 30
    d.text(s, paras, x, BODY_Y + 10, width, quote_h, (size,), d.theme.text, italic=True)
    if slide.attribution:
        shown = _attribution(s.width, slide.attribution, current_family())[0]
        d.text(s, [Para(shown)], x, BODY_Y + 14 + quote_h, width, attr_h, (18,), d.theme.muted)


KIND = SlideKind(("quote",), measure, draw)
