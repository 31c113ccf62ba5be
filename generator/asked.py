"""Lines that ask or outline instead of stating: a question ("Q: 内存什么时候释放?", "Why does it
matter?") or an item of an outline ("Golang Runtime 是什么，其发展历程；": an item a list ends on a
semicolon, the way Chinese and other outlines run their items on). Neither is a point a reader can be
told, so neither is a bottom-line item nor a slide's title, in any language.

Told by the line's end (after closing quotes and brackets): "?" or "？", ";" or "；"; and by a phrase of
the content language's ``question_phrases`` (``generator/lang/<code>.yaml``: "是什么", "什么是"), which
ask without a question mark ("Golang Runtime 是什么，其发展历程"). A topic whose points are mostly such
items is an outline (``outlines``): its item without the semicolon (the last, or one the writer left
it off) is an item too, and titles no slide.
"""
from __future__ import annotations

import re

from .inline import plain
from .key_words import holds, phrases

_ASKED = re.compile(r"[?？;；][\s\"”’')\]）」』]*$")


def asks(text: str) -> bool:
    """Whether ``text`` ends as a question or an outline's item does ("?", "？", ";", "；")."""
    return bool(_ASKED.search(plain(text)))


def asks_in(text: str, words: dict) -> bool:
    """Whether ``text`` asks (``asks``) or holds a phrase of the language's ``question_phrases``."""
    return asks(text) or holds(text, phrases(words, "question_phrases"))


def outlines(points: list) -> bool:
    """Whether ``points`` (dicts with ``text``) are an outline's items: two or more, at least half of them
    ending as an outline's item or a question does (``asks``)."""
    return len(points) >= 2 and 2 * sum(asks(p["text"]) for p in points) >= len(points)


def told_points(points: list) -> list:
    """``points`` a reader can be told: none of an outline (``outlines``), each point of any other."""
    return [] if outlines(points) else points
