"""Issue #20's presentability rules over the words a reader reads: each fails on a deck, a report or a
handout made to break it and holds on a clean one (tests/presentable_words.py)."""
from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from .conftest import have
from .presentability import check as check_deck
from .presentable_words import faults, handout_pages, line_faults, pdf_pages, unlisted
from .test_presentability import _deck, _titled, rules

WORD_RULES = {"markdown", "placeholder-source", "header-line", "unlisted-topic"}


def check(path, **kwargs) -> list:
    """The violations of issue #20's rules (the decks made here are too small for the economy rules)."""
    return [v for v in check_deck(path, **kwargs) if v.rule in WORD_RULES]

MARKDOWN = ("See [the docs](https://example.org/docs) first", "A **bold** claim", "A __bold__ claim",
            "Run `npm create` to start", "## Our 2024 Predictions", "• ## a heading under a bullet",
            "An *emphasised* word")
PLACEHOLDERS = ("The recording", "– The recording", "Recording on example.org",
                "Recording on lexfridman.com: https://lexfridman.com/ai", "Prepared for: Executive audience")
HEADERS = ("Podcast: Syntax", "Hosts: Scott Tolinski, Wes Bos", "Guest(s): Dr. Jane Roe", "⏱️ Duration: 85:10",
           "- Episode Date: January 9, 2026", "Date: 9 Jan 2026", "Recorded: 2026-01-09", "Speakers: A, B")
CLEAN = ("Revenue grew 36% year-over-year to $9.2 billion", "5 * 3 = 15 and 2*4 = 8", "#72 – Scott Aaronson",
         "C# and F# compile to the same runtime", "Time into the recording (H:MM)", "Syntax — audio",
         "Show notes were written by hand", "Episode 28", "Date night ideas: three of them",
         "Recorded live in Miami", "snake_case names", "The hosts' favourite recording of the year")


@pytest.mark.parametrize("line", MARKDOWN)
def test_markdown_syntax_is_found_on_a_slide(tmp_path, line):
    assert rules(_deck(tmp_path, _titled("Findings", line, "A second point on the slide"))) == {"markdown"}


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_a_placeholder_source_name_is_found_on_a_slide(tmp_path, line):
    assert rules(_deck(tmp_path, _titled("Sources", line, "A second line on the slide"))) == {"placeholder-source"}


@pytest.mark.parametrize("line", HEADERS)
def test_a_header_line_of_the_notes_is_found_on_a_slide(tmp_path, line):
    assert rules(_deck(tmp_path, _titled("About this briefing", line, "A second point on the slide"))) \
        == {"header-line"}


def test_words_a_reader_may_see_break_none_of_these_rules(tmp_path):
    assert [line_faults(line) for line in CLEAN] == [[]] * len(CLEAN)
    assert _deck(tmp_path, _titled("Findings", *CLEAN[:4])) == []


def _agenda(*items):
    return _titled("Agenda", *items)


def _topic(title, at):
    return _titled(title, f"▶ {at}", "Utilities lose about one litre in five before it reaches a tap",
                   "Smart meters find leaks three times faster than surveys")


def test_a_topic_missing_from_the_agenda_is_found(tmp_path):
    _deck(tmp_path, _agenda("One (0:10)", "Two (1:00)"), _topic("One", "0:10"), _topic("Two", "1:00"))
    path = tmp_path / "deck.pptx"
    found = check(path, topics=["One", "Two", "Three"])
    assert rules(found) == {"unlisted-topic"} and "'Three'" in found[0].detail and found[0].slide == 1
    assert check(path, topics=["One", "Two"]) == []
    assert check(path, topics=["One", "Three"], chosen=True) != [], "a chosen deck with an agenda lists every topic"


def test_a_deck_without_an_agenda_lists_no_topic_unless_its_audience_chooses(tmp_path):
    _deck(tmp_path, _topic("One", "0:10"), _topic("Two", "1:00"), _topic("Three", "2:00"))
    path = tmp_path / "deck.pptx"
    assert rules(check(path, topics=["One", "Two", "Three"])) == {"unlisted-topic"}
    assert check(path, topics=["One", "Two", "Three"], chosen=True) == []
    # (a deck of one or two topics: an agenda of one item is no agenda, one of two the next slides' titles: review 21)
    assert check(path, topics=["One"]) == [] and check(path, topics=["One", "Two"]) == []


def test_a_topic_is_listed_by_its_link_text_and_an_item_cut_short_lists_it():
    assert unlisted(["Our 2024 Predictions Reviewed. (29:32)"[:-8]],
                    ["[Our 2024 Predictions](https://syntax.fm/show/712) Reviewed."]) == []
    assert unlisted(["Succession IRL: Rupert Murdoch's…"], ["Succession IRL: Rupert Murdoch's children"]) == []
    assert unlisted(["Succession"], ["Succession IRL"]) == ["Succession IRL"]


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
def test_the_rules_read_each_page_of_a_report(tmp_path):
    def pdf(name, *pages):
        canvas = Canvas(str(tmp_path / name), pagesize=A4)
        for lines in pages:
            for i, line in enumerate(lines):
                canvas.drawString(72, 760 - 20 * i, line)
            canvas.showPage()
        canvas.save()
        return tmp_path / name
    bad = pdf("bad.pdf", ["A title", "Prepared for: Executive audience"],
              ["About this briefing", "- Podcast: Syntax", "See [the docs](https://example.org/docs)"],
              ["Sources", "The recording"])
    assert {(f.rule, f.page) for f in faults(pdf_pages(bad))} == {
        ("placeholder-source", 1), ("header-line", 2), ("markdown", 2), ("placeholder-source", 3)}
    assert faults(pdf_pages(pdf("good.pdf", ["A title", "Syntax — audio"], list(CLEAN)))) == []


def test_the_rules_read_the_handout_as_rendered(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# A title\n\n## Findings\n\n- See [the docs](https://example.org/docs), **first**\n"
                    "- Run `npm create` to start\n- An *emphasised* word\n\n| Time | Topic |\n| --- | --- |\n"
                    "| 0:10 | [One](https://example.org/#t=10) |\n", encoding="utf-8")
    assert faults(handout_pages(good)) == []
    bad = tmp_path / "bad.md"
    bad.write_text("# A title\n\nPrepared for: **Executive** audience\n\n- \\[the docs\\](https://example.org/docs)\n"
                   "- Run \\`npm create\\` to start\n- Host: Wes Bos\n\n## Sources\n\n- The recording\n",
                   encoding="utf-8")
    assert sorted(f.rule for f in faults(handout_pages(bad))) == [
        "header-line", "markdown", "markdown", "placeholder-source", "placeholder-source"]
