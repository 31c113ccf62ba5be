"""A point a topic's deck slide says word for word again leaves the deck (issue #24).

Notes that repeat a point (a pasted line, forty copies of "Same point here with 5%.") showed it two or
three times in a row on one slide. Of the points of the deck's topic slides, one that says what a point
shown before says (the same words as compared.py compares them: case, spacing, invisible characters and
Unicode forms aside) and has no points under it leaves its slide's
deck twin (deck_twin.split: the report keeps every copy, as the notes wrote them); a slide whose points
were all shown before is left as it is (it is another topic's slide: it keeps its points). A slide's last line
that counts the points it leaves out ("And 1 more": more_lines.more_text) is said on each slide that needs it.
"""
from __future__ import annotations

from .compared import compared
from .deck_twin import split, texts
from .document import Bullet, Slide
from .more_lines import more_count


def _said(text: str) -> str:
    return compared(text)


def _topical(slide: Slide) -> bool:
    """Whether ``slide`` is a topic's deck slide of points (its own, or short topics side by side)."""
    return slide.deck and (bool(slide.topic) or any(c.topic for c in slide.columns)) and slide.role not in ("summary", "close")


def said_once(slides: list[Slide], also: str, lang: dict | None = None) -> list[Slide]:
    """``slides`` whose topic slides' deck twins leave out each point said word for word before (see the
    module doc); ``also``: the words "Also in the report: {items}" in the document's language, ``lang`` its words
    (to tell its more lines)."""
    seen: set[str] = set()  # the points of the topic slides before, as compared
    out: list[Slide] = []
    for slide in slides:
        if not _topical(slide):
            out.append(slide)
            continue
        shown = set(seen)
        bullets = _fresh(slide.bullets, shown, lang)
        columns = [c.model_copy(update={"bullets": _fresh(c.bullets, shown, lang)}) for c in slide.columns]
        every, kept = slide.bullets + [b for c in slide.columns for b in c.bullets], {id(b) for b in bullets}
        kept |= {id(b) for c in columns for b in c.bullets}
        seen.update(_said(t) for t in texts(every))
        if len(kept) == len(every) or not kept or not all(c.bullets for c in columns):  # (each topic keeps a point)
            out.append(slide)
            continue
        left = "; ".join(b.text for b in every if id(b) not in kept)
        out += split(slide, slide.model_copy(update={"bullets": bullets, "columns": columns}), left, also)
    return out


def _fresh(bullets: list[Bullet], shown: set[str], lang: dict | None) -> list[Bullet]:
    """``bullets`` but those (without points under them) that say what one of ``shown`` says, or one
    before them, a more line aside; ``shown`` gains those kept."""
    kept: list[Bullet] = []
    for b in bullets:
        if b.children or _said(b.text) not in shown or lang is not None and more_count(b.text, lang) is not None:
            kept.append(b)
            shown.add(_said(b.text))
    return kept
