"""A deck that cuts no point: a slide's points continue on "(cont.)" slides (the technical audience).

An audience whose budget sets ``cut_points: false`` promises every point as written: where a slide of
points holds more than its ``max_words`` words or deckfit.MOST_LINES lines, its points are shared out,
in order, over the slide and slides after it titled "<title> (cont.)" ("(cont. 1)", "(cont. 2)" where there
are more: words.continued_title), each within the budget. A point goes whole with its sub-points;
one that does not fit a slide alone shares its sub-points out the same way, under it on its first
slide, as points after it. Nothing is cut or reworded: the report shows the slide whole, once. A
page whose points are another measure than the title has a title of its own (measured_pages.py).
"""
from __future__ import annotations

from .deck_twin import lines, words
from .deckfit import MOST_LINES
from .document import Bullet, Slide
from .measured_pages import titled_pages
from .words import continued_title


def continued(slides: list[Slide], most: int, lang: dict) -> list[Slide]:
    """``slides`` whose deck slides of points each hold at most ``most`` words and MOST_LINES lines,
    the rest on slides that continue them (see the module doc); ``lang``: the document's words."""
    return [part for slide in slides for part in ([slide] if slide.role else _parts(slide, most, lang))]


def _fits(bullets: list[Bullet], most: int) -> bool:
    return words(bullets) <= most and lines(bullets) <= MOST_LINES


def _parts(slide: Slide, most: int, lang: dict) -> list[Slide]:
    """``slide`` (a deck slide of points: no close, chapter list or summary), or its report-only original
    and the deck slides that show its points within the budget."""
    if not slide.deck or slide.layout != "bullets" or _fits(slide.bullets, most):
        return [slide]
    units = [unit for b in slide.bullets for unit in ([b] if _fits([b], most) else _shared(b, most))]
    pages = _paged(units, most, 0)
    balanced = _paged(units, most, -(-words(units) // len(pages)))  # (even pages: no near-empty last one)
    pages = balanced if len(balanced) == len(pages) else pages
    if len(pages) == 1:
        return [slide]
    owned = titled_pages(slide, pages, lambda page: _fits(page, most), lang) if slide.topic else [
        ("", page) for page in pages[1:]]
    shown = [slide.model_copy(update={"bullets": pages[0], "report": False})]
    count = sum(1 for title, _ in owned if not title)
    n = 0
    for title, page in owned:
        if not title:
            n += 1
            title = continued_title(slide.title, n, count, lang)
        shown.append(slide.model_copy(update={"bullets": page, "report": False, "title": title,
                                              "subtitle": "", "kicker": slide.kicker, "notes": ""}))
    return ([slide.model_copy(update={"deck": False})] if slide.report else []) + shown


def _paged(units: list[Bullet], most: int, share: int) -> list[list[Bullet]]:
    """``units`` in order on pages within the budget, a page closed once it holds ``share`` words (0: full)."""
    pages: list[list[Bullet]] = [[]]
    for unit in units:
        if pages[-1] and (not _fits([*pages[-1], unit], most) or (share and words(pages[-1]) >= share)):
            pages.append([])
        pages[-1].append(unit)
    return pages


def _shared(point: Bullet, most: int) -> list[Bullet]:
    """A point too long for a slide with its sub-points: the point with the sub-points that fit under
    it, then the others as points of their own."""
    head = point.model_copy(update={"children": []})
    kept: list[Bullet] = []
    rest = list(point.children)
    while rest and _fits([head.model_copy(update={"children": [*kept, rest[0]]})], most):
        kept.append(rest.pop(0))
    return [head.model_copy(update={"children": kept}), *rest]
