"""Chapters titled by no word ("05:00 🎉🎉", "20:00 ★ ☆"): the deck and the report leave emoji out
(their fonts have none) and a symbol names nothing, so such a title is no title. The chapter keeps
its time and points under its first point's heading; one with nothing under it is left out (the
chapter before runs on to the next). A quote of no word is left out. Each with a warning at its line."""
from __future__ import annotations

from dataclasses import replace

from ..errors import Problem
from ..files import split_lines
from ..headline import sentences
from ..timestamps import format_timestamp
from .reading import Read, ReadTopic
from .titling import HEADING_WORDS, heading, names_something


def titled_by_words(read: Read, text: str, file: str, warnings: list[Problem]) -> None:
    """``read``'s topics without the wordless titles: such a chapter is titled by its first point's
    heading ("" where none is whole: the briefing's title heads it, as a paragraph's), or left out
    when it holds nothing; the quotes read under a left-out chapter stay under the one before it."""
    lines = split_lines(text)
    kept: list[ReadTopic] = []
    index: dict[int, int | None] = {}  # a topic's index before -> after
    for i, entry in enumerate(read.topics):
        title = entry.token.text
        if names_something(title):
            index[i] = len(kept)
            kept.append(entry)
            continue
        where = f" at {format_timestamp(entry.at)}" if entry.at is not None else ""
        raw = lines[entry.token.line - 1] if 0 < entry.token.line <= len(lines) else ""
        col = raw.find(title) + 1 if title and title in raw else 1
        first = next((t.text for t in entry.summary + entry.bullets if names_something(t.text)), None)
        if first is None:
            index[i] = len(kept) - 1 if kept else None
            warnings.append(Problem(f"the chapter '{title}'{where} has no word to show (only emoji or symbols, "
                                    "which name nothing; the deck and the report draw no emoji) and nothing under it: "
                                    "left out", file, entry.token.line, col))
            continue
        index[i] = len(kept)
        kept.append(replace(entry, token=replace(entry.token, text=heading(sentences(first), HEADING_WORDS))))
        warnings.append(Problem(f"the chapter '{title}'{where} has no word to show (only emoji or symbols, "
                                "which name nothing; the deck and the report draw no emoji): titled from its first point",
                                file, entry.token.line, col))
    read.topics = kept
    read.quotes = [(quote, None if under is None else index[under]) for quote, under in read.quotes]
    for quote, _ in read.quotes:
        if not names_something(quote.text):
            raw = lines[quote.line - 1] if 0 < quote.line <= len(lines) else ""
            warnings.append(Problem(f"the quote '{quote.text}' has no word to show (only emoji or symbols): left out",
                                    file, quote.line, raw.find(quote.text) + 1 if quote.text in raw else 1))
    read.quotes = [(quote, under) for quote, under in read.quotes if names_something(quote.text)]
