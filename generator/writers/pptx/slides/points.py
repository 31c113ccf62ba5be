"""Points (``bullets``, ``sources``): a list of points, continued over slides at the deck's size; a
topic's one key figure in a band under its points where it fits."""
from __future__ import annotations

from ...common import Para
from ..fit import bullet_paras, fit_or_paginate
from ..geometry import BAND_GAP, BAND_RULE, BODY_H, BODY_Y, FIGURE_BAND, INSET, MARGIN
from .kind import SlideKind


def measure(w, slide, band: float) -> list:
    """Pages of (size, paras) at the deck's size, ``band`` points left free under them."""
    return fit_or_paginate(bullet_paras(slide.bullets) or [Para("")], w._body_width(), BODY_H - 2 * INSET - band,
                           w._sizes(slide))


def draw(w, s, slide, part) -> None:
    """The points of one page, above the topic's key figure where it joined them."""
    draw_text(w, s, slide, part, figure_band(w, s, slide))


def draw_text(w, s, slide, part, band: float = 0.0) -> None:
    """The points of one page, ``band`` points left free under them."""
    size, paras = part
    w._text(s, paras, MARGIN, BODY_Y, s.width - 2 * MARGIN, BODY_H - band, (size,), w.theme.text, bullets=True)


def figure_band(w, s, slide) -> float:
    """A points slide's one key figure in a band under its points, ruled off above: the value
    on the left, its label (and its time) beside it. Returns the height taken (0: no figure)."""
    band = w._band(slide.figures[0]) if slide.figures else None
    if band is None:  # a figure joins its points only where its band fits
        return 0.0
    fig, (size, value_w, label_h) = slide.figures[0], band
    y = BODY_Y + BODY_H - FIGURE_BAND
    w._rect(s, MARGIN, y + BAND_RULE / 2 - 1, s.width - 2 * MARGIN, 2, w.theme.accent)
    w._text(s, [Para(fig.value, bold=True)], MARGIN, y + BAND_RULE, value_w, FIGURE_BAND - BAND_RULE, (size,),
            w.theme.accent, anchor="ctr")
    x = MARGIN + value_w + BAND_GAP
    w._text(s, [Para.rich(fig.label)], x, y + BAND_RULE, s.width - MARGIN - x, label_h, w._label_sizes(),
            w.theme.text, anchor="ctr")
    if fig.at:
        w._time_line(s, fig.at, y + BAND_RULE + label_h, w.theme.muted, x=x, width=s.width - MARGIN - x)
    return FIGURE_BAND


KIND = SlideKind(("bullets",), measure, draw, scaled=True, band=True)
SOURCES = SlideKind(("sources",), measure, draw_text, scaled=True)  # (a list of sources takes no key figure)
