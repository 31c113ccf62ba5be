"""What a deck ends on when the notes have no conclusion and no closing section: what it means.

The summary said again is no close (the reader saw it a few slides ago). The close is instead
the notes' concluding and forward-looking statements: takeaways left out of the opening, the
introduction's sentences, the points of topics without a slide of their own, then the points of
topics with one: those its deck slide leaves out, and those on it that leave deck_twin.LEAST_WORDS
words of points the opening does not say (never its title: said_once takes a point the close states
off its topic's deck slide, the report keeps it on its topic's page). A
statement closes when it holds a phrase of ``outlook_phrases`` or ``conclusion_phrases``
(``generator/lang/<code>.yaml``: "will", "plans to"; "recommended", "as a result", "next steps",
"is working on"), is a whole statement of at most MOST_WORDS words (clauses.whole_statement),
does not sell (summary.is_promotion: it speaks to the reader, asks to subscribe, or ends on "!"),
is no biography or description of the episode, and says nothing the opening said (summary.same).
Points of a topic whose heading names predictions stay on its slide (the topic is about them, and its
predictions may be reviewed ones).
Without any, the deck has no close: it ends on its evidence, then its sources.
"""
from __future__ import annotations

from collections.abc import Sequence

from .clauses import whole_statement
from .deck_twin import LEAST_WORDS
from .headline import count_words
from .inline import plain
from .summary import (distinct, holds, is_aside_sentence, is_outlook, is_prediction_topic, is_promotion, phrases,
                      same)
from .titles import strongest
from .weigh import outranked

MOST_WORDS = 30  # words of a closing statement on the slide at most (a slide of its own: whole sentences)
COUNT = 3  # closing statements at most


def closes(text: str, words: dict) -> bool:
    """Whether ``text`` can close a deck: it concludes or looks ahead, and neither sells nor
    describes the episode (see the module doc)."""
    return ((is_outlook(text, words) or holds(text, phrases(words, "conclusion_phrases")))
            and not is_promotion(text, words) and not is_aside_sentence(text, words))


def _movable(topic: dict, said: list, words: dict, most: int) -> list:
    """The points of a topic with a slide that may move to the close: those the slide leaves out (it
    shows ``most`` points, 0: all) and those on it that leave LEAST_WORDS words of points the
    opening does not say (``said``: said_once takes those off the slide too); none from a topic of
    predictions, none its title says."""
    if is_prediction_topic(topic["title"], words):
        return []
    points = strongest(topic, words)["points"]
    on_slide = outranked(points, most, [f["value"] for f in topic["figures"]])
    left = sum(count_words(plain(p["text"])) for p in on_slide if not any(same(p["text"], s) for s in said))
    return [p for p in points if not p["children"]
            and (p not in on_slide or left - count_words(plain(p["text"])) >= LEAST_WORDS)]


def outlook(takeaways: list, opened: list, shown: list, topics: Sequence, introduction: Sequence,
            words: dict, most: int = 0) -> list:
    """Up to COUNT concluding or forward-looking statements of the notes (see the module doc), as
    points; a topic slide shows ``most`` points (0: all)."""
    on_slides = {t["index"] for t in shown}
    said = [p["text"] for p in opened]
    found = [*(t for t in takeaways if t["text"] not in said),
             *({"text": s, "at": None, "children": []} for s in introduction),
             *(p for t in topics if t["index"] not in on_slides and not t["aside"] for p in t["points"]),
             *(p for t in shown if not t["aside"] for p in _movable(t, said, words, most))]
    ahead = [{**p, "text": text, "children": []} for p in found
             if closes(p["text"], words) and (text := whole_statement(p["text"], MOST_WORDS))
             and closes(text, words) and not any(same(text, s) for s in said)]  # (what the slide shows closes too)
    return distinct(ahead, words, addresses=False)[:COUNT]


def repeats(items: list, opened: list) -> bool:
    """Whether more than half of ``items`` say what one of the ``opened`` items said."""
    told = [p["text"] if isinstance(p, dict) else p for p in items]
    return bool(told) and 2 * sum(any(same(t, o["text"]) for o in opened) for t in told) > len(told)
