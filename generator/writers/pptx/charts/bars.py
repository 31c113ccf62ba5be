"""Bars, columns and timelines: a bar a value (a floating bar a range: an invisible base and its
length), labelled beyond its end, or inside its span where the label fits there; bars and timelines
run across. A chart of any kind with ranges is drawn as floating bars."""
from __future__ import annotations

from ....contrast import text_on
from ...measure import text_width
from .axes import AXIS_IDS
from .kind import DeckChartKind, Plot
from .labels import LABEL_PT, point_label, solid_fill, value_label


def layout(c: Plot) -> str:
    """bar, column, ranged_bar or ranged_column."""
    return ("ranged_bar" if c.spec.kind in ("bar", "timeline") else "ranged_column") if c.ranged else c.spec.kind


def horizontal(c: Plot) -> bool:
    """Whether the bars run across (categories down the side)."""
    return layout(c) in ("bar", "ranged_bar")


def labels(c: Plot) -> dict:
    """Each bar's label: a value beyond its end; a range's inside its span if it fits there (else beside
    its category); a timeline's beside its category."""
    spec, n = c.spec, len(c.categories)
    out: dict[tuple[int, int], str | None] = {}
    kind = layout(c)
    if kind == "ranged_bar":  # the length a bar can take, and its thickness
        bar_room = (c.width - min(200, max(text_width(name, LABEL_PT) for name in c.categories) + 40) - 20,
                    (c.height - 60) / n / 1.6)
    else:
        bar_room = (c.height - 80, (c.width - 80) / n / 1.6 / len(spec.series))
    for i, s in enumerate(spec.series):
        for j, label in enumerate(s.labels):
            color = c.fill(i, j)
            if spec.kind == "timeline":
                out[i, j] = None
            elif c.ranged:  # inside the span, if it fits there
                span = (s.high[j] - s.low[j]) if s.low[j] is not None else s.values[j]
                along, across = (text_width(label, LABEL_PT) + 12, LABEL_PT * 1.5)[::1 if kind == "ranged_bar" else -1]
                fits = span / c.axis_max * bar_room[0] >= along and bar_room[1] >= across
                out[i, j] = point_label(j, label, (text_on(color), c.k), "inBase") if fits else None
            else:
                out[i, j] = value_label(c, i, j, label, "outEnd")
    return out


def series_fill(c: Plot, i: int, base: bool) -> str:
    """The series' colour, a planned category's bar lighter and outlined in it (chart_plans.py); nothing for the base
    of a floating bar."""
    if base:
        return '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>'
    color = c.palette[i % len(c.palette)]
    planned = "".join(f'<c:dPt><c:idx val="{j}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>'
                      f'{solid_fill(c.fill(i, j))}<a:ln w="{int(19050 * c.k)}">{solid_fill(color)}<a:prstDash val="dash"/>'
                      '</a:ln></c:spPr></c:dPt>' for j in range(len(c.categories)) if c.spec.is_planned(j))
    return f'<c:spPr>{solid_fill(color)}</c:spPr>{planned}'


def plot(c: Plot, series: str) -> tuple[str, str]:
    """A bar chart: clustered, or stacked (a base and a length) for floating bars."""
    gap = '<c:gapWidth val="60"/><c:overlap val="100"/>' if c.ranged else '<c:gapWidth val="150"/>'
    return "<c:layout/>", (f'<c:barChart><c:barDir val="{"bar" if horizontal(c) else "col"}"/><c:grouping '
                           f'val="{"stacked" if c.ranged else "clustered"}"/><c:varyColors val="0"/>{series}{gap}{AXIS_IDS}'
                           '</c:barChart>')


KIND = DeckChartKind(("bar", "column", "timeline"), labels, horizontal, series_fill, plot)
