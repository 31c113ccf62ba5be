"""A point that holds a quotation, cut to fewer words: its first sentences, closed, and who said them (review 19).

cliff's "“China is the most challenging national security threat America has faced in 30 years. If we fail to
acknowledge that, …,” said Armed Services Committee Chairman Mike Rogers. (R-AL)" was cut at its first sentence: the
slide read "“China is the most challenging … in 30 years." — the closing mark and the speaker gone. A cut never ends
inside a quotation (clauses.cut); where the point must be shorter, it keeps the words before the quotation, the
quotation's leading sentences (as many as fit), the mark the quotation closed on ("," before "said …") and the
closing quotation mark, then the words after it: the attribution (at most MOST_ATTRIBUTION words). Nothing is reworded.
"""
from __future__ import annotations

import re

from .headline import count_words, sentences

MOST_ATTRIBUTION = 12  # words after a quotation that say who said it, at most
_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}


def quotation(text: str) -> tuple[int, int] | None:
    """Where the first quotation of ``text`` opens and closes (the offsets of its marks), or None."""
    opening = re.search(r"[“«„\"]", text)
    if opening is None:
        return None
    closing = text.find(_PAIRS[opening.group()], opening.end())
    return (opening.start(), closing) if closing > opening.start() else None


def quote_cut(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` words inside its quotation (see the module doc), else ""."""
    return quote_parts(text, most)[0]


def quote_parts(text: str, most: int) -> tuple[str, str]:
    """``text`` cut to at most ``most`` words inside its quotation (see the module doc) and the rest of the
    quotation, quoted of its own, ended on a full stop ("“If we fail to acknowledge that, … for our nation.”"): a
    deck that shows every word shows it as a point under the first; ("", "") where it cannot be cut so."""
    text = " ".join(text.split())
    found = quotation(text)
    if found is None:
        return "", ""
    start, end = found
    lead, inner, tail = text[:start], text[start + 1:end], text[end + 1:]
    if not tail.strip(" .") or count_words(tail) > MOST_ATTRIBUTION:
        return "", ""
    closed_on = inner.rstrip()[-1:] if inner.rstrip()[-1:] in ",;:" else ""
    said = sentences(inner)
    for n in range(len(said) - 1, 0, -1):
        kept = " ".join(said[:n]).rstrip()
        kept = kept[:-1] + closed_on if closed_on and kept[-1:] == "." else kept
        cut = f"{lead}{text[start]}{kept}{text[end]}{tail}"
        if count_words(cut) <= most:
            rest = " ".join(said[n:]).rstrip()
            rest = rest[:-1] + "." if closed_on and rest[-1:] == closed_on else rest
            return cut, f"{text[start]}{rest}{text[end]}"
    return "", ""
