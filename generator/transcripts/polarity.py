"""Whether a passage says a claim's words in the claim's sense: the same words with a negation or
a restriction on one side only ("never", "only") are not support for it.

A claim that negates or restricts where the words around its passage do not loses weight, and so
does one whose passage gives another number for the same thing ("ten developers in residence"
where it says "three developers as residents"). (A passage that negates a word the claim asserts
is no sign: "like a VPN, but the rest of your behavior is just not VPN" is said of a claim that
holds.)
"""
from __future__ import annotations

import re

from .index import Index
from .words import TOKEN, tokens

POLARITY = 0.6  # what a claim keeps of its score for each sense its passage does not share
AROUND = 12  # words either side of a passage read for its negations, restrictions and numbers

_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nobody|cannot|without)\b|n't\b", re.I)
_ONLY = re.compile(r"\b(?:only|solely|exclusively|until|unless|except)\b", re.I)  # "only after" is "not until"


def polarity(text: str, index: Index, first: int, last: int) -> float:
    """The share of its score a claim keeps at the passage from compared word ``first`` to
    ``last``: 1.0 when the two agree in sense, less for each way they do not."""
    start, end = index.terms[first][1], index.terms[last][1]
    around = " ".join(w[0] for w in index.raw[max(start - AROUND, 0):end + AROUND])
    factor = 1.0
    for word in (_NEGATION, _ONLY):
        if word.search(text) and not word.search(around):
            factor *= POLARITY
    near = index.terms[max(first - AROUND, 0):last + AROUND]
    said = _counted([term for term, _ in near],
                    [any(_BREAK.search(w[0]) for w in index.raw[a:b]) for (_, a), (_, b) in zip(near, near[1:])])
    claimed = _counted(*_claim_terms(text))
    if any(said.get(thing, number) != number for thing, number in claimed.items()):
        factor *= POLARITY
    return factor


def _claim_terms(text: str) -> tuple[list[str], list[bool]]:
    """The compared words of a claim, and after each whether a clause ends (a comma or stop)."""
    found = tokens(text)
    spans = [m.span() for m in TOKEN.finditer(text)]
    ends = [bool(_PUNCTUATION.search(text[spans[i][1]:spans[j][0]])) for (_, i), (_, j) in zip(found, found[1:])]
    return [term for term, _ in found], ends


def _counted(terms: list[str], ends: list[bool]) -> dict[str, str]:
    """What each number counts in compared words: the word after it in its clause ("3 develop" ->
    {"develop": "3"}; not "13, Houston" nor "to zero, Houston started"), its scale word kept with it
    ("1 thousand star"); a thing given two numbers is left out. ``ends[i]``: a clause ends after
    ``terms[i]``."""
    out: dict[str, str] = {}
    twice: set[str] = set()
    i = 0
    while i < len(terms):
        if not terms[i][:1].isdigit():
            i += 1
            continue
        j = i + 1
        while j < len(terms) and terms[j] in _SCALES:
            j += 1
        if j < len(terms) and not terms[j][:1].isdigit() and not ends[j - 1]:
            number = " ".join(terms[i:j])
            if out.setdefault(terms[j], number) != number:
                twice.add(terms[j])
        i = j
    return {thing: number for thing, number in out.items() if thing not in twice}


_PUNCTUATION = re.compile(r"[,.;:!?]|\s[-–—]+(?:\s|$)")
_BREAK = re.compile(r"[,.;:!?]$|^[-–—]+$")  # a word of a transcript that ends a clause
_SCALES = frozenset(("thousand", "million", "billion", "trillion", "percent", "time"))

