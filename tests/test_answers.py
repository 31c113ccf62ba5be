"""Questions answered in one statement share a Q&A slide (generator/answers.py): on the decks built of the real
Chinese session notes tests/fixtures/notes/talkgo-runtime-zh.md ("### Q: …" over its answer), and on notes written
for this test.
"""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.build import build
from generator.importer import import_file
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_economy import heads
from .notes_built import NOTES, notes_build

ZH = load_words("zh")


def _titles(deck: list) -> list[str]:
    return [slide.shapes.title.text if slide.shapes.title is not None else (heads(slide) or [""])[0] for slide in deck]


def _texts(slide) -> list[str]:
    return [line for shape in slide.shapes if shape.has_text_frame for line in shape.text_frame.text.split("\n")]


@pytest.fixture(scope="module")
def talkgo():
    made = notes_build(NOTES / "talkgo-runtime-zh.md", ("pptx",))
    assert made.problem is None, made.problem
    return {a: list(Presentation(str(made.content.with_name(f"talkgo-runtime-zh-{a}.pptx"))).slides) for a in AUDIENCES}


@pytest.mark.parametrize("audience", ("policy", "technical"))
def test_one_statement_answers_share_a_q_and_a_slide(talkgo, audience):
    """Was a slide each, titled by its question ("Q: 腾讯现在用go的多吗?" over one line): now a slide titled "问答"
    holds two of them or more, each question (without its "Q:") over its answer."""
    deck = talkgo[audience]
    shared = [slide for slide in deck if ZH["answers_title"] in _titles([slide])]
    assert shared, _titles(deck)
    lines = _texts(shared[0])
    assert "腾讯现在用go的多吗?" in lines and any(line.startswith("多, 至少 2000 人") for line in lines), lines
    assert sum(line.endswith(("?", "？", "黑魔法")) for line in lines) >= 2
    assert "Q: 腾讯现在用go的多吗?" not in _titles(deck)


NOTES_QA = """Ask the maintainers

## Q&A

### Q: Is the project still maintained?

Yes, two maintainers review pull requests every week.

### Q: Does it run on Windows?

It runs on Windows since version 2.1, with the same installer.

### Q: How are releases made?

Releases are cut from the main branch every month.
A release candidate goes out a week before.
Each release is signed by two maintainers.

### Q: Why not use threads?

Threads cost more memory than the event loop needs for this kind of work.
"""


def test_questions_answered_in_one_statement_are_gathered_where_the_first_was(tmp_path):
    """Three of four questions are answered in one statement: one slide holds them, in the notes' order; the
    question answered in three statements keeps its own slide. The speaker notes end no question on a full stop."""
    notes = tmp_path / "qa.md"
    notes.write_text(NOTES_QA, encoding="utf-8")
    content, _ = import_file(notes, tmp_path / "qa.yaml")
    build([content], formats=["pptx"], output=tmp_path, audiences=["technical"])
    deck = list(Presentation(str(tmp_path / "qa-technical.pptx")).slides)
    titles = _titles(deck)
    shared = [slide for slide in deck if "Questions and answers" in _titles([slide])]
    assert len(shared) == 1, titles
    lines = _texts(shared[0])
    asked = [line for line in lines if line.endswith("?")]
    assert asked == ["Is the project still maintained?", "Does it run on Windows?", "Why not use threads?"], lines
    assert not [t for t in titles if t.startswith("Q: ")], titles
    notes = shared[0].notes_slide.notes_text_frame.text
    assert "Does it run on Windows?" in notes and "?." not in notes, notes  # (was "…Windows?.")
    assert any("release" in line.lower() for slide in deck if slide not in shared for line in _texts(slide))
