"""Overflow policy of the deck, in one place: how one Document slide becomes deck slides (at the deck's
sizes, where lists, tables, columns and figures split, which titles each page gets, where a topic's
one key figure joins its points). A mixin of PptxWriter: it measures with the writer's slide width."""
from __future__ import annotations

from ...document import MAX_FIGURES, Document, Slide
from ..common import Para
from .fit import SPACE_BEFORE, bullet_paras, fit_or_paginate, fits, paginate, time_link
from ..measure import LINE_HEIGHT, line_spans, text_width, word_widths, wrap
from ...words import fill
from ..common import column_widths, split_row, unique_titles
from .blocks import Blocks
from .geometry import (BAND_GAP, BAND_RULE, BAND_VALUE_SIZES, BODY_H, BODY_SIZES, CELL_MARGIN, FIGURE_BAND, INSET,
                       KICKER_H, KICKER_SIZE, KICKER_Y, MARGIN, MIN_COLUMN, SAFETY, TABLE_SIZES, TIME_H, TITLE_H,
                       TITLE_SIZES, TITLE_Y, VALUE_SIZES)
from .scale import TEXT, Scale
from .split import split_chart


class Pages(Scale, Blocks):
    """Pagination: at the deck's sizes (``Scale``), continuation slides, balanced."""

    W: float  # the slide's width in layout points, set by the writer for each deck
    doc: Document  # the deck's Document (its words name continued slides), set by the writer
    _measured: dict  # (slide id, band, sizes) -> its parts, for the deck being written

    # -- pagination: one Document slide may need several deck slides ---------------------
    def _deck_pages(self, slides: list[Slide]) -> list:
        """(slide, title, part) of every deck slide, in order: each Document slide's pages, a
        topic's one key figure joined to its points (a slide with one figure alone looks empty)."""
        out, i = [], 0
        while i < len(slides):
            joined = self._joined(slides[i], slides[i + 1] if i + 1 < len(slides) else None)
            out += joined or self._pages(slides[i])
            i += 2 if joined else 1
        return out

    def _joined(self, slide: Slide, follower: Slide | None) -> list | None:
        """The pages of a points slide (bullets or two columns) followed by a slide of its topic
        with one figure, that figure in a band under the points of its last page; None unless the
        band fits and costs no extra slide."""
        if not (follower is not None and follower.layout == "big_number" and len(follower.figures) == 1
                and slide.topic and follower.topic == slide.topic and slide.layout in ("bullets", "two_column")
                and self._band(follower.figures[0]) is not None):
            return None
        parts, plain = self._split(slide, FIGURE_BAND), self._split(slide)
        if len(parts) > len(plain):  # else the band may still fit under the last of the pages without it
            if not self._fits_above_band(slide.layout, *plain[-1]):
                return None
            parts = plain
        with_figure = slide.model_copy(update={"figures": follower.figures,
                                               "notes": " ".join(filter(None, (slide.notes, follower.notes)))})
        pages = self._pages(slide, parts)
        return pages[:-1] + [(with_figure, *pages[-1][1:])]

    def _fits_above_band(self, layout: str, size: float, body: list) -> bool:
        """Whether a page of points (or of two columns) at ``size`` leaves room for a figure's band."""
        if layout == "two_column":
            return all(fits(paras, self._column_width(), BODY_H - 56 - 2 * INSET - FIGURE_BAND, size) for _, paras in body)
        return fits(body, self._body_width(), BODY_H - 2 * INSET - FIGURE_BAND, size)

    def _body_width(self) -> float:
        """The width text wraps to across a content slide's body."""
        return (self.W - 2 * MARGIN - 2 * INSET) * SAFETY

    def _column_width(self) -> float:
        """The width text wraps to in one of two columns."""
        return ((self.W - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY

    def _pages(self, slide: Slide, parts: list | None = None) -> list:
        """(slide, title, part) of each deck slide this Document slide needs."""
        parts = self._split(slide) if parts is None else parts
        words = self.doc.words
        if slide.layout == "topics" and len(parts) > 1:  # each slide of blocks is titled by its own topics
            return [(slide, " · ".join(dict.fromkeys(c.title for c, _ in part[1])), part) for part in parts]
        return [(slide, slide.title if i == 0 else f"{slide.title} {fill(words['cont_number'], number=i + 1)}"
                 if len(parts) > 2 else f"{slide.title} {words['cont']}", part) for i, part in enumerate(parts)]

    def _split(self, slide: Slide, band: float = 0.0) -> list:
        """The parts of each deck slide ``slide`` needs; points and columns leave ``band`` points free under
        them (measured once a size: choosing the deck's scale measures the same slides again)."""
        key = (id(slide), band, self._sizes(slide) if slide.layout in TEXT else None)
        if key not in self._measured:
            self._measured[key] = self._measure(slide, band)
        return self._measured[key]

    def _measure(self, slide: Slide, band: float) -> list:
        width = self._body_width()
        if slide.layout in ("bullets", "sources"):
            return fit_or_paginate(bullet_paras(slide.bullets) or [Para("")], width, BODY_H - 2 * INSET - band,
                                   self._sizes(slide))
        if slide.layout == "agenda":
            paras = [Para(a.title, 0, False, False, *time_link(a.at)) for a in slide.agenda] or [Para("")]
            if slide.role == "chapters" and not fits(paras, width, BODY_H - 2 * INSET, self._sizes(slide)[0]):
                return self._chapter_pages(paras, self._sizes(slide)[0])
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, self._sizes(slide))
        if slide.layout == "quote":
            paras = [Para.rich(t) for t in slide.text.split("\n")]
            return fit_or_paginate(paras, width - 80, BODY_H - 20 - self._attribution_h(slide), (28, 26) + BODY_SIZES)
        if slide.layout == "big_number":
            groups = [slide.figures[i:i + MAX_FIGURES] for i in range(0, len(slide.figures), MAX_FIGURES)]
            if all(self._figure_fits(fig, len(group)) for group in groups for fig in group):
                return groups
            # a figure too long for a big number is a bullet, its label under it, continued as bullets are
            paras = [p for f in slide.figures
                     for p in (Para(f.value, 0, True, False, *time_link(f.at)), Para.rich(f.label, 1, False, True))]
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, self._sizes(slide))
        if slide.layout == "table":
            return self._table_pages(slide)
        if slide.layout == "two_column":
            return self._column_pages(slide, band)
        if slide.layout == "topics":
            return self._topic_pages(slide)
        if slide.chart and slide.layout in ("chart", "timeline"):  # a part of its categories, on a scale all share
            return split_chart(slide.chart, BODY_H - self._caption_h(slide.chart), self.doc.words["chart_part"])
        return [None]

    def _chapter_pages(self, paras: list[Para], size: float) -> list:
        """Pages of (size, [column, column]) for a chapter list too long for one column: two columns at
        the deck's ``size`` for such slides (one type scale: no size of their own), continued on further
        slides of two columns, the columns filled evenly."""
        columns = paginate(paras, self._column_width(), BODY_H - 2 * INSET, size)
        return [(size, columns[i:i + 2]) for i in range(0, len(columns), 2)]

    def _caption_h(self, spec) -> float:
        """The height a chart's caption takes under it: up to three lines at body size (0: none)."""
        if not spec.caption:
            return 0.0
        lines = len(wrap(spec.caption, (self.W - 2 * MARGIN - 2 * INSET) * SAFETY, 18))
        return min(lines, 3) * 18 * LINE_HEIGHT + 18 * SPACE_BEFORE + 2 * INSET

    # -- titles: each deck slide's title is its title placeholder, unique in the deck --------
    def _titles(self, pages) -> list[tuple[str, int, str]]:
        """(title, size, text shown) of each deck slide: titles made unique ("(2)"); a slide whose
        title is empty gets "Slide N" (drawn above the slide); a title too long for its box is
        shortened with … before its "(cont.)" or number, so the titles shown are unique too."""
        names = unique_titles([title if slide.title.strip() else fill(self.doc.words["slide_number"], number=number)
                               for number, (slide, title, _) in enumerate(pages, start=1)])
        shown, seen = [], set()
        for (slide, title, _), name in zip(pages, names):
            # the end that tells it from other titles: "(cont.)", "(2)" (a topics slide's parts have titles of their own)
            tail = name[len(slide.title if name.startswith(slide.title) else title):] if slide.title.strip() else ""
            size, text = self._fit_title(name, tail, slide.layout, slide.kicker)
            n = 1
            while text in seen:
                n += 1
                size, text = self._fit_title(f"{name} ({n})", f"{tail} ({n})", slide.layout, slide.kicker)
            seen.add(text)
            shown.append((name, size, text))
        return shown

    def _title_box(self, layout: str, kicker: str = "") -> tuple:
        """Where the title of a slide of ``layout`` goes: x, y, width, height, and its sizes. A kicker
        takes the top of a content slide's title box (two lines of a title fit at 24 points under it)."""
        if layout in ("title", "section"):
            return MARGIN, 150, self.W - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20)
        if kicker:
            return MARGIN, KICKER_Y + KICKER_H, self.W - 2 * MARGIN, TITLE_Y + TITLE_H - KICKER_Y - KICKER_H, TITLE_SIZES
        return MARGIN, TITLE_Y, self.W - 2 * MARGIN, TITLE_H, TITLE_SIZES

    def _kicker_box(self, layout: str) -> tuple:
        """Where a slide's kicker goes (x, y, width, height): above its title."""
        if layout in ("title", "section"):
            return MARGIN, 150 - KICKER_H - 6, self.W - 2 * MARGIN, KICKER_H + 4
        return MARGIN, KICKER_Y, self.W - 2 * MARGIN, KICKER_H

    def _fit_kicker(self, text: str, layout: str) -> str:
        """A kicker on one line at its size: shortened with … where it is longer."""
        width = (self._kicker_box(layout)[2] - 2 * INSET) * SAFETY
        if len(wrap(text, width, KICKER_SIZE, True)) <= 1:
            return text
        head = wrap(text, width, KICKER_SIZE, True)[0]
        while len(head) > 1 and len(wrap(head.rstrip() + "…", width, KICKER_SIZE, True)) > 1:
            head = head[:-1]
        return head.rstrip() + "…"

    def _fit_title(self, text: str, tail: str, layout: str, kicker: str = "") -> tuple[int, str]:
        """The largest title size ``text`` fits its box at, and ``text``; if none, the smallest size
        and ``text`` shortened with … before ``tail`` (the end that tells it from other titles)."""
        _, _, w, h, sizes = self._title_box(layout, kicker)
        inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
        for size in sizes:
            if len(wrap(text, inner, size, True)) * size * LINE_HEIGHT <= room:
                return size, text
        size = sizes[-1]
        max_lines = max(1, int(room // (size * LINE_HEIGHT)))
        head = " ".join(wrap(text[:len(text) - len(tail)], inner, size, True)[:max_lines])
        head = head[:max(1, len(head) - 2)]
        while len(head) > 1 and len(wrap(head.rstrip() + "…" + tail, inner, size, True)) > max_lines:
            head = head[:-1]
        return size, head.rstrip() + "…" + tail

    def _attribution_h(self, slide) -> float:
        """The height a quote's attribution takes under it, at body size."""
        if not slide.attribution:
            return 40.0
        lines = wrap("— " + slide.attribution, (self.W - 2 * MARGIN - 80 - 2 * INSET) * SAFETY, 18)
        return len(lines) * 18 * LINE_HEIGHT + 2 * INSET + 4

    def _grid(self, n: int) -> tuple:
        """The grid of ``n`` figures (a row of up to three; four as two by two): columns, rows,
        column width, cell height, and the heights of a value and of a label."""
        cols = n if n <= 3 else 2
        rows = -(-n // cols)
        col_w = (self.W - 2 * MARGIN - 20 * (cols - 1)) / cols
        cell_h = (BODY_H - 10 * (rows - 1)) / rows
        value_h = min(110, cell_h * 0.4)
        return cols, rows, col_w, cell_h, value_h, 130 if rows == 1 else cell_h - value_h - TIME_H

    @staticmethod
    def _value_size(values: list[str], width: float, height: float) -> int:
        """The one size of the values of a grid: the largest at which each fits ``width`` on one
        line, or on two in ``height``, no word broken (a long value does not sit small beside big ones)."""
        def fits_at(value: str, size: int) -> bool:
            lines = len(wrap(value, width, size, True))
            whole = all(text_width(word, size, True) <= width for word in value.split())
            return whole and (lines == 1 and size * 1.3 <= height
                              or lines == 2 and size * 2.6 <= height and size * LINE_HEIGHT * 2 <= height - 2 * INSET)
        return next((size for size in VALUE_SIZES if all(fits_at(v, size) for v in values)), VALUE_SIZES[-1])

    def _figure_fits(self, fig, n: int) -> bool:
        """Whether a figure's value (at 20 points at least) and label (at the body's 18) fit a grid of ``n``."""
        _, _, col_w, _, value_h, label_h = self._grid(n)
        inner = (col_w - 2 * INSET) * SAFETY
        return (len(wrap(fig.value, inner, 20, True)) * 20 * LINE_HEIGHT <= value_h - 2 * INSET
                and fits([Para.rich(fig.label, -1)], inner, label_h - 2 * INSET, BODY_SIZES[-1]))

    def _band(self, fig) -> tuple | None:
        """The band a key figure takes under its topic's points: its value in bold on the left (one
        line, 28 to 48 points, at most two fifths of the width) and its label beside it at body size
        (with its time under it): (value size, value width, label height), or None if it does not fit."""
        inner = self.W - 2 * MARGIN - 2 * INSET
        size = next((sz for sz in BAND_VALUE_SIZES if text_width(fig.value, sz, True) <= 0.4 * inner * SAFETY), None)
        if size is None:
            return None
        value_w = text_width(fig.value, size, True) / SAFETY + 2 * INSET + 8
        label_h = FIGURE_BAND - BAND_RULE - (TIME_H if fig.at else 0)
        label_w = (self.W - 2 * MARGIN - value_w - BAND_GAP - 2 * INSET) * SAFETY
        fitted = fits([Para.rich(fig.label, -1)], label_w, label_h - 2 * INSET, BODY_SIZES[-1])
        return (size, value_w, label_h) if fitted else None

    def _column_pages(self, slide, band: float = 0.0):
        """Pages of (size, [(heading, paras)] for each column) at the deck's size: one page if both
        columns fit, else both columns continued side by side; ``band`` points are left free under them."""
        col_w = self._column_width()
        height = BODY_H - 56 - 2 * INSET - band
        cols = [(c.title, bullet_paras(c.bullets) or [Para("")]) for c in slide.columns[:2]]
        size = self._sizes(slide)[0]
        if all(fits(paras, col_w, height, size) for _, paras in cols):
            return [(size, cols)]
        split = [paginate(paras, col_w, height, size) for _, paras in cols]
        return [(size, [(heading, pages[i] if i < len(pages) else [Para("")]) for (heading, _), pages in zip(cols, split)])
                for i in range(max(map(len, split)))]

    # -- tables --------------------------------------------------------------------------
    def _col_widths(self, table) -> list[float]:
        """Column widths: shares of the width, each column wide enough for its longest word (up to a
        third of the table), so that no word is broken inside it."""
        total = self.W - 2 * MARGIN
        cells = [[Para(head), *(Para.rich(row[i]) for row in table.rows)] for i, head in enumerate(table.columns)]
        floors = [min(total / 3, max([MIN_COLUMN] + [w / SAFETY + 2 * CELL_MARGIN + 2 for cell in column for w in
                                                     word_widths(cell.text, TABLE_SIZES[0], True, cell.marks)]))
                  for column in cells]
        return column_widths(table.column_shares(), total, floors)

    @staticmethod
    def _inner(widths) -> list[float]:
        """The widths text wraps to inside table cells of ``widths``."""
        return [(w - 2 * CELL_MARGIN) * SAFETY for w in widths]

    def _row_height(self, cells: list[Para], widths, size, bold=False) -> float:
        lines = max(len(line_spans(c.text, w, size, bold, c.marks)) for c, w in zip(cells, self._inner(widths)))
        return lines * size * LINE_HEIGHT + 10

    def _split_row(self, cells, widths, size, bold, max_lines) -> list[list[Para]]:
        return split_row(cells, self._inner(widths), size, bold, max_lines)

    def _table_pages(self, slide):
        """Pages of (size, column widths, rows, row heights), a row being (cells, is_header).

        A table that fits one slide at some size is drawn whole; else it goes on at the smallest
        size over as many slides as it needs, the header repeated on each (unless it is itself
        too tall: then it comes once), a row taller than a slide continued in the next row."""
        table, widths = slide.table, self._col_widths(slide.table)
        columns = [Para(c) for c in table.columns]
        body = [[Para.rich(c) for c in row] for row in table.rows]
        for size in TABLE_SIZES:
            head = self._row_height(columns, widths, size, True)
            heights = [self._row_height(r, widths, size) for r in body]
            if head + sum(heights) <= BODY_H:
                return [(size, widths, [(columns, True)] + [(r, False) for r in body], [head] + heights)]
        repeat = head <= BODY_H / 3
        room = BODY_H - (head if repeat else 0)
        max_lines = max(1, int((room - 10) // (size * LINE_HEIGHT)))
        entries = [] if repeat else [(r, True) for r in self._split_row(columns, widths, size, True, max_lines)]
        for row, h in zip(body, heights):
            entries += [(row, False)] if h <= room else [(r, False) for r in self._split_row(row, widths, size, False,
                                                                                          max_lines)]
        top = ([(columns, True)], [head]) if repeat else ([], [])
        rows = [(cells, is_header, self._row_height(cells, widths, size, is_header)) for cells, is_header in entries]

        def fill(limit: float) -> list:
            pages, page, used = [], list(top[0]), list(top[1])
            for cells, is_header, h in rows:
                if len(page) > len(top[0]) and sum(used) + h > limit:
                    pages.append((size, widths, page, used))
                    page, used = list(top[0]), list(top[1])
                page.append((cells, is_header))
                used.append(h)
            return pages + [(size, widths, page, used)]

        pages = fill(BODY_H)
        target = sum(top[1]) + sum(h for *_, h in rows) / len(pages)  # as many slides, filled evenly
        while len(pages) > 1 and target < BODY_H:
            even = fill(target)
            if len(even) == len(pages):
                return even
            target *= 1.03
        return pages
