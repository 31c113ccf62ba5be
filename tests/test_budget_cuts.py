"""What a budget leaves off a slide is said, and a slide of two lines shares or shows its evidence (issue #21, review
16 finding 5), on real notes imported as they come (the Documents the built-in audiences render)."""
from __future__ import annotations

import pytest

from generator.budgets import shown_points
from generator.inline import plain
from generator.more_lines import keeping_more, more_count, more_text
from generator.document import Bullet, Slide
from generator.words import load_words

from .notes_built import deck_slides, imported_content, rendered_document

LANGS = ("en", "fr", "de", "es", "ar", "he", "zh")


def _texts(bullets) -> list[str]:
    return [plain(b.text) for b in bullets]


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_a_budget_that_shows_a_few_of_many_points_says_how_many_more_and_names_them(audience):
    """syntax-year-review's 29 predictions showed as three or four, as if they were all (trim_points cut them before
    the layout, silently). The slide now ends on "And N more" (N: the predictions it does not show) and its speaker
    notes name each of them; the report's twin of that slide shows them all and no such line (review 17)."""
    content = imported_content("syntax-year-review.md")
    topic = next(t for t in content.topics if "Predictions" in t.title)
    said = [plain(p.text) for p in topic.points]
    slides = rendered_document(content, audience).slides
    for deck in (True, False):
        slide = next(s for s in slides if (s.deck if deck else s.report) and (
            s.topic == topic.id or any(c.topic == topic.id for c in s.columns)))
        bullets = slide.bullets or next(c.bullets for c in slide.columns if c.topic == topic.id)
        shown = [t for t in _texts(bullets) if t in said]
        if not deck:
            assert shown == said and more_count(bullets[-1].text, load_words("en")) is None, _texts(bullets)
            continue
        assert 0 < len(shown) < len(said)
        assert more_count(bullets[-1].text, load_words("en")) == len(said) - len(shown), _texts(bullets)
        assert all(plain(p) in slide.notes for p in said if p not in shown), slide.notes


def test_shown_points_counts_and_names_what_it_leaves_out():
    """The filter alone: three of five shown, the line "And 2 more", the notes naming the two; none cut, no line."""
    words = load_words("en")
    points = [{"text": f"Point number {n} says something.", "children": []} for n in range(5)]
    shown = shown_points(points, 3, 2, (), words)
    assert [p["text"] for p in shown["points"]] == [p["text"] for p in points[:3]] + ["And 2 more"]
    assert "Point number 3 says something." in shown["notes"] and "Point number 4" in shown["notes"]
    assert shown_points(points[:3], 3, 2, (), words) == {"points": points[:3], "notes": "", "whole": points[:3]}


@pytest.mark.parametrize("code", LANGS)
def test_a_more_line_is_read_back_in_every_language(code):
    """more_lines.more_count reads the count off the line each language writes (and no other line): the deck's fitting
    keeps that line last and adds to it what it leaves out. A line written to follow a list starts no slide line
    with its comma (Chinese "，另有 5 个" was shown as is)."""
    words = load_words(code)
    for count in (1, 2, 26):
        assert more_count(more_text(count, words), words) == count
    assert more_count("Revenue grew 36% year-over-year", words) is None
    assert not more_text(5, words).startswith((",", "，", " "))


def test_the_deck_s_fitting_keeps_the_more_line_last_and_counts_what_it_cuts():
    """A slide over its words: the fitting cuts its last points, and its "And 2 more" stays last, counting them."""
    words = load_words("en")
    slide = Slide(layout="bullets", title="A title", topic="t",
                  bullets=[Bullet(text=f"Point {n} " + "word " * 20) for n in range(4)] + [Bullet(text="And 2 more")])

    def fit(s: Slide, spare: int) -> list[Slide]:  # (a fitting that keeps two points, as deckfit._within_words cuts)
        return [s.model_copy(update={"deck": False}), s.model_copy(update={"bullets": s.bullets[:2], "report": False})]
    report, deck = keeping_more(slide, fit, words)
    assert _texts(report.bullets)[-1] == "And 2 more" and len(report.bullets) == 5
    assert _texts(deck.bullets)[2:] == ["And 4 more"]


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
    assert joint.title == "The hearings examined “Missile Defense Agency” and “DOD Management Challenges”"
    assert [c.title for c in joint.columns] == ["Missile Defense Agency", "DOD Management Challenges"]
    assert _texts(joint.columns[0].bullets) == [
        "Focusing on a program update", "Vice Admiral Jon A. Hill, USN, Director, Missile Defense Agency, Department of Defense"]
    assert len(joint.columns[1].bullets) == 3
