"""A slide's body never says its title again (issue #21, review 17): generator/title_echo.py takes the line off
where the rest backs the title, or shows its figure in the band where it states one no other slide says; the deck
rule ``title-echo`` (tests/deck_titles.py) measures it on built decks, and can fail."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.document import Bullet, KeyFigure, Slide
from generator.title_backing import echoes
from generator.title_echo import figure_of, unechoed
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_titles import _title_kicker, title_echo, title_support
from .notes_built import NOTES, notes_build

EN = load_words("en")
ALSO = EN["also_in_report"]
EXPORTS = "Exports rose 12% year-over-year to $4.5 billion"


@pytest.mark.parametrize("title, line, result", [
    (EXPORTS, EXPORTS + ".", True),  # (the same sentence, its stop aside)
    ("Exports rose 12% to $4.5 billion; meanwhile, imports fell", "Exports rose 12% to $4.5 billion. Meanwhile, imports "
     "fell", True),  # (two sentences the title joins)
    ("Harbour traffic reached a record high during the spring season", "Harbour traffic reached a record high during "
     "the spring", True),  # (six of its seven key words)
    (EXPORTS, "Exports rose 12% year-over-year", False),  # (not its level: a figure's label under it)
    (EXPORTS, "Imports fell 3% year-over-year to $2.1 billion", False),
    ("Harbour traffic is at a record high this spring", "Harbour fees rose this spring", False),
])
def test_a_line_echoes_its_title_by_the_same_sentence_or_most_of_its_key_words(title, line, result):
    assert echoes(title, line) is result


@pytest.mark.parametrize("text, found", [
    (EXPORTS + ".", ("$4.5 billion", "Exports rose 12% year-over-year", [])),  # (a change, then the level)
    ("Ferry fares would rise by £12 a month", ("£12 a month", "Ferry fares would rise", [])),  # (a rate stays whole)
    # (review 19: a value inside a phrase is not labelled by the sentence with a hole, "The port is spending on
    # cranes"; review 21: nor bare, "52 billion": the words after it in its clause label it)
    ("The port is spending 40 million on new cranes. Meanwhile, rail freight fell", (
        "40 million", "On new cranes", ["Meanwhile, rail freight fell"])),
    ("Harbour traffic is at a record high", None),  # (no figure)
])
def test_a_line_s_figure_is_its_value_over_what_it_measures(text, found):
    assert figure_of(text) == found


def _slide(title: str, *lines: str) -> Slide:
    return Slide(layout="bullets", title=title, kicker="Trade", topic="trade", bullets=[Bullet(text=t) for t in lines])


def test_a_line_that_says_the_title_leaves_the_deck_slide_in_another_form_or_not_at_all():
    """Backed by the rest: the line goes; stating a figure no other slide says (a bottom line that says the title whole
    is none): its figure shows in the band; another slide saying the figure, or the next slide's figure joining the
    band: the line goes all the same (review 18), its time the slide's, unless the slide would keep fewer than three
    statements (few-lines). The report keeps every line."""
    backing = _slide(EXPORTS, EXPORTS + ".", "Export volumes rose in every region", "Exports to Asia led")
    report, deck = unechoed([backing], ALSO)
    assert not deck.report and not report.deck and [b.text for b in report.bullets] == [b.text for b in backing.bullets]
    assert [b.text for b in deck.bullets] == ["Export volumes rose in every region", "Exports to Asia led"]
    lone = _slide(EXPORTS, EXPORTS + ".", "Staff morale is steady", "A new office opens in May")
    figured = unechoed([lone], ALSO)
    assert [(f.value, f.label) for f in figured[-1].figures] == [("$4.5 billion", "Exports rose 12% year-over-year")]
    assert [b.text for b in figured[-1].bullets] == ["Staff morale is steady", "A new office opens in May"]
    summary = Slide(layout="bullets", title="The bottom line", role="summary", bullets=[Bullet(text=EXPORTS)])
    assert unechoed([summary, lone], ALSO)[1:] == figured  # (the bottom line says the title: the band may show it)
    other = Slide(layout="bullets", title="The bottom line", role="summary", bullets=[Bullet(text="Exports hit $4.5 billion")])
    band = Slide(layout="big_number", title="Margin", topic="trade", figures=[KeyFigure(value="54%", label="Margin")])
    three = lone.model_copy(update={"bullets": [*lone.bullets, Bullet(text="Fees stay flat")]})
    for slides in ([other, three], [three, band]):  # (another slide says the figure; the next one's joins the band)
        deck = [s for s in unechoed(slides, ALSO) if s.deck and s.topic and s.layout == "bullets"]
        assert [b.text for b in deck[0].bullets] == ["Staff morale is steady", "A new office opens in May", "Fees stay flat"]
        assert not deck[0].figures
    assert unechoed([other, lone], ALSO) == [other, lone]  # (two statements left: a near-empty slide, the line stays)
    said = Bullet(text="Harbour traffic is at a record high.", at={"seconds": 77, "label": "1:17"})
    timed = Slide(layout="bullets", title="Harbour traffic is at a record high", kicker="Port", topic="port",
                  bullets=[said, Bullet(text="Staff morale is steady"), Bullet(text="Fees stay flat"),
                           Bullet(text="Cranes were renewed")])
    report, deck = unechoed([timed], ALSO)
    assert [b.text for b in deck.bullets][0] == "Staff morale is steady" and deck.at.seconds == 77
    assert report.bullets == timed.bullets


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_deck_rule_finds_a_line_that_says_its_slide_s_title(audience, tmp_path):
    """AMD's results slide showed "Revenue grew 36% year-over-year to $9.2 billion" under that title (review 17, 18):
    the line is gone; the results are now a table (tabled_points.py, review 19) whose revenue row shows the $9.2
    billion and whose gross margin row the 54%, no band; no slide says its title again, and the same deck with a
    slide's title added under its points (the buyback slide's) breaks the rule (it can fail)."""
    prs = Presentation(str(notes_build(NOTES / "earnings-call-amd.txt", ("pptx",)).content.parent
                           / f"earnings-call-amd-{audience}.pptx"))
    assert title_echo(list(prs.slides)) == []
    slide = next(s for s in prs.slides if _title_kicker(s)[0] == "Revenue grew 36% year-over-year to $9.2 billion")
    lines = [p.text for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs]
    cells = [c.text for s in slide.shapes if s.has_table for row in s.table.rows for c in row.cells]
    assert "$9.2 billion" in cells and "54%" in cells and "54%" not in lines and "$9.2 billion" not in lines
    assert title_support([slide]) == []
    number, slide = next((n, s) for n, s in enumerate(prs.slides, start=1)
                         if _title_kicker(s)[0].startswith("$1.3 billion in share repurchases"))
    body = max((s for s in slide.shapes if s.has_text_frame), key=lambda s: len(s.text_frame.paragraphs))  # (its points)
    body.text_frame.add_paragraph().text = _title_kicker(slide)[0] + "."
    prs.save(str(tmp_path / "changed.pptx"))
    changed = list(Presentation(str(tmp_path / "changed.pptx")).slides)
    assert [v[:2] for v in title_echo(changed) if v[1] == number] == [("title-echo", number)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_point_says_its_slide_s_title_again_on_the_summit_notes(audience):
    """allin's "Birth rates are globally decreasing and at historical lows" and "The US is spending 52 billion…" were
    said again as the first point under themselves (review 18): gone from the deck, kept in the report."""
    built = notes_build(NOTES / "allin-summit-takeaways.txt", ("pptx",)).content.parent
    prs = Presentation(str(built / f"allin-summit-takeaways-{audience}.pptx"))
    assert title_echo(list(prs.slides)) == []
    titles = [_title_kicker(s)[0] for s in prs.slides]
    assert any(t.startswith("Birth rates are globally decreasing") for t in titles)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_allin_s_52_billion_is_labelled_by_what_it_is_spent_on(audience):
    """Review 21: allin's band "52 billion" stood with no label (the sentence cut around it read with a hole, review
    19): the words after it in its clause label it. (The notes write no currency: none is added.)"""
    made = notes_build(NOTES / "allin-summit-takeaways.txt", ("pptx",)).content
    slides = list(Presentation(str(made.with_name(f"{made.stem}-{audience}.pptx"))).slides)
    spending = next(s for s in slides if _title_kicker(s)[0].startswith("The US is spending 52 billion"))
    said = [p.text for s in spending.shapes if s.has_text_frame for p in s.text_frame.paragraphs]
    assert "52 billion" in said and "On semiconductors within our borders" in said, said
