"""A speech of a protocol without the speaker's introduction of themself: "Good morning. John Smith, Treasury."
or "שאול ששון, משרד הכלכלה." before what they came to say tells who speaks, which the point's ``speaker``
says already (protocol.py), and would otherwise lead the point on a slide or a bottom line.

The introduction is the speech's leading short sentences (INTRO_WORDS words at most each) up to the last of
them that names the speaker (a word of their name of MIN_LETTERS letters or more: "חדד" in "שמי רפי חדד, …");
a speech that is only that stays as it is.
"""
from __future__ import annotations

from ..headline import sentences
from ..word_count import count_words
from ..words import WORD

INTRO_WORDS = 6  # words of a sentence of an introduction at most ("John Smith, Treasury." stays short)
MIN_LETTERS = 3  # letters of a word of a name that tells it (not "Dr", "Mr")


def unintroduced(speech: str, speaker: str) -> str:
    """``speech`` without the ``speaker``'s introduction of themself (see the module doc)."""
    name = {w.casefold() for w in WORD.findall(speaker) if len(w) >= MIN_LETTERS}
    said = sentences(speech)
    lead = 0
    for i, sentence in enumerate(said):
        if count_words(sentence) > INTRO_WORDS:
            break
        if name & {w.casefold() for w in WORD.findall(sentence)}:
            lead = i + 1
    return speech[speech.index(said[lead]):] if 0 < lead < len(said) else speech
