"""Overflow policy of the deck, in one place: how one Document slide becomes deck slides (at the deck's
sizes, where lists, tables, columns and figures split, which titles each page gets, where a topic's
one key figure joins its points). Plain functions over a ``Pagination``: the slide's width, the words that
name continued slides and the deck's type scale, passed explicitly."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...document import Slide
from .fit import fits
from ..measure import LINE_HEIGHT, wrap
from ...words import continued_title, fill
from ..common import unique_titles
from .geometry import (BODY_H, FIGURE_BAND, INSET, KICKER_H, KICKER_SIZE, KICKER_Y, MARGIN, SAFETY, TITLE_H,
                       TITLE_SIZES, TITLE_Y)
from .parts import BlocksPart, ColumnsPart, DeckPage, ShownTitle, TextPart
from .slides import slide_kind
from .slides.points import band

if TYPE_CHECKING:
    from .scale import DeckScale


@dataclass
class Pagination:
    """What a deck's slides are measured with: the slide's width in layout points, the deck's words
    (they name continued slides) and its type scale; the parts measured so far."""

    width: float
    words: dict
    scale: DeckScale
    measured: dict = field(default_factory=dict)  # (slide id, band, sizes) -> its parts

    @property
    def body_width(self) -> float:
        """The width text wraps to across a content slide's body."""
        return body_width(self.width)

    @property
    def column_width(self) -> float:
        """The width text wraps to in one of two columns."""
        return ((self.width - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY

    def sizes(self, slide: Slide) -> tuple[int]:
        """The one size ``slide``'s body text is fitted at (as a tuple of sizes to try)."""
        return self.scale.text_sizes(slide)


def body_width(width: float) -> float:
    """The width text wraps to across the body of a content slide ``width`` points wide."""
    return (width - 2 * MARGIN - 2 * INSET) * SAFETY


# -- pagination: one Document slide may need several deck slides ---------------------
def deck_pages(p: Pagination, slides: list[Slide]) -> list[DeckPage]:
    """Every deck slide, in order: each Document slide's pages, a
    topic's one key figure joined to its points (a slide with one figure alone looks empty)."""
    out, i = [], 0
    while i < len(slides):
        joined = _joined(p, slides[i], slides[i + 1] if i + 1 < len(slides) else None)
        out += joined or pages_of(p, slides[i])
        i += 2 if joined else 1
    return out


def _joined(p: Pagination, slide: Slide, follower: Slide | None) -> list[DeckPage] | None:
    """The pages of a points slide (a kind with ``band``: bullets or two columns) followed by a slide of
    its topic with one figure (a kind that ``joins``: a big number), that figure in a band under the
    points of its last page; None unless the band fits and costs no extra slide."""
    if not (follower is not None and slide_kind(follower.layout).joins and len(follower.figures) == 1
            and slide.topic and follower.topic == slide.topic and slide_kind(slide.layout).band
            and band(follower.figures[0], p.width) is not None):
        return None
    parts, plain = split(p, slide, FIGURE_BAND), split(p, slide)
    if len(parts) > len(plain):  # else the band may still fit under the last of the pages without it
        if not _fits_above_band(p, plain[-1]):
            return None
        parts = plain
    with_figure = slide.model_copy(update={"figures": follower.figures,
                                           "notes": " ".join(filter(None, (slide.notes, follower.notes)))})
    pages = pages_of(p, slide, parts)
    return pages[:-1] + [pages[-1]._replace(slide=with_figure)]


def _fits_above_band(p: Pagination, part: TextPart | ColumnsPart) -> bool:
    """Whether a page of points (or of two columns) leaves room for a figure's band."""
    if isinstance(part, ColumnsPart):
        return all(fits(paras, p.column_width, BODY_H - 56 - 2 * INSET - FIGURE_BAND, part.size)
                   for _, paras in part.columns)
    return fits(part.paras, p.body_width, BODY_H - 2 * INSET - FIGURE_BAND, part.size)


def pages_of(p: Pagination, slide: Slide, parts: list | None = None) -> list[DeckPage]:
    """The deck slides this Document slide needs."""
    parts = split(p, slide) if parts is None else parts
    words = p.words
    if isinstance(parts[0], BlocksPart) and len(parts) > 1:  # each slide of blocks is titled by its own topics
        return [DeckPage(slide, " · ".join(dict.fromkeys(c.title for c, _ in part.blocks)), part) for part in parts]
    later = slide.model_copy(update={"subtitle": ""}) if slide.subtitle else slide  # (a subtitle is said once)
    if slide.role == "chapters" and slide.kicker and len(parts) > 1:  # (a statement titles the list: its
        # continuation is the list's, "Chapters (cont.)", without the kicker that says it again)
        unkicked = later.model_copy(update={"kicker": ""})
        return [DeckPage(unkicked, continued_title(slide.kicker, i, len(parts) - 1, words), part) if i
                else DeckPage(slide, slide.title, part) for i, part in enumerate(parts)]
    return [DeckPage(later, continued_title(slide.title, i, len(parts) - 1, words), part) if i
            else DeckPage(slide, slide.title, part) for i, part in enumerate(parts)]


def split(p: Pagination, slide: Slide, band: float = 0.0) -> list:
    """The parts of each deck slide ``slide`` needs, as its kind cuts it; points and columns leave ``band``
    points free under them (measured once a size: choosing the deck's scale measures the same slides again)."""
    key = (id(slide), band, p.sizes(slide) if slide_kind(slide.layout).scaled else None)
    if key not in p.measured:
        p.measured[key] = slide_kind(slide.layout).measure(p, slide, band)
    return p.measured[key]


# -- titles: each deck slide's title is its title placeholder, unique in the deck --------
def titles(pages: list[DeckPage], width: float, words: dict) -> list[ShownTitle]:
    """The title of each deck slide (``width`` points wide): titles made unique ("(2)"); a slide whose
    title is empty gets "Slide N" (drawn above the slide); a title too long for its box is
    shortened with … before its "(cont.)" or number, so the titles shown are unique too."""
    names = unique_titles([title if slide.title.strip() else fill(words["slide_number"], number=number)
                           for number, (slide, title, _) in enumerate(pages, start=1)])
    shown, seen = [], set()
    for (slide, title, _), name in zip(pages, names):
        # the end that tells it from other titles: "(cont.)", "(2)" (a topics slide's parts have titles of their own)
        tail = name[len(slide.title if name.startswith(slide.title) else title):] if slide.title.strip() else ""
        size, text = _fit_title(name, tail, slide.layout, width, slide.kicker)
        n = 1
        while text in seen:
            n += 1
            size, text = _fit_title(f"{name} ({n})", f"{tail} ({n})", slide.layout, width, slide.kicker)
        seen.add(text)
        shown.append(ShownTitle(name, size, text))
    return shown


def title_box(layout: str, width: float, kicker: str = "") -> tuple:
    """Where the title of a slide of ``layout`` (``width`` points wide) goes: x, y, width, height, and its
    sizes. A kicker takes the top of a content slide's title box (two lines of a title fit at 24 points under it)."""
    if slide_kind(layout).cover:
        return MARGIN, 150, width - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20)
    if kicker:
        return MARGIN, KICKER_Y + KICKER_H, width - 2 * MARGIN, TITLE_Y + TITLE_H - KICKER_Y - KICKER_H, TITLE_SIZES
    return MARGIN, TITLE_Y, width - 2 * MARGIN, TITLE_H, TITLE_SIZES


def kicker_box(layout: str, width: float) -> tuple:
    """Where a slide's kicker goes (x, y, width, height): above its title."""
    if slide_kind(layout).cover:
        return MARGIN, 150 - KICKER_H - 6, width - 2 * MARGIN, KICKER_H + 4
    return MARGIN, KICKER_Y, width - 2 * MARGIN, KICKER_H


def fit_kicker(text: str, layout: str, width: float) -> str:
    """A kicker on one line at its size: shortened with … where it is longer."""
    inner = (kicker_box(layout, width)[2] - 2 * INSET) * SAFETY
    if len(wrap(text, inner, KICKER_SIZE, True)) <= 1:
        return text
    head = wrap(text, inner, KICKER_SIZE, True)[0]
    while len(head) > 1 and len(wrap(head.rstrip() + "…", inner, KICKER_SIZE, True)) > 1:
        head = head[:-1]
    return head.rstrip() + "…"


def _fit_title(text: str, tail: str, layout: str, width: float, kicker: str = "") -> tuple[int, str]:
    """The largest title size ``text`` fits its box at, and ``text``; if none, the smallest size
    and ``text`` shortened with … before ``tail`` (the end that tells it from other titles)."""
    _, _, w, h, sizes = title_box(layout, width, kicker)
    inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
    for size in sizes:  # (read as far as the lines the box holds at that size, and one more)
        if len(wrap(text, inner, size, True, most=int(room // (size * LINE_HEIGHT)) + 1)) * size * LINE_HEIGHT <= room:
            return size, text
    size = sizes[-1]
    max_lines = max(1, int(room // (size * LINE_HEIGHT)))
    head = " ".join(wrap(text[:len(text) - len(tail)], inner, size, True, most=max_lines)[:max_lines])
    head = head[:max(1, len(head) - 2)]
    while len(head) > 1 and len(wrap(head.rstrip() + "…" + tail, inner, size, True)) > max_lines:
        head = head[:-1]
    return size, head.rstrip() + "…" + tail
