"""The report's page furniture: the running header (the section in force) and the footer ("page X
of Y", the report's footer), each line shortened to its room and drawn in the fonts its text needs.
"""
from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from .flowables import Shaped
from .fonts import clip, font_runs, markup, register, shaped_style, text_width
from .tags import pagination
from ...words import fill


def furniture_line(canv, x: float, y: float, text: str, color: str, right: bool = False, room: float = 400,
                   centred: bool = False) -> float:
    """One line of running header or footer at 9 pt, shortened to ``room`` points, its start at ``x``
    (its end if ``right``, its middle if ``centred``); its width. Drawn directly when the body font has
    every glyph, else as a paragraph, so a title in Chinese or Arabic shows in its own font."""
    text = _fit(text, 9, room)
    coverage = register()["Body"]
    if all(ord(ch) in coverage or ch.isspace() for ch in text):
        (canv.drawCentredString if centred else canv.drawRightString if right else canv.drawString)(x, y, text)
        return pdfmetrics.stringWidth(text, "Body", 9)
    line = markup(text)  # (drawn from its left end, as measured, also when it runs right to left)
    para = Shaped(line, shaped_style(_furniture_style(color), line, keep_alignment=True))
    w, _ = para.wrap(room * 1.5, 20)  # (shaping may make it a little wider than measured: still one line)
    width = max(para.getActualLineWidths0() or [w])
    para.drawOn(canv, x - width / 2 if centred else x - width if right else x, y - 2)
    return width


def running_header(w, canv, pdf) -> None:
    """The running header of a page of the report writer ``w``'s: the section in force, above a rule,
    tagged as page furniture. Not the title (it is on the cover and in the viewer's title bar): beside a
    section met on one page or two it made a line of prose that no other page repeats."""
    with pagination(canv, "Header"):
        width, height = w.paper
        canv.saveState()
        canv.setFont("Body", 9)
        canv.setFillColor(colors.HexColor("#" + w.theme.muted))
        if pdf.page_section:
            furniture_line(canv, width - pdf.rightMargin, height - 14 * mm, clip(pdf.page_section, 90),
                           w.theme.muted, right=True, room=width - pdf.leftMargin - pdf.rightMargin)
        canv.setStrokeColor(colors.HexColor("#" + w.theme.accent))
        canv.line(pdf.leftMargin, height - 15.5 * mm, width - pdf.rightMargin, height - 15.5 * mm)
        canv.restoreState()


def page_footer(w, canv, total: int) -> None:
    """'page X of Y' and the report's footer on a page of the report writer ``w``'s (drawn once the page count is
    known), the first too: its body starts under the cover's title (a report of one page said nowhere whom it is for)."""
    width, _ = w.paper
    canv.saveState()
    canv.setFont("Body", 9)
    canv.setFillColor(colors.HexColor("#" + w.theme.muted))
    words = w.doc.words
    furniture_line(canv, width / 2, 10 * mm, fill(words["page_of"], page=canv.getPageNumber(), pages=total),
                   w.theme.muted, centred=True)
    furniture_line(canv, 20 * mm, 10 * mm, clip(fill(words["report_footer"], audience=w.doc.audience_label
                                                     or w.doc.audience), 40), w.theme.muted)
    canv.restoreState()


def _fit(text: str, size: float, room: float) -> str:
    """``text``, or as much of it as fits ``room`` points at ``size`` followed by "…"."""
    text = clip(text, int(room / size * 4))  # no glyph is narrower than a quarter of the size
    if text_width(text, size) <= room:
        return text
    used, end = pdfmetrics.stringWidth("…", "Body", size), 0
    for font, piece in font_runs(text):
        for ch in piece:
            used += pdfmetrics.stringWidth(ch, font, size)
            if used > room:
                return text[:end].rstrip() + "…"
            end += 1
    return text


@cache
def _furniture_style(color: str) -> ParagraphStyle:
    return ParagraphStyle("furniture", fontName="Body", fontSize=9, leading=11, textColor=colors.HexColor("#" + color))
