"""Two columns (``two_column``): a comparison, each column under its heading, continued side by side;
a topic's one key figure in a band over them, under the title, where it fits."""
from __future__ import annotations

from ...common import Para
from ..fit import bullet_paras, fits, paginate
from ..geometry import BODY_H, BODY_Y, INSET, MARGIN
from . import points
from ..parts import ColumnsPart
from .kind import SlideKind


def measure(p, slide, band: float = 0.0) -> list:
    """Pages of (size, [(heading, paras)] for each column) at the deck's size: one page if both
    columns fit, else both columns continued side by side; ``band`` points taken by a key figure's band over them."""
    col_w = p.column_width
    height = BODY_H - 56 - 2 * INSET - band
    cols = [(c.title, bullet_paras(c.bullets) or [Para("")]) for c in slide.columns[:2]]
    size = p.sizes(slide)[0]
    if all(fits(paras, col_w, height, size) for _, paras in cols):
        return [ColumnsPart(size, cols)]
    split = [paginate(paras, col_w, height, size) for _, paras in cols]
    return [ColumnsPart(size, [(heading, pages[i] if i < len(pages) else [Para("")]) for (heading, _), pages in zip(cols, split)])
            for i in range(max(map(len, split)))]


def draw(d, s, slide, part) -> None:
    """Each column of one page: a rule in its colour, its heading, its points."""
    size, columns = part
    band = points.figure_band(d, s, slide, ruled=False)  # (over the columns, under the title; their rules head them)
    col_w = (s.width - 2 * MARGIN - 30) / 2
    top = BODY_Y + band
    for i, (heading, paras) in enumerate(columns):
        x = MARGIN + i * (col_w + 30)
        d.rect(s, x, top, col_w, 4, d.theme.palette[i % len(d.theme.palette)])
        d.text(s, [Para(heading, bold=True)], x, top + 8, col_w, 44, (size + 2, size), d.theme.primary)
        d.text(s, paras, x, top + 56, col_w, BODY_H - 56 - band, (size,), d.theme.text, bullets=True)


KIND = SlideKind(("two_column",), measure, draw, scaled=True, band=True)
