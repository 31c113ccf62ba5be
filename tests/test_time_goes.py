"""Review 19's worst problem 1: notes that state no finding (a chapter list, a nested outline) gave decks of three
slides: a list titled by the minutes its longest chapter takes, then the sources, with no evidence and no close.
Now a list that ranks is a chart of where the time goes and every such deck closes on where to start
(generator/time_goes.py). Read back from the built decks (python-pptx) of the real fixtures."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.time_goes import where_to_start
from generator.words import load_words

from .conftest import have
from .deck_economy import heads
from .notes_built import NOTES, notes_build
from .presentable_words import pdf_pages

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")


def _deck(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _close(slides: list) -> tuple[list[str], list[str]]:
    """The heads and body lines of the slide before the Sources slide (the last where there is none)."""
    at = next((i for i, s in enumerate(slides) if heads(s)[:1] == [EN["sources"]]), len(slides)) - 1
    slide = slides[at]
    lines = [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
             if p.text.strip() and p.text.strip() not in heads(slide) and "·" not in p.text and " / " not in p.text]
    return heads(slide), lines


@pytest.mark.parametrize("audience", AUDIENCES)
def test_an_outline_charts_where_the_time_goes_each_bar_at_its_start(audience):
    """lex (ten chapter titles, no description of them) was cover, list, sources. Its deck charts the chapters by
    minutes under the statement the bars back, each bar labelled with the moment its chapter starts (a long name by
    its first clause, an aside in brackets left out); no close lists three of its bars again (review 20's worst
    problem 1: "Where to start" said the chart twice). The chart is the deck's listening guide (review 21: longest
    first, it showed six of the ten and hid the conversation's order): every chapter of known length, in the
    recording's order (the last, of no known end, is named in its speaker notes)."""
    slides = _deck("lex-fridman-outline.txt", audience)
    (chart,) = [sh.chart for s in slides for sh in s.shapes if sh.has_chart]
    names = list(chart.plots[0].categories)
    values = list(chart.plots[0].series[0].values)
    assert names[:3] == ["Role of philosophy in science (5:07)", "What is a quantum computer? (29:27)",
                         "Quantum decoherence (41:12)"], names
    assert names[-1] == "Quantum machine learning (1:22:18)" and len(names) == 9, names
    assert max(values) == values[0] and len(values) == 9, values
    assert EN["where_to_start"] not in [t for s in slides for t in heads(s)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_nested_outline_shows_its_longest_moments_once(audience):
    """syntax-year-review (chapters of timed sub-chapters and predictions, no statement) closed on "Where to start",
    its longest moments: Bluesky (14:02 to 19:52), Firefox's slip (52:11 to 56:53). Since review 21 its bottom line
    states its longest predictions (Firefox's slip at 52:11) and its slides keep each chapter's longest sub-chapters
    (Bluesky, chapter_points.longest_first): each is said once, at its time, and no close says them again
    (repeated_moments.py)."""
    slides = _deck("syntax-year-review.md", audience)
    lines = [p.text.strip() for s in slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert lines.count("Firefox usage will continue to slip (52:11)") == 1, [t for t in lines if "Firefox" in t]
    assert lines.count("Bluesky (14:02)") == 1, [t for t in lines if "Bluesky" in t]
    assert EN["where_to_start"] not in [t for s in slides for t in heads(s)]


def _chapter(index: int, title: str, start: int, end: int, known: bool = True, aside: bool = False) -> dict:
    return {"index": index, "title": title, "aside": aside, "span": end - start, "span_known": known,
            "at": {"seconds": start, "label": f"{start // 60}:{start % 60:02d}", "links": []}, "points": []}


def test_where_to_start_needs_a_list_that_ranks():
    """Chapters of about one length have no longest to start at; a list of numbered tips (the recording's subject,
    every one shown) closes on where to hear its bottom line instead (close_where.py); an aside is never a moment."""
    even = [_chapter(n + 1, f"Part {n}", 600 * n, 600 * (n + 1)) for n in range(5)]
    assert where_to_start(even, EN) == []
    tips = [_chapter(n + 1, f"Number {n + 1} - Tip {n}", 60 * n * n, 60 * (n + 1) * (n + 1)) for n in range(9)]
    assert where_to_start(tips, EN) == []
    ranked = [_chapter(1, "Welcome", 0, 3000, aside=True), _chapter(2, "A", 3000, 3300), _chapter(3, "B", 3300, 5100),
              _chapter(4, "C", 5100, 5400), _chapter(5, "D", 5400, 5700)]
    assert where_to_start(ranked, EN) == []  # (its chart labels each bar with its start: no close says it again)
    for n, (chapter, start) in enumerate(((ranked[1], 3010), (ranked[2], 3310), (ranked[3], 5110))):  # (a nested outline)
        chapter["points"] = [{"text": f"Part {n}", "at": {"seconds": start, "label": "", "links": []}, "children": []}]
    # (each to the next start of any part or chapter; a chapter without sub-chapters is one, D)
    assert [line["text"] for line in where_to_start(ranked, EN)] == ["Part 0 — 5 minutes", "Part 1 — 30 minutes",
                                                                    "D — 5 minutes"]


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
def test_the_report_has_the_chart_and_every_chapter():
    """The report of lex: the chart of where the time goes, each bar at its start, then every chapter in time order
    (the deck's chart leaves four to its speaker notes); no list of the chart's bars again."""
    made = notes_build(NOTES / "lex-fridman-outline.txt", ("pdf",))
    lines = [" ".join(line.split()) for _, page in pdf_pages(made.content.with_name(f"{made.content.stem}-executive.pdf"))
             for line in page]
    text = "\n".join(lines)
    assert EN["time_goes"] in lines and EN["where_to_start"] not in lines, lines
    assert "Meaning of life ▶ 1:30:53" in text and "Using quantum computers to break cryptography ▶ 1:12:18" in text
    assert "Role of philosophy in science (5:07)" in text and "— 24 minutes" not in text, text
