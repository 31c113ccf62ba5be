"""Review 9's finding 2, review 12's finding 2 and review 14's finding 3: a slide of a single statement is not
shown alone. Real notes of tests/fixtures/notes imported as they came, built, and read back from the decks
(python-pptx):

- syntax-tips: its one statement ("Scott and Wes share 14 game-changing tips…") is the cover's lead, never
  with a fact about the recording ("“People with extremely strong opinions” takes 6 of the 45 minutes.":
  review 13's finding 2); the chapters slide after it is titled by what its chapters are, never by their count
  ("14 chapters"), longest first; a continued list keeps its title with "(cont.)" (technical, its chapters
  given twice);
- syntax-year-review (executive): its one statement ("Scott and Wes review their 2024 predictions…") is
  the cover's lead, and no summary slide holds it alone.
"""
from __future__ import annotations

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


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_lone_description_is_the_cover_lead_then_the_list(built, audience):
    """syntax-tips: the notes' one statement is the cover's lead (review 14's finding 3: no "In brief" slide
    of one bullet), not the longest tip's share of the recording; slide 2 the chapter list, titled by a
    sentence of where the time goes (never "14 chapters": chapter_list.py, "the longest", not "most": its 5½ of 45
    minutes is no most, review 16), the notice that the notes give titles only its first line, then the tips."""
    slides = _slides(built, "syntax-tips", audience)
    cover, listed = slides[0], slides[1]
    lines = [p.text.strip() for sh in cover.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert any(t.startswith("Scott and Wes share 14 game-changing tips") for t in lines), lines
    assert not any(set(heads(s)) & ALONE_TITLES for s in slides), [heads(s) for s in slides]
    assert heads(listed)[0].startswith("The longest chapter is “People with extremely strong opinions”"), heads(listed)
    assert _items(listed)[0] == EN["titles_only"], _items(listed)
    assert _items(listed)[1].startswith("No one is all-knowing"), _items(listed)


def test_a_continued_chapter_list_is_titled_as_the_list(tmp_path):
    """syntax-tips technical, its chapters given twice over, each of one length (its fourteen tips fit one slide
    since its asides left the deck's list, and chapters of different lengths show the six longest:
    chapter_list.py): the chapter list goes on to a second slide, titled as the first and "(cont.)"; the
    line saying the notes give titles only is on its first page only."""
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
    title = heads(slides[1])[0]  # (the cover leads on the notes' one statement: no summary slide)
    assert not title[:1].isdigit() and "number" not in title.casefold(), heads(slides[1])  # (no count; no numbering)
    assert heads(slides[2])[0].startswith(f"{title} (cont."), heads(slides[2])
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert sum(EN["titles_only"] in t for t in texts) == 1, texts  # (the notes give titles only: said on the first page only)


def test_a_lone_statement_with_topic_slides_is_the_cover_lead(built):
    """syntax-year-review executive: the notes' one statement leads the cover (review 14's finding 3: one
    bullet under "As the notes describe the recording" is no slide), under the title; slide 2 is the
    evidence; the handout keeps the summary."""
    slides = _slides(built, "syntax-year-review", "executive")
    cover = [t for sh in slides[0].shapes if sh.has_text_frame for t in sh.text_frame.text.split("\n")]
    assert any(t.startswith("Scott and Wes review their 2024 predictions") for t in cover), cover
    assert not set(heads(slides[1])) & ALONE_TITLES, heads(slides[1])
    handout = (built / "syntax-year-review-executive.md").read_text()
    assert "Scott and Wes review their 2024 predictions" in handout
