"""A chart's data as the workbook's columns: the data as stated, and for floating bars a start and a
length computed from it (formulas, so that the bars follow edits)."""
from __future__ import annotations

from ....document import ChartSpec
from ..workbook import TIME, Formula, SheetColumn, column


def series_columns(spec: ChartSpec, ranged: bool) -> tuple[list[SheetColumn], list[tuple[int, int]]]:
    """The workbook's columns and, for each drawn series, (its values' column, its name's column):
    the data as stated, and for floating bars a start and a length computed from it."""
    columns: list[SheetColumn] = []
    drawn = []
    time = spec.kind == "timeline"
    scale = 1 / 1440 if time else 1  # a timeline's minutes as days: spreadsheets count time in days
    for s in spec.series:
        if not ranged:
            columns.append(SheetColumn(s.name, list(s.values)))
            drawn.append((len(columns) - 1,) * 2)
        else:
            low = [lo * scale if lo is not None else None for lo in s.low]
            high = [(hi if hi is not None else v) * scale for v, hi in zip(s.values, s.high)]
            lo_col, hi_col = column(len(columns) + 1), column(len(columns) + 2)
            columns += [SheetColumn(f"{s.name}: from", low, TIME if time else 0), SheetColumn(s.name, high, TIME if time else 0)]
            named = len(columns) - 1
            columns.append(SheetColumn(f"{s.name}: bar start", [Formula(f"IF(ISNUMBER({lo_col}{{r}}),{lo_col}{{r}},0)", lo or 0)
                                                           for lo in low], TIME if time else 0))
            st_col = column(len(columns))
            columns.append(SheetColumn(f"{s.name}: bar length", [Formula(f"{hi_col}{{r}}-{st_col}{{r}}", hi - (lo or 0))
                                                            for lo, hi in zip(low, high)], TIME if time else 0))
            drawn += [(len(columns) - 2, len(columns) - 2), (len(columns) - 1, named)]
        if any(s.approx):
            columns.append(SheetColumn(f"{s.name}: approximate", [True if a else None for a in s.approx]))
    return columns, drawn
