"""A transcript made searchable: its words in order with their times and speakers, the
compared form of each, where each compared word occurs, and how rare it is."""
from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, field

from .model import Transcript
from .words import TOKEN, tokens

MIN_FUZZY = 5  # letters a name has at least for a near spelling of it to count as it
CHUNK = 40  # compared words per "document" when counting how rare a word is (~20-30 s of speech)
OPEN = 20.0  # seconds: a moment this far into a cue whose words are not timed opens at the cue's start


@dataclass
class Index:
    """The words of a transcript (``raw``: text, seconds, speaker) and its compared words
    (``terms``: term, index into ``raw``), with positions of each term and bigram."""

    raw: list[tuple[str, float, str | None]] = field(default_factory=list)
    terms: list[tuple[str, int]] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    idf: dict[str, float] = field(default_factory=dict)  # filled as terms are weighed
    times: list[float] = field(default_factory=list)  # seconds of each compared word
    cues: list[int] = field(default_factory=list)  # ... and the cue it is in
    cue_starts: list[float | None] = field(default_factory=list)  # each cue's start, None where its words are timed
    chunks: int = 1
    _deletions: dict[str, set[str]] | None = None

    def weight(self, term: str) -> float:
        """How much finding ``term`` says: rare words much, common ones little; a word the
        transcript never says counts as rare (a claim made of such words is not in it)."""
        if term not in self.idf:  # computed when first asked: most terms never are
            positions = self.postings.get(term)
            df = len({p // CHUNK for p in positions}) if positions else 0.5
            self.idf[term] = math.log(1 + self.chunks / df)
        return self.idf[term]

    def near_spellings(self, term: str) -> list[str]:
        """The words of the transcript spelt like ``term`` but not the same (one or two letters
        apart, by length): a machine transcript's mishearing of a name ("Mremo" for "Marimo",
        "DiscCache" for "DiskCache")."""
        if self._deletions is None:  # each word of the transcript under each of its one-letter deletions
            self._deletions = defaultdict(set)
            for word in self.postings:
                if len(word) >= MIN_FUZZY - 1 and word.isalpha():
                    for variant in _deleted(word, 1):
                        self._deletions[variant].add(word)
        if len(term) < MIN_FUZZY or not term.isalpha():
            return []
        most = 1 if len(term) < 6 else 2
        found = {w for v in _deleted(term, most) for w in self._deletions.get(v, ())}
        return sorted(w for w in found if w != term and _distance(term, w) <= most)

    def time(self, pos: int) -> float:
        """Seconds of the compared word at ``pos``."""
        return self.times[pos]

    def opening(self, pos: int) -> float:
        """Where a player should open to hear the compared word at ``pos``: the start of its cue
        when the format times only the cue (a time inside it is guessed from the characters before
        the word) and the word is at most OPEN seconds in; else the word's own time."""
        start = self.cue_starts[self.cues[pos]]
        return start if start is not None and self.times[pos] - start <= OPEN else self.times[pos]


def bigram(a: str, b: str) -> str:
    """The key of two compared words said together."""
    return f"{a} {b}"


def build_index(transcript: Transcript) -> Index:
    """The index of ``transcript``: word times from the format where it gives them, else spread
    over the cue by the words' place in its text."""
    index = Index()
    for number, cue in enumerate(transcript.cues):
        base = len(index.raw)
        if cue.words:
            index.raw += [(w.text, w.start, cue.speaker) for w in cue.words]
            text = " ".join(w.text for w in cue.words)
            starts = _starts(text)
        else:
            text = cue.text
            starts = _starts(text)
            span = max(cue.end - cue.start, 0.0)
            index.raw += [(word, cue.start + span * at / max(len(text), 1), cue.speaker)
                          for word, at in zip(text.split(), starts)]
        token_at = [m.start() for m in TOKEN.finditer(text)]
        for term, i in tokens(text):
            index.terms.append((term, base + max(bisect.bisect_right(starts, token_at[i]) - 1, 0)))
            index.cues.append(number)
        index.cue_starts.append(None if cue.words else cue.start)
    last = None
    for pos, (term, raw) in enumerate(index.terms):
        index.postings[term].append(pos)
        if last is not None and index.raw[raw][1] - index.raw[index.terms[last][1]][1] < 5:
            index.postings[bigram(index.terms[last][0], term)].append(pos - 1)
        last = pos
    index.times = [index.raw[raw][1] for _, raw in index.terms]
    index.chunks = max(1, math.ceil(len(index.terms) / CHUNK))
    return index


def _starts(text: str) -> list[int]:
    """Character offset of each whitespace-separated word of ``text``."""
    out, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        out.append(at)
        at += len(word)
    return out


def _deleted(word: str, most: int) -> set[str]:
    """``word`` and what it is with up to ``most`` letters taken out."""
    out, edge = {word}, {word}
    for _ in range(most):
        edge = {w[:i] + w[i + 1:] for w in edge for i in range(len(w))}
        out |= edge
    return out


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace a letter) that make ``a`` into ``b``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]
