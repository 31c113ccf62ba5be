"""Review 18's finding 1: a heading that asks, over lines that state nothing, is the notes' question, not a point.

syntax-year-review's technical deck titled two slides "What happened this year?" and "What did we do?" (the notes'
headings over record lines: "React", "Solid Start", …), and talkgo's outline slide "内容大纲" (its talk's outline,
items ending on "；"). The question stays above the slide, as its kicker, and the title says what the lines are: how
many, from the first to the last (generator/question_titles.py). Read back from the decks (python-pptx).
"""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.question_titles import listed_title
from generator.words import load_words

from .deck_economy import heads
from .notes_built import NOTES, notes_build

EN = load_words("en")


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


def test_a_question_over_record_lines_is_the_kicker_of_what_they_are():
    slides = _slides("syntax-year-review.md", "technical")
    by_kicker = {kicker: _title(s) for s in slides for kicker in heads(s) if kicker != _title(s)}
    assert by_kicker.get("What happened this year?") == "8 items, from “React” to “CSS”", by_kicker
    # (the last line's closing full stop is no part of its name: "153 Syntax Episodes + Video.")
    assert by_kicker.get("What did we do?") == "9 items, from “React Miami” to “153 Syntax Episodes + Video”", by_kicker
    assert not any(_title(s).endswith("?") for s in slides), [_title(s) for s in slides]


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_an_outline_is_titled_by_its_items(audience):
    """talkgo's "内容大纲": seven items of a talk's outline ("Golang Runtime 是什么，其发展历程；" …), the heading its
    kicker (the speaker notes open on it)."""
    slides = _slides("talkgo-runtime-zh.md", audience)
    outline = [s for s in slides if "内容大纲" in heads(s)]
    assert len(outline) == 1 and _title(outline[0]).startswith("共 7 项，从“Golang Runtime 是什么"), [heads(s) for s in slides]
    assert outline[0].notes_slide.notes_text_frame.text.startswith("内容大纲")


def test_a_question_whose_lines_state_something_keeps_its_heading():
    """The rule on topics built here: lines that state something title their slide (titles.py), so the heading
    stays; a heading that neither asks nor heads an outline stays; one line is no list to count."""
    def topic(title: str, lines: list[str]) -> dict:
        return {"title": title, "points": [{"text": t, "children": []} for t in lines]}
    stated = topic("What did we learn?", ["Prices rose by a third in a year across the region.", "Solid Start"])
    assert listed_title(stated, stated["title"], "", EN) == {"title": "What did we learn?", "kicker": ""}
    named = topic("Frameworks", ["React", "Solid Start"])
    assert listed_title(named, "Frameworks", "", EN)["title"] == "Frameworks"
    lone = topic("What did we do?", ["React Miami"])
    assert listed_title(lone, "What did we do?", "", EN)["title"] == "What did we do?"
    listed = topic("What did we do?", ["React Miami", "JSNation Amsterdam", "FITC."])
    assert listed_title(listed, "What did we do?", "", EN) == {"title": "3 items, from “React Miami” to “FITC”",
                                                              "kicker": "What did we do?"}
