"""A chapter-only deck says its chapters one way and says what its bottom line is (review 18's findings 1 and 4,
round 2). Real notes of tests/fixtures/notes imported as they came, built, and read back from the decks (python-pptx):

- syntax-tips' close ("Where to hear it": close_where.py) names each moment as its chapter list does, without the
  notes' numbering ("Number 5 - Things make more sense…" was on the close, "Things make more sense…" on the list);
- its bottom line, made of the tips that take longest (chapter_points.py), says so in its kicker ("The 5 points
  discussed longest": words.chapters_made_title) under the audience's one heading; a bottom line of the notes'
  takeaways (guide-to-live-chapters) has no such kicker.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_storyline import CHAPTERS, SUMMARY, heads
from .notes_built import built_notes
from .test_opening_notes import _items

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
_TIME = re.compile(r"\s*\(\d+(?::\d\d)+\)$")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """syntax-tips and guide-to-live-chapters, imported as they came and built for every audience: the folder."""
    return built_notes(tmp_path_factory.mktemp("said"), ("syntax-tips.md", "guide-to-live-chapters.txt"),
                       formats=["pptx"])


def _slides(folder: Path, stem: str, audience: str) -> list:
    return list(Presentation(str(folder / f"{stem}-{audience}.pptx")).slides)


def _lines(slide) -> list[str]:
    return [_TIME.sub("", t) for t in _items(slide)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_chapter_list_names_each_moment_once(built, audience):
    """syntax-tips closed on "Where to hear it": three of its bottom line's tips, which its chapter list named too.
    A chapter list names every chapter at its time already (the bottom line's tips at theirs): no such close (review
    20); each chapter is named as the list names it, without "Number N - "."""
    slides = _slides(built, "syntax-tips", audience)
    assert not [s for s in slides if EN["where_to_hear"] in heads(s)]
    listed = [t for s in slides if set(heads(s)) & CHAPTERS or "(cont.)" in " ".join(heads(s)) for t in _lines(s)]
    assert len(listed) >= 7 and not any(re.match(r"Number \d+", t) for t in listed), listed


def _tips() -> dict[str, int]:
    """syntax-tips' numbered tips by name (without "Number N - "), each with its seconds to the next chapter's start,
    read from the notes file itself."""
    text = (Path(__file__).parent / "fixtures" / "notes" / "syntax-tips.md").read_text(encoding="utf-8")
    starts = [(int(m) * 60 + int(s), name) for m, s, name in re.findall(r"\*\*\[(\d+):(\d\d)\]\(#t=[^)]*\)\*\* (.*)", text)]
    spans = {}
    for (at, name), (after, _) in zip(starts, starts[1:]):
        if (tip := re.match(r"Number \d+ - (.*?)\.?$", name)):
            spans[tip.group(1)] = after - at
    return spans


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_bottom_line_of_chapters_claims_longest_only_where_it_is_true(built, audience):
    """syntax-tips' bottom line was the five longest of its tips written with a verb: "Asking questions is good"
    (4:16) was left out for tips of 2:35, and its notes said "the 5 that take longest" (review 21). A listicle's tips
    are its subject whatever their form: the bottom line is the five tips that take longest, truly, its kicker
    saying so; its other tips' slide says they are shorter ("The other 9 take under 3 minutes each"), not the minutes
    of a chapter it does not show. A bottom line of the notes' takeaways (guide-to-live-chapters) has no such kicker."""
    slides = _slides(built, "syntax-tips", audience)
    [summary] = [s for s in slides if set(heads(s)) & SUMMARY]
    assert EN["chapters_made_title"].format(count=5) in heads(summary), heads(summary)
    spans = _tips()
    longest = sorted(spans, key=lambda name: -spans[name])[:5]
    assert sorted(_lines(summary)) == sorted(longest), (_lines(summary), longest)
    [rest] = [s for s in slides if set(heads(s)) & CHAPTERS]
    assert EN["chapters_rest_under"].format(count=9, minutes=3) in heads(rest), heads(rest)
    assert max(spans[t] for t in _lines(rest)) < 3 * 60 <= min(spans[t] for t in _lines(summary))
    [told] = [s for s in _slides(built, "guide-to-live-chapters", audience) if set(heads(s)) & SUMMARY]
    assert len(heads(told)) == 1, heads(told)  # (the notes' takeaways: no kicker)


def test_the_longest_is_true_only_of_the_chapters_that_take_longest():
    from generator.chapter_points import the_longest

    def topic(start: int, span: int, aside: bool = False) -> dict:
        return {"at": {"seconds": start}, "span": span, "aside": aside}

    topics = [topic(0, 60, aside=True), topic(60, 300), topic(360, 100), topic(460, 200), topic(660, 50)]
    said = [{"text": "A", "at": {"seconds": 60}}, {"text": "C", "at": {"seconds": 460}}]
    assert the_longest(said, topics)  # (the aside's minute is no chapter left out)
    assert not the_longest(said[:1] + [{"text": "B", "at": {"seconds": 360}}], topics)  # (460's 200 s left out)
    assert not the_longest([{"text": "no time", "at": None}], topics)
