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
def test_knesset_s_terms_are_said_on_the_bottom_line_and_title_their_evidence(audience):
    """Since voice3's titles (merged: mend13) the point "הארכנו אותו לשנתיים, כלומר <the terms>" titles its slide by
    its restatement, the terms: said on the bottom line and as that title, inside no other line."""
    slides = _slides("knesset-finance-he.txt", audience)
    assert repeated_statements(slides) == []
    titles = [s.shapes.title.text_frame.text for s in slides if s.shapes.title is not None]
    assert "החל ב-1.1.16 עד 31.12.17 יחול מכס בשיעור 10% על ממירים ומס קנייה בשיעור אפס" in titles


def test_a_quote_that_titles_its_slide_is_said_again_nowhere():
    """cliff: the bottom line's "“China is …” — Mike Rogers" was the evidence slide's "“China is …,” said … Mike Rogers"
    (a known failure); since voice3's titles the quotation titles that slide with its speaker, and its later sentence
    is the close's (mend13): no line says another again."""
    slides = _slides("house-cliff-notes.txt", "executive")
    assert repeated_statements(slides) == []
    lines = [p.text for s in slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert sum("China is the most challenging" in line for line in lines) == 2  # (the bottom line's item, the title)


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


def test_a_list_item_the_bottom_line_says_shows_its_label_only():
    """binaergewitter: the bottom line says "Erste SSD mit RISC-V statt ARM-Controller"; the news slide's list item
    "[Samsung BM9K1: Erste SSD …](link)" said it again (a sub-point of a shared slide, too few words to leave it): the
    item is now its label, still its link (mend13)."""
    slides = _slides("binaergewitter-de.md", "executive")
    assert repeated_statements(slides) == []
    runs = [r for s in slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs for r in p.runs]
    assert [r.hyperlink.address is not None for r in runs if r.text == "Samsung BM9K1"] == [True]


def test_a_sub_point_that_says_the_item_after_its_label_shows_the_label():
    item = "First SSD with a RISC-V controller"
    news = Bullet(text="News", children=[Bullet(text="Axios"), Bullet(text="[Samsung BM9K1: First SSD with a RISC-V "
                                                                          "controller](https://example.org/ssd)")])
    slide = Slide(layout="bullets", title="News", topic="news", bullets=[news, Bullet(text="Picks")])
    shown = without_said(slide, [compared(item)], "Also in the report: {items}", True)[-1]
    assert [c.text for c in shown.bullets[0].children] == ["Axios", "[Samsung BM9K1](https://example.org/ssd)"]
