"""A quote: its text in italics beside a rule in the accent colour, its attribution under it."""
from __future__ import annotations

from functools import lru_cache

from ...common import Para
from ..fit import fit_or_paginate
from ..geometry import BODY_H, BODY_SIZES, BODY_Y, INSET, MARGIN, SAFETY
from ...measure import LINE_HEIGHT, current_family, wrap
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """Pages of (size, paras): a quote takes sizes of its own (28 and 26 points first)."""
    paras = [Para.rich(t) for t in slide.text.split("\n")]
    return fit_or_paginate(paras, p.body_width - 80, BODY_H - 20 - attribution_h(p.width, slide), (28, 26) + BODY_SIZES)


def attribution_h(width: float, slide) -> float:
    """The height a quote's attribution takes under it, at body size, on a slide ``width`` points wide."""
    return _attribution_h(width, slide.attribution, current_family()) if slide.attribution else 40.0


@lru_cache(maxsize=64)
def _attribution_h(width: float, attribution: str, family: str) -> float:
    """(measured once per quote and font: its every page asks, and a long quote has many)"""
    lines = wrap("— " + attribution, (width - 2 * MARGIN - 80 - 2 * INSET) * SAFETY, 18)
    return len(lines) * 18 * LINE_HEIGHT + 2 * INSET + 4


def draw(d, s, slide, part) -> None:
    """The quote of one page and its attribution."""
    size, paras = part
    attr_h = attribution_h(s.width, slide)
    quote_h = BODY_H - 20 - attr_h
    d.rect(s, MARGIN, BODY_Y + 10, 6, quote_h, d.theme.accent)
    d.text(s, paras, MARGIN + 30, BODY_Y + 10, s.width - 2 * MARGIN - 80, quote_h, (size,), d.theme.text,
           italic=True)
    if slide.attribution:
        d.text(s, [Para("— " + slide.attribution)], MARGIN + 30, BODY_Y + 14 + quote_h, s.width - 2 * MARGIN - 80,
               attr_h, (18,), d.theme.muted)


KIND = SlideKind(("quote",), measure, draw)
