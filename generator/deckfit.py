"""What the deck shows of each slide: each key figure once, at most so many words and lines.

A slide the deck must show shorter is split in two (deck_twin): the whole slide for the report only,
and a shorter one for the deck only, whose speaker notes carry what it leaves out. This module fits
the deck to its budget of words and lines; said_once keeps each figure and point said once.
"""
from __future__ import annotations

from .document import Bullet, Document, Slide
from . import clauses
from .long_points import split_long
from .deck_twin import lines, split, texts, words
from .clause_cuts import at_clauses
from .cut_rule import gives_reason
from .headline import count_words
from .link_lines import without_link_lines
from .long_lines import colon_lists, shorter_title
from .said_once import say_once
from .tabled_points import tabled
from .short_labels import short_labels
from .sparse_bands import sparse_bands
from .short_topics import ONE_ITEM_WORDS
from .subtitles import said_subtitle
from .titled_figures import titled_figures
from .title_echo import unechoed
from .title_figure import titled_bands
from .title_band import banded
from .unbacked_lists import fewer_lines

MOST_LINES = 8  # points and sub-points a deck slide shows at most (the rest of a list goes to the notes)
STATEMENT_WORDS = (30, 25, 20, 15)  # the words of a point cut to a statement, when the points do not fit whole
_REFERENCE = ("agenda", "sources", "title", "section")  # lists of reference are as long as they are


def fit_deck(document: Document, max_words: int, figures_once: bool, cut_points: bool = True,
             max_lines: int = MOST_LINES) -> Document:
    """``document`` with its deck slides cut to the budget: figures once (``figures_once``), at most
    ``max_words`` words and ``max_lines`` lines of points (the budget's; ``max_words`` 0: no limit; ``cut_points``
    false: a slide's points continue on "(cont.)" slides instead, see continued.py)."""
    slides, also = list(document.slides), document.words["also_in_report"]
    slides = without_link_lines(slides, also)
    if figures_once:
        # (a deck that keeps every point keeps those the bottom line says, in other words or as written)
        slides = say_once(slides, also, restated=cut_points, every_point=not cut_points, lang=document.words)
        slides = titled_figures(slides)  # (a title's number shown under it: titled_figures.py)
    slides = tabled(slides, document.words, also)  # (points that each state a measure: a table, tabled_points.py)
    slides = [part for slide in slides for part in shorter_title(slide, also)]  # (a long title: its main clause)
    slides = [part for slide in slides for part in said_subtitle(slide, also, document.words)]  # (said again, or narrated)
    slides = titled_bands(slides, also, document.words)  # (the band under a title shows the title's figure: title_figure.py)
    slides = unechoed(slides, also)  # (no line says its slide's title again: title_echo.py)
    if max_words:
        slides = [part for slide in slides for part in _shared_within(slide, max_words, also)]
    slides = [part for slide in slides for part in _in_clauses(slide, also)]
    if max_words and not cut_points:
        from .continued import continued
        slides = continued(slides, max_words, document.words)
    if max_words:  # (0: the deck shows every point, on continued slides where it must)
        slides = [part for slide in slides for part in _within_lines(slide, also, max_lines)]
        slides = [part for slide in slides for part in _within_words(slide, max_words, also, cut_points)]
    # (a change the title states is its figure, its points cut to leave the band's words: title_band.py)
    slides = banded(slides, document.words, max_words if cut_points else 0,
                    lambda s, most: _within_words(s, most, also))
    slides = [part for slide in slides for part in colon_lists(slide, MOST_LINES, also)]
    slides = sparse_bands(slides, also, max_words)  # (a sparse slide's band: the figure the bottom line states, sparse_bands.py)
    slides = [part for slide in slides for part in short_labels(slide, also, document.words)]  # (a key figure's label: short)
    return document.model_copy(update={"slides": slides})


