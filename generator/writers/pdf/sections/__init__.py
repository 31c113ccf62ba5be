"""The report's section kinds, a module each: the flowables a Document slide of a layout gives
after its section's heading, found by layout through ``section_kind``.

A new section kind is a module here with a ``KIND`` (``kind.SectionKind``), listed below."""
from __future__ import annotations

from ...kinds import Registry
from . import chart, columns, figures, points, quote, table, text
from .kind import SectionKind

section_kind: Registry[SectionKind] = Registry("report section kind", (
    text.KIND, points.KIND, columns.KIND, figures.KIND, chart.KIND, table.KIND, quote.KIND))
