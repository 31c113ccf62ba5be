"""Overflow policy of the deck, in one place: how one Document slide becomes deck slides (at the deck's
sizes, where lists, tables, columns and figures split, where a topic's one key figure joins its points;
the title each page shows, and at what size, is titling.py's). Plain functions over a ``Pagination``: the
slide's width, the words that name continued slides and the deck's type scale, passed explicitly."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...document import Bullet, Slide
from ...deck_twin import left_off_unsaid
from .fit import fits
from ...peer_pages import left_off
from ...words import continued_title, fill
from .geometry import BODY_H, FIGURE_BAND, INSET, MARGIN, SAFETY
from .parts import BlocksPart, ColumnsPart, DeckPage, TextPart
from .slides import slide_kind
from .slides.points import band

if TYPE_CHECKING:
    from .scale import DeckScale

MOST_PAGES = 2  # deck slides a chapter list takes at most (a topic's points: peer_pages.py, never a third page)


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
    pages = pages_of(p, slide, parts)
    last = pages[-1].slide
    # (the big number's own notes only named its figures, "27x: the figures behind …": the band shows them now)
    generic = fill(p.words.get("topic_figures_notes", ""), values=follower.figures[0].value, topic=follower.kicker)
    said = "" if follower.notes == generic else follower.notes
    notes = left_off_unsaid(last.notes, p.words.get("left_off_slide", ""), follower.figures[0].value)
    with_figure = last.model_copy(update={"figures": follower.figures, "notes": " ".join(filter(None, (notes, said)))})
    return pages[:-1] + [pages[-1]._replace(slide=with_figure)]


def _fits_above_band(p: Pagination, part: TextPart | ColumnsPart) -> bool:
    """Whether a page of points (or of two columns) leaves room for a figure's band."""
    if isinstance(part, ColumnsPart):
        return all(fits(paras, p.column_width, BODY_H - 56 - 2 * INSET - FIGURE_BAND, part.size)
                   for _, paras in part.columns)
    return fits(part.paras, p.body_width, BODY_H - 2 * INSET - FIGURE_BAND, part.size)


def pages_of(p: Pagination, slide: Slide, parts: list | None = None) -> list[DeckPage]:
    """The deck slides this Document slide needs: at most MOST_PAGES for a chapter list (see _within_pages)."""
    parts = split(p, slide) if parts is None else parts
    left = ""  # (what a capped list leaves off: the notes of its last page, the one whose line says they name it)
    if len(parts) > MOST_PAGES and slide.role == "chapters" and (slide.bullets or slide.agenda):
        slide, parts, left = _within_pages(p, slide)
    pages = _pages(p, slide, parts)
    if left:
        last = pages[-1]
        notes = left if len(pages) > 1 else " ".join(filter(None, (last.slide.notes, left)))
        pages[-1] = DeckPage(last.slide.model_copy(update={"notes": notes}), last.title, last.part)
    return pages


def _pages(p: Pagination, slide: Slide, parts: list) -> list[DeckPage]:
    """The deck pages of ``slide`` cut in ``parts``: the first keeps its notes and subtitle, later pages are titled
    as continued."""
    words = p.words
    # the notes are said once (on every page they made a deck quadratic in a topic's text), so is a subtitle
    unsaid = slide.model_copy(update={"notes": ""}) if slide.notes else slide
    if isinstance(parts[0], BlocksPart) and len(parts) > 1:  # each slide of blocks is titled by its own topics
        return [DeckPage(unsaid if i else slide, " · ".join(dict.fromkeys(c.title for c, _ in part.blocks)), part)
                for i, part in enumerate(parts)]
    later = unsaid.model_copy(update={"subtitle": ""}) if slide.subtitle else unsaid
    if slide.role == "chapters" and slide.kicker and len(parts) > 1:  # (its count titles the list: its
        # continuation is "45 links (cont. 1)", without the kicker that says its kind again)
        unkicked = later.model_copy(update={"kicker": ""})
        return [DeckPage(unkicked, continued_title(slide.title, i, len(parts) - 1, words), part) if i
                else DeckPage(slide, slide.title, part) for i, part in enumerate(parts)]
    return [DeckPage(later, continued_title(slide.title, i, len(parts) - 1, words), part) if i
            else DeckPage(slide, slide.title, part) for i, part in enumerate(parts)]


def _within_pages(p: Pagination, slide: Slide) -> tuple[Slide, list, str]:
    """``slide`` (a chapter list) with as many of its entries as MOST_PAGES deck slides show, its parts, and the notes
    that name the others (the last page's; no line of the slide counts them: review 18 finding 3): never a third
    page of one list (review 14; a slide of points the deck shows whole, ``max_words: 0``,
    continues as far as it must)."""
    key = "bullets" if slide.bullets else "agenda"
    items = list(getattr(slide, key))

    def fewer(n: int) -> Slide:
        return slide.model_copy(update={key: items[:n]})

    low, high = 1, len(items) - 1  # (the most that fit; measured anew, not kept by id)
    while low < high:
        mid = (low + high + 1) // 2
        if len(slide_kind(slide.layout).measure(p, fewer(mid), 0.0)) <= MOST_PAGES:
            low = mid
        else:
            high = mid - 1
    left = [item if key == "bullets" else Bullet(text=item.title) for item in items[low:]]
    shown = fewer(low)
    return shown, slide_kind(shown.layout).measure(p, shown, 0.0), left_off(left, p.words)


def split(p: Pagination, slide: Slide, band: float = 0.0) -> list:
    """The parts of each deck slide ``slide`` needs, as its kind cuts it; points and columns leave ``band``
    points free under them (measured once a size: choosing the deck's scale measures the same slides again)."""
    key = (id(slide), band, p.sizes(slide) if slide_kind(slide.layout).scaled else None)
    if key not in p.measured:
        p.measured[key] = slide_kind(slide.layout).measure(p, slide, band)
    return p.measured[key]
