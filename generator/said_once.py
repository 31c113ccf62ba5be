"""What the deck says once: each key figure; no point that a figure or the bottom line says already.

A figure a chart of its topic plots, one shown before, or one the deck's summary states leaves the
deck; so does a point that says a figure the deck shows, or a statement of the summary or the close
(see say_once), and a side of a comparison that lists the values its topic's chart plots (``_charted_side``:
"Current deployments" of 200,000, ~128,000 and ~100,000 GPUs beside the chart of them; review 18), and a table a
list of its topic says row by row (tabled_lists.py). Each slide that loses some is split (deck_twin.split): the
report keeps them all.
"""
from __future__ import annotations

from collections.abc import Callable

from .bottom_said import STATING, summary_said, without_said
from .deck_twin import LEAST_WORDS, split, texts, words
from .document import Bullet, Column, Slide
from .figure_facts import SHORTEST, Shown, measures, saying
from .quantities import parse_quantity
from .said_twice import said_once as said_twice
from .tabled_lists import one_side, tables_once


def _number(value: str) -> float | None:
    try:
        return parse_quantity(value)["value"]
    except (ValueError, TypeError, KeyError):
        return None


def say_once(slides: list[Slide], also: str, restated: bool = False, every_point: bool = False,
             lang: dict | None = None) -> list[Slide]:
    """Each figure's value once in the deck: a figure a chart of its topic already plots, one shown before, or
    a topic's figure the deck's summary (the bottom line, the takeaways) or the title of a points slide
    of its topic already states, leaves the deck (its slide's title and the summary say it; the
    summary's own figures, "in numbers", stay); a point (of a topic's slides) that repeats a figure the
    deck shows, or a value its topic's chart shows, leaves it too (with the point that only introduced
    such points), unless a near-empty slide (fewer than LEAST_WORDS words) would be left beside its
    topic's own grid: then the points stay whole and the grid leaves the deck (the report keeps both).
    Each topic slide is walked once: its figures' points (_points_once), then what the bottom line says
    (bottom_said.without_said). A figure is said again only as the same fact: its value (as written, or the same quantity
    written out) and what it measures (see figure_facts), never by its value alone.
    ``restated``: a point the bottom line says in other words around its number leaves its slide too (bottom_said.without_said);
    ``every_point``: the deck promises every point as written (``cut_points: false``): a point the bottom line
    says stays on its slide (the bottom line, since bottom_items.py, takes topics' points whole); one the close
    says, which took it along, still leaves. ``lang``: the document's words (a slide's more line is no point said twice)."""
    out = tables_once(_figures_once(slides, also))
    shown = Shown((f.value, s.topic, f.label) for s in out if s.deck for f in s.figures)
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
    says_charted: dict[str, Callable[[str], set[str]]] = {}  # by topic
    said = summary_said(out, ("close",) if every_point else STATING)
    for slide in out:
        parts = _points_once(slide, shown, says_charted, (charted, gridded), ungridded, also)
        result += [part for piece in parts for part in without_said(piece, said, also, restated)]
    result = [s.model_copy(update={"deck": False}) if s.deck and s.topic in ungridded and s.layout == "big_number" else s
              for s in result]
    return said_twice(_ungridded(result, also), also, lang)


