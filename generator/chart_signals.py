"""A chart that shows how a system works is no slide of an audience that asks for outcomes (review 20: the default
executive deck spent a whole doughnut slide on how many of a model's parts each step uses, an architecture
detail).

A chart is about what its own words say (its title, message, caption, unit and categories, read for each audience's
words: audience_signals.signals), else about what its topic is tagged for (audience_signals.topic_tags: a heading
that says "Architecture" tags it ``mechanism``). The budget's ``skip_charts`` names what its reader does not look for
(the executive's: ``mechanism``); a chart about one of them, and about none of the tags the budget keeps or prefers
(``keep``, ``prefer``: the executive's ``outcome``), is the report's only: the report keeps every chart. Where the
budget names nothing, every chart the budget's ``charts`` allows is on the deck.
"""
from __future__ import annotations

from .audience_signals import TAGS, signals
from .template_names import template_filter


def chart_tags(chart: dict, topic: dict, words: dict) -> set[str]:
    """What ``chart`` is about: the tags (``outcome``, ``mechanism``) its own words say, else its topic's."""
    said = " ".join([chart.get("title") or "", chart.get("message") or "", chart.get("caption") or "",
                     chart.get("unit") or "", *chart.get("categories", ())])
    own = {tag for priority, tag in TAGS.items() if signals(said, words, priority)}
    return own or set(topic.get("signals", ())) & set(TAGS.values())


@template_filter("on_deck")
def on_deck(chart: dict, topic: dict, budget: dict, words: dict) -> bool:
    """Whether ``chart`` (of ``topic``) takes a deck slide for ``budget``'s reader (see the module doc)."""
    skip = set(budget.get("skip_charts") or ())
    if not skip:
        return True
    about = chart_tags(chart, topic, words)
    wanted = set(budget.get("keep") or ()) | set(budget.get("prefer") or ())
    return not (about & skip) or bool(about & wanted)
