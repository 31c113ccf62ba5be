"""Right-to-left lines in visual order: the Unicode bidirectional algorithm at word level.

ReportLab (without its optional ``rlbidi``) lays every line out first-word-leftmost; HarfBuzz
already draws each Arabic or Hebrew word right to left. So once a paragraph is broken into
lines, each line's words are put in visual order here: each word gets a bidi level from its
strong characters (UAX #9 W and N rules, word by word), and runs are reversed from the highest
level down (rule L2). Text extraction gets the logical order back through /ActualText.
"""
from __future__ import annotations

import unicodedata

_RTL = {"R", "AL"}
_NUMBER = {"EN", "AN"}


def _classes(text: str) -> set[str]:
    return {unicodedata.bidirectional(ch) for ch in text}


def is_rtl(text: str) -> bool:
    """Whether ``text``'s first strong character is right-to-left (its paragraph direction, P2-P3)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


def word_levels(words: list[str], base: int) -> list[int]:
    """Each word's embedding level in a line whose paragraph level is ``base`` (0 or 1)."""
    dirs: list[str | None] = []
    levels: list[int | None] = []
    strong = "R" if base else "L"
    direction: str | None
    level: int | None
    for word in words:
        kinds = _classes(word)
        if kinds & _RTL:
            strong = direction = "R"
            level = 1
        elif "L" in kinds:
            strong = direction = "L"
            level = 2 if base else 0
        elif kinds & _NUMBER:  # W2, W7: a number after right-to-left text is Arabic; N1 counts it as R
            direction = "R" if strong == "R" else "L"
            level = 2 if base or strong == "R" else 0
        else:  # spaces and punctuation take their neighbours' direction when both agree (N1-N2)
            direction = level = None
        dirs.append(direction)
        levels.append(level)
    edge = "R" if base else "L"
    out: list[int] = []
    for i, level in enumerate(levels):
        if level is None:
            before = next((dirs[j] for j in range(i - 1, -1, -1) if dirs[j]), edge)
            after = next((dirs[j] for j in range(i + 1, len(dirs)) if dirs[j]), edge)
            level = (1 if before == "R" else 2 if base else 0) if before == after else base
        out.append(level)
    return out


def visual_order(levels: list[int]) -> list[int]:
    """The logical indexes in visual order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def reorder_line(frags: list) -> list:
    """A line's fragments (font runs, logical order) split into words and spaces, in visual order
    for a right-to-left paragraph."""
    pieces = []
    for frag in frags:
        text, start = frag.text, 0
        for i in range(1, len(text) + 1):  # cut wherever a space starts or ends
            if i == len(text) or (text[i] == " ") != (text[i - 1] == " "):
                pieces.append(frag.clone(text=text[start:i], _visual=True))
                start = i
    while pieces and not pieces[-1].text.strip(" "):  # the space the line broke at
        pieces.pop()
    levels = word_levels([p.text for p in pieces], 1)
    return [pieces[i] for i in visual_order(levels)]
