"""Emoji: pictographs no font of the deck or the report has (they would be drawn as empty boxes or
replacement marks), so those outputs leave them out; the content and the handout keep them."""
from __future__ import annotations

import re

# Pictographs (the supplementary planes' emoji blocks and the basic plane's symbols shown as emoji
# by default: ✅ ⭐ ⚡ …), a symbol of the basic plane asked to show as an emoji (followed by U+FE0F:
# "❤️", "⏱️"; without it, it is a text symbol the fonts may have), and what joins or modifies them:
# the presentation selector, the zero-width joiner, keycaps and tag characters (flags of regions).
_ONE = ("[\U0001F000-\U0001FAFF\uFE0F\u200D\u20E3\U000E0020-\U000E007F\u231A\u231B\u23E9-\u23EC\u23F0\u23F3"
        "\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE"
        "\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757"
        "\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]")
_EMOJI = r"(?:[\u2000-\u2BFF\u3000-\u33FF]\uFE0F|" + _ONE + ")"
_RUN = re.compile(_EMOJI + "+")
_SPACED = re.compile(r"(?:(?<=\s)|^)" + _EMOJI + "+ ?")  # an emoji word, and the space after it
_CHAR = re.compile(_ONE)


def is_emoji(ch: str) -> bool:
    """Whether ``ch`` is a pictograph or a character that joins or modifies one."""
    return bool(_RUN.fullmatch(ch))


def undecorated(text: str) -> str:
    """``text`` without the emoji that open or close it ("🎥 Big Beautiful Bill" is "Big Beautiful
    Bill"; an emoji inside a sentence stays); the text itself when it is nothing but emoji. (Read
    a character at a time from each end: a pattern anchored at the end retried at every space of
    a long run of them.)"""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or _CHAR.match(text, start)
                           or (start + 1 < end and text[start + 1] == "\uFE0F")):
        start += 1
    while end > start and (text[end - 1].isspace() or _CHAR.match(text, end - 1)
                           or (end < len(text) and text[end] == "\uFE0F")):
        end -= 1
    bare = text[start:end]
    return text if not bare.strip() or bare == text.strip() else bare


def without_emoji(text: str) -> str:
    """``text`` with every emoji left out (an emoji word with the space after it), for the outputs
    whose fonts have none."""
    if not _RUN.search(text):
        return text
    return _RUN.sub("", _SPACED.sub("", text))
