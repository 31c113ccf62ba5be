"""Overflow policy of the deck, in one place: how one Document slide becomes deck slides (at the deck's
sizes, where lists, tables, columns and figures split, which titles each page gets, where a topic's
one key figure joins its points). A mixin of PptxWriter: it measures with the writer's slide width."""
from __future__ import annotations

from ...document import Document, Slide
from ..common import Para
from .fit import fits
from ..measure import LINE_HEIGHT, text_width, wrap
from ...words import fill
from ..common import unique_titles
from .geometry import (BAND_GAP, BAND_RULE, BAND_VALUE_SIZES, BODY_H, BODY_SIZES, FIGURE_BAND, INSET, KICKER_H,
                       KICKER_SIZE, KICKER_Y, MARGIN, SAFETY, TIME_H, TITLE_H, TITLE_SIZES, TITLE_Y)
from .parts import BlocksPart, ColumnsPart, DeckPage, ShownTitle, TextPart
from .scale import Scale
from .slides import slide_kind


class Pages(Scale):
    """Pagination: at the deck's sizes (``Scale``), continuation slides, balanced."""

    W: float  # the slide's width in layout points, set by the writer for each deck
    doc: Document  # the deck's Document (its words name continued slides), set by the writer
    _measured: dict  # (slide id, band, sizes) -> its parts, for the deck being written

    # -- pagination: one Document slide may need several deck slides ---------------------
    def _deck_pages(self, slides: list[Slide]) -> list[DeckPage]:
        """Every deck slide, in order: each Document slide's pages, a
        topic's one key figure joined to its points (a slide with one figure alone looks empty)."""
        out, i = [], 0
        while i < len(slides):
            joined = self._joined(slides[i], slides[i + 1] if i + 1 < len(slides) else None)
            out += joined or self._pages(slides[i])
            i += 2 if joined else 1
        return out

    def _joined(self, slide: Slide, follower: Slide | None) -> list[DeckPage] | None:
        """The pages of a points slide (bullets or two columns) followed by a slide of its topic
        with one figure, that figure in a band under the points of its last page; None unless the
        band fits and costs no extra slide."""
        if not (follower is not None and follower.layout == "big_number" and len(follower.figures) == 1
                and slide.topic and follower.topic == slide.topic and slide_kind(slide.layout).band
                and self._band(follower.figures[0]) is not None):
            return None
        parts, plain = self._split(slide, FIGURE_BAND), self._split(slide)
        if len(parts) > len(plain):  # else the band may still fit under the last of the pages without it
            if not self._fits_above_band(plain[-1]):
                return None
            parts = plain
        with_figure = slide.model_copy(update={"figures": follower.figures,
                                               "notes": " ".join(filter(None, (slide.notes, follower.notes)))})
        pages = self._pages(slide, parts)
        return pages[:-1] + [pages[-1]._replace(slide=with_figure)]

    def _fits_above_band(self, part: TextPart | ColumnsPart) -> bool:
        """Whether a page of points (or of two columns) leaves room for a figure's band."""
        if isinstance(part, ColumnsPart):
            return all(fits(paras, self._column_width(), BODY_H - 56 - 2 * INSET - FIGURE_BAND, part.size)
                       for _, paras in part.columns)
        return fits(part.paras, self._body_width(), BODY_H - 2 * INSET - FIGURE_BAND, part.size)

    def _body_width(self) -> float:
        """The width text wraps to across a content slide's body."""
        return (self.W - 2 * MARGIN - 2 * INSET) * SAFETY

    def _column_width(self) -> float:
        """The width text wraps to in one of two columns."""
        return ((self.W - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY

    def _pages(self, slide: Slide, parts: list | None = None) -> list[DeckPage]:
        """The deck slides this Document slide needs."""
        parts = self._split(slide) if parts is None else parts
        words = self.doc.words
        if isinstance(parts[0], BlocksPart) and len(parts) > 1:  # each slide of blocks is titled by its own topics
            return [DeckPage(slide, " · ".join(dict.fromkeys(c.title for c, _ in part.blocks)), part) for part in parts]
        return [DeckPage(slide, slide.title if i == 0 else f"{slide.title} {fill(words['cont_number'], number=i + 1)}"
                 if len(parts) > 2 else f"{slide.title} {words['cont']}", part) for i, part in enumerate(parts)]

    def _split(self, slide: Slide, band: float = 0.0) -> list:
        """The parts of each deck slide ``slide`` needs; points and columns leave ``band`` points free under
        them (measured once a size: choosing the deck's scale measures the same slides again)."""
        key = (id(slide), band, self._sizes(slide) if slide_kind(slide.layout).scaled else None)
        if key not in self._measured:
            self._measured[key] = self._measure(slide, band)
        return self._measured[key]

    def _measure(self, slide: Slide, band: float) -> list:
        """The parts of each deck slide ``slide`` needs, as its kind cuts it."""
        return slide_kind(slide.layout).measure(self, slide, band)

    # -- titles: each deck slide's title is its title placeholder, unique in the deck --------
    def _titles(self, pages: list[DeckPage]) -> list[ShownTitle]:
        """The title of each deck slide: titles made unique ("(2)"); a slide whose
        title is empty gets "Slide N" (drawn above the slide); a title too long for its box is
        shortened with … before its "(cont.)" or number, so the titles shown are unique too."""
        names = unique_titles([title if slide.title.strip() else fill(self.doc.words["slide_number"], number=number)
                               for number, (slide, title, _) in enumerate(pages, start=1)])
        shown, seen = [], set()
        for (slide, title, _), name in zip(pages, names):
            # the end that tells it from other titles: "(cont.)", "(2)" (a topics slide's parts have titles of their own)
            tail = name[len(slide.title if name.startswith(slide.title) else title):] if slide.title.strip() else ""
            size, text = self._fit_title(name, tail, slide.layout, slide.kicker)
            n = 1
            while text in seen:
                n += 1
                size, text = self._fit_title(f"{name} ({n})", f"{tail} ({n})", slide.layout, slide.kicker)
            seen.add(text)
            shown.append(ShownTitle(name, size, text))
        return shown

    def _title_box(self, layout: str, kicker: str = "") -> tuple:
        """Where the title of a slide of ``layout`` goes: x, y, width, height, and its sizes. A kicker
        takes the top of a content slide's title box (two lines of a title fit at 24 points under it)."""
        if slide_kind(layout).cover:
            return MARGIN, 150, self.W - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20)
        if kicker:
            return MARGIN, KICKER_Y + KICKER_H, self.W - 2 * MARGIN, TITLE_Y + TITLE_H - KICKER_Y - KICKER_H, TITLE_SIZES
        return MARGIN, TITLE_Y, self.W - 2 * MARGIN, TITLE_H, TITLE_SIZES

    def _kicker_box(self, layout: str) -> tuple:
        """Where a slide's kicker goes (x, y, width, height): above its title."""
        if slide_kind(layout).cover:
            return MARGIN, 150 - KICKER_H - 6, self.W - 2 * MARGIN, KICKER_H + 4
        return MARGIN, KICKER_Y, self.W - 2 * MARGIN, KICKER_H

    def _fit_kicker(self, text: str, layout: str) -> str:
        """A kicker on one line at its size: shortened with … where it is longer."""
        width = (self._kicker_box(layout)[2] - 2 * INSET) * SAFETY
        if len(wrap(text, width, KICKER_SIZE, True)) <= 1:
            return text
        head = wrap(text, width, KICKER_SIZE, True)[0]
        while len(head) > 1 and len(wrap(head.rstrip() + "…", width, KICKER_SIZE, True)) > 1:
            head = head[:-1]
        return head.rstrip() + "…"

    def _fit_title(self, text: str, tail: str, layout: str, kicker: str = "") -> tuple[int, str]:
        """The largest title size ``text`` fits its box at, and ``text``; if none, the smallest size
        and ``text`` shortened with … before ``tail`` (the end that tells it from other titles)."""
        _, _, w, h, sizes = self._title_box(layout, kicker)
        inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
        for size in sizes:
            if len(wrap(text, inner, size, True)) * size * LINE_HEIGHT <= room:
                return size, text
        size = sizes[-1]
        max_lines = max(1, int(room // (size * LINE_HEIGHT)))
        head = " ".join(wrap(text[:len(text) - len(tail)], inner, size, True)[:max_lines])
        head = head[:max(1, len(head) - 2)]
        while len(head) > 1 and len(wrap(head.rstrip() + "…" + tail, inner, size, True)) > max_lines:
            head = head[:-1]
        return size, head.rstrip() + "…" + tail

    def _band(self, fig) -> tuple | None:
        """The band a key figure takes under its topic's points: its value in bold on the left (one
        line, 28 to 48 points, at most two fifths of the width) and its label beside it at body size
        (with its time under it): (value size, value width, label height), or None if it does not fit."""
        inner = self.W - 2 * MARGIN - 2 * INSET
        size = next((sz for sz in BAND_VALUE_SIZES if text_width(fig.value, sz, True) <= 0.4 * inner * SAFETY), None)
        if size is None:
            return None
        value_w = text_width(fig.value, size, True) / SAFETY + 2 * INSET + 8
        label_h = FIGURE_BAND - BAND_RULE - (TIME_H if fig.at else 0)
        label_w = (self.W - 2 * MARGIN - value_w - BAND_GAP - 2 * INSET) * SAFETY
        fitted = fits([Para.rich(fig.label, -1)], label_w, label_h - 2 * INSET, BODY_SIZES[-1])
        return (size, value_w, label_h) if fitted else None
