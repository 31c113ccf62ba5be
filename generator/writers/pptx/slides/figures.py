"""Key figures (``big_number``): one to four figures in a grid, each value over its label, all values
at one size; figures too long for a grid are set as points instead."""
from __future__ import annotations

from ....limits import MAX_FIGURES
from ...common import Para
from ..fit import fit_or_paginate, fit_size, fits, time_link
from ..geometry import BODY_H, BODY_SIZES, BODY_Y, INSET, MARGIN, SAFETY, TIME_H, VALUE_SIZES
from ...measure import LINE_HEIGHT, text_width, wrap
from . import points
from ..parts import FiguresPart, TextPart
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """Groups of up to MAX_FIGURES figures, one a slide; else pages of (size, paras) of the figures as points."""
    groups = [slide.figures[i:i + MAX_FIGURES] for i in range(0, len(slide.figures), MAX_FIGURES)]
    if all(figure_fits(p.width, fig, len(group)) for group in groups for fig in group):
        return [FiguresPart(group) for group in groups]
    # a figure too long for a big number is a bullet, its label under it, continued as bullets are
    paras = [para for f in slide.figures
             for para in (Para(f.value, 0, True, False, *time_link(f.at)), Para.rich(f.label, 1, False, True))]
    return fit_or_paginate(paras, p.body_width, BODY_H - 2 * INSET, p.sizes(slide))


def grid(width: float, n: int) -> tuple:
    """The grid of ``n`` figures on a slide ``width`` wide (a row of up to three; four as two by two):
    columns, rows, column width, cell height, and the heights of a value and of a label."""
    cols = n if n <= 3 else 2
    rows = -(-n // cols)
    col_w = (width - 2 * MARGIN - 20 * (cols - 1)) / cols
    cell_h = (BODY_H - 10 * (rows - 1)) / rows
    value_h = min(110, cell_h * 0.4)
    return cols, rows, col_w, cell_h, value_h, 130 if rows == 1 else cell_h - value_h - TIME_H


def value_size(values: list[str], width: float, height: float) -> int:
    """The one size of the values of a grid: the largest at which each fits ``width`` on one
    line, or on two in ``height``, no word broken (a long value does not sit small beside big ones)."""
    def fits_at(value: str, size: int) -> bool:
        lines = len(wrap(value, width, size, True))
        whole = all(text_width(word, size, True) <= width for word in value.split())
        return whole and (lines == 1 and size * 1.3 <= height
                          or lines == 2 and size * 2.6 <= height and size * LINE_HEIGHT * 2 <= height - 2 * INSET)
    return next((size for size in VALUE_SIZES if all(fits_at(v, size) for v in values)), VALUE_SIZES[-1])


def label_size(labels: list[str], sizes: tuple[int, ...], width: float, height: float) -> int:
    """The one size of the labels of a grid: the first of ``sizes`` at which each fits its cell (a long label
    does not sit small beside large ones), else the last."""
    return int(min(fit_size([Para.rich(label, -1)], width, height, sizes) or sizes[-1] for label in labels))


def figure_fits(width: float, fig, n: int) -> bool:
    """Whether a figure's value (at 20 points at least) and label (at the body's 18) fit a grid of ``n``."""
    _, _, col_w, _, value_h, label_h = grid(width, n)
    inner = (col_w - 2 * INSET) * SAFETY
    return (len(wrap(fig.value, inner, 20, True)) * 20 * LINE_HEIGHT <= value_h - 2 * INSET
            and fits([Para.rich(fig.label, -1)], inner, label_h - 2 * INSET, BODY_SIZES[-1]))


def draw(d, s, slide, part) -> None:
    """One to four figures in a grid, each with its label and, when it differs from the
    slide's, its time; figures too long for a grid come as bullets (``part`` is then a TextPart)."""
    if isinstance(part, TextPart):
        return points.draw_text(d, s, slide, part)
    figures = part.figures
    cols, rows, col_w, cell_h, value_h, label_h = grid(s.width, len(figures))
    size = value_size([fig.value for fig in figures], (col_w - 2 * INSET) * SAFETY, value_h)
    labels = label_size([fig.label for fig in figures], d.scale.label_sizes(), (col_w - 2 * INSET) * SAFETY,
                        label_h - 2 * INSET)
    for i, fig in enumerate(figures):
        x = MARGIN + (i % cols) * (col_w + 20)
        y = BODY_Y + (i // cols) * (cell_h + 10) + (40 if rows == 1 else 0)
        d.text(s, [Para(fig.value, bold=True)], x, y, col_w, value_h, (size,), d.theme.accent, align="ctr")
        d.text(s, [Para.rich(fig.label)], x, y + value_h + 10 * (rows == 1), col_w, label_h, (labels,),
               d.theme.text, align="ctr")
        if fig.at:
            d.time_line(s, fig.at, y + value_h + label_h + 10 * (rows == 1), d.theme.muted, x=x, width=col_w)
    return None


KIND = SlideKind(("big_number",), measure, draw, scaled=True, joins=True)
