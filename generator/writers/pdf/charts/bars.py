"""Bars, columns and timelines: a bar a value (a floating bar a range), labelled beyond its end; bars
and timelines run across, their categories down the side."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.lib import colors

from .axes import axis_chart
from .drawing import ChartDrawing, font_covering
from .kind import ReportChartKind


def draw(spec, width: float, palette: list, ink, fitted: bool = True) -> ChartDrawing:
    """``spec`` as bars across (``bar``, ``timeline``) or columns."""
    def style(chart, data, labels, ranged, horizontal) -> None:
        if ranged:
            chart.categoryAxis.style = "stacked"
        for i in range(len(data)):
            hidden = ranged and i % 2 == 0
            chart.bars[i].fillColor = colors.transparent if hidden else palette[(i // (2 if ranged else 1)) % len(palette)]
            chart.bars[i].strokeColor = None
        chart.barLabelFormat = "values"
        chart.barLabelArray = labels
        chart.barLabels.fontName = font_covering([label for row in labels for label in row])
        chart.barLabels.fontSize = 8
        chart.barLabels.fillColor = ink  # labels sit beyond their bars, on the page
        chart.barLabels.boxAnchor = "w" if horizontal else "s"
        chart.barLabels.dx = 3 if horizontal else 0
        chart.barLabels.dy = 0 if horizontal else 2

    return axis_chart(spec, width, spec.kind in ("bar", "timeline"),
                      lambda horizontal: HorizontalBarChart() if horizontal else VerticalBarChart(), style, fitted)


KIND = ReportChartKind(("bar", "column", "timeline"), draw)
