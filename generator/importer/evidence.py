"""Key figures from the notes: a takeaway or point whose message is one salient quantity (``$500
billion``, ``5 million hours``, ``6,000 fans``, ``5x``, ``~9%``) gives a figure: the value as written,
the short label around it, and its time. The sentence itself stays as written. A point a speaker said (a
protocol's speech) gives none."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..limits import MAX_FIGURES, MAX_NUMBER
from ..quantities import QUANTITY, YEAR, glued, is_index, number_value
from ..timestamps import format_timestamp
from .dates import MONTH_NAMES
from .tree import NotePoint, point_label

if TYPE_CHECKING:
    from .placing import Placer

_MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\b\.?\s*$|^\s*(?:st|nd|rd|th)?\s*(?:{MONTH_NAMES})\b",
                    re.IGNORECASE)  # whole month names: "decreased 8%" is no date
_BOUNDS = {"over", "more than", "up to"}  # kept in a value: they are not approximations
_GLUE = {"a", "an", "the", "in", "at", "on", "of", "for", "to", "by", "with", "from", "and", "or", "per", "as",
         "is", "are", "was", "were", "be", "than", "into", "over", "about", "around"}  # not a count's noun
_SEPARATORS = re.compile(r"\s*(?:[;:()\[\]—–]|\s-\s|,\s|\.\s)\s*")
MAX_LABEL_WORDS = 14
MIN_COUNT = 1000  # a bare count smaller than this (3 nests, 12 years) is not a key figure
_NEAR = 40  # the characters after a number that say what it is
MAX_SENTENCE = 400  # a longer point is a paragraph, whose message is not one number


def salient(text: str) -> tuple[str, str] | None:
    """``(value, label)`` when ``text`` states one salient quantity: money, a percentage, a multiple,
    a number with a scale word, or a count of 1,000 or more with its noun. Years, times, dates,
    episode numbers and list indexes are not quantities. A sentence with more is a comparison and
    gives none, unless the later ones only compare or restate the first ("Operating income was $2.2
    billion, representing a 24% operating margin"): then the first is the figure."""
    if len(text) > MAX_SENTENCE:
        return None
    found = [m for m in QUANTITY.finditer(text) if _counts(text, m)]
    if not found or not all(_compares(text, found[0].end(), m.start()) for m in found[1:]):
        return None
    m = found[0]
    end = m.end()
    if not (m.group("cur") or m.group("pct") or m.group("times")):
        noun = re.match(r"\s+([^\W\d_][\w'-]*)", text[end:])
        if noun and noun.group(1).lower() not in _GLUE:
            end += noun.end()  # "5 million hours", "6,000 fans"
    value = text[m.start():end].strip()
    approx = (m.group("approx") or "").strip().lower()
    if approx[:1].isalpha() and approx not in _BOUNDS:  # "about 9%" shows as "~9%" (the label says "about")
        value = "~" + text[m.end("approx"):end].strip()
    return value, _label(text, m.start(), end)


# the words that open a clause comparing or restating the quantity before it
_COMPARES = re.compile(r"(?:representing|represents|reflecting|compared|comparing|versus|vs\.?|up|down|from|or|"
                       r"which (?:is|was|represents)|i\.e\.|equal|equivalent|(?:an? )?(?:increase|decrease|rise|drop|"
                       r"decline|gain|fall|improvement|growth|jump)s?)\b", re.IGNORECASE)


def _compares(text: str, first: int, start: int) -> bool:
    """Whether the quantity at ``start`` is in a clause after the first quantity (which ends at
    ``first``) that opens with a comparison or a restatement ("compared to $0.92 a year ago")."""
    cuts = [c.end() for c in _SEPARATORS.finditer(text, first, start)]
    return bool(cuts) and _COMPARES.match(text, cuts[-1]) is not None


def _counts(text: str, m: re.Match) -> bool:
    """Whether a number found in ``text`` is a salient quantity (not a year, index, time or date)."""
    before, after = text[max(0, m.start() - _NEAR):m.start()], text[m.end():m.end() + _NEAR]
    word = before[-12:]  # the word before the number ("January ")
    if is_index(text, m.start()) or glued(text, m.end()) or _MONTH.search(word) or _MONTH.match(after) \
            or re.match(r"\s*(?:[.)]\s|:\d)", after):
        return False
    if not before.strip() and re.match(r"[.)]", after):
        return False  # "1." or "2)" numbers a list
    value = number_value(m.group("num"))
    if value > MAX_NUMBER:
        return False
    if m.group("cur") or m.group("pct") or m.group("times"):
        return True
    if m.group("scale") and not (m.group("scale").lower() in ("k", "m", "b", "t") and m.group("scale").islower()):
        return True
    if YEAR.fullmatch(m.group("num")):
        return False  # a year
    noun = re.match(r"\s+([^\W\d_][\w'-]*)", after)
    return value >= MIN_COUNT and noun is not None and noun.group(1).lower() not in _GLUE


_LEADS = {"of", "at", "to", "for", "by", "with", "from", "totalling", "totaling", "worth", "is", "was", "are", "were",
          "de", "von", "à"}

_MOVES = {"rose", "grew", "increased", "climbed", "jumped", "fell", "dropped", "declined", "decreased", "rises", "grows",
          "increases", "falls", "drops", "declines", "decreases", "reached", "reaches", "hit", "hits"}


def _label(text: str, start: int, end: int) -> str:
    """The clause the value is in, without the value (the figure shows it): "6,000 fans packed the
    arena" is "packed the arena", "Returned $89 million to shareholders" is "Returned to
    shareholders" (a word that only led to the value goes with it); at most MAX_LABEL_WORDS words."""
    cuts = [(m.start(), m.end()) for m in _SEPARATORS.finditer(text) if m.end() <= start or m.start() >= end]
    left = max((e for s, e in cuts if e <= start), default=0)
    right = min((s for s, e in cuts if s >= end), default=len(text))
    opens = not text[left:start].strip()
    before = text[left:start].split()
    led = before.pop().casefold() if before and before[-1].casefold() in _LEADS else ""  # "authorization of $9.4
    # billion under …": "authorization under …"; "Gaming revenue rose to $1.3 billion": the level, "Gaming revenue"
    if led == "to" and len(before) > 1 and before[-1].casefold() in _MOVES:
        before.pop()
    after = text[end:right].split()
    if after and after[0].casefold() in ("of", "de", "von") and before:  # "hold $500 billion of projects": "hold projects"
        after.pop(0)
    words = before + after  # never the value again: it is the figure's number
    words = " ".join(words).replace(text[start:end].strip(), " ").split()  # (nor where it says the value again)
    label = " ".join(words[:MAX_LABEL_WORDS]) + ("…" if len(words) > MAX_LABEL_WORDS else "")
    named = point_label(text)
    if named and left == len(named) + 2:  # "Grants: £4.2m for hedgerows": "Grants: for hedgerows"
        label = (f"{named}: {label}" if label else named) if opens else label
    return label.rstrip(" .,;:") or text.strip()


def add_figures(takeaways: list[NotePoint], topics: list[tuple[dict, list[NotePoint]]], placer: Placer,
                charted: set[int]) -> list[dict]:
    """Key figures from the points of each topic (on that topic) and from the takeaways (on the
    topic whose stretch holds their time, else the one sharing most words with them); at most
    MAX_FIGURES a topic, and from at most half its points (its points stay its message: a topic whose
    every point is a figure would have nothing to say beside them), each value once. Rows of a chart
    give none. Returns the takeaways' figures that no topic holds."""
    for topic, points in topics:
        room = -(-sum(1 for _ in _walk(points, None)) // 2)
        for node, at in _walk(points, None):
            if id(node) not in charted and len(topic.get("figures", [])) < room:
                _add(topic, _figure(node, at))
    left: list[dict] = []
    for node, at in _walk(takeaways, None):
        figure = _figure(node, at) if id(node) not in charted else None
        if figure:
            index = placer.by_time(at) if at is not None else None
            index = placer.by_words(node.text) if index is None else index
            if index is None or not _add(topics[index][0], figure):
                left += [] if any(f["value"] == figure["value"] for f in left) else [figure]
    return left[:MAX_FIGURES]


def _walk(nodes: list[NotePoint], at: int | None) -> Iterator[tuple[NotePoint, int | None]]:
    """Every node and its time (its own, else its parent's)."""
    for node in nodes:
        when = node.at if node.at is not None else at
        yield node, when
        yield from _walk(node.children, when)


def _figure(node: NotePoint, at: int | None) -> dict | None:
    """The key figure ``node`` states, else None; none of a point a speaker said (a protocol's speech: "we have
    3,500 employees" is that speaker's claim in a debate, shown with what they said, not a finding of the notes)."""
    found = salient(node.text) if not node.speaker else None
    if not found:
        return None
    figure = {"value": found[0], "label": found[1]}
    if at is not None:
        figure["at"] = format_timestamp(at)
    return figure


def _add(topic: dict, figure: dict | None) -> bool:
    """Put ``figure`` on ``topic`` unless it is full or has that value; whether it is there now."""
    if figure is None:
        return False
    figures = topic.setdefault("figures", [])
    if any(f["value"] == figure["value"] for f in figures):
        return True
    if len(figures) < MAX_FIGURES:
        figures.append(figure)
        return True
    if not figures:
        del topic["figures"]
    return False
