"""Review 20 (#21): a slide is never titled by a count of its items (generator/question_titles.py).

syntax-year-review's technical deck titled two slides "8 items, from “React” to “CSS”" and "9 items, from “React
Miami” to “153 Syntax Episodes + Video”": the notes' headings "What happened this year?" and "What did we do?" over
record lines ("React", "Solid Start", …) that state nothing. A count makes no point; lines that state nothing leave
their slide the section's own heading, in the notes' words. Read back from the decks (python-pptx).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.question_titles import listed_title
from generator.words import load_words

from .notes_built import NOTES, notes_build

EN = load_words("en")
# a title that counts what its slide lists: "8 items, from “React” to “CSS”", "9 items"
_COUNTED = re.compile(r"^\d+ \w+(?:,| from| to\b)")


def _titles(name: str, audience: str) -> list[str]:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
    return [s.shapes.title.text_frame.text if s.shapes.title is not None else "" for s in deck.slides]


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_record_lines_under_a_heading_are_titled_by_the_heading_never_a_count(audience):
    titles = _titles("syntax-year-review.md", audience)
    assert not [t for t in titles if _COUNTED.match(t)], titles
    if audience == "technical":
        assert {"What happened this year?", "What did we do?"} <= set(titles), titles


def test_a_list_that_states_nothing_keeps_its_heading():
    """On topics built here: a heading that asks over names, or that does not ask, stays the title; a question's
    label is shown on neither title nor kicker."""
    def topic(title: str, lines: list[str]) -> dict:
        return {"title": title, "points": [{"text": t, "children": []} for t in lines]}
    listed = topic("What did we do?", ["React Miami", "JSNation Amsterdam", "FITC."])
    assert listed_title(listed, "What did we do?", "", EN) == {"title": "What did we do?", "kicker": ""}
    named = topic("Frameworks", ["React", "Solid Start"])
    assert listed_title(named, "Frameworks", "", EN)["title"] == "Frameworks"
    labelled = topic("Q: What did we do?", ["React Miami", "FITC"])
    assert listed_title(labelled, "Q: What did we do?", "", EN)["title"] == "What did we do?"
