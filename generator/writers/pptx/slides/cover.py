"""Covers (``title``, ``section``): the title slide and a divider. They have no body: the writer draws
them whole, on the primary colour."""
from __future__ import annotations

from .kind import SlideKind


def measure(w, slide, band: float) -> list:
    """One deck slide, with no part."""
    return [None]


def draw(w, s, slide, part) -> None:
    """Nothing: a cover has no body."""


KIND = SlideKind(("title", "section"), measure, draw, cover=True)
