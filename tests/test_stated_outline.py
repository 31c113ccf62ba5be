"""Review 21's worst problem 1 on a nested outline (syntax-year-review: chapters over timed sub-chapters, no
statement of the notes' own): its executive deck was a slide of three columns of each chapter's first three
sub-chapters ("React", "Solid Start", "Tanstack Start") under a line saying the notes give no verdicts, then "Where to
start" and the sources: no bottom line. Now (generator/chapter_points.py) its sub-chapters written as statements, the
five that take longest, are its bottom line, each at its time, under the one chapter they belong to ("Our 2024
Predictions Reviewed": they read as the predictions reviewed, not as the briefing's findings), said on no other
slide; its evidence keeps each chapter's longest sub-chapters, in the recording's order. Read back from the decks
built from the real notes (python-pptx).
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_storyline import SUMMARY, heads
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
_TIME = re.compile(r" \((\d+(?::\d\d)+)\)$")


def _slides(audience: str) -> list:
    made = notes_build(NOTES / "syntax-year-review.md", ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _lines(slide) -> list[str]:
    """The body lines of ``slide`` at 18 pt or more (not its title, kicker, footer nor page number)."""
    return [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
            if p.text.strip() and p.text.strip() not in heads(slide) and p.runs and p.runs[0].font.size
            and p.runs[0].font.size.pt >= 18]


def _seconds(label: str) -> int:
    seconds = 0
    for part in label.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_nested_outline_opens_on_its_longest_statements_under_their_chapter(audience):
    slides = _slides(audience)
    summary = [s for s in slides if set(heads(s)) & SUMMARY]
    assert len(summary) == 1 and slides.index(summary[0]) == 1, [heads(s) for s in slides]
    assert "Our 2024 Predictions Reviewed" in heads(summary[0]), heads(summary[0])
    items = _lines(summary[0])
    assert 3 <= len(items) <= 5 and all(_TIME.search(t) for t in items), items
    assert "Firefox usage will continue to slip (52:11)" in items, items  # (52:11 to 56:53: the longest prediction)
    times = [_seconds(_TIME.search(t).group(1)) for t in items]
    assert times == sorted(times), items
    said = [t for s in slides if s is not summary[0] for t in _lines(s)]
    again = [t for t in said for item in items if _TIME.sub("", item) in t]
    assert not again, again


def test_a_nested_outline_s_executive_shows_each_chapter_s_longest_moments():
    """"What happened this year?" (5:56 to 22:17): the executive's three of its eight are the longest, "AI Editors"
    (9:42), "Bluesky" (14:02, six minutes) and "CSS" (19:52), in the recording's order, not its first three."""
    slides = _slides("executive")
    lines = [t for s in slides for t in _lines(s)]
    at = lines.index("What happened this year?") if "What happened this year?" in lines else -1
    assert lines[at + 1:at + 4] == ["AI Editors (9:42)", "Bluesky (14:02)", "CSS (19:52)"], lines


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_bottom_line_of_some_statements_claims_no_longest(audience):
    """"More XR web experiences as Apple releases in Vision Pro" (2:41) reads as no statement to the rule (no verb
    it knows) and is left out for predictions of a minute: the speaker notes say how the items were chosen, never "the
    5 that take longest" (review 21: syntax-tips' notes claimed it falsely)."""
    [summary] = [s for s in _slides(audience) if set(heads(s)) & SUMMARY]
    notes = summary.notes_slide.notes_text_frame.text
    assert EN["chapters_made_chosen"].format(count=5) in notes and EN["chapters_made"].format(count=5) not in notes, notes
