"""The charts and tables of the Document: described once, drawn natively by every writer."""
from __future__ import annotations

from typing import Literal, Optional

from . import inline
from .content import pie_problem
from .document_nodes import Node, Plain
from .limits import MAX_CATEGORIES, MAX_CHART_CATEGORIES, MAX_COLUMNS, MAX_NUMBER, MAX_SERIES, MIN_NUMBER, drawable
from .model import Field, model_check
from .quantities import format_number
from .words import fill



class SeriesSpec(Node):
    """One chart series; ``low``/``high`` mark ranges and ``approx`` approximate values."""

    name: Plain
    values: list[float]
    low: list[Optional[float]] = []
    high: list[Optional[float]] = []
    approx: list[bool] = []
    labels: list[str] = []

    @model_check
    def _fill(self):
        n = len(self.values)
        self.low = self.low or [None] * n
        self.high = self.high or [None] * n
        self.approx = self.approx or [False] * n
        self.labels = self.labels or [format_number(v) for v in self.values]
        for v in (*self.values, *self.low, *self.high):
            if v is not None and not drawable(v):
                raise ValueError(f"series '{self.name}': {v} is not 0 or a finite number from {MIN_NUMBER:.0e} "
                                 f"to {MAX_NUMBER:.0e}")
        if not all(len(x) == n for x in (self.low, self.high, self.approx, self.labels)):
            raise ValueError(f"series '{self.name}': values, low, high, approx and labels differ in length")
        return self

    def has_ranges(self) -> bool:
        """True if any value is a range."""
        return any(v is not None for v in self.low)


class ChartSpec(Node):
    """A chart described once; every writer draws it natively."""

    id: str
    title: Plain
    kind: Literal["bar", "column", "line", "pie", "doughnut", "timeline"]
    unit: Plain = ""
    categories: list[Plain]
    series: list[SeriesSpec] = Field(min_length=1)
    caption: Plain = ""
    message: Plain = ""  # the point the chart makes: its slide's title (the caption, when that is a sentence)
    planned: list[bool] = []  # for each category, whether its name says it is planned, expected or estimated (chart_plans.py)

    @model_check
    def _shape(self):
        most = MAX_CATEGORIES if self.kind in ("pie", "doughnut") else MAX_CHART_CATEGORIES
        if not 1 <= len(self.categories) <= most or len(self.series) > MAX_SERIES:
            raise ValueError(f"chart '{self.id}': a {self.kind} chart has 1 to {most} categories and 1 to {MAX_SERIES} "
                             f"series (not {len(self.categories)} and {len(self.series)})")
        if self.planned and len(self.planned) != len(self.categories):
            raise ValueError(f"chart '{self.id}': planned marks {len(self.planned)} of {len(self.categories)} categories")
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"chart '{self.id}': series '{s.name}' length differs from categories")
        if self.kind in ("pie", "doughnut"):
            one = self.series[0]  # (low and high are filled in: a range has a low)
            problem = pie_problem(self.kind, len(self.series), [(v, low is not None) for v, low in zip(one.values, one.low)])
            if problem:
                raise ValueError(f"chart '{self.id}': {problem}")
        return self

    def is_planned(self, j: int) -> bool:
        """Whether category ``j`` is planned, expected or estimated (drawn apart from those that are)."""
        return j < len(self.planned) and self.planned[j]

    def alt_text(self, words: dict) -> str:
        """A description of the chart from its data, for screen readers, in ``words``' language."""
        parts = [fill(words[f"alt_{self.kind}"], title=self.title) + (f" ({self.unit})" if self.unit else "") + "."]
        for s in self.series:
            items = ", ".join(f"{c} {label}" for c, label in zip(self.categories, s.labels))
            parts.append(f"{s.name}: {items}.")
        return " ".join(parts)


class TableSpec(Node):
    """A table with a header row."""

    id: str = ""
    title: Plain = ""
    columns: list[Plain]
    rows: list[list[str]]

    @model_check
    def _shape(self):
        if not 1 <= len(self.columns) <= MAX_COLUMNS:
            raise ValueError(f"table '{self.id}': 1 to {MAX_COLUMNS} columns (not {len(self.columns)})")
        for i, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(f"table '{self.id}': row {i + 1} has {len(row)} cells for {len(self.columns)} columns")
        return self

    def column_shares(self) -> list[float]:
        """Each column's share of the width, from its longest text (bounded both ways)."""
        lengths = [min(max(len(c), 6, *(len(inline.plain(r[i])) for r in self.rows)), 60) for i, c in enumerate(self.columns)]
        return [n / sum(lengths) for n in lengths]
