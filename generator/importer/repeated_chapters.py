"""Chapters that repeat the chapter before them are one chapter (issue #24).

A chapter list pasted or generated with a title said again and again ("00:00 Intro", "00:02 Intro", … fifty
times) gave fifty topics of one name: the agenda, the chapter list and the timeline showed "Intro" fifty
times. A chapter that only repeats the title of the one before it (the same words, as compared.py compares
them) with nothing under either is the same chapter going on: it is left out, the run starting at its first
time, with one warning for all such runs. A title said again after another chapter is a moment of its own
("Ad break" three times in an hour) and stays.
"""
from __future__ import annotations

from ..compared import compared
from ..errors import Problem
from ..timestamps import format_timestamp
from .reading import ReadTopic


def once(topics: list[ReadTopic], file: str, warnings: list[Problem]) -> list[ReadTopic]:
    """``topics`` without the bare chapters that repeat the bare chapter before them (see the module doc);
    a warning in ``warnings`` says how many were left out and where the first was."""
    kept: list[ReadTopic] = []
    left: list[ReadTopic] = []
    for entry in topics:
        before = kept[-1] if kept else None
        if (before is not None and _bare(before) and _bare(entry)
                and compared(entry.token.text) == compared(before.token.text)):
            left.append(entry)
        else:
            kept.append(entry)
    if left:
        first = left[0]
        at = f" at {format_timestamp(first.at)}" if first.at is not None else ""
        warnings.append(Problem(f"{len(left)} chapters repeat the title of the chapter before them ('{first.token.text}'"
                                f"{at} first): each run is read as one chapter, from its first time", file,
                                first.token.line))
    return kept


def _bare(entry: ReadTopic) -> bool:
    return not entry.bullets and not entry.summary
