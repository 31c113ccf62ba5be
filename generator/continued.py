"""A deck that cuts no point: a slide's points continue on one "(cont.)" slide, or the speaker notes name
them (the technical audience).

An audience whose budget sets ``cut_points: false`` promises every point as written: where a slide of
points holds more than its ``max_words`` words or deckfit.MOST_LINES lines, its points show whole on one
slide of up to ``looser`` words, else on two cut at a boundary of peers, else (a topic not worth a second
slide) on one slide of the points that matter most, up to peer_pages.MOST_KEPT, its speaker notes naming the others (no
line of the slide counts them: peer_pages.py, never a third page). A point goes whole with its
sub-points; one that does not fit a slide alone shares its sub-points out the same way, under it on its
first slide, as points after it. Nothing is cut or reworded: the report shows the slide whole, once. A
second page whose points are another measure than the title has a title of its own (measured_pages.py),
and any other its own first statement where it has one (continued_titles.py). A list of bare titles
(points each at a moment of its own, nothing under them, at most BARE_TITLE_WORDS words: chapter-like
items, no point of substance) is not continued: the deck shows the first that fit one slide, the speaker notes
naming the others (a deck may be built alone: it points to no report).
"""
from __future__ import annotations

from .deck_twin import lines, words
from .deckfit import MOST_LINES
from .document import Bullet, Slide
from .continued_titles import page_titles
from .measured_pages import titled_pages
from .headline import count_words
from .inline import plain
from .peer_pages import MOST_KEPT, left_off, peer_pages, ranked
from .words import continued_title

BARE_TITLE_WORDS = 12  # words of a chapter-like item at most (a list of them gets one deck slide: see the module doc)


def continued(slides: list[Slide], most: int, lang: dict) -> list[Slide]:
    """``slides`` whose deck slides of points each hold at most ``most`` words and MOST_LINES lines,
    the rest on slides that continue them (see the module doc); ``lang``: the document's words."""
    claims = [plain(b.text) for s in slides if s.deck and s.role == "summary" for b in s.bullets]
    return [part for slide in slides for part in ([slide] if slide.role else _parts(slide, most, lang, claims))]


def _fits(bullets: list[Bullet], most: int) -> bool:
    return words(bullets) <= most and lines(bullets) <= MOST_LINES


def _parts(slide: Slide, most: int, lang: dict, claims: list[str]) -> list[Slide]:
    """``slide`` (a deck slide of points: no close, chapter list or summary), or its report-only original
    and the deck slides that show its points: on one slide, on two cut at a boundary of peers, else on one of
    the points ranked first (peer_pages.py: those that back a bottom-line item, of ``claims``, first), the rest
    named in its speaker notes."""
    if not slide.deck or slide.layout != "bullets" or _fits(slide.bullets, most):
        return [slide]
    units = [unit for b in slide.bullets for unit in ([b] if _fits([b], most) else _shared(b, most))]
    report = [slide.model_copy(update={"deck": False})] if slide.report else []
    if all(_bare_title(unit) for unit in units):
        return [slide] if _fits(units, most) else report + [_one_page(slide, units, [[i] for i in range(len(units))], most, lang)]
    pages, left = peer_pages(slide.title, units, lambda page: _fits(page, looser(most)))
    if len(pages) == 1:
        return [slide]
    owned = (page_titles(slide, titled_pages(slide, pages, lambda page: _fits(page, looser(most)), lang), lang) if (
        slide.topic) else [(continued_title(slide.title, 1, 1, lang), pages[1])]) if pages else []
    if not pages or not all(title for title, _ in owned):  # (no second page, or none its title covers)
        return report + [_one_page(slide, units, ranked(units, lang, claims)[:MOST_KEPT], looser(most), lang)]
    shown = [slide.model_copy(update={"bullets": pages[0], "report": False})]
    for title, page in owned:
        kicker = "" if slide.kicker and title.startswith(slide.kicker) else slide.kicker  # (not said twice)
        shown.append(slide.model_copy(update={"bullets": page, "report": False, "title": title,
                                              "subtitle": "", "kicker": kicker, "notes": ""}))
    if left:
        shown[-1] = shown[-1].model_copy(update={"notes": left_off(left, lang)})
    return report + shown


def looser(most: int) -> int:
    """The words a deck slide of a topic's points may hold where its points would otherwise be cut from their
    peers (see the module doc); deckfit cuts no page of a deck that cuts no point within that."""
    return most + most // 4


def _bare_title(point: Bullet) -> bool:
    """Whether ``point`` is a chapter-like item: at a moment of its own, with nothing under it, as short as a
    title ("Temporal API will ship in 1 browser." at 31:29)."""
    return point.at is not None and not point.children and count_words(plain(point.text)) <= BARE_TITLE_WORDS


def _one_page(slide: Slide, items: list[Bullet], chosen: list[list[int]], most: int, lang: dict) -> Slide:
    """The deck's one slide of ``items``: the runs of their positions ``chosen`` (in the order they are chosen) that
    fit it, shown in their order, the speaker notes naming the others (no line of the slide counts them: review 18
    finding 3, "And 22 more" read as a presenter who did not finish)."""
    kept: list[int] = []
    for run in chosen:
        if kept and not _fits([items[i] for i in kept + run], most):
            break
        kept += run
    shown = set(kept)
    notes = " ".join(filter(None, (slide.notes, left_off([b for i, b in enumerate(items) if i not in shown], lang))))
    return slide.model_copy(update={"bullets": [items[i] for i in sorted(kept)],
                                    "report": False, "notes": notes})


def _shared(point: Bullet, most: int) -> list[Bullet]:
    """A point too long for a slide with its sub-points: the point with the sub-points that fit under
    it, then the others as points of their own."""
    head = point.model_copy(update={"children": []})
    kept: list[Bullet] = []
    rest = list(point.children)
    while rest and _fits([head.model_copy(update={"children": [*kept, rest[0]]})], most):
        kept.append(rest.pop(0))
    return [head.model_copy(update={"children": kept}), *rest]
