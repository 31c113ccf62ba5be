"""Helpers every writer shares: unique titles, text made safe for XML."""
from __future__ import annotations

import re

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\n\r]")
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
    """Text for XML: escaped, and any character XML cannot hold shown as U+FFFD.
    (xml.sax.saxutils would do, but importing it imports urllib.request: 10 ms at every start.)"""
    if not _SPECIAL.search(text):
        return text
    return _NOT_XML.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(text: str) -> str:
    """An XML attribute value, double-quoted, from any text (line breaks and tabs kept as references)."""
    if _SPECIAL.search(text) or _SPACES.search(text):
        text = xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    return f'"{text}"'


_STEPS = (5, 10, 15, 20, 30, 60, 90, 120, 180, 240, 360, 480, 720)  # minutes


def time_step(end_minutes: float) -> int:
    """The step, in minutes, of a time axis running to ``end_minutes``: at most 8 steps."""
    return next((m for m in _STEPS if end_minutes / m <= 8), _STEPS[-1])


def clock(minutes: float) -> str:
    """Minutes as ``H:MM``, the form of a time axis."""
    hours, rest = divmod(round(minutes), 60)
    return f"{hours}:{rest:02d}"
