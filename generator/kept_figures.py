"""A point the bottom line says stays on its slide where it alone backs the item (review 14, finding 1; review 16).

The bottom line states its items; their evidence slides show them. said_once leaves out of a topic's slide a
point the bottom line says, so that the deck says it once — but an item must be shown with its evidence on a slide
of the deck ("Operating income was $2.2 billion…" on the bottom line, the results slide without it, would leave
$2.2 billion on no evidence slide; "Native Image impose la closed-world assumption" on the bottom line, its slide
without it, would leave the item to no slide at all). ``needed``: such a point stays where the rest of its slide (its
title, its other points, its figures) does not show every number it says, or, where it says none, two thirds of its
key words (key_words.keys: as consequence.backed reads an item's backing).
"""
from __future__ import annotations

from collections.abc import Sequence

from .document import Bullet, Slide
from .key_words import keys


def _keys(texts: Sequence[str]) -> tuple[set[str], set[str]]:
    """The numbers (no years) and the key words' stems the ``texts`` say (key_words.keys)."""
    found = [keys(t) for t in texts]
    return set().union(*(n for n, _ in found)), set().union(*(s for _, s in found))


def needed(point: Bullet, bullets: Sequence[Bullet], slide: Slide) -> bool:
    """Whether ``point`` (of ``bullets``, on ``slide``) alone backs what it says on its slide (see the module doc)."""
    numbers, stems = keys(point.text)
    if not numbers and not stems:
        return False
    rest = _keys([slide.title, slide.subtitle or "", *(b.text for b in bullets if b is not point),
                  *(f"{f.value} {f.label}" for f in slide.figures)])
    if numbers:
        return not numbers <= rest[0]
    return 3 * len(stems & rest[1]) < 2 * len(stems)
