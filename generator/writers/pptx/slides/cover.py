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


def draw_cover(d, s, slide, size: int, text: str) -> tuple[str, str]:
    """The cover ``slide`` on the slide being written ``s``, its title ``text`` at ``size``; returns the
    slide's XML tail and background (none on a user's master)."""
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
    d.title(s, slide, size, text, light, soft)
    sub = slide.subtitle or ""
    if sub:
        d.text(s, [Para(sub)], MARGIN, 300, s.width - 2 * MARGIN, 60, (24, 22, 20, 18, 16), light)
    if slide.text:
        d.text(s, [Para.rich(slide.text)], MARGIN, 370, s.width - 2 * MARGIN, 50, (20, 18, 16, 14), soft)
    if slide.layout == "title" and d.doc.prepared_for:  # only where an audience's label says who
        d.text(s, [Para(fill(d.doc.words["prepared_for"], audience=d.doc.prepared_for))], MARGIN, 440,
               s.width - 2 * MARGIN, 30, (16, 14), readable(d.theme.accent, back))
    if slide.at:
        d.time_line(s, slide.at, 430, light, link_color=light)
    if slide.layout == "title" and d.theme.logo:
        d.picture(s, d.theme.logo, s.width - MARGIN - 160, 40, 160, 80)
    return tail, background


def draw(d, s, slide, part) -> None:
    """Nothing: a cover has no body."""


KIND = SlideKind(("title", "section"), measure, draw, cover=True)
