"""Issue #21, review 10's finding 2: notes that give nothing but their chapters' titles say so, once.

lex-fridman-outline (a biography, then chapters) and syntax-tips (a description, then fourteen tips)
presented the chapter list as the finding. The chapters slide's speaker notes now say that the notes give the
chapters' titles only (words.titles_only), on its first page only (test_lone_statement: a continued chapter list);
review 18: as the list's first line it read as a chapter, and review 16: as a caption under its title it was too
small to be read. What the notes lack is no point of a slide (the report's bottom line says words.chapters_only).
"""
from __future__ import annotations

import pytest
from generator.words import load_words

from .notes_built import deck_slides, imported_content

SAID = load_words("en")["titles_only"]


@pytest.mark.parametrize("name", ["lex-fridman-outline.txt", "syntax-tips.md"])
@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_chapter_list_says_once_that_the_notes_give_titles_only(name, audience):
    slides = deck_slides(imported_content(name), audience)
    chapters = [s for s in slides if s.role == "chapters" or s.layout == "chart"]  # (a list that ranks: its chart)
    assert chapters and (chapters[0].layout == "chart" or chapters[0].agenda[0].at is not None), chapters[0].agenda
    said = [s for s in slides if SAID in s.subtitle or any(a.title == SAID for a in s.agenda)]
    assert not said, [s.title for s in said]
    assert [s for s in slides if SAID in s.notes] == chapters[:1]
    assert all(SAID not in (b.text for b in s.bullets) for s in slides)  # (not a point, not the bottom line)


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_topic_of_chapter_titles_says_so_once(audience):
    """syntax-year-review: "What happened this year?" is "React / Solid Start / Tanstack Start", each a
    chapter of the recording and nothing more; the first slide that shows such a topic says the notes give
    the titles only, in its speaker notes (review 18: a 12-point line of what the notes lack is no point of the
    slide), never under its title; no other slide does, and notes whose points state something (AMD's earnings
    call) never say it."""
    slides = deck_slides(imported_content("syntax-year-review.md"), audience)
    said = [s for s in slides if SAID in s.notes]
    assert len(said) == 1, [(s.title, s.notes) for s in slides]
    assert not any(SAID in s.subtitle for s in slides), [s.subtitle for s in slides]
    shown = [c.title for c in said[0].columns] or [said[0].kicker or said[0].title]
    assert any("What happened this year?" in t for t in shown), shown
    amd = deck_slides(imported_content("earnings-call-amd.txt"), audience)
    assert not any(SAID in s.subtitle or SAID in s.notes for s in amd)
