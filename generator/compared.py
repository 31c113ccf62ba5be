"""Text as compared wherever the same words are found said twice (issue #24): a repeated point, a digest's
repeated entry, a bottom-line item its slide says again, two summary items that say the same.

One form for all of them: Unicode's compatibility form (NFKC: a composed "é" and "e" with its accent, "ﬁ"
and "fi", a full-width "５" and "5" are one), without the invisible characters that only join or break
words (U+200B–U+200D, U+2060, U+FEFF, the soft hyphen), its spaces one space, case-folded. Notes pasted
from a web page carry such characters; two copies of a line differing only by them were shown twice.
What is shown keeps the content's own characters.
"""
from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def compared(text: str) -> str:
    """``text`` as compared for saying the same words (see the module doc)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return " ".join(text.casefold().split())
