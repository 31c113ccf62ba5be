"""Of two points that state the same kind of amount about the same thing, the one over the longer period
titles the slide (review 14, finding 5).

"Returned $89 million to shareholders through share repurchases" (the quarter) and "$1.3 billion in share
repurchases for the first three quarters of 2025" (the year to date) say one measure twice: a title that
picks the quarter's leaves the larger, cumulative figure under it as a detail. A point that says its amount
over a period that holds the other's (``cumulative_phrases`` of the language files: "year-to-date", "first
three quarters", "in total") and a larger amount of the same kind (weigh.largest_by_kind: money, a share, a
count, a measure of one unit), sharing two key words with it (figure_facts.key_words: "share",
"repurchases"), ranks before it; the other stays on the slide. A figure of another measure ("Remaining
authorization of $9.4 billion") says no such period and never moves.
"""
from __future__ import annotations

from .figure_facts import key_words
from .inline import plain
from .key_words import holds, phrases
from .weigh import largest_by_kind

SHARED = 2  # key words two points share at least to say one measure


def cumulative_first(ranked: list[int], points: list, words: dict) -> list[int]:
    """``ranked`` (indexes of ``points``, the title's candidates best first) with each point that says a larger
    amount over a longer period (see the module doc) moved before the first point it outranks so."""
    marks = phrases(words, "cumulative_phrases")
    said = {i: plain(points[i]["text"]) for i in ranked}
    marked = {i for i in ranked if holds(said[i], marks)}
    amounts = {i: largest_by_kind([said[i]]) for i in ranked}  # (each point read once: issue #24)
    shared = {i: key_words(said[i]) for i in ranked}
    out = list(ranked)
    for i in ranked:
        if i not in marked or not (amount := amounts[i]):
            continue
        kind, size = next(iter(amount.items()))
        beaten = next((j for j in out[:out.index(i)] if j not in marked and amounts[j] and amounts[j].get(kind, size) < size
                       and len(shared[i] & shared[j]) >= SHARED), None)
        if beaten is not None:
            out.remove(i)
            out.insert(out.index(beaten), i)
    return out
