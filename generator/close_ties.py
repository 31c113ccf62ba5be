"""What a close follows from: the topics that back the bottom line's items (review 14's finding 2).

A deck's close says what follows from its bottom line (an implication, what to watch, the decision), so
a topic's closing statement ends the deck only where that topic backs one of the bottom line's items:
the item was drawn from it (its ``topic``, overview.named), else it is the topic that shares the most key
words and numbers with the item (key_words.keys), at least LEAST_SHARED of them. lescast's "Approche
recommandée : commencer par les services les moins complexes…" closes (its topic, Trivago's migration to
GraalVM, backs "GraalVM cartonne chez Trivago (43 à 12 réplicas !)"), as does Oracle's policy under way
(the topic of "OpenJDK interdit le code généré par LLM"); "La configuration n'est pas un défaut de
conception mais une conséquence logique…" does not: its topic (GraalVM's closed world) backs no item.
A statement is never picked because it is last in its section: where it sits does not count.
"""
from __future__ import annotations

from collections.abc import Sequence

from .key_words import keys

LEAST_SHARED = 2  # key words or numbers an item shares with the topic that backs it, at least


def _told(topic: dict) -> tuple[set[str], set[str]]:
    """The numbers and key words' stems of ``topic``: of its title, summary and points (sub-points too)."""
    texts = [topic["title"], topic.get("summary") or ""]
    stack = list(topic["points"])
    while stack:
        point = stack.pop()
        texts.append(point["text"])
        stack.extend(point["children"])
    found = [keys(t) for t in texts]
    return set().union(*(n for n, _ in found)), set().union(*(w for _, w in found))


def backing(opened: Sequence[dict], topics: Sequence[dict]) -> list:
    """The ids of the ``topics`` that back the bottom line's items (``opened``), in the items' order, each once
    (see the module doc); none where the deck has no bottom line."""
    told = {t["id"]: _told(t) for t in topics}
    found: list = []
    for item in opened:
        numbers, stems = keys(item["text"])
        shared = {tid: len(numbers & n) + len(stems & w) for tid, (n, w) in told.items()}
        best = item.get("topic") or max(shared, key=lambda tid: shared[tid], default=None)
        if best in told and (item.get("topic") or shared[best] >= LEAST_SHARED) and best not in found:
            found.append(best)
    return found
