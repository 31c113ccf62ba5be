"""Questions answered in one statement share a Q&A slide: a session's "Q: 腾讯现在用go的多吗?" over its one
answer ("多, 至少 2000 人的级别了…") is no slide of its own, titled by the question, with one line under it.

A topic is answered (``is_answered``) when its heading asks (asked.asks_in: "…?", "…？", a phrase of the
language's ``question_phrases``) or opens on one of the language's ``question_labels`` ("Q: …", "Frage: …"), and
its points, as its audience shows them, state one thing: one statement, besides lines that are only a link (the
answer's reference: link_lines), none with sub-points. Answered topics, where a deck has two or more, are taken
out of the groups of short topics they are in (short_topics.shared) and gathered (``answered``), MOST_ANSWERS at
most to a slide and MOST_WORDS words (as even as can be), each group where its first question was. A slide of
them (``answers``) is titled by the language's ``answers_title``, each block headed by its question without its
label: the question above, the answer under it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .asked import asks_in
from .budgets import trim_points
from .groups import spread
from .inline import plain
from .key_words import phrases
from .link_lines import link_of
from .template_names import template_filter, template_test
from .word_count import count_words

MOST_ANSWERS = 4  # questions on one slide at most
MOST_WORDS = 75  # words of a slide of answers at most (its questions and answers)


@lru_cache(maxsize=64)
def _label(labels: tuple[str, ...]) -> re.Pattern | None:
    """A heading's question label: one of ``labels``, a number after it or none, then a colon or a full stop."""
    named = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"^\s*(?:{named})\s*\d*\s*[:：.]\s*", re.IGNORECASE) if named else None


def question(title: str, words: dict) -> str:
    """``title`` without its question label ("Q: 内存什么时候释放?" is "内存什么时候释放?")."""
    label = _label(tuple(phrases(words, "question_labels")))
    found = label.match(title) if label else None
    return title[found.end():] if found and title[found.end():].strip() else title


def asks_question(title: str, words: dict) -> bool:
    """Whether the heading ``title`` asks: it opens on a question label or asks (asked.asks_in)."""
    return question(title, words) != title or asks_in(title, words)


def _shown(topic: dict, budget: dict) -> list[dict]:
    return trim_points(topic["points"], budget["max_points"], budget["depth"])


def is_answered(topic: dict, budget: dict, words: dict) -> bool:
    """Whether ``topic`` is a question answered in one statement, and nothing else (see the module doc)."""
    points = _shown(topic, budget)
    said = [p for p in points if not link_of(p["text"])]  # (a line only a link: the deck's Sources slide has it)
    return (len(said) == 1 and not any(p["children"] for p in points) and asks_question(topic["title"], words)
            and not topic["figures"] and not topic.get("quotes") and not topic["charts"] and not topic["tables"])


def _words(topic: dict, budget: dict) -> int:
    return count_words(topic["title"]) + sum(count_words(plain(p["text"])) for p in _shown(topic, budget))


@template_filter("answered")
def answered(groups: list[list], budget: dict, words: dict) -> list[list]:
    """``groups`` (short_topics.shared) with the answered topics (``is_answered``) taken out of theirs and gathered
    in even groups of MOST_ANSWERS and MOST_WORDS at most, each where its first question was; as they are where
    fewer than two are."""
    asked = [t for g in groups for t in g if is_answered(t, budget, words)]
    if len(asked) < 2:
        return groups
    gathered: list[list] = [[t] for t in asked]
    for count in range(-(-len(asked) // MOST_ANSWERS), len(asked) + 1):
        gathered = spread(asked, -(-len(asked) // count))
        if all(sum(_words(t, budget) for t in g) <= MOST_WORDS for g in gathered):
            break
    at = {id(g[0]): g for g in gathered}
    taken = {id(t) for t in asked}
    out: list[list] = []
    for g in groups:
        out += [at[id(t)] for t in g if id(t) in at]
        kept = [t for t in g if id(t) not in taken]
        out += [kept] if kept else []
    return out


@template_test("answers")
def answers(group: list, budget: dict, words: dict) -> bool:
    """Whether ``group`` is two topics or more, each a question answered in one statement."""
    return len(group) > 1 and all(is_answered(t, budget, words) for t in group)


@template_filter("asked_heads")
def asked_heads(group: list, words: dict) -> dict:
    """The ``title`` of a slide of answers (the words' ``answers_title``) and the ``heads`` of its blocks: each
    question without its label."""
    return {"title": words["answers_title"], "heads": [question(t["title"], words) for t in group]}
