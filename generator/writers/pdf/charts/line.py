"""Lines: a line a series, in the palette's colours, over the categories."""
from __future__ import annotations

from reportlab.graphics.charts.linecharts import HorizontalLineChart

from .axes import axis_chart
from .drawing import ChartDrawing
from .kind import ReportChartKind


def draw(spec, width: float, palette: list, ink, fitted: bool = True) -> ChartDrawing:
    """``spec`` as lines, a series each."""
    def style(chart, data, labels, ranged, horizontal) -> None:
        for i in range(len(data)):
            chart.lines[i].strokeColor = palette[i % len(palette)]

    return axis_chart(spec, width, False, lambda horizontal: HorizontalLineChart(), style, fitted)


KIND = ReportChartKind(("line",), draw)
