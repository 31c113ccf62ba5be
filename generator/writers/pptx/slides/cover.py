"""Covers: the title slide (``title``) and a divider (``section``), each a kind of its own, drawn whole
on the primary colour (on a user's master, on its own design): title, subtitle, text, time; the title
slide also says who it is prepared for and shows the logo. They have no body."""
from __future__ import annotations

from ....contrast import readable, text_on
from ....words import fill
from ...common import Para, longest_start
from ..fit import fit_size
from ..geometry import INSET, MARGIN, SAFETY
from ..xml import BACKGROUND, DARK_TAIL, SLIDE_TAIL
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """One deck slide, with no part."""
    return [None]


def draw_title(d, s, slide, size: int, text: str) -> tuple[str, str]:
    """The title slide ``slide`` on the slide being written ``s``, its title ``text`` at ``size`` (the
    title placeholder of a title slide), who it is prepared for (only where an audience's label says
    who) and the logo; returns the slide's XML tail and background (none on a user's master)."""
    tail, background, (back, light, soft) = _backdrop(d, s)
    d.title(s, slide, size, text, light, soft, ph="ctrTitle")
    _texts(d, s, slide, light, soft)
    if d.doc.prepared_for:
        d.text(s, [Para(fill(d.doc.words["prepared_for"], audience=d.doc.prepared_for))], MARGIN, 440,
               s.width - 2 * MARGIN, 30, (16, 14), readable(d.theme.accent, back))
    _time(d, s, slide, light)
    if d.theme.logo:
        d.picture(s, d.theme.logo, s.width - MARGIN - 160, 40, 160, 80)
    return tail, background


def draw_section(d, s, slide, size: int, text: str) -> tuple[str, str]:
    """The divider ``slide`` on the slide being written ``s``, its title ``text`` at ``size``; returns
    the slide's XML tail and background (none on a user's master)."""
    tail, background, (back, light, soft) = _backdrop(d, s)
    d.title(s, slide, size, text, light, soft)
    _texts(d, s, slide, light, soft)
    _time(d, s, slide, light)
    return tail, background


def _backdrop(d, s) -> tuple[str, str, tuple[str, str, str]]:
    """A cover's XML tail and background, and its colours (behind, text, soft text); ``s`` is written on what is behind."""
    tail, background = SLIDE_TAIL, ""
    # on a user's master its design shows: no full-bleed colour, text in its own colours
    if d.on_master:
        back, light = d.theme.background, d.theme.primary
        soft = readable(d.theme.muted, back)
    else:  # text and links in whichever of the text and background colours reads on the primary
        back = d.theme.primary
        light = text_on(back, d.theme.text, d.theme.background)
        on_light = light == d.theme.background
        soft = readable("DDDDDD" if on_light else d.theme.muted, back)
        tail = DARK_TAIL.format(link="lt1" if on_light else "dk1")
        background = BACKGROUND.format(back)
    s.behind = back
    return tail, background, (back, light, soft)


def _texts(d, s, slide, light: str, soft: str) -> None:
    """A cover's subtitle and text under its title."""
    sub, width = slide.subtitle or "", s.width - 2 * MARGIN
    if sub:
        d.text(s, [Para(fitting(sub, width, 60, SUB_SIZES))], MARGIN, 300, width, 60, SUB_SIZES, light)
    if slide.text:
        text = slide.text if fit_size([Para.rich(slide.text)], *_room(width, 50), TEXT_SIZES) else fitting(
            Para.rich(slide.text).text, width, 50, TEXT_SIZES)
        d.text(s, [Para.rich(text)], MARGIN, 370, width, 50, TEXT_SIZES, soft)


SUB_SIZES, TEXT_SIZES = (24, 22, 20, 18, 16), (20, 18, 16, 14)


def _room(width: float, height: float) -> tuple[float, float]:
    """What a text box of ``width`` by ``height`` holds, measured as DrawingML.text measures it."""
    return (width - 2 * INSET) * SAFETY, height - 2 * INSET


def fitting(text: str, width: float, height: float, sizes: tuple) -> str:
    """``text`` whole where it fits a box of ``width`` by ``height`` at one of ``sizes``, else its longest head that
    does, at a space where it has one, ending on "…": a cover's lead is a statement of the notes, and a 5,000-character
    word, or a statement longer than the cover holds, must not run off the slide (the speaker notes and the report keep
    it whole)."""
    room = _room(width, height)
    if fit_size([Para(text)], *room, sizes):
        return text
    head = longest_start(text, lambda start: bool(fit_size([Para(start.rstrip() + "…")], *room, sizes)))
    head = head[:head.rfind(" ")] if " " in head.strip() else head
    return head.rstrip(" ,;:") + "…"


def _time(d, s, slide, light: str) -> None:
    """A cover's time line, its links in its text colour."""
    if slide.at:
        d.time_line(s, slide.at, 430, light, link_color=light)


def draw(d, s, slide, part) -> None:
    """Nothing: a cover has no body."""


TITLE = SlideKind(("title",), measure, draw, cover=draw_title)
SECTION = SlideKind(("section",), measure, draw, cover=draw_section)
