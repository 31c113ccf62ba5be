"""A point the bottom line says stays on its slide where it alone shows the item's figure (review 14, finding 1).

The bottom line states its items; their evidence slides show them. said_once leaves out of a topic's slide a
point the bottom line says, so that the deck says it once — but an item's number must be on a slide of the deck
("Operating income was $2.2 billion…" on the bottom line, the results slide without it, would leave $2.2 billion
on no evidence slide). ``needed``: such a point stays where the rest of its slide (its title, its other points,
its figures) does not show every number it says.
"""
from __future__ import annotations

from collections.abc import Sequence

from .document import Bullet, Slide
from .key_words import keys


def _numbers(texts: Sequence[str]) -> set[str]:
    """The numbers (no years) the ``texts`` say (key_words.keys)."""
    return set().union(*(keys(t)[0] for t in texts))


def needed(point: Bullet, bullets: Sequence[Bullet], slide: Slide) -> bool:
    """Whether ``point`` (of ``bullets``, on ``slide``) alone shows one of its numbers on its slide."""
    own = keys(point.text)[0]
    if not own:
        return False
    rest = [slide.title, slide.subtitle or "", *(b.text for b in bullets if b is not point),
            *(f"{f.value} {f.label}" for f in slide.figures)]
    return not own <= _numbers(rest)
