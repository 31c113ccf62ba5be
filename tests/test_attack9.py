"""Issue #24, attacked on round 1's modules (helper attack9): work that grows with the product of two
inputs (an overview's clauses against a deck's topics, a topic's points against its clauses)."""
from __future__ import annotations

import random

from generator import named


def _word(i: int, kind: str) -> str:
    """A key word of its own for each ``i`` (key words are told by their first five letters)."""
    return kind + "".join("abcdefghijklmnopqrstuvwxyz"[i // 26 ** k % 26] for k in range(4))


def _topic(i: int) -> dict:
    return {"title": f"{_word(i, 'h')} {_word(i, 'a')}", "aside": False,
            "points": [{"text": f"{_word(i, 'b')} {_word(i, 'g')} {_word(i, 'd')}", "children": []}]}


def _brute_topics(topics: list[dict], clauses: list[str]) -> list[int | None]:
    """What naming_topics said before it indexed the keys: every clause against every topic."""
    def shared(a, b):
        return len(a[0] & b[0]) + len(a[1] & b[1])
    heads = [named.keys(t["title"]) for t in topics]
    bodies = [named.keys(" ".join(p["text"] for p in t["points"])) for t in topics]
    out: list[int | None] = []
    for c in clauses:
        said, found = named.keys(c), None
        for table, least in ((heads, 1), (bodies, 2)):
            scores = [shared(said, k) for k in table]
            if max(scores, default=0) >= least:
                found = scores.index(max(scores)) if scores.count(max(scores)) == 1 else None
                break
        out.append(found)
    return out


def test_naming_topics_reads_only_the_topics_a_clause_shares_words_with(monkeypatch):
    read = []
    shared = named._Index.shared
    monkeypatch.setattr(named._Index, "shared", lambda self, said: read.append(len(found := shared(self, said))) or found)
    topics = [_topic(i) for i in range(1000)]
    clauses = [f"{_word(i, 'a')} said here" for i in range(1000)]
    assert named.naming_topics(topics, clauses) == list(range(1000))
    assert sum(read) == 1000  # (one topic shares a word with each clause; every clause against every topic read 10^6)


def test_naming_topics_as_before_on_mixed_clauses():
    rng = random.Random(7)
    vocab = ["alpha", "bravo", "charlie", "delta", "echo1", "foxtrot", "12", "4.5", "golf", "hotel"]
    topics = [{"title": " ".join(rng.sample(vocab, 2)), "aside": False,
               "points": [{"text": " ".join(rng.sample(vocab, 4)), "children": []}]} for _ in range(30)]
    clauses = [" ".join(rng.sample(vocab, rng.randint(1, 4))) for _ in range(200)]
    assert named.naming_topics(topics, clauses) == _brute_topics(topics, clauses)


def test_naming_keeps_the_first_clauses_of_a_point_named_a_thousand_times(monkeypatch):
    calls = []
    keys = named.keys
    monkeypatch.setattr(named, "keys", lambda text: calls.append(text) or keys(text))
    points = [{"text": f"The board approved plan {i} and banned item {i}.", "children": []} for i in range(1000)]
    clauses = [f"The board approved plan {i} and banned item {i}" for i in range(1000)]
    found = named.naming(points, clauses)
    assert len(calls) == 2000  # (each text read once: a point's keys were read again for every clause)
    assert found[5] == clauses[:named.MOST_NAMING]  # (every clause names every point: the overview's first)


def test_cumulative_first_reads_each_point_once(monkeypatch):
    from generator import cumulative_titles
    from generator.words import load_words

    calls = []
    largest = cumulative_titles.largest_by_kind
    monkeypatch.setattr(cumulative_titles, "largest_by_kind", lambda texts: calls.append(texts) or largest(texts))
    points = [{"text": f"Segment revenue reached ${i} billion year-to-date."} for i in range(1, 501)]
    points.append({"text": "Segment revenue reached $1 million in the quarter."})
    ranked = list(range(len(points)))[::-1]
    out = cumulative_titles.cumulative_first(ranked, points, load_words("en"))
    assert len(calls) == len(points)  # (every earlier point was read again for each: 125,000 reads)
    assert out == [*range(499, -1, -1), 500]  # (each year to date before the quarter's $1 million, in their order)
