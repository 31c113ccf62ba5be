"""Turn validated Content into the plain data that audience templates see.

Timestamps become TimeRefs (label, seconds, a link into each source); charts become
ChartSpecs; the timeline is built from the topics' times.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from .asides import aside_topics
from .audience_signals import topic_tags
from .chapter_times import chapter_names, median
from .content import MAX_CATEGORIES, Chart, Content, Point
from .content_checks import iter_moments
from .figure_labels import is_figure_label, with_change
from .headline import is_sentence
from .named import is_headline, is_policy, naming, naming_topics, overview
from .quantities import format_number
from .timestamps import format_timestamp
from .weigh import has_quantity
from .words import fill


def time_ref(content: Content, seconds: int | None) -> dict | None:
    """A TimeRef dict for ``seconds`` with one link per source that can open it."""
    if seconds is None:
        return None
    links = []
    for source in content.sources:
        url = source.link(seconds)
        if url:
            links.append({"source": source.id, "name": source.name, "url": url,
                          "label": format_timestamp(seconds + source.offset)})
    return {"seconds": seconds, "label": format_timestamp(seconds), "links": links}


def _bullets(content: Content, points: list[Point]) -> list[dict]:
    return [{"text": p.text, "at": time_ref(content, p.at), "children": _bullets(content, p.points)}
            for p in points]


def _said(summary: str | None, points: list[Point]) -> list[str]:
    """``summary`` and the text of ``points`` and every point under them, in order."""
    return [summary or "", *(t for p in points for t in (p.text, *_said(None, p.points)[1:]))]


def chart_spec(chart: Chart) -> dict:
    """The ChartSpec of a content chart."""
    series = []
    for s in chart.series:
        labels = [("~" if q["approx"] else "") + (
            f"{format_number(q['low'])}–{format_number(q['high'])}" if q["low"] is not None
            else format_number(q["value"])) for q in s.values]
        series.append({"name": s.name, "values": [q["value"] for q in s.values],
                       "low": [q["low"] for q in s.values], "high": [q["high"] for q in s.values],
                       "approx": [q["approx"] for q in s.values], "labels": labels})
    caption = chart.caption
    # a caption that is a sentence about the chart's data (a number or a category in it) is its point
    about = any(c.isdigit() for c in caption) or any(c.casefold() in caption.casefold() for c in chart.categories)
    message = chart.message or (" ".join(caption.split()) if is_sentence(caption) and about else "")
    return {"id": chart.id, "title": chart.title, "kind": chart.kind, "unit": chart.unit,
            "categories": list(chart.categories), "series": series, "caption": caption, "message": message}


def recording_end(content: Content) -> int | None:
    """Where the recording ends on the content's timeline (the longest source's duration), or None."""
    ends = [source.duration - source.offset for source in content.sources if source.duration]
    return max(ends) if ends else None


def starts_of(content: Content) -> list[int] | None:
    """Each topic's start in seconds, in the content's order; None when the topics have no times."""
    starts = [t.at for t in content.topics if t.at is not None]
    return starts if len(starts) == len(content.topics) else None


def spans(content: Content) -> tuple[list[int], bool]:
    """Each topic's stretch of the recording in seconds, in the content's order: from its start to
    the next topic's start, the last one to the recording's end. Where no source says how long it
    is, the last topic lasts as long as the median of the others (at least a minute), and the
    second value is True: that end is estimated. Topics without times take no stretch (all 0)."""
    at = starts_of(content)
    if at is None:
        return [0] * len(content.topics), False
    order = sorted(range(len(at)), key=lambda i: at[i])
    starts = [at[i] for i in order]
    stops = starts[1:]
    known = recording_end(content)
    estimated = known is None or known <= starts[-1]
    others = [b - a for a, b in zip(starts, stops) if b > a]
    end = starts[-1] + max(60, int(median(others)) if others else 0) if estimated or known is None else known
    lengths = [b - a for a, b in zip(starts, stops + [end])]
    out = [0] * len(order)
    for i, length in zip(order, lengths):
        out[i] = length
    return out, estimated


def _chapter(topic) -> bool:
    """Whether ``topic`` is a chapter only (a title and a time: no slide of its own names it)."""
    return not (topic.points or topic.figures or topic.charts or topic.tables or topic.quotes)


def timeline_spec(content: Content, words: dict, left_out: list[bool] | None = None) -> dict | None:
    """A timeline chart: each topic from its start to the next topic's start (a chapter only, named as
    the Chapters slide names it: without a list's numbering, "Number 1 - ", see
    chapter_times.chapter_names; a topic with a slide, by its title); the last one to the
    end of the episode (the longest source's duration), or, where no source says how long it is,
    as long as the median topic (labelled only with where it starts; the caption says so).
    A topic ``left_out`` marks (an aside: a welcome, a sponsor read, see asides.py) has no
    bar: its stretch is a gap. None when the topics have no times."""
    at = starts_of(content)
    if at is None:
        return None
    order = sorted(range(len(at)), key=lambda i: at[i])
    lengths, estimated = spans(content)
    starts = [at[i] for i in order]
    stops = starts[1:] + [starts[-1] + lengths[order[-1]]]
    kept = [k for k, i in enumerate(order) if not (left_out and left_out[i])] or list(range(len(order)))
    shown = kept[:MAX_CATEGORIES]
    told = estimated and shown[-1] == len(order) - 1
    minutes = lambda s: s / 60
    names = chapter_names([{"index": i, "title": t.title} for i, t in enumerate(content.topics)])  # ("Number 1 - ")
    return {
        "id": "timeline", "title": words["timeline_chart"], "kind": "timeline",
        "unit": words["timeline_unit"], "categories": [names[order[k]] if _chapter(content.topics[order[k]])
                                                       else content.topics[order[k]].title for k in shown],
        "series": [{
            "name": words["timeline_series"], "values": [minutes(stops[k] - starts[k]) for k in shown],
            "low": [minutes(starts[k]) for k in shown], "high": [minutes(stops[k]) for k in shown],
            "approx": [False] * len(shown),
            "labels": [f"{format_timestamp(starts[k])}–{format_timestamp(stops[k])}"
                       if stops[k] > starts[k] and not (told and k == shown[-1])
                       else fill(words["timeline_from"], time=format_timestamp(starts[k])) for k in shown],
        }],
        "caption": words["timeline_caption"] + (" " + words["timeline_untold"] if told else "")
                   + (" " + fill(words["timeline_first"], shown=len(shown), count=len(kept))
                      if len(kept) > len(shown) else ""),
    }


def source_links(content: Content) -> list[dict]:
    """Every source as a SourceLink dict (an empty url where a source has none) with its description."""
    return [{"source": s.id, "name": s.name, "url": s.url or "", "description": s.description or ""}
            for s in content.sources]


def pointed(content: Content) -> list[int]:
    """For each topic, how many takeaways (and their points) have a time inside its span:
    from its start to the next topic's start (none where the topics have no times)."""
    at = starts_of(content)
    if at is None:
        return [0] * len(content.topics)
    starts = sorted(set(at))
    hits = Counter(starts[i - 1] for k in content.takeaways for p in (k, *k.points)
                   if p.at is not None and (i := bisect_right(starts, p.at)))
    return [hits[seconds] for seconds in at]


def _count(points: list[dict]) -> int:
    return sum(1 + _count(p["children"]) for p in points)


def weight(topic: dict) -> float:
    """How much a topic matters, from rules that hold for any content: whether the notes' introduction
    or takeaways name it (5: more than its points, figures and charts can weigh; see named.py), its
    share of the recording (10 for all of it), the takeaways that point at it (2 each), its points (a
    quarter each, up to 2) and its figures, charts and points that give a quantity (weigh.has_quantity:
    a half each, up to 2). Without times (no share, no takeaway placed by time) it is its naming,
    points, figures and charts alone. An aside (a welcome, a sponsor read, plugs: see asides.py)
    weighs nothing."""
    if topic["aside"]:
        return 0.0
    figures = len(topic["figures"]) + len(topic["charts"]) + sum(has_quantity(p["text"]) for p in topic["points"])
    return round(5 * topic["named"] + 10 * topic["share"] + 2 * topic["pointed"] + min(_count(topic["points"]), 8) / 4
                 + min(figures, 4) / 2, 3)


def build_context(content: Content, audience: dict, words: dict) -> dict:
    """Everything a template may use, as plain data; ``words`` are those the tool adds (words.py)."""
    topics: list[dict] = []
    weights = pointed(content)
    lengths, estimated = spans(content)
    total = sum(lengths) or 1  # (untimed: every share is 0)
    last = max(range(len(content.topics)), key=lambda i: (content.topics[i].at, i), default=-1)
    aside = aside_topics(content, words)  # (the one filter of asides, before any audience chooses)
    for index, t in enumerate(content.topics):
        topics.append({
            "id": t.id, "index": index + 1, "title": t.title, "message": t.message, "at": time_ref(content, t.at),
            "span": lengths[index], "span_known": not (estimated and index == last), "share": lengths[index] / total,
            "pointed": weights[index], "aside": aside[index],
            "empty": not (t.points or t.figures or t.charts or t.tables or t.quotes),
            "tags": list(t.tags), "summary": t.summary, "points": _bullets(content, t.points),
            "charts": [chart_spec(c) for c in t.charts],
            "figures": [{"value": f.value, "label": with_change(f.label, f.value, _said(t.summary, t.points), words),
                         "at": time_ref(content, f.at if f.at is not None else t.at)}
                        for f in t.figures if is_figure_label(f.label, words) or not any(f.value in p.text for p in t.points)],
            "quotes": [{"text": q.text, "speaker": q.speaker, "at": time_ref(content, q.at if q.at is not None else t.at)}
                       for q in t.quotes],
            "said_by": {p.text: p.speaker for p in t.points if p.speaker},  # (who said a point: close_voice.py)
            "tables": [{"id": tb.id, "title": tb.title, "columns": list(tb.columns), "rows": [list(r) for r in tb.rows]}
                       for tb in t.tables],
        })
    clauses = overview(content.introduction, _bullets(content, content.takeaways), words)
    named_by = naming_topics(topics, clauses)  # (the topic each clause names: a point's naming clause names its topic)
    for index, topic in enumerate(topics):
        topic.update(named=index in named_by, policy=is_policy(topic, words), headline=is_headline(topic, words),
                     signals=sorted(topic_tags(topic["title"], [p["text"] for p in topic["points"]], words,
                                               bool(topic["figures"]))),
                     naming=naming(topic["points"], [c for c, at in zip(clauses, named_by) if at == index]))
        topic["named_points"] = sorted(topic["naming"])
        topic["weight"] = weight(topic)
    return {
        "title": content.title, "subtitle": content.subtitle, "date": content.date,
        "author": content.author, "keywords": list(content.keywords),
        "speakers": [{"name": s.name, "role": s.role} for s in content.speakers],
        "sources": source_links(content),
        "takeaways": _bullets(content, content.takeaways),
        "figures": [{"value": f.value, "label": with_change(f.label, f.value, _said("", content.takeaways), words),
                     "at": time_ref(content, f.at)} for f in content.figures
                    if is_figure_label(f.label, words)],
        "introduction": content.introduction, "conclusion": content.conclusion,
        "topics": topics, "audience": audience,
        # (no deck charts an aside: asides.py)
        "timeline": timeline_spec(content, words, aside),
        "words": words,
        # whether times link anywhere (not where there are no times)
        "linked": any(s.url and s.style() != "none" for s in content.sources) and any(True for _ in iter_moments(content)),
    }
