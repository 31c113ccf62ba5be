"""What a deck of titles-only notes is (issue #21, review 12's finding 2).

Notes that give a recording's chapters and nothing else (titles, record lines) state no point; a deck
of them says what the list amounts to, and is short rather than padded:

- one list slide, titled by its count and its common thread (``list_title``: "7 chapters, 4 on live
  streaming", the words ``chapters_count`` and ``chapters_thread``; a list of links, "12 links":
  ``links_count``): the thread is the key word most of its titles share (two at least, a quarter of
  them at least), said as the titles say it, with the word before it where every title that has it has
  that word too ("Live Streaming"); none, the count alone;
- its items, the recording's longest first where three or more have a known length (``longest_first``:
  the timestamps give each one's length), the list's subtitle saying so (the word ``longest_first``);
- a bottom line of what the notes say of the recording, never a fact about the recording itself (how long
  a chapter takes: that is no claim of the content, review 13's finding 2).
"""
from __future__ import annotations

from .bottom_line import NUMBERED, is_statement
from .chapter_times import chapter_names, list_heading
from .list_thread import list_thread
from .sentence_kinds import is_prediction_topic
from .words import fill

LEAST_TIMED = 3  # items of known length for the list to go longest first


def list_title(topics: list, words: dict) -> str:
    """A titles-only list's title: its count and its common thread (see the module doc), of ``topics``
    (the chapters it lists: no aside)."""
    kept = [t for t in topics if not t["aside"]]
    if list_heading(kept, words) == words["links"]:
        return fill(words["links_count"], count=len(kept))
    names = chapter_names(kept)
    thread, shared = list_thread([NUMBERED.sub("", names[t["index"]]) for t in kept])  # (a numbering is no thread)
    if thread:
        return fill(words["chapters_thread"], count=len(kept), shared=shared, thread=thread)
    return fill(words["chapters_count"], count=len(kept))


def _timed(topics: list) -> list:
    return [t for t in topics if t["span"] > 0 and t["span_known"]]


def longest_first(topics: list) -> list:
    """``topics`` (a list's items) with the recording's longest first, where LEAST_TIMED or more have a
    known length (those of unknown length after them, in their order); else as they come."""
    if len(_timed(topics)) < LEAST_TIMED:
        return list(topics)
    return sorted(topics, key=lambda t: (not (t["span"] > 0 and t["span_known"]), -t["span"], t["index"]))


def is_longest_first(topics: list) -> bool:
    """Whether ``longest_first`` orders ``topics`` by length (the list's subtitle then says so)."""
    return len(_timed(topics)) >= LEAST_TIMED


def titles_only_notes(topics: list, words: dict) -> bool:
    """Whether the notes' ``topics`` give titles only: there is one (no aside) at least, and no point of
    one states anything (bottom_line.is_statement) but a prediction's (a topic the heading names as
    predictions: its points are claims the recording checks, not findings)."""
    if _asked[0] is topics and _asked[1] is words:  # (each slide of short topics asks: once a render, not
        return _asked[2]  # once a slide over every topic — 3,000 topics took 40 s; a template cannot change them)
    kept = [t for t in topics if not t["aside"]]
    answer = bool(kept) and not any(is_statement(p["text"]) for t in kept if not is_prediction_topic(t["title"], words)
                                    for p in _every(t["points"]))
    _asked[:] = [topics, words, answer]
    return answer


_asked: list = [None, None, False]  # the last topics and words titles_only_notes was asked of, and its answer


def _every(points: list) -> list:
    return [q for p in points for q in (p, *_every(p["children"]))]
