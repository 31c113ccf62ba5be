"""A table that a list of its topic's points says row by row is that list on the deck (review 18).

The default policy and technical decks showed "GPU restrictions: H100 banned from export to China; H800 initially
allowed, then restricted; H20 now permitted with reduced capabilities" and, on the next slide, the table of the same
three GPUs with their status and a note: one list twice. Where a list of a topic's deck slide (two points or more,
on a comparison one side) says each row of a table of that topic — one point a row, naming its first cell ("H100")
as a whole word, with every number of the row's other cells and at least half the key words of each ("Banned";
"Never allowed for export to China": export, China) — the table leaves the deck: the list says it where the rest of
its topic stands ("Impact on China" beside it), and the deck spends no half-empty slide on it. The report keeps the
table. A table with a column the list does not say (a number, a note of its own) stays.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .document import Bullet, Column, Slide
from .inline import plain
from .key_words import keys
from .scripts import language_of

LEAST_ITEMS = 2  # points a list holds at least to say a table (one point naming a row is a remark on it)


def one_side(slide: Slide, side: Column, kept: list[Bullet]) -> Slide:
    """``slide``, a comparison, as a points slide of ``side`` alone: its heading as the point that introduces
    ``kept``, its points left (a full-width colon after Chinese or Japanese)."""
    colon = "：" if language_of(side.title[-1:] or " ") in ("zh", "ja") else ":"
    return slide.model_copy(update={"layout": "bullets", "columns": [], "bullets": [
        Bullet(text=side.title + colon, at=side.at, children=kept)]})


def _names(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", plain(text), re.IGNORECASE) is not None


def _says_cell(text: str, cell: str) -> bool:
    """Whether ``text`` says ``cell``: its every number and at least half its key words."""
    numbers, words = keys(plain(cell))
    told_numbers, told_words = keys(plain(text))
    return numbers <= told_numbers and 2 * len(words & told_words) >= len(words)


def says_rows(bullets: list[Bullet], rows: list[list[str]]) -> bool:
    """Whether ``bullets`` say ``rows``, one point a row, in any order (see the module doc)."""
    if len(bullets) < LEAST_ITEMS or len(bullets) != len(rows) or any(b.children for b in bullets):
        return False
    left = list(bullets)
    for row in rows:
        first = plain(row[0]).strip() if row else ""
        match = next((b for b in left if first and _names(b.text, first)
                      and all(_says_cell(b.text, cell) for cell in row[1:])), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _lists(slide: Slide) -> list[list[Bullet]]:
    """The lists of a topic's deck slide: each point's points, and each side of a comparison."""
    return [b.children for b in slide.bullets if b.children] + [c.bullets for c in slide.columns] + (
        [slide.bullets] if slide.bullets else [])


def tables_once(slides: list[Slide], said: Callable[[list[Bullet], list[list[str]]], bool] = says_rows) -> list[Slide]:
    """``slides`` with each deck table that a list of a deck points slide of its topic says (``said``) in the report
    only (see the module doc)."""
    lists: dict[str, list[list[Bullet]]] = {}
    for s in slides:
        if s.deck and s.topic and s.layout in ("bullets", "two_column"):
            lists.setdefault(s.topic, []).extend(_lists(s))
    return [s.model_copy(update={"deck": False})
            if s.deck and s.layout == "table" and s.table and any(said(items, s.table.rows)
                                                                  for items in lists.get(s.topic, []))
            else s for s in slides]
