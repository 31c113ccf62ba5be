"""What the deck says once: each key figure; no point that a figure or the bottom line says already.

A figure a chart of its topic plots, one shown before, or one the deck's summary states leaves the
deck; so does a point that says a figure the deck shows, or a statement of the summary or the close
(see say_once). Each slide that loses some is split (deck_twin.split): the report keeps them all.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .deck_twin import LEAST_WORDS, split, texts, words
from .document import Bullet, Slide
from .figure_labels import mentions
from .headline import labelled
from .quantities import parse_quantity
from .summary import keys

_STATING = ("summary", "close")  # roles of the slides whose points a topic's deck slide does not say again


def _summary_said(slides: list[Slide]) -> list[str]:
    """What the deck's summary (the bottom line) or its close states, each item as written or cut, case-folded (20
    characters at least: a shorter one would match too much)."""
    said = [" ".join(b.text.rstrip("…").split()).casefold() for s in slides if s.deck and s.role in _STATING
            for b in s.bullets]
    return [text for text in said if len(text) >= 20]


def _unsaid(slide: Slide, said: list[str], also: str, restated: bool) -> list[Slide]:
    """The slide, or, for a topic's slide of the deck, a deck twin of it without the points the deck's
    summary already states (``said``), as written or cut to its statement, or, where ``restated``, in
    other words around its number (see _stated; the report keeps them),
    unless the slide would be left near-empty: the bottom line made from the topics' first points said
    them twice."""
    shared = slide.layout == "topics" and all(c.topic for c in slide.columns)
    if not (said and slide.deck and slide.role not in _STATING and (shared or (slide.topic and slide.layout == "bullets"))):
        return [slide]

    def unsaid(bullets: list[Bullet]) -> list[Bullet]:
        kept = [b for b in bullets if b.children or not _stated(b.text, said, restated)]
        return kept or bullets  # (a topic of shared slide keeps a point)

    columns = [c.model_copy(update={"bullets": unsaid(c.bullets)}) for c in slide.columns] if shared else []
    bullets = [] if shared else unsaid(slide.bullets)
    before = [b for c in slide.columns for b in c.bullets] if shared else slide.bullets
    after = [b for c in columns for b in c.bullets] if shared else bullets
    if len(after) == len(before) or words(after) < LEAST_WORDS:
        return [slide]
    dropped = "; ".join(b.text for b in before if b not in after)
    return split(slide, slide.model_copy(update={"columns": columns} if shared else {"bullets": bullets}), dropped, also)


def _stated(point: str, said: list[str], restated: bool) -> bool:
    """Whether a statement of the summary (``said``, case-folded) says ``point``: the point opens with it,
    with or without a ``Label: `` (the summary drops one that only heads its statement: "Obstacles
    techniques : incompatibilité Log4j…"), or, where ``restated``, says no number the statement does
    not and shares a number (not a year) and two key words with it ("Achieving 1000 episodes represents seven years…"
    under "1000 episodes and a billion views mark seven years…")."""
    text = " ".join(point.split()).casefold()
    body = labelled(text)[1]
    if any(text.startswith(item) or body.startswith(item) for item in said):
        return True
    numbers, stems = keys(point) if restated else (set(), set())
    return bool(numbers) and any(numbers <= keys(item)[0] and len(stems & keys(item)[1]) >= 2 for item in said)


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


def say_once(slides: list[Slide], also: str, restated: bool = False) -> list[Slide]:
    """Each figure's value once in the deck: a figure a chart of its topic already plots, one shown before, or
    a topic's figure the deck's summary (the bottom line, the takeaways) or the title of a points slide
    of its topic already states, leaves the deck (its slide's title and the summary say it; the
    summary's own figures, "in numbers", stay); a point (of a topic's slides) that repeats a figure the
    deck shows, or a value its topic's chart shows, leaves it too (with the point that only introduced
    such points), unless a near-empty slide (fewer than LEAST_WORDS words) would be left beside its
    topic's own grid: then the points stay whole and the grid leaves the deck (the report keeps both).
    Each topic slide is walked once: its figures' points (_points_once), then what the bottom line says
    (_unsaid: ``restated``, also a point it says in other words around its number)."""
    plotted = {(s.topic, v) for s in slides if s.deck and s.chart and s.layout == "chart" for series in s.chart.series
               for v in series.values}
    summary = " ".join(texts([b for s in slides if s.deck and s.role == "summary" and not s.figures for b in s.bullets]))
    titled: dict[str, list[str]] = {}  # the titles of each topic's points slides
    for s in slides:
        if s.deck and s.topic and s.title and not s.figures:
            titled.setdefault(s.topic, []).append(s.title)
    seen: set[str] = set()
    out: list[Slide] = []
    for slide in slides:
        if not (slide.deck and slide.figures):
            out.append(slide)
            continue
        kept = [f for f in slide.figures if f.value.strip() not in seen and not (slide.topic and mentions(summary, f.value))
                and not any(title != slide.title and mentions(title, f.value) for title in titled.get(slide.topic, ()))
                and (slide.topic, _number(f.value)) not in plotted]
        seen.update(f.value.strip() for f in kept)
        if kept:
            out += split(slide, slide.model_copy(update={"figures": kept}), "", also)
        elif slide.layout == "big_number":
            out.append(slide.model_copy(update={"deck": False}))
        else:  # a points slide that carried figures keeps its points
            out += split(slide, slide.model_copy(update={"figures": []}), "", also)
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
        result += [part for piece in parts for part in _unsaid(piece, said, also, restated)]
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
        return split(slide, slide.model_copy(update={"bullets": bullets, "columns": columns}), "; ".join(dropped), also)
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

