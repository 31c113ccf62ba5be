"""A table: its header row on the primary colour (repeated on each page), rows banded, a row longer
than half a page cut between lines into rows that each fit."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table

from ...common import Para as Text, column_widths, split_row
from ..flowables import Measured, Shaped, table_style
from ..fonts import markup
from . import text
from .kind import CELL_PADDING, ROW_HEIGHT, SectionKind

MIN_PAGE_COLUMN = 40.0  # points: no table column is narrower (unless 12 of them cannot be this wide)


# rows of one reportlab Table: each page a table runs onto lays out a copy of its rest again, so a table of
# 6,000 rows took 12.6 s (quadratic); a longer one is several tables, each under the header (an even
# number: the rows' banding goes on)
ROWS_A_TABLE = 200


def body(w, slide, out: list) -> list:
    """The slide's table (its text, if it has no table)."""
    if not slide.table:
        return text.body(w, slide, out)
    out += table_flowables(w, slide.table)
    return out


def table_flowables(w, table) -> list[Table]:
    """``table`` as reportlab Tables as wide as the frame, of ROWS_A_TABLE rows at most each."""
    st = w.styles
    widths = column_widths(table.column_shares(), w.frame_width, MIN_PAGE_COLUMN)
    # a row longer than half a page is cut between lines into rows that each fit (reportlab
    # splits a tall row itself, but wraps its rest again on every page: hours for 20,000 characters)
    inner = [cw - 2 * CELL_PADDING - 2 for cw in widths]
    lines = int(ROW_HEIGHT // st["cell"].leading)
    head = split_row([Text(c) for c in table.columns], inner, st["head"].fontSize, True, lines // 2)  # repeated if one row
    rows = [part for row in table.rows for part in split_row([Text.rich(c) for c in row], inner, st["cell"].fontSize,
                                                             False, lines)]
    heads = [[Shaped(markup(c.text), st["head"]) for c in row] for row in head]
    cells = [[Shaped(w._rich(c), st["cell"]) for c in row] for row in rows]
    return [_table(w, heads + cells[start:start + ROWS_A_TABLE], widths, len(head))
            for start in range(0, max(len(cells), 1), ROWS_A_TABLE)]


def _table(w, data: list, widths: list[float], heads: int) -> Table:
    """One reportlab Table of ``data``, its first ``heads`` rows the header."""
    t = Measured(data, colWidths=widths, repeatRows=1 if heads == 1 else 0, splitInRow=1)
    t.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, heads - 1), colors.HexColor("#" + w.theme.primary)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, heads), (-1, -1), [colors.white, colors.HexColor("#F3F3F3")]),
    ]))
    return t


KIND = SectionKind(("table",), body)
