"""A chapter list's names and heading: each chapter as the deck names it, its numbering ("Number 2 - ", "Tip 3: ")
left out where the list numbers its chapters one after another; "Links" or "Chapters" over the list. Where the
time goes (the chart of a chapter list's minutes) is time_goes.py.
"""
from __future__ import annotations

from .bottom_line import NUMBERED
from .inline import links, plain
from .template_names import template_filter


def _numbering(topics: list) -> dict:
    """Each numbered topic's end of numbering by its ``index``, where the list numbers its chapters one after
    another with one word or none ("Number 1 - ", "Tip 2: ", "3. "), three or more; else {}."""
    found = [(t["index"], m) for t in topics if (m := NUMBERED.match(t["title"]))]
    words = {(m.group(1) or "").casefold() for _, m in found}
    numbers = [int(m.group(2)) for _, m in found]
    counted = len(found) >= 3 and len(words) == 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))
    return {i: m.end() for i, m in found} if counted else {}


def numbered(topics: list) -> bool:
    """Whether every one of ``topics`` is numbered, one after another (a listicle's "Number 1 - …")."""
    return bool(topics) and len(_numbering(topics)) == len(topics)


@template_filter("chapter_names")
def chapter_names(topics: list) -> dict:
    """Each topic's title by its ``index``, without its numbering where the list numbers its chapters
    (see the module doc)."""
    ends = _numbering(topics)
    return {t["index"]: t["title"][ends.get(t["index"], 0):] or t["title"] for t in topics}


@template_filter("list_heading")
def list_heading(topics: list, words: dict) -> str:
    """The heading of a chapter list: "Links" (the word ``links``) where no chapter has a time and
    every title carries a link (show notes that list the pages the show referred to), else "Chapters"."""
    linked = topics and all(t["at"] is None and links(t["title"]) for t in topics)
    return words["links"] if linked else words["chapters"]


def plain_name(topic: dict, names: dict) -> str:
    """A chapter's title as the chart of where the time goes and the close show it (time_goes.py): plain, without
    its numbering (``names``: chapter_names) or a full stop."""
    title = plain(names[topic["index"]]).strip().rstrip(".")
    return title or plain(topic["title"]).strip()


def median(values) -> float:
    """The median of ``values`` (numbers), as ``statistics.median`` gives it; here because importing
    statistics (with fractions and decimal) cost ~3 ms of a one-deck build."""
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        raise ValueError("no median of no values")
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
