"""Ids for what an import makes (topics, charts, sources): short, readable and unique."""
from __future__ import annotations

import re
import unicodedata


def slug(text: str, used: dict, fallback: str) -> str:
    """A unique id for ``text``; ``used`` maps each id given to the next number to try after it
    (so 20,000 equal titles take linear time, not quadratic)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    stem = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text):
        if len(stem) + len(word) + 1 > 40:
            break
        stem = f"{stem}-{word}" if stem else word
    stem = candidate = stem or fallback
    if stem in used:
        n = used[stem]
        while f"{stem}-{n}" in used:
            n += 1
        candidate, used[stem] = f"{stem}-{n}", n + 1
    used.setdefault(candidate, 2)
    return candidate

