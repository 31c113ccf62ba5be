"""The deck's type scale, chosen once for the whole deck: first-level body text at one size on every
slide of a kind (sub-points a step smaller, see ``common.sub_size``), instead of a size per slide.

Two kinds of slide have a size each: a topic's slides (its points, a comparison, short topics side by
side, figures set as points) and the overview (the summary, the context, the agenda, the conclusion,
the sources: text slides of no one topic). Each takes the largest of ``fit.SCALES`` at which its slides
need no more deck slides than at the smallest: text shrinks only where that saves a continuation slide
somewhere in the deck, and then on every slide of its kind. The overview is never set larger than the
topics (it is the denser kind: a bottom line of five long takeaways does not shrink every topic's
points). ``choose_scale`` counts a deck's slides with the function it is given (``pages.deck_pages``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...document import Slide
from ..common import MIN_BODY
from .fit import SCALES
from .timeline import time_size
from .geometry import BAND_GAP, MARGIN, TIME_SIZES
from .parts import BlocksPart, FiguresPart
from .slides import slide_kind
from .slides.figures import grid
from .slides.points import band
from .slides.topics import cells

POINTS, OVERVIEW = "points", "overview"


def kind(slide: Slide) -> str:
    """The kind of a text slide: a topic's (it has a topic, or holds several: its kind is ``topical``) or the overview."""
    return POINTS if slide.topic or slide_kind(slide.layout).topical else OVERVIEW


@dataclass
class DeckScale:
    """The deck's sizes: one first-level size for the topics' slides, one for the overview (a kind
    without slides: the largest), and the size of every time line."""

    sizes: dict[str, int] = field(default_factory=lambda: {POINTS: SCALES[0], OVERVIEW: SCALES[0]})
    time_size: int = TIME_SIZES[0]

    def text_sizes(self, slide: Slide) -> tuple[int]:
        """The one size ``slide``'s body text is fitted at (as a tuple of sizes to try)."""
        return (self.sizes[kind(slide)],)

    def label_sizes(self) -> tuple[int, ...]:
        """The sizes a key figure's label is tried at: the deck's points size, else the floor (a label is
        measured to fit at the floor)."""
        return tuple(dict.fromkeys((self.sizes[POINTS], int(MIN_BODY))))


def choose_time_size(pages: list, width: float) -> int:
    """The largest size at which every time line of the deck's ``pages`` (on slides ``width`` points wide)
    fits its box (the slide's, a figure's in a grid or a band, a short topic's block), so all show at one size."""
    return min((time_size(at, box) for slide, _, part in pages for at, box in _time_boxes(slide, part, width)),
               default=TIME_SIZES[0])


def _time_boxes(slide: Slide, part, width: float) -> list[tuple]:
    """(moment, box width) of each time line a deck slide of ``slide`` with ``part`` shows."""
    boxes = [(slide.at, width - 2 * MARGIN)] if slide.at else []
    if isinstance(part, FiguresPart):  # a grid (not figures set as points)
        boxes += [(f.at, grid(width, len(part.figures))[2]) for f in part.figures if f.at]
    if isinstance(part, BlocksPart):
        boxes += [(c.at, cells(len(part.blocks), width)[1]) for c, _ in part.blocks if c.at]
    fitted = band(slide.figures[0], width) if slide_kind(slide.layout).band and slide.figures else None
    if fitted and slide.figures[0].at:
        boxes.append((slide.figures[0].at, width - 2 * MARGIN - fitted[1] - BAND_GAP))
    return boxes


def choose_scale(slides: list[Slide], scale: DeckScale, count: Callable[[list[Slide]], int]) -> None:
    """Set ``scale.sizes`` for ``slides`` (the deck's): for each kind, the largest size of SCALES
    at which the deck needs no more slides (``count``) than at the smallest (a topic's key figure
    joining its points, or not, counted too)."""
    largest = SCALES[0]
    for each in (POINTS, OVERVIEW):
        if not any(slide_kind(s.layout).scaled and kind(s) == each for s in slides):
            continue
        sizes = [size for size in SCALES if size <= largest]
        fewest = _slides_at(slides, scale, count, each, sizes[-1])
        largest = next(size for size in sizes if _slides_at(slides, scale, count, each, size) <= fewest)
        scale.sizes[each] = largest


def _slides_at(slides: list[Slide], scale: DeckScale, count: Callable[[list[Slide]], int], each: str, size: int) -> int:
    """How many deck slides ``slides`` need with the kind ``each`` at ``size``."""
    scale.sizes[each] = size
    return count(slides)
