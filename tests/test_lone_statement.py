"""Review 9's finding 2, review 12's finding 2 and review 14's finding 3: a slide of a single statement is not
shown alone. Real notes of tests/fixtures/notes imported as they came, built, and read back from the decks
(python-pptx):

- syntax-tips: its one statement ("Scott and Wes share 14 game-changing tips…") is the cover's lead, never
  with a fact about the recording ("“People with extremely strong opinions” takes 6 of the 45 minutes.":
  review 13's finding 2); its tips that state a point are its bottom line (review 18's finding 1); the chapters
  slide after it is titled by where the time goes, never by their count ("14 chapters"); a continued list keeps its
  title with "(cont.)" (technical, its chapters given twice);
- syntax-year-review (executive): its one statement ("Scott and Wes review their 2024 predictions…") is
  the cover's lead, and no summary slide holds it alone.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from generator.words import load_words

from .deck_bottom_items import _DURATION
from .deck_storyline import heads
from .notes_built import NOTES, built_notes, notes_build
from .test_opening_notes import _items

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
ALONE_TITLES = {EN["bottom_line"], EN["policy_summary"], EN["key_takeaways"]}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """syntax-tips and syntax-year-review, imported as they came and built for every audience: the folder."""
    return built_notes(tmp_path_factory.mktemp("lone"), ("syntax-tips.md", "syntax-year-review.md"),
                       formats=["pptx", "md"])


def _slides(folder: Path, stem: str, audience: str) -> list:
    return list(Presentation(str(folder / f"{stem}-{audience}.pptx")).slides)


@pytest.mark.parametrize("stem", ["syntax-tips", "syntax-year-review"])
@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_summary_slide_adds_a_fact_about_the_recording(built, stem, audience):
    """A slide titled as a summary holds the notes' statements, two at least (review 14: a lone one is the
    cover's lead), and never pads a lone one with a fact about the recording ("“People
    with extremely strong opinions” takes 6 of the 45 minutes.": review 13's finding 2)."""
    for n, slide in enumerate(_slides(built, stem, audience), start=1):
        if set(heads(slide)) & ALONE_TITLES:
            assert len(_items(slide)) >= 2, (stem, audience, n)
            assert not any(_DURATION.search(t) for t in _items(slide)), (stem, audience, n, _items(slide))


# syntax-tips' tips that state a point (a verb, five words or more: bottom_line.statements), the five that take
# longest, in the recording's order: 16:05 to 18:40, 26:45 to 30:41, 30:41 to 35:53, 40:07 to 42:48, 42:48 to 45:29
# ("Asking questions is good", 4:16, has four words; "Approach new technology…", 3:31, no verb this tool knows)
TIPS = ["People with extremely strong opinions",  # (the five tips that take longest: 5:34, 3:31, 4:16, 3:56, 5:12)
        "Approach new technology with a mixed dose of skepticism and open-mindedness", "Asking questions is good",
        "Everyone doesn’t learn the same", "You don’t need a SAAS for everything"]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_listicle_opens_on_its_tips_under_the_description_on_the_cover(built, audience):
    """Review 18's finding 1: syntax-tips (a description, then fourteen tips) had no bottom line at all: its tips are
    the episode's points. The description is the cover's lead; slide 2 is the bottom line of the tips that take
    longest, in the recording's order, its speaker notes saying where they come from (words.chapters_made); slide 3
    the other tips, titled by how short they are (chapter_points.rest_title: review 21), its first line the first tip
    (the notice that the notes give titles only is in the speaker notes: test_chapter_list.py)."""
    slides = _slides(built, "syntax-tips", audience)
    cover, summary, listed = slides[0], slides[1], slides[2]
    lines = [p.text.strip() for sh in cover.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert any(t.startswith("Scott and Wes share 14 game-changing tips") for t in lines), lines
    items = [re.sub(r" \(\d+:\d\d\)$", "", t) for t in _items(summary)]  # (policy and technical: each with its time)
    assert set(heads(summary)) & ALONE_TITLES and items == TIPS, (heads(summary), _items(summary))
    notes = summary.notes_slide.notes_text_frame.text
    assert EN["chapters_made"].format(count=5) in notes, notes
    assert heads(listed)[0] == EN["chapters_rest_under"].format(count=9, minutes=3), heads(listed)
    assert _items(listed)[0].startswith("No one is all-knowing"), _items(listed)


def test_a_continued_chapter_list_is_titled_as_the_list(tmp_path):
    """syntax-tips technical, its chapters given twice over, each of one length (its fourteen tips fit one slide
    since its asides left the deck's list, and chapters of different lengths show the six longest:
    chapter_list.py): the chapter list goes on to a second slide, titled as the first and "(cont.)"; the
    line saying the notes give titles only is in its first page's speaker notes only."""
    from generator.build import build
    from generator.timestamps import format_timestamp

    data = yaml.safe_load(notes_build(NOTES / "syntax-tips.md", formats=()).content.read_text(encoding="utf-8"))
    data["topics"] = [dict(t, id=f"{t['id']}{again}", title=f"{t['title']}{again and ' (again)'}",
                           at=format_timestamp(60 * (n + (len(data["topics"]) if again else 0))))
                      for again in ("", "-again") for n, t in enumerate(data["topics"])]
    path = tmp_path / "twice.yaml"
    unaliased = type("Unaliased", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
    path.write_text(yaml.dump(data, Dumper=unaliased, allow_unicode=True), encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    slides = _slides(tmp_path, "twice", "technical")
    at = next(n for n, s in enumerate(slides) if EN["chapters"] in heads(s))  # (after the bottom line of its tips)
    title = heads(slides[at])[0]
    assert not title[:1].isdigit() and "number" not in title.casefold(), heads(slides[at])  # (no count; no numbering)
    assert heads(slides[at + 1])[0].startswith(f"{title} (cont."), heads(slides[at + 1])
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert not any(EN["titles_only"] in t for t in texts), texts  # (the notes give titles only: its speaker notes)
    assert EN["titles_only"] in slides[at].notes_slide.notes_text_frame.text


def test_a_lone_statement_with_topic_slides_is_the_cover_lead(built):
    """syntax-year-review executive: the notes' one statement leads the cover (review 14's finding 3: one
    bullet under "As the notes describe the recording" is no slide), under the title; slide 2 is the bottom line of
    its predictions that take longest, under the chapter they belong to (review 21: test_stated_outline.py), never
    that statement; the handout keeps the statement."""
    slides = _slides(built, "syntax-year-review", "executive")
    cover = [t for sh in slides[0].shapes if sh.has_text_frame for t in sh.text_frame.text.split("\n")]
    assert any(t.startswith("Scott and Wes review their 2024 predictions") for t in cover), cover
    assert "Our 2024 Predictions Reviewed" in heads(slides[1]), heads(slides[1])
    assert not any("Scott and Wes" in t for sh in slides[1].shapes if sh.has_text_frame for t in sh.text_frame.text.split("\n"))
    handout = (built / "syntax-year-review-executive.md").read_text()
    assert "Firefox usage will continue to slip" in handout  # (the statement: the report's About, the cover's lead)
