"""Issue #21, review 10's finding 2: a topic's line carries what sets it apart from its siblings.

hearing-daily-digest (imported as it comes): each entry is one long sentence; the bottom line cut each
to its leading clause, "… concluded a hearing to examine the Missile Defense Agency", and dropped the
focus ("focusing on a program update") and the witnesses, which are the substance; two entries lost
their parent committee ("Subcommittee on Defense" of what?). Each entry's line is now its leading
clause, its parent kept (generator/entry_lines.py), its procedure said as what it examined: "…examined curbing
COVID cons", not "concluded a hearing to examine" (review 12's finding 2), nor who was heard ("heard 5 witnesses
on…": review 16, procedure too; hearing_outcomes.py).
Review 11: with the focus and witnesses under them the bottom line ran over two slides; the deck's bottom
line is now the leads, one slide, and each entry's focus and witnesses are on a slide after it; the report keeps
them under the lead. Review 21: a subcommittee's parent stays out of its line (no colon chain of two names), a closed
hearing says so, routine business comes last, and the witnesses are one line of names (offices in the notes).
"""
from __future__ import annotations

import re
from functools import cache

import pytest

from generator.audiences import load_audience
from generator.entry_lines import entry_lines
from generator.headline import count_words
from generator.words import load_words

from .notes_built import NOTES, deck_slides, imported_content, rendered_document

AUDIENCES = ("executive", "policy", "technical")


@cache
def _deck(audience: str) -> list:
    """The hearing deck's slides for ``audience``, rendered once for the tests below."""
    return deck_slides(imported_content("hearing-daily-digest.txt"), audience)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_bottom_line_is_one_slide_of_each_hearings_lead(audience):
    """Review 11's finding 2: the bottom line ran over two slides ("The bottom line (cont.)", ten lines).
    It is one slide of the four entries' leading clauses (who did what, the parent committee kept), within
    the audience's words; what sets each apart goes to the entry's evidence slide (below)."""
    slides = _deck(audience)
    summary = [s for s in slides if s.role == "summary"]
    assert len(summary) == 1, [s.title for s in summary]
    leads = [b.text for b in summary[0].bullets]
    # (what each examined, not the procedure nor who was heard: hearing_outcomes.py; review 21: a subcommittee is
    # the subject, its parent committee no label chained before it; a closed hearing says so; routine business last)
    assert leads[0] == "Subcommittee on Defense held a closed hearing on the Missile Defense Agency", leads
    assert leads[1].startswith("Committee on Armed Services examined the Department of Defense"), leads
    assert leads[2] == ("Subcommittee on Consumer Protection, Product Safety, and Data Security"
                        " examined curbing COVID cons"), leads
    assert leads[3].startswith("Committee on Armed Services ordered favorably reported routine lists"), leads
    assert not any(re.search(r"hearing to examine|\bheard\b|testimony|witnesses|^[^:]+: ", t) for t in leads), leads
    assert all(count_words(t) <= 16 for t in leads if "routine lists" not in t), leads  # (the meeting's list: 20)
    assert len(leads) == 4 and not any(b.children for b in summary[0].bullets), leads
    assert sum(count_words(t) for t in leads) <= load_audience(audience).config.budget.max_words


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_hearings_focus_and_witnesses_share_one_slide_each_witness_list_one_line(audience):
    """After the bottom line, the entries with more than their lead (review 12: the heading alone stated nothing;
    evidence_titles.py): each its focus, then who testified as one line of names (review 21: a witness and their office
    a line made slides of five names of two to four lines each; the speaker notes keep the offices). Entries of two
    lines at most share one slide, a column each under their heading (joined_evidence.py), up to three: the three
    hearings are one slide, titled by their names as what the hearings examined. The business meeting (routine lists:
    nothing more) has none."""
    slides = _deck(audience)
    at = next(i for i, s in enumerate(slides) if s.role == "summary")
    evidence = slides[at + 1]
    shown = {c.title: [(b.text, [x.text for x in b.children]) for b in c.bullets] for c in evidence.columns}
    assert list(shown) == ["Missile Defense Agency", "DOD Management Challenges", "Curbing COVID Cons"], list(shown)
    assert evidence.title == ("The hearings examined “Missile Defense Agency”, “DOD Management Challenges”"
                              " and “Curbing COVID Cons”")
    assert shown["Missile Defense Agency"] == [("Focusing on a program update", []),
                                               ("Testimony from Vice Admiral Jon A. Hill", [])]
    assert shown["DOD Management Challenges"] == [("Testimony from Elizabeth A. Field, Peter Levine, and Adam Grant", [])]
    assert shown["Curbing COVID Cons"] == [
        ("Focusing on warning consumers about pandemic frauds, scams, and swindles", []),
        ("Testimony from Daniel Kaufman, Cynthia L. Alexander, William E. Kovacic, Kevin H. Rhodes, and Bonnie Patten", [])]
    assert "Daniel Kaufman, Acting Director, Bureau of Consumer Protection, Federal Trade Commission" in evidence.notes
    assert not any("Acting Director" in b.text for s in slides for b in s.bullets)
    assert [s.role for s in slides[at + 2:]] in ([], ["close"], ["sources"], ["close", "sources"]), [s.title for s in slides]
    assert not any("(cont" in s.title for s in slides), [s.title for s in slides]


def test_the_report_keeps_each_lead_with_its_focus_and_witnesses_under_it():
    """The report's summary (no evidence slides: they are the deck's) keeps each entry's line as round 1 made
    it, the focus and the witnesses' names under the lead."""
    slides = rendered_document(imported_content("hearing-daily-digest.txt"), "executive").slides
    report = [s for s in slides if s.report and s.role == "summary"]
    assert len(report) == 1
    defense = next(b for b in report[0].bullets if "Missile Defense Agency" in b.text)
    assert [c.text for c in defense.children] == ["Focusing on a program update", "Testimony from Vice Admiral Jon A. Hill"]
    assert not any(s.report and s.title == "Curbing COVID Cons" for s in slides)


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
    assert lead.startswith("Committee on Armed Services: Committee examined the Department")
    assert details == ["Testimony from Elizabeth A. Field, Peter Levine, and Adam Grant"]
    assert same == meeting and none == []
