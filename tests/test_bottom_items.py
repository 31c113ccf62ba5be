"""Issue #21, review 12's finding 4: the bottom line is chosen from whole statements, not cut to length.

Read from the real fixtures' built decks (the session's shared builds: conftest ``decks``, notes_built):
every item of every built-in audience holds at most ~15 words (16 in the executive deck, 21 in the others;
18 with a number), opens on no section's prefix, and is no head-cut or shorthand (deck_bottom_items.py);
the review's cases each gone: AMD's "Record revenue and profitability driven by…" (its subject cut off by
the frame rule) and its cut outlook, lescast's "Java 26 est là", the default's "may have unintended
consequences", allin's "China:" prefix, wizeup's "special setup at Stray Vista".
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.bottom_items import announces, briefed, concrete, fragment, is_trivia, prefixed
from generator.words import LANG_DIR, load_words

from . import deck_bottom_items
from .notes_built import NOTES, notes_build

AUDIENCES = ("executive", "policy", "technical")
EN, FR = load_words("en"), load_words("fr")
FIGURES = ("earnings-call-amd", "wizeup-summary", "deepseek")  # (built by conftest's ``decks``)
OTHERS = ("allin-summit-takeaways.txt", "lescastcodeurs-fr.md", "guide-to-live-chapters.txt")


def _deck(decks: Path, stem: str, audience: str) -> tuple[list, Path]:
    """The slides of ``stem``'s deck for ``audience`` and its content file."""
    if stem in FIGURES:
        content = decks / f"{stem}.yaml" if stem != "deepseek" else Path(__file__).parent.parent / "content" / "deepseek.yaml"
        return list(Presentation(str(decks / f"{stem}-{audience}.pptx")).slides), content
    made = notes_build(NOTES / stem, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides), made.content


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", FIGURES + OTHERS)
def test_every_bottom_line_item_is_a_whole_short_statement(decks, stem, audience):
    slides, content = _deck(decks, stem, audience)
    items = deck_bottom_items.items(slides)
    assert items, stem
    assert deck_bottom_items.check(slides, content) == [], items
    said = " ".join(items)
    for gone in ("Record revenue and profitability", "optimistic", "Java 26 est là", "unintended consequences",
                 "China:", "Stray Vista"):
        assert gone not in said, (gone, items)


def test_the_review_cases_take_another_statement(decks):
    amd, _ = _deck(decks, "earnings-call-amd", "executive")
    assert "Revenue grew 36% year-over-year to $9.2 billion" in deck_bottom_items.items(amd)  # (no full stop: titles' rule)
    allin, _ = _deck(decks, "allin-summit-takeaways.txt", "executive")
    said = deck_bottom_items.items(allin)  # (review 19: the 5-year plans are trivia for an executive: test_bottom_voice)
    assert not [item for item in said if item.startswith("China:")] and len(said) >= 3, said
    wizeup, _ = _deck(decks, "wizeup-summary", "executive")
    assert len(deck_bottom_items.items(wizeup)) == 3  # (the trivia item gone, not replaced by a longer one)


def test_the_deck_rules_fail_on_the_cut_items_of_review_12():
    """deck_bottom_items reads what it is shown: the review's items as built on main fail their rule."""
    text = "AMD's Q3 2025 earnings call highlighted record revenue and profitability driven by strong demand."
    assert deck_bottom_items._head_cut("Record revenue and profitability driven by strong demand.", text)
    assert not deck_bottom_items._head_cut("AMD's Q3 2025 earnings call highlighted record revenue.", text)
    assert deck_bottom_items._prefixed("China: The average white-collar worker works 20 years to buy an apartment")
    assert deck_bottom_items._prefixed("Committee on Appropriations: Subcommittee on Defense concluded a hearing")
    assert not deck_bottom_items._prefixed("Three risks justify this policy: cost, delay and lock-in")
    assert deck_bottom_items._PARTICIPLE.match("Returned $89 million to shareholders through share repurchases.")


def test_an_item_that_cannot_stand_whole_gives_way():
    """bottom_items.briefed: what the bottom line may show, in the item's words as fitted.fitted shows them."""
    assert briefed("Revenue grew 36% year-over-year to $9.2 billion.", 15, EN)
    assert briefed("Reservoir storage is at a ten-year low: the three main reservoirs held 41% of capacity on 1 March",
                   15, EN)  # (18 words, with its number)
    assert not briefed("Live streaming has evolved from webcams and gaming communities to social media platforms "
                       "like Twitch and TikTok Live.", 15, EN)  # (18 words, no number)
    assert not briefed("Java 26 est là", 15, FR) and announces("Java 26 est là", FR)
    assert not briefed("The company is optimistic about future growth, especially in Data Center AI", 15, EN)
    assert not briefed("The celebration includes a special setup at Stray Vista with Matthew McConaughey", 15, EN)
    assert is_trivia("The celebration includes a special setup at Stray Vista", EN)
    assert prefixed("China: The average white-collar worker works 20 years to buy an apartment")
    assert not prefixed("Three risks justify this policy: cost, delay and lock-in")
    assert fragment("Returned $89 million to shareholders through share repurchases.", EN)
    assert not fragment("Advanced Micro Devices reported revenue of $9.2 billion.", EN)
    assert fragment("Incompatibilité Log4j → migration vers Logback", FR)
    assert fragment("Students forced into more remote learning suffered disproportionately high levels…", EN)


def test_an_announcement_says_its_topic_s_statement():
    """bottom_items.concrete: "Java 26 est là" names the topic "Java 26 : les nouveautés"; the sentence of its
    points that shares its number says what it changes ("… ; Java 26 est une version non-LTS avec 10 JEPs.")."""
    topic = {"id": "java", "title": "Java 26 : les nouveautés", "message": "", "at": None, "points": [
        {"text": "Java est le langage de la JVM ; Java 26 est une version non-LTS avec 10 JEPs.", "at": None}]}
    other = {"id": "graal", "title": "GraalVM chez Trivago", "message": "", "at": None, "points": []}
    items = [{"text": "Java 26 est là", "at": None}, {"text": "GraalVM cartonne chez Trivago", "at": None}]
    out = concrete(items, [topic, other], lambda text: text if len(text.split()) <= 15 else "", FR)
    assert [p["text"] for p in out] == ["Java 26 est une version non-LTS avec 10 JEPs.", "GraalVM cartonne chez Trivago"]


def test_every_language_tells_announcements_and_trivia():
    for path in sorted(LANG_DIR.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert "\nannouncement_phrases: " in text and "\ntrivia_phrases: " in text, path.name
    for lang, said in (("de", "Java 26 ist da"), ("es", "Java 26 ya está aquí"), ("zh", "Java 26 来了"),
                       ("he", "Java 26 כבר כאן"), ("ar", "Java 26 أصبح متاحا")):
        assert announces(said, load_words(lang)), lang
