"""What a section kind of the report is: the flowables that follow a section's heading for a
Document slide of its layouts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CELL_PADDING = 6.0  # reportlab's default left and right padding in a table cell
ROW_HEIGHT = 320.0  # points of a table row before it continues in the next row (about half a page)


@dataclass(frozen=True)
class SectionKind:
    """A kind of report section: the Document layouts it sets (``names``) and its ``body``.

    ``body(writer, slide, out)`` is the section's story: ``out`` (its heading, and its subtitle if
    it has one) with the flowables of the slide's content after it."""

    names: tuple[str, ...]
    body: Callable[[Any, Any, list], list]
