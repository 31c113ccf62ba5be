"""Review 15's finding 3: a deck whose evidence is a chapter list shows at most six chapters, in time order,
each once, under a title that says where the time goes (generator/chapter_list.py).

Read back from the decks of the real chapter lists of tests/fixtures/notes (python-pptx; the session's shared
builds, tests/notes_built.py): guide (7 chapters, English, with takeaways), lex (10), syntax-tips (14, numbered).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_economy import heads
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
LONGEST = {"guide-to-live-chapters.txt": ("Different Approaches to Live Streaming", 7),  # (13:06 to 22:11)
           "lex-fridman-outline.txt": ("Role of philosophy in science", 10),  # (5:07 to 29:27)
           "syntax-tips.md": ("People with extremely strong opinions", 14)}  # (5:39 to 11:13)
_TIME = re.compile(r"\((\d+(?::\d\d){1,2})\)$")
_MORE = re.compile(r"And (\d+) more")  # (the speaker notes name them: fixup2)


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _lines(slide) -> list[str]:
    said = [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text.strip()]
    return [t for t in said if t not in heads(slide)]


def _seconds(label: str) -> int:
    seconds = 0
    for part in label.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds


def _listed(name: str, audience: str):
    slides = _slides(name, audience)
    listed = [s for s in slides if EN["chapters"] in heads(s)]
    assert len(listed) == 1, (name, audience, [heads(s) for s in slides])
    return slides, listed[0]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", LONGEST)
def test_a_chapter_list_shows_six_chapters_in_time_order_and_says_how_many_more(name, audience):
    """The list slide shows six chapters at most (the longest: the longest of all among them), their times
    ascending, then "And N more, named in the speaker notes", whose notes name each chapter left off with
    its time (lex listed ten "Longest first": 5:07, 56:33, 29:27, 1:22:18…)."""
    _, slide = _listed(name, audience)
    lines = _lines(slide)
    times = [_seconds(m.group(1)) for t in lines if (m := _TIME.search(t))]
    assert 3 <= len(times) <= 6, lines
    assert times == sorted(times), lines
    assert any(t.startswith(LONGEST[name][0]) for t in lines), lines
    more = [int(m.group(1)) for t in lines if (m := _MORE.fullmatch(t))]
    assert more, lines  # (every fixture here has more than six chapters that are no aside)
    notes = slide.notes_slide.notes_text_frame.text
    named = re.findall(r"\(\d+(?::\d\d){1,2}\)", notes.split("Left off the slide:")[-1])
    assert "Left off the slide:" in notes and len(named) == more[0], notes


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", LONGEST)
def test_a_chapter_list_is_titled_by_where_the_time_goes_and_said_once(name, audience):
    """Its title names the longest chapter, quoted ("Most time goes to “Role of philosophy in science”…"),
    never a keyword count ("Most chapters are about quantum") nor the layout ("Each chapter opens at its time
    in the recording"); no other slide lists the chapters again (the timeline chart "Where each topic sits in
    the recording", an agenda)."""
    slides, slide = _listed(name, audience)
    title = heads(slide)[0]
    assert title.startswith(EN["chapters_longest"].split("{")[0]) and f"“{LONGEST[name][0]}”" in title, title
    assert not title.startswith(("Most chapters", "Each chapter", "Several chapters", "Every chapter")), title
    others = [heads(s)[0] for s in slides if s is not slide and heads(s)]
    assert EN["timeline_chart"] not in others and EN["agenda"] not in others, others
    said = [t for s in slides if s is not slide for t in _lines(s) + heads(s) if LONGEST[name][0] in t]
    assert not said, said


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_deck_of_titles_only_notes_lists_its_chapters_once(audience):
    """syntax-year-review (chapter titles, record lines and predictions: no statement): its slides are the
    chapters, each with its time; no agenda nor timeline chart lists them again (policy had "Agenda", the
    chapter slides and "Where each topic sits in the recording": three times); the report keeps both."""
    slides = _slides("syntax-year-review.md", audience)
    titles = [heads(s)[0] for s in slides if heads(s)]
    assert EN["agenda"] not in titles and EN["timeline_chart"] not in titles, titles
    said = [t for s in slides for t in _lines(s) + heads(s) if "What did we do?" in t]
    assert len(said) == 1, said
