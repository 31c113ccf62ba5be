"""Asides: the parts of a recording that are not its content (a welcome, an intro, a sponsor read,
plugs, the wrap-up, where to find the hosts), told from their titles.

A topic is an aside when the head of its title (up to its first ``:``, `` - ``, ``|`` or bracket)
is a few words (at most ``MOST_WORDS``) and opens with one of the phrases of the content's language
(the word ``aside_titles`` of ``generator/lang/<code>.yaml``, comma-separated), or holds one as
whole words in a title that short: "Welcome to Syntax!", "Sponsors: AG1, LMNT", "Sick Picks &
Shameless Plugs", "Bestie intros: Nostracanis appears!" (not "A welcome change: prices fall…").
A chapter (a title only: no points, figures, charts, tables nor quotes) whose words but its numbers
are the content's title's is an aside too: a heading that restates the title ("13 Web Development
Tips I Wish I Knew Sooner" in notes titled "14 Web Development Tips…"), not a part of the recording.
This is the one filter of asides, on the content before any audience chooses (context.py): no deck
of any audience shows an aside topic (no slide, agenda or chapter line, timeline bar nor "Also
discussed" entry); the sources slide's speaker notes name them, and the report keeps them (its
chapter list and "Also discussed" section; where the budget keeps ``asides: true``, their slides).
An aside weighs nothing, never feeds the bottom line. Notes made of asides alone have
none: then they are the content.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .inline import plain
from .word_count import count_words

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
    if count_words(head) > MOST_WORDS:
        return False
    spaced, short = _spaced(head), count_words(text) <= MOST_WORDS
    # scripts written without spaces (Chinese, Japanese) hold a phrase anywhere in the head
    return any(spaced.startswith(padded) or (short and padded in spaced) or (unspaced and p in head)
               for p, padded, unspaced in _forms(tuple(found)))


@lru_cache(maxsize=64)
def _forms(found: tuple[str, ...]) -> tuple[tuple[str, str, bool], ...]:
    """Each phrase of ``found``, spaced and padded (see _spaced), and whether its script has no spaces:
    worked out once, not for each title."""
    return tuple((p, f" {_spaced(p).strip()} ", bool(p) and min(p) >= "\u2e80") for p in found)


def _bare(text: str) -> set[str]:
    """The words of ``text`` (see _spaced) but those with a digit: what a heading says without its count."""
    return {w for w in _spaced(plain(text)).split() if not any(c.isdigit() for c in w)}


def restates(title: str, heading: str) -> bool:
    """Whether ``heading`` restates ``title`` (the content's): the same words of two or more, numbers aside."""
    said = _bare(heading)
    return len(said) >= 2 and said == _bare(title)


def asides(titles: list[str], words: dict, restating: list[bool] | None = None) -> list[bool]:
    """For each of ``titles``, whether it is an aside (or ``restating`` marks it: see aside_topics); none
    is when all are (the notes are only those)."""
    found = phrases(words)
    flags = [is_aside(t, found) or bool(restating and restating[i]) for i, t in enumerate(titles)]
    return [False] * len(flags) if all(flags) else flags


def aside_topics(content, words: dict) -> list[bool]:
    """For each topic of ``content``, whether it is an aside (see the module doc): its title names one, or
    it is a chapter whose title restates the content's; none is when all are."""
    return asides([t.title for t in content.topics], words,
                  [restates(content.title, t.title) and not (t.points or t.figures or t.charts or t.tables or t.quotes)
                   for t in content.topics])


def aside_ids(content, words: dict) -> set[str]:
    """The ids of ``content``'s aside topics (see aside_topics)."""
    return {t.id for t, aside in zip(content.topics, aside_topics(content, words)) if aside}
