"""What a slide kind of the deck is: how a Document slide of its layouts is cut into deck slides
(``measure``) and how one of those deck slides' body is drawn (``draw``)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ....document import Slide
    from ..pages import Pagination


@dataclass(frozen=True)
class SlideKind:
    """A kind of deck slide: the Document layouts it draws (``names``) and its two steps.

    ``measure(pagination, slide, band)`` gives the part of each deck slide the Document slide needs (``band``
    points left free under points for a key figure; ``pagination`` is ``pages.Pagination``: the slide's
    width, the deck's words and type scale); ``draw(d, s, slide, part)`` draws one part's body
    with the deck's ``drawingml.DrawingML`` ``d`` on the slide being written ``s`` (a ``slide_xml.SlideXml``:
    its width and background are ``s``'s). A cover (the title slide, a divider) has no body: its
    ``cover(d, s, slide, size, title)`` draws it whole, on the primary colour, and returns the slide's XML
    tail and background."""

    names: tuple[str, ...]
    measure: Callable[[Pagination, Slide, float], list]
    draw: Callable[[Any, Any, Any, Any], None]
    cover: Callable[[Any, Any, Any, int, str], tuple[str, str]] | None = None  # drawn whole (its ``draw`` draws nothing)
    scaled: bool = False  # its text takes the deck's type scale (scale.py)
    band: bool = False  # a topic's one key figure may join its points, in a band over them (pages.py)
    topical: bool = False  # its slides hold several topics: set at the topics' size, not the overview's (scale.py)
    joins: bool = False  # a slide of it with one key figure joins the points before it of its topic, as their band
