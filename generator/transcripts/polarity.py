"""Whether a passage says a claim's words in the claim's sense: the same words with a negation or
a restriction on one side only ("never", "only") are not support for it.

A claim that negates or restricts where the words around its passage do not loses weight. (The
converse, a passage that negates a word the claim asserts, is no sign: "like a VPN, but the rest
of your behavior is just not VPN" is said of a claim that holds.)
"""
from __future__ import annotations

import re

from .index import Index

POLARITY = 0.6  # what a claim keeps of its score for each sense its passage does not share
AROUND = 12  # words either side of a passage read for its negations and restrictions

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
    return factor

