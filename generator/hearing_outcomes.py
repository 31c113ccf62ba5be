"""A record line says what an entry was about, not its procedure (issue #21, review 12's finding 2; review 16).

A day's record of hearings reads "Committee on Commerce: Subcommittee on … concluded a hearing to examine
curbing COVID cons, …, after receiving testimony from Daniel Kaufman, …": on the bottom line every entry then
opens on the same procedure, and says who was heard rather than what about. An entry's leading clause says its
procedure (a phrase of ``procedure_phrases``: "concluded a hearing to examine") as what the body examined
(``procedure_examined``: "Subcommittee on Consumer Protection, … examined curbing COVID cons"), in about the
bottom line's fifteen words; who testified is the entry's slide's (each witness with their office), not the
bottom line's ("heard 5 witnesses on …", "testified" are procedure too). The subject is the notes' own.

A hearing held behind closed doors says so (review 21: "examined the Missile Defense Agency" dropped that the
hearing was closed, which is what sets it apart): a phrase of ``closed_procedure_phrases`` ("concluded a closed
hearing to examine") is said as ``procedure_closed`` ("held a closed hearing on").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .key_words import holds, phrases


@lru_cache(maxsize=64)
def _procedure(found: tuple[str, ...]) -> re.Pattern | None:
    """A pattern that finds any of the phrases ``found`` as whole words, whatever the spaces between them."""
    if not found:
        return None
    alternatives = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in found), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _said(lead: str, words: dict) -> tuple[re.Match, str] | None:
    """Where ``lead`` says its procedure, and the words that say it as what the body did (a closed hearing's
    first: ``procedure_closed``); None where it says none."""
    for key, said in (("closed_procedure_phrases", "procedure_closed"), ("procedure_phrases", "procedure_examined")):
        found = _procedure(tuple(phrases(words, key)))
        match = found.search(lead) if found and words.get(said) else None
        if match:
            return match, words[said]
    return None


def outcome(lead: str, words: dict) -> str:
    """``lead`` (an entry's leading clause) with its procedure said as what it examined (see the module doc);
    ``lead`` as it is where it says no procedure of ``procedure_phrases``."""
    found = _said(lead, words)
    if found is None:
        return lead
    match, said = found
    return lead[:match.start()] + said + lead[match.end():]


def acting(lead: str, words: dict) -> str:
    """Who acts in ``lead`` (an entry's leading clause): the words before its procedure ("Subcommittee on
    Defense"), "" where it says no procedure."""
    found = _said(lead, words)
    return lead[:found[0].start()].strip() if found else ""


def routine_last(entries: list, words: dict) -> list:
    """A digest's bottom-line ``entries`` (each ``text``), those the notes call routine (a phrase of
    ``routine_phrases``: "ordered favorably reported routine lists") after the others, each group in its order:
    a day's routine business is not worth what a hearing is (review 21: it came second of four, as heavy as
    the hearings)."""
    found = phrases(words, "routine_phrases")
    return sorted(entries, key=lambda p: holds(p["text"], found))
