"""Review 20's worst problem 1: decks of notes without stated findings (a chapter list, a nested outline, a listicle)
said the same chapters two or three times: lex and guide charted their chapters by minutes, then listed three of the
chart's bars again under "Where to start"; syntax-tips listed its five bottom-line tips again among its 14 chapters
and a third time under "Where to hear it"; syntax-year's "Also discussed" named the chapter its close had just named,
and its technical close named "Bluesky", which the slide before showed at 14:02. Read back from the built decks
(python-pptx) of the real fixtures: a chapter is said once a deck, the chart labels each bar with its start, a
bottom line of chapters' titles shows each one's time."""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_economy import heads
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
_TIME = re.compile(r"\s*\((\d+:)?\d+:\d\d\)$")
_MINUTES = re.compile(r" — \d+ minutes")


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _lines(slide) -> list[str]:
    """The body lines of ``slide`` (not its title, kicker, footer nor page number)."""
    skip = set(heads(slide))
    return [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
            if p.text.strip() and p.text.strip() not in skip and " · " not in p.text
            and not re.fullmatch(r"\d+ / \d+", p.text.strip())]


def _name(line: str) -> str:
    """A line as the chapter it names: without its time, its minutes, its full stop."""
    return _MINUTES.sub("", _TIME.sub("", line)).strip().rstrip(".")


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", ["lex-fridman-outline.txt", "guide-to-live-chapters.txt"])
def test_no_slide_names_the_charts_bars_again(name, audience):
    """The chart of where the time goes is the deck's one word on its chapters: each bar labelled with the moment its
    chapter starts ("Quantum supremacy (56:33)"), no "Where to start" slide listing its longest bars again."""
    slides = _slides(name, audience)
    (charted,) = [s for s in slides if any(sh.has_chart for sh in s.shapes)]
    labels = list(next(sh.chart for sh in charted.shapes if sh.has_chart).plots[0].categories)
    assert labels and all(_TIME.search(label) for label in labels), labels
    bars = {_name(label) for label in labels}
    again = [(heads(s)[:1], line) for s in slides if s is not charted for line in _lines(s) if _name(line) in bars]
    assert not again, again
    assert EN["where_to_start"] not in [t for s in slides for t in heads(s)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_listicle_says_each_chapter_once(audience):
    """syntax-tips: its bottom line is five of its tips (chapters written as statements), each with its time (no other
    slide is their evidence: the recording is); the chapters slides list the other nine, and no close lists the
    bottom line a third time."""
    slides = _slides("syntax-tips.md", audience)
    said: dict[str, int] = {}
    for s in slides[1:]:
        for line in {_name(line) for line in _lines(s) if _TIME.search(line)}:
            said[line] = said.get(line, 0) + 1
    assert len(said) >= 14 and all(n == 1 for n in said.values()), said
    bottom = _lines(slides[1])
    assert len(bottom) == 5 and all(_TIME.search(line) for line in bottom), bottom
    assert EN["where_to_hear"] not in [t for s in slides for t in heads(s)]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_close_nor_also_discussed_line_names_what_the_deck_shows(audience):
    """syntax-year: a close of its longest moments names none that another slide shows at that time (since review
    21 its bottom line and its evidence show the longest: no such close is left); the sources' "Also discussed"
    line names no chapter a close or another slide names."""
    slides = _slides("syntax-year-review.md", audience)
    closes = [s for s in slides if heads(s)[:1] == [EN["where_to_start"]]]
    shown = {_name(line) for s in slides if s not in closes for line in _lines(s)
             if _TIME.search(line) and not line.startswith(EN["also_discussed"] + ":")}
    named = [_name(line) for close in closes for line in _lines(close)]
    assert not closes or len(named) >= 2 and not set(named) & shown, (named, shown & set(named))
    also = [line for s in slides for line in _lines(s) if line.startswith(EN["also_discussed"] + ":")]
    assert not [n for line in also for n in [*named, *shown] if n in line], also


def test_the_charts_notes_say_titles_only_where_the_notes_have_no_takeaways():
    """guide's notes give five takeaways over their chapters: its chart's speaker notes said "The notes give the
    chapters' titles only", which is false; lex's (titles only) say it."""
    for name, said in (("guide-to-live-chapters.txt", False), ("lex-fridman-outline.txt", True)):
        for audience in AUDIENCES:
            (charted,) = [s for s in _slides(name, audience) if any(sh.has_chart for sh in s.shapes)]
            notes = charted.notes_slide.notes_text_frame.text
            assert (EN["titles_only"] in notes) is said, (name, audience, notes)


TIPS = """title: 8 Tips for Better Code Reviews
sources:
  - id: blog
    name: Example blog
    url: https://example.com/tips
topics:
""" + "".join(f'  - {{id: t{n}, title: "Number {n} - {tip}"}}\n' for n, tip in enumerate((
    "Small changes are reviewed faster", "Tests make a review easier to trust", "Reviewers should explain their reasons",
    "Style belongs to the linter", "Authors should review their own diff first", "Long threads belong in a call",
    "Praise good work in the review", "Nobody is too senior to be reviewed"), start=1))


def test_an_untimed_listicle_lists_only_the_tips_its_bottom_line_leaves(tmp_path, write):
    """Notes of numbered tips without times (no chart, no list of longest): the bottom line states some of them, the
    chapter list the others (matched by their words where no time tells them apart), each tip once a deck."""
    from generator.build import build

    build([write("tips.yaml", TIPS)], formats=["pptx"], output=tmp_path)
    for audience in AUDIENCES:
        slides = list(Presentation(str(tmp_path / f"tips-{audience}.pptx")).slides)
        said = [_name(line) for s in slides[1:] for line in _lines(s) if not line.startswith(("Example blog",))]
        assert len(said) >= 8 and len(said) == len(set(said)), (audience, said)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_chapter_lists_takeaway_is_at_the_chapter_that_backs_it(audience):
    """guide: no slide backed its takeaways (review 20). Where a chapter's own words back one ("webcams", "gaming",
    "communities": "Webcams and Gaming Community", 4:14), the bottom line shows the item at that chapter's time; an
    item that shares one word with each of several chapters ("Different platforms… Twitch… TikTok Live") none."""
    bottom = _lines(_slides("guide-to-live-chapters.txt", audience)[1])
    assert bottom[0].startswith("Live streaming has evolved") and bottom[0].endswith("(4:14)"), bottom
    assert not any(_TIME.search(line) for line in bottom[1:]), bottom


def test_a_chapter_backs_one_item_where_its_own_words_say_it():
    from generator.chapter_points import chapter_backed

    def chapter(index: int, title: str, seconds: int) -> dict:
        return {"index": index, "title": title, "aside": False, "at": {"seconds": seconds, "label": str(seconds)}}
    topics = [chapter(1, "Solar panels on schools", 60), chapter(2, "Wind farms at sea", 600),
              chapter(3, "Solar farms and wind", 900)]
    items = [{"text": "Schools save money with solar panels on their roofs"}, {"text": "Farms need wind"},
             {"text": "Panels on schools pay back"}]
    backed = chapter_backed(items, topics, [])
    assert [(p.get("at") or {}).get("seconds") for p in backed] == [60, None, None]  # (once a chapter; "farms": two)
    assert chapter_backed(items, topics, [{"aside": False}]) == items  # (a deck of topic slides: its slides back them)
