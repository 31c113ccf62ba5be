"""Emoji: pictographs no font of the deck or the report has (they would be drawn as empty boxes or
replacement marks), so those outputs leave them out; the content and the handout keep them."""
from __future__ import annotations

import re

# Pictographs (the supplementary planes' emoji blocks), a symbol of the basic plane asked to show as
# an emoji (followed by U+FE0F: "❤️", "⏱️"; without it, it is a text symbol the fonts may have), and
# what joins or modifies them: the presentation selector, the zero-width joiner, keycaps and tag
# characters (flags of regions).
_EMOJI = r"(?:[\u2000-\u2BFF\u3000-\u33FF]\uFE0F|[\U0001F000-\U0001FAFF\uFE0F\u200D\u20E3\U000E0020-\U000E007F])"
_RUN = re.compile(_EMOJI + "+")
_LEADING = re.compile(r"^(?:" + _EMOJI + r"+\s*)+")
_TRAILING = re.compile(r"(?:\s*" + _EMOJI + r"+)+$")


def is_emoji(ch: str) -> bool:
    """Whether ``ch`` is a pictograph or a character that joins or modifies one."""
    return bool(_RUN.fullmatch(ch))


def undecorated(text: str) -> str:
    """``text`` without the emoji that open or close it ("🎥 Big Beautiful Bill" is "Big Beautiful
    Bill"; an emoji inside a sentence stays); the text itself when it is nothing but emoji."""
    bare = _TRAILING.sub("", _LEADING.sub("", text))
    return bare if bare.strip() else text


def without_emoji(text: str) -> str:
    """``text`` with every emoji left out (and the double space one leaves), for the outputs whose
    fonts have none."""
    if not _RUN.search(text):
        return text
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", _RUN.sub("", text))
