"""Which language a run of text is in, told from its script, for the report's ``/Lang`` tags;
and text as a PDF string.

The content declares one language for the whole document; a paragraph written mostly in
another script (an Arabic quote in an English briefing) gets the language of that script,
so that a screen reader switches voice for it.
"""
from __future__ import annotations

from ...scripts import language_of, letters_of

_OTHER = letters_of()


def script_lang(text: str) -> str | None:
    """The language of the script most of ``text``'s letters are in, when that script names
    one (Arabic, Hebrew, Chinese, Japanese, Korean); None for Latin and the rest. Kana
    anywhere makes Han text Japanese."""
    if text.isascii() or not _OTHER.search(text):
        return None
    counts: dict[str | None, int] = {}
    for ch in text:
        if ch.isalpha():
            lang = language_of(ch)
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
