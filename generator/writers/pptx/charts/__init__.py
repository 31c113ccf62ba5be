"""A ChartSpec as a native PowerPoint chart part (DrawingML chart XML) and its workbook; a module per
chart kind (bars, line, pie), found by ``ChartSpec.kind`` through ``chart_kind``; ``plot`` writes what
every kind shares, ``axes``, ``labels`` and ``series`` its pieces.

The XML follows what python-pptx writes for the same charts (element order per the schema,
data in Sheet1 of the embedded workbook), written as text in one pass. Labels are drawn where
they can be read: a label inside a bar or slice takes the text colour that meets WCAG AA on
that fill; one that would not fit inside its bar is written beside its category instead; a
thin doughnut slice has its label moved outside the ring. A label that a number format can
show ("~128,000") follows the value when the data is edited; a range's label is its text.

A new chart kind is a module here with a ``KIND`` (``kind.DeckChartKind``), listed below.
"""
from __future__ import annotations

from ....document import ChartSpec
from ...kinds import Registry
from ..workbook import workbook
from . import bars, line, pie
from .kind import DeckChartKind
from .plot import chart_xml
from .series import series_columns

chart_kind: Registry[DeckChartKind] = Registry("deck chart kind", (bars.KIND, line.KIND, pie.KIND))


def chart_parts(spec: ChartSpec, palette: list[str], font: str, k: float = 1.0, text: str = "222222",
                background: str = "FFFFFF", width: float = 880.0, height: float = 350.0,
                scale: tuple | None = None) -> tuple[bytes, bytes]:
    """(the chart part's XML, its embedded workbook), from the same data; the XML names the
    workbook as its relationship rId1. ``width`` and ``height`` are the chart's box in points;
    ``scale`` (min, max, major unit; a timeline's in minutes) fixes the value axis, else it fits the data."""
    ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
    columns, drawn = series_columns(spec, ranged)
    kind = chart_kind(spec.kind) if not ranged else bars.KIND  # a chart with ranges is drawn as floating bars
    xml, shown = chart_xml(kind, spec, ranged, columns, drawn, list(spec.categories), palette, font, k, text, background,
                           width, height, scale)
    return xml, workbook(shown, columns)
