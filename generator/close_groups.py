"""A close whose statements come from different topics says which story each follows (review 19's worst 3: lescast's
close held "Oracle … travaille sur une politique complète…" and "Approche recommandée : commencer par les services les
moins complexes…", two unrelated bullets under "Ce que cela signifie").

close.outlook takes the first closing statement of each topic that backs an item of the bottom line: each says what
comes next for one story, and a reader who sees them side by side cannot tell which. Where they share no point
(close_point.related) and come from two topics, each stands under its topic's heading (short_title.short_title: the
words the notes gave the story), the heading a line and the statement under it: a close of four lines at most
(two to four: deck_storyline.close_lines). With three topics or more, or a statement whose topic is not found, the
statements stay as they are (six lines are no close).
"""
from __future__ import annotations

from .close_point import related
from .inline import plain
from .short_title import short_title
from .template_names import template_filter

GROUPS = 2  # topics a close names, at most (each a heading over its statement: four lines)


def _said(point: dict) -> list[str]:
    """The texts of ``point`` and its sub-points, plain."""
    return [plain(point["text"]), *(t for c in point.get("children") or [] for t in _said(c))]


def _owner(text: str, topics: list) -> dict | None:
    """The first of ``topics`` one of whose points says ``text`` (as the close shows it: whole, a sentence of the
    point, or its leading part), else None."""
    core = plain(text).strip().rstrip(".")
    for topic in topics:
        if core and any(core in said for p in topic["points"] for said in _said(p)):
            return topic
    return None


@template_filter("close_grouped")
def grouped(lines: list, topics: list, opened: list, words: dict) -> list:
    """The close's ``lines``, each under its topic's heading where they come from two topics and share no point (see the
    module doc), else as they are."""
    if len(lines) < 2 or related(lines, opened, words):
        return lines
    owners = [_owner(p["text"], [t for t in topics if not t["aside"]]) for p in lines]
    ids = list(dict.fromkeys(t["id"] for t in owners if t is not None))
    if None in owners or not 2 <= len(ids) <= GROUPS:
        return lines
    headings = {t["id"]: short_title(plain(t["title"])).strip() for t in owners if t is not None}
    if not all(headings.values()):
        return lines  # (a topic without a heading names no story)
    return [{"text": headings[tid], "at": None,
             "children": [p for p, t in zip(lines, owners) if t is not None and t["id"] == tid]} for tid in ids]