def _in_clauses(slide: Slide, also: str) -> list[Slide]:
    """The slide, or a deck twin of it whose points of more than LONG_POINT words show as their
    clauses (see long_points.py; the report keeps them whole)."""
    if not slide.deck or slide.layout in _REFERENCE or slide.role == "chapters":
        return [slide]
    update = {"bullets": split_long(slide.bullets),
              "columns": [c.model_copy(update={"bullets": split_long(c.bullets)}) for c in slide.columns]}
    return split(slide, slide.model_copy(update=update), "", also)


def _shared_within(slide: Slide, most: int, also: str) -> list[Slide]:
    """A slide of short topics side by side, or its deck twin within ``most`` words: each column its
    share after the columns' titles (ONE_ITEM_WORDS at least), a column of one point as the statement
    that point opens with (clauses.whole_statement, in its share, else in 20, 25 or 30 words; whole
    where it has none), another as _fewer cuts it."""
    if not slide.deck or slide.layout != "topics" or sum(words(c.bullets) for c in slide.columns) <= most:
        return [slide]
    share = max((most - sum(count_words(c.title) for c in slide.columns)) // len(slide.columns), ONE_ITEM_WORDS)
    dropped: list[str] = []
    columns = []
    for c in slide.columns:
        one = c.bullets[0] if len(c.bullets) == 1 and not c.bullets[0].children else None
        if one is None:
            columns.append(c.model_copy(update={"bullets": _fewer(c.bullets, share, dropped)}))
            continue
        stated = next((text for n in (share, *STATEMENT_WORDS[::-1]) if n >= share
                       and (text := clauses.whole_statement(one.text, n))), one.text)
        dropped += [one.text] if stated != one.text else []
        columns.append(c.model_copy(update={"bullets": [one.model_copy(update={"text": stated})]}))
    return split(slide, slide.model_copy(update={"columns": columns}), "; ".join(dropped), also)


def _within_lines(slide: Slide, also: str, most: int = MOST_LINES) -> list[Slide]:
    """The slide, or a deck twin of it that shows at most ``most`` points and sub-points: fewer sub-points where a
    point has most, those that back its title kept first (unbacked_lists.fewer_lines), then the last points (the
    notes name them; the report keeps them all)."""
    if (not slide.deck or slide.layout != "bullets" or slide.role in ("chapters", "summary")
            or lines(slide.bullets) <= most):
        return [slide]
    shorter = fewer_lines(slide.bullets, most, slide.title)
    shorter = shorter[:max(1, _fitting(shorter, most))]  # then the last points
    shown = set(texts(shorter))
    dropped = [text for text in texts(slide.bullets) if text not in shown]
    return split(slide, slide.model_copy(update={"bullets": shorter}), "; ".join(dropped), also)


def _fitting(bullets: list[Bullet], most: int = MOST_LINES) -> int:
    """How many of ``bullets``, from the first, fit ``most`` lines."""
    total = 0
    for n, b in enumerate(bullets):
        total += lines([b])
        if total > most:
            return n
    return len(bullets)


def _within_words(slide: Slide, most: int, also: str, cut_points: bool = True) -> list[Slide]:
    """The slide, or a deck twin of it that shows at most ``most`` words of points (a deck that cuts no point:
    its continued slides' pages as continued.py shares them out, up to continued.looser words)."""
    if not slide.deck or slide.layout in _REFERENCE or slide.role == "chapters":
        return [slide]
    if not cut_points and slide.layout == "bullets" and not slide.role:
        from .continued import looser
        most = looser(most)
    if slide.layout == "two_column":
        dropped: list[str] = []
        columns = [c.model_copy(update={"bullets": _fewer(c.bullets, most // 2, dropped)}) for c in slide.columns]
        return split(slide, slide.model_copy(update={"columns": columns}), "; ".join(dropped), also)

    if words(slide.bullets) <= most:
        return [slide]
    if slide.role == "close":  # (the point the deck ends on: whole statements, the last ones go)
        shown = [b for n, b in enumerate(slide.bullets) if not n or words(slide.bullets[:n + 1]) <= most]
        left_out = "; ".join(b.text for b in slide.bullets if b not in shown)
        return split(slide, slide.model_copy(update={"bullets": shown}), left_out, also)
    dropped = []
    return split(slide, slide.model_copy(update={"bullets": _fewer(slide.bullets, most, dropped)}), "; ".join(dropped),
                  also)


def _fewer(bullets: list[Bullet], most: int, dropped: list[str]) -> list[Bullet]:
    """At most ``most`` words of ``bullets`` (what goes is added to ``dropped``): fewer sub-points
    under each point first (the last ones go, each point keeps one), then none, then the longest
    points cut at a clause, then the labelled lists dropped whole (the last first: never cut, see
    clauses.labelled_list), then each point cut to a statement (see headline) of 30, 25, 20, else 15
    words (never mid-phrase: _statement), then the last points (a point that gives the rule's reason,
    cut_rule.gives_reason, the rule's own, goes last); a single point longer than that is cut to a statement of ``most`` words.
    A cut keeps the point's number, and a point that announces a list is never cut to its label: it
    stays whole, or goes with the last points (see clauses.cut)."""
    kept = _shorter(bullets, most)
    shown = set(texts(kept))
    dropped += [text for text in texts(bullets) if text not in shown]
    return kept


def _shorter(bullets: list[Bullet], most: int) -> list[Bullet]:
    if words(bullets) <= most:
        return bullets
    low, high = 1, max((len(b.children) for b in bullets), default=0) - 1
    while low <= high:  # the most points under each that fit (their words grow with ``keep``)
        keep = (low + high) // 2
        if words(_capped(bullets, keep)) <= most:
            low = keep + 1
        else:
            high = keep - 1
    if high >= 1:
        return _capped(bullets, high)
    top = _capped(bullets, 0)
    cut = at_clauses(top, most)
    if words(cut) <= most:
        return cut
    if fewer := _without_lists(top, most):
        return fewer
    for longest in STATEMENT_WORDS:  # every point, as a statement as long as the slide allows (never cut mid-phrase)
        cut = [Bullet(text=_statement(b.text, longest), at=b.at, url=b.url) for b in top]
        if words(cut) <= most:
            return cut
    chosen: list[int] = []
    for i in sorted(range(len(cut)), key=lambda i: not gives_reason(top[i].text)):  # (the rule's reasons first)
        if words([cut[n] for n in chosen]) + count_words(cut[i].text) > most:
            break
        chosen.append(i)
    kept = [cut[i] for i in sorted(chosen)]
    return kept or [Bullet(text=clauses.cut(top[0].text, most) or top[0].text, at=top[0].at, url=top[0].url)]


def _statement(text: str, most: int) -> str:
    """``text`` cut to a statement of at most ``most`` words (clauses.cut), else whole: never mid-phrase with "…"
    ("…créent des chemins cachés invisibles à…"), where leaving the last points out keeps the others whole."""
    cut = clauses.cut(text, most)
    return cut if cut and not cut.endswith("…") else text


def _without_lists(points: list[Bullet], most: int) -> list[Bullet]:
    """``points`` less their labelled lists (clauses.labelled_list: never cut, shown whole or not at all),
    the last first, as few as make the rest fit ``most`` words whole; [] when none do. A list that gives
    the rule's reason (cut_rule.gives_reason) never goes for another point."""
    lists = [i for i, p in enumerate(points) if clauses.labelled_list(p.text) and not gives_reason(p.text)]
    for n in range(1, len(lists) + 1):
        gone = set(lists[-n:])
        kept = [p for i, p in enumerate(points) if i not in gone]
        if kept and words(kept) <= most:
            return kept
    return []


def _capped(bullets: list[Bullet], keep: int) -> list[Bullet]:
    """``bullets`` with at most ``keep`` points under each, one level deep (a point that loses all its
    points loses its colon; one that only opened a list of them, "Three risks justify it:", goes: it
    says nothing without its list)."""
    return [Bullet(text=b.text, at=b.at, url=b.url, children=[Bullet(text=c.text, at=c.at, url=c.url)
                                                             for c in b.children[:keep]]) for b in bullets
            if keep or not (b.children and b.text.rstrip().endswith(":"))]
