"""Which topic a line of the notes belongs to: the one whose stretch of the recording holds its
time, else the one it shares most words with."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..timestamps import format_timestamp
from .tokens import Token
from .tree import NotePoint, flat


def words(text: str) -> set[str]:
    """The words of ``text`` that say something (four letters or more), in lower case."""
    return set(re.findall(r"\w{4,}", text.lower()))


class Placer:
    """Finds a topic for a time or a text among ``topics`` (``(start, topic data, its points)`` each,
    in the notes' order)."""

    def __init__(self, topics: list[tuple[int, dict, list[NotePoint]]]):
        self.topics = topics
        self.order = sorted(range(len(topics)), key=lambda i: topics[i][0])
        self.starts = [topics[i][0] for i in self.order]
        self.titles: list[set[str]] = []  # the words of each topic, read when a text is first placed by them
        self.words: list[set[str]] = []

    def by_time(self, seconds: int) -> int | None:
        """The topic from whose start to the next one's ``seconds`` falls, or None before the first."""
        at = bisect_right(self.starts, seconds)
        if not at:
            return None
        first = bisect_right(self.starts, self.starts[at - 1] - 1)  # of topics starting together, the first
        return self.order[first]

    def by_words(self, text: str) -> int | None:
        """The topic sharing most words with ``text`` (a word of its title counts twice; the first of
        equals), or None when none shares one."""
        if not self.words:
            self.titles = [words(topic["title"]) for _, topic, _ in self.topics]
            self.words = [words(f"{topic['title']} {topic.get('summary', '')} {flat(points)}")
                          for _, topic, points in self.topics]
        found = words(text)
        best = max(range(len(self.words)), key=lambda i: len(found & self.words[i]) + len(found & self.titles[i]),
                   default=None)
        return best if best is not None and found & self.words[best] else None


def place_quotes(quotes: list[tuple[Token, int | None]], topics: list[dict], placer: Placer) -> list[tuple[int, int, int]]:
    """Each quote on its topic's ``quotes``: the topic its time falls in, else the one it was read
    under, else the one it shares most words with (else the first). Gives ``(topic, index, line)``
    of each, for positions in the notes."""
    placed = []
    for token, under in quotes:
        at = placer.by_time(token.at) if token.at is not None else None
        found = next((i for i in (at, under, placer.by_words(token.text)) if i is not None), 0)
        quote = {"text": token.text}
        if token.speaker:
            quote["speaker"] = token.speaker
        if token.at is not None:
            quote["at"] = format_timestamp(token.at)
        topics[found].setdefault("quotes", []).append(quote)
        placed.append((found, len(topics[found]["quotes"]) - 1, token.line))
    return placed
