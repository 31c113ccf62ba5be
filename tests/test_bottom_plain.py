"""The bottom line states its items plainly (review 14, finding 1; generator/nominal.py).

Read from the real fixtures' built decks (the session's shared builds):

- no item says "!" (lescast's "GraalVM cartonne chez Trivago (43 à 12 réplicas !)" is said without it);
- a nominal phrase — a noun of action leading, with its "of" (de, der) and no verb: "Suppression définitive de
  l'API Applet…" — never stands before a statement on the bottom line (checked here with a rule written apart
  from the generator's: a first word ending in -tion, -sion, -ment, -ung followed by of/de/der).
"""
from __future__ import annotations

import re

import pytest

from generator.nominal import is_nominal
from generator.words import load_words

from . import deck_bottom_items
from .test_bottom_items import AUDIENCES, FIGURES, OTHERS, _deck

_NOMINAL = re.compile(r"^(?:[^:]{1,20}\s?:\s+)?\w+(?:tion|sion|ment|ung)\b(?:\s+\w+)?\s+(?:of|de|d'|du|des|der)\b",
                      re.IGNORECASE)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("stem", FIGURES + OTHERS)
def test_no_item_exclaims_and_no_nominal_phrase_before_a_statement(decks, stem, audience):
    items = deck_bottom_items.items(_deck(decks, stem, audience)[0])
    assert not [t for t in items if "!" in t.replace("!=", "")], (stem, audience, items)
    nominal = [i for i, t in enumerate(items) if _NOMINAL.search(t)]
    assert all(i >= len(items) - len(nominal) for i in nominal), (stem, audience, items)


def test_a_nominal_phrase_is_told_from_a_statement():
    en, fr, de = (load_words(code) for code in ("en", "fr", "de"))
    assert is_nominal("JEP 504 : suppression définitive de l'API Applet, plus supportée par les navigateurs.", fr)
    assert is_nominal("Removal of the Applet API, no longer supported by browsers", en)
    assert is_nominal("Entfernung der Applet-API aus dem JDK", de)
    assert not is_nominal("OpenJDK interdit le code généré par LLM", fr)
    assert not is_nominal("Total revenue of the segment was $9.2 billion", en)
