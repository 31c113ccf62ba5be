"""The title of a page that continues a topic's slide (continued.py): its own statement, else "(cont.)".

A continuation page is titled by its first point that is a statement fitting a title whole
(whole_titles.whole_title): a point of its own, not one item of a parallel list of the page's points ("JEP
517 : …" beside "JEP 522 : …"), nor a point with points under it, a moment or a link of its own (a title
would lose them), and no point of a slide whose points are mostly one list's items (a roll call's "…
Present"). That point leaves the page whole (nothing is cut: it is the title); a page left with
no point keeps it. "Même éditer partiellement du code AI-généré ne le rend pas acceptable à la
contribution" titles the page of the OpenJDK policy's risks, where "<title> (suite)" repeated a title
of 22 words, cut with "…" to fit. A page with no such point continues the slide's title ("<title>
(cont.)": words.continued_title), or its main clause where the whole title and its mark would not fit a
title (more than whole_titles.MOST_WORDS words: long_lines.split_title); a title with no main clause is repeated
whole, never replaced by the topic's heading (the kicker, which states nothing: review 12's "Retour
d'expérience… (suite)"). Where the title names what no point of the page holds (review 14: "Java 26 est une
version non-LTS avec 10 JEPs (suite 2)" over a page of no JEP), the page has no title ("": continued.py then
shows the topic on one slide). A point titles its page only where the page keeps deck_twin.LEAST_LINES lines
without it.
"""
from __future__ import annotations

from .deck_twin import LEAST_LINES, lines, texts
from .document import Bullet, Slide
from .headline import count_words
from .inline import plain
from .key_words import keys, stems
from .long_lines import split_title
from .parallel_lists import in_a_list
from .peer_pages import names, names_of
from .whole_titles import MOST_WORDS, whole_title
from .words import continued_title


def page_titles(slide: Slide, owned: list[tuple[str, list[Bullet]]], lang: dict) -> list[tuple[str, list[Bullet]]]:
    """The pages after ``slide``'s first (``owned``: each with its own title, or "" where it continues the
    slide's), each with its title: its own statement, else the slide's continued, else "" where that names
    what the page does not show (no title covers it: see the module doc)."""
    listed = _one_list([plain(t) for t in texts(slide.bullets)])
    stated = [_stated(page, lang, slide.title) if not title and not listed else (title, page) for title, page in owned]
    count = sum(1 for title, _ in stated if not title)
    head = _continued_head(slide)
    out, n = [], 0
    for title, page in stated:
        if not title:
            n += 1
            title = continued_title(head, n, count, lang) if _covers(head, page) else ""
        out.append((title, page))
    return out


def _covers(head: str, page: list[Bullet]) -> bool:
    """Whether ``head`` (what a continuation repeats of its slide's title) names only what a point of ``page``
    holds ("10 JEPs" over a page of no JEP does not): a title names what is on its page."""
    return not names(head) - set().union(*map(names_of, page))


def _one_list(lines: list[str]) -> bool:
    """Whether ``lines`` (a slide's points and those under them) are mostly one list's items: half of them,
    three or more, open or end on one word ("… Present" of a roll call, "JEP 500 : …"); none titles the others."""
    for edge in (0, -1):
        said = [t.split()[edge].strip(".,;:()").casefold() for t in lines if t.split()]
        if said and max(map(said.count, said)) >= max(3, len(lines) / 2):
            return True
    return False


def _stated(page: list[Bullet], lang: dict, title: str = "") -> tuple[str, list[Bullet]]:
    """``page`` titled by its first point that titles it (see the module doc), that point leaving it; else ("", page).
    A point the slide's ``title`` already names (its first three key words are the title's: "Embedded segment
    revenue decreased 8%…" under "Segment revenue rose for Data Center …, fell for Embedded") is one of the
    slide's own points: the page then goes on under the slide's title, "(cont.)", as no one of its points
    would title the others."""
    texts = [plain(b.text) for b in page]
    named = keys(title)[1]
    for i, point in enumerate(page):
        if lines(page) - 1 < LEAST_LINES or point.children or point.at or point.url or in_a_list(point.text, texts):
            continue
        first = stems(texts[i])[:3]
        if len(first) == 3 and set(first) <= named:
            return "", page  # (the page goes on with the slide's own points: it continues its title)
        said = " ".join(texts[i].split())
        if whole_title(said, lang).rstrip(".") == said.rstrip("."):  # (whole: "Approche recommandée : …" keeps its label)
            return said, page[:i] + page[i + 1:]
    return "", page


def _continued_head(slide: Slide) -> str:
    """What the continuations of ``slide`` repeat of its title: the title whole where it fits a title, else
    its main clause, else the title whole (its statement and number: never the topic's heading, the kicker,
    which states nothing; the deck fits it, titling.py)."""
    if count_words(slide.title) <= MOST_WORDS:
        return slide.title
    head, rest = split_title(slide.title, MOST_WORDS)
    return head if rest else slide.title
