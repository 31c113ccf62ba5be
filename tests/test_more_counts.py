"""Review 18 finding 3: no deck slide counts what it leaves out ("And 26 more", "Et 4 autres", "ועוד 29", "另有 4 个");
its speaker notes name those points, and only those no slide of the deck shows (issue #21, counts).

Read from the real fixtures' built decks (notes_built), written apart from budgets.shown_points and shown_more.py:
the points a slide names in its speaker notes as left off are on no slide of the deck, word for word as a line or a
title (a closing full stop or colon aside): the Knesset decks named the two lines their close shows. (A key figure's
label the deck shows shorter is named whole: short_labels.py.) A slide shows what it has room for:
AMD's segment slide was half empty under "And 2 more".
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.inline import plain
from generator.loader import load_content
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_colours import table_rows
from .deck_lines import more_lines
from .notes_built import NOTES, notes_build

# (not house-cliff-notes.txt since review 20: its Armed Services slide is titled by the quote with its speaker,
# title_voice.py, and its three other points fit: no slide leaves one out)
LEFT_OFF = ("earnings-call-amd.txt", "knesset-finance-he.txt", "lescastcodeurs-fr.md", "syntax-year-review.md",
            "talkgo-runtime-zh.md", "lex-fridman-outline.txt", "allin-summit-takeaways.txt")


def _key(text: str) -> str:
    return " ".join(plain(text).split()).rstrip(".:。：").strip()


def _lines(slide) -> list[str]:
    """Every paragraph of text on ``slide`` (its title first)."""
    return [p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs if p.text.strip()]


def _named(notes: str, head: str, words: dict) -> list[str]:
    """The points ``notes`` name as left off the slide: each ``head`` ("Left off the slide: "), then items joined by
    "; " (the last may run on into the notes' next sentence; the sentence that names a slide's figures is cut)."""
    figures = re.escape(words["topic_figures_notes"]).replace(re.escape("{values}"), ".*?").replace(
        re.escape("{topic}"), ".*?")
    notes = re.sub(" ?" + figures + "$", "", notes)
    return [item.strip() for section in notes.split(head)[1:] for part in section.split(" / ")
            for item in part.split("\n")[0].split("; ")]


def _on(item: str, slides: list[list[str]]) -> bool:
    """Whether a slide shows the named ``item`` word for word (a closing full stop or colon aside), or as the start of
    it (the notes' next sentence after it)."""
    keys = {_key(line) for lines in slides for line in lines}
    return _key(item) in keys or any(len(k.split()) >= 3 and item.startswith(k + ".") for k in keys)


def _deck(name: str, audience: str):
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))), made.content


@pytest.mark.parametrize("name", LEFT_OFF)
def test_a_slide_names_what_it_leaves_out_in_its_notes_never_on_it(name):
    """Every deck of ``name``: no line counts what its slide leaves out (more-line), and the points a slide's notes
    name as left off are on no slide of the deck; a slide of the deck leaves some out (else nothing was read)."""
    seen = 0
    for audience in AUDIENCES:
        deck, content = _deck(name, audience)
        words = load_words(load_content(content).lang)
        head = words["left_off_slide"].partition("{items}")[0]
        assert more_lines(list(deck.slides)) == [], audience
        slides = [_lines(s) for s in deck.slides]
        for n, slide in enumerate(deck.slides):
            notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
            if head not in notes:
                continue
            seen += 1
            shown = [item for item in _named(notes, head, words) if _on(item, slides)]
            assert not shown, (audience, n + 1, shown)
    assert seen, f"{name}: no slide names what it leaves out"


def test_amd_executive_shows_what_its_slides_have_room_for():
    """AMD executive: the key results ended "And 1 more", the segment slide was half empty under "And 2 more". Both
    are tables now (tabled_points.py, review 19), a row for each point that states a measure and its value — the
    results' five, the four segment revenues —, and their notes name what no row says: free cash flow, the server
    CPU record, and the desktop record, which the slide had left off before it became a table (its notes named it)."""
    deck, _ = _deck("earnings-call-amd.txt", "executive")
    slides = {s.shapes.title.text_frame.text: ([r[0] for r in table_rows(s)[1:]], s.notes_slide.notes_text_frame.text)
              for s in deck.slides if s.shapes.title is not None}
    results, notes = next(v for title, v in slides.items() if title.startswith("Revenue grew 36%"))
    assert results == ["Revenue", "Net income", "Gross margin", "Operating income", "Diluted earnings per share"]
    assert "Left off the slide: Free cash flow more than tripled" in notes
    segments, notes = next(v for title, v in slides.items() if title.startswith("Segment revenue rose"))
    assert len(segments) == 4 and all("revenue" in row for row in segments), segments
    left = notes.split("Left off the slide: ")[1]
    assert "Server CPU revenue reached an all-time high" in left and "Desktop CPU sales reached an all-time high" in left


def test_a_left_off_line_running_on_names_the_longest_shown_line_whatever_the_set_order():
    """Two shown lines that a left-off item both starts with: the longer is the one it names, in every
    process (a set's order of strings changes with the hash seed), and the notes' next sentence stays."""
    from generator.shown_more import _run_on
    for shown in ({"Rates rose", "Rates rose. Bonds fell"}, {"Rates rose. Bonds fell", "Rates rose"}):
        assert _run_on("Rates rose. Bonds fell. The next sentence", shown) == "Rates rose. Bonds fell"
    assert _run_on("Rates rose", {"Rates rose"}) is None  # the line itself runs on into nothing
    assert _run_on("利率上升。下一句", {"利率上升"}) == "利率上升"
