"""What a budget leaves off a slide is said, and a slide of two lines shares or shows its evidence (issue #21, review
16 finding 5), on real notes imported as they come (the Documents the built-in audiences render)."""
from __future__ import annotations

import pytest

from generator.budgets import shown_points
from generator.inline import plain
from generator.more_lines import more_count, more_text
from generator.words import load_words

from .notes_built import deck_slides, imported_content, rendered_document

LANGS = ("en", "fr", "de", "es", "ar", "he", "zh")


def _texts(bullets) -> list[str]:
    return [plain(b.text) for b in bullets]


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_a_budget_that_shows_a_few_of_many_points_names_the_others_in_the_notes(audience):
    """syntax-year-review's 29 predictions showed as three or four, as if they were all (trim_points cut them before
    the layout, silently); then the slide ended on "And 26 more" (review 18 finding 3: read as a presenter who did not
    finish). The slide shows the points it holds, no line counts the others, and its speaker notes name each of them
    (but those its bottom line states, review 21); the report's twin of that slide shows them all."""
    content = imported_content("syntax-year-review.md")
    topic = next(t for t in content.topics if "Predictions" in t.title)
    said = [plain(p.text) for p in topic.points]
    slides = rendered_document(content, audience).slides
    for deck in (True, False):
        slide = next(s for s in slides if (s.deck if deck else s.report) and (
            s.topic == topic.id or any(c.topic == topic.id for c in s.columns)))
        bullets = slide.bullets or next(c.bullets for c in slide.columns if c.topic == topic.id)
        shown = [t for t in _texts(bullets) if t in said]
        assert len(shown) == len(bullets), _texts(bullets)  # (no line but the topic's points)
        if not deck:
            assert shown == said, _texts(bullets)
            continue
        assert 0 < len(shown) < len(said)
        # (but those the bottom line states, each at its time: said there, chapter_points.unstated)
        stated = {plain(b.text).rstrip(".") for s in slides if s.deck and s.role == "summary" for b in s.bullets}
        assert all(plain(p).rstrip(".") in slide.notes for p in said if p not in shown
                   and plain(p).rstrip(".") not in stated), slide.notes


def test_shown_points_names_what_it_leaves_out_and_counts_it_nowhere():
    """The filter alone: five long points, room for three: the three, no "And 2 more", the notes naming the two;
    none cut, no notes."""
    words = load_words("en")
    points = [{"text": f"Point number {n} says something " + "long " * 15, "children": []} for n in range(5)]
    shown = shown_points(points, 3, 2, (), words, 75)
    assert [p["text"] for p in shown["points"]] == [p["text"] for p in points[:3]]
    assert "Point number 3 says something" in shown["notes"] and "Point number 4" in shown["notes"]
    assert shown_points(points[:3], 3, 2, (), words, 75) == {"points": points[:3], "notes": "", "whole": points[:3]}


def test_the_cap_follows_the_room_not_a_count():
    """AMD's segment slide was half empty under "And 2 more": a budget of three points shows more where the slide
    holds them (75 words, deckfit.MOST_LINES lines), the weightiest first (a figure before prose; one that holds a key
    word of the slide's title before one that holds none), a long one passed over for a shorter one after it, in the
    content's order; without a words budget, the count alone."""
    words = load_words("en")
    points = [{"text": t, "children": []} for t in (
        "Data Center revenue rose 22% to $4.3 billion.", "Client revenue rose 73% to $4 billion.",
        "Embedded revenue fell 8% to $857 million.", "Desktop sales reached an all-time high.",
        "Server share grew to 40% of the market.", "A point of prose " + "that goes on and on " * 12 + "forever.")]
    shown = [p["text"] for p in shown_points(points, 3, 2, (), words, 75)["points"]]
    assert shown == [p["text"] for p in points[:5]]
    tight = [p["text"] for p in shown_points(points, 3, 2, (), words, 31)["points"]]
    assert tight == [p["text"] for p in (*points[:3], points[4])]  # (the figure's point before the prose)
    titled = [p["text"] for p in shown_points(points, 3, 2, (), words, 31, 1, "Desktop sales set a record")["points"]]
    assert titled == [p["text"] for p in points[:4]]  # (the point that holds the title's key words first)
    assert len(shown_points(points, 3, 2, (), words)["points"]) == 3
    assert len(shown_points(points * 3, 3, 2, (), words, 400)["points"]) == 8  # (MOST_LINES: never more lines)


@pytest.mark.parametrize("code", LANGS)
def test_a_more_line_is_read_back_in_every_language(code):
    """more_lines.more_count reads the count off the line each language writes (and no other line): passes that read
    a chapter list's lines know it. A line written to follow a list starts no line with its comma (Chinese "，另有 5
    个" was shown as is)."""
    words = load_words(code)
    for count in (1, 2, 26):
        assert more_count(more_text(count, words), words) == count
    assert more_count("Revenue grew 36% year-over-year", words) is None
    assert not more_text(5, words).startswith((",", "，", " "))


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_digest_entry_of_two_lines_shares_its_evidence_slide(audience):
    """hearing-daily-digest: the Missile Defense Agency's entry showed its focus and one witness, two lines under its
    title, on a slide of its own. It shares a slide with the next entry's three witnesses now, a column each under its
    heading, titled by what both prove; no evidence slide of the digest shows two lines or fewer."""
    content = imported_content("hearing-daily-digest.txt")
    slides = [s for s in deck_slides(content, audience) if not s.report]
    evidence = [s for s in slides if s.layout in ("bullets", "topics") and s.role != "summary"]
    assert evidence and all(len(s.bullets) + sum(len(c.bullets) for c in s.columns) > 2 for s in evidence)
    joint = next(s for s in evidence if s.layout == "topics")
    assert joint.title == ("The hearings examined “Missile Defense Agency”, “DOD Management Challenges” and"
                           " “Curbing COVID Cons”")  # (review 21: witnesses one line each, the three fit one slide)
    assert [c.title for c in joint.columns] == ["Missile Defense Agency", "DOD Management Challenges", "Curbing COVID Cons"]
    assert _texts(joint.columns[0].bullets) == ["Focusing on a program update", "Testimony from Vice Admiral Jon A. Hill"]
    assert len(joint.columns[1].bullets) == 1
