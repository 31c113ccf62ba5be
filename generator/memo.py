"""Results remembered for the objects they were made from (issue #24: work bounded by the input).

A deck's templates ask for a topic's strongest title (titles.strongest) many times over, with the same
arguments: for the summary's claims, for each slide, for the close and for the checks of what backs
what, some ten times for each topic of a deck. ``remembered`` makes each once: it keeps a result
for the objects it was made from, held (so that no other object takes their ``id``) and compared
by identity, and for a key that says them as they are now (their ``repr``: an object changed since
makes its result again), up to ``MOST`` results, all forgotten when there are more and after each
render (render.render_document: ``forget``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

MOST = 1 << 15  # results kept at most (then all are forgotten, and made again as they are asked for)

_KEPT: dict[tuple, tuple[tuple, Any]] = {}


def remembered(held: tuple, key: tuple, make: Callable[[], Any]) -> Any:
    """``make()``, or what it returned before for the same objects ``held`` (by identity) and ``key``
    (hashable; it must say all that the result depends on besides ``held``'s identity)."""
    slot = (tuple(id(o) for o in held), key)
    kept = _KEPT.get(slot)
    if kept is not None and all(a is b for a, b in zip(kept[0], held)):
        return kept[1]
    if len(_KEPT) >= MOST:
        _KEPT.clear()
    result = make()
    _KEPT[slot] = (held, result)
    return result


def forget() -> None:
    """Forget every result kept (a render's end: the objects they hold are that render's)."""
    _KEPT.clear()
