"""What a number in the content weighs (issue #21, rule 1: quantities outrank prose).

A quantity is a number with a unit a reader can weigh: money (``$89 million``, ``€4bn``), a
percentage (``54%``), a multiple (``27x``), a measure (``2.2 GW``), or a count of SMALL_COUNT things
or more (``43 replicas``, ``200,000 GPUs``). A year (``2024``), a time (``12:30``), an index (``#3``,
``Q3``, ``episode 5``, "Number 1 - …"), an ordinal (``5th``) or a small count inside a claim ("will
ship in 1 browser", "3 missing features": what prose spells out, "three risks") is none: a digit is
no evidence of weight. A point that carries a quantity outranks a prose point of the same level when a slide
must choose among them; a topic's key figures are shown weightiest first: by kind (money, a
percentage or a multiple over a measure or a large count over a small count), then by size among
those of its kind (each unit of measure its own kind: gigawatts are not weighed against GPUs).
Numbers are read as ``quantities.QUANTITY`` reads them, as the importer's key figures are.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .cut_rule import gives_reason
from .quantities import QUANTITY, SCALES, YEAR, glued, is_index, number_value, stated
from .template_names import template_filter

# a unit of measure after a number ("2.2 GW", "5 TB", "40 km"): each unit is weighed on its own scale
_MEASURE = re.compile(r"\s?([kMGTP]?(?:W|Wh|B|bps|Hz|iB)|km|kg|cm|mm|m²|ha|ml|tonnes?|tons?|litres?|liters?|ms|"
                      r"hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|ans|mois|semaines|jours|heures)\b")
_WORD_AFTER = re.compile(r"\s+[a-z]")  # "3M users" (matched where the number ends: no copy of the rest)
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|euros?|pounds?|usd|eur)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s[^\W\d_]")
_TIME_UNITS = {"years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "hrs", "hr",
               "ans", "mois", "semaines", "jours", "heures"}  # (measures of time: weighed as a frame, spans_time)
SMALL_COUNT = 10  # a count below this is a few things, as style guides spell them out ("one" to "nine")
MONEY, SHARE, COUNT, BARE = "money", "share", "count", "bare"  # kinds of quantity, each weighed on its own scale
MEASURE = "measure:"  # and a measure of each unit ("measure:gw")
KIND_WEIGHT = {MONEY: 3, SHARE: 3, COUNT: 2, BARE: 1, "": 0}  # "": a value that says no quantity; a measure: 2


@lru_cache(maxsize=1 << 16)
def _kinds(text: str) -> tuple[tuple[str, float], ...]:
    """(kind, size) of each quantity ``text`` says, in order (see the module doc). Read once a text: a topic's
    4,000 points were read 67,000 times a build (ranked for each slide and title that chooses among them)."""
    out = []
    for m in QUANTITY.finditer(text):
        if glued(text, m.end()) or is_index(text, m.start()):
            continue  # "5th", "3D", "12:30" (a time), "episode 5"
        digits, size = m.group("num"), number_value(m.group("num"))
        if m.group("high"):  # a range weighs as its middle ("80-90%": 85), as parse_quantity reads it
            size = (size + number_value(m.group("high"))) / 2
        scale = (m.group("scale") or "").casefold()
        if len(scale) == 1 and not m.group("cur") and not _WORD_AFTER.match(text, m.end("scale")):
            continue  # "3M Company", "4K screens" are names; "$3M", "3M users" are quantities
        factor = SCALES.get(scale, 1.0)
        if m.group("cur") or (scale and _CURRENCY_AFTER.match(text, m.end("scale"))):
            out.append((MONEY, size * factor))
        elif m.group("pct") or m.group("times"):
            out.append((SHARE, size))
        elif measure := _MEASURE.match(text, m.end("amount")):
            out.append((f"{MEASURE}{measure.group(1).casefold()}", size))
        elif scale or size >= 1000 and not YEAR.fullmatch(digits):
            out.append((COUNT, size * factor))
        elif size >= SMALL_COUNT and not YEAR.fullmatch(digits) and _NOUN_AFTER.match(text, m.end("amount")):
            out.append((BARE, size))  # a count with its noun: "43 replicas" (not a bare "43", nor "2 browsers")
    return tuple(out)


def measure_sign(kind: str) -> str:
    """The sign of consequence (consequence.PRIORITIES) a quantity of ``kind`` gives: none for a span of time."""
    if kind == MONEY:
        return "money"
    if kind == SHARE:
        return "share"
    if spans_time(kind):
        return ""  # (a frame, "in the last 30 years", not a result)
    if kind == BARE:
        return "bare"
    return "count" if kind == COUNT or kind.startswith(MEASURE) else ""


def has_quantity(text: str) -> bool:
    """Whether ``text`` says a quantity (see the module doc)."""
    return bool(_kinds(text))


def quantity_kinds(text: str) -> set[str]:
    """The kinds of quantity ``text`` says (MONEY, SHARE, COUNT, BARE, a MEASURE of its unit; see the module doc)."""
    return {kind for kind, _ in _kinds(text)}


def spans_time(kind: str) -> bool:
    """Whether a quantity of ``kind`` is a span of time ("in the last 30 years"): a frame, not a result."""
    return kind.startswith(MEASURE) and kind[len(MEASURE):] in _TIME_UNITS


def quantity_rank(text: str) -> int:
    """How the quantities ``text`` says rank it among its slide's statements: 2 for money, a share, a count or a
    measure, 1 for a span of time or a small count with its noun only, 0 for none."""
    kinds = quantity_kinds(text)
    return 2 if any(k != BARE and not spans_time(k) for k in kinds) else int(bool(kinds))


@template_filter("by_weight")
def by_weight(figures: Sequence[dict]) -> list[dict]:
    """Key figures (``value``, ``label``) weightiest first: by kind, then by size relative to the
    largest of its kind among them (money and percentages are weighed on their own scales); ties
    keep their order. A figure whose value says no quantity weighs least."""
    largest = largest_by_kind([f["value"] for f in figures])
    weights = [figure_weight(f["value"], largest, 0.0) for f in figures]
    order = sorted(range(len(figures)), key=lambda i: -weights[i])
    return [figures[i] for i in order]


def figure_weight(value: str, largest: dict[str, float], topic_share: float) -> float:
    """A figure's weight in the whole content: its kind, its size relative to the ``largest`` of its
    kind in the content (by kind), and ``topic_share`` (0–1: its topic's weight over the heaviest's)."""
    kind, size = (_kinds(value) or (("", 0.0),))[0]
    return KIND_WEIGHT.get(kind, 2) + (size / largest[kind] if largest.get(kind) else 0) + topic_share


def largest_by_kind(values: Sequence[str]) -> dict[str, float]:
    """The largest size of each kind of quantity among ``values`` (for ``figure_weight``)."""
    out: dict[str, float] = {}
    for value in values:
        for kind, size in _kinds(value)[:1]:
            out[kind] = max(out.get(kind, 0.0), size)
    return out


TITLE_REST = "title_rest"  # the key (true) of a point that is the rest of its slide's title's sentence (titles.strongest)


def outranked(points: Sequence[dict], most: int, said: Sequence[str] = (), labels: Sequence[str] = (),
              asides: Sequence[bool] = ()) -> list[dict]:
    """The rest of the title's sentence (TITLE_REST: "Driven by Instinct series GPUs…" under "Data Center
    revenue increased 22% to a record $4.3 billion", the title's reason: the title's point, not another) and
    at most ``most`` of the other ``points`` (0: all), in their order, chosen by rank: a point that carries a
    quantity (in its text or under it) first, then prose, then a point that only repeats one of the
    ``said`` values (a key figure the slide's grid shows: a point that states a quantity which no value
    nor ``labels`` of the figures shows, a comparison, is no repeat); the first of each rank first. A point
    that gives the reason for the slide's rule (cut_rule.gives_reason: "Three risks justify this policy: …")
    ranks with the rule, first of all: a rule's rationale is never left out for another point. A point flagged in
    ``asides`` (an aside line, aside_lines.is_aside_line: "Un bon article de rappel…", which no deck shows) ranks last
    of all: chosen, it left a slide of three points with two (review 12, lescastcodeurs-fr executive 6)."""
    if not most or len(points) - sum(bool(p.get(TITLE_REST)) for p in points) <= most:
        return list(points)
    shown = stated(" ; ".join([*said, *labels]))
    def rank(point: dict) -> int:
        texts = _all_texts(point)
        if repeats(texts[0], said, shown):
            return 0
        if _gives_reason(texts[0]):
            return 3  # (the rule's reason: with the rule)
        return 2 if any(has_quantity(t) for t in texts) else 1
    ranks = [-1 if i < len(asides) and asides[i] else rank(p) for i, p in enumerate(points)]
    keep = set(sorted((i for i, p in enumerate(points) if not p.get(TITLE_REST)), key=lambda i: (-ranks[i], i))[:most])
    return [p for i, p in enumerate(points) if i in keep or p.get(TITLE_REST)]


def repeats(text: str, said: Sequence[str], shown: set) -> bool:
    """Whether ``text`` only repeats one of the ``said`` key figures: it says one of their values, and no quantity
    that they (with their labels: ``shown``, quantities.stated of them all) do not show."""
    return bool(said) and any(v.strip() and v.strip() in text for v in said) and stated(text) <= shown


# whether a text gives its rule's reason, read once however often its topic's points are ranked (a topic of 4,000
# points was ranked six times a build, each text read again: 9 s with its quantities)
_gives_reason = lru_cache(maxsize=1 << 16)(gives_reason)


def _all_texts(point: dict) -> list[str]:
    return [point["text"], *(t for c in point["children"] for t in _all_texts(c))]


def heaviest(texts: Sequence[str]) -> int | None:
    """The index of the text of ``texts`` that says the weightiest quantity among them: by kind, then
    by size relative to the largest of its kind among them (the first on ties); None when none says one."""
    said = [_kinds(text) for text in texts]
    largest: dict[str, float] = {}
    for kind, size in (q for quantities in said for q in quantities):
        largest[kind] = max(largest.get(kind, 0.0), size)
    weights = [max((KIND_WEIGHT.get(kind, 2) + (size / largest[kind] if largest[kind] else 0) for kind, size in q),
                   default=None) for q in said]
    found = [i for i, w in enumerate(weights) if w is not None]
    return max(found, key=lambda i: (weights[i], -i)) if found else None
