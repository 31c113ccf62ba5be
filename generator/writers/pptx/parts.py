"""What pagination hands the drawing of a deck slide: the part of its Document slide each deck slide
shows, typed by what it holds (a slide kind's ``measure`` gives them, its ``draw`` takes one)."""
from __future__ import annotations

from typing import Any, NamedTuple

from ...document import ChartSpec, Column, KeyFigure, Slide
from ..common import Para


class TextPart(NamedTuple):
    """Paragraphs of points at one size (points, an agenda, a quote, figures set as points)."""

    size: float
    paras: list[Para]


class ColumnsPart(NamedTuple):
    """Two columns at one size: (heading, paragraphs) each, or a chapter list's two columns of paragraphs."""

    size: float
    columns: list


class BlocksPart(NamedTuple):
    """Short topics side by side at one size: (topic, its paragraphs) each."""

    size: float
    blocks: list[tuple[Column, list[Para]]]


class FiguresPart(NamedTuple):
    """Up to four key figures in a grid."""

    figures: list[KeyFigure]


class TablePart(NamedTuple):
    """A table's rows on one slide: at ``size``, its column widths, its rows (cells, is_header) and their heights."""

    size: float
    widths: list[float]
    rows: list[tuple[list[Para], bool]]
    heights: list[float]


class ChartPart(NamedTuple):
    """A chart (a part of its categories), and the value axis every part shares (None: its own)."""

    spec: ChartSpec
    scale: tuple | None


class DeckPage(NamedTuple):
    """A deck slide: the Document slide it shows, its title (before it is made unique) and its part."""

    slide: Slide
    title: str
    part: Any


class ShownTitle(NamedTuple):
    """A deck slide's title: unique in the deck (``name``), the size it is set at and the text shown."""

    name: str
    size: int
    text: str
