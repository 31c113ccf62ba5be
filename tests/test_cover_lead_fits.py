"""A cover's lead (cover_lead.py: a summary too thin for a slide is the cover's sentence) fits the cover: the slow
render test's dense content, one takeaway of a 5,000-character word, ran off the title slide once the takeaway
moved from the bottom line's slide (where points are cut to fit) to the cover (review 14's finding 3)."""
from __future__ import annotations

from pptx import Presentation

from generator.build import build
from generator.writers.common import Para
from generator.writers.pptx.fit import fit_size
from generator.writers.pptx.geometry import MARGIN
from generator.writers.pptx.slides.cover import SUB_SIZES, _room, fitting

from .test_deck_render import dense_content

def test_a_lead_longer_than_the_cover_is_shortened_to_fit(tmp_path):
    """test_deck_render's dense content (its one takeaway a 5,000-character word, its points no statement the bottom
    line takes) has a thin summary: the takeaway is the cover's lead, shortened to what the cover holds."""
    content = dense_content(tmp_path / "dense.yaml")
    build([content], audiences=["technical"], formats=["pptx"], output=tmp_path)
    cover = Presentation(str(tmp_path / "dense-technical.pptx")).slides[0]
    [lead] = [p.text for sh in cover.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
              if p.text.startswith("xxx")]
    assert lead.endswith("…") and 100 < len(lead) < 5000, len(lead)
    assert fit_size([Para(lead)], *_room(cover.part.package.presentation_part.presentation.slide_width / 12700
                                         - 2 * MARGIN, 60), SUB_SIZES)


def test_fitting_cuts_at_a_space_and_keeps_what_fits():
    text = "word " * 300
    cut = fitting(text, 600, 60, SUB_SIZES)
    assert cut.endswith("word…") and len(cut) < len(text) and fit_size([Para(cut)], *_room(600, 60), SUB_SIZES)
    assert fitting("Short.", 600, 60, SUB_SIZES) == "Short."
