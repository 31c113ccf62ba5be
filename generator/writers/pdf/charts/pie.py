"""Pies and doughnuts: slices in the palette's colours, each labelled beside the ring."""
from __future__ import annotations

from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.piecharts import Pie
from reportlab.lib import colors

from ...common import shortened
from ..fonts import text_width
from .drawing import ChartDrawing, font_covering
from .kind import ReportChartKind


def draw(spec, width: float, palette: list, ink, fitted: bool = True) -> ChartDrawing:
    """The pie (or doughnut) of ``spec``'s one series, its labels beside the ring (always ``fitted``)."""
    n = len(spec.categories)
    d = ChartDrawing(width, 200)  # (a pie of nothing is refused in the Document, from content and templates alike)
    chart = Doughnut() if spec.kind == "doughnut" else Pie()
    chart.x, chart.y, chart.width, chart.height = width / 2 - 80, 20, 160, 160
    chart.sideLabels = 1
    chart.data = spec.series[0].values
    room = width / 2 - 110  # beside the ring, within the page
    chart.labels = [shortened(c, room, lambda text: text_width(text, 9), f": {lab}")
                    for c, lab in zip(spec.categories, spec.series[0].labels)]
    chart.slices.fontName = font_covering(chart.labels)
    chart.slices.fontSize = 9
    chart.slices.fontColor = ink  # labels sit beside the ring, on the page
    for i in range(n):
        chart.slices[i].fillColor = palette[i % len(palette)]
        chart.slices[i].strokeColor = colors.white
    d.add(chart)
    return d


KIND = ReportChartKind(("pie", "doughnut"), draw)
