"""A point that is one item of a parallel list ("JEP 500 : …" beside "JEP 504 : …"), and the slide of a
topic whose points are mostly such items, titled by the statement that introduces them: no item titles
the list.
"""
from __future__ import annotations

import re

from .inline import plain
from .key_words import keys
from .said_same import says_again
from .sentence_kinds import is_aside_sentence
from .whole_titles import whole_title

_ITEM = re.compile(r"(\D{0,30}?)\s*#?(\d[\w.]*)\s*[:–—-]\s")  # "JEP 500 : …", "Number 3 - …", "#2: …"


def one_of_a_list(text: str, points: list) -> bool:
    """Whether ``text`` is one item of a parallel list among ``points``: it opens on a name and a number
    ("JEP 500 : …") that another point opens on with another number ("JEP 504 : …")."""
    found = _ITEM.match(plain(text))
    if not found:
        return False
    name = found.group(1).casefold()
    items = {m.group(2) for p in points if (m := _ITEM.match(plain(p["text"]))) and m.group(1).casefold() == name}
    return len(items) >= 2


def in_a_list(text: str, others: list[str]) -> bool:
    """Whether ``text`` is one item of a parallel list among ``others`` ("JEP 500 : …" beside "JEP 504 : …"):
    no such item titles a slide of the others."""
    return one_of_a_list(text, [{"text": t} for t in others])


def listed(texts: list[str]) -> list[bool]:
    """Whether each of ``texts`` is one item of a parallel list among them (as in_a_list asks of each: in one pass)."""
    found = [_ITEM.match(plain(t)) for t in texts]
    numbers: dict[str, set[str]] = {}
    for m in found:
        if m:
            numbers.setdefault(m.group(1).casefold(), set()).add(m.group(2))
    return [m is not None and len(numbers[m.group(1).casefold()]) >= 2 for m in found]


def list_title(topic: dict, words: dict, told: list[str], most: int) -> dict:
    """The slide of a topic whose points are mostly one list's items, titled by the statement that
    introduces them: the last clause (after "; ") of its first other point, when it says a number and
    is a statement that fits a title whole ("Java 26 est une version non-LTS avec 10 JEPs"; the point's
    other clauses stay on the slide), else {}."""
    points = topic["points"]
    at = next((i for i, p in enumerate(points) if not one_of_a_list(p["text"], points)), None)
    clauses = plain(points[at]["text"]).split("; ") if at is not None else [""]
    said = clauses[-1].strip()
    title = whole_title(said[:1].upper() + said[1:], words, most) if said else ""
    if at is not None and title and keys(title)[0] and not is_aside_sentence(title, words) and not says_again(title, told):
        rest = "; ".join(clauses[:-1]).strip()  # (the point's other clauses stay, the title's clause is not said twice)
        kept = [*points[:at], {**points[at], "text": rest}, *points[at + 1:]] if rest else points
        return {"title": title, "kicker": topic["title"], "summary": topic["summary"], "points": kept}
    return {}
