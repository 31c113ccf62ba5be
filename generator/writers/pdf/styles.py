"""The report's paragraph styles, from its audience's theme: body text, the cover's, headings and
kickers, captions, table cells, key figures, quotes."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from ...document import Theme


def paragraph_styles(t: Theme) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by name, in the theme ``t``'s colours; each heading's also with no space
    above (``h1-kicked``: a kicker above it stands in for that space), made once, not once per heading (a
    thousand topics' headings each held a style of their own)."""
    styles = _styles(t)
    return styles | {f"{name}-kicked": ParagraphStyle(f"{name}-kicked", styles[name], spaceBefore=0) for name in ("h1", "h2")}


def _styles(t: Theme) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by name, in the theme ``t``'s colours."""
    base = ParagraphStyle("body", fontName="Body", fontSize=11, leading=15, textColor=colors.HexColor("#" + t.text),
                          spaceAfter=4, splitLongWords=1)
    return {
        "body": base,
        "cover": ParagraphStyle("cover", base, fontName="Body-Bold", fontSize=28, leading=34,
                                textColor=colors.HexColor("#" + t.primary), spaceAfter=12),
        "coversub": ParagraphStyle("coversub", base, fontSize=15, leading=20, spaceAfter=16),
        "h1": ParagraphStyle("h1", base, fontName="Body-Bold", fontSize=18, leading=23, spaceBefore=10,
                             spaceAfter=6, textColor=colors.HexColor("#" + t.primary), keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName="Body-Bold", fontSize=13, leading=17, spaceBefore=8,
                             spaceAfter=4, textColor=colors.HexColor("#" + t.primary), keepWithNext=1),
        "kicker": ParagraphStyle("kicker", base, fontName="Body-Bold", fontSize=9.5, leading=12, spaceBefore=8,
                                 spaceAfter=0, textColor=colors.HexColor("#" + t.muted), keepWithNext=1),
        "meta": ParagraphStyle("meta", base, fontSize=10, leading=13, textColor=colors.HexColor("#" + t.muted)),
        "caption": ParagraphStyle("caption", base, fontSize=9.5, leading=12, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#" + t.muted), spaceAfter=10),
        "cell": ParagraphStyle("cell", base, fontSize=10, leading=13, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName="Body-Bold", fontSize=10, leading=13, spaceAfter=0,
                               textColor=colors.white),
        "big": ParagraphStyle("big", base, fontName="Body-Bold", fontSize=26, leading=30, alignment=TA_CENTER,
                              textColor=colors.HexColor("#" + t.accent)),
        "biglabel": ParagraphStyle("biglabel", base, fontSize=10, leading=13, alignment=TA_CENTER),
        "quote": ParagraphStyle("quote", base, fontSize=12, leading=17, leftIndent=14,
                                borderColor=colors.HexColor("#" + t.accent), borderPadding=(0, 0, 0, 8)),
    }
