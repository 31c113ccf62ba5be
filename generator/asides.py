"""Asides: the parts of a recording that are not its content (a welcome, an intro, a sponsor read,
plugs, the wrap-up, where to find the hosts), told from their titles.

A topic is an aside when the head of its title (up to its first ``:``, `` - ``, ``|`` or bracket)
is a few words (at most ``MOST_WORDS``) and opens with one of the phrases of the content's language
(the word ``aside_titles`` of ``generator/lang/<code>.yaml``, comma-separated), or holds one as
whole words in a title that short: "Welcome to Syntax!", "Sponsors: AG1, LMNT", "Sick Picks &
Shameless Plugs", "Bestie intros: Nostracanis appears!" (not "A welcome change: prices fall…").
An aside weighs nothing, never feeds the bottom line and, where an audience asks (the budget's
``asides: false``), is only named on the "Also discussed" line. Notes made of asides alone have
none: then they are the content.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .inline import plain

MOST_WORDS = 5  # words of a title's head that can still name an aside ("Brought to you by Sentry.io")
_HEAD_END = re.compile(r":\s|\s[-–—|]\s|[(\[]")
_SEPARATORS = re.compile(r"[^\w'’-]+")


def phrases(words: dict) -> list[str]:
    """The aside phrases of ``words`` (the ``aside_titles`` word, comma-separated), case-folded."""
    return [p.strip().casefold() for p in re.split(r"[,،、，]", words.get("aside_titles", "")) if p.strip()]


def _spaced(text: str) -> str:
    """``text`` case-folded, its words separated by single spaces (punctuation dropped), padded."""
    return " " + " ".join(w.strip("-'’") for w in _SEPARATORS.split(text.casefold()) if w.strip("-'’")) + " "


def is_aside(title: str, found: list[str]) -> bool:
    """Whether ``title`` names an aside: its head (see the module doc) holds one of ``found`` (phrases)."""
    text = plain(title).strip()
    head = _HEAD_END.split(text, maxsplit=1)[0] or text
    if len(head.split()) > MOST_WORDS:
        return False
    spaced, short = _spaced(head), len(text.split()) <= MOST_WORDS
    # scripts written without spaces (Chinese, Japanese) hold a phrase anywhere in the head
    return any(spaced.startswith(padded) or (short and padded in spaced) or (unspaced and p in head)
               for p, padded, unspaced in _forms(tuple(found)))


@lru_cache(maxsize=64)
def _forms(found: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    """Each phrase of ``found``, spaced and padded (see _spaced), and whether its script has no spaces:
    worked out once, not for each title."""
    return tuple((p, f" {_spaced(p).strip()} ", bool(p) and min(p) >= "\u2e80") for p in found)


def asides(titles: list[str], words: dict) -> list[bool]:
    """For each of ``titles``, whether it is an aside; none is when all are (the notes are only those)."""
    found = phrases(words)
    flags = [is_aside(t, found) for t in titles]
    return [False] * len(flags) if all(flags) else flags
