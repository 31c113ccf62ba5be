"""Which language a run of text is in, told from its script, for the report's ``/Lang`` tags;
and text as a PDF string.

The content declares one language for the whole document; a paragraph written mostly in
another script (an Arabic quote in an English briefing) gets the language of that script,
so that a screen reader switches voice for it.
"""
from __future__ import annotations

import re

# (first code point, last code point, language): the scripts whose language is unambiguous
# enough to announce; Latin and Cyrillic text keeps the document's language.
_SCRIPTS = (
    (0x0590, 0x05FF, "he"), (0xFB1D, 0xFB4F, "he"),
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0x08A0, 0x08FF, "ar"),
    (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
    (0x3040, 0x30FF, "ja"),
    (0xAC00, 0xD7AF, "ko"), (0x1100, 0x11FF, "ko"),
    (0x3400, 0x4DBF, "zh"), (0x4E00, 0x9FFF, "zh"), (0xF900, 0xFAFF, "zh"),
)

_OTHER = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high, _ in _SCRIPTS) + "]")


def _lang_of(ch: str) -> str | None:
    cp = ord(ch)
    for low, high, lang in _SCRIPTS:
        if low <= cp <= high:
            return lang
    return None


def script_lang(text: str) -> str | None:
    """The language of the script most of ``text``'s letters are in, when that script names
    one (Arabic, Hebrew, Chinese, Japanese, Korean); None for Latin and the rest. Kana
    anywhere makes Han text Japanese."""
    if text.isascii() or not _OTHER.search(text):
        return None
    counts: dict[str | None, int] = {}
    for ch in text:
        if ch.isalpha():
            lang = _lang_of(ch)
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], k or ""))
    if best == "zh" and counts.get("ja"):
        return "ja"
    return best



def pdf_string(text: str) -> str:
    """``text`` as a PDF text string: literal when printable ASCII, else UTF-16BE in hex."""
    if text.isascii() and text.isprintable():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"
