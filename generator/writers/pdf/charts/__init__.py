"""The report's charts: a ChartSpec drawn as a reportlab Drawing (a flowable), tagged as a Figure
whose alternative text comes from the chart's data; a module per chart kind (pie, bars, line; the
axes they share in ``axes``), found by ``ChartSpec.kind`` through ``chart_kind``.

A new chart kind is a module here with a ``KIND`` (``kind.ReportChartKind``), listed below."""
from __future__ import annotations

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from ....contrast import readable
from ....document import ChartSpec
from ...kinds import Registry
from . import bars, line, pie
from .drawing import described
from .kind import ReportChartKind

# reportlab checks every attribute set on a shape against its type (a chart of the report sets some
# 1,500): what our charts set is the same on every run and the tests draw every kind, so the
# checks only cost time (4% of a heavy report's)
rl_config.shapeChecking = 0

chart_kind: Registry[ReportChartKind] = Registry("report chart kind", (pie.KIND, bars.KIND, line.KIND))


def chart_drawing(spec: ChartSpec, theme, frame_width: float, alt: str, fitted: bool = True) -> Drawing:
    """``spec`` as a Drawing as wide as a frame of ``frame_width`` allows, in ``theme``'s colours,
    described by ``alt`` (for screen readers); not ``fitted``: only its size is right (for a layout
    pass that draws nothing)."""
    width = frame_width - 12  # the frame's own padding
    palette = [colors.HexColor("#" + c) for c in theme.palette]
    ink = colors.HexColor("#" + readable(theme.text, "FFFFFF"))
    return described(chart_kind(spec.kind).draw(spec, width, palette, ink, fitted), alt)
