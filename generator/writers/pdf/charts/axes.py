"""What the charts on axes (bars, columns, lines, timelines) share: the drawing's size, the categories'
labels (shortened to their room; drawn here when no one font has them or they need shaping), the data
(a floating bar as an invisible base and its length), the value axis (across zero for values under it,
the names then at its low end), the unit under it."""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import String
from reportlab.pdfbase import pdfmetrics

from ...common import clock, shortened, time_axis, value_axis
from ..fonts import needs_shaping, text_width
from .drawing import ChartDrawing, draw_runs, font_covering

EDGE = 1.0  # points: what a chart's labels keep clear of its drawing's edges


def axis_chart(spec, width: float, horizontal: bool, new: Callable[[bool], Any],
               style: Callable[..., None], fitted: bool = True) -> ChartDrawing:
    """``spec`` drawn as the chart ``new(horizontal)`` makes, styled by ``style(chart, data, labels, ranged,
    horizontal)`` (its bars' or lines' colours and labels): categories down the side when ``horizontal``.
    Not ``fitted``: the plot is not narrowed to keep its labels inside (``_inside``), for a layout pass
    that only needs the drawing's size and draws nothing (the size is the same)."""
    n = len(spec.categories)
    ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
    # a label's room: beside its bar (up to 168 points), or under its column
    room = min(168, max(text_width(c, 8.5) for c in spec.categories)) if horizontal else (width - 40) / n - 4
    label_w = 12 + room if horizontal else 0
    categories = [shortened(c, room, lambda text: text_width(text, 8.5)) for c in spec.categories]
    height = min(80 + n * 24 * len(spec.series), 480) if horizontal else 240  # a page holds it and its caption
    d = ChartDrawing(width, height)
    chart = new(horizontal)
    chart.x, chart.y = 10 + label_w, 36
    chart.width, chart.height = width - label_w - 40, height - 56
    data, labels = [], []
    start, end, step = (time_axis(min(lo for s in spec.series for lo in s.low if lo is not None),
                                  max(hi for s in spec.series for hi in s.high if hi is not None))
                        if spec.kind == "timeline" else (0, 0, 0))
    for s in spec.series:
        if ranged:  # (a timeline drawn from its axis's start: a bar's base is the time before it)
            data.append([lo - start if lo is not None else 0 for lo in s.low])
            data.append([hi - lo if lo is not None and hi is not None else v for v, lo, hi in zip(s.values, s.low, s.high)])
            labels += [[""] * n, list(s.labels)]
        else:
            data.append(list(s.values))
            labels.append(list(s.labels))
    chart.data = data
    mixed = font_covering(categories, whole=True) is None or any(map(needs_shaping, categories))
    # labels no single font can draw (Chinese with Latin) or that need shaping are drawn here
    chart.categoryAxis.categoryNames = [""] * n if mixed else list(categories)
    chart.categoryAxis.labels.fontName = font_covering(categories)
    chart.valueAxis.labels.fontName = "Body"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8.5
    chart.valueAxis.valueMin = 0
    top = max((v for s in spec.series for v in (*s.values, *(h for h in s.high if h is not None))), default=0)
    low = min((v for s in spec.series for v in (*s.values, *(lo for lo in s.low if lo is not None))), default=0)
    if spec.kind != "timeline" and low < 0:  # round ends on both sides of zero (from 0, a loss's bar left the page)
        unit = value_axis(max(top, 0) - low)[1]
        chart.valueAxis.valueMin = math.floor(low * 1.1 / unit) * unit
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(0, math.ceil(top * 1.1 / unit) * unit), unit
        chart.categoryAxis.joinAxisMode = "left" if horizontal else "bottom"  # the names clear of bars under zero
    elif spec.kind != "timeline" and top > 0:  # a round end above the data: no bar touches the edge
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = value_axis(top)
    chart.valueAxis.labelTextFormat = _tick_label(getattr(chart.valueAxis, "valueStep", None))
    if spec.kind == "timeline":  # minutes on the clock the labels use
        chart.valueAxis.valueStep, chart.valueAxis.valueMax = step, end - start
        chart.valueAxis.labelTextFormat = (lambda minutes: clock(minutes + start)) if start else clock
    if horizontal:
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.boxAnchor = "e"
    style(chart, data, labels, ranged, horizontal)
    if fitted:
        _inside(chart, width)
    d.add(chart)
    if mixed:
        for i, name in enumerate(categories):
            if horizontal:  # right-aligned beside each bar, first category on top
                draw_runs(d, chart.x - 5, chart.y + chart.height * (1 - (i + 0.5) / n) - 3, name, 8.5, "end")
            else:  # centred under each column or point
                draw_runs(d, chart.x + chart.width * (i + 0.5) / n, chart.y - 12, name, 8.5, "middle")
    if spec.unit:  # (under the plot, as wide as the drawing at most)
        font = font_covering([spec.unit])
        measure = lambda text: pdfmetrics.stringWidth(text, font, 9)
        said = shortened(spec.unit, width - 2 * EDGE, measure)
        middle = min(max(chart.x + chart.width / 2, EDGE + measure(said) / 2), width - EDGE - measure(said) / 2)
        d.add(String(middle, 4, said, fontName=font, fontSize=9, textAnchor="middle"))
    return d


def _tick_label(step: float | None) -> Callable[[float], str]:
    """How the value axis writes a tick: with the decimals its ``step`` needs (0.0001 apart, every tick was "0"),
    thousands grouped, no trailing zeros."""
    places = 2 if not step or step <= 0 else max(0, min(12, 1 - math.floor(math.log10(step))))
    return lambda v: f"{v:,.{places}f}".rstrip("0").rstrip(".") if places else f"{v:,.0f}"


def _inside(chart, width: float) -> None:
    """``chart``'s plot narrowed until what reportlab draws around it (the value axis's labels, those beyond
    the bars) is inside the drawing ``width`` wide: a value axis of "-1,000,000,000,000" ran 77 points left of
    the drawing, off its frame. Each label keeps its width: the plot gives way (to a third of the drawing).
    The shapes measured last are the ones drawn: the chart is not drawn again (a chart's drawing was a
    seventh of a heavy report's time, each made two or three times)."""
    for _ in range(4):
        drawn = chart.draw()
        left, _, right, _ = drawn.getBounds()
        over_left, over_right = max(0.0, EDGE - left), max(0.0, right - (width - EDGE))
        if over_left + over_right < 0.5:
            chart.__dict__["provideNode"] = lambda drawn=drawn: drawn  # (what a renderer asks a widget for)
            return
        chart.x += over_left
        chart.width = max(width / 3, chart.width - over_left - over_right)
