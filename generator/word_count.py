"""How many words a text says, for every rule that measures text in words (a title's, a bottom-line
item's, a label's, a slide body's length): one count for every script.

Text between spaces is a word each, as a reader counts them. Chinese and Japanese are written without
spaces between words, so a whole sentence would count as one word and pass every limit: their
ideographs and kana count ``CHARS_PER_WORD`` to a word instead. Two, because a word of modern Chinese
is one to two characters long (most of the common ones two; about 1.5–1.7 in running text) and
translators reckon 1.5–1.8 Chinese characters per English word: a 15-word item is then at most 30
characters, what a Chinese briefing's one-line statement holds. Japanese words, of kanji and kana, run
a little longer; the same rate keeps its limits about as strict as English ones. Korean is written
with spaces between its words (eojeol), so Hangul counts by its spaces like Latin text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .scripts import has_east_asian

CHARS_PER_WORD = 2
# the characters written without spaces between words: kana, CJK ideographs (extension A, unified, compatibility)
SPACELESS = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


def count_words(text: str) -> int:
    """The words of ``text`` as a reader counts them: the runs between spaces, a run of Chinese or
    Japanese one word per ``CHARS_PER_WORD`` characters (see the module doc)."""
    tokens = text.split()
    return len(tokens) if text.isascii() or not has_east_asian(text) else count_tokens(tokens)  # (at C speed)


def count_tokens(tokens: Iterable[str]) -> int:
    """How many words ``tokens`` (a text's words as a rule reads them: between spaces, or its letters'
    runs) say: one each, a token with Chinese or Japanese characters one per ``CHARS_PER_WORD`` of them
    (rounded up), plus one for each run of letters or digits beside them ("Go", "2000")."""
    total = 0
    for token in tokens:
        if token.isascii() or not has_east_asian(token):
            total += 1
            continue
        chars = len(_spaceless().findall(token))
        beside = [part for part in _spaceless().sub(" ", token).split() if any(c.isalnum() for c in part)]
        total += max(1, -(-chars // CHARS_PER_WORD) + len(beside))
    return total


@cache
def _spaceless() -> re.Pattern:
    """``SPACELESS`` compiled when a text first has such a character (a Latin deck never needs it)."""
    return re.compile(SPACELESS)


def first_words(tokens: list[str], most: int) -> list[str]:
    """The first of ``tokens`` that say at most ``most`` words (``count_tokens``): ``tokens[:most]`` in
    text with spaces; a run of Chinese or Japanese longer than the words left is cut between characters."""
    shown: list[str] = []
    said = 0
    for token in tokens:
        size = count_tokens([token])
        if said + size > most:
            if has_east_asian(token) and (part := _start(token, most - said)):
                shown.append(part)
            break
        shown.append(token)
        said += size
    return shown


def _start(token: str, most: int) -> str:
    """The longest start of ``token`` that says at most ``most`` words (a start says no more than a longer
    one, so it is found by halving: a 20,000-character run without a space is read ~15 times, not 20,000)."""
    low, high = 0, len(token)
    while low < high:
        mid = (low + high + 1) // 2
        if count_tokens([token[:mid]]) <= most:
            low = mid
        else:
            high = mid - 1
    return token[:low]
