"""A speaker's words the close quotes, said once in the deck (review 20's worst 2; close_voice.py).

A close of one speaker's statement is a pull quote (slides/conclusion.yaml.j2). Where that statement is a later
sentence of a quotation a topic's point holds, the deck may show it on the topic's slide too: a long quotation is
shown as its first sentences with the rest quoted under them (long_points.split_long: cliff's technical deck showed
"“If we fail to acknowledge that, … for our nation.”" under the chairman's first sentence, then closed on it). Such a
line leaves the deck twin of its slide (the report keeps it); nothing else changes.
"""
from __future__ import annotations

from .deck_twin import split
from .document import Bullet, Document, Slide


def _bare(text: str) -> str:
    """``text`` as compared: without its quotation marks, closing stop and case."""
    return " ".join(text.split()).strip("“”\"«»„ ").rstrip(".").strip("“”\"«»„ ").casefold()


def _without(bullets: list[Bullet], quoted: set[str]) -> list[Bullet]:
    """``bullets`` without the points under them that say one of ``quoted`` (a top-level point stays)."""
    return [b.model_copy(update={"children": kids}) if (kids := [c for c in _without(b.children, quoted)
                                                                 if _bare(c.text) not in quoted]) != b.children else b
            for b in bullets]


def quoted_once(document: Document) -> Document:
    """``document`` whose deck shows the words of its close's pull quote on that slide only (see the module doc)."""
    quoted = {_bare(s.text) for s in document.slides if s.deck and s.role == "close" and s.layout == "quote" and s.text}
    if not quoted:
        return document
    also = document.words["also_in_report"]
    slides: list[Slide] = []
    for slide in document.slides:
        kept = _without(slide.bullets, quoted) if slide.deck and slide.role != "close" else slide.bullets
        dropped = "; ".join(sorted({c.text for b in slide.bullets for c in b.children} - {c.text for b in kept
                                                                                       for c in b.children}))
        slides += split(slide, slide.model_copy(update={"bullets": kept}), dropped, also) if kept != slide.bullets \
            else [slide]
    return document.model_copy(update={"slides": slides})
