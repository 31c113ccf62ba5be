"""What a deck ends on when the notes have no conclusion and no closing section: what lies ahead.

The summary said again is no close (the reader saw it a few slides ago). The close is instead
the notes' forward-looking statements the deck has not shown: takeaways left out of the opening,
the introduction's sentences and the points of topics without a slide of their own, that hold a
phrase of ``outlook_phrases`` (``generator/lang/<code>.yaml``: "optimistic", "will", "plans to",
"next year"), are whole statements of at most MOST_WORDS words (clauses.whole_statement), are not
exclaimed (a sentence ending on "!" sells: "…will help you level up your skills faster!") and say
nothing the opening said (summary.same). Without any, the deck has no close: it ends on its sources.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import whole_statement
from .summary import distinct, is_aside_sentence, is_outlook, same

MOST_WORDS = 30  # words of a closing statement on the slide at most (a slide of its own: whole sentences)
COUNT = 3  # closing statements at most
_EXCLAIMED = re.compile(r"[!！][\s\"”’')\]]*$")


def outlook(takeaways: list, opened: list, shown: list, topics: Sequence, introduction: Sequence,
            words: dict) -> list:
    """Up to COUNT forward-looking statements the deck has not shown (see the module doc), as points."""
    on_slides = {t["index"] for t in shown}
    said = [p["text"] for p in opened]
    found = [*(t for t in takeaways if t["text"] not in said),
             *({"text": s, "at": None, "children": []} for s in introduction),
             *(p for t in topics if t["index"] not in on_slides and not t["aside"] for p in t["points"])]
    ahead = [{**p, "text": text, "children": []} for p in found
             if is_outlook(p["text"], words) and not is_aside_sentence(p["text"], words)
             and not _EXCLAIMED.search(p["text"])
             and (text := whole_statement(p["text"], MOST_WORDS)) and not any(same(text, s) for s in said)]
    return distinct(ahead, words, addresses=False)[:COUNT]


def repeats(items: list, opened: list) -> bool:
    """Whether more than half of ``items`` say what one of the ``opened`` items said."""
    told = [p["text"] if isinstance(p, dict) else p for p in items]
    return bool(told) and 2 * sum(any(same(t, o["text"]) for o in opened) for t in told) > len(told)
