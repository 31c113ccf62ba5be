"""A topic's slide left with two short lines beside its chart is said in the chart's speaker notes (#21, counts; review
20: one message a slide).

A key figure or a point the topic's chart plots leaves the topic's points slide (said_once: said once a deck). What
stays may be two short lines and a figure: the default executive deck's "Major companies are building massive AI
computing clusters" showed 2.2 GW over "Future plans:" and two lines, half the slide empty, before the chart of the
clusters its other points were; set beside the chart (review 19), the figure of another measure and the list competed
with it (review 20). Such a slide (at most SHORT_LINES statements, SHORT_WORDS words, its lines all its points: no
"And N more") and the one key figure after it leave the deck: the chart's slide shows the chart alone, under its
title, and its speaker notes say them ("Left off the slide: …"), after their own notes. The report keeps all three
slides as they were.
"""
from __future__ import annotations

from .deck_twin import texts, words
from .document import Bullet, Document, Slide
from .more_lines import more_count
from .words import fill

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
    """``document`` with its short points slides said in their topics' charts' notes on the deck
    (``with_chart_context``)."""
    words_ = document.words
    return document.model_copy(update={"slides": with_chart_context(
        document.slides, lambda text: more_count(text, words_) is not None, words_.get("left_off_slide", "{items}"))})


def with_chart_context(slides: list[Slide], is_more, left_off: str = "{items}") -> list[Slide]:
    """``slides`` with each short points slide (``_short``; ``is_more(text)``: whether a line counts points left out)
    and the one key figure after it, of its topic, off the deck, said in its topic's chart slide's notes
    (``left_off``: the words "Left off the slide: {items}" in the document's language)."""
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
            out += _joined(slide, *joins[i], left_off)
        else:
            out.append(slide)
    return out


def _joined(chart: Slide, points: Slide, figure: Slide | None, left_off: str) -> list[Slide]:
    """The chart slide for the report only (where it is in the report) and, for the deck, the chart alone, its
    speaker notes saying ``points``' lines and ``figure``'s key figure after their notes, under the points' kicker
    (the topic's name: the slide is the topic's now)."""
    said = [*(" ".join(filter(None, (b.text, "; ".join(texts(b.children))))) for b in points.bullets),
            *(f"{f.value} {f.label}" for f in (figure.figures if figure else []))]
    twin = chart.model_copy(update={
        "report": False, "kicker": points.kicker or chart.kicker,
        "notes": " ".join(filter(None, (points.notes, figure.notes if figure else "", chart.notes,
                                        fill(left_off, items="; ".join(said)))))})
    return [chart.model_copy(update={"deck": False}), twin] if chart.report else [twin]
