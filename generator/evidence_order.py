"""The evidence follows the bottom line (issue #21's executive storyline: the bottom line, then the evidence, most
important first; review 18, finding 2).

The bottom line is ranked by consequence (consequence.py) and its first item is the deck's first point: the slide that
proves it comes first, then the slide of the second item, and so on; the slides that back no item follow in the order
the budget gave them (by weight, for the executive). A slide backs an item where one of its topics holds the item's
statement (its message, a point or a sentence of a point: the item came from there), else, where none does, the first
whose slide shows its evidence (consequence.backed: its title says it, or its body says its numbers or most of its key
words), else the first whose title and body say them together ("GraalVM cartonne chez Trivago (43 à 12 réplicas)" of
the slide titled "…réduction des réplicas de 43 à 12"). A slide is placed once, by the first item it backs.
"""
from __future__ import annotations

from collections.abc import Sequence

from .backing import deck_texts
from .consequence import backed
from .inline import plain
from .key_words import keys
from .template_names import template_filter


def _norm(text: str) -> str:
    """``text`` as drawn, its spaces single, case-folded, without the stop or mark it ends on."""
    return " ".join(plain(text).split()).casefold().rstrip(" .!;:…")


def _texts(topic: dict) -> list[str]:
    """The statements ``topic`` holds: its message and its points and sub-points, as ``_norm`` reads them."""
    def walk(points: Sequence[dict]) -> list[str]:
        return [t for p in points for t in [_norm(p["text"]), *walk(p.get("children", ()))]]
    return [t for t in [_norm(topic.get("message") or ""), *walk(topic.get("points", ()))] if t]


def _holds(group: Sequence[dict], item: str) -> bool:
    """Whether a topic of ``group`` holds the statement ``item`` (its message, a point, or a part of one)."""
    said = _norm(item)
    return bool(said) and any(said in text for topic in group for text in _texts(topic))


def _backer(item: str, groups: Sequence[Sequence[dict]], shown: Sequence[list]) -> int | None:
    """The index of the first of ``groups`` that holds ``item`` (``_holds``), else of the first whose slides
    (``shown``: each topic's title and body keys) back it; None where none does."""
    held = next((i for i, g in enumerate(groups) if _holds(g, item)), None)
    if held is None:
        held = next((i for i, told in enumerate(shown) if backed(item, told)), None)
    if held is None:  # (an item that says what a slide's title and body say together: its numbers in the title)
        held = next((i for i, told in enumerate(shown) if backed(item, [("", _joined(title, said))
                                                                        for title, said in told])), None)
    return held


def _joined(title: str, said: tuple[set[str], set[str]]) -> tuple[set[str], set[str]]:
    """The numbers and key words of a slide's body (``said``) with those of its ``title``."""
    numbers, stems = keys(title)
    return numbers | said[0], stems | said[1]


@template_filter("led_by")
def led_by(groups: Sequence[Sequence[dict]], opened: Sequence[dict], words: dict, points: int = 0,
           lead: Sequence[str] = ()) -> list:
    """The slide ``groups`` (each a list of topics) in the order of the bottom line's items (``opened``) they back,
    the rest after them in their order (see the module doc); ``points``: the points a slide shows at most (0: all).
    The groups of the audience's ``lead`` topics (its budget's, by id or title) stay first, in their order: the
    audience's author put them there."""
    names = {n for name in lead for n in (name, name.casefold())}
    first = [g for g in groups if any(t["id"] in names or t["title"].casefold() in names for t in g)]
    groups = [g for g in groups if all(g is not f for f in first)]
    if not opened or len(groups) < 2:
        return [*first, *groups]
    shown = [[(title, keys(body)) for title, body in deck_texts(group, points, words)] for group in groups]
    backs: dict[int, int] = {}
    for n, item in enumerate(opened):
        found = _backer(item["text"], groups, shown)
        if found is not None:
            backs.setdefault(found, n)
    return [*first, *(groups[i] for i in sorted(range(len(groups)), key=lambda i: (backs.get(i, len(opened)), i)))]
