"""What kind of sentence or heading a line of the notes is, told by phrases of the content's language
(words of ``generator/lang/<code>.yaml``, comma-separated, matched as whole words, case-folded): a
biography or a description of the episode, commentary on the source, an outlook, promotion, a clause with
a verb; a topic's heading that names predictions or a closing section.
"""
from __future__ import annotations

import re

from .inline import plain
from .key_words import holds, phrases
from .template_names import template_filter, template_test

_EXCLAIMED = re.compile(r"[!！][\s\"”’')\]]*$")


@template_test("aside")
def is_aside_sentence(text: str, words: dict) -> bool:
    """Whether ``text`` is a biography or a description of the episode, not a statement of the content."""
    return holds(text, phrases(words, "bio_phrases") + phrases(words, "description_phrases")) or is_commentary(text, words)


def is_outlook(text: str, words: dict) -> bool:
    """Whether ``text`` looks ahead: it holds a phrase of ``outlook_phrases`` ("optimistic", "plans to")."""
    return holds(text, phrases(words, "outlook_phrases"))


def is_commentary(text: str, words: dict) -> bool:
    """Whether ``text`` comments on the source or defines a term instead of stating a finding
    (``commentary_phrases``: "a good article", "the host expresses", "is the language of")."""
    return holds(text, phrases(words, "commentary_phrases"))


def has_verb(text: str, words: dict) -> bool:
    """Whether ``text`` has what marks a clause's verb: a word of ``verb_marks`` (an auxiliary, a copula, a
    modal or a subject pronoun: "is", "don't", "will", "you") or of ``clause_verbs`` ("increased");
    "People with extremely strong opinions" has none."""
    return holds(text.replace("’", "'"), phrases(words, "verb_marks") + phrases(words, "clause_verbs"))


def is_prediction_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names predictions or the future: its points are predictions."""
    return holds(title, phrases(words, "prediction_titles"))


def is_closing_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names a closing section (a conclusion, implications, what to watch)."""
    return holds(title, phrases(words, "closing_titles"))


@template_filter("closing_topics")
def closing_topics(topics: list, words: dict) -> list:
    """The closing sections of ``topics``: those with points whose heading names a close (not an aside)."""
    return [t for t in topics if t["points"] and not t["aside"] and is_closing_topic(t["title"], words)]

def is_promotion(text: str, words: dict) -> bool:
    """Whether ``text`` sells rather than states: it ends on "!" ("…will help you level up your skills
    faster!"), or speaks to the reader or asks for something (a phrase of ``promotion_phrases``: "you
    will", "your", "subscribe"; not a bare "you": "if you extrapolate current numbers" states)."""
    return bool(_EXCLAIMED.search(plain(text))) or holds(text, phrases(words, "promotion_phrases"))
