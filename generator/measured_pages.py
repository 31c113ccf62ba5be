"""The pages that continue a topic's slide (continued.py) when their points are another measure.

A continuation page whose points all hold a key word (figure_facts.key_words) that the slide's title
does not, and that the first page's points do not all hold, shows another measure than the title: three
"segment operating income" points after a slide titled by a segment's revenue. Such a page is not
"<title> (cont.)": it is titled by its own first point, where that is a statement that fits a title
whole (whole_titles.whole_title; the point then leaves the page), else by the longest run of words its points
all hold ("Segment operating income"). The points of that measure that end the page before it move
onto it where it has room and the page before keeps deck_twin.LEAST_LINES lines, so that one measure shows
in one place; a page after it that holds only that measure continues its title ("Segment operating income
(cont.)"). Points that are items of one parallel list ("JEP 504 : …", "JEP 516 : …") are no measure: none
titles the others, and the page continues the slide's title.
"""
from __future__ import annotations

from collections.abc import Callable

from .deck_twin import LEAST_LINES, lines
from .document import Bullet, Slide
from .figure_facts import key_words
from .inline import plain
from .parallel_lists import in_a_list
from .whole_titles import MOST_WORDS, whole_title
from .words import continued_title

_READ = 60  # words of a page's first point searched for what its points share (a title's run is shorter)


def titled_pages(slide: Slide, pages: list[list[Bullet]], fits: Callable[[list[Bullet]], bool],
                 lang: dict) -> list[tuple[str, list[Bullet]]]:
    """``pages`` (the first is the slide's own; the points of another measure that end a page move onto
    the next) after the first, each with its own title, or "" where it continues the slide's title (see
    the module doc); ``fits``: whether points fit one page."""
    first = _common(pages[0])
    for i in range(1, len(pages)):
        shared = _other(slide, first, pages[i])
        while (shared and lines(pages[i - 1][:-1]) >= LEAST_LINES and shared <= _keys(pages[i - 1][-1])
               and fits([pages[i - 1][-1], *pages[i]])):
            pages[i].insert(0, pages[i - 1].pop())
    out: list[tuple[str, list[Bullet]]] = []
    measure: set[str] = set()  # the other measure the page before shows, and its title
    titled = ""
    for page in pages[1:]:
        shared = _other(slide, first, page)
        title, kept = _own(page, shared, lang) if shared else ("", page)
        if title:
            out.append((title, kept))
            measure, titled = shared, title
        elif measure and all(measure <= _keys(b) for b in page):
            out.append((continued_title(titled, 1, 1, lang), page))
        else:
            out.append(("", page))
            measure = set()
    return out


def _other(slide: Slide, first: set[str], page: list[Bullet]) -> set[str]:
    """The key words the points of ``page`` (two or more) all hold, where they are another measure than
    the ``slide``'s title and its first page's points (``first``: the key words those all hold), else none."""
    shared = _common(page) - key_words(slide.title) if len(page) > 1 else set()
    texts = [plain(b.text) for b in page]
    listed = any(in_a_list(text, texts) for text in texts)
    return shared if shared and not shared <= first and not listed else set()


def _keys(point: Bullet) -> set[str]:
    return key_words(plain(point.text))


def _common(page: list[Bullet]) -> set[str]:
    return set.intersection(*map(_keys, page)) if page else set()


def _own(page: list[Bullet], shared: set[str], lang: dict) -> tuple[str, list[Bullet]]:
    """The title of a page of another measure (``shared``: the key words its points share) and the points
    it keeps: its first point, where that titles it whole, else the run of words they all hold."""
    texts = [" ".join(plain(b.text).split()) for b in page]
    if len(page) > 1 and (title := whole_title(texts[0], lang)):
        return title, page[1:]
    run = _run(texts, shared)
    return (run[:1].upper() + run[1:], page) if run else ("", page)


def _run(texts: list[str], shared: set[str]) -> str:
    """The longest run of words all ``texts`` hold (case aside) that holds one of the ``shared`` key
    words, without words at its ends that are no key words ("was"), as the first writes it; or ""."""
    first = texts[0].split()[:_READ]
    folded = [" " + " ".join(t.casefold().split()) + " " for t in texts[1:]]
    for size in range(min(len(first), MOST_WORDS), 0, -1):
        for start in range(len(first) - size + 1):
            run = first[start:start + size]
            if all(" " + " ".join(w.casefold() for w in run) + " " in f for f in folded):
                while run and not key_words(run[-1]):
                    run = run[:-1]
                while run and not key_words(run[0]):
                    run = run[1:]
                if key_words(" ".join(run)) & shared:
                    return " ".join(run)
    return ""
