"""Each deck slide's title: unique in the deck, on at most the lines its box holds, and at one size on
every content slide.

The content slides' titles take one size, the deck's: the largest of TITLE_SIZES at which every one of
them fits its box (two lines under a kicker at 24 points), never below TITLE_FLOOR. A title that does not
fit even there is the one set smaller (down to the last of TITLE_SIZES, then shortened with …), unless
it continues a slide ("… (cont.)", "(2)"): whole on the slide before, it is shortened with … before its
"(cont.)" at the deck's size. The cover and the dividers are fitted each on its own, in their larger box.
So titles do not jump in size from slide to slide: a long title is shortened in the Document
(long_lines.py), not set small. One rule of punctuation for every title of a deck: none ends on a full
stop (a question or an exclamation keeps its mark, an abbreviation its dots: "… in the U.S.").
"""
from __future__ import annotations

import re

from ...headline import STOP as _STOP
from ...words import fill
from ..common import unique_titles
from ..measure import LINE_HEIGHT, wrap
from .geometry import INSET, KICKER_H, KICKER_SIZE, KICKER_Y, MARGIN, SAFETY, TITLE_H, TITLE_SIZES, TITLE_Y
from .parts import DeckPage, ShownTitle
from .slides import slide_kind

TITLE_FLOOR = 24  # points: the deck's title size is not chosen smaller (a longer title is set smaller alone)
_MARK = re.compile(r" \([^()]+\)\Z")  # what follows a continued slide's title: " (cont.)", " (2)"
COVER_SIZES = (44, 40, 36, 32, 28, 24, 20)


def titles(pages: list[DeckPage], width: float, words: dict) -> list[ShownTitle]:
    """The title of each deck slide (``width`` points wide): titles made unique ("(2)"); a slide whose
    title is empty gets "Slide N" (drawn above the slide); content slides' titles at the deck's size
    (deck_title_size); a title too long for its box is shortened with … before its "(cont.)" or number,
    so the titles shown are unique too."""
    names = unique_titles([_unstopped(title) if slide.title.strip() else fill(words["slide_number"], number=number)
                           for number, (slide, title, _) in enumerate(pages, start=1)])
    largest = deck_title_size([(name, slide.layout, slide.kicker) for (slide, _, _), name in zip(pages, names)
                               if slide.title.strip() and not slide_kind(slide.layout).cover], width)
    shown, seen = [], set()
    earlier: set[str] = set()  # the titles of the slides before
    for (slide, title, _), name in zip(pages, names):
        # the end that tells it from other titles: "(cont.)", "(2)" (a topics slide's parts have titles of their
        # own), also that of a slide continued in the Document (its title, whole on a slide before, and "(cont.)")
        said = _unstopped(slide.title)
        tail = name[len(said if name.startswith(said) else _unstopped(title)):] if slide.title.strip() else ""
        mark = _MARK.search(name)  # (the one end " (…)" a title of a slide before can be followed by)
        tail = max([tail, *([mark.group()] if mark and name[:mark.start()] in earlier else [])], key=len)
        earlier.add(said)
        sizes = _sizes(slide.layout, slide.kicker, largest, bool(tail))
        size, text = _fit_title(name, tail, slide.layout, width, slide.kicker, sizes)
        n = 1
        while text in seen:
            n += 1
            size, text = _fit_title(f"{name} ({n})", f"{tail} ({n})", slide.layout, width, slide.kicker, sizes)
        seen.add(text)
        shown.append(ShownTitle(name, size, text))
    return shown


def notes_title(shown: ShownTitle, said: str, words: dict) -> str:
    """The title a deck slide's speaker notes say whole: ``shown``'s where its box shows it shortened, unless
    the notes of the slide before said it (``said``) and this slide continues that one (its title that
    one's, or the first words of it, and a continuation's mark: "(cont. 2)", "(2)"). A long title was said
    again on every page of a topic the deck continues, hundreds of words of notes repeated; "" where none."""
    if shown.text == shown.name:
        return ""
    mark = _continued(words).search(shown.name)
    return "" if said and mark and said.startswith(shown.name[:mark.start()].rstrip()) else shown.name


