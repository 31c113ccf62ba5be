"""Covers (``title``, ``section``): the title slide and a divider, drawn whole on the primary colour
(on a user's master, on its own design): title, subtitle, text, time; the title slide also says who
it is prepared for and shows the logo. They have no body."""
from __future__ import annotations

from ....contrast import readable, text_on
from ....words import fill
from ...common import Para
from ..geometry import MARGIN
from ..xml import BACKGROUND, DARK_TAIL, SLIDE_TAIL
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """One deck slide, with no part."""
    return [None]


def draw_cover(w, s, slide, size: int, text: str) -> tuple[str, str]:
    """The cover ``slide`` on the slide being written ``s``, its title ``text`` at ``size``; returns the
    slide's XML tail and background (none on a user's master)."""
    tail, background = SLIDE_TAIL, ""
    # on a user's master its design shows: no full-bleed colour, text in its own colours
    if w.template:
        back, light = w.theme.background, w.theme.primary
        soft = readable(w.theme.muted, back)
    else:  # text and links in whichever of the text and background colours reads on the primary
        back = w.theme.primary
        light = text_on(back, w.theme.text, w.theme.background)
        on_light = light == w.theme.background
        soft = readable("DDDDDD" if on_light else w.theme.muted, back)
        tail = DARK_TAIL.format(link="lt1" if on_light else "dk1")
        background = BACKGROUND.format(back)
    s.behind = back
    w._title(s, slide, size, text, light, soft)
    sub = slide.subtitle or ""
    if sub:
        w._text(s, [Para(sub)], MARGIN, 300, s.width - 2 * MARGIN, 60, (24, 22, 20, 18, 16), light)
    if slide.text:
        w._text(s, [Para.rich(slide.text)], MARGIN, 370, s.width - 2 * MARGIN, 50, (20, 18, 16, 14), soft)
    if slide.layout == "title" and w.doc.prepared_for:  # only where an audience's label says who
        w._text(s, [Para(fill(w.doc.words["prepared_for"], audience=w.doc.prepared_for))], MARGIN, 440,
                s.width - 2 * MARGIN, 30, (16, 14), readable(w.theme.accent, back))
    if slide.at:
        w._time_line(s, slide.at, 430, light, link_color=light)
    if slide.layout == "title" and w.theme.logo:
        w._picture(s, w.theme.logo, s.width - MARGIN - 160, 40, 160, 80)
    return tail, background


def draw(w, s, slide, part) -> None:
    """Nothing: a cover has no body."""


KIND = SlideKind(("title", "section"), measure, draw, cover=True)
