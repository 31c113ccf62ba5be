"""A sentence that narrates what the recording does instead of stating something: it opens on a phrase of
the language's ``narration_openers`` ("Discussion of US export controls on AI hardware to China"). Such a
sentence never titles a slide (titles.py: the slide's statement does) and leaves a deck slide's subtitle
(subtitles.py)."""
from __future__ import annotations

from .key_words import phrases
from .words import WORD


def narrates(text: str, words: dict) -> bool:
    """Whether ``text`` opens on a phrase that narrates what the recording does ("Discussion of …";
    ``words``: the language's)."""
    opening = " ".join(WORD.findall(text.casefold())) + " "
    return any(opening.startswith(p + " ") or (not p.isascii() and opening.startswith(p))  # (scripts without spaces)
               for p in phrases(words, "narration_openers") if p)
