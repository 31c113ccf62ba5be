"""Review 14's finding 1: the bottom line is the most consequential claims, each backed by a slide of its deck.

Read from the real fixtures' built decks (the session's shared builds: conftest ``decks``, notes_built):

- AMD's executive bottom line says its profit (operating or net income), and every item a number;
- no item is a record or superlative without its number ("Server CPU revenue reached an all-time high");
- one end punctuation: no item of any bottom line ends on a full stop, as no title does;
- every item is backed by another slide of the same deck: its numbers, or two thirds of its key words, on it
  (in a deck of one or two slides after it, but for those that make three, last: wizeup's takeaways say more
  than its one slide);
- policy's list is chosen by its own priorities: it is not the executive list where the content gives a
  decision or a risk to weigh first, or more quantified results than the executive list holds.
"""
from __future__ import annotations

import re

import pytest

from . import deck_bottom_items
from .deck_colours import table_lines
from .test_bottom_items import AUDIENCES, FIGURES, OTHERS, _deck

CHAPTERS = ("guide-to-live-chapters.txt",)  # (a chapter list: no topic slide backs its takeaways)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]{4,}")
_RECORD = re.compile(r"\b(?:all-time (?:high|low)|historic(?:al)? (?:high|low)s?|record (?:high|low)|highest ever)\b",
                     re.IGNORECASE)


def _items(stem: str, audience: str, decks) -> tuple[list[str], list]:
    slides, _ = _deck(decks, stem, audience)
    return deck_bottom_items.items(slides), slides


def _others(slides: list) -> list[str]:
    """The text of each slide after the bottom line's (its title, kicker, points, figures, tables' rows)."""
    return [" \n ".join([shape.text_frame.text for shape in s.shapes if shape.has_text_frame] + table_lines(s))
            for s in slides[2:]]


def test_amd_executive_says_its_profit_and_every_item_a_number(decks):
    items, _ = _items("earnings-call-amd", "executive", decks)
    assert any(re.search(r"operating income|net income|earnings per share", t, re.IGNORECASE) for t in items), items
    assert all(re.search(r"\d", t) for t in items), items


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", FIGURES + OTHERS)
def test_no_record_without_its_number_and_no_full_stop(decks, stem, audience):
    items, _ = _items(stem, audience, decks)
    assert not [t for t in items if _RECORD.search(t) and not re.search(r"\d", t)], (stem, audience, items)
    assert not [t for t in items if t.endswith(".") and not t.endswith("..")], (stem, audience, items)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", [s for s in FIGURES + OTHERS if s not in CHAPTERS])
def test_every_item_is_backed_by_another_slide_of_its_deck(decks, stem, audience):
    items, slides = _items(stem, audience, decks)
    shown = _others(slides)
    unbacked = []
    for n, item in enumerate(items):
        numbers = set(_NUMBER.findall(item))
        words = {w.casefold() for w in _WORD.findall(item)}
        if not any((numbers and numbers <= set(_NUMBER.findall(s))) or (
                not numbers and len(words & {w.casefold() for w in _WORD.findall(s)}) * 3 >= 2 * len(words)) for s in shown):
            unbacked.append(n)
    backed = len(items) - len(unbacked)
    few = len(shown) < 3  # (notes whose takeaways say more than their one or two slides: wizeup)
    made_three = len(items) <= 3  # (the notes' own summary's headlines that fill a bottom line to three: lede_items.py,
    # review 21; an unbacked item only makes three, after the backed ones: consequence.chosen, test_bottom_backed)
    assert not unbacked or ((few or made_three) and backed < 3 and unbacked == list(range(backed, len(items)))), (
        stem, audience, items, unbacked)


# (lescastcodeurs-fr: its one decision, "OpenJDK interdit…", leads both lists and its other rules run past policy's 20
# words; the lists were told apart by the order of an item only a slide's title backed: review 16. A sub-point's
# decision that policy takes and the executive does not: test_bottom_backed.py)
@pytest.mark.parametrize("stem", ["earnings-call-amd", "deepseek"])
def test_policy_is_not_the_executive_list(decks, stem):
    executive, _ = _items(stem, "executive", decks)
    policy, _ = _items(stem, "policy", decks)
    assert executive and policy and policy != executive, (stem, executive, policy)


def test_each_audience_weighs_its_own_priorities():
    """consequence.consequence: money over a share over a plain statement over a record without its number; a span
    of time is a frame; policy weighs a decision over a result, the executive a result over a decision."""
    from generator.consequence import consequence
    from generator.words import load_words

    en, fr = load_words("en"), load_words("fr")
    money, share = "Operating income was $2.2 billion", "Net income increased 31%"
    plain, record = "Members questioned the chief executive", "Server CPU revenue reached an all-time high"
    assert consequence(money, en) > consequence(share, en) > consequence(plain, en) > consequence(record, en)
    assert consequence("There have been more unicorns in the last 30 years", en) == consequence(plain, en)
    banned, replicas = "OpenJDK interdit le code généré par LLM", "GraalVM cartonne chez Trivago (43 à 12 réplicas !)"
    assert consequence(banned, fr, "decision") > consequence(replicas, fr, "decision")
    assert consequence(banned, fr, "outcome") <= consequence(replicas, fr, "outcome")
