"""Whether a slide's title covers its points: each shares a number or a key word with it.

A title taken from one of a topic's points (titles.strongest) states what that point shows; another
point on its slide belongs there when it shares a number or a key word (key_words.keys) with the
title or the rest of the title's sentence (weigh.TITLE_REST), the words of the topic's heading
aside (every point of "On China" may say "China"). A point that shares none is off the title; two
or more such that share one with each other are a message of their own ("China government does
5-year plans…", "5-year plan sets KPIs and government officials…" under "China real estate is 10-15
years ahead of the US in technology"): such a title covers only part of its slide, and the slide is
titled otherwise (the next statement that covers them all; where none does, the first such title still, the
message's points after its first under it: ``nested``; never the heading, which states nothing). A lone
point off the title, a detail, stays, and so does a point that states nothing (an agenda's "Invocation").
"""
from __future__ import annotations

from .bottom_line import is_statement
from .key_words import keys
from .weigh import TITLE_REST


def off_title(title: str, points: list, heading: str) -> list[dict]:
    """The statements of ``points`` (not the title's rest) that share no number nor key word with ``title``
    and the title's rest, those of ``heading`` aside (see the module doc), where they are a message of
    their own: two or more that share one with each other; else []."""
    told_numbers, told_stems = keys(heading)
    numbers, stems = _keys([title, *(p["text"] for p in points if p.get(TITLE_REST))])
    numbers, stems = numbers - told_numbers, stems - told_stems
    off = [p for p in points if not p.get(TITLE_REST) and is_statement(p["text"])
           and not _shares(_keys(_texts(p)), numbers, stems)]
    said = [_keys(_texts(p)) for p in off]
    joined = [p for n, p in enumerate(off) if any(_shares(said[n], o[0] - told_numbers, o[1] - told_stems)
                                                    for m, o in enumerate(said) if m != n)]
    return joined if len(joined) >= 2 else []


def _keys(texts: list[str]) -> tuple[set[str], set[str]]:
    found = [keys(t) for t in texts]
    return set().union(*(n for n, _ in found)), set().union(*(s for _, s in found))


def _shares(said: tuple[set[str], set[str]], numbers: set[str], stems: set[str]) -> bool:
    return bool(said[0] & numbers or said[1] & stems)


def _texts(point: dict) -> list[str]:
    return [point["text"], *(t for c in point["children"] for t in _texts(c))]


def nested(points: list, message: list) -> list:
    """``points`` with the points of ``message`` (some of them, off a title: ``off_title``) after its first
    under that first, in order, as sub-points that elaborate it ("5-year plan sets KPIs…" under "China
    government does 5-year plans…"); the others as they are."""
    if len(message) < 2 or not any(p is message[0] for p in points):
        return points
    lead, under = message[0], message[1:]
    return [{**p, "children": [*p["children"], *under]} if p is lead else p
            for p in points if not any(p is u for u in under)]
