"""The deck's type scale, chosen once for the whole deck: first-level body text at one size on every
slide of a kind (sub-points a step smaller, see ``common.sub_size``), instead of a size per slide.

Two kinds of slide have a size each: a topic's slides (its points, a comparison, short topics side by
side, figures set as points) and the overview (the summary, the context, the agenda, the conclusion,
the sources: text slides of no one topic). Each takes the largest of ``fit.SCALES`` at which its slides
need no more deck slides than at the smallest: text shrinks only where that saves a continuation slide
somewhere in the deck, and then on every slide of its kind. The overview is never set larger than the
topics (it is the denser kind: a bottom line of five long takeaways does not shrink every topic's
points). A mixin of PptxWriter (through Pages): it measures with ``_split``.
"""
from __future__ import annotations

from collections.abc import Callable

from ...document import Slide
from ..common import MIN_BODY
from .fit import SCALES
from .drawingml import time_size
from .geometry import BAND_GAP, MARGIN, TIME_SIZES
from .parts import BlocksPart, FiguresPart
from .slides import slide_kind
from .slides.figures import grid
from .slides.topics import cells

POINTS, OVERVIEW = "points", "overview"


def kind(slide: Slide) -> str:
    """The kind of a text slide: a topic's (it has a topic, or holds several) or the overview."""
    return POINTS if slide.topic or slide.layout == "topics" else OVERVIEW


class Scale:
    """The deck's sizes: one first-level size for the topics' slides, one for the overview."""

    deck_sizes: dict[str, int]  # kind -> first-level size, for the deck being written
    time_size: int  # the size of every time line of the deck
    W: float
    _band: Callable[..., tuple | None]
    _measured: dict

    _deck_pages: Callable[[list[Slide]], list]  # Pages's: the deck slides of Document slides, at their sizes

    def _sizes(self, slide: Slide) -> tuple[int]:
        """The one size ``slide``'s body text is fitted at (as a tuple of sizes to try)."""
        return (self.deck_sizes[kind(slide)],)

    def _label_sizes(self) -> tuple[int, ...]:
        """The sizes a key figure's label is tried at: the deck's points size, else the floor (a label is
        measured to fit at the floor)."""
        return tuple(dict.fromkeys((self.deck_sizes[POINTS], int(MIN_BODY))))

    def _choose_time_size(self, pages: list) -> None:
        """Set ``time_size``: the largest size at which every time line of the deck's ``pages`` fits its box
        (the slide's, a figure's in a grid or a band, a short topic's block), so all show at one size."""
        self.time_size = min((time_size(at, width) for slide, _, part in pages for at, width in self._time_boxes(slide, part)),
                             default=TIME_SIZES[0])

    def _time_boxes(self, slide: Slide, part) -> list[tuple]:
        """(moment, box width) of each time line a deck slide of ``slide`` with ``part`` shows."""
        boxes = [(slide.at, self.W - 2 * MARGIN)] if slide.at else []
        if isinstance(part, FiguresPart):  # a grid (not figures set as points)
            boxes += [(f.at, grid(self.W, len(part.figures))[2]) for f in part.figures if f.at]
        if isinstance(part, BlocksPart):
            boxes += [(c.at, cells(len(part.blocks), self.W)[1]) for c, _ in part.blocks if c.at]
        band = self._band(slide.figures[0]) if slide_kind(slide.layout).band and slide.figures else None
        if band and slide.figures[0].at:
            boxes.append((slide.figures[0].at, self.W - 2 * MARGIN - band[1] - BAND_GAP))
        return boxes

    def _choose_scale(self, slides: list[Slide]) -> None:
        """Set ``deck_sizes`` for ``slides`` (the deck's): for each kind, the largest size of SCALES
        at which the deck needs no more slides than at the smallest (a topic's key figure joining its
        points, or not, counted too)."""
        self._measured, self.deck_sizes = {}, {POINTS: SCALES[0], OVERVIEW: SCALES[0]}  # a kind without slides: the largest
        largest = SCALES[0]
        for each in (POINTS, OVERVIEW):
            if not any(slide_kind(s.layout).scaled and kind(s) == each for s in slides):
                continue
            sizes = [size for size in SCALES if size <= largest]
            fewest = self._slides_at(slides, each, sizes[-1])
            largest = next(size for size in sizes if self._slides_at(slides, each, size) <= fewest)
            self.deck_sizes[each] = largest

    def _slides_at(self, slides: list[Slide], each: str, size: int) -> int:
        """How many deck slides ``slides`` need with the kind ``each`` at ``size``."""
        self.deck_sizes[each] = size
        return len(self._deck_pages(slides))
