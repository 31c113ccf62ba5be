"""The report's charts: a ChartSpec drawn as a reportlab Drawing (a flowable), tagged as a
Figure whose alternative text comes from the chart's data.

Labels that no single font can draw (Chinese beside Latin) are drawn here, a run per font;
labels in Arabic or Hebrew as shaped paragraphs over the drawing (a String is neither shaped nor
put in visual order: its letters came out unjoined and backwards).
"""
from __future__ import annotations

from functools import cache

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from ...contrast import readable
from ...document import ChartSpec
from ..common import clock, shortened, time_step, value_axis
from .flowables import Shaped
from .fonts import font_runs, markup, needs_shaping, register, shaped_style, text_width, use
from .tags import Tagged

# reportlab checks every attribute set on a shape against its type (a chart of the report sets some
# 1,500): what our charts set is the same on every run and the tests draw every kind, so the
# checks only cost time (4% of a heavy report's)
rl_config.shapeChecking = 0


def chart_drawing(spec: ChartSpec, theme, frame_width: float, alt: str) -> Drawing:
    """``spec`` as a Drawing as wide as a frame of ``frame_width`` allows, in ``theme``'s colours,
    described by ``alt`` (for screen readers)."""
    width = frame_width - 12  # the frame's own padding
    palette = [colors.HexColor("#" + c) for c in theme.palette]
    ink = colors.HexColor("#" + readable(theme.text, "FFFFFF"))
    n = len(spec.categories)
    if spec.kind in ("pie", "doughnut"):
        d = _Chart(width, 200)  # (a pie of nothing is refused in the Document, from content and templates alike)
        chart = Doughnut() if spec.kind == "doughnut" else Pie()
        chart.x, chart.y, chart.width, chart.height = width / 2 - 80, 20, 160, 160
        chart.sideLabels = 1
        chart.data = spec.series[0].values
        room = width / 2 - 110  # beside the ring, within the page
        chart.labels = [shortened(c, room, lambda text: text_width(text, 9), f": {lab}")
                        for c, lab in zip(spec.categories, spec.series[0].labels)]
        chart.slices.fontName = _font_covering(chart.labels)
        chart.slices.fontSize = 9
        chart.slices.fontColor = ink  # labels sit beside the ring, on the page
        for i in range(n):
            chart.slices[i].fillColor = palette[i % len(palette)]
            chart.slices[i].strokeColor = colors.white
        d.add(chart)
        return _described(d, alt)
    horizontal = spec.kind in ("bar", "timeline")
    ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
    # a label's room: beside its bar (up to 168 points), or under its column
    room = min(168, max(text_width(c, 8.5) for c in spec.categories)) if horizontal else (width - 40) / n - 4
    label_w = 12 + room if horizontal else 0
    categories = [shortened(c, room, lambda text: text_width(text, 8.5)) for c in spec.categories]
    height = min(80 + n * 24 * len(spec.series), 480) if horizontal else 240  # a page holds it and its caption
    d = _Chart(width, height)
    if spec.kind == "line":
        chart = HorizontalLineChart()
    else:
        chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = 10 + label_w, 36
    chart.width, chart.height = width - label_w - 40, height - 56
    data, labels = [], []
    for s in spec.series:
        if ranged:
            data.append([lo if lo is not None else 0 for lo in s.low])
            data.append([hi - lo if lo is not None and hi is not None else v for v, lo, hi in zip(s.values, s.low, s.high)])
            labels += [[""] * n, list(s.labels)]
        else:
            data.append(list(s.values))
            labels.append(list(s.labels))
    chart.data = data
    mixed = _font_covering(categories, whole=True) is None or any(map(needs_shaping, categories))
    # labels no single font can draw (Chinese with Latin) or that need shaping are drawn here
    chart.categoryAxis.categoryNames = [""] * n if mixed else list(categories)
    chart.categoryAxis.labels.fontName = _font_covering(categories)
    chart.valueAxis.labels.fontName = "Body"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.2f}".rstrip("0").rstrip(".")
    top = max((v for s in spec.series for v in (*s.values, *(h for h in s.high if h is not None))), default=0)
    if spec.kind != "timeline" and top > 0:  # a round end above the data: no bar touches the edge
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = value_axis(top)
    if spec.kind == "timeline":  # minutes on the clock the labels use
        end = max(hi for s in spec.series for hi in s.high if hi is not None)
        chart.valueAxis.valueStep = time_step(end)
        chart.valueAxis.valueMax = -(-end // chart.valueAxis.valueStep) * chart.valueAxis.valueStep
        chart.valueAxis.labelTextFormat = clock
    if horizontal:
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.boxAnchor = "e"
    if spec.kind != "line":
        if ranged:
            chart.categoryAxis.style = "stacked"
        for i in range(len(data)):
            hidden = ranged and i % 2 == 0
            chart.bars[i].fillColor = colors.transparent if hidden else palette[(i // (2 if ranged else 1)) % len(palette)]
            chart.bars[i].strokeColor = None
        chart.barLabelFormat = "values"
        chart.barLabelArray = labels
        chart.barLabels.fontName = _font_covering([label for row in labels for label in row])
        chart.barLabels.fontSize = 8
        chart.barLabels.fillColor = ink  # labels sit beyond their bars, on the page
        chart.barLabels.boxAnchor = "w" if horizontal else "s"
        chart.barLabels.dx = 3 if horizontal else 0
        chart.barLabels.dy = 0 if horizontal else 2
    else:
        for i in range(len(data)):
            chart.lines[i].strokeColor = palette[i % len(palette)]
    d.add(chart)
    if mixed:
        for i, name in enumerate(categories):
            if horizontal:  # right-aligned beside each bar, first category on top
                _runs(d, chart.x - 5, chart.y + chart.height * (1 - (i + 0.5) / n) - 3, name, 8.5, "end")
            else:  # centred under each column or point
                _runs(d, chart.x + chart.width * (i + 0.5) / n, chart.y - 12, name, 8.5, "middle")
    if spec.unit:
        d.add(String(chart.x + chart.width / 2, 4, spec.unit, fontName=_font_covering([spec.unit]), fontSize=9,
                     textAnchor="middle"))
    return _described(d, alt)


def _font_covering(texts, whole: bool = False) -> str | None:
    """The embedded font that has every character of ``texts`` (else the one that has most, or
    None when ``whole``): chart labels are drawn in one font each."""
    coverage = register()
    chars = {ord(ch) for text in texts for ch in text if not ch.isspace()}
    best = max(("Body", "Wide", "CJK"), key=lambda face: (len(chars & coverage[face]), face == "Body"))
    if whole and not chars <= coverage[best]:
        return None
    return use(best) if best != "Body" else "Body"


def _runs(d: Drawing, x: float, y: float, text: str, size: float, anchor: str) -> None:
    """``text`` drawn as runs of the fonts that have its characters (anchor: end or middle); text
    that needs shaping is left to the chart to draw as a paragraph."""
    if needs_shaping(text):
        d.__dict__.setdefault("_shaped", []).append((x, y, text, size, anchor))
        return
    pieces = font_runs(text)
    width = text_width(text, size, pieces)
    start = x - width if anchor == "end" else x - width / 2
    for font, piece in pieces:
        d.add(String(start, y, piece, fontName=font, fontSize=size))
        start += pdfmetrics.stringWidth(piece, font, size)


class _Chart(Tagged, Drawing):
    """A chart: a Figure in the structure, its alternative text made from its data."""

    def draw(self, *args, **kwargs):
        """The drawing, then its labels that need shaping, each a one-line paragraph."""
        super().draw(*args, **kwargs)
        for x, y, text, size, anchor in self.__dict__.get("_shaped", ()):
            line = markup(text)  # (set from its left end, as measured, also when it runs right to left)
            para = Shaped(line, shaped_style(_label_style(size), line, keep_alignment=True))
            para.wrap(self.width, size * 3)
            width = max(para.getActualLineWidths0())
            para.drawOn(self.canv, x - width if anchor == "end" else x - width / 2, y)
        for chart in self.contents:  # drawing joined the axes to each other: a cycle the paused collector never frees
            for axis in (getattr(chart, "categoryAxis", None), getattr(chart, "valueAxis", None)):
                if axis is not None:
                    axis.joinAxis = None


@cache
def _label_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(f"chart-label-{size}", fontName="Body", fontSize=size, leading=size)


def _described(d: Drawing, alt: str) -> Drawing:
    d.hAlign = "CENTER"
    d.initialFontName = "Body"  # else reportlab's default (Helvetica, not embedded) is referenced
    d.__dict__["_alt"] = alt
    return d
