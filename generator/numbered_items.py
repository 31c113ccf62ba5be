"""A bottom-line item says its topic's number where the notes state one (review 10: "Major tech companies
are building massive AI computing clusters" on the bottom line, "xAI runs 200,000 GPUs in Memphis…" only as a
later chart's title).

Of two statements of one topic, the bottom line takes the one with the number: an item that says no
quantity (weigh.has_quantity) and names a topic on a slide (overview.named, by its heading) gives way to
that topic's chart's sentence (its ``message``, or a caption that is a sentence about its data:
context.chart_spec) that says one and fits an item whole; the chart's slide then takes the chart's name as its
title (templates: slides/topic.yaml.j2), never the same statement twice. Nothing is written that the notes
did not say: the sentence is the notes' own.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .inline import plain
from .overview import named
from .weigh import has_quantity


def chart_sentence(item: dict, shown: Sequence[dict], fits: Callable[[str], str]) -> dict:
    """``item`` as the bottom line says it: the sentence of the first chart of the topic it names (of
    ``shown``) that says a quantity and ``fits`` an item, with the topic's time, where ``item`` says none;
    else ``item``."""
    if has_quantity(plain(item["text"])):
        return item
    about = named(item["text"], shown)
    for topic in (t for t in shown if t["id"] in about):
        for chart in topic["charts"]:
            if chart["message"] and has_quantity(plain(chart["message"])) and fits(chart["message"]):
                return {"text": chart["message"].rstrip("."), "at": topic["at"], "children": []}  # (an item has no stop)
    return item


def numbered(items: list, shown: Sequence[dict], fits: Callable[[str], str]) -> list:
    """``items`` (the bottom line's), each that says no quantity as its topic's chart sentence that says
    one (``chart_sentence``), once: a sentence another item says already leaves that one as it is."""
    out: list = []
    for item in items:
        told = chart_sentence(item, shown, fits)
        out.append(item if any(p["text"] == told["text"] for p in [*out, *items]) else told)
    return out
