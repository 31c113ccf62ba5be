"""A cover's lead (cover_lead.py: a summary too thin for a slide is the cover's sentence) fits the cover: the slow
render test's dense content, one takeaway of a 5,000-character word, ran off the title slide once the takeaway
moved from the bottom line's slide (where the deck breaks it across pages) to the cover (review 14's finding 3).
Such a word keeps its slide; a lead that still overflows the cover is shortened there (cover.fitting)."""
from __future__ import annotations

from pptx import Presentation

from generator.build import build
from generator.writers.common import Para
from generator.writers.pptx.fit import fit_size
from generator.writers.pptx.slides.cover import SUB_SIZES, _room, fitting

from .test_deck_render import dense_content

def test_a_word_no_cover_line_holds_keeps_its_summary_slide(tmp_path):
    """test_deck_render's dense content (its one takeaway a 5,000-character word, its points no statement the bottom
    line takes) has a thin summary; a word no line of the cover can hold is no lead (cover_lead.is_thin): its
    summary slide keeps it, broken across lines and pages, never cut (test_long_content), and the cover fits."""
    content = dense_content(tmp_path / "dense.yaml")
    build([content], audiences=["technical"], formats=["pptx"], output=tmp_path)
    slides = list(Presentation(str(tmp_path / "dense-technical.pptx")).slides)
    cover = [p.text for sh in slides[0].shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert not any("xxx" in line for line in cover), cover
    body = "".join(p.text for s in slides[1:] for sh in s.shapes if sh.has_text_frame
                   for p in sh.text_frame.paragraphs).replace("\x0b", "")  # (a line break inside the word)
    assert body.count("x" * 100) >= 40  # (the word whole, broken across the lines of its slide)


def test_fitting_cuts_at_a_space_and_keeps_what_fits():
    text = "word " * 300
    cut = fitting(text, 600, 60, SUB_SIZES)
    assert cut.endswith("word…") and len(cut) < len(text) and fit_size([Para(cut)], *_room(600, 60), SUB_SIZES)
    assert fitting("Short.", 600, 60, SUB_SIZES) == "Short."