def _ungridded(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` without the grids' figures that a point of their topic, kept on its deck slide because
    it states more than the figure (a comparison: figure_facts.Shown.says), says (its value and what it
    measures); a grid that keeps none leaves the deck (the report keeps it whole)."""
    kept: dict[str, list[str]] = {}  # the points each topic's deck slides keep
    for s in slides:
        if s.deck and s.topic and s.layout in ("bullets", "two_column"):
            kept.setdefault(s.topic, []).extend(texts(s.bullets + [b for c in s.columns for b in c.bullets]))
    out: list[Slide] = []
    for slide in slides:
        points = kept.get(slide.topic or "", [])
        if not (slide.deck and slide.layout == "big_number" and slide.role != "summary" and points):
            out.append(slide)
            continue
        said = saying(f.value for f in slide.figures)
        figures = [f for f in slide.figures
                   if not any(f.value.strip() in said(text) and measures(text, f.label) for text in points)]
        if figures:
            out += split(slide, slide.model_copy(update={"figures": figures}), "", also)
        else:
            out.append(slide.model_copy(update={"deck": False}))
    return out


def _figures_once(slides: list[Slide], also: str) -> list[Slide]:
    """``slides`` without the figures (see say_once) that a chart of their topic plots, or that a figure
    shown before, the summary or a title of a points slide of their topic states (figure_facts: the
    value and what it measures)."""
    plotted = {(s.topic, v) for s in slides if s.deck and s.chart and s.layout == "chart" for series in s.chart.series
               for v in series.values}
    summary = texts([b for s in slides if s.deck and s.role == "summary" and not s.figures for b in s.bullets])
    titled: dict[str, list[str]] = {}  # the titles of each topic's points slides
    points: dict[str, set[str]] = {}  # the points of each topic, to tell a figure's own sentence
    for s in slides:
        if s.deck and s.topic and s.title and not s.figures:
            titled.setdefault(s.topic, []).append(s.title)
        if s.topic:
            points.setdefault(s.topic, set()).update(texts(s.bullets + [b for c in s.columns for b in c.bullets]))
    said = saying(f.value for s in slides if s.deck for f in s.figures)
    stated = [(text, said(text)) for text in summary]
    seen = Shown(())
    out: list[Slide] = []
    for slide in slides:
        if not (slide.deck and slide.figures):
            out.append(slide)
            continue
        topic = slide.topic
        kept = [f for f in slide.figures if not seen.has(f.value, topic, f.label)
                and not (topic and any(f.value.strip() in values and (text in points[topic] or measures(text, f.label))
                                       for text, values in stated))
                and not any(f.value.strip() in said(title) for title in titled.get(topic or "", ()))
                and (topic, _number(f.value)) not in plotted]
        seen.add((f.value, topic, f.label) for f in kept)
        if kept:
            out += split(slide, slide.model_copy(update={"figures": kept}), "", also)
        elif slide.layout == "big_number":
            out.append(slide.model_copy(update={"deck": False}))
        else:  # a points slide that carried figures keeps its points
            out += split(slide, slide.model_copy(update={"figures": []}), "", also)
    return out


def _points_once(slide: Slide, shown: Shown, says_charted: dict[str, Callable[[str], set[str]]],
                 values: tuple[dict[str, set[str]], dict[str, set[str]]], ungridded: set[str],
                 also: str) -> list[Slide]:
    """The slide, or its deck twin without the points (of a topic's slide) that say a figure the deck
    shows (``shown``: its value and what it measures, see figure_facts) or a value its topic's chart
    shows (``values``: charted and gridded by topic), unless a near-empty slide would be left beside its
    topic's own grid: then it stays whole, and its topic joins ``ungridded`` (the grid leaves the deck). A grid of
    one figure stays, and the point that says it leaves: the deck shows that figure in a band under the points
    left (writers/pptx/pages.py joins them), the evidence of the slide's title rather than two lines under it
    (review 16 finding 5)."""
    charted, gridded = values
    topic = slide.topic
    if not slide.deck or not topic or slide.layout not in ("bullets", "two_column"):
        return [slide]
    dropped: list[str] = []
    if topic not in says_charted:
        says_charted[topic] = saying(v for v in charted.get(topic, set()) if len(v) >= SHORTEST)
    says = (lambda text: shown.says(text, topic), lambda text: bool(says_charted[topic](text)))
    bullets = _without(slide.bullets, says, dropped)
    if (side := _charted_side(slide, says, dropped)) is not None:  # (one side of two is the chart's list)
        return split(slide, side, "; ".join(dropped), also)
    columns = [_column_without(c, says, dropped) for c in slide.columns]
    own = gridded.get(slide.topic, set())
    if dropped and slide.layout == "bullets" and bullets and words(bullets) < LEAST_WORDS and len(own) > 1 and _own(
            dropped, shown.values() | charted.get(slide.topic, set()), own):
        ungridded.add(slide.topic)  # a near-empty slide would be left: the points stay whole, the topic's grid leaves
        return [slide]
    if dropped and (bullets or not slide.bullets) and all(c.bullets for c in columns):
        return split(slide, slide.model_copy(update={"bullets": bullets, "columns": columns}), "; ".join(dropped), also)
    if dropped and slide.bullets and not bullets and not slide.columns:  # every point is a figure shown:
        return [slide.model_copy(update={"deck": False})]  # the figures' slide says it (the report keeps it)
    return [slide]


def _charted_side(slide: Slide, says: tuple[Callable[[str], bool], ...], dropped: list[str]) -> Slide | None:
    """A comparison of two sides one of which is a list of the values its topic's chart plots (``says[1]``: "Current
    deployments" of xAI's 200,000 GPUs, Meta's ~128,000, OpenAI's ~100,000 beside a chart of them): the deck's
    slide of the other side alone, under its heading, without the points it says that the deck shows (``dropped``
    gets all that leaves); the chart is that list, said once (and the slide left short joins the chart as its
    context: chart_context.py). None where no such side is, or the other side would be left empty."""
    if slide.layout != "two_column" or len(slide.columns) != 2:
        return None
    charted = [bool(c.bullets) and not _without(c.bullets, says[1:], []) for c in slide.columns]
    if charted.count(True) != 1:
        return None
    listed, other = (slide.columns[0], slide.columns[1]) if charted[0] else (slide.columns[1], slide.columns[0])
    own: list[str] = []
    kept = _without(other.bullets, says, own)
    if not kept:
        return None
    dropped += [*texts(listed.bullets), *own]
    return one_side(slide, other, kept)


def _column_without(column: Column, says: tuple[Callable[[str], bool], ...], dropped: list[str]) -> Column:
    """``column`` without the points that one of ``says`` holds true of, unless it would be left empty
    (a column of values a chart shows keeps them: its sister column still loses a big number's point)."""
    own: list[str] = []
    bullets = _without(column.bullets, says, own)
    if not bullets:
        return column
    dropped += own
    return column.model_copy(update={"bullets": bullets})


def _own(dropped: list[str], values: set[str], gridded: set[str]) -> bool:
    """Whether the values the ``dropped`` points say are all the topic's own grid's."""
    said = saying(v for v in values if len(v) >= SHORTEST)
    return {v for text in dropped for v in said(text)} <= gridded


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

