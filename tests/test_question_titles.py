"""Review 18's finding 1: a heading that asks, over lines that state nothing, is the notes' question, not a point.

syntax-year-review's technical deck titled two slides "What happened this year?" and "What did we do?" (the notes'
headings over record lines: "React", "Solid Start", …). The question stays above the slide, as its kicker, and the
title says what the lines are: how many, from the first to the last (generator/question_titles.py). Read back from
the decks (python-pptx).
"""
from __future__ import annotations

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


def test_a_question_whose_lines_state_something_keeps_its_heading():
    """The rule on topics built here: lines that state something title their slide (titles.py), so the heading
    stays; a heading that does not ask stays; one line is no list to count; a list that ends on a question (an
    outline's items, each ending on ";") is not quoted in a title, which would ask."""
    def topic(title: str, lines: list[str]) -> dict:
        return {"title": title, "points": [{"text": t, "children": []} for t in lines]}
    stated = topic("What did we learn?", ["Prices rose by a third in a year across the region.", "Solid Start"])
    assert listed_title(stated, stated["title"], "", EN) == {"title": "What did we learn?", "kicker": ""}
    named = topic("Frameworks", ["React", "Solid Start"])
    assert listed_title(named, "Frameworks", "", EN)["title"] == "Frameworks"
    lone = topic("What did we do?", ["React Miami"])
    assert listed_title(lone, "What did we do?", "", EN)["title"] == "What did we do?"
    outline = topic("What will we cover?", ["What Go's runtime is;", "How it schedules;", "How it collects garbage;"])
    assert listed_title(outline, "What will we cover?", "", EN)["title"] == "What will we cover?"
    listed = topic("What did we do?", ["React Miami", "JSNation Amsterdam", "FITC."])
    assert listed_title(listed, "What did we do?", "", EN) == {"title": "3 items, from “React Miami” to “FITC”",
                                                              "kicker": "What did we do?"}
