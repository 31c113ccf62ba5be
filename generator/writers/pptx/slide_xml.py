"""The slide the deck writer is writing: its part, its shapes as XML text, its shape ids, its width and
the colour behind the text (what drawingml.DrawingML draws on)."""
from __future__ import annotations


class SlideXml:
    """A slide being written: its part, its shapes as XML text, and shape ids; its width in layout
    points and the colour behind the text being written (what runs are made readable on)."""

    __slots__ = ("part", "shapes", "next_id", "width", "behind")

    def __init__(self, part, width: float, behind: str):
        self.part, self.next_id = part, 2
        self.shapes: list[str] = []
        self.width, self.behind = width, behind

    def new_id(self) -> int:
        """A shape id not yet used on the slide."""
        self.next_id += 1
        return self.next_id - 1
