"""The timestamp index: every timestamp reference, its topic, its page and its links, as a table
made a page's rows at a time.

One table of all its rows (16,000 cells at 1,000 topics) was laid out whole in each pass and held
while its pages were set: the largest part of a large report's peak memory. Rows have fixed column
widths, so a row's height is its own and a page breaks the table where it would break the whole:
each part is a table of the rows left over from the page before and as many new rows as overfill
the room, split where the whole table splits.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table
from reportlab.platypus.tableofcontents import IndexingFlowable

from .flowables import TOC_CHARS, Measured, Shaped, table_style
from .fonts import clip, link, markup

ROWS = 32  # the rows a part adds to its table at once until it overfills its room


def _once(entries: list) -> list:
    """``entries`` (key, (time, context)) with each context at each time once, the first (review 21: a topic's section
    and its figures' section, both named by the topic, were two rows of the same moment, and the same page)."""
    seen: set = set()
    return [entry for entry in entries
            if (key := (entry[1][1], entry[1][0].seconds)) not in seen and not seen.add(key)]  # type: ignore[func-returns-value]


class TimestampIndex(IndexingFlowable):
    """The index of one layout pass. Pages come from the previous pass; multiBuild runs again
    until they stop changing."""

    tag = None  # its structure element, given its rows (Table/TR/TH/TD) as they are made

    def __init__(self, writer):
        super().__init__()
        self.writer, self._last = writer, {}
        self._part: IndexPart | None = None

    def beforeBuild(self):
        """Keep the pages of the last pass and collect this pass's anew."""
        self._last = dict(self.writer.ts_pages)
        self.writer.ts_pages.clear()
        self._part = None

    def isSatisfied(self):
        """Whether the pages listed are the pages the references landed on."""
        return self._last == self.writer.ts_pages

    def _first(self) -> IndexPart:
        """The part of all the rows, made once in a pass (its entries in time order, the pages of the last pass)."""
        if self._part is None:
            w = self.writer
            entries = _once(sorted(w.ts_entries.items(), key=lambda kv: (kv[1][0].seconds, kv[0])))
            self._part = IndexPart(_Rows(w, entries, self._last, self.tag), 0, None)
        return self._part

    def wrap(self, aw, ah):
        """The size of the rows that fill ``ah`` (more than ``ah`` where rows are left)."""
        return self._first().wrap(aw, ah)

    def split(self, aw, ah):
        """The rows that fit ``ah`` and the part that holds the rest."""
        return self._first().split(aw, ah)

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw the (whole) table, then let it go."""
        self._first().drawOn(canvas, x, y, _sW)
        self._part = None


class _Rows:
    """The index's rows of one pass: their entries, the header cells, the columns, the tagging."""

    def __init__(self, w, entries: list, pages: dict, tag):
        self.w, self.entries, self.pages, self.tag = w, entries, pages, tag
        self.linked = any(at.links for _, (at, _) in entries)  # no "Open in" column of dashes
        heads = [w.doc.words[key] for key in ("index_time", "index_where", "index_page", "index_open")]
        self.head = [Shaped(markup(h), w.styles["head"]) for h in heads[:self.columns]]
        if tag is not None:
            tag.kids = []
            self._tag([self.head], "TH")

    @property
    def columns(self) -> int:
        return 4 if self.linked else 3

    def row(self, i: int) -> list:
        """The cells of entry ``i``, tagged as a row of the index's table."""
        w, st = self.w, self.w.styles
        key, (at, context) = self.entries[i]
        links = "<br/>".join(link(at.named(source), source.url, w.link_color) for source in at.links) or "—"
        cells = [Shaped(markup(at.label), st["cell"]), Shaped(markup(clip(context, TOC_CHARS)), st["cell"]),
                 Shaped(str(self.pages.get(key, "?")), st["cell"]), Shaped(links, st["cell"])][:self.columns]
        if self.tag is not None:
            self._tag([cells], "TD")
        return cells

    def _tag(self, rows: list, kind: str) -> None:
        for row in rows:
            tr = self.tag.add("TR")
            for cell in row:
                self.w.tagger.leaf(tr, kind, cell)
                cell.tag.scope, cell.tag.repeat = ("Column", True) if kind == "TH" else (None, False)

    def table(self, rows: list, aw: float, heights: list, held: Table | None) -> Table:
        """A table of the header and ``rows`` at width ``aw`` and ``heights`` (None: as they need); the
        rest of a table split at a page (``held``, whose rows come first) gives it its lines and
        background as reportlab's split left them, reaching down to the new last row."""
        widths = [aw * f for f in ((0.12, 0.46, 0.08, 0.34) if self.linked else (0.14, 0.74, 0.12))]
        table = Measured([self.head] + rows, colWidths=widths, repeatRows=1, splitInRow=1, rowHeights=heights)
        if held is None:
            table.setStyle(table_style([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + self.w.theme.primary)),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            return table
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        table._bkgrndcmds = list(held._bkgrndcmds)
        table._linecmds = [_reach(cmd, held._nrows - 1, len(rows)) for cmd in held._linecmds]
        return table


def _reach(cmd: tuple, last: int, to: int) -> tuple:
    """A line command of a table whose last row is ``last``, for the same table grown to ``to``: what
    ran to its last row runs to the new one, and the line below its last row is below the new one."""
    op, (sc, sr), (ec, er), *rest = cmd
    if er != last:
        return cmd
    if op == "LINEBELOW":
        return (op, (sc, to if sr == last else sr), (ec, to), *rest)
    return cmd if op == "LINEABOVE" else (op, (sc, sr), (ec, to), *rest)


class IndexPart(Flowable):
    """The index's rows from entry ``start`` on, after the rows ``held`` (the rest of a table split at
    a page, or None): a table of them that overfills the room it is offered, or of all of them."""

    def __init__(self, rows: _Rows, start: int, held: Table | None):
        super().__init__()
        self.rows, self.start, self.held = rows, start, held
        self._table: Table | None = None
        self._new: list = []  # the rows of entries from ``start`` made so far
        self._end = start  # and the entry after them
        self._size = (0.0, 0.0, 0.0)  # the table's width, height and the room it was made for
        self._measured: tuple[float, list] = (0.0, [])  # a width, and the heights of the new rows at it

    def _made(self, aw: float, ah: float) -> Table:
        """The table for width ``aw`` and room ``ah``: made again when the room grew past it (the
        rows made before are kept: each entry's row is made, and tagged, once)."""
        width, height, room = self._size
        whole = self._end == len(self.rows.entries)
        if self._table is not None and width == aw and (whole or height > ah + 1 or ah <= room):
            return self._table
        held = self.held._cellvalues[1:] if self.held is not None else []
        heights = [None] + (list(self.held._rowHeights[1:]) if self.held is not None else [])
        if self._measured[0] != aw:
            self._measured = (aw, [])
        known = self._measured[1]  # the heights of the new rows measured at this width (each row's is its own)
        while True:
            rows = heights + known + [None] * (len(self._new) - len(known))
            table = self.rows.table(held + self._new, aw, rows, self.held)
            _, height = table.wrap(aw, ah)
            known[:] = table._rowHeights[len(heights):len(heights) + len(self._new)]
            if self._end == len(self.rows.entries) or height > ah + 1:
                break
            more = range(self._end, min(self._end + ROWS, len(self.rows.entries)))
            self._new += [self.rows.row(i) for i in more]
            self._end = more.stop
        self._table, self._size = table, (aw, height, ah)
        return table

    def wrap(self, aw, ah):
        """The table's size: more than ``ah`` where rows are left after it."""
        return self._made(aw, ah).wrap(aw, ah)

    def split(self, aw, ah):
        """The rows that fit ``ah`` (reportlab's split) and a part of the rest."""
        parts = self._made(aw, ah).split(aw, ah)
        if len(parts) == 2:
            parts = [parts[0], IndexPart(self.rows, self._end, parts[1])]
        self._table = None
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw the table, then let it go."""
        self._made(self._size[0], self._size[2]).drawOn(canvas, x, y, _sW)
        self._table = None
