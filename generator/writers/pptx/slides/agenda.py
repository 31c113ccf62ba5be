"""The agenda (and a chapter list): its entries with their linked times as a list; a chapter list too
long for one column in two, continued over slides of two columns."""
from __future__ import annotations

from ...common import Para
from ..fit import fit_or_paginate, fits, paginate, time_link
from ..geometry import BODY_H, BODY_Y, INSET, MARGIN
from . import points
from ..parts import ColumnsPart, TextPart
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """Pages of (size, paras), or of (size, [column, column]) for a long chapter list."""
    width = p.body_width
    paras = [Para(a.title, 0, False, False, *time_link(a.at)) for a in slide.agenda] or [Para("")]
    if slide.role == "chapters" and not fits(paras, width, BODY_H - 2 * INSET, p.sizes(slide)[0]):
        return chapter_pages(p, paras, p.sizes(slide)[0])
    return fit_or_paginate(paras, width, BODY_H - 2 * INSET, p.sizes(slide))


def chapter_pages(p, paras: list[Para], size: float) -> list:
    """Pages of (size, [column, column]) for a chapter list too long for one column: two columns at
    the deck's ``size`` for such slides (one type scale: no size of their own), continued on further
    slides of two columns, the columns filled evenly."""
    columns = paginate(paras, p.column_width, BODY_H - 2 * INSET, size)
    return [ColumnsPart(size, columns[i:i + 2]) for i in range(0, len(columns), 2)]


def draw(d, s, slide, part) -> None:
    """An agenda as a list; a long chapter list in two columns (``part`` is then (size, columns))."""
    if isinstance(part, TextPart):
        return points.draw_text(d, s, slide, part)
    size, paras = part
    col_w = (s.width - 2 * MARGIN - 30) / 2
    for i, column in enumerate(paras):
        d.text(s, column, MARGIN + i * (col_w + 30), BODY_Y, col_w, BODY_H, (size,), d.theme.text, bullets=True)
    return None


KIND = SlideKind(("agenda",), measure, draw, scaled=True)
