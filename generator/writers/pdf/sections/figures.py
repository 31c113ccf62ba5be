"""Key figures (``big_number``): big numbers three to a row, each over its label."""
from __future__ import annotations

from reportlab.platypus import KeepTogether, Table

from ...common import Para as Text, split_row
from ..flowables import Measured, Shaped, table_style
from .kind import CELL_PADDING, ROW_HEIGHT, SectionKind


def body(w, slide, out: list) -> list:
    """The slide's figures as a table of big numbers, kept on one page with the heading above them (review 21: a
    grid's heading alone at the foot of a page, its figures on the next)."""
    return out[:1] + [KeepTogether(out[1:] + [figures_table(w, slide.figures)])]


def figures_table(w, figures) -> Table:
    """Big numbers three to a row, each over its label; a long value or label goes on in the next row."""
    n = max(1, min(len(figures), 3))
    width = w.frame_width / n
    data: list[list] = []
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i in range(0, len(figures), 3):
        group = figures[i:i + 3]
        for style, texts in ((w.styles["big"], [Text(f.value) for f in group]),
                             (w.styles["biglabel"], [Text.rich(f.label) for f in group])):
            if style is w.styles["biglabel"]:  # a value's last row and its label's first share a page
                commands.append(("NOSPLIT", (0, len(data) - 1), (-1, len(data))))
            inner = [width - 2 * CELL_PADDING - 2] * len(group)
            for row in split_row(texts, inner, style.fontSize, style.fontName.endswith("Bold"),
                                 int(ROW_HEIGHT // style.leading)):
                data.append([Shaped(w._rich(t), style) for t in row])
    return Measured(data, colWidths=[width] * n, style=table_style(commands))


KIND = SectionKind(("big_number",), body)
