"""Which slides of a deck back a statement, from an index of the slides built once (issue #24, cause 2).

``consequence.backed`` compares a statement with every slide; the bottom line asks it of every item and candidate,
so a deck of thousands of slides (imported notes of 20,000 lines) compared each of thousands of statements with
each slide. ``Backers`` indexes the slides once and compares a statement only with the slides that could back it,
with the same answer as ``backed`` slide by slide:

- its title says the statement (said_same.says_again): the title's words are in the statement, or the statement's
  headline is in the title; either way the shorter shares every run of ``GRAM`` letters with the longer, so only
  the titles holding the statement's headline's rarest run, or whose own rarest run the statement holds, are read;
- its body says every number the statement says: only the slides saying its rarest number;
- its body says ``need`` of the statement's key words: a slide short of one of any ``len - need + 1`` of them
  misses too many, so only those saying one of the rarest ``len - need + 1`` are read.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from .key_words import keys
from .said_same import _headline_norm, _norm, says_again

GRAM = 5  # letters of the runs the titles are indexed by
Told = tuple[str, tuple[set[str], set[str]]]  # a slide: its title, and the numbers and key words of its body


def _grams(text: str) -> set[str]:
    """Every run of GRAM letters of ``text``."""
    return {text[i:i + GRAM] for i in range(len(text) - GRAM + 1)}


def _postings(sets: Iterable[set[str]]) -> dict[str, set[int]]:
    """Each word of ``sets`` (one a slide) with the positions of the slides that hold it."""
    found: dict[str, set[int]] = {}
    for i, words in enumerate(sets):
        for w in words:
            found.setdefault(w, set()).add(i)
    return found


def slide_backs(text: str, told: Told, keyed: tuple[set[str], set[str]] | None = None) -> bool:
    """Whether the one slide ``told`` backs ``text`` (consequence.backed, of a single slide); ``keyed``: keys(text)."""
    numbers, stems = keyed or keys(text)
    title, (said, held) = told
    if title and (numbers & said or len(stems & held) >= 2) and says_again(title, [text]):
        return True
    if numbers:
        return numbers <= said
    return len(stems & held) >= max(2, (2 * len(stems) + 2) // 3)


class Backers:
    """The slides of a deck (``told``, as consequence.backed reads them), indexed once; ``positions`` of the slides
    that back a statement, each statement's once."""

    def __init__(self, told: Sequence[Told]):
        self.told = list(told)
        self.numbers = _postings(said for _, (said, _) in self.told)
        self.stems = _postings(held for _, (_, held) in self.told)
        norms = {i: _norm(title) for i, (title, _) in enumerate(self.told) if title}
        self.titled = set(norms)
        self.short = {i for i, n in norms.items() if len(n) < GRAM}  # (read for every statement)
        self.grams = _postings(_grams(n) for n in (norms.get(i, "") for i in range(len(self.told))))
        self.rarest: dict[str, set[int]] = {}  # each long title at its rarest run
        for i, n in norms.items():
            if i not in self.short:
                self.rarest.setdefault(min(sorted(_grams(n)), key=lambda g: len(self.grams[g])), set()).add(i)
        self.known: dict[str, frozenset[int]] = {}

    def positions(self, text: str) -> frozenset[int]:
        """The positions of the slides that back ``text`` (slide_backs)."""
        if text not in self.known:
            keyed = keys(text)
            self.known[text] = frozenset(i for i in self._near(text, *keyed) if slide_backs(text, self.told[i], keyed))
        return self.known[text]

    def backs(self, text: str) -> bool:
        """Whether a slide backs ``text`` (consequence.backed)."""
        return bool(self.positions(text))

    def _near(self, text: str, numbers: set[str], stems: set[str]) -> set[int]:
        """The slides that may back ``text``: all that do, and some that do not."""
        near = self._titles(text)
        if numbers:
            return near | min((self.numbers.get(n, set()) for n in numbers), key=len)
        need = max(2, (2 * len(stems) + 2) // 3)
        rare = sorted(stems, key=lambda w: (len(self.stems.get(w, ())), w))[:max(0, len(stems) - need + 1)]
        return near.union(*(self.stems.get(w, set()) for w in rare))

    def _titles(self, text: str) -> set[int]:
        """The titled slides whose title may say ``text`` (said_same.says_again)."""
        norm = _norm(text)
        if not norm:
            return set()
        near = self.short.union(*(self.rarest.get(g, set()) for g in _grams(norm)))
        head = _headline_norm(text)
        if len(head) < GRAM:
            return near | self.titled
        return near | min((self.grams.get(g, set()) for g in _grams(head)), key=len)
