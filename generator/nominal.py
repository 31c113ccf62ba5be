"""A nominal phrase or an exclamation is no bottom-line statement (review 14, finding 1).

A line that leads on a noun of action (after its label, where it has one: "JEP 504 : …") — a word ending as the
language's ``action_endings`` say ("-tion", "-ment", "-ung") followed within three words by one of its
``action_links`` ("of", "de", "der") — and has no verb (sentence_kinds.has_verb, in the label either) names a change
rather than stating it: "Suppression définitive de l'API Applet, plus supportée par les navigateurs", "Removal of the
Applet API", "Résultats spectaculaires après migration vers GraalVM : réduction des réplicas de 43 à 12" (review 16,
finding 1: a noun phrase is no statement). The bottom line ranks it below every statement (consequence.UNTIED): it
stands there only where three statements do not.

An exclamation mark is the register of a talk, not of a briefing: the bottom line says its item without it
(``unexclaimed``: "GraalVM cartonne chez Trivago (43 à 12 réplicas !)" → "… (43 à 12 réplicas)").
"""
from __future__ import annotations

import re

from .inline import plain
from .key_words import phrases
from .sentence_kinds import has_verb
from .words import WORD

_LABEL = re.compile(r"^[^:]+?\s?:\s+")  # ("JEP 504 : …", "Résultats … après migration : réduction des…": a label)
_LATIN = re.compile(r"[a-zà-ÿ]")  # (the rule reads Latin-script lines only)
_EXCLAIMED = re.compile(r"\s*!+(?=\s*(?:\)|$))")  # (a "!" that ends the line or a bracket, not "!=")


def is_nominal(text: str, words: dict) -> bool:
    """Whether ``text`` (after a short label) is a nominal phrase (see the module doc); a line in another script than
    Latin never is."""
    whole = plain(text).strip()
    said = plain(_LABEL.sub("", whole, count=1))
    found = WORD.findall(said)
    if not found or has_verb(whole, words):
        return False
    links = set(phrases(words, "action_links"))
    head = found[0].casefold()
    acts = any(head.endswith(e) and len(head) > len(e) + 2 for e in phrases(words, "action_endings"))
    return bool(_LATIN.match(head)) and acts and any(w.casefold() in links for w in found[1:4])


def unexclaimed(text: str) -> str:
    """``text`` without an exclamation mark that ends it or a bracket in it (see the module doc)."""
    return _EXCLAIMED.sub("", text)
