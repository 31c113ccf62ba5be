"""Items in even groups: the template filter ``spread`` (figures four to a slide), short topics
sharing slides, a long chart's categories over slides, blocks side by side."""
from __future__ import annotations


def spread(items: list, most: int) -> list[list]:
    """``items`` in as few groups of at most ``most`` as they need, as even as can be (five figures
    at four a slide are three and two, not four and one left alone)."""
    items = list(items)
    groups = -(-len(items) // max(1, most))
    cuts = [-(-len(items) * i // groups) for i in range(groups + 1)] if groups else [0]
    return [items[a:b] for a, b in zip(cuts, cuts[1:])]
