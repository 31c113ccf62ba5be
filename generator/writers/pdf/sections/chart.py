"""A chart (``chart``, ``timeline``): the chart as a vector drawing (``charts``), numbered, its caption
under it, kept on one page with the section's text above it."""
from __future__ import annotations

from reportlab.platypus import KeepTogether

from ...common import figure_label
from ..charts import chart_drawing
from ..flowables import Shaped
from ..fonts import markup
from . import text
from .kind import SectionKind


def body(w, slide, out: list) -> list:
    """The heading, then the rest of the section and the figure kept together (its text, if it has no chart)."""
    if not slide.chart:
        return text.body(w, slide, out)
    return out[:1] + [KeepTogether(out[1:] + figure(w, slide.chart))]


def figure(w, spec) -> list:
    """The next numbered figure: ``spec``'s drawing (only its size right in a pass that draws nothing) and its caption."""
    w.figure_no += 1
    drawing = chart_drawing(spec, w.theme, w.frame_width, spec.alt_text(w.doc.words), fitted=not w.measuring)
    caption = figure_label(w.figure_no, spec, w.doc.words) + (f". {spec.caption}" if spec.caption else "")
    return [drawing, Shaped(markup(caption), w.styles["caption"])]


KIND = SectionKind(("chart", "timeline"), body)
