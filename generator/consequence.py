"""The bottom line ranked by consequence: money, an outcome, a decision, a risk (review 14, finding 1).

A statement weighs (``consequence``) by what it says, as its audience weighs it (``PRIORITIES``: the
executive money and results, policy decisions and risks, the technical reader figures and the reasons
behind them):

- a quantity (weigh.quantity_kinds): money most, then a percentage or a multiple, a count or a measure, a
  small count with its noun least; a span of time ("in the last 30 years") is a frame, no result;
- a decision (``decision_phrases`` of the content's language: "banned", "approved", "interdit") and a
  risk or what could follow (``consequence_phrases``: "could push", "threatens");
- a reason (cut_rule.gives_reason: "driven by", "because") for the reader who weighs mechanisms;
- a record or a superlative without a number (``record_phrases``: "all-time high", "historic low") ranks
  below every plain statement, so never while a quantified result is left out;
- an aside (trivia, commentary, a biography, the note-taker speaking: sentence_kinds, aside_lines) never
  wins over anything else.

``ranked`` orders a summary's items so; ``chosen`` picks the ``count`` heaviest of the items and the deck's
other candidates, round the topics (a topic's second item after every topic's first of the same weight),
only those a slide of the same deck backs (``backed``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .aside_lines import is_aside_line
from .backing import deck_texts, topic_finder
from .bottom_items import consequential, is_trivia
from .cut_rule import gives_reason
from .inline import plain
from .key_words import holds, keys, phrases
from .nominal import is_nominal, unexclaimed
from .sentence_kinds import is_aside_sentence
from .subject_ties import subject, untied
from .weigh import BARE, COUNT, MEASURE, MONEY, SHARE, quantity_kinds, spans_time

# weight of each sign, per priority: money, share (% or x), count or measure, time or bare count, decision, risk, reason
PRIORITIES = {
    "outcome": {"money": 4, "share": 3, "count": 2, "bare": 1, "decision": 1, "risk": 2, "reason": 0},
    "decision": {"money": 2, "share": 2, "count": 2, "bare": 1, "decision": 4, "risk": 4, "reason": 0},
    "mechanism": {"money": 3, "share": 3, "count": 3, "bare": 1, "decision": 1, "risk": 1, "reason": 2},
}
ASIDE = -10  # an aside's weight: below any statement
RECORD = -1  # a record without its number: below a plain statement
UNTIED = -2  # a remark that weighs nothing and is not about the notes' subject (subject_ties.untied): below a record


def _measure_sign(kind: str) -> str:
    """The sign a quantity of ``kind`` gives: none for a span of time."""
    if kind == MONEY:
        return "money"
    if kind == SHARE:
        return "share"
    if spans_time(kind):
        return ""  # (a frame, "in the last 30 years", not a result)
    if kind == BARE:
        return "bare"
    return "count" if kind == COUNT or kind.startswith(MEASURE) else ""


def consequence(text: str, words: dict, priority: str = "outcome") -> int:
    """What ``text`` weighs on a bottom line read with ``priority`` (a key of PRIORITIES; see the module doc)."""
    said = plain(text)
    if is_trivia(said, words) or is_aside_sentence(said, words) or is_aside_line(said, words):
        return ASIDE
    weights = PRIORITIES.get(priority, PRIORITIES["outcome"])
    kinds = {_measure_sign(k) for k in quantity_kinds(said)} - {""}
    if not kinds and holds(said, phrases(words, "record_phrases")):
        return RECORD
    weight = max((weights[k] for k in kinds), default=0)
    weight += weights["decision"] if holds(said, phrases(words, "decision_phrases")) else 0
    weight += weights["risk"] if consequential(said, words) else 0
    weight += weights["reason"] if gives_reason(said) else 0
    return weight


def ranked(items: Sequence[dict], words: dict, priority: str = "outcome") -> list:
    """``items`` (summary items) heaviest first (``consequence``), in their order where they weigh alike."""
    return sorted(items, key=lambda p: -consequence(p["text"], words, priority))


def backed(text: str, shown: Sequence[tuple[set[str], set[str]]]) -> bool:
    """Whether a statement (as the bottom line shows it) is backed by what the deck's slides show (``shown``: the
    numbers and key words of each topic's slides, key_words.keys): one of them says every number it says, and,
    without a number, two thirds of its key words, two at least (its reason: "Server CPU revenue reached an all-time
    high" is not backed by "Data Center segment revenue increased… driven by server share gains")."""
    numbers, stems = keys(text)
    if numbers:
        return any(numbers <= said for said, _ in shown)
    return any(len(stems & said) >= max(2, (2 * len(stems) + 2) // 3) for _, said in shown)


def chosen(items: Sequence[dict], candidates: Sequence[dict], count: int, words: dict, priority: str,
           topic_of: Callable[[str], str], shown: Sequence[str], as_shown: Callable[[str], str] = str,
           about: frozenset[str] = frozenset()) -> list:
    """The ``count`` heaviest (``consequence``) of ``items`` and ``candidates`` (the deck's other statements
    that may stand on its bottom line, of no item's text, taken where they weigh: money, a result, a decision, a
    risk, and say no number an item or an earlier one says), each ``backed`` by ``shown`` (``as_shown`` on the
    bottom line: fitted, a detail clause dropped); of statements that weigh alike, a topic's (``topic_of`` a text)
    second after every topic's first, then in their order. A record without its number or an aside is left out
    where three others remain. An item no slide backs is left out, but for those that make three, after the
    backed ones, in their order (notes whose takeaways say more than their few slides: a bottom line of one would
    be no summary). A statement that weighs nothing and shares no key word with ``about`` (the notes' subject:
    subject_ties.untied) ranks below every statement tied to it (``UNTIED``), and is left out where three others remain;
    so does a nominal phrase (nominal.is_nominal: "Suppression définitive de l'API Applet…"), no statement."""
    said = set().union(*(keys(p["text"])[0] for p in items))
    more = []
    for c in candidates:  # (one that says a number an item or an earlier one says would repeat it: said_same)
        numbers = keys(as_shown(c["text"]) or c["text"])[0]  # (what the bottom line would show of it)
        if all(c["text"] != p["text"] for p in items) and not numbers & said and consequence(c["text"], words, priority) > 0:
            more.append(c)
            said |= numbers
    told = [keys(s) for s in shown]  # (once: a topic of a thousand points is read once, not once an item)
    pool = [p for p in [*items, *more] if backed(as_shown(p["text"]) or p["text"], told)]
    weights = {id(p): consequence(p["text"], words, priority) for p in pool}
    weights |= {id(p): UNTIED for p in pool if weights[id(p)] == 0 and untied(p["text"], set(about))
                or is_nominal(p["text"], words)}
    if sum(weights[id(p)] >= 0 for p in pool) >= 3:  # (a record without its number, an aside: never over three others)
        pool = [p for p in pool if weights[id(p)] >= 0]
    elif sum(weights[id(p)] > UNTIED for p in pool) >= 3:
        pool = [p for p in pool if weights[id(p)] > UNTIED]
    heavy = sorted(pool, key=lambda p: -weights[id(p)])
    nth: dict[int, int] = {}
    seen: dict[tuple[int, str], int] = {}
    for p in heavy:
        key = (weights[id(p)], topic_of(p["text"]))
        nth[id(p)] = seen[key] = seen.get(key, -1) + 1
    order = {id(p): i for i, p in enumerate(pool)}
    unbacked = [p for p in items if all(p is not q for q in pool)][:max(0, 3 - len(pool))]
    return [*sorted(pool, key=lambda p: (-weights[id(p)], nth[id(p)], order[id(p)])), *unbacked][:count]


def weighed(items: Sequence[dict], more: Sequence[dict], count: int, shown: Sequence[dict], points: int, words: dict,
            priority: str, as_shown: Callable[[str], str] = str) -> list:
    """The bottom line of ``count`` items of a deck whose slides show the ``shown`` topics, at most ``points`` points
    each (0: all): ``items`` and ``more`` (backing.candidates) as ``chosen`` ranks them for ``priority``, each
    backed as the bottom line shows it (``as_shown``); without one (an audience that sets none), or without a
    topic slide, the first ``count`` items as they are. An item says its fact without an exclamation mark
    (nominal.unexclaimed)."""
    if not priority or not shown:  # (no topic slide to back an item: a chapter list's summary stays as it is)
        return list(items)[:count]
    kept = chosen(items, more, count, words, priority, topic_finder(shown), deck_texts(shown, points, words), as_shown,
                  frozenset(subject(shown)))
    return [p if unexclaimed(p["text"]) == p["text"] else {**p, "text": unexclaimed(p["text"])} for p in kept]
