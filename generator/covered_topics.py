"""Every heavy topic on the bottom line before a second item of another (review 18, finding 2: coverage).

A bottom line of five items from two of the deck's five slides says nothing of the other three; one whose items all
come from one committee's hearing leaves out the other committee's. A topic is heavy where it weighs at least half
of the heaviest topic the deck shows (``weight``, as the budget weighs them: no aside). An item represents the topic
whose statement it is (its title, its message or a point), else the first whose slide backs it
(consequence.backed). ``first_of_topic`` marks, of the items ranked by consequence, the first of each heavy topic:
those come first on the bottom line, in their rank, then the rest. Where no item of the notes' own (their takeaways)
represents a heavy topic, its slide's heaviest statement that may stand there represents it (``covering``: the
China hearing of a week's notes whose takeaways are all about the schools). A heavy topic that no statement of weight
represents, only one that weighs a little less than nothing (a record without its number: ``light_firsts``), makes the
bottom line's three before a second statement that weighs nothing of a topic it says already (allin: "Birth rates are
globally decreasing and at historical lows", not "China government does 5-year plans, currently on the 14th 5-year
plan" after "China real estate is 10-15 years ahead…"; review 20's worst problem 3: trivia as a key point).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

HEAVY_SHARE = 0.5  # a topic is heavy at this share of the heaviest topic's weight
COVER = "cover"  # the key that marks a slide's statement offered only to represent its topic


def heavy_topics(topics: Sequence[dict]) -> list[str]:
    """The ids of the heavy ``topics`` (see the module doc), in their order."""
    weights = [t.get("weight") or 0 for t in topics if not t.get("aside")]
    top = max(weights, default=0)
    return [t["id"] for t in topics if not t.get("aside") and top and (t.get("weight") or 0) >= HEAVY_SHARE * top]


def first_of_topic(ranked: Sequence[dict], topic_of: Callable[[dict], str], heavy: Sequence[str]) -> set[int]:
    """The ids (``id``) of the first item of each ``heavy`` topic among ``ranked`` (heaviest first)."""
    firsts: dict[str, int] = {}
    for p in ranked:
        found = topic_of(p)
        if found in heavy and found not in firsts:
            firsts[found] = id(p)
    return set(firsts.values())


def covering(pool: Sequence[dict], offered: Sequence[dict], topic_of: Callable[[dict], str], heavy: Sequence[str],
             weight: Callable[[dict], int]) -> list[dict]:
    """Of ``offered`` (slides' statements marked COVER), the heaviest of each ``heavy`` topic no item of ``pool``
    represents, where it weighs nothing less than nothing (``weight``)."""
    held = {topic_of(p) for p in pool}
    out: list[dict] = []
    for tid in heavy:
        if tid in held:
            continue
        found = sorted((c for c in offered if topic_of(c) == tid and weight(c) >= 0), key=lambda c: -weight(c))
        out += found[:1]
    return out


def light_firsts(ranked: Sequence[dict], said: set[int], topic_of: Callable[[dict], str], heavy: Sequence[str],
                 light: Callable[[dict], bool]) -> set[int]:
    """The ids of the first ``light`` statement of ``ranked`` (heaviest first) of each ``heavy`` topic of which no
    statement is ``said`` (of ids: those that weigh nothing or more): they represent their topic (see the module doc)."""
    held = {topic_of(p) for p in ranked if id(p) in said}
    firsts: dict[str, int] = {}
    for p in ranked:
        found = topic_of(p)
        if found in heavy and found not in held and found not in firsts and light(p):
            firsts[found] = id(p)
    return set(firsts.values())
