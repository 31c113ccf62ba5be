"""Review 10, finding 1: shortening cut the clause that carries the reason, the contrast or the rest of a
list ("…highlighted record revenue and profitability" without "driven by strong demand across Data Center
AI…"; "…de manière privée pour comprendre" without "déboguer et relire… mais ne peuvent pas contribuer").
A sentence is shortened by leaving out an aside; never a cause, a contrast or a qualifier (cut_rule.py,
phrases of the language files): it stays whole, or the clause becomes a point of its own."""
from __future__ import annotations

import pytest

from generator import clauses
from generator.clauses import kept_whole, whole_statement
from generator.cut_rule import may_shorten
from generator.headline import sentences
from generator.fitted import fitted

from .notes_built import NOTES, deck_slides, imported_content


def _line(name: str, opening: str) -> str:
    """The sentence of the notes fixture ``name`` that opens with ``opening``, as the notes write it."""
    text = " ".join((NOTES / name).read_text(encoding="utf-8").split())  # (lines wrapped in the notes joined)
    return sentences(text[text.index(opening):].split(" - ")[0])[0]  # (to its full stop, or the next "- " point)


AMD_DEMAND = _line("earnings-call-amd.txt", "AMD's Q3 2025 earnings call highlighted")
AMD_OUTLOOK = _line("earnings-call-amd.txt", "The company is optimistic")
AMD_CENTER = _line("earnings-call-amd.txt", "Data Center segment revenue increased 22%")
LCC_PRIVATE = _line("lescastcodeurs-fr.md", "Les contributeurs peuvent utiliser")


@pytest.mark.parametrize("sentence, kept, item", [
    # (review 12: the frame stays, "AMD's Q3 2025 earnings call highlighted": the rest has no verb; its reason
    # stays, whole in twice 15 words: frames.unframed, clauses.kept_whole)
    (AMD_DEMAND, "driven by strong demand across Data Center AI, Server, and PC businesses", AMD_DEMAND),
    # (review 11: it ends before "…, with the launch of new products…", never before its qualifier)
    (AMD_OUTLOOK, "especially in Data Center AI", AMD_OUTLOOK.split(", with the launch")[0]),
    (AMD_CENTER, "driven by Instinct series GPUs and server share gains", AMD_CENTER),
    (LCC_PRIVATE, "mais ne peuvent pas contribuer le contenu généré", ""),  # (no clause within 15 words: no item)
])
def test_a_cut_never_leaves_out_a_cause_a_contrast_or_a_qualifier(sentence, kept, item):
    """Each of the review's sentences: no statement cut from it in 12 to 20 words (a summary item, a title,
    a slide's point) leaves out what says why, but or especially ("…profitability driven…" neither); as a
    summary item in 15 words it is whole, where a cut only the rule refuses was there (clauses.kept_whole), or
    what the rule allows: without its leading frame, or before a trailing "…, with…" (review 11)."""
    assert kept in sentence
    for most in (12, 15, 20):
        for shown in (whole_statement(sentence, most), clauses.cut(sentence, most)):
            assert not shown or kept in shown, (most, shown)
    assert fitted(sentence, 15).casefold() == item.casefold()
    assert kept_whole(sentence, 15) in (sentence, "")


def test_a_cut_that_keeps_its_rest_may_end_before_the_reason():
    """A title whose rest is its slide's first point (titles._leading) is cut there: the reason is a
    point of its own, not left out."""
    assert whole_statement(AMD_CENTER, 15, keeps_rest=True) == (
        "Data Center segment revenue increased 22% year-over-year to a record $4.3 billion")


def test_an_aside_still_goes():
    """What says no reason, contrast or qualifier is cut as before (hearing-daily-digest's focus clause)."""
    sentence = _line("hearing-daily-digest.txt", "Committee on Appropriations: Subcommittee on Defense concluded")
    assert whole_statement(sentence, 15) == ("Subcommittee on Defense concluded a closed hearing to examine the "
                                             "Missile Defense Agency")


def test_the_phrases_are_read_in_the_language_of_the_words_left_out():
    """"but" is a contrast in English and a noun in French ("dans le but de"); "car" is a cause in French
    and a noun in English ("the car makers"): each only keeps a sentence whole in its language."""
    assert not may_shorten(", but the figure excludes research costs", "")
    assert not may_shorten(", car les relecteurs sont débordés", "")
    assert may_shorten(", dans le but de réduire les coûts", "")
    assert may_shorten(", selling more to the car makers", "")
    assert not may_shorten("，但是成本更高", "") and may_shorten("，成本更高", "")


def test_the_french_deck_keeps_the_contrast():
    """lescastcodeurs-fr's executive slide on the OpenJDK policy showed "…de manière privée pour comprendre",
    the list and the contrast gone; the point is whole now (or not on the deck at all)."""
    shown = [b.text for s in deck_slides(imported_content("lescastcodeurs-fr.md"), "executive") for b in s.bullets]
    private = [t for t in shown if t.startswith("Les contributeurs peuvent utiliser")]
    assert private == [LCC_PRIVATE], private
