"""A long title in short, for the places that repeat it on every page (the deck's footer): the cover keeps
it whole.

A title of up to FOOTER_WORDS words is short already. A longer one is cut where a clause ends (a comma, a
colon, a dash between spaces, or an opening bracket), outside brackets, at the last such end within
FOOTER_WORDS words (two at least): "צו תעריף המכס … על טובין (הוראת שעה מס' 11), התשע"ה-2015 (ממירים – …)"
is "צו תעריף המכס והפטורים ומס קנייה על טובין", "Missile Defense Agency, Business Meeting, DOD Management
Challenges and Curbing COVID Cons" is "Missile Defense Agency, Business Meeting"; a title with no such end
keeps its first FOOTER_WORDS words and "…".
"""
from __future__ import annotations

import re

from .word_count import count_words, first_words

FOOTER_WORDS = 8  # words of a title a footer repeats at most
_ENDS = re.compile(r"\s*(?:[,;:]\s|[，；：]|\s[–—-]\s|\s?\(|\s?（)")  # where a title's first clause may end
LEAST_WORDS = 2  # words a short form keeps at least ("Budget" alone names nothing)


def short_title(title: str, most: int = FOOTER_WORDS) -> str:
    """``title`` in at most ``most`` words (see the module doc)."""
    title = " ".join(title.split())
    if count_words(title) <= most:
        return title
    starts = [title[:m.start()].rstrip(" ,;:–—-") for m in _ENDS.finditer(title)
              if title.count("(", 0, m.start()) <= title.count(")", 0, m.start())]  # (never inside brackets)
    fitting = [s for s in starts if LEAST_WORDS <= count_words(s) <= most]
    return fitting[-1] if fitting else f"{' '.join(first_words(title.split(), most)).rstrip(' ,;:–—-')}…"
