"""What every chart of the report draws with: the Drawing it is (a Figure in the structure, its
alternative text made from its data), and labels in the fonts that have their characters.

Labels that no single font can draw (Chinese beside Latin) are drawn here, a run per font;
labels in Arabic or Hebrew as shaped paragraphs over the drawing (a String is neither shaped nor
put in visual order: its letters came out unjoined and backwards).
"""
from __future__ import annotations

from functools import cache

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from ..flowables import Shaped
from ..fonts import font_runs, markup, needs_shaping, register, shaped_style, text_width, use
from ..tags import Tagged


def font_covering(texts, whole: bool = False) -> str | None:
    """The embedded font that has every character of ``texts`` (else the one that has most, or
    None when ``whole``): chart labels are drawn in one font each."""
    coverage = register()
    chars = {ord(ch) for text in texts for ch in text if not ch.isspace()}
    best = max(("Body", "Wide", "CJK"), key=lambda face: (len(chars & coverage[face]), face == "Body"))
    if whole and not chars <= coverage[best]:
        return None
    return use(best) if best != "Body" else "Body"


def draw_runs(d: Drawing, x: float, y: float, text: str, size: float, anchor: str) -> None:
    """``text`` drawn as runs of the fonts that have its characters (anchor: end or middle); text
    that needs shaping is left to the chart to draw as a paragraph."""
    if needs_shaping(text):
        d.__dict__.setdefault("_shaped", []).append((x, y, text, size, anchor))
        return
    pieces = font_runs(text)
    width = text_width(text, size, pieces)
    start = x - width if anchor == "end" else x - width / 2
    for font, piece in pieces:
        d.add(String(start, y, piece, fontName=font, fontSize=size))
        start += pdfmetrics.stringWidth(piece, font, size)


class ChartDrawing(Tagged, Drawing):
    """A chart: a Figure in the structure, its alternative text made from its data."""

    def draw(self, *args, **kwargs):
        """The drawing, then its labels that need shaping, each a one-line paragraph."""
        super().draw(*args, **kwargs)
        for x, y, text, size, anchor in self.__dict__.get("_shaped", ()):
            line = markup(text)  # (set from its left end, as measured, also when it runs right to left)
            para = Shaped(line, shaped_style(_label_style(size), line, keep_alignment=True))
            para.wrap(self.width, size * 3)
            width = max(para.getActualLineWidths0())
            para.drawOn(self.canv, x - width if anchor == "end" else x - width / 2, y)
        for chart in self.contents:  # drawing joined the axes to each other: a cycle the paused collector never frees
            for axis in (getattr(chart, "categoryAxis", None), getattr(chart, "valueAxis", None)):
                if axis is not None:
                    axis.joinAxis = None


@cache
def _label_style(size: float) -> ParagraphStyle:
    return ParagraphStyle(f"chart-label-{size}", fontName="Body", fontSize=size, leading=size)


def described(d: Drawing, alt: str) -> Drawing:
    """``d`` centred in the frame, its text in the body font, described by ``alt`` (for screen readers)."""
    d.hAlign = "CENTER"
    d.initialFontName = "Body"  # else reportlab's default (Helvetica, not embedded) is referenced
    d.__dict__["_alt"] = alt
    return d
