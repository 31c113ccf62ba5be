"""Moments a deck says twice (review 20's worst problem 1): a close that names, as a moment to open, what another
deck slide shows at that time, and an "Also discussed" line (coverage.name_left_out) naming a topic the close names.
A close that repeats earlier slides is worse than none.
"""
from __future__ import annotations

from .document import Bullet, Document, Slide
from .inline import plain
from .time_goes import LEAST as LEAST_CLOSE  # lines a close keeps at least (one line is no close)


def close_unrepeated(document: Document) -> Document:
    """``document`` whose deck close names no moment another deck slide shows: a line of a close (role close) that
    is, but for its minutes (" — 6 minutes": time_goes.where_to_start), a line or agenda item of another
    deck slide at the same time leaves it (review 20: syntax-year's technical "Where to start" listed "Bluesky", which
    its slide before listed at 14:02; a close that repeats earlier slides is worse than none); a close left with fewer
    than LEAST_CLOSE lines is the report's only."""
    shown = {key for s in document.slides if s.deck and s.role != "close" for key in _moments_shown(s)}
    slides = []
    for s in document.slides:
        kept = [b for b in s.bullets if not (b.at and _keys(b.at.seconds, b.text) & shown)]
        if not s.deck or s.role != "close" or len(kept) == len(s.bullets):
            slides.append(s)
        elif len(kept) >= LEAST_CLOSE:
            slides += [s.model_copy(update={"deck": False})] if s.report else []
            slides.append(s.model_copy(update={"bullets": kept, "report": False}))
        elif s.report:
            slides.append(s.model_copy(update={"deck": False}))
    return document.model_copy(update={"slides": slides})


def _moments_shown(slide: Slide) -> set[tuple[int, str]]:
    """(time, plain text) of each timed line (a column's too) and agenda item of ``slide``: the moments it lists (a
    slide's or a column's heading with its time is where its points are, as a where-to-hear close names it)."""
    lines = [(b.at, b.text) for b in _every(slide.bullets)]
    lines += [(b.at, b.text) for c in slide.columns for b in _every(c.bullets)]  # (a column's heading is as a title)
    lines += [(a.at, a.title) for a in slide.agenda]
    return {(at.seconds, _plain(text)) for at, text in lines if at}


def _every(bullets: list[Bullet]) -> list[Bullet]:
    return [b for top in bullets for b in [top, *_every(top.children)]]


def _plain(text: str) -> str:
    return plain(text).strip().rstrip(".")


def _keys(seconds: int, text: str) -> set[tuple[int, str]]:
    """The (time, name) a close's line may say: itself, or its name before its minutes."""
    return {(seconds, _plain(text[:end])) for end in _name_ends(text)}


def named_by_close(document: Document) -> set[tuple[int, str]]:
    """(time, title) of each topic a deck close names as a moment to open (time_goes.where_to_start: "Changes to the
    Syntax podcast — 4 minutes (1:30)"): its line starts with the topic's title, at the topic's time. Such a topic
    has no slide, yet the deck shows it: the "Also discussed" line naming it again, two slides on, said it twice
    (review 20: syntax-year)."""
    named: set[tuple[int, str]] = set()
    for s in document.slides:
        if s.deck and s.role == "close":
            named |= {(b.at.seconds, b.text) for b in s.bullets if b.at}
    return {(at, text[:end]) for at, text in named for end in _name_ends(text)}


def _name_ends(text: str) -> list[int]:
    """Where a close's line may end its name: before " — N minutes" (start_minutes), or at its end."""
    cut = text.rfind(" — ")
    return [len(text)] + ([cut] if cut > 0 else [])
