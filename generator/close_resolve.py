"""What was decided or recommended leads a close (review 18's finding 4: a committee's close held two hesitant quotes,
"we need to examine it", and left out its decision).

A statement resolves where it holds a phrase of the language's ``resolve_phrases`` (``generator/lang/<code>.yaml``:
"decided", "recommends", "we ask", "must"; the Knesset's "הוועדה מחליטה", "ממליצים", "הארכת"): it says what happens
next because someone decided it, not because someone guesses it. Such statements close a deck before those that only
look ahead (close.outlook orders them first), and they share a point by being the outcome (close_point.related): a
committee's decision and the extension it asks for are one close though they share no word. A decision's terms (its
dates, amounts, conditions) are its substance, so a resolving statement may hold a quantity where a topic's other
closing statements may not (close._movable: a figure is the topic's evidence).
A protocol writes the chair's decision as one turn of several sentences ("I propose we decide to approve the order.
The request was for one year… The committee decides to ask customs to examine, within the coming year… If it proves
useful, we ask that in a year they bring the order's extension for two more years."): where a point of several
sentences resolves in some of them, those sentences are its closing statements, each whole, the others left to the slide
and the speaker notes (a turn of 60 words is no line of a close).
"""
from __future__ import annotations

import re

from .headline import sentence_gaps
from .key_words import holds, phrases

_UNCASED_GAP = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")  # a full stop, then a letter (of a script without capitals)


def _sentences(text: str) -> list[str]:
    """``text`` cut into its sentences: at headline.sentence_gaps, and where a stop is followed by a letter of a script
    without capitals (Hebrew, Arabic: headline's gaps ask for a capital after the stop)."""
    uncased = [m.span() for m in _UNCASED_GAP.finditer(text)
               if (c := text[m.end()]).lower() == c.upper() and c < "\u2e80"]  # (CJK has gaps of its own)
    gaps = sorted(set(sentence_gaps(text)) | set(uncased))
    bounds = [0, *(x for gap in gaps for x in gap), len(text)]
    return [part for a, b in zip(bounds[::2], bounds[1::2]) if (part := text[a:b].strip())]


def resolves(text: str, words: dict) -> bool:
    """Whether ``text`` states a decision or recommendation (a phrase of ``resolve_phrases``: see the module doc)."""
    return holds(text, phrases(words, "resolve_phrases"))


def closing_parts(text: str, words: dict) -> list[str]:
    """The statements of a point ``text`` that may close a deck: its sentences that resolve where it holds several
    and some resolve, else ``text`` whole (see the module doc)."""
    said = _sentences(text)
    found = [s for s in said if resolves(s, words)] if len(said) > 1 else []
    return found or [text]


def resolving_first(points: list, words: dict) -> list:
    """``points`` with those that resolve first, each group in its order; only those where two or more resolve (a
    decision and its terms make the close: "we need to examine it" beside them is no outcome; see the module doc)."""
    found = [p for p in points if resolves(p["text"], words)]
    return found if len(found) >= 2 else found + [p for p in points if not resolves(p["text"], words)]
