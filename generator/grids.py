"""A topic's grids of key figures: which figures share a slide, and what titles it.

A grid shows one measure across comparable items. Figures whose labels share a key word (see
figure_facts.key_words: "Data Center segment operating income", "Embedded segment operating income")
are one measure, and make grids of their own; the word most labels share is taken first. Such a grid
is titled by a sentence about what its cells share (grid_titles.grid_title: "Segment operating income
rose for Data Center and for Client and Gaming, fell for Embedded"), and a label whose comparison
names no period takes the one a sibling names (figure_labels.with_periods: "…, compared to $288
million a year ago"). Where a topic has such a grid, a figure of another
measure that none shares and a point of the topic says ("Gaming revenue rose to $1.3 billion…" beside
three operating incomes) is no key figure of the deck: it stays a point. The other figures share
grids as before, titled by the sentence of their weightiest figure (grid_titles.figure_title), else by
the template's label and value.
"""
from __future__ import annotations

from .figure_facts import CHANGE, key_words
from .figure_labels import saying, with_periods
from .grid_titles import grid_title
from .groups import spread
from .grid_titles import figure_title
from .titles import point_texts
from .template_names import template_filter


@template_filter("grids")
def grids(figures: list[dict], topic: dict, words: dict, most: int) -> list[dict]:
    """The grids (``title``: "" where the template titles it, ``figures``) of ``figures`` (``value``,
    ``label``; weightiest first) of ``topic``, at most ``most`` figures each (see the module doc)."""
    if not isinstance(most, int) or isinstance(most, bool):
        raise TypeError(f"grids: the most to a grid is a whole number, not {most!r}")
    measured, rest = _by_measure(figures)
    out = [{"title": grid_title(chunk, topic, words) if len(chunk) > 1 else figure_title(chunk, topic, words), "figures": chunk}
           for group in measured for chunk in spread(with_periods(group, words), most)]
    texts = [topic["summary"] or "", *point_texts(topic["points"])]
    if measured and len(rest) == 1 and saying(rest[0]["value"], texts):
        rest = []  # (a figure of another measure, alone, that a point says: it stays the point)
    return out + [{"title": figure_title(chunk, topic, words), "figures": chunk} for chunk in spread(rest, most)]


def _by_measure(figures: list[dict]) -> tuple[list[list[dict]], list[dict]]:
    """The groups of ``figures`` whose labels share a key word (two figures or more each; the word
    most labels share first), in their order, and the figures left."""
    left = list(figures)
    groups: list[list[dict]] = []
    while True:
        keys = [key_words(CHANGE.sub("", f["label"])) for f in left]
        counts: dict[str, int] = {}
        for found in keys:
            for word in found:
                counts[word] = counts.get(word, 0) + 1
        word = max(sorted(counts), key=lambda w: counts[w], default="")
        if not word or counts[word] < 2:
            return groups, left
        groups.append([f for f, found in zip(left, keys) if word in found])
        left = [f for f, found in zip(left, keys) if word not in found]
