"""Points cut at their clauses to a budget of words, the longest first, a clause at a time (never
mid-sentence; clauses.cut), a paragraph no slide shows whole cut to the budget at once: how
deckfit cuts a slide's points before it cuts them to statements or leaves the last ones out.
"""
from __future__ import annotations

from . import clauses
from .deck_twin import words
from .document import Bullet
from .headline import count_words


def at_clauses(points: list[Bullet], most: int) -> list[Bullet]:
    """``points`` with the longest cut at a clause (never mid-sentence), one at a time, until they
    fit ``most`` words or none can be cut so. A point of more than AT_ONCE words is first cut to
    ``most`` at once, and each point's next cut is made once: cut a clause at a time, a point of
    19,000 characters was read again per clause, and every point per clause of any (9 such: 26 s).
    (Shorter points are cut a clause at a time: a name's label goes first, "Committee on Armed
    Services: …", where a cut to ``most`` at once keeps it.)"""
    points = [_within(p, most) for p in points]
    total = words(points)
    cuts = [_next_cut(p.text) for p in points]
    while total > most:
        ready = [(count_words(p.text), i) for i, p in enumerate(points) if cuts[i] is not None]
        if not ready:
            break
        _, i = max(ready)
        text = cuts[i] or ""
        total += count_words(text) - count_words(points[i].text)
        points[i] = Bullet(text=text, at=points[i].at, url=points[i].url)
        cuts[i] = _next_cut(text)
    return points


AT_ONCE = 200  # words of a point cut to a slide's words at once (a paragraph no slide shows whole)


def _within(point: Bullet, most: int) -> Bullet:
    """``point`` cut at a clause to at most ``most`` words, if it has more than AT_ONCE and can be."""
    if count_words(point.text) <= max(most, AT_ONCE) or not (text := clauses.cut(point.text, most)) or text.endswith("…"):
        return point
    return Bullet(text=text, at=point.at, url=point.url)


def _next_cut(text: str) -> str | None:
    """``text`` less its last clause (see clauses.cut), None if it cannot be cut so."""
    cut = clauses.cut(text, count_words(text) - 1)
    return None if not cut or cut.endswith("…") or count_words(cut) >= count_words(text) else cut
