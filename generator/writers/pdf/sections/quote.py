"""A quote: its paragraphs in italics beside a rule, its attribution under it."""
from __future__ import annotations

from ..flowables import Shaped
from ..fonts import markup, markup_text
from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """The quote's paragraphs and its attribution."""
    st = w.styles
    for para in slide.text.split("\n"):
        out.append(Shaped(f"<i>{markup_text(para, w.link_color)}</i>", st["quote"]))
    if slide.attribution:
        out.append(Shaped("— " + markup(slide.attribution), st["meta"]))
    return out


KIND = SectionKind(("quote",), body)
