"""A slide's "And N more" counts only the points no slide of the deck shows (issue #21, counts).

A budget that shows a few of a topic's points ends its slide on "And N more", its speaker notes naming the others
(budgets.shown_points). Another slide of the deck may show some of them: the close that states a point of the topic
(Knesset executive: "ועוד 31" counted the two lines "מה זה אומר" shows), a slide titled by one. Counted, the deck
says it hides what it shows. Here, once the deck's slides are chosen (coverage.within_slides), a named point that
another deck slide shows (its title or a line of it, word for word) leaves the notes and the count; a count of 0
leaves no line.
"""
from __future__ import annotations

from .document import Bullet, Document, Slide
from .inline import plain
from .more_lines import more_count, more_text


def counted_once(document: Document) -> Document:
    """``document`` with each deck slide's more line counting only the points no other deck slide shows."""
    words = document.words
    head = words["left_off_slide"].partition("{items}")[0]
    on_deck = set().union(*(_shown(s) for s in document.slides if s.deck))
    slides = []
    for slide in document.slides:
        lists = [slide.bullets, *(c.bullets for c in slide.columns)]
        if not slide.deck or not any(_count(b, words) for b in lists) or head not in slide.notes:
            slides.append(slide)
            continue
        notes, gone = _unnamed(slide.notes, head, on_deck)
        lists = _recounted(lists, gone, words)
        slides.append(slide.model_copy(update={"notes": notes, "bullets": lists[0], "columns": [
            c.model_copy(update={"bullets": b}) for c, b in zip(slide.columns, lists[1:])]}))
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
        match = next((s for s in shown if _runs_on(last, s)), None)
        if match is not None:  # (the last named point, then the notes' next sentence, which stays)
            items[-1] = match
            tail = " ".join(plain(last).split())[len(match):].lstrip(".。 ")
        named = [i for i in items if _key(i) not in shown]
        if len(named) == len(items):
            pieces.append((head + section).strip())
            continue
        gone += len(items) - len(named)
        line = head + "; ".join(named) if named else ""
        if line and tail and not line.endswith((".", "。")):
            line += "."
        pieces += [line, tail]
    return (" ".join(p for p in pieces if p), gone) if gone else (notes, 0)


def _runs_on(item: str, text: str) -> bool:
    """Whether ``item`` is ``text`` (a shown line) and then the notes' next sentence."""
    item = " ".join(plain(item).split())
    return any(item.startswith(text + end) for end in (". ", "。")) and _key(item) != text


def _count(bullets: list[Bullet], words: dict) -> int | None:
    """The count of ``bullets``' more line (their last), else None."""
    return more_count(bullets[-1].text, words) if bullets and not bullets[-1].children else None


def _recounted(lists: list[list[Bullet]], gone: int, words: dict) -> list[list[Bullet]]:
    """``lists`` of points with ``gone`` fewer counted by their more lines (the first lines first); a line counting
    none leaves."""
    out = []
    for bullets in lists:
        count = _count(bullets, words)
        if not count or not gone:
            out.append(bullets)
            continue
        less = min(count, gone)
        gone -= less
        rest = [Bullet(text=more_text(count - less, words))] if count > less else []
        out.append([*bullets[:-1], *rest])
    return out
