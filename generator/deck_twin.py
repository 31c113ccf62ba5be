"""A slide the deck shows shorter: the whole slide for the report only, a shorter twin for the deck only.

A slide the deck must show shorter (deckfit: within its words and lines; said_once: each figure and
point once) is split in two, the twin's speaker notes carrying what it leaves out. So the report and
the handout keep every point, and the deck keeps one message a slide.
"""
from __future__ import annotations

from .document import Bullet, Slide
from .headline import count_words
from .words import fill

LEAST_WORDS = 15  # fewer words of points, and nothing else, is a near-empty slide
LEAST_LINES = 3  # lines (points and sub-points) a page of a slide shared out over several holds at least, where it can


def split(slide: Slide, deck_version: Slide, left_out: str, also: str) -> list[Slide]:
    """The slide for the report only and its shorter twin for the deck only (notes saying what it leaves
    out, with ``also``: the words "Also in the report: {items}" in the document's language)."""
    if deck_version == slide:
        return [slide]
    notes = left_off_said(deck_version.notes, also, left_out.split("; ")) if left_out else deck_version.notes
    twin = deck_version.model_copy(update={"report": False, "notes": notes})
    return [slide.model_copy(update={"deck": False}), twin] if slide.report else [twin]


def words(bullets: list[Bullet]) -> int:
    """The words of ``bullets`` and every point under them."""
    return sum(count_words(b.text) + words(b.children) for b in bullets)


def lines(bullets: list[Bullet]) -> int:
    """The lines of ``bullets``: one a point and one each point under it."""
    return sum(1 + lines(b.children) for b in bullets)


def texts(bullets: list[Bullet]) -> list[str]:
    """The text of each of ``bullets``, each followed by those of the points under it."""
    return [t for b in bullets for t in (b.text, *texts(b.children))]


def named(items: list[str]) -> str:
    """``items`` (what a slide leaves out) as the notes name them: one after another without their own full stops,
    the list closed by one ("Remix; AI Editors; Vite 6.", not "…anything big in 2024.; Relative…"; "。" after CJK; an
    outline's item that ends on its own semicolon ends without it, not "…的一些方式；."); a
    label left without its list says nothing ("Current deployments:", whose lines are named on their own or drawn)."""
    said = "; ".join(item.strip().rstrip(".。;；") for item in items if item.strip() and not item.strip().endswith((":", "：")))
    stop = "" if not said or said[-1] in "!?！？" else "。" if "\u3000" <= said[-1] <= "\u9fff" else "."
    return said + stop


def left_off_said(notes: str, also: str, items: list[str]) -> str:
    """``notes`` that then name ``items`` as left off the slide (``also``: "Left off the slide: {items}"), in the line
    they end on where they end on one (review 21: "Left off the slide: …. Left off the slide: …", a cut of figures
    then one of lines)."""
    if (line := _ending_line(notes, also)) is None:
        return " ".join(filter(None, (notes, fill(also, items=named(items)))))
    before, said = line
    return " ".join(filter(None, (before, fill(also, items=named([*said, *items])))))


def left_off_unsaid(notes: str, also: str, value: str) -> str:
    """``notes`` whose "Left off the slide: …" line (``also``) no longer names an item that states ``value``, the
    figure the slide now shows in its band (review 22: "Left off the slide: CHIPS Act providing $50B in subsidies"
    under the band "$50B / in US CHIPS Act subsidies"); the line goes where it named only such items."""
    if not value.strip() or (line := _ending_line(notes, also)) is None:
        return notes
    before, items = line
    kept = [item for item in items if not _states(item, value.strip())]
    if len(kept) == len(items):
        return notes
    return " ".join(filter(None, (before, fill(also, items=named(kept)) if kept else "")))


def _ending_line(notes: str, also: str) -> tuple[str, list[str]] | None:
    """``notes`` before the "Left off the slide: …" line (``also``) they end on, and that line's items; None where
    they end on no such line, or on more than one sentence after it."""
    head = also.partition("{items}")[0]
    at = notes.rfind(head) if head else -1
    said = notes[at + len(head):].strip() if at >= 0 else ""
    if not said or said[-1:] not in ".。!?！？" or said[:-1].count(". ") or said[:-1].count("。"):
        return None
    return notes[:at].strip(), said.split("; ")


def _states(item: str, value: str) -> bool:
    """Whether ``item`` states ``value`` as a whole figure ("$50B" in "providing $50B in subsidies", not in "$50Bn")."""
    import re

    return re.search(rf"(?<![\w$.,]){re.escape(value)}(?![\w])", item) is not None
