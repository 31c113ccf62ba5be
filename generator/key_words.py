"""How text is read for phrases and key words: the phrases of a word of the content's language
(``phrases``: comma-separated, case-folded) found in a text as whole words (``holds``), and the
numbers and key words a text shares with another (``keys``). Below the summary, the bottom line, the
overview and the titles, which all read text so.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .inline import plain
from .words import WORD, padded_words

STEM = 5  # letters two key words share to count as one ("evolution", "evolved" do not; "platform"s do)
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def phrases(words: dict, key: str) -> list[str]:
    """The phrases of the word ``key`` (comma-separated), case-folded, each as its words."""
    return list(_phrases(words.get(key, "")))


@lru_cache(maxsize=1024)
def _phrases(text: str) -> tuple[str, ...]:
    return tuple(" ".join(WORD.findall(p.casefold())) for p in re.split(r"[,،、，]", text) if p.strip())


def holds(text: str, found: list[str]) -> bool:
    """Whether ``text`` holds one of the phrases ``found`` as whole words (anywhere in scripts without spaces)."""
    padded, unspaced = _patterns(tuple(found))
    return bool(padded and padded.search(_spaced(text))) or any(p in text for p in unspaced)


@lru_cache(maxsize=65536)
def _spaced(text: str) -> str:
    """``text``'s words case-folded, one space apart and padded (each text is asked about several lists)."""
    return padded_words(plain(text))


@lru_cache(maxsize=1024)
def _patterns(found: tuple[str, ...]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """A pattern that finds any of ``found`` padded with a space each side, and those of scripts without
    spaces (the many-topic passes ask of every point: worked out once per list of phrases)."""
    padded = "|".join(re.escape(f" {p} ") for p in found)
    return (re.compile(padded) if found else None), tuple(p for p in found if p and min(p) >= "\u2e80")


def keys(text: str, stem: int = STEM) -> tuple[set[str], set[str]]:
    """The numbers (no years) and the key words' stems (their first ``stem`` letters) of ``text``."""
    numbers, found = _keys(text, stem)
    return set(numbers), set(found)


@lru_cache(maxsize=65536)
def _keys(text: str, stem: int) -> tuple[frozenset[str], frozenset[str]]:
    """(keys, once per text: the titles ask of every point, and a --watch rebuild of the texts a build read)"""
    text = plain(text)
    numbers = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}
    return frozenset(n for n in numbers if n and not _YEAR.fullmatch(n)), frozenset(stems(text, stem))


def forget_texts() -> None:
    """Let go of the key words and spaced words kept per text (``_keys``, ``_spaced``): kept for the
    passes of a render and for a --watch rebuild, at 1,000 heavy topics they held some 38 MiB while the
    report was written by a build that keeps nothing for another (kept_renders.KeptRenders.done)."""
    _keys.cache_clear()
    _spaced.cache_clear()


def stems(text: str, stem: int = STEM) -> list[str]:
    """The key words' stems of ``text`` (their first ``stem`` letters), in its order (see keys)."""
    return [w.casefold()[:stem] for w in WORD.findall(text) if len(w) >= STEM and not w[0].isdigit()]
