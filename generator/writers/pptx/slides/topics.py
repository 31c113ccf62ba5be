"""Short topics side by side (``topics``): a slide holds two to four topics, each a block with its
title, its linked time and its points (two or three as columns, four as two by two), at the deck's
size. Blocks that do not fit go on over more slides, fewer to a slide, each block whole; a block
too long for a slide of its own continues as points do."""
from __future__ import annotations

from functools import lru_cache

from ....document import Column
from ....groups import spread
from ...common import Para, shortened
from ..fit import bullet_paras, fits, paginate
from ...measure import LINE_HEIGHT, current_family, wrap
from ..geometry import BODY_H, BODY_Y, INSET, MARGIN, SAFETY, TIME_H
from ..parts import BlocksPart
from .kind import SlideKind

GAP = 30.0  # points between blocks
RULE = 12.0  # the coloured rule over a block, and the space under it


def _block_paras(column: Column) -> list[Para]:
    return bullet_paras(column.bullets) or [Para("")]


def cells(n: int, width: float) -> tuple[int, float, float]:
    """Columns, cell width and cell height of a slide ``width`` wide of ``n`` blocks."""
    cols = n if n <= 3 else 2
    rows = -(-n // cols)
    return cols, (width - 2 * MARGIN - GAP * (cols - 1)) / cols, (BODY_H - GAP * (rows - 1)) / rows


def _heading_h(title: str, cell_w: float, cell_h: float, size: float) -> float:
    """The height of a block's title as shown (``_heading``: bold, two points over the text) and its time line."""
    lines = _heading_in(title, cell_w, cell_h, size, current_family())[1]
    return RULE + lines * (size + 2) * LINE_HEIGHT + 2 * INSET + TIME_H


def _heading(title: str, cell_w: float, cell_h: float, size: float) -> str:
    """A block's title as its cell shows it: whole in at most half the cell's height, else cut with "…"
    to those lines (a title of 20,000 characters left its points no room: they went on one line a slide,
    over 1,263 slides; the report and the notes have it whole)."""
    return _heading_in(title, cell_w, cell_h, size, current_family())[0]


@lru_cache(maxsize=256)  # (measured once a face: a block continued over 1,200 slides had its 20,000-character title
def _heading_in(title: str, cell_w: float, cell_h: float, size: float, family: str) -> tuple[str, int]:  # wrapped
    inner, line = (cell_w - 2 * INSET) * SAFETY, (size + 2) * LINE_HEIGHT  # 367,000 times, 24 s)
    most = max(1, int(cell_h / 2 // line))
    shown = shortened(title, most, lambda text: len(wrap(text, inner, size + 2, True, most=most)))
    return shown, len(wrap(shown, inner, size + 2, True))


def _heads_h(width: float, columns: list[Column], size: float) -> float:
    """The height the titles and time lines of a slide of ``columns`` take: the tallest one's, so that
    every block's time and points start level."""
    _, cell_w, cell_h = cells(len(columns), width)
    return max(_heading_h(c.title, cell_w, cell_h, size) for c in columns)


def _fit(width: float, columns: list[Column], size: float) -> bool:
    """Whether each block of a slide of ``columns`` fits its cell at ``size``."""
    _, cell_w, cell_h = cells(len(columns), width)
    room = cell_h - _heads_h(width, columns, size) - 2 * INSET
    return room > 0 and all(fits(_block_paras(c), (cell_w - 2 * INSET) * SAFETY, room, size) for c in columns)


def measure(p, slide, band: float) -> list:
    """Pages of (size, [(column, paras)]): all blocks on one slide if each fits its cell, else
    spread over as few slides as fit (fewer blocks to a slide, so wider cells); a block that
    does not fit a slide of its own is continued over slides by its points."""
    size = p.sizes(slide)[0]
    columns = slide.columns
    for most in range(len(columns), 0, -1):
        groups = spread(columns, most)
        if all(_fit(p.width, group, size) for group in groups):
            return [BlocksPart(size, [(c, _block_paras(c)) for c in group]) for group in groups]
    pages: list = []
    for c in columns:
        if _fit(p.width, [c], size):
            pages.append(BlocksPart(size, [(c, _block_paras(c))]))
            continue
        _, cell_w, cell_h = cells(1, p.width)
        room = cell_h - _heads_h(p.width, [c], size) - 2 * INSET
        pages += [BlocksPart(size, [(c, paras)]) for paras in paginate(_block_paras(c), (cell_w - 2 * INSET) * SAFETY,
                                                              room, size)]
    return pages


def draw(d, s, slide, part) -> None:
    """Each block: a rule in its colour, its title, its time, its points."""
    size, blocks = part
    cols, cell_w, cell_h = cells(len(blocks), s.width)
    head = _heads_h(s.width, [column for column, _ in blocks], size) - RULE - TIME_H
    palette = d.theme.palette
    for i, (column, paras) in enumerate(blocks):
        x = MARGIN + (i % cols) * (cell_w + GAP)
        y = BODY_Y + (i // cols) * (cell_h + GAP)
        d.rect(s, x, y, cell_w, 4, palette[i % len(palette)])
        d.text(s, [Para(_heading(column.title, cell_w, cell_h, size), bold=True)], x, y + RULE, cell_w, head, (size + 2,),
               d.theme.primary)
        if column.at:
            d.time_line(s, column.at, y + RULE + head, d.theme.muted, x=x, width=cell_w)
        top = y + RULE + head + TIME_H
        d.text(s, paras, x, top, cell_w, y + cell_h - top, (size,), d.theme.text, bullets=True)


KIND = SlideKind(("topics",), measure, draw, scaled=True, topical=True)
