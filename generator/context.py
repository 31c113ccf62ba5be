"""Turn validated Content into the plain data that audience templates see.

Timestamps become TimeRefs (label, seconds, a link into each source); charts become
ChartSpecs; the timeline is built from the topics' times.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from .content import MAX_CATEGORIES, Chart, Content, Point
from .quantities import format_number
from .timestamps import format_timestamp
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
    return {"id": chart.id, "title": chart.title, "kind": chart.kind, "unit": chart.unit,
            "categories": list(chart.categories), "series": series, "caption": caption}


def timeline_spec(content: Content, words: dict) -> dict:
    """A timeline chart: each topic from its start to the next topic's start; the last one to the
    end of the episode (the longest source's duration), or, where no source says how long it is,
    shown as where it starts."""
    every = sorted(content.topics, key=lambda t: t.at)
    topics = every[:MAX_CATEGORIES]
    ends = [source.duration - source.offset for source in content.sources if source.duration]
    last_end = max(ends) if ends and max(ends) > topics[-1].at else topics[-1].at
    starts = [t.at for t in topics]
    stops = starts[1:] + [every[len(topics)].at if len(every) > len(topics) else last_end]
    minutes = lambda s: s / 60
    return {
        "id": "timeline", "title": words["timeline_chart"], "kind": "timeline",
        "unit": words["timeline_unit"], "categories": [t.title for t in topics],
        "series": [{
            "name": words["timeline_series"], "values": [minutes(b - a) for a, b in zip(starts, stops)],
            "low": [minutes(a) for a in starts], "high": [minutes(b) for b in stops],
            "approx": [False] * len(topics),
            "labels": [f"{format_timestamp(a)}–{format_timestamp(b)}" if b > a
                       else fill(words["timeline_from"], time=format_timestamp(a)) for a, b in zip(starts, stops)],
        }],
        "caption": words["timeline_caption"] + (" " + fill(words["timeline_first"], shown=len(topics), count=len(every))
                                                if len(every) > len(topics) else ""),
    }


def source_links(content: Content) -> list[dict]:
    """Every source as a SourceLink dict (an empty url where a source has none)."""
    return [{"source": s.id, "name": s.name, "url": s.url or ""} for s in content.sources]


def pointed(content: Content) -> list[int]:
    """For each topic, how many takeaways (and their points) have a time inside its span:
    from its start to the next topic's start."""
    starts = sorted({t.at for t in content.topics})
    hits = Counter(starts[i - 1] for k in content.takeaways for p in (k, *k.points)
                   if p.at is not None and (i := bisect_right(starts, p.at)))
    return [hits[t.at] for t in content.topics]


def build_context(content: Content, audience: dict, words: dict) -> dict:
    """Everything a template may use, as plain data; ``words`` are those the tool adds (words.py)."""
    topics = []
    weights = pointed(content)
    for index, t in enumerate(content.topics):
        topics.append({
            "id": t.id, "index": index + 1, "title": t.title, "at": time_ref(content, t.at),
            "pointed": weights[index], "empty": not (t.points or t.figures or t.charts or t.tables or t.quotes),
            "tags": list(t.tags), "summary": t.summary, "points": _bullets(content, t.points),
            "charts": [chart_spec(c) for c in t.charts],
            "figures": [{"value": f.value, "label": f.label, "at": time_ref(content, f.at if f.at is not None else t.at)}
                        for f in t.figures],
            "quotes": [{"text": q.text, "speaker": q.speaker, "at": time_ref(content, q.at if q.at is not None else t.at)}
                       for q in t.quotes],
            "tables": [{"id": tb.id, "title": tb.title, "columns": list(tb.columns), "rows": [list(r) for r in tb.rows]}
                       for tb in t.tables],
        })
    return {
        "title": content.title, "subtitle": content.subtitle, "date": content.date,
        "author": content.author, "keywords": list(content.keywords),
        "speakers": [{"name": s.name, "role": s.role} for s in content.speakers],
        "sources": source_links(content),
        "takeaways": _bullets(content, content.takeaways),
        "figures": [{"value": f.value, "label": f.label, "at": time_ref(content, f.at)} for f in content.figures],
        "introduction": content.introduction, "conclusion": content.conclusion,
        "topics": topics, "timeline": timeline_spec(content, words), "audience": audience,
        "words": words,
        "linked": any(s.url and s.style() != "none" for s in content.sources),  # whether times link anywhere
    }
