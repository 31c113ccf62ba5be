"""Review 18's finding 1: a chapter list whose titles state its points opens on them (generator/chapter_points.py).

The real listicle (syntax-tips: its five longest tips) is read back in test_lone_statement.py; here the rule at its
limits, on content built here and read back from the decks (python-pptx): chapters without times (the first that
state, in the notes' order, the speaker notes saying so), chapters that name parts and state nothing (no bottom line:
lex), and fewer than three that state (a bottom line of one or two is thin: the description leads the cover).
"""
from __future__ import annotations

import re

import pytest
import yaml
from pptx import Presentation

from generator.build import build
from generator.words import load_words

from .deck_storyline import SUMMARY, heads

EN = load_words("en")
SOURCES = [{"id": "audio", "name": "The episode", "url": "https://example.org/episode.mp3"}]
TIPS = ["Doing is better than reading or watching", "Learning the fundamentals will always pay off",
        "Working in public will make you more hireable", "You don't need to worry about scale",
        "Everyone does not learn the same way", "Willingness to change your mind is a strong skill"]


def _deck(tmp_path, titles: list[str], timed: bool = True) -> list:
    topics = [{"id": f"t{n}", "title": f"Number {n + 1} - {t}", **({"at": f"{3 * n + 1}:00"} if timed else {})}
              for n, t in enumerate(titles)]
    data = {"title": "Habits of web developers", "introduction": "Two hosts share the habits they wish they had known.",
            "sources": SOURCES, "topics": topics}
    path = tmp_path / "tips.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    build([path], audiences=["executive"], formats=["pptx"], output=tmp_path)
    return list(Presentation(str(tmp_path / "tips-executive.pptx")).slides)


def _items(slide) -> list[str]:
    return [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
            if p.text.strip() and p.text.strip() not in heads(slide) and p.runs and p.runs[0].font.size
            and p.runs[0].font.size.pt >= 18]


def test_untimed_chapters_that_state_open_the_deck_in_the_notes_order(tmp_path):
    slides = _deck(tmp_path, TIPS, timed=False)
    summary = [s for s in slides if set(heads(s)) & SUMMARY]
    assert len(summary) == 1 and _items(summary[0]) == TIPS[:5], [(heads(s), _items(s)) for s in slides]
    assert EN["chapters_made_untimed"].format(count=5) in summary[0].notes_slide.notes_text_frame.text
    cover = [p.text for sh in slides[0].shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert "Two hosts share the habits they wish they had known." in cover, cover  # (the description: the cover's lead)


def test_timed_chapters_that_state_open_on_the_longest_in_time_order(tmp_path):
    """Tips of three minutes, the third of twelve, the fourth of one, the last of unknown end (the median's, three):
    the five that take longest (ties: the first), in the recording's order, the one-minute fourth left out."""
    titles = [*TIPS[:2], "Asking good questions will save you weeks of work", *TIPS[2:]]
    topics = [{"id": f"t{n}", "title": f"Number {n + 1} - {t}", "at": f"{at}:00"}
              for n, (t, at) in enumerate(zip(titles, [0, 3, 6, 18, 19, 22, 25]))]  # (the fourth: one minute)
    path = tmp_path / "tips.yaml"
    data = {"title": "Habits", "sources": SOURCES, "topics": topics}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    build([path], audiences=["executive"], formats=["pptx"], output=tmp_path)
    slides = list(Presentation(str(tmp_path / "tips-executive.pptx")).slides)
    summary = [s for s in slides if set(heads(s)) & SUMMARY]
    kept = [titles[n] for n in (0, 1, 2, 4, 5)]  # (the one-minute fourth left out; the rest in time order)
    items = _items(summary[0]) if len(summary) == 1 else []
    assert [re.sub(r" \(\d+:\d\d\)$", "", t) for t in items] == kept, [(heads(s), _items(s)) for s in slides]
    assert all(re.search(r"\(\d+:\d\d\)$", t) for t in items), items  # (each at its time: no slide backs it)
    assert EN["chapters_made"].format(count=5) in summary[0].notes_slide.notes_text_frame.text


@pytest.mark.parametrize("titles", [["Role of philosophy in science", "Quantum supremacy", "Moore's Law",
                                     "Practical application of quantum computers"],
                                    [*TIPS[:2], "Role of philosophy in science", "Quantum supremacy"]])
def test_chapters_that_state_fewer_than_three_points_make_no_bottom_line(tmp_path, titles):
    slides = _deck(tmp_path, titles)
    assert not any(set(heads(s)) & SUMMARY for s in slides), [heads(s) for s in slides]
