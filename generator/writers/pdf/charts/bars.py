"""Bars, columns and timelines: a bar a value (a floating bar a range), labelled beyond its end; bars
and timelines run across, their categories down the side."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.lib import colors

from ....chart_plans import plan_fill
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
            color = palette[(i // (2 if ranged else 1)) % len(palette)]
            chart.bars[i].fillColor = colors.transparent if hidden else color
            chart.bars[i].strokeColor = None
            for j in range(len(spec.categories)) if not hidden else ():
                if spec.is_planned(j):  # a plan's bar: lighter, outlined in its series' colour (chart_plans.py)
                    bar = chart.bars[(i, j)]
                    bar.fillColor = colors.HexColor("#" + plan_fill(color.hexval()[2:], "FFFFFF"))
                    bar.strokeColor, bar.strokeWidth, bar.strokeDashArray = color, 1, (3, 2)
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
