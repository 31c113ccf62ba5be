"""A topic's slide left with two short lines beside its chart joins the chart's slide, as its context (#21, counts).

A key figure or a point the topic's chart plots leaves the topic's points slide (said_once: said once a deck). What
stays may be two short lines and a figure: the default executive deck's "Major companies are building massive AI
computing clusters" showed 2.2 GW over "Future plans:" and two lines, half the slide empty, before the chart of the
clusters its other points were. Such a slide (at most SHORT_LINES statements, SHORT_WORDS words, its lines all its
points: no "And N more") joins its topic's chart slide on the deck: the chart on the left, its one key figure and its
lines on the right (writers/pptx/slides/chart.py), under the chart's title and the topic's name, the speaker notes
of both. The report keeps both slides as they were.
"""
from __future__ import annotations

from .deck_twin import words
from .document import Bullet, Document, Slide
from .more_lines import more_count

SHORT_LINES = 2  # statements a topic's points slide shows at most to join its chart as the chart's context
SHORT_WORDS = 24  # words of them at most (a column beside a chart: a third of a slide)


def _statements(bullets: list[Bullet]) -> int:
    """Lines of ``bullets`` that state something: a point that only introduces its sub-points ("Future plans:") is
    none."""
    return sum((0 if b.children and b.text.rstrip().endswith((":", "：")) else 1) + _statements(b.children)
               for b in bullets)


def _short(slide: Slide, more: bool) -> bool:
    """Whether ``slide`` is a deck slide of a topic's points that says little: at most SHORT_LINES statements of at
    most SHORT_WORDS words, none cut from it (``more``: it ends on a more line), no columns."""
    return (slide.deck and slide.layout == "bullets" and bool(slide.topic) and bool(slide.bullets)
            and not slide.columns and not more and _statements(slide.bullets) <= SHORT_LINES
            and words(slide.bullets) <= SHORT_WORDS)


def charts_in_context(document: Document) -> Document:
    """``document`` with its short points slides joined to their topics' charts on the deck (``with_chart_context``)."""
    words_ = document.words
    return document.model_copy(update={"slides": with_chart_context(
        document.slides, lambda text: more_count(text, words_) is not None)})


def with_chart_context(slides: list[Slide], is_more) -> list[Slide]:
    """``slides`` with each short points slide (``_short``; ``is_more(text)``: whether a line counts points left out)
    and the one key figure after it, of its topic, joined to its topic's chart slide on the deck."""
    charts = {s.topic: i for i, s in reversed(list(enumerate(slides))) if s.deck and s.layout == "chart" and s.topic}
    joins: dict[int, tuple[Slide, Slide | None]] = {}  # a chart slide's index -> the points and figure it takes
    off: set[int] = set()
    for i, slide in enumerate(slides):
        at = charts.get(slide.topic)
        if at is None or not _short(slide, any(is_more(b.text) for b in slide.bullets)):
            continue
        del charts[slide.topic]  # (one context a chart)
        k = next((k for k in range(i + 1, len(slides)) if slides[k].deck), None)  # (the deck's next slide)
        after = slides[k] if k is not None else None
        figure = after if (after is not None and after.layout == "big_number" and k != at and after.topic == slide.topic
                           and len(after.figures) == 1 and after.role != "summary") else None
        joins[at] = (slide, figure)
        off |= {i, k} if figure and k is not None else {i}
    out: list[Slide] = []
    for i, slide in enumerate(slides):
        if i in off:
            out += [slide.model_copy(update={"deck": False})] if slide.report else []
        elif i in joins:
            out += _joined(slide, *joins[i])
        else:
            out.append(slide)
    return out


def _joined(chart: Slide, points: Slide, figure: Slide | None) -> list[Slide]:
    """The chart slide for the report only (where it is in the report) and, for the deck, the chart with ``points``'
    lines and ``figure``'s one key figure beside it, under the chart's title (its sentence, which the bottom line says)
    and the points' kicker (the topic's name: the slide is the topic's now), their notes first."""
    twin = chart.model_copy(update={
        "bullets": points.bullets, "figures": figure.figures if figure else [], "report": False,
        "kicker": points.kicker or chart.kicker,
        "notes": " ".join(filter(None, (points.notes, figure.notes if figure else "", chart.notes)))})
    return [chart.model_copy(update={"deck": False}), twin] if chart.report else [twin]
