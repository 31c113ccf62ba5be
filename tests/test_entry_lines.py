"""Issue #21, review 10's finding 2: a topic's line carries what sets it apart from its siblings.

hearing-daily-digest (imported as it comes): each entry is one long sentence; the bottom line cut each
to its leading clause, "… concluded a hearing to examine the Missile Defense Agency", and dropped the
focus ("focusing on a program update") and the witnesses, which are the substance; two entries lost
their parent committee ("Subcommittee on Defense" of what?). Each entry's line is now its leading
clause, its parent kept (generator/entry_lines.py), its procedure said as what it examined: "…examined curbing
COVID cons", not "concluded a hearing to examine" (review 12's finding 2), nor who was heard ("heard 5 witnesses
on…": review 16, procedure too; hearing_outcomes.py).
Review 11: with the focus and witnesses under them the bottom line ran over two slides; the deck's bottom
line is now the leads, one slide, and each entry's focus and witnesses (with their offices) are on a slide
of its own after it; the report keeps them under the lead.
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
    # (what each examined, not the procedure nor who was heard: hearing_outcomes.py)
    assert leads[0] == "Committee on Appropriations: Subcommittee on Defense examined the Missile Defense Agency", leads
    assert leads[1].startswith("Committee on Armed Services ordered favorably reported routine lists"), leads
    assert leads[3] == ("Committee on Commerce: Subcommittee on Consumer Protection, Product Safety, and Data Security"
                        " examined curbing COVID cons"), leads
    assert not any(re.search(r"hearing to examine|\bheard\b|testimony|witnesses", t) for t in leads), leads
    assert all(count_words(t) <= 16 for t in leads if "routine lists" not in t), leads  # (the meeting's list: 20)
    assert len(leads) == 4 and not any(b.children for b in summary[0].bullets), leads
    assert sum(count_words(t) for t in leads) <= load_audience(audience).config.budget.max_words


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_hearing_keeps_its_focus_and_its_witnesses_with_their_offices_on_its_own_slide(audience):
    """After the bottom line, a slide per entry with more than its lead, kicked by the hearing's heading and
    titled by what the hearing examined, in the entry's words (review 12: the heading alone stated nothing;
    review 16: "3 witnesses testified on “DOD Management Challenges”" stated the procedure; evidence_titles.py):
    its focus, then each witness whole (the office is what makes Kaufman worth naming; round 1 kept names
    only), with no "Testimony from" lead over them (review 14: a lead over one witness). The business meeting
    (routine lists: nothing more) has none. An entry of two
    lines (the Missile Defense Agency's focus and one witness) shares its slide with the next, a column each under its
    heading (review 16 finding 5: joined_evidence.py), titled by what both examined where that fits a title, else by
    their names as what the hearings examined (here: the two would take 20 words)."""
    slides = _deck(audience)
    at = next(i for i, s in enumerate(slides) if s.role == "summary")
    shown = {h: [(b.text, [c.text for c in b.children]) for b in bullets] for s in slides[at + 1:at + 3]
             for h, bullets in ([(c.title, c.bullets) for c in s.columns] or [(s.kicker, s.bullets)])}
    assert list(shown) == ["Missile Defense Agency", "DOD Management Challenges", "Curbing COVID Cons"], list(shown)
    assert [s.title for s in slides[at + 1:at + 3]] == [  # (review 16: what each examined, not that they testified)
        "The hearings examined “Missile Defense Agency” and “DOD Management Challenges”",
        "Subcommittee on Consumer Protection, Product Safety, and Data Security examined curbing COVID cons"]
    assert shown["Missile Defense Agency"] == [
        ("Focusing on a program update", []),
        ("Vice Admiral Jon A. Hill, USN, Director, Missile Defense Agency, Department of Defense", [])]
    assert shown["DOD Management Challenges"][0][0] == (
        "Elizabeth A. Field, Director, Defense Capabilities and Management, Government Accountability Office")
    focus, *witnesses = shown["Curbing COVID Cons"]
    assert focus == ("Focusing on warning consumers about pandemic frauds, scams, and swindles", [])
    assert len(witnesses) == 5 and not any(children for _, children in witnesses), witnesses
    assert witnesses[0][0] == "Daniel Kaufman, Acting Director, Bureau of Consumer Protection, Federal Trade Commission"
    assert witnesses[-1][0] == "Bonnie Patten, Truth in Advertising, Inc., Madison, Connecticut"
    assert not any(b.text.startswith("Testimony from") for s in slides for b in s.bullets)
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