def _continued(words: dict) -> re.Pattern:
    """What ends a continued slide's title in ``words``' language: "(cont.)", "(cont. 2)", or a number made unique "(2)"."""
    number = re.escape(fill(words["cont_number"], number=0)).replace("0", r"\d+")
    return re.compile(rf"\s*(?:{re.escape(words['cont'])}|{number}|\(\d+\))\Z")


def _unstopped(title: str) -> str:
    """``title`` without its final full stop, nor one before the mark of a continued slide ("… JEPs. (suite 1)")."""
    mark = _MARK.search(title)
    return _STOP.sub("", title[:mark.start()]) + mark.group() if mark else _STOP.sub("", title)


def deck_title_size(shown: list[tuple[str, str, str]], width: float) -> int:
    """The one size of the content slides' titles ``shown`` (text, layout, kicker) on slides ``width``
    points wide: the largest of TITLE_SIZES, from TITLE_FLOOR up, at which each fits its box."""
    sizes = [size for size in TITLE_SIZES if size >= TITLE_FLOOR]
    return next((size for size in sizes if all(_fits(text, layout, width, kicker, size) for text, layout, kicker in shown)),
                sizes[-1])


def _sizes(layout: str, kicker: str, largest: int, continues: bool) -> tuple[int, ...]:
    """The sizes a title is tried at: a cover's its own; a content slide's the deck's (``largest``), then,
    unless it ``continues`` a slide, the smaller ones."""
    sizes = title_box(layout, 0, kicker)[4]
    if slide_kind(layout).cover:
        return sizes
    return (largest,) if continues else tuple(size for size in sizes if size <= largest)


def title_box(layout: str, width: float, kicker: str = "") -> tuple:
    """Where the title of a slide of ``layout`` (``width`` points wide) goes: x, y, width, height, and its
    sizes. A kicker takes the top of a content slide's title box (two lines of a title fit at 24 points under it)."""
    if slide_kind(layout).cover:
        return MARGIN, 150, width - 2 * MARGIN, 140, COVER_SIZES
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


def _fits(text: str, layout: str, width: float, kicker: str, size: int) -> bool:
    """Whether ``text`` fits the title box of its slide at ``size``."""
    _, _, w, h, _ = title_box(layout, width, kicker)
    inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
    # (read as far as the lines the box holds at that size, and one more)
    return len(wrap(text, inner, size, True, most=int(room // (size * LINE_HEIGHT)) + 1)) * size * LINE_HEIGHT <= room


def _fit_title(text: str, tail: str, layout: str, width: float, kicker: str, sizes: tuple[int, ...]) -> tuple[int, str]:
    """The largest of ``sizes`` ``text`` fits its box at, and ``text``; if none, the smallest size and
    ``text`` shortened with … before ``tail`` (the end that tells it from other titles)."""
    _, _, w, h, _ = title_box(layout, width, kicker)
    inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
    for size in sizes:
        if _fits(text, layout, width, kicker, size):
            return size, text
    size = sizes[-1]
    max_lines = max(1, int(room // (size * LINE_HEIGHT)))
    head = " ".join(wrap(text[:len(text) - len(tail)], inner, size, True, most=max_lines)[:max_lines])
    head = head[:max(1, len(head) - 2)]
    while len(head) > 1 and len(wrap(head.rstrip() + "…" + tail, inner, size, True)) > max_lines:
        head = head[:-1]
    if " " in head.strip():  # (at the end of a whole word: "deep-l…" says less than "…")
        head = head.rstrip().rsplit(" ", 1)[0].rstrip(" ,;:")
    return size, head.rstrip() + "…" + tail
