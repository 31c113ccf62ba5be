"""A table: whole on one slide at the largest size it fits (up to the deck's body size), its rows spread over the
body's room, else continued over slides at the smallest, its header repeated, a row taller than a slide continued in
the next row; drawn as a native table."""
from __future__ import annotations

from ....contrast import required, text_on
from ...common import Para, column_widths, split_row
from ...measure import LINE_HEIGHT, line_spans, word_widths
from ..geometry import BODY_H, BODY_SIZES, BODY_Y, CELL_MARGIN, MARGIN, MIN_SLIDE_COLUMN, SAFETY, TABLE_SIZES
from ..xml import TABLE_STYLE, TABLE_URI
from ..parts import TablePart
from .kind import SlideKind

FILLED = 0.8  # of the body's height a table that fits whole fills at least, its rows taller (a line each at most)


def col_widths(width: float, table, size: float = TABLE_SIZES[0]) -> list[float]:
    """Column widths on a slide ``width`` wide: shares of the width, each column wide enough for its
    longest word at ``size`` (up to a third of the table), so that no word is broken inside it."""
    total = width - 2 * MARGIN
    cells = [[Para(head), *(Para.rich(row[i]) for row in table.rows)] for i, head in enumerate(table.columns)]
    floors = [min(total / 3, max([MIN_SLIDE_COLUMN] + [w / SAFETY + 2 * CELL_MARGIN + 2 for cell in column for w in
                                                       word_widths(cell.text, size, True, cell.marks)]))
              for column in cells]
    return column_widths(table.column_shares(), total, floors)


def _sizes(p, slide) -> tuple[int, ...]:
    """The sizes a table is tried at, largest first: the deck's body sizes up to its points' size (review 21: AMD's
    tables sat at 20 pt over half-empty slides under 24-pt points), then TABLE_SIZES. A table continues at the
    smallest, as before: how many slides a table takes never depends on the deck's size."""
    return tuple(sorted({*(n for n in BODY_SIZES if n <= p.sizes(slide)[0]), *TABLE_SIZES}, reverse=True))


def _spread(heights: list[float], room: float, size: float) -> list[float]:
    """``heights`` of a table's rows, each taller by the same amount (a line at ``size`` at most) towards ``room``
    (review 21: AMD's tables of three to five rows left half their slide empty; the cells' text sits in the middle)."""
    extra = min(max(0.0, room - sum(heights)) / max(1, len(heights)), size * LINE_HEIGHT)
    return [h + extra for h in heights]


def _inner(widths) -> list[float]:
    """The widths text wraps to inside table cells of ``widths``."""
    return [(w - 2 * CELL_MARGIN) * SAFETY for w in widths]


def _row_height(cells: list[Para], widths, size, bold=False) -> float:
    lines = max(len(line_spans(c.text, w, size, bold, c.marks)) for c, w in zip(cells, _inner(widths)))
    return lines * size * LINE_HEIGHT + 10


def _split_row(cells, widths, size, bold, max_lines) -> list[list[Para]]:
    return split_row(cells, _inner(widths), size, bold, max_lines)


def measure(p, slide, band: float) -> list:
    """Pages of (size, column widths, rows, row heights), a row being (cells, is_header).

    A table that fits one slide at some size is drawn whole; else it goes on at the smallest
    size over as many slides as it needs, the header repeated on each (unless it is itself
    too tall: then it comes once), a row taller than a slide continued in the next row."""
    table = slide.table
    columns = [Para(c) for c in table.columns]
    body = [[Para.rich(c) for c in row] for row in table.rows]
    made: dict[float, list[float]] = {}  # (the widths at a size: every size under TABLE_SIZES[0] takes its)
    for size in _sizes(p, slide):
        if (at := max(size, TABLE_SIZES[0])) not in made:
            made[at] = col_widths(p.width, table, at)
        widths = made[at]
        head = _row_height(columns, widths, size, True)
        heights = [_row_height(r, widths, size) for r in body]
        if head + sum(heights) <= BODY_H:
            return [TablePart(size, widths, [(columns, True)] + [(r, False) for r in body], [head] + _spread(
                heights, BODY_H * FILLED - head, size))]
    repeat = head <= BODY_H / 3
    room = BODY_H - (head if repeat else 0)
    max_lines = max(1, int((room - 10) // (size * LINE_HEIGHT)))
    entries = [] if repeat else [(r, True) for r in _split_row(columns, widths, size, True, max_lines)]
    for row, h in zip(body, heights):
        entries += [(row, False)] if h <= room else [(r, False) for r in _split_row(row, widths, size, False,
                                                                                    max_lines)]
    top = ([(columns, True)], [head]) if repeat else ([], [])
    rows = [(cells, is_header, _row_height(cells, widths, size, is_header)) for cells, is_header in entries]

    def fill(limit: float) -> list:
        pages, page, used = [], list(top[0]), list(top[1])
        for cells, is_header, h in rows:
            if len(page) > len(top[0]) and sum(used) + h > limit:
                pages.append(TablePart(size, widths, page, used))
                page, used = list(top[0]), list(top[1])
            page.append((cells, is_header))
            used.append(h)
        return pages + [TablePart(size, widths, page, used)]

    pages = fill(BODY_H)
    target = sum(top[1]) + sum(h for *_, h in rows) / len(pages)  # as many slides, filled evenly
    while len(pages) > 1 and target < BODY_H:
        even = fill(target)
        if len(even) == len(pages):
            return even
        target *= 1.03
    return pages


def draw(d, s, slide, part) -> None:
    """One page of the table as a native table: its header row on the primary colour."""
    size, widths, rows, heights = part
    e = d.emu
    margins = f'marL="{e(CELL_MARGIN)}" marR="{e(CELL_MARGIN)}" marT="{e(5)}" marB="{e(5)}" anchor="ctr"'
    head_colour = text_on(d.theme.primary, d.theme.text, d.theme.background, required(size, True))
    out, slide_back = [], s.behind
    for (cells, is_header), h in zip(rows, heights):
        s.behind = d.theme.primary if is_header else slide_back
        fill = f'<a:solidFill><a:srgbClr val="{d.theme.primary}"/></a:solidFill>' if is_header else ""
        tcs = "".join(
            f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>'
            f'{d.paragraph(_cell(d, s, cell, size, head_colour if is_header else d.theme.text, is_header), size)}'
            f'</a:txBody><a:tcPr {margins}>{fill}</a:tcPr></a:tc>' for cell in cells)
        out.append(f'<a:tr h="{e(h)}">{tcs}</a:tr>')
    s.behind = slide_back
    grid = "".join(f'<a:gridCol w="{e(cw)}"/>' for cw in widths)
    s.shapes.append(
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{s.new_id()}" name="Table"/><p:cNvGraphicFramePr>'
        f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'{d.xfrm(MARGIN, BODY_Y, s.width - 2 * MARGIN, sum(heights), "p:xfrm")}'
        f'<a:graphic><a:graphicData uri="{TABLE_URI}"><a:tbl>'
        f'<a:tblPr firstRow="{int(rows[0][1])}" bandRow="1"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>'
        f'<a:tblGrid>{grid}</a:tblGrid>{"".join(out)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')


def _cell(d, s, cell: Para, size, color, bold: bool) -> str:
    """A table cell's text: its runs where it has markup."""
    if cell.runs:
        return d.runs(s, cell.runs, size, color, bold=bold)
    return d.run(s, cell.text, size, color, bold=bold)


KIND = SlideKind(("table",), measure, draw, scaled=True)  # (its sizes go up to the deck's: _sizes)
