"""A topic's slide left with two short lines beside its chart is said in the chart's speaker notes (#21, counts; review
20: one message a slide).

A key figure or a point the topic's chart plots leaves the topic's points slide (said_once: said once a deck). What
stays may be two short lines and a figure: the default executive deck's "Major companies are building massive AI
computing clusters" showed 2.2 GW over "Future plans:" and two lines, half the slide empty, before the chart of the
clusters its other points were; set beside the chart (review 19), the figure of another measure and the list competed
with it (review 20). Such a slide (at most SHORT_LINES statements, SHORT_WORDS words, its lines all its points: no
"And N more") and the one key figure after it leave the deck: the chart's slide shows the chart under that figure, in a
band as wide as the chart (review 21: "2.2 GW" had left the slide; beside the chart it had left the bars too narrow to
be labelled), and its speaker notes say the lines in one "Left off the slide: …", less those the chart or the figure
shows. The report keeps all three slides as they were.
"""
from __future__ import annotations

from .deck_twin import left_off_said, texts, words
from .document import Bullet, Document, Slide
from .more_lines import more_count
from .quantities import stated

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
    """The chart slide for the report only (where it is in the report) and, for the deck, the chart beside its topic's
    one key figure (review 21: "2.2 GW" had left the slide), under the points' kicker (the topic's name: the slide is
    the topic's now); its speaker notes say the points' opening, the chart's caption, then, in one line, what the
    slide leaves off: the points' lines and those their slide had left off, but a line the chart plots (one that says
    a value of it) and a label without its list (review 21: "Left off the slide: …; Current deployments:;")."""
    head = left_off.partition("{items}")[0]
    opening, _, earlier = points.notes.partition(head) if head else (points.notes, "", "")
    lines = [*(earlier.strip().rstrip(".。").split("; ") if earlier.strip() else []),
             *(t for b in points.bullets for t in (b.text, *texts(b.children)))]  # (a label alone: named drops it)
    kept = [line for line in lines if not _shown(line, chart, figure)]
    notes = " ".join(filter(None, (opening.strip(), chart.notes)))
    twin = chart.model_copy(update={
        "report": False, "kicker": points.kicker or chart.kicker, "figures": figure.figures if figure else [],
        "notes": left_off_said(notes, left_off, kept) if kept else notes})
    return [chart.model_copy(update={"deck": False}), twin] if chart.report else [twin]


def _shown(line: str, chart: Slide, figure: Slide | None) -> bool:
    """Whether ``line`` states only numbers the chart slide shows: values the chart plots ("Meta: ~128,000 GPUs"),
    or its key figure ("OpenAI Stargate: 2.2 gigawatt facility planned" beside "2.2 GW")."""
    numbers = {q[1] for q in stated(line)}
    plotted = {v for series in (chart.chart.series if chart.chart else []) for v in (*series.values, *series.low,
                                                                                      *series.high) if v is not None}
    figured = {q[1] for f in (figure.figures if figure else []) for q in stated(f"{f.value} {f.label}")}
    return bool(numbers) and numbers <= plotted | figured
