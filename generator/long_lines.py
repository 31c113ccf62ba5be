"""A deck slide's long title and long points, shortened by moving their words, never by dropping them.

A title of more than TITLE_WORDS words (two lines at the deck's title size) keeps its main clause, the
statement that clauses.whole_statement finds at its head (never cut before a cause, a contrast or a
qualifier, nor inside a list), and the rest of it becomes the slide's first point, unless a point of the
slide says it already (said_same.near): "Major companies are building massive AI computing clusters; power
and cooling are becoming a major challenge" is titled by its first clause. A title without such a clause
stays whole, and the deck sets it at its one title size (writers/pptx/titling.py).

A point of more than COLON_WORDS words that announces a list at its colon ("Trois risques justifient cette
politique : A, B et C") shows as its lead and the list's items under it (clause_bounds.list_items, LIST_LEAST
items or more, in one sentence: "קובי בוזו: בוקר טוב. …", a speaker's turn, is no list), as long_points.split_long
shows one of more than LONG_POINT words; once the slide is within
its budget of words and lines, so that no item of the list is left out for it.

Both are the deck's: the report and the handout keep the slide's sentences whole (deck_twin.split).
"""
from __future__ import annotations

from .clause_bounds import list_items
from .clauses import LIST_LEAST, whole_statement
from .deck_twin import lines, split, texts
from .contrast_titles import pairs
from .document import Bullet, Slide
from .headline import count_words, labelled
from .long_points import one_sentence
from .said_same import near
from .whole_titles import MOST_WORDS as TITLE_WORDS  # words of a title at most: two lines at the deck's title size
from .title_voice import quotes_whole

COLON_WORDS = 30  # words of a point shown whole at most, where it announces a list at its colon


def shorter_title(slide: Slide, also: str) -> list[Slide]:
    """The slide, or the report's slide and the deck's twin of it whose title longer than TITLE_WORDS is its
    main clause: the rest is said by a point of the slide, else it becomes the first point of a slide of
    points; a title whose rest would have no place stays whole (see the module doc)."""
    if not slide.deck or slide.role in ("chapters", "summary"):
        return [slide]
    title, rest = split_title(slide.title)
    if not rest:
        return [slide]
    said = texts([*slide.bullets, *(b for c in slide.columns for b in c.bullets)])
    if any(near(rest, text) for text in said):
        return split(slide, slide.model_copy(update={"title": title}), "", also)
    if slide.layout != "bullets":
        return [slide]
    return split(slide, slide.model_copy(update={"title": title, "bullets": [Bullet(text=rest), *slide.bullets]}), "", also)


def colon_lists(slide: Slide, most_lines: int, also: str) -> list[Slide]:
    """The slide, or the report's slide and the deck's twin of it whose points longer than COLON_WORDS that
    announce a list show as their lead and its items, as far as the slide keeps within ``most_lines``
    points and sub-points."""
    if not slide.deck or slide.layout != "bullets" or slide.role in ("chapters", "summary"):
        return [slide]
    bullets = list(slide.bullets)
    for n, point in enumerate(slide.bullets):
        bullets[n] = _at_colon(point)
        if lines(bullets) > most_lines:
            bullets[n] = point
    return split(slide, slide.model_copy(update={"bullets": bullets}), "", also)


def split_title(title: str, most: int = TITLE_WORDS) -> tuple[str, str]:
    """``title`` as its main clause and the rest, when it is longer than ``most`` words and has a main
    clause it opens with (clauses.whole_statement; with a full stop where ``title`` ends with one);
    else (``title``, "")."""
    if count_words(title) <= most or quotes_whole(title, most):
        return title, ""  # (a quotation whole keeps its speaker: title_voice.py)
    head = whole_statement(title, most)
    if not head or head == title or not title[1:].startswith(head[1:]):
        return title, ""
    rest = title[len(head):].lstrip(" ,;:–—-")
    if pairs(rest):
        return title, ""  # (two figures the notes pair as a contrast: both, contrast_titles.py)
    stop = "." if title.endswith(".") and not head.endswith((".", "!", "?")) else ""  # (a sentence still ends so)
    return (head + stop, rest[:1].upper() + rest[1:]) if rest else (title, "")


def _at_colon(point: Bullet) -> Bullet:
    """``point`` as its lead and the items under it, where it is a long announcement of a list (see the module doc)."""
    if point.children or count_words(point.text) <= COLON_WORDS:
        return point
    label, body = labelled(point.text)
    items = list_items(body) if label and one_sentence(body) else []  # (a speaker's turn of sentences is no list)
    if len(items) < LIST_LEAST:
        return point
    lead = point.text[:len(point.text) - len(body)].rstrip()
    return point.model_copy(update={"text": lead, "children": [Bullet(text=item) for item in items]})
