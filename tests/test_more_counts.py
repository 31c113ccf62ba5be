"""Issue #21 (counts): a slide's "And N more" counts only the points of its topic that no slide of the deck shows.

Read from the real fixtures' built decks (notes_built), written apart from budgets.shown_points and shown_more.py:
the points a more line's slide names in its speaker notes as left off (those it counts) are on no slide of the deck:
word for word as a line or a title (a closing full stop or colon aside), nor as a key figure (a line that is one of
the point's numbers, on a slide that shows all of them). AMD executive said "And 5 more" under the segments'
revenues, three of them the operating incomes the next slide shows as figures; the Knesset decks counted the two
lines their close shows.
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.inline import plain
from generator.loader import load_content
from generator.more_lines import more_count
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build

WITH_MORE = ("earnings-call-amd.txt", "knesset-finance-he.txt", "lescastcodeurs-fr.md", "syntax-year-review.md",
             "talkgo-runtime-zh.md", "lex-fridman-outline.txt", "allin-summit-takeaways.txt", "house-cliff-notes.txt")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _key(text: str) -> str:
    return " ".join(plain(text).split()).rstrip(".:。：").strip()


def _lines(slide) -> list[str]:
    """Every paragraph of text on ``slide`` (its title first)."""
    return [p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs if p.text.strip()]


def _shown(point: str, slides: list[list[str]]) -> bool:
    """Whether a slide shows ``point``: word for word, or as one of its numbers over a label, all its numbers there."""
    key, numbers = _key(point), set(_NUMBER.findall(point))
    for lines in slides:
        keys = {_key(line) for line in lines}
        if key in keys:
            return True
        text = " ".join(lines)
        if numbers and numbers <= set(_NUMBER.findall(text)) and any(_figure(line, numbers) for line in lines):
            return True
    return False


def _figure(line: str, numbers: set[str]) -> bool:
    """Whether ``line`` is a key figure's value of ``numbers`` ("$1.1 billion", "54%"): a number or two with a unit or
    a sign, not a page count ("2 / 5"), a time, nor a more line ("And 6 more")."""
    said = set(_NUMBER.findall(line))
    return (bool(said) and said <= numbers and len(line.split()) <= 3 and re.search(r"[^\d\s/.,:▶]", line) is not None
            and not any(more_count(line, load_words(code)) for code in ("en", "fr", "de", "es", "he", "ar", "zh")))


def _named(notes: str, head: str, words: dict) -> list[str]:
    """The points ``notes`` name as left off the slide: each ``head`` ("Left off the slide: "), then items joined by
    "; " (the last may run on into the notes' next sentence; the sentence that names a slide's figures is cut)."""
    figures = re.escape(words["topic_figures_notes"]).replace(re.escape("{values}"), ".*?").replace(
        re.escape("{topic}"), ".*?")
    notes = re.sub(" ?" + figures + "$", "", notes)
    return [item.strip() for section in notes.split(head)[1:] for part in section.split(" / ")
            for item in part.split("\n")[0].split("; ")]


def _on(item: str, slides: list[list[str]]) -> bool:
    """Whether a slide shows the named ``item``: as a point (``_shown``), or as the start of it (the notes' next
    sentence after it)."""
    keys = {_key(line) for lines in slides for line in lines}
    return _shown(item, slides) or any(len(k.split()) >= 3 and item.startswith(k + ".") for k in keys)


@pytest.mark.parametrize("name", WITH_MORE)
def test_a_more_line_counts_only_points_no_slide_shows(name):
    """Every more line of every deck of ``name``: the points its slide's notes name as left off (the ones it counts)
    are on no slide of the deck."""
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    words = load_words(load_content(made.content).lang)
    head = words["left_off_slide"].partition("{items}")[0]
    seen = 0
    for audience in AUDIENCES:
        deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
        slides = [_lines(s) for s in deck.slides]
        for n, lines in enumerate(slides):
            if not any(more_count(line, words) for line in lines):
                continue
            seen += 1
            notes = deck.slides[n].notes_slide.notes_text_frame.text
            shown = [item for item in _named(notes, head, words) if _on(item, slides)]
            assert not shown, (audience, n + 1, shown)
    assert seen, f"{name}: no more line read"


def _counts(stem: str, audience: str) -> list[int]:
    made = notes_build(NOTES / stem, ("pptx",))
    words = load_words(load_content(made.content).lang)
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
    return [c for s in deck.slides for c in (more_count(line, words) for line in _lines(s)) if c is not None]


def test_amd_and_knesset_count_what_their_decks_do_not_show():
    """AMD executive: the key results leave out free cash flow only (its 54% gross margin is the slide's figure), the
    segments' revenues two points (the operating incomes are the next slide's figures: it said "And 2 more" and "And
    5 more"); the Knesset executive deck's debate, a point a sentence of its speeches since h-intl4 (importer/protocol.py):
    102, less those its slide and its bottom line show and the questions and remarks no count names."""
    assert _counts("earnings-call-amd.txt", "executive") == [1, 2]
    assert _counts("knesset-finance-he.txt", "executive") == [77]
