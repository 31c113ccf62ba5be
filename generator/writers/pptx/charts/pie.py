"""Pies and doughnuts: a slice a category in the palette's colours, labelled with its category and
value (a pie's beside it; a doughnut's inside its slice, moved out of the ring where it is too thin)."""
from __future__ import annotations

import math

from ....contrast import text_on
from ....document import ChartSpec
from ...measure import text_width
from .kind import DeckChartKind, Plot
from .labels import LABEL_PT, point_label, shown, solid_fill


def labels(c: Plot) -> dict:
    """Each slice's "category: value" label."""
    layout, palette = c.spec.kind, c.palette
    moved = _thin_slices(c.spec, c.width, c.height) if layout == "doughnut" else {}
    out = {}
    for i, s in enumerate(c.spec.series):
        for j, label in enumerate(s.labels):
            fmt = shown(s.values[j], c.code, s.approx[j])
            inside = layout == "doughnut" and j not in moved  # a pie's labels are outside it, on the background
            on = text_on(palette[j % len(palette)]) if inside else c.ink
            out[i, j] = point_label(j, f"{c.categories[j]}: {label}", (on, c.k),
                                    "outEnd" if layout == "pie" else "", fmt == label, c.code, s.approx[j], True,
                                    moved.get(j, ""))
    return out


def _thin_slices(spec: ChartSpec, width: float, height: float) -> dict[int, str]:
    """For each doughnut slice too thin to hold its label: a layout moving the label out of the
    ring, beside the slice (the ring's size is fixed by the plot area's layout)."""
    values = spec.series[0].values
    moved = {}
    total = sum(v for v in values if v and v > 0) or 1
    radius = min(height * 0.7, width * 0.45) / 2
    start = 0.0
    for j, v in enumerate(values):
        share = max(v or 0, 0) / total
        label = f"{spec.categories[j]}: {spec.series[0].labels[j]}"
        w, h = text_width(label, LABEL_PT) + 8, LABEL_PT * 1.6
        angle = 2 * math.pi * (start + share / 2)
        start += share
        if 0.75 * radius * 2 * math.pi * share >= w and radius / 2 >= h:
            continue  # the label fits in its slice
        out = radius * 0.25 + 10 + abs(math.sin(angle)) * w / 2 + abs(math.cos(angle)) * h / 2
        dx, dy = out * math.sin(angle) / width, -out * math.cos(angle) / height
        moved[j] = f'<c:layout><c:manualLayout><c:x val="{dx:.4f}"/><c:y val="{dy:.4f}"/></c:manualLayout></c:layout>'
    return moved


def series_fill(c: Plot, i: int, base: bool) -> str:
    """A fill for each slice, in the palette's order."""
    return "".join(f'<c:dPt><c:idx val="{j}"/><c:spPr>{solid_fill(c.palette[j % len(c.palette)])}</c:spPr></c:dPt>'
                   for j in range(len(c.categories)))


def plot(c: Plot, series: str) -> tuple[str, str]:
    """The pie (or doughnut) in a square in the middle of the box, leaving room for the labels beside it."""
    layout, width, height = c.spec.kind, c.width, c.height
    hole = '<c:holeSize val="50"/>' if layout == "doughnut" else ""
    element = f'<c:{layout}Chart><c:varyColors val="1"/>{series}<c:firstSliceAng val="0"/>{hole}</c:{layout}Chart>'
    side = min(height * 0.7, width * 0.45)
    plot_layout = ('<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/>'
                   f'<c:x val="{(width - side) / 2 / width:.4f}"/><c:y val="{(height - side) / 2 / height:.4f}"/>'
                   f'<c:w val="{side / width:.4f}"/><c:h val="{side / height:.4f}"/></c:manualLayout></c:layout>')
    return plot_layout, element


KIND = DeckChartKind(("pie", "doughnut"), labels, lambda c: False, series_fill, plot, axes=False, legend="r",
                      always_legend=True)
