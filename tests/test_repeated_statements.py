"""Review 20's worst 4: a statement is said on one slide, not again inside a longer line of another: the deck rule
``repeated-statement`` (tests/deck_lines.py), and generator/bottom_said.py, whose point that says the bottom line's item
after a clause leading into it shows that clause ("הארכנו אותו לשנתיים, כלומר <the item>": "הארכנו אותו לשנתיים")."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.bottom_said import without_said
from generator.compared import compared
from generator.document import Bullet, Slide

from .deck_lines import repeated_statements
from .notes_built import NOTES, notes_build


def _slides(notes: str, audience: str) -> list:
    made = notes_build(NOTES / notes, ("pptx",)).content
    return list(Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides)


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_knesset_s_terms_are_said_on_the_bottom_line_and_their_lead_on_the_evidence(audience):
    slides = _slides("knesset-finance-he.txt", audience)
    assert repeated_statements(slides) == []
    lines = [p.text for s in slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert "הארכנו אותו לשנתיים" in lines


def test_the_rule_reads_a_quote_said_again_with_its_speaker_in_other_words():
    """cliff: the bottom line's "“China is …” — Mike Rogers" is the evidence slide's "“China is …,” said … Mike Rogers"
    (a known failure: without it the slide keeps two lines)."""
    found = repeated_statements(_slides("house-cliff-notes.txt", "executive"))
    assert [n for _, n, _ in found] == [3] and "China is the most challenging" in found[0][2]


def test_a_point_that_leads_into_the_bottom_line_s_item_shows_its_lead():
    item = "Tolls rise by 10% from January and fall to zero for buses"
    points = [Bullet(text="We extended the order by two years, that is tolls rise by 10% from January and fall to zero "
                          "for buses."), Bullet(text="The port employs 3,500 people in the region."),
              Bullet(text="The committee will review the order within a year."),
              Bullet(text="Three ferry lines asked for the same terms.")]
    slide = Slide(layout="bullets", title="The port asked for two more years", kicker="Order", topic="order",
                  bullets=points)
    report, deck = without_said(slide, [compared(item)], "Also in the report: {items}", True)
    assert [b.text for b in deck.bullets][0] == "We extended the order by two years"
    assert report.bullets == points and not report.deck
