"""The filters and tests that briefing gives its templates, beyond Jinja2's own: topics chosen by a
budget (``budgeted``), points trimmed and said as statements, text cut into sentences, the opening
and the close. Templates call them on the context's plain data (lists and dicts), never on models.
"""
from __future__ import annotations

import re

from .chapter_times import chapter_times, standing_out
from .close import outlook, repeats
from .document import allowed, trim_points
from .groups import spread
from .headline import is_sentence, sentence_gaps
from .inline import whole_spans
from .short_topics import shared
from .summary import closing_topics, fitted, is_aside_sentence, opening
from .titles import figure_title, strongest
from .weigh import by_weight
from .words import fill


def _named(topic: dict, names) -> bool:
    return topic["id"] in names or topic["title"].casefold() in names


def _weight(topic: dict, prefer: set) -> float:
    """How strongly a topic asks to be kept when a budget must choose: its weight (see
    context.weight: share of the recording, takeaways, points, figures and charts), 3 more for a
    preferred tag."""
    return topic["weight"] + 3 * bool(prefer & set(topic["tags"]))


def _budgeted(topics: list, budget: dict) -> list:
    """Topics chosen and ordered by an audience budget.

    Kept: those named (id or title) and tagged as the budget asks; when ``max_topics`` must
    drop some, the ``lead`` topics stay, then the one that takes most of the recording (never an
    aside: see asides.py), then the weightiest (see ``_weight``). Order: the ``lead`` topics, then
    those with a ``prefer`` tag, then the rest, each in the budget's ``order``: the content's, time,
    or weight (heaviest first).
    """
    names = {n.casefold() for n in budget.get("topics", [])} | set(budget.get("topics", []))
    chosen = [t for t in topics if (not names or _named(t, names))
              and (not budget["tags"] or set(t["tags"]) & set(budget["tags"]))]
    lead = [t for name in budget["lead"] for t in chosen if _named(t, {name, name.casefold()})]
    leading = {t["index"] for t in lead}
    prefer = set(budget.get("prefer", []))
    limit = budget["max_topics"]
    if limit and len(chosen) > limit:
        longest = 0  # (untimed: none)
        if chosen[0]["at"]:
            longest = max(chosen, key=lambda t: (not t["aside"], t["span"], -t["index"]))["index"]
        ranked = sorted(chosen, key=lambda t: (t["index"] not in leading, t["index"] != longest,
                                               -_weight(t, prefer), t["index"]))
        kept = {t["index"] for t in ranked[:limit]}
        chosen = [t for t in chosen if t["index"] in kept]
        lead = [t for t in lead if t["index"] in kept]
    order = budget.get("order", "content")
    key = {"weight": lambda t: (-_weight(t, prefer), t["index"]),
           "time": lambda t: (t["at"]["seconds"] if t["at"] else 0, t["index"]),  # (untimed: the content's order)
           "content": lambda t: t["index"]}[order]
    rest = sorted((t for t in chosen if t["index"] not in leading), key=key)
    return lead + [t for t in rest if prefer & set(t["tags"])] + [t for t in rest if not prefer & set(t["tags"])]


def _headlines(points: list, most: int = 15) -> list:
    """Each point as a whole statement of at most ``most`` words, a third more where it must (summary.fitted), without
    its sub-points; a point that cannot be one (a takeaway: summary.opening picks no other) is whole."""
    return [{**p, "text": fitted(p["text"], most) or p["text"], "children": []} for p in points]


def _spoken(points: list, depth: int = 0) -> str:
    """Points as plain text for speaker notes: one line each, sub-points after a colon or semicolon."""
    lines = []
    for p in points:
        text = p["text"].rstrip()
        if p["children"]:
            text = text.rstrip(":") + ": " + "; ".join(_spoken([c], depth + 1) for c in p["children"])
        lines.append(text)
    return ("\n" if depth == 0 else "; ").join(lines)


def _spread(items: list, most: int) -> list[list]:
    """The template filter ``spread``: ``items`` in as few groups of at most ``most`` as they need,
    as even as can be (see groups.spread), ``most`` checked to be a whole number."""
    if isinstance(most, bool) or not isinstance(most, int):  # a template's mistake, reported at its line
        raise TypeError(f"spread: the most to a group is a whole number, not {most!r}")
    return spread(items, most)


def _sentences(text: str, skip: list | tuple = ()) -> list[str]:
    """``text`` as its sentences (``headline.sentence_gaps``) and lines, without lines that are only
    a link and without sentences that name one of ``skip``."""
    text = text or ""
    whole = whole_spans(text)  # a link's text or a code span is never split ("[Dr. Smith](…)")
    gaps = sentence_gaps(text) + [m.span() for m in re.finditer(r"\n+", text)]
    cuts = sorted(gap for gap in gaps if not any(a < gap[0] < b for a, b in whole))
    bounds = [0, *(x for gap in cuts for x in gap), len(text)]
    parts = (text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2]))
    return [p for p in parts if p and not re.fullmatch(r"(https?://|mailto:)\S*", p)
            and not any(name in p for name in skip)]


FILTERS = dict(budgeted=_budgeted, trimmed=trim_points, allowed=allowed, sentences=_sentences,
               spread=_spread, fill=fill, shared=shared, headlines=_headlines, opening=opening,
               outlook=outlook, repeats=repeats, strongest=strongest, figure_title=figure_title,
               closing_topics=closing_topics, spoken=_spoken, chapter_times=chapter_times, by_weight=by_weight,
               standing_out=standing_out)  # the template filters of briefing's own, by name
TESTS = dict(sentence=is_sentence, aside=is_aside_sentence)  # the template tests of briefing's own
