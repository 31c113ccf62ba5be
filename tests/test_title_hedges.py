"""A hedge titles no slide (review 18 finding 5): generator/title_hedges.py, and the knesset protocol's built decks
(python-pptx), whose slide was titled "יכול להיות שאפשר יותר…" ("could be that more is possible…")."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.title_hedges import hedges
from generator.words import load_words

from .conftest import AUDIENCES
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build


@pytest.mark.parametrize("lang, text, result", [
    ("he", "קובי בוזו: יכול להיות שאפשר יותר. ביקשנו לשנתיים.", True),  # (after the speaker's label)
    ("he", "בעד אישור הצו – פה אחד", False),
    ("en", "Maybe the rates will fall next year", True),
    ("en", "“Perhaps the fund is too small,” she said", True),
    ("en", "Maybelline's sales grew 5%", False),  # (a whole word only)
    ("en", "Revenue could be lower next quarter", False),  # (a claim that hedges inside is still its claim)
    ("fr", "Peut-être que la migration ira plus vite", True),
    ("zh", "可能会在下个版本修复", True),
    ("zh", "线程切换大概在几微秒级别", False),
])
def test_a_statement_that_opens_on_a_hedge_is_one(lang, text, result):
    assert hedges(text, load_words(lang)) is result


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_slide_of_the_protocol_is_titled_by_a_hedge(audience):
    built = notes_build(NOTES / "knesset-finance-he.txt", ("pptx",)).content.parent
    slides = list(Presentation(str(built / f"knesset-finance-he-{audience}.pptx")).slides)
    he = load_words("he")
    titles = [_title_kicker(s)[0] for s in slides]
    assert len(titles) > 2 and not [t for t in titles if hedges(t, he)]
