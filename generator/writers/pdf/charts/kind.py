"""What a chart kind of the report is: the ChartSpec kinds it draws and how."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReportChartKind:
    """A kind of report chart: the ChartSpec kinds it draws (``names``) and ``draw(spec, width,
    palette, ink, fitted)``, which gives the chart as a ``drawing.ChartDrawing`` ``width`` points wide in the
    ``palette``'s colours, its labels in ``ink``; not ``fitted``: only its size is right (for a layout pass
    that draws nothing)."""

    names: tuple[str, ...]
    draw: Callable[[Any, float, list, Any, bool], Any]
