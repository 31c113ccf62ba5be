"""Which writing system text is in, told once for every module that asks: the deck's font slots
and reading direction, the report's shaping and ``/Lang`` tags, and the importer's language.

Code point ranges, not ``unicodedata``: a character class finds a right-to-left or East Asian
letter in a long text at C speed. A paragraph's direction (``is_rtl``) and the report's bidi
algorithm read each character's bidi class from ``unicodedata``: that is the Unicode rule itself,
not a test for a script.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

# (first code point, last code point, language): the scripts whose language is unambiguous enough
# to announce or detect; Latin and Cyrillic text keeps the document's language.
LANGUAGE_RANGES = (
    (0x0590, 0x05FF, "he"), (0xFB1D, 0xFB4F, "he"),
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0x08A0, 0x08FF, "ar"),
    (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"), (0x1100, 0x11FF, "ko"),
    (0x3400, 0x4DBF, "zh"), (0x4E00, 0x9FFF, "zh"), (0xF900, 0xFAFF, "zh"),
)
_RIGHT_TO_LEFT = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"  # Hebrew to Arabic Extended-A, their presentation forms
# what HarfBuzz must shape: right-to-left scripts, Indic scripts, Thai and Lao, Myanmar
_COMPLEX = _RIGHT_TO_LEFT + "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
_EAST_ASIAN = "\u3000-\u9fff\uac00-\ud7af\uf900-\uffef"  # CJK symbols, kana, Han, Hangul, compatibility forms

RIGHT_TO_LEFT = re.compile(f"[{_RIGHT_TO_LEFT}]")
COMPLEX = re.compile(f"[{_COMPLEX}]")


def is_rtl(text: str) -> bool:
    """Whether ``text`` is a right-to-left paragraph: its first strong character, outside isolates,
    is right-to-left (Unicode bidi rules P2-P3), the one answer for the deck's and the report's
    paragraphs: "Jane Roe, مريم" reads left to right, "مريم, Jane" and "\u200fJane" right to left."""
    isolated = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("LRI", "RLI", "FSI"):
            isolated += 1
        elif kind == "PDI":
            isolated = max(0, isolated - 1)  # (an unmatched one is ignored)
        elif not isolated and kind in ("R", "AL", "L"):
            return kind != "L"
    return False


def has_east_asian(text: str) -> bool:
    """Whether ``text`` has an East Asian character (the class is compiled when a text first might:
    its 41,000 code points take 2.5 ms to compile, a cold deck of Latin text never needs it)."""
    return bool(text) and max(text) >= "\u3000" and _east_asian().search(text) is not None


@cache
def _east_asian() -> re.Pattern:
    return re.compile(f"[{_EAST_ASIAN}]")


def letters_of(*langs: str) -> re.Pattern:
    """A character class of the letters of ``langs``' scripts (of every script in LANGUAGE_RANGES if none)."""
    return re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high, lang in LANGUAGE_RANGES
                                    if not langs or lang in langs) + "]")


def language_of(ch: str) -> str | None:
    """The language of ``ch``'s script, if LANGUAGE_RANGES names one."""
    cp = ord(ch)
    for low, high, lang in LANGUAGE_RANGES:
        if low <= cp <= high:
            return lang
    return None
