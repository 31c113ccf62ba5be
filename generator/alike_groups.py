"""A topic of two groups is shown as two columns to compare only when the groups are alike (review 20, #21).

Two columns side by side say "compare these": the policy deck set every topic of two groups so (``compare``), and
two unrelated things under one heading (two hearings, one a program update, the other three witnesses) read as
two sides of one question. Groups are alike when their points are the same kind of points: they share a key
word (key_words.stems: "capabilities" on both sides) or both give a number (a measure on each side). Groups that
are not alike are shown as the topic's points, each group with its lines, as any topic of groups.
"""
from __future__ import annotations

from .key_words import stems
from .template_names import template_test


@template_test("alike")
def alike(groups: list) -> bool:
    """Whether the two ``groups`` (points with sub-points) are alike: their sub-points share a key word, or each
    group's sub-points give a number (see the module doc)."""
    if len(groups) != 2:
        return False
    texts = [[c["text"] for c in g.get("children") or []] for g in groups]
    words = [{s for t in side for s in stems(t)} for side in texts]
    return bool(words[0] & words[1]) or all(any(ch.isdigit() for t in side for ch in t) for side in texts)
