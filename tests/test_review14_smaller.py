"""Issue #21, review 14's "Smaller" list, read from the real fixtures' built decks (the session's shared
builds: notes_built):

- speaker notes are plain text (a link is its text, README *Inline markup*), and say what a slide leaves
  out without pointing to a report a deck built alone does not have (syntax-year technical's "Also in the
  report: [Ezno](https://github.com/kaleidawave/ezno)");
- a record's dateline ("[Congressional Record Volume 167, Number 72 (Tuesday, April 27, 2021)]", the line
  govinfo's rendition of every page of the Record opens on; congress.gov's, which the hearing fixture is, has
  none) is the briefing's date, not its title; a heading in capitals keeps the acronyms its text writes so
  ("CURBING COVID CONS" over "…to examine curbing COVID cons": "Curbing COVID Cons", not "Curbing Covid Cons");
- a point the notes' overview names, too long for a title, is titled by the overview's clause that names it
  where that is a statement within 15 words (lescast exec 5: 22 words on two lines; titles._named_short), and
  names the point's topic (committee-hearing's "Reservoir storage is at a ten-year low" shares two key words
  with a point on abstraction licences: it titled that slide too, "… (2)", in a first version).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.importer.notes import import_notes

from .notes_built import FIXTURES, NOTES, notes_build

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


def test_a_records_dateline_is_the_date_and_a_headings_acronym_keeps_its_capitals():
    digest = (NOTES / "hearing-daily-digest.txt").read_text(encoding="utf-8")
    dated = import_notes("[Congressional Record Volume 167, Number 72 (Tuesday, April 27, 2021)]\n" + digest, "d.txt").data
    # (the running header "[Daily Digest]" names the publication, the subtitle; the title what the entries examined:
    # importer/publication.py, h-intl4)
    assert dated["subtitle"] == "Daily Digest" and dated["date"] == "2021-04-27", (dated["subtitle"], dated.get("date"))
    assert dated["title"].startswith("Missile Defense Agency, Business Meeting"), dated["title"]
    assert import_notes(digest, "d.txt").data["subtitle"] == "Daily Digest"  # (the fixture itself names no date)
    assert [t["title"] for t in dated["topics"]][-2:] == ["DOD Management Challenges", "Curbing COVID Cons"]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_lescast_title_runs_past_two_lines(audience):
    titles = [s.shapes.title.text_frame.text for s in Presentation(str(_deck("lescastcodeurs-fr.md", audience))).slides
              if s.shapes.title is not None]
    assert "OpenJDK interdit le code généré par LLM" in titles
    assert all(len(t.split()) <= 16 for t in titles), [t for t in titles if len(t.split()) > 16]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_clause_that_names_another_topic_titles_no_slide(audience):
    made = notes_build(FIXTURES / "committee-hearing.txt", ("pptx",))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx")))
    titles = [s.shapes.title.text_frame.text for s in deck.slides if s.shapes.title is not None]
    # (the policy deck's 12 slides hold the licences' topic too since its About slide left: review 20)
    assert "The union asked for ten-year licences with a drought clause" in titles, titles
    assert audience != "policy" or len(titles) <= 12, titles
    assert not any(t.endswith("(2)") or t[:1].islower() for t in titles), titles
