"""Issue #21, review 10's finding 2: a topic's line carries what sets it apart from its siblings.

hearing-daily-digest (imported as it comes): each entry is one long sentence; the bottom line cut each
to its leading clause, "… concluded a hearing to examine the Missile Defense Agency", and dropped the
focus ("focusing on a program update") and the witnesses, which are the substance; two entries lost
their parent committee ("Subcommittee on Defense" of what?). Each entry's line is now its leading
clause, its parent kept, with the focus and the witnesses' names under it (generator/entry_lines.py),
on as many bottom-line slides as the budget needs.
"""
from __future__ import annotations

import pytest

from generator.audiences import load_audience
from generator.entry_lines import entry_lines
from generator.headline import count_words
from generator.words import load_words

from .notes_built import NOTES, deck_slides, imported_content

AUDIENCES = ("executive", "policy", "technical")


def _entries(audience: str) -> dict[str, list[str]]:
    """The deck's bottom-line points (over its continued slides), each with its sub-points."""
    slides = [s for s in deck_slides(imported_content("hearing-daily-digest.txt"), audience) if s.role == "summary"]
    return {b.text: [c.text for c in b.children] for s in slides for b in s.bullets}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_hearing_keeps_its_focus_its_witnesses_and_its_parent_committee(audience):
    entries = _entries(audience)
    leads = list(entries)
    assert len(leads) == 4, leads
    assert leads[0] == ("Committee on Appropriations: Subcommittee on Defense concluded a closed hearing to examine"
                        " the Missile Defense Agency"), leads
    assert entries[leads[0]] == ["Focusing on a program update", "Testimony from Vice Admiral Jon A. Hill"]
    assert leads[1].startswith("Committee on Armed Services ordered favorably reported routine lists") and not entries[leads[1]]
    assert entries[leads[2]] == ["Testimony from Elizabeth A. Field, Peter Levine, and Adam Grant"], entries
    assert leads[3].startswith("Committee on Commerce: Subcommittee on Consumer Protection, Product Safety, and Data Security")
    assert entries[leads[3]] == ["Focusing on warning consumers about pandemic frauds, scams, and swindles",
                                 "Testimony from Daniel Kaufman, Cynthia L. Alexander, William E. Kovacic, Kevin H. Rhodes,"
                                 " and Bonnie Patten"], entries


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_bottom_line_continues_rather_than_cut_what_sets_an_entry_apart(audience):
    """Each bottom-line slide stays within the audience's words (75) and eight lines: the entries go whole
    over "(cont.)" slides instead of losing their sub-points."""
    slides = [s for s in deck_slides(imported_content("hearing-daily-digest.txt"), audience) if s.role == "summary"]
    assert len(slides) == 2 and slides[1].title.endswith("(cont.)"), [s.title for s in slides]
    most = load_audience(audience).config.budget.max_words
    for s in slides:
        said = [b.text for b in s.bullets] + [c.text for b in s.bullets for c in b.children]
        assert sum(count_words(t) for t in said) <= most and len(said) <= 8, said


def test_a_witness_is_said_by_name_and_the_formula_all_share_is_left_out():
    """Of the notes' sentences: titles, offices and places after a witness's name go; "after receiving" (what
    every entry with witnesses says) goes; a list that is not of names ("routine lists in the Army, Navy…") stays."""
    text = " ".join((NOTES / "hearing-daily-digest.txt").read_text().split())
    start = text.index("Committee on Armed Services: Committee concluded")
    dod = text[start:text.index("CURBING COVID CONS")].strip()
    meeting = text[text.index("Committee on Armed Services: Committee ordered"):start]
    meeting = meeting.replace("DOD MANAGEMENT CHALLENGES", "").strip()
    words = load_words("en")
    (lead, details), (same, none) = entry_lines([dod, meeting], words)
    assert lead.startswith("Committee on Armed Services: Committee concluded a hearing to examine the Department")
    assert details == ["Testimony from Elizabeth A. Field, Peter Levine, and Adam Grant"]
    assert same == meeting and none == []
