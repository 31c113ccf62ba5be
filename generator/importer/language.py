"""The language notes are written in, for the content's ``lang`` (which picks the words the tool adds).

A small detector with no dependency, for the languages briefing has words in: Arabic, Hebrew and
Chinese by their script (the share of letters written in it), English, French, German and Spanish
by their most common short words, among the notes' own words: the text of a Markdown link is the
title of what it links to, often in another language (German show notes list English articles), and
is not counted. Text it cannot place (too short, or no language clearly ahead)
is English, the default.
"""
from __future__ import annotations

import re
from collections import Counter

from ..scripts import letters_of
from ..words import LETTERS, STOP_WORDS

# letters of a script -> its language, when they are most of the letters
SCRIPTS = {lang: letters_of(lang) for lang in ("ar", "he", "zh")}
_WORDS = {lang: set(words.split()) for lang, words in STOP_WORDS.items()}
_RUN = re.compile(r"\S+")
_LINKED = re.compile(r"\[[^\[\]\n]{0,500}\]\(\s{0,5}[^()\s]{1,2000}\s{0,5}\)")  # [text](url), [text]( url )
MIN_HITS = 8  # common words counted before a Latin-script language is taken
LEAD = 1.5  # ... and the first must have this many times the second's


def detect_language(text: str) -> str:
    """The language code of ``text``: ar, he, zh by script, en, fr, de, es by common words; en if unsure."""
    text = _RUN.sub(_unlinked, _LINKED.sub(" ", text))
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return "en"
    for lang, script in SCRIPTS.items():
        if sum(1 for ch in script.findall(text) if ch.isalpha()) > letters / 2:  # (a U+FEFF is no Arabic letter)
            return lang
    counts = Counter(LETTERS.findall(text.lower()))
    hits = sorted(((sum(counts[w] for w in words), lang) for lang, words in _WORDS.items()), reverse=True)
    (best, lang), (second, _) = hits[0], hits[1]
    return lang if best >= MIN_HITS and best >= LEAD * second else "en"


def _unlinked(run: re.Match[str]) -> str:
    """A run of text without spaces, or a space in place of a link or an address (``…://…``, ``…@…``).
    Read run by run: a search for ``\\S+://\\S+`` backtracks over each long run (minutes for 5 MiB)."""
    inner = run.group()[1:-1]
    return " " if "://" in inner or "@" in inner else run.group()
