"""Where a recording spends its time: the evidence of a chapter list (titles and times, no points).

Notes that are only a list of chapters state no point; what they do tell is how long each part
takes. ``chapter_times`` is a bar chart of the longest chapters in minutes, longest first, when
three chapters or more have a known length (asides left out: see asides.py) and the longest stands
out (at least ``STANDS_OUT`` times the median chapter: chapters of about one length show nothing a
chart should say); its title states it ("Quantum supremacy takes 21 of 95 minutes"). A chapter's numbering ("Number 2 -
", "Tip 3: ") is left out of its name.
"""
from __future__ import annotations

from .bottom_line import NUMBERED
from .inline import links, plain
from .words import fill
from .template_names import template_filter

MOST = 8  # chapters the chart shows
STANDS_OUT = 1.5  # the longest chapter is worth a title when it is this many times the median


def _minutes(seconds: int) -> float:
    return round(seconds / 60, 1)


def _numbering(topics: list) -> dict:
    """Each numbered topic's end of numbering by its ``index``, where the list numbers its chapters one after
    another with one word or none ("Number 1 - ", "Tip 2: ", "3. "), three or more; else {}."""
    found = [(t["index"], m) for t in topics if (m := NUMBERED.match(t["title"]))]
    words = {(m.group(1) or "").casefold() for _, m in found}
    numbers = [int(m.group(2)) for _, m in found]
    counted = len(found) >= 3 and len(words) == 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
    return {i: m.end() for i, m in found} if counted else {}


def numbered(topics: list) -> bool:
    """Whether every one of ``topics`` is numbered, one after another (a listicle's "Number 1 - …")."""
    return bool(topics) and len(_numbering(topics)) == len(topics)


@template_filter("chapter_names")
def chapter_names(topics: list) -> dict:
    """Each topic's title by its ``index``, without its numbering where the list numbers its chapters
    (see the module doc)."""
    ends = _numbering(topics)
    return {t["index"]: t["title"][ends.get(t["index"], 0):] or t["title"] for t in topics}


@template_filter("list_heading")
def list_heading(topics: list, words: dict) -> str:
    """The heading of a chapter list: "Links" (the word ``links``) where no chapter has a time and
    every title carries a link (show notes that list the pages the show referred to), else "Chapters"."""
    linked = topics and all(t["at"] is None and links(t["title"]) for t in topics)
    return words["links"] if linked else words["chapters"]


def _name(topic: dict, names: dict) -> str:
    """A chapter's title as the chart and its title show it: plain, without its numbering (``names``:
    chapter_names) or a full stop."""
    title = plain(names[topic["index"]]).strip().rstrip(".")
    return title or plain(topic["title"]).strip()


def median(values) -> float:
    """The median of ``values`` (numbers), as ``statistics.median`` gives it; here because importing
    statistics (with fractions and decimal) cost ~3 ms of a one-deck build."""
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        raise ValueError("no median of no values")
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


@template_filter("standing_out")
def standing_out(topics: list) -> str:
    """The title (as drawn) of the topic that takes the most of the recording when it stands out: no
    aside, a known length at least ``STANDS_OUT`` times the median of three or more; else ""."""
    timed = [t for t in topics if not t["aside"] and t["span"] > 0 and t["span_known"]]
    if len(timed) < 3:
        return ""
    top = max(timed, key=lambda t: (t["span"], -t["index"]))
    return _name(top, chapter_names(topics)) if top["span"] >= STANDS_OUT * median(t["span"] for t in timed) else ""


def longest_title(topics: list, words: dict) -> str:
    """The sentence that says which topic of ``topics`` takes the most of the recording, how many of its
    minutes ("Quantum supremacy takes 40 of 70 minutes": the chart of chapter times, an audience's that asks
    for it; never a deck's other slides: the time a topic takes is no point of the content), when one stands
    out, else ""."""
    if not standing_out(topics):
        return ""
    timed = [t for t in topics if not t["aside"] and t["span"] > 0 and t["span_known"]]
    top = min(timed, key=lambda t: (-t["span"], t["index"]))
    total = sum(t["span"] for t in topics if t["span_known"])
    return fill(words["chapter_times_longest"], topic=_name(top, chapter_names(topics)), minutes=round(top["span"] / 60),
                total=round(total / 60))


@template_filter("chapter_times")
def chapter_times(topics: list, words: dict) -> dict:
    """The slide's ``title`` and its ``chart`` (a ChartSpec) for ``topics`` (the template context's),
    or {} when no chapter stands out (see the module doc)."""
    if not standing_out(topics):
        return {}
    timed = [t for t in topics if not t["aside"] and t["span"] > 0 and t["span_known"]]
    longest = sorted(timed, key=lambda t: (-t["span"], t["index"]))[:MOST]
    named = chapter_names(topics)
    names = [_name(t, named) for t in longest]
    values = [_minutes(t["span"]) for t in longest]
    title = longest_title(topics, words)
    none = [None] * len(values)
    chart = {"id": "chapter-times", "title": words["chapter_times"], "kind": "bar", "unit": words["chapter_times_unit"],
             "categories": names, "caption": words["chapter_times_caption"], "message": "",
             "series": [{"name": words["chapter_times_series"], "values": values, "low": none, "high": none,
                         "approx": [False] * len(values), "labels": [f"{v:g}" for v in values]}]}
    return {"title": title, "chart": chart}
