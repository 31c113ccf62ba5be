"""Points (``bullets``, ``sources``): a list of points, continued over slides at the deck's size; a
topic's one key figure in a band under the title, over its points, where it fits: the number supports the title,
and the points follow it (review 12: "54%" at the foot of a slide of two points; review 20: a multiple at the foot of ten
lines put the evidence last)."""
from __future__ import annotations

from ...common import Para
from ...measure import text_width
from ..fit import bullet_paras, fit_or_paginate, fits
from ..geometry import (BAND_GAP, BAND_RULE, BAND_VALUE_SIZES, BODY_H, BODY_SIZES, BODY_Y, FIGURE_BAND, INSET, MARGIN,
                        SAFETY, TIME_H)
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """Pages of (size, paras) at the deck's size, ``band`` points taken by the key figure's band over them."""
    return fit_or_paginate(bullet_paras(slide.bullets) or [Para("")], p.body_width, BODY_H - 2 * INSET - band,
                           p.sizes(slide))


def draw(d, s, slide, part) -> None:
    """The points of one page, under the topic's key figure where it joined them."""
    draw_text(d, s, slide, part, figure_band(d, s, slide))


def draw_text(d, s, slide, part, top: float = 0.0) -> None:
    """The points of one page, ``top`` points under the body's top (a key figure's band over them)."""
    size, paras = part
    d.text(s, paras, MARGIN, BODY_Y + top, s.width - 2 * MARGIN, BODY_H - top, (size,), d.theme.text, bullets=True)


def figure_band(d, s, slide, ruled: bool = True) -> float:
    """A points slide's one key figure in a band under the title, over the points, ruled off below (not ``ruled``:
    over columns whose own rules head them): the value on the left, its label (and its time) beside it. Returns the
    height taken (0: no figure)."""
    fitted = band(slide.figures[0], s.width) if slide.figures else None
    if fitted is None:  # a figure joins its points only where its band fits
        return 0.0
    fig, (size, value_w, label_h) = slide.figures[0], fitted
    rule, y = BODY_Y + FIGURE_BAND - BAND_RULE / 2, BODY_Y  # (y: the top of the value and its label)
    if ruled:
        d.rect(s, MARGIN, rule - 1, s.width - 2 * MARGIN, 2, d.theme.accent)
    d.text(s, [Para(fig.value, bold=True)], MARGIN, y, value_w, FIGURE_BAND - BAND_RULE, (size,),
           d.theme.accent, anchor="ctr")
    x = MARGIN + value_w + BAND_GAP
    d.text(s, [Para.rich(fig.label)], x, y, s.width - MARGIN - x, label_h, d.scale.label_sizes(),
           d.theme.text, anchor="ctr")
    if fig.at:
        d.time_line(s, fig.at, y + label_h, d.theme.muted, x=x, width=s.width - MARGIN - x)
    return FIGURE_BAND


def band(fig, width: float) -> tuple | None:
    """The band a key figure takes under its topic's points on a slide ``width`` points wide: its value in
    bold on the left (one line, 28 to 48 points, at most two fifths of the width) and its label beside it
    at body size (with its time under it): (value size, value width, label height), or None if it does not fit."""
    inner = width - 2 * MARGIN - 2 * INSET
    size = next((sz for sz in BAND_VALUE_SIZES if text_width(fig.value, sz, True) <= 0.4 * inner * SAFETY), None)
    if size is None:
        return None
    value_w = text_width(fig.value, size, True) / SAFETY + 2 * INSET + 8
    label_h = FIGURE_BAND - BAND_RULE - (TIME_H if fig.at else 0)
    label_w = (width - 2 * MARGIN - value_w - BAND_GAP - 2 * INSET) * SAFETY
    fitted = fits([Para.rich(fig.label, -1)], label_w, label_h - 2 * INSET, BODY_SIZES[-1])
    return (size, value_w, label_h) if fitted else None


KIND = SlideKind(("bullets",), measure, draw, scaled=True, band=True)
SOURCES = SlideKind(("sources",), measure, draw_text, scaled=True)  # (a list of sources takes no key figure)
