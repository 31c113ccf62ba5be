"""Short topics side by side: a ``topics`` slide holds two to four topics, each a block with its
title, its linked time and its points (two or three as columns, four as two by two), at the deck's
size. Blocks that do not fit go on over more slides, fewer to a slide, each block whole; a block
too long for a slide of its own continues as points do. A mixin of PptxWriter (measure and draw)."""
from __future__ import annotations

from collections.abc import Callable

from ...document import Column, Slide, Theme
from ...groups import spread
from ..common import Para
from .fit import bullet_paras, fits, paginate
from ..measure import LINE_HEIGHT, wrap
from .geometry import BODY_H, BODY_Y, INSET, MARGIN, SAFETY, TIME_H

GAP = 30.0  # points between blocks
RULE = 12.0  # the coloured rule over a block, and the space under it


def _block_paras(column: Column) -> list[Para]:
    return bullet_paras(column.bullets) or [Para("")]


class Blocks:
    """Measuring and drawing the blocks of a topics slide."""

    W: float
    theme: Theme
    _sizes: Callable[[Slide], tuple]
    _text: Callable[..., None]
    _rect: Callable[..., None]
    _time_line: Callable[..., None]

    @staticmethod
    def _cells(n: int, width: float) -> tuple[int, float, float]:
        """Columns, cell width and cell height of a slide of ``n`` blocks."""
        cols = n if n <= 3 else 2
        rows = -(-n // cols)
        return cols, (width - 2 * MARGIN - GAP * (cols - 1)) / cols, (BODY_H - GAP * (rows - 1)) / rows

    def _heading_h(self, title: str, cell_w: float, size: float) -> float:
        """The height of a block's title (bold, two points over the text) and its time line."""
        lines = len(wrap(title, (cell_w - 2 * INSET) * SAFETY, size + 2, True))
        return RULE + lines * (size + 2) * LINE_HEIGHT + 2 * INSET + TIME_H

    def _heads_h(self, columns: list[Column], size: float) -> float:
        """The height the titles and time lines of a slide of ``columns`` take: the tallest one's, so that
        every block's time and points start level."""
        _, cell_w, _ = self._cells(len(columns), self.W)
        return max(self._heading_h(c.title, cell_w, size) for c in columns)

    def _fit(self, columns: list[Column], size: float) -> bool:
        """Whether each block of a slide of ``columns`` fits its cell at ``size``."""
        _, cell_w, cell_h = self._cells(len(columns), self.W)
        room = cell_h - self._heads_h(columns, size) - 2 * INSET
        return room > 0 and all(fits(_block_paras(c), (cell_w - 2 * INSET) * SAFETY, room, size) for c in columns)

    def _topic_pages(self, slide: Slide) -> list:
        """Pages of (size, [(column, paras)]): all blocks on one slide if each fits its cell, else
        spread over as few slides as fit (fewer blocks to a slide, so wider cells); a block that
        does not fit a slide of its own is continued over slides by its points."""
        size = self._sizes(slide)[0]
        columns = slide.columns
        for most in range(len(columns), 0, -1):
            groups = spread(columns, most)
            if all(self._fit(group, size) for group in groups):
                return [(size, [(c, _block_paras(c)) for c in group]) for group in groups]
        pages: list = []
        for c in columns:
            if self._fit([c], size):
                pages.append((size, [(c, _block_paras(c))]))
                continue
            _, cell_w, cell_h = self._cells(1, self.W)
            room = cell_h - self._heads_h([c], size) - 2 * INSET
            pages += [(size, [(c, paras)]) for paras in paginate(_block_paras(c), (cell_w - 2 * INSET) * SAFETY,
                                                                  room, size)]
        return pages

    def _body_topics(self, s, slide, part) -> None:
        """Each block: a rule in its colour, its title, its time, its points."""
        size, blocks = part
        cols, cell_w, cell_h = self._cells(len(blocks), self.W)
        head = self._heads_h([column for column, _ in blocks], size) - RULE - TIME_H
        palette = self.theme.palette
        for i, (column, paras) in enumerate(blocks):
            x = MARGIN + (i % cols) * (cell_w + GAP)
            y = BODY_Y + (i // cols) * (cell_h + GAP)
            self._rect(s, x, y, cell_w, 4, palette[i % len(palette)])
            self._text(s, [Para(column.title, bold=True)], x, y + RULE, cell_w, head, (size + 2,), self.theme.primary)
            if column.at:
                self._time_line(s, column.at, y + RULE + head, self.theme.muted, x=x, width=cell_w)
            top = y + RULE + head + TIME_H
            self._text(s, paras, x, top, cell_w, y + cell_h - top, (size,), self.theme.text, bullets=True)
