"""Review 12's finding 2: where the notes give topics without statements, the deck says what the list
amounts to instead of relaying it (generator/title_lists.py, generator/hearing_outcomes.py).

Read back from the decks of the real notes of tests/fixtures/notes (python-pptx; the session's shared
builds, tests/notes_built.py):

- every deck of every audience opens on a bottom-line slide of two statements or more, or, where the notes
  give fewer or only describe the recording, on a cover that leads with that sentence (review 14's finding 3);
- a chapter list (titles only: guide, lex, syntax-tips) has one list slide at most, titled by where the
  time goes (its longest chapters), never by their count;
- a day's record of hearings says what came of each (who was heard, on what), never "concluded a
  hearing to examine".
"""
from __future__ import annotations

import re

import pytest
from pptx import Presentation

from generator.words import load_words

from .deck_economy import heads
from .deck_storyline import SUMMARY
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN = load_words("en")
REVIEWED = ("allin-summit-takeaways.txt", "earnings-call-amd.txt", "guide-to-live-chapters.txt", "hearing-daily-digest.txt",
            "lescastcodeurs-fr.md", "lex-fridman-outline.txt", "syntax-tips.md", "syntax-year-review.md",
            "wizeup-summary.txt")  # (the real notes review 12 read)
CHAPTER_LISTS = {"guide-to-live-chapters.txt": "Different Approaches to Live Streaming",  # (13:06 to 22:11)
                 "lex-fridman-outline.txt": "Role of philosophy in science"}  # (5:07 to 29:27)
# (syntax-tips' longest tips are its bottom line; its other tips' slide says they are shorter: test_chapters_said.py)


def _slides(name: str, audience: str) -> list:
    made = notes_build(NOTES / name, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _texts(slide) -> list[str]:
    return [p.text.strip() for sh in slide.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs if p.text.strip()]


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", REVIEWED)
def test_every_deck_opens_on_a_bottom_line_or_a_cover_lead(name, audience):
    """The second slide is the bottom line (a summary word of any built-in language) with two statements at
    least; else the cover says the notes' one sentence under its title (a lead beside the title and its
    subtitle line), and no slide is a summary."""
    slides = _slides(name, audience)
    second = slides[1]
    if set(heads(second)) & SUMMARY:
        assert len(_texts(second)) - len(heads(second)) >= 2 + 2, (name, audience, _texts(second))  # (+ footer, page)
    else:
        assert not any(set(heads(s)) & SUMMARY for s in slides), (name, audience)
        assert len(_texts(slides[0])) >= 2, (name, audience, _texts(slides[0]))


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", CHAPTER_LISTS)
def test_a_titles_only_deck_has_one_list_slide_titled_by_where_the_time_goes(name, audience):
    """guide, lex: one slide lists the chapters; its title says where the recording's time goes,
    naming its longest chapter and the minutes it takes ("“Role of philosophy in science” takes 24 minutes, the longest
    chapter": chapter_list.py; review 18: "The longest chapter is “…”" claimed nothing), never how many ("10 chapters,
    7 on quantum": review 14's finding 3); no other slide says how long a chapter takes (review 13's finding 2: a
    fact about the recording pads no bottom line), and its subtitle says which it shows where it shows some ("The 6
    longest, in time order.", the others named in its speaker notes: no line counts them)."""
    slides = _slides(name, audience)
    listed = [s for s in slides if {EN["chapters"], EN["time_goes"]} & set(heads(s))]  # (a list that ranks: its chart)
    assert len(listed) == 1, (name, audience, [heads(s) for s in slides])
    title = heads(listed[0])[0]
    assert title.startswith(f"“{CHAPTER_LISTS[name]}” takes ") and " minutes" in title, title
    assert not any(re.fullmatch(r"And \d+ more", t) for t in _texts(listed[0])), _texts(listed[0])
    cut = "Left off the slide: " in listed[0].notes_slide.notes_text_frame.text
    if EN["chapters"] in heads(listed[0]):
        assert cut == ("The 6 longest, in time order." in _texts(listed[0])), _texts(listed[0])
    said = [t for s in slides if s != listed[0] for t in _texts(s) if re.search(r" takes \d+ (of (the )?\d+ )?minutes", t)]
    assert not said, said


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_hearing_says_its_outcome_not_its_procedure(audience):
    """hearing-daily-digest: no slide says "concluded a hearing to examine"; the bottom line says what each
    committee examined ("…examined the Missile Defense Agency", "…examined curbing COVID cons"), not who it heard
    (review 16: procedure too; the entry's slide names each witness)."""
    slides = _slides("hearing-daily-digest.txt", audience)
    said = [t for s in slides for t in _texts(s)]
    assert not any("hearing to examine" in t for t in said), [t for t in said if "hearing to examine" in t]
    bottom = _texts(slides[1])
    assert any(t.endswith("Subcommittee on Defense held a closed hearing on the Missile Defense Agency") for t in bottom), bottom
    assert any(t.endswith("Data Security examined curbing COVID cons") for t in bottom), bottom
    assert not any(re.search(r"\bheard\b|witnesses", t) for t in bottom), bottom
