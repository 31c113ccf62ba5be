"""What the deck shows of each slide: each key figure once, at most so many words and lines.

A slide the deck must show shorter is split in two: the whole slide for the report only, and a
shorter one for the deck only, whose speaker notes carry what it leaves out. So the report and the
handout keep every point, and the deck keeps one message a slide.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .document import Bullet, Document, Slide
from . import clauses
from .clauses import split_long
from .figure_labels import mentions
from .headline import count_words
from .quantities import parse_quantity
from .short_topics import ONE_ITEM_WORDS
from .words import fill

LEAST_WORDS = 15  # fewer words of points, and nothing else, is a near-empty slide
MOST_LINES = 8  # points and sub-points a deck slide shows at most (the rest of a list goes to the notes)
STATEMENT_WORDS = (30, 25, 20, 15)  # the words of a point cut to a statement, when the points do not fit whole
_REFERENCE = ("agenda", "sources", "title", "section")  # lists of reference are as long as they are
_STATING = ("summary", "close")  # roles of the slides whose points a topic's deck slide does not say again


def fit_deck(document: Document, max_words: int, figures_once: bool, cut_points: bool = True) -> Document:
    """``document`` with its deck slides cut to the budget: figures once (``figures_once``), at most
    ``max_words`` words and MOST_LINES lines of points (``max_words`` 0: no limit; ``cut_points`` false:
    a slide's points continue on "(cont.)" slides instead, see continued.py)."""
    slides, also = list(document.slides), document.words["also_in_report"]
    if figures_once:
        slides = _once(slides, also)
    if max_words:
        slides = [part for slide in slides for part in _shared_within(slide, max_words, also)]
    slides = [part for slide in slides for part in _in_clauses(slide, also)]
    if max_words and not cut_points:
        from .continued import continued  # (it reads this module's budget of lines)
        slides = continued(slides, max_words, document.words)
    if max_words:  # (0: the deck shows every point, on continued slides where it must)
        slides = [part for slide in slides for part in _within_lines(slide, also)]
        slides = [part for slide in slides for part in _within_words(slide, max_words, also)]
    return document.model_copy(update={"slides": slides})


def _summary_said(slides: list[Slide]) -> list[str]:
    """What the deck's summary (the bottom line) or its close states, each item as written or cut, case-folded (20
    characters at least: a shorter one would match too much)."""
    said = [" ".join(b.text.rstrip("…").split()).casefold() for s in slides if s.deck and s.role in _STATING
            for b in s.bullets]
    return [text for text in said if len(text) >= 20]


def _unsaid(slide: Slide, said: list[str], also: str) -> list[Slide]:
    """The slide, or, for a topic's slide of the deck, a deck twin of it without the points the deck's
    summary already states (``said``), as written or cut to its statement (the report keeps them),
    unless the slide would be left near-empty: the bottom line made from the topics' first points said
    them twice."""
    shared = slide.layout == "topics" and all(c.topic for c in slide.columns)
    if not (said and slide.deck and slide.role not in _STATING and (shared or (slide.topic and slide.layout == "bullets"))):
        return [slide]

    def unsaid(bullets: list[Bullet]) -> list[Bullet]:
        kept = [b for b in bullets if b.children or not any(" ".join(b.text.split()).casefold().startswith(text)
                                                              for text in said)]
        return kept or bullets  # (a topic of shared slide keeps a point)

    columns = [c.model_copy(update={"bullets": unsaid(c.bullets)}) for c in slide.columns] if shared else []
    bullets = [] if shared else unsaid(slide.bullets)
    before = [b for c in slide.columns for b in c.bullets] if shared else slide.bullets
    after = [b for c in columns for b in c.bullets] if shared else bullets
    if len(after) == len(before) or words(after) < LEAST_WORDS:
        return [slide]
    dropped = "; ".join(b.text for b in before if b not in after)
    return _split(slide, slide.model_copy(update={"columns": columns} if shared else {"bullets": bullets}), dropped, also)


def _split(slide: Slide, deck_version: Slide, left_out: str, also: str) -> list[Slide]:
    """The slide for the report only and its shorter twin for the deck only (notes saying what it leaves
    out, with ``also``: the words "Also in the report: {items}" in the document's language)."""
    if deck_version == slide:
        return [slide]
    notes = " ".join(filter(None, (deck_version.notes, fill(also, items=left_out) if left_out else "")))
    twin = deck_version.model_copy(update={"report": False, "notes": notes})
    return [slide.model_copy(update={"deck": False}), twin] if slide.report else [twin]


# -- figures once ------------------------------------------------------------------------
def _number(value: str) -> float | None:
    try:
        return parse_quantity(value)["value"]
    except (ValueError, TypeError, KeyError):
        return None


_AFTER_WHOLE = re.compile(r"[\w]|[.,]\d")  # what may not follow a value said as a whole


def _says_any(values: set[str]) -> Callable[[str], bool]:
    """A test of whether a text says one of ``values`` as a whole (as ``mentions`` tells for one),
    that looks only where a value could start: one pass over a text, however many values (a deck
    of 1,000 topics shows 2,000 figures, and each point was searched for each of them)."""
    by_first: dict[str, list[str]] = {}
    blank = [v for v in values if not v.strip()]
    for value in values:
        if value.strip():
            by_first.setdefault(value.strip()[0], []).append(value.strip())
    starts = re.compile(r"(?<![\w.,])[" + "".join(map(re.escape, by_first)) + "]") if by_first else None

    def says(text: str) -> bool:
        for start in starts.finditer(text) if starts else ():
            i = start.start()
            if any(text.startswith(v, i) and not _AFTER_WHOLE.match(text, i + len(v)) for v in by_first[text[i]]):
                return True
        return any(mentions(text, v) for v in blank)

    return says


def _once(slides: list[Slide], also: str) -> list[Slide]:
    """Each figure's value once in the deck: a figure a chart of its topic already plots, one shown
    before, or a topic's figure the deck's summary (the bottom line, the takeaways) already states,
    leaves the deck (its slide's title and the summary say it; the summary's own figures, "in
    numbers", stay); a point (of a topic's slides) that repeats a figure the deck shows, or a value its
    topic's chart shows, leaves it too (with the point that only introduced such points), unless a
    near-empty slide (fewer than LEAST_WORDS words) would be left beside its topic's own grid: then
    the points stay whole and the grid leaves the deck (the report keeps both). Each topic slide is
    walked once: its figures' points (_points_once), then what the bottom line says (_unsaid)."""
    plotted = {(s.topic, v) for s in slides if s.deck and s.chart and s.layout == "chart" for series in s.chart.series
               for v in series.values}
    summary = " ".join(_texts([b for s in slides if s.deck and s.role == "summary" and not s.figures for b in s.bullets]))
    seen: set[str] = set()
    out: list[Slide] = []
    for slide in slides:
        if not (slide.deck and slide.figures):
            out.append(slide)
            continue
        kept = [f for f in slide.figures if f.value.strip() not in seen and not (slide.topic and mentions(summary, f.value))
                and (slide.topic, _number(f.value)) not in plotted]
        seen.update(f.value.strip() for f in kept)
        if kept:
            out += _split(slide, slide.model_copy(update={"figures": kept}), "", also)
        elif slide.layout == "big_number":
            out.append(slide.model_copy(update={"deck": False}))
        else:  # a points slide that carried figures keeps its points
            out += _split(slide, slide.model_copy(update={"figures": []}), "", also)
    shown = {f.value.strip() for s in out if s.deck for f in s.figures}
    charted: dict[str, set[str]] = {}  # a topic's charts' values as they show them
    for s in out:
        if s.deck and s.chart and s.layout == "chart":
            charted.setdefault(s.topic, set()).update(label for series in s.chart.series for label in series.labels)
    gridded: dict[str, set[str]] = {}  # a topic's own grids' values
    for s in out:
        if s.deck and s.topic and s.layout == "big_number":
            gridded.setdefault(s.topic, set()).update(f.value.strip() for f in s.figures)
    result: list[Slide] = []
    ungridded: set[str] = set()
    # a bare "12" could be any number: only a value of three characters or more is the figure's
    says_shown = _says_any({v for v in shown if len(v) >= 3})
    says_charted: dict[str, Callable[[str], bool]] = {}  # by topic
    said = _summary_said(out)
    for slide in out:
        parts = _points_once(slide, says_shown, says_charted, (shown, charted, gridded), ungridded, also)
        result += [part for piece in parts for part in _unsaid(piece, said, also)]
    return [s.model_copy(update={"deck": False}) if s.deck and s.topic in ungridded and s.layout == "big_number" else s
            for s in result]


def _points_once(slide: Slide, says_shown: Callable[[str], bool], says_charted: dict[str, Callable[[str], bool]],
                 values: tuple[set[str], dict[str, set[str]], dict[str, set[str]]], ungridded: set[str],
                 also: str) -> list[Slide]:
    """The slide, or its deck twin without the points (of a topic's slide) that say a figure the deck
    shows (``values``: shown, charted and gridded by topic) or its topic's chart shows, unless a
    near-empty slide would be left beside its topic's own grid: then it stays whole, and its topic
    joins ``ungridded`` (the grid leaves the deck)."""
    shown, charted, gridded = values
    if not slide.deck or not slide.topic or slide.layout not in ("bullets", "two_column"):
        return [slide]
    dropped: list[str] = []
    if slide.topic not in says_charted:
        says_charted[slide.topic] = _says_any({v for v in charted.get(slide.topic, set()) if len(v) >= 3})
    says = (says_shown, says_charted[slide.topic])
    bullets = _without(slide.bullets, says, dropped)
    columns = [c.model_copy(update={"bullets": _without(c.bullets, says, dropped)}) for c in slide.columns]
    if dropped and slide.layout == "bullets" and bullets and words(bullets) < LEAST_WORDS and _own(
            dropped, shown | charted.get(slide.topic, set()), gridded.get(slide.topic, set())):
        ungridded.add(slide.topic)  # a near-empty slide would be left: the points stay whole, the topic's grid leaves
        return [slide]
    if dropped and (bullets or not slide.bullets) and all(c.bullets for c in columns):
        return _split(slide, slide.model_copy(update={"bullets": bullets, "columns": columns}), "; ".join(dropped), also)
    if dropped and slide.bullets and not bullets and not slide.columns:  # every point is a figure shown:
        return [slide.model_copy(update={"deck": False})]  # the figures' slide says it (the report keeps it)
    return [slide]


def _own(dropped: list[str], values: set[str], gridded: set[str]) -> bool:
    """Whether the values the ``dropped`` points say are all the topic's own grid's."""
    return {v for v in values if len(v) >= 3 and any(mentions(text, v) for text in dropped)} <= gridded


def _without(bullets: list[Bullet], says: tuple[Callable[[str], bool], ...], dropped: list[str]) -> list[Bullet]:
    """``bullets`` without the points (with no points under them) whose text one of ``says`` holds
    true of (says a value the deck shows)."""
    out = []
    for b in bullets:
        if not b.children and any(test(b.text) for test in says):
            dropped.append(b.text)
            continue
        children = _without(b.children, says, dropped) if b.children else []
        if b.children and not children:  # a point that only introduced those goes with them
            if b.text.rstrip().endswith(":"):
                dropped.append(b.text)
                continue
            out.append(Bullet(text=b.text, at=b.at, url=b.url))
        else:
            out.append(b.model_copy(update={"children": children}) if children != b.children else b)
    return out


# -- words -------------------------------------------------------------------------------
def words(bullets: list[Bullet]) -> int:
    """The words of ``bullets`` and every point under them."""
    return sum(count_words(b.text) + words(b.children) for b in bullets)


def _in_clauses(slide: Slide, also: str) -> list[Slide]:
    """The slide, or a deck twin of it whose points of more than LONG_POINT words show as their
    clauses (see clauses.py; the report keeps them whole)."""
    if not slide.deck or slide.layout in _REFERENCE or slide.role == "chapters":
        return [slide]
    update = {"bullets": split_long(slide.bullets),
              "columns": [c.model_copy(update={"bullets": split_long(c.bullets)}) for c in slide.columns]}
    return _split(slide, slide.model_copy(update=update), "", also)


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
    return _split(slide, slide.model_copy(update={"columns": columns}), "; ".join(dropped), also)


def _lines(bullets: list[Bullet]) -> int:
    return sum(1 + _lines(b.children) for b in bullets)


def _within_lines(slide: Slide, also: str) -> list[Slide]:
    """The slide, or a deck twin of it that shows at most MOST_LINES points and sub-points: fewer
    sub-points under each point (the last ones go, each point keeps one), then the last points (the
    notes name them; the report keeps them all)."""
    if (not slide.deck or slide.layout != "bullets" or slide.role in ("chapters", "summary")
            or _lines(slide.bullets) <= MOST_LINES):
        return [slide]
    widest = max((len(b.children) for b in slide.bullets), default=0)
    shorter = slide.bullets
    for keep in range(widest - 1, 0, -1):
        shorter = _capped(slide.bullets, keep)
        if _lines(shorter) <= MOST_LINES:
            break
    while len(shorter) > 1 and _lines(shorter) > MOST_LINES:  # then the last points
        shorter = shorter[:-1]
    shown = set(_texts(shorter))
    dropped = [text for text in _texts(slide.bullets) if text not in shown]
    return _split(slide, slide.model_copy(update={"bullets": shorter}), "; ".join(dropped), also)


def _within_words(slide: Slide, most: int, also: str) -> list[Slide]:
    """The slide, or a deck twin of it that shows at most ``most`` words of points."""
    if not slide.deck or slide.layout in _REFERENCE or slide.role == "chapters":
        return [slide]
    if slide.layout == "two_column":
        dropped: list[str] = []
        columns = [c.model_copy(update={"bullets": _fewer(c.bullets, most // 2, dropped)}) for c in slide.columns]
        return _split(slide, slide.model_copy(update={"columns": columns}), "; ".join(dropped), also)

    if words(slide.bullets) <= most:
        return [slide]
    dropped = []
    return _split(slide, slide.model_copy(update={"bullets": _fewer(slide.bullets, most, dropped)}), "; ".join(dropped),
                  also)


def _fewer(bullets: list[Bullet], most: int, dropped: list[str]) -> list[Bullet]:
    """At most ``most`` words of ``bullets`` (what goes is added to ``dropped``): fewer sub-points
    under each point first (the last ones go, each point keeps one), then none, then the longest
    points cut at a clause, then each point cut to a statement (see headline) of 30, 25, 20, else 15
    words, then the last points; a single point longer than that is cut to a statement of ``most`` words.
    A cut keeps the point's number (see clauses.cut)."""
    kept = _shorter(bullets, most)
    shown = set(_texts(kept))
    dropped += [text for text in _texts(bullets) if text not in shown]
    return kept


def _texts(bullets: list[Bullet]) -> list[str]:
    return [t for b in bullets for t in (b.text, *_texts(b.children))]


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
    cut = _at_clauses(top, most)
    if words(cut) <= most:
        return cut
    for longest in STATEMENT_WORDS:  # every point, as a statement as long as the slide allows
        cut = [Bullet(text=clauses.cut(b.text, longest), at=b.at, url=b.url) for b in top]
        if words(cut) <= most:
            return cut
    kept: list[Bullet] = []
    for b in cut:
        if words(kept) + count_words(b.text) > most:
            break
        kept.append(b)
    return kept or [Bullet(text=clauses.cut(top[0].text, most), at=top[0].at, url=top[0].url)]


def _at_clauses(points: list[Bullet], most: int) -> list[Bullet]:
    """``points`` with the longest cut at a clause (never mid-sentence), one at a time, until they
    fit ``most`` words or none can be cut so. A point of more than AT_ONCE words is first cut to
    ``most`` at once, and each point's next cut is made once: cut a clause at a time, a point of
    19,000 characters was read again per clause, and every point per clause of any (9 such: 26 s).
    (Shorter points are cut a clause at a time: a name's label goes first, "Committee on Armed
    Services: …", where a cut to ``most`` at once keeps it.)"""
    points = [_within(p, most) for p in points]
    total = words(points)
    cuts = [_next_cut(p.text) for p in points]
    while total > most:
        ready = [(count_words(p.text), i) for i, p in enumerate(points) if cuts[i] is not None]
        if not ready:
            break
        _, i = max(ready)
        text = cuts[i] or ""
        total += count_words(text) - count_words(points[i].text)
        points[i] = Bullet(text=text, at=points[i].at, url=points[i].url)
        cuts[i] = _next_cut(text)
    return points


AT_ONCE = 200  # words of a point cut to a slide's words at once (a paragraph no slide shows whole)


def _within(point: Bullet, most: int) -> Bullet:
    """``point`` cut at a clause to at most ``most`` words, if it has more than AT_ONCE and can be."""
    if count_words(point.text) <= max(most, AT_ONCE) or (text := clauses.cut(point.text, most)).endswith("…"):
        return point
    return Bullet(text=text, at=point.at, url=point.url)


def _next_cut(text: str) -> str | None:
    """``text`` less its last clause (see clauses.cut), None if it cannot be cut so."""
    cut = clauses.cut(text, count_words(text) - 1)
    return None if cut.endswith("…") or count_words(cut) >= count_words(text) else cut


def _capped(bullets: list[Bullet], keep: int) -> list[Bullet]:
    """``bullets`` with at most ``keep`` points under each, one level deep (a point that loses all its
    points loses its colon; one that only opened a list of them, "Three risks justify it:", goes: it
    says nothing without its list)."""
    return [Bullet(text=b.text, at=b.at, url=b.url, children=[Bullet(text=c.text, at=c.at, url=c.url)
                                                             for c in b.children[:keep]]) for b in bullets
            if keep or not (b.children and b.text.rstrip().endswith(":"))]
