"""A sentence that narrates what the recording does instead of stating something: it opens on a phrase of
the language's ``narration_openers`` ("Discussion of US export controls on AI hardware to China"). Such a
sentence never titles a slide (titles.py: the slide's statement does), leaves a deck slide's subtitle
(subtitles.py) and leads no line of a close (close.py, with ``narrating_subjects``)."""
from __future__ import annotations

from .key_words import phrases
from .words import WORD


def narrates(text: str, words: dict, keys: tuple[str, ...] = ("narration_openers",)) -> bool:
    """Whether ``text`` opens on a phrase (of the word ``keys`` of ``words``, the language's) that narrates
    what the recording does ("Discussion of …"; with "narrating_subjects" too: "The conversation highlights …")."""
    opening = " ".join(WORD.findall(text.casefold())) + " "
    return any(opening.startswith(p + " ") or (not p.isascii() and opening.startswith(p))  # (scripts without spaces)
               for key in keys for p in phrases(words, key) if p)
