"""The common thread of a list's titles: the key word most of them share ("7 chapters, 4 on live
streaming"; "44 links, 12 on CSS"), said as the titles say it, never a word they do not say.

A key word is a word of ``key_words.STEM`` letters or more, counted by its first STEM letters
("platform", "platforms"); with ``acronyms``, a word of two or more capitals is one too, counted
whole ("CSS", "API": what a list of links to technical pages shares), and a name keeps its capital
(``_named``: "Python" where a title in sentence case says "Why Python for science"). The thread is shared by
LEAST_SHARED titles at least and by one in SHARE of them at least; with the word before it where
every title that has it has that word too ("Live Streaming"); none, no thread.
"""
from __future__ import annotations

import re
from collections import Counter

from .inline import plain
from .key_words import STEM
from .words import WORD

LEAST_SHARED = 2  # titles that share the thread at least
SHARE = 4  # ... and at least one in this many of them
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def _key(word: str, acronyms: bool) -> str:
    """The key ``word`` counts as ("" when none): its first STEM letters, case-folded, or an acronym whole."""
    if acronyms and _ACRONYM.fullmatch(word):
        return word
    return word.casefold()[:STEM] if len(word) >= STEM else ""


def list_thread(names: list[str], acronyms: bool = False) -> tuple[str, int]:
    """The key word most of ``names`` share (see the module doc), as they say it, and how many say it;
    ("", 0) where none is shared enough."""
    said = [WORD.findall(plain(n)) for n in names]
    keys = [[_key(w, acronyms) for w in words] for words in said]
    counts = Counter(k for ks in keys for k in set(ks) if k)
    if not counts:
        return "", 0
    first: dict[str, tuple[int, int]] = {}  # (where each key is said first, title and word: read once, not once a
    for i, ks in enumerate(keys):  # key, issue #24; of keys said as often, the first said: the set's order varied by run)
        for n, k in enumerate(ks):
            first.setdefault(k, (-i, -n))
    key, shared = max(counts.items(), key=lambda kv: (kv[1], first[kv[0]]))
    if shared < max(LEAST_SHARED, -(-len(names) // SHARE)):
        return "", 0
    places = [(words, n) for words, ks in zip(said, keys) for n, k in enumerate(ks) if k == key]
    words, at = places[0]
    before = {ws[n - 1].casefold() if n else "" for ws, n in places}
    phrase = words[at - 1:at + 1] if len(before) == 1 and "" not in before else words[at:at + 1]
    kept = any(w[1:] != w[1:].lower() for w in phrase) or (acronyms and _named(places))
    return " ".join(phrase) if kept else " ".join(phrase).casefold(), shared


def _named(places: list[tuple[list[str], int]]) -> bool:
    """Whether the thread is a name (its capital kept, "Python"): a title written in sentence case
    (a word of STEM letters or more in lower case) says it with a capital after its first word."""
    return any(n and words[n][:1].isupper() and any(len(w) >= STEM and w.islower() for w in words)
               for words, n in places)
