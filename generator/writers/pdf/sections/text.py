"""Text only (``title``, ``section``, ``topics``): the slide's text as a paragraph, if it has one (a
handout sets a topics slide's topics as sections of their own: ``Document.handout_slides``)."""
from __future__ import annotations

from ..flowables import Shaped
from ..fonts import markup_text
from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """The slide's text, if any."""
    if slide.text:
        out.append(Shaped(markup_text(slide.text, w.link_color), w.styles["body"]))
    return out


KIND = SectionKind(("title", "section", "topics"), body)
