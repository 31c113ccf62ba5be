"""A deck slide's speaker notes name, as left off it, only the points no slide of the deck shows (issue #21, counts).

A slide that shows some of a topic's points names the others in its speaker notes ("Left off the slide: …":
budgets.shown_points, deckfit, continued.py; no line of the slide counts them, review 18 finding 3). Another slide
of the deck may show some of them: the close that states a point of the topic (Knesset executive: its notes named
the two lines "מה זה אומר" shows), a slide titled by one. Named, the notes say the deck leaves out what it shows.
Here, once the deck's slides are chosen (coverage.within_slides), a named point that a deck slide shows (its title
or a line of it, word for word) leaves the notes.
"""
from __future__ import annotations

from .document import Document, Slide, Bullet
from .deck_twin import named as closed
from .inline import plain


def named_once(document: Document) -> Document:
    """``document`` with each deck slide's left-off notes naming only the points no deck slide shows."""
    head = document.words["left_off_slide"].partition("{items}")[0]
    on_deck = set().union(*(_shown(s) for s in document.slides if s.deck))
    slides = []
    for slide in document.slides:
        notes = _unnamed(slide.notes, head, on_deck)[0] if slide.deck and head in slide.notes else slide.notes
        slides.append(slide if notes == slide.notes else slide.model_copy(update={"notes": notes}))
    return document.model_copy(update={"slides": slides})


def _key(text: str) -> str:
    """A text as compared: plain, without its closing full stop and spaces."""
    return " ".join(plain(text).split()).rstrip(".。").strip()


def _shown(slide: Slide) -> set[str]:
    """What ``slide`` shows word for word: its title and each line of its points and columns."""
    def lines(bullets: list[Bullet]) -> list[str]:
        return [t for b in bullets for t in (b.text, *lines(b.children))]
    texts = [slide.title, *lines(slide.bullets), *(t for c in slide.columns for t in lines(c.bullets))]
    return {_key(t) for t in texts if _key(t)}


def _unnamed(notes: str, head: str, shown: set[str]) -> tuple[str, int]:
    """``notes`` without the points its left-off lines (each ``head`` then items joined by "; ") name that ``shown``
    holds, and how many it names no more. The last item of a line may run on into the notes' next sentence."""
    first, *sections = notes.split(head)
    pieces, gone = [first.strip()], 0
    for section in sections:
        items = [i.strip() for i in section.split("; ")]
        last, tail = items[-1], ""
        match = _run_on(last, shown)
        if match is not None:  # (the last named point, then the notes' next sentence, which stays)
            items[-1] = match
            tail = " ".join(plain(last).split())[len(match):].lstrip(".。 ")
        named = [i for i in items if _key(i) not in shown]
        if len(named) == len(items):
            pieces.append((head + section).strip())
            continue
        gone += len(items) - len(named)
        line = head + closed(named) if named else ""
        pieces += [line, tail]
    return (" ".join(p for p in pieces if p), gone) if gone else (notes, 0)


def _run_on(item: str, shown: set[str]) -> str | None:
    """The longest shown line that ``item`` is, followed by the notes' next sentence (None if none): found
    by looking up each prefix that ends before a sentence's end, not by trying every shown line (that was
    quadratic on large decks, and took whichever of two matches the set gave first)."""
    item = " ".join(plain(item).split())
    ends = [i for i in range(len(item)) if item.startswith(". ", i) or item.startswith("。", i)]
    return next((item[:i] for i in reversed(ends) if item[:i] in shown and _key(item) != item[:i]), None)
