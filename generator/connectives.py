"""A bullet stands without its title: it never opens on a connective that needs what came before.

A point that opens on a word or phrase of the language's ``connective_openers`` ("Meanwhile,", "However,",
"En revanche,") and a comma leans on the sentence before it, which a slide shows as its title or not
at all. Where the rest of the sentence stands alone (it does not open on, nor name a thing by, a word
that refers back: standalone.refers_back), the connective is dropped and the rest opens on a capital
("Meanwhile, Apple is investing over 200 billion into China" → "Apple is investing over 200 billion into
China"); else the point is left as written. Points under points are read the same way.
"""
from __future__ import annotations

from .inline import plain
from .key_words import phrases
from .standalone import refers_back
from .words import WORD


def standing(points: list, words: dict) -> list:
    """``points`` (dicts with ``text`` and ``children``) with each one's opening connective dropped where
    the rest stands alone (see the module doc); the same dicts where nothing changes."""
    openers = phrases(words, "connective_openers")
    return _standing(points, openers, words) if openers else points


def _standing(points: list, openers: list[str], words: dict) -> list:
    out = []
    for point in points:
        text, children = _without(point["text"], openers, words), _standing(point["children"], openers, words)
        changed = text != point["text"] or any(a is not b for a, b in zip(children, point["children"]))
        out.append({**point, "text": text, "children": children} if changed else point)
    return out


def _without(text: str, openers: list[str], words: dict) -> str:
    """``text`` without its opening connective and comma where what follows stands alone, else ``text``."""
    if text != plain(text):
        return text  # (marked-up text is kept as written: its marks would be cut with the words)
    head, comma, rest = text.partition(",")
    rest = rest.strip()
    if not comma or " ".join(WORD.findall(head.casefold())) not in openers or not rest or refers_back(rest, words):
        return text
    return rest[:1].upper() + rest[1:]
