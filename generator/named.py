"""Which topics the notes' own overview names (issue #21, rule 3: topics chosen by weight), and which
are about policy.

The notes' introduction and takeaways say what matters most; a topic they name weighs more than one
they don't, whatever its number of points. Each clause of the overview (a sentence, or a part of one
between commas or semicolons; each takeaway with its points) names at most one topic: the one whose
heading shares the most numbers (not years) and key words with it (see key_words.keys), else, where no
heading shares any, the one whose points share two or more. A tie names none: "GraalVM" alone does not
tell an explainer on GraalVM from the migration to it "chez Trivago" the introduction names.

A topic is about policy where its heading or one of its points holds a phrase of ``policy_phrases``
("policy", "law", "regulation", "ban"; per language, in generator/lang/<code>.yaml): an audience that
prefers the tag ``policy`` prefers it as if it were tagged so.

A topic holds the headline results where its heading holds a phrase of ``headline_phrases`` ("key
financial results", "highlights", "key figures"): a deck ordered by weight shows it before heavier topics
that break the results down (an earnings call's P&L before its segments).
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain, groupby

from .key_words import holds, keys, phrases
from .sentence_kinds import is_aside_sentence
from .template_names import template_filter

_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|\n+")
_CLAUSES = re.compile(r"[,;:，；：、]\s+")
MOST_NAMING = 8  # clauses kept that name one point, the overview's first (titles._named_short tries them in order)


class _Index:
    """Which of a list of texts' keys (key_words.keys) hold each number or key word, so that what a text shares
    with each of them is counted over the texts that share something (a clause against a thousand topics, a
    topic's thousand points against its clauses: issue #24, no work that grows with their product)."""

    def __init__(self, said: Sequence[tuple[set[str], set[str]]]):
        self.holding: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
        self.sets: dict[tuple[int, str], set[int]] = {}
        for index, (numbers, stems) in enumerate(said):
            for key in [*((0, n) for n in numbers), *((1, s) for s in stems)]:
                self.holding[key].append(index)

    def shared(self, said: tuple[set[str], set[str]]) -> Counter:
        """How many numbers and key words ``said`` shares with each text that shares one, by its index."""
        keys = [*((0, n) for n in said[0]), *((1, s) for s in said[1])]
        return Counter(chain.from_iterable(self.holding.get(key, ()) for key in keys))

    def first_sharing(self, said: tuple[set[str], set[str]], least: int, most: int) -> list[int]:
        """The indexes of the first ``most`` texts that share ``least`` (1 or 2) numbers or key words with ``said``,
        read in the texts' order and only as far as they are found: every clause of an overview shared words with
        every one of a topic's 4,000 points, and counting each against each took 18 s. A text that shares two
        holds one of them outside the key held most (read as a set), so that key's texts are not read one by one."""
        held = sorted((key for key in [*((0, n) for n in said[0]), *((1, s) for s in said[1])] if key in self.holding),
                      key=lambda key: len(self.holding[key]))
        if len(held) < least:
            return []
        lists = [self.holding[key] for key in held]
        most_held = self.held(held[-1]) if least == 2 else set()
        found: list[int] = []
        for n, group in groupby(heapq.merge(*(lists[:-1] if least == 2 else lists))):
            if sum(1 for _ in group) + (n in most_held) >= least:
                found.append(n)
                if len(found) == most:
                    break
        return found

    def held(self, key: tuple[int, str]) -> set[int]:
        """The indexes of the texts that hold ``key``, as a set made once a key."""
        if key not in self.sets:
            self.sets[key] = set(self.holding[key])
        return self.sets[key]


def _said(points: Sequence[dict]) -> list[str]:
    return [text for p in points for text in (p["text"], *_said(p["children"]))]


def _named_by(clause: str, headings: _Index, bodies: _Index) -> int | None:
    """The index of the topic ``clause`` names, or None (see the module's docstring)."""
    said = keys(clause)
    for index, least in ((headings, 1), (bodies, 2)):
        scores = index.shared(said)
        best = max(scores.values(), default=0)
        if best >= least:
            top = [i for i, score in scores.items() if score == best]
            return top[0] if len(top) == 1 else None
    return None


def overview(introduction: str, takeaways: Sequence[dict], words: dict) -> list[str]:
    """The clauses of the notes' overview: the introduction's sentences, then the takeaways and their
    points, each cut at its commas, semicolons and a label's colon; never a biography or a description
    of the episode (see sentence_kinds.is_aside_sentence)."""
    sentences = [*_SENTENCES.split(introduction or ""), *_said(takeaways)]
    return [c for s in sentences if not is_aside_sentence(s, words) for c in _CLAUSES.split(s) if c.strip()]


def naming_topics(topics: Sequence[dict], clauses: Iterable[str]) -> list[int | None]:
    """For each of ``clauses`` (the overview's), the index of the topic (``title``, ``points``; an aside never)
    it names, or None (see the module doc): a topic a clause names weighs more."""
    headings = [keys(t["title"]) if not t["aside"] else (set(), set()) for t in topics]
    bodies = [keys(" ".join(_said(t["points"]))) if not t["aside"] else (set(), set()) for t in topics]
    by_heading, by_body = _Index(headings), _Index(bodies)
    return [_named_by(c, by_heading, by_body) for c in clauses]


def naming(points: Sequence[dict], clauses: Iterable[str]) -> dict[int, list[str]]:
    """The clauses of the overview that name each of ``points`` (a topic's, first level) they name, by the
    point's index, in the overview's order: a clause names a point where it shares two numbers or key words
    with it, the first MOST_NAMING of them (a figure or a part the notes' overview stresses: "record revenue
    … across Data Center AI" names "Data Center segment revenue increased 22% … to a record $4.3 billion", not "Client and Gaming
    segment revenue increased 73%"); "OpenJDK interdit le code généré par LLM" names "OpenJDK adopte
    une politique intérimaire interdisant toute contribution incluant du contenu généré par des LLMs, …",
    and may title its slide in fewer words (titles.strongest)."""
    clauses = list(clauses)
    index = _Index([keys(c) for c in clauses])
    found = {i: index.first_sharing(keys(p["text"]), 2, MOST_NAMING) for i, p in enumerate(points)}
    return {i: [clauses[n] for n in found[i]] for i in found if found[i]}


def is_policy(topic: dict, words: dict) -> bool:
    """Whether a topic's heading or one of its points holds a phrase of ``policy_phrases``."""
    found = phrases(words, "policy_phrases")
    return any(holds(text, found) for text in (topic["title"], *_said(topic["points"])))


@template_filter("policy_first")
def policy_first(points: Sequence[dict], words: dict) -> list[dict]:
    """``points`` with those about policy first (a phrase of ``policy_phrases`` in them or under them:
    the rule, the risks that justify it), each group in its order: a deck for policy staff cuts them last."""
    found = phrases(words, "policy_phrases")
    about = [any(holds(text, found) for text in (p["text"], *_said(p["children"]))) for p in points]
    return [p for p, a in zip(points, about) if a] + [p for p, a in zip(points, about) if not a]


def is_headline(topic: dict, words: dict) -> bool:
    """Whether a topic's heading says it holds the headline results (a phrase of ``headline_phrases``)."""
    return holds(topic["title"], phrases(words, "headline_phrases"))
