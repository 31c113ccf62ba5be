"""A record line says what an entry was about, not its procedure (issue #21, review 12's finding 2; review 16).

A day's record of hearings reads "Committee on Commerce: Subcommittee on … concluded a hearing to examine
curbing COVID cons, …, after receiving testimony from Daniel Kaufman, …": on the bottom line every entry then
opens on the same procedure, and says who was heard rather than what about. An entry's leading clause says its
procedure (a phrase of ``procedure_phrases``: "concluded a hearing to examine") as what the body examined
(``procedure_examined``: "Subcommittee on Consumer Protection, … examined curbing COVID cons"), in about the
bottom line's fifteen words; who testified is the entry's slide's (each witness with their office), not the
bottom line's ("heard 5 witnesses on …", "testified" are procedure too). The subject is the notes' own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .key_words import phrases


@lru_cache(maxsize=64)
def _procedure(found: tuple[str, ...]) -> re.Pattern | None:
    """A pattern that finds any of the phrases ``found`` as whole words, whatever the spaces between them."""
    if not found:
        return None
    alternatives = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in found), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def outcome(lead: str, words: dict) -> str:
    """``lead`` (an entry's leading clause) with its procedure said as what it examined (see the module doc);
    ``lead`` as it is where it says no procedure of ``procedure_phrases``."""
    found = _procedure(tuple(phrases(words, "procedure_phrases")))
    match = found.search(lead) if found else None
    if not match:
        return lead
    return lead[:match.start()] + words["procedure_examined"] + lead[match.end():]
