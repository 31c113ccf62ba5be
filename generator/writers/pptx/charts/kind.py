"""What a chart kind of the deck is (the parts of the chart XML that differ by kind), and ``Plot``:
what every kind's parts read of the chart being written."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ....chart_plans import plan_fill
from .labels import txpr


@dataclass(frozen=True)
class Plot:
    """The chart being written: its spec, whether it is drawn as floating bars (``ranged``), its colours
    (``ink`` the text's, readable on the background), the real slide's points per layout point ``k``,
    its box, the values' number format, the value axis's extent, the categories' names and the background."""

    spec: Any
    ranged: bool
    palette: list[str]
    ink: str
    k: float
    width: float
    height: float
    code: str
    axis_max: float
    categories: list[str]
    background: str = "FFFFFF"

    def fill(self, i: int, j: int) -> str:
        """The fill of series ``i``'s point ``j``: the series' colour, lightened where its category is planned."""
        color = self.palette[i % len(self.palette)]
        return plan_fill(color, self.background) if self.spec.is_planned(j) else color

    def txpr(self, points: float, color: str | None = None) -> str:
        """Text properties at ``points`` in ``color`` (the ink unless given)."""
        return txpr(points, self.ink if color is None else color, self.k)


@dataclass(frozen=True)
class DeckChartKind:
    """A kind of deck chart: the ChartSpec kinds it draws (``names``) and its parts of the XML.

    ``labels(plot)``: each (series, point)'s data label, None where it is written beside its category;
    ``horizontal(plot)``: whether categories run down the side; ``series_fill(plot, series, base)``: a
    series' fill (``base``: the invisible base of a floating bar); ``plot(plot, series)``: (the plot
    area's layout, the plot element holding the series' XML); ``series_end``: XML closing each series;
    ``axes``: whether it has axes; ``legend``: where its legend goes; ``always_legend``: whether it has
    one with a single series too."""

    names: tuple[str, ...]
    labels: Callable[[Plot], dict]
    horizontal: Callable[[Plot], bool]
    series_fill: Callable[[Plot, int, bool], str]
    plot: Callable[[Plot, str], tuple[str, str]]
    series_end: str = ""
    axes: bool = True
    legend: str = "b"
    always_legend: bool = False
