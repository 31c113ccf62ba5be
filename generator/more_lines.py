"""A slide's last line that counts the points it leaves out ("And 26 more", peer_pages.more_line) stays its last
line through the deck's fitting, counting what the fitting leaves out too.

A budget that shows three of a topic's 29 points says so (budgets.shown_points, review 16 finding 5). The deck's
word and line budgets (deckfit) then cut the slide again: cut as a point, that line was dropped with the last ones
("Left off the slide: …; And 1 more"). Here the fitting runs on the points above it, within the words it leaves
them, and the line comes back after what is kept, its count grown by the points the fitting left out (their
slide's speaker notes name them, as deck_twin.split writes them).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .document import Bullet, Slide
from .headline import count_words
from .words import fill

_MARK = 987654321  # (a count no slide says: where it stands in the language's line)


def more_text(count: int, lang: dict) -> str:
    """The line that says ``count`` more points are left out, their slide's speaker notes naming them (a line of its
    own: the words, written to follow a list, less the comma that joins them to it: "，另有 5 个" reads "另有 5 个")."""
    more = fill(lang["also_one_more_notes" if count == 1 else "also_more_notes"], count=count).strip().lstrip(",，、")
    return more[:1].upper() + more[1:]


def more_count(text: str, lang: dict) -> int | None:
    """The number of points ``text`` says are left out, where it is the language's line for them
    (``more_text``: "And 26 more", "And 1 more"), else None."""
    if text == more_text(1, lang):
        return 1
    head, _, tail = more_text(_MARK, lang).partition(str(_MARK))
    if not tail and not head:
        return None
    found = re.fullmatch(re.escape(head) + r"(\d+)" + re.escape(tail), text)
    return int(found.group(1)) if found else None


def keeping_more(slide: Slide, fit: Callable[[Slide, int], list[Slide]], lang: dict) -> list[Slide]:
    """``fit(slide, spare)`` (a deck fitting that returns the slide, or the slide for the report and its deck twin)
    run on ``slide``'s points above their more lines (its own and its columns': ``spare``, those lines' words, for the
    fitting to leave room), each line back last on each part, on the deck's counting the points that part leaves out
    too."""
    lists = [slide.bullets, *(c.bullets for c in slide.columns)]
    lasts = [_more(bullets, lang) if slide.deck else None for bullets in lists]
    if not any(lasts):
        return fit(slide, 0)
    above = [bullets[:-1] if last else bullets for bullets, last in zip(lists, lasts)]
    spare = sum(count_words(last[1].text) for last in lasts if last)
    parts = fit(slide.model_copy(update={"bullets": above[0], "columns": [
        c.model_copy(update={"bullets": b}) for c, b in zip(slide.columns, above[1:])]}), spare)
    out = []
    for part in parts:
        shown = [part.bullets, *(c.bullets for c in part.columns)]
        back = [_back(now, len(before), last, part.deck, lang) for now, before, last in zip(shown, above, lasts)]
        out.append(part.model_copy(update={"bullets": back[0], "columns": [
            c.model_copy(update={"bullets": b}) for c, b in zip(part.columns, back[1:])]}))
    return out


def _more(bullets: list[Bullet], lang: dict) -> tuple[int, Bullet] | None:
    """The count and the line of ``bullets``' last point, where it is a more line."""
    count = more_count(bullets[-1].text, lang) if bullets and not bullets[-1].children else None
    return None if count is None else (count, bullets[-1])


def _back(bullets: list[Bullet], before: int, last: tuple[int, Bullet] | None, deck: bool, lang: dict) -> list[Bullet]:
    """``bullets`` (of ``before`` points above the more line ``last``) with that line back last, counting those the
    deck's fitting left out."""
    if last is None:
        return bullets
    gone = before - len(bullets) if deck else 0
    return [*bullets, Bullet(text=more_text(last[0] + gone, lang)) if gone > 0 else last[1]]
