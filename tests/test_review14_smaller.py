"""Issue #21, review 14's "Smaller" list, read from the real fixtures' built decks (the session's shared
builds: notes_built):

- speaker notes are plain text (a link is its text, README *Inline markup*), and say what a slide leaves
  out without pointing to a report a deck built alone does not have (syntax-year technical's "Also in the
  report: [Ezno](https://github.com/kaleidawave/ezno)");
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")


def _deck(name: str, audience: str) -> Path:
    """The built deck of the notes fixture ``name`` for ``audience``."""
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return made.content.with_name(f"{made.content.stem}-{audience}.pptx")


def _notes(path: Path) -> list[str]:
    return [s.notes_slide.notes_text_frame.text for s in Presentation(str(path)).slides if s.has_notes_slide]


@pytest.mark.parametrize("name", ["syntax-year-review.md", "binaergewitter-de.md"])
def test_speaker_notes_are_plain_and_point_to_no_report(name):
    notes = [n for a in AUDIENCES for n in _notes(_deck(name, a))]
    assert any("Ezno" in n or "GitHub's Historic Uptime" in n for n in notes)  # (what the slides leave out is named)
    for text in notes:
        assert "](" not in text and "[" not in text.replace("[[", ""), text
        assert "in the report:" not in text and "im Bericht:" not in text, text
