"""Review 21's worst problem 1 on chapter lists (guide-to-live-chapters, lex-fridman-outline): their decks are a
listening guide, and say nothing twice. The policy and technical decks of guide showed "About this briefing", three
sentences of the show's blurb ("This conversation explores the history…") that describe the chapters its chart
shows; a deck without topic slides has no such slide (the report keeps it). Read back from the decks and reports
built from the real notes (python-pptx, the report's text)."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_storyline import heads
from .notes_built import NOTES, notes_build
from .presentable_words import pdf_pages

EN = load_words("en")


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_a_chapter_list_deck_shows_no_blurb_as_about(audience):
    made = notes_build(NOTES / "guide-to-live-chapters.txt", ("pptx", "pdf"))
    assert made.problem is None, made.problem
    slides = list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)
    assert not [s for s in slides if EN["about"] in heads(s)], [heads(s) for s in slides]
    text = " ".join(sh.text_frame.text for s in slides[1:] for sh in s.shapes if sh.has_text_frame)
    assert "This conversation explores" not in text
    report = " ".join(line for _, page in pdf_pages(made.content.with_name(f"{made.content.stem}-{audience}.pdf"))
                      for line in page)
    assert "This conversation explores the history" in " ".join(report.split())  # (the report keeps it)
