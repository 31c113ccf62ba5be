"""Review 9's finding 2: a slide of a single statement is not shown alone. Real notes of
tests/fixtures/notes imported as they came, built, and read back from the decks (python-pptx):

- syntax-tips: "In brief" held the promo line alone ("Scott and Wes share 14 game-changing tips…"),
  then the chapters slide listed the tips. The statement now titles the chapters slide, "Chapters"
  the kicker above it; a continued list is "Chapters (cont.)" (technical, its chapters given twice);
- syntax-year-review (executive): "As the notes describe the recording" held one statement ("Scott
  and Wes review their 2024 predictions…"); it is now the cover's subtitle, and the report keeps it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from generator.words import load_words

from .deck_storyline import heads
from .notes_built import NOTES, built_notes, notes_build
from .test_opening_notes import _items

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
ALONE_TITLES = {EN["in_brief"], EN["described"], EN["bottom_line"], EN["policy_summary"], EN["key_takeaways"]}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """syntax-tips and syntax-year-review, imported as they came and built for every audience: the folder."""
    return built_notes(tmp_path_factory.mktemp("lone"), ("syntax-tips.md", "syntax-year-review.md"),
                       formats=["pptx", "md"])


def _slides(folder: Path, stem: str, audience: str) -> list:
    return list(Presentation(str(folder / f"{stem}-{audience}.pptx")).slides)


@pytest.mark.parametrize("stem", ["syntax-tips", "syntax-year-review"])
@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_summary_slide_holds_one_statement(built, stem, audience):
    """No slide titled as a summary ("In brief", "As the notes describe the recording", a bottom line)
    holds a single statement."""
    for n, slide in enumerate(_slides(built, stem, audience), start=1):
        if set(heads(slide)) & ALONE_TITLES:
            assert len(_items(slide)) != 1, (stem, audience, n, _items(slide))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_lone_description_titles_the_chapters_slide(built, audience):
    """syntax-tips: slide 2 is the chapter list, titled by the notes' one statement, "Chapters" above it."""
    slide = _slides(built, "syntax-tips", audience)[1]
    lines = heads(slide)
    assert EN["chapters"] in lines, lines
    assert any(t.startswith("Scott and Wes share 14 game-changing tips") for t in lines), lines
    assert any(t.startswith("No one is all-knowing") for t in _items(slide)), _items(slide)


def test_a_continued_chapter_list_is_titled_as_the_list(tmp_path):
    """syntax-tips technical, its chapters given twice over (its fourteen tips fit one slide since its asides
    left the deck's list): the chapter list goes on to a second slide, titled "Chapters (cont.)" (not the
    statement again) and without the kicker; the line saying the notes give titles only is on its first page only."""
    from generator.build import build
    from generator.timestamps import format_timestamp, parse_timestamp

    data = yaml.safe_load(notes_build(NOTES / "syntax-tips.md", formats=()).content.read_text(encoding="utf-8"))
    seconds = [t["at"] if isinstance(t["at"], int) else parse_timestamp(t["at"]) for t in data["topics"]]  # (YAML 1.1)
    data["topics"] = [dict(t, id=f"{t['id']}{again}", title=f"{t['title']}{again and ' (again)'}",
                           at=format_timestamp(at + (3600 if again else 0)))
                      for again in ("", "-again") for t, at in zip(data["topics"], seconds)]
    path = tmp_path / "twice.yaml"
    unaliased = type("Unaliased", (yaml.SafeDumper,), {"ignore_aliases": lambda self, data: True})
    path.write_text(yaml.dump(data, Dumper=unaliased, allow_unicode=True), encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    slides = _slides(tmp_path, "twice", "technical")
    assert EN["chapters"] in heads(slides[1]) and any(h.startswith("Scott and Wes share") for h in heads(slides[1]))
    assert len(heads(slides[2])) == 1 and heads(slides[2])[0].startswith(f"{EN['chapters']} (cont."), heads(slides[2])
    texts = [shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame]
    assert sum(EN["titles_only"] in t for t in texts) == 1, texts  # (the notes give titles only: said on the first page only)


def test_a_lone_statement_with_topic_slides_is_the_covers_subtitle(built):
    """syntax-year-review executive: the cover says what the recording is; slide 2 is evidence, not a
    one-statement summary; the handout keeps the summary."""
    slides = _slides(built, "syntax-year-review", "executive")
    cover = [t for sh in slides[0].shapes if sh.has_text_frame for t in sh.text_frame.text.split("\n")]
    assert "Scott and Wes review their 2024 predictions to see what they got right (and wrong)" in cover, cover
    assert "Episode 863 · 2024-12-23" in cover, cover
    assert not set(heads(slides[1])) & ALONE_TITLES, heads(slides[1])
    handout = (built / "syntax-year-review-executive.md").read_text()
    assert "Scott and Wes review their 2024 predictions" in handout
