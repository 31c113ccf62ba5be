"""A quote: its paragraphs in italics beside a rule, its attribution under it."""
from __future__ import annotations

from reportlab.platypus import KeepTogether

from ..flowables import Shaped
from ..fonts import markup, markup_text
from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """The quote's paragraphs and its attribution, kept on one page with its heading where they fit one (a quote is
    read whole: not its heading at a page's foot, nor its speaker alone at the next page's top)."""
    st = w.styles
    said = [Shaped(f"<i>{markup_text(para, w.link_color)}</i>", st["quote"]) for para in slide.text.split("\n")]
    if slide.attribution:
        said.append(Shaped("— " + markup(slide.attribution), st["meta"]))
    return out[:1] + [KeepTogether(out[1:] + said)]


KIND = SectionKind(("quote",), body)
