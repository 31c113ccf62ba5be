"""A summary too thin for a slide of its own goes on the cover (issue #21, review 14's finding 3).

A deck's summary slide holds at least LEAST statements of the content (findings, figures, claims). Where
what the deck would open on (summary.opening) is fewer, or only what the notes say of the recording or its
guest (a description of the episode, a biography: sentence_kinds.is_aside_sentence), it makes no slide:
"Scott and Wes share 14 game-changing tips…" alone under "In brief" is the deck's subject, not its bottom
line. It is the cover's lead instead (``cover_lead``): the first of those sentences that is no biography
(``bio_phrases``: what the recording is about says more than who its guest is), else the first; the rest
stay in the cover's speaker notes, which hold the notes' introduction whole. A summary slide, where there is
one, has the audience's one heading for its role in every deck.
"""
from __future__ import annotations

import re

from collections.abc import Sequence

from .fitted import fitted
from .inline import plain
from .key_words import holds, phrases
from .sentence_kinds import is_aside_sentence
from .template_names import template_filter, template_test
from .word_count import SPACELESS

LEAST = 2  # statements a summary slide holds at least


def _as_written(item: dict) -> str:
    return item.get("as_written", item["text"])  # (a pronoun that took a name reads as the notes wrote it)


@template_test("described")
def is_described(item: dict, words: dict) -> bool:
    """Whether a summary item (summary.opening) is a biography or a description of the episode
    (sentence_kinds.is_aside_sentence), read as the notes wrote it (``as_written``, where a name took its
    pronoun's place: "They review…"); the template test ``described``."""
    return is_aside_sentence(_as_written(item), words)


@template_test("thin")
def is_thin(opened: Sequence[dict], words: dict) -> bool:
    """Whether the summary ``opened`` makes no slide (see the module doc): it holds fewer than LEAST
    statements, or only what the notes say of the recording or its guest."""
    return bool(opened) and (len(opened) < LEAST or all(is_described(p, words) for p in opened)) and not any(
        _UNBROKEN.search(p["text"]) for p in opened)


# a run no line of a cover can hold: 64 characters without a space, outside the scripts written without spaces
# (a 5,000-character word keeps its summary slide, where the deck breaks it across lines and pages, never cut)
_UNBROKEN = re.compile(rf"[^\s{SPACELESS[1:-1]}]{{64,}}")  # (word_count's scripts written without spaces)


@template_filter("cover_lead")
def cover_lead(opened: Sequence[dict], words: dict, most: int = 20, shown: Sequence[dict] = ()) -> str:
    """The cover's lead where the summary ``opened`` makes no slide (``is_thin``), as the slide would show
    it (a whole statement of at most ``most`` words: fitted.fitted), else "": also where a point of a topic
    the deck shows (``shown``) says it (that slide holds it: merged into the next slide, not said twice)."""
    if not is_thin(opened, words):
        return ""
    bio = phrases(words, "bio_phrases")
    text = next((p["text"] for p in opened if not holds(_as_written(p), bio)), opened[0]["text"])
    if _said(text) in {_said(p["text"]) for t in shown for p in _every(t["points"])}:
        return ""
    return fitted(text, most) or text


def _said(text: str) -> str:
    return " ".join(plain(text).casefold().split())


def _every(points: Sequence[dict]) -> list:
    return [q for p in points for q in (p, *_every(p["children"]))]
