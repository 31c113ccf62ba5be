"""Lines: a line a series in the palette's colours, each point labelled above it."""
from __future__ import annotations

from .axes import AXIS_IDS
from .kind import DeckChartKind, Plot
from .labels import solid_fill, value_label


def labels(c: Plot) -> dict:
    """Each point's value above it."""
    return {(i, j): value_label(c, i, j, label, "t") for i, s in enumerate(c.spec.series) for j, label in enumerate(s.labels)}


def series_fill(c: Plot, i: int, base: bool) -> str:
    """The line in the series' colour."""
    return f'<c:spPr><a:ln>{solid_fill(c.palette[i % len(c.palette)])}</a:ln></c:spPr>'


def plot(c: Plot, series: str) -> tuple[str, str]:
    """A line chart, with markers."""
    return "<c:layout/>", (f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/>'
                           f'{AXIS_IDS}</c:lineChart>')


KIND = DeckChartKind(("line",), labels, lambda c: False, series_fill, plot, series_end='<c:smooth val="0"/>')
