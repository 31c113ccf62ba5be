"""A record line says what happened, not the procedure (issue #21, review 12's finding 2).

A day's record of hearings reads "Committee on Commerce: Subcommittee on … concluded a hearing to
examine curbing COVID cons, …, after receiving testimony from Daniel Kaufman, …": on the bottom line
every entry then opens on the same procedure, and none says its outcome. An entry's leading clause
says its procedure (a phrase of ``procedure_phrases``: "concluded a hearing to examine") as what came
of it: who was heard, on what (``procedure_heard``: "heard 5 witnesses on curbing COVID cons"; one or two
witnesses by name, more by their number, ``witness_two``, ``witness_others``: the entry's slide names each), else what it examined
(``procedure_examined``: "examined …"). The names and the subject are the notes' own.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .key_words import phrases
from .words import fill


@lru_cache(maxsize=64)
def _procedure(found: tuple[str, ...]) -> re.Pattern | None:
    """A pattern that finds any of the phrases ``found`` as whole words, whatever the spaces between them."""
    if not found:
        return None
    alternatives = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in found), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _who(names: Sequence[str], words: dict) -> str:
    """The witnesses ``names`` said short: one by name, two joined, more by how many they are."""
    if len(names) > 2:
        return fill(words["witness_others"], count=len(names))  # (the entry's slide names each, with their office)
    return fill(words["witness_two"], first=names[0], second=names[1]) if len(names) == 2 else names[0]


def outcome(lead: str, names: Sequence[str], words: dict) -> str:
    """``lead`` (an entry's leading clause) with its procedure said as its outcome (see the module doc): who
    it heard of ``names`` (the witnesses the entry lists, in order), on what; else what it examined; ``lead``
    as it is where it says no procedure of ``procedure_phrases``."""
    found = _procedure(tuple(phrases(words, "procedure_phrases")))
    match = found.search(lead) if found else None
    if not match:
        return lead
    said = fill(words["procedure_heard"], who=_who(names, words)) if names else words["procedure_examined"]
    return lead[:match.start()] + said + lead[match.end():]
