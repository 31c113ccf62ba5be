"""A deck that cuts no point: a slide's points continue on "(cont.)" slides (the technical audience).

An audience whose budget sets ``cut_points: false`` promises every point as written: where a slide of
points holds more than its ``max_words`` words or deckfit.MOST_LINES lines, its points are shared out,
in order, over the slide and slides after it titled "<title> (cont.)" ("(cont. 1)", "(cont. 2)" where there
are more: words.continued_title), each within the budget. A point goes whole with its sub-points;
one that does not fit a slide alone shares its sub-points out the same way, under it on its first
slide, as points after it. Nothing is cut or reworded: the report shows the slide whole, once. A
page whose points are another measure than the title has a title of its own (measured_pages.py), and
any other its own first statement where it has one (continued_titles.py). A list of bare titles (points
each at a moment of its own, nothing under them, at most BARE_TITLE_WORDS words: chapter-like items, no
point of substance) is not continued: the deck shows the first that fit one slide and a last line saying
how many more the speaker notes name (a deck may be built alone: it points to no report).

No page holds fewer than MIN_LINES lines where its points can be shared otherwise (review 12: a "(suite 2)"
page of one point after two of three): a short page takes the last points of the page before while that
page keeps MIN_LINES and both fit (a short first page takes the first points of the next, within a quarter
more words than the budget); a page still short joins its neighbour where the two fit one slide of
up to a quarter more words than the budget (never more than MOST_LINES lines).
"""
from __future__ import annotations

from .deck_twin import LEAST_LINES as MIN_LINES, lines, words
from .deckfit import MOST_LINES
from .document import Bullet, Slide
from .continued_titles import page_titles
from .measured_pages import titled_pages
from .headline import count_words
from .inline import plain
from .words import continued_title, fill

BARE_TITLE_WORDS = 12  # words of a chapter-like item at most (a list of them gets one deck slide: see the module doc)


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
    pages = _no_short(balanced if len(balanced) == len(pages) else pages, most)
    if len(pages) == 1:
        return [slide]
    if all(_bare_title(unit) for unit in units):
        return ([slide.model_copy(update={"deck": False})] if slide.report else []) + [_one_page(slide, units, most, lang)]
    owned = page_titles(slide, titled_pages(slide, pages, lambda page: _fits(page, most), lang), lang) if slide.topic else [
        (continued_title(slide.title, n, len(pages) - 1, lang), page) for n, page in enumerate(pages[1:], start=1)]
    shown = [slide.model_copy(update={"bullets": pages[0], "report": False})]
    for title, page in owned:
        kicker = "" if slide.kicker and title.startswith(slide.kicker) else slide.kicker  # (not said twice)
        shown.append(slide.model_copy(update={"bullets": page, "report": False, "title": title,
                                              "subtitle": "", "kicker": kicker, "notes": ""}))
    return ([slide.model_copy(update={"deck": False})] if slide.report else []) + shown


def _no_short(pages: list[list[Bullet]], most: int) -> list[list[Bullet]]:
    """``pages`` with none under MIN_LINES lines where the points allow (see the module doc): each short page,
    last first, takes the last points of the page before (which may take from its own in turn) while both fit,
    and a short first page the first points of the second; then, of these pages and ``pages`` those with fewer
    short pages, each short page joins the neighbour with which it makes the fewer words, where the two fit
    ``looser(most)``."""
    shared = [list(page) for page in pages]
    for i in range(len(shared) - 1, 0, -1):
        before, page = shared[i - 1], shared[i]
        floor = MIN_LINES if i == 1 else 1  # (a page before may run short: it takes from its own page before next)
        while (lines(page) < MIN_LINES and len(before) > 1 and lines(before[:-1]) >= floor
               and _fits([before[-1], *page], most)):
            page.insert(0, before.pop())
    first, after = shared[0], shared[1] if len(shared) > 1 else []
    while (lines(first) < MIN_LINES and len(after) > 1 and lines(after[1:]) >= MIN_LINES
           and _fits([*first, after[0]], looser(most))):  # (the first page short: it takes the points after it)
        first.append(after.pop(0))
    short = [sum(lines(page) < MIN_LINES for page in out) for out in (shared, pages)]
    if not short[0]:
        return shared
    pages, i = [list(page) for page in (shared if short[0] < short[1] else pages)], 0  # (the fewer short pages)
    while len(pages) > 1 and i < len(pages):
        pairs = [j for j in (i - 1, i) if 0 <= j < len(pages) - 1 and _fits(pages[j] + pages[j + 1], looser(most))]
        if lines(pages[i]) >= MIN_LINES or not pairs:
            i += 1
            continue
        j = min(pairs, key=lambda j: words(pages[j] + pages[j + 1]))
        pages[j:j + 2] = [pages[j] + pages[j + 1]]
        i = j
    return pages


def looser(most: int) -> int:
    """The words a continued slide's page may hold where it joins a page too short to stand (see the module doc);
    deckfit cuts no page of a deck that cuts no point within that."""
    return most + most // 4


def _bare_title(point: Bullet) -> bool:
    """Whether ``point`` is a chapter-like item: at a moment of its own, with nothing under it, as short as a
    title ("Temporal API will ship in 1 browser." at 31:29)."""
    return point.at is not None and not point.children and count_words(plain(point.text)) <= BARE_TITLE_WORDS


def _one_page(slide: Slide, items: list[Bullet], most: int, lang: dict) -> Slide:
    """The deck's one slide of a list of bare titles: the first ``items`` that fit it with a last line saying how
    many more the speaker notes name ("And 22 more, named in the speaker notes": a deck built alone points to no
    report)."""
    kept: list[Bullet] = []
    for item in items:
        more = fill(lang["also_more_notes"], count=len(items) - len(kept) - 1).strip()
        if kept and not _fits([*kept, item, Bullet(text=more)], most):
            break
        kept.append(item)
    more = fill(lang["also_more_notes"], count=len(items) - len(kept)).strip()
    left = "; ".join(plain(item.text) for item in items[len(kept):])
    notes = " ".join(filter(None, (slide.notes, fill(lang["left_off_slide"], items=left))))
    return slide.model_copy(update={"bullets": [*kept, Bullet(text=more[:1].upper() + more[1:])], "report": False,
                                    "notes": notes})


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
