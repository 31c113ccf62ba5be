"""Helpers every writer shares: unique titles, text made safe for XML."""
from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # most text has none


def unique_titles(titles: list[str]) -> list[str]:
    """Titles with a number added where one repeats, so every title is unique."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        candidate, n = title, 1
        while candidate in seen:
            n += 1
            candidate = f"{title} ({n})"
        seen[candidate] = 1
        out.append(candidate)
    return out


def xml_text(text: str) -> str:
    """Text for XML: escaped, and any character XML cannot hold shown as U+FFFD."""
    return escape(_NOT_XML.sub("\ufffd", text)) if _SPECIAL.search(text) else text


def xml_attr(text: str) -> str:
    """An XML attribute value, quoted, from any text."""
    return quoteattr(_NOT_XML.sub("\ufffd", text)) if _SPECIAL.search(text) else f'"{text}"'
