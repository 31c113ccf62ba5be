"""The deck's slide kinds, a module each: how a Document slide of a layout becomes deck slides
(``measure``) and how each is drawn (``draw``), found by layout through ``slide_kind``.

A new slide kind is a module here with a ``KIND`` (``kind.SlideKind``), listed below."""
from __future__ import annotations

from ...kinds import Registry
from . import agenda, chart, columns, cover, figures, points, quote, table, topics
from .kind import SlideKind

slide_kind: Registry[SlideKind] = Registry("deck slide kind", (
    cover.TITLE, cover.SECTION, agenda.KIND, points.KIND, points.SOURCES, columns.KIND, topics.KIND, figures.KIND, chart.KIND,
    table.KIND, quote.KIND))
