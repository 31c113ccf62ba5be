"""A hedge titles no slide (review 18 finding 5).

A title states the slide's point. A statement that opens on a hedge ("Could be…", "Maybe…", "יכול להיות…",
"可能…") says the speaker is unsure of it: the knesset protocol's slide was titled "יכול להיות שאפשר יותר. ביקשנו
לשנתיים…" ("could be that more is possible. We asked for two years…"), a transcript turn. ``hedges``: the statement
(after a "Speaker: " label that only heads it, headline.labelled) opens on a phrase of ``hedge_phrases``
(generator/lang), as whole words (in a script written without spaces, as its first characters); titles.py then
takes the topic's next statement.
"""
from __future__ import annotations

import re

from .headline import labelled
from .inline import plain
from .key_words import phrases


def hedges(text: str, words: dict) -> bool:
    """Whether ``text`` opens on a hedge of ``words`` (see the module doc)."""
    said = " ".join(labelled(plain(text))[1].split()).lstrip("\"'“”«»„ ").casefold()
    return any(re.match(re.escape(p) + ("" if _spaceless(p) else r"(?!\w)"), said)
               for p in phrases(words, "hedge_phrases"))


def _spaceless(phrase: str) -> bool:
    """Whether ``phrase`` is of a script written without spaces (CJK): it runs on into the next word."""
    return ord(phrase[-1]) >= 0x2E80
