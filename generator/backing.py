"""What the evidence slides of one audience's deck show, read before the deck is made (review 14, finding 1).

The bottom line is chosen before its deck's slides are written, and an item must be backed by a slide of
that deck (consequence.backed). ``deck_texts`` approximates what the slides of the ``shown`` topics say: each
topic's heading, message and summary, the points its slide keeps (budgets.trim_points as slides/topic.yaml.j2
calls it), its key figures, charts and quotes. For the built-in templates this is what their topic slides show
or less, never more: the slide's title takes one point and the slide then shows ``most`` of the others, which
rank as they did (weigh.outranked sorts by rank, in order), so the ``most`` kept of all are on the slide, as
its title or among its points. ``candidates`` are the statements of those texts that may stand on the bottom
line.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .bottom_line import is_statement
from .budgets import trim_points
from .connectives import standing
from .headline import count_words, sentences
from .inline import plain
from .sentence_kinds import has_verb, is_aside_sentence
from .weigh import has_quantity

SHORTEST = 3  # words a statement that says a quantity may have (a subject, its verb, its number)


def _point_texts(points: Sequence[dict]) -> list[str]:
    """The texts of ``points`` and of their sub-points, in order."""
    return [t for p in points for t in [p["text"], *_point_texts(p.get("children", ()))]]


def kept_points(topic: dict, most: int, words: dict) -> list[dict]:
    """The points of ``topic`` its deck slide keeps at most (``most`` points, 0: all; see the module doc)."""
    return trim_points(topic["points"], most, 3, topic.get("figures", ()), words)


def deck_texts(shown: Sequence[dict], most: int, words: dict) -> list[str]:
    """What the slides of each of the ``shown`` topics say (see the module doc), one text a topic, as drawn
    (inline.plain)."""
    out: list[str] = []
    for t in shown:
        said = [t["title"], t.get("message") or "", t.get("summary") or ""]
        said += _point_texts(kept_points(t, most, words))
        said += [f"{f['value']} {f.get('label', '')}" for f in t.get("figures", ())]
        said += [c.get("message") or c.get("caption") or c.get("title") or "" for c in t.get("charts", ())]
        said += [q["text"] for q in t.get("quotes", ())]
        out.append(plain(" \n ".join(s for s in said if s)))
    return out


def candidates(shown: Sequence[dict], most: int, words: dict, fits: Callable[[str], str]) -> list[dict]:
    """The statements of the ``shown`` topics' kept points (``kept_points``) that ``fits`` lets stand on the
    bottom line: whole statements with a verb (of SHORTEST words where they say a quantity: "Net income increased
    31%."), no aside; where the slides keep every point (``most`` 0), none that says a key figure of its topic (its
    grid shows it: said on the bottom line, the figure would leave the grid, said_once). Where they keep ``most``,
    a point that says a key figure ranks last (weigh.outranked): one kept is shown as a point, not in a grid. A point of
    several sentences offers a later one that opens on a connective (``_said``)."""
    out: list[dict] = []
    for t in shown:
        if t.get("aside"):
            continue
        values = [] if most else [f["value"] for f in t.get("figures", ())]
        for p, text in _said(kept_points(t, most, words), words):
            if any(v in plain(text) for v in values):
                continue
            stated = is_statement(text) or (has_quantity(plain(text)) and count_words(plain(text)) >= SHORTEST)
            if stated and has_verb(text, words) and fits(text) and not is_aside_sentence(text, words):
                out.append({"text": text, "at": p.get("at") or t.get("at"), "children": []})
    return out


def _said(points: Sequence[dict], words: dict) -> list[tuple[dict, str]]:
    """Each of ``points`` with its text, then with each later sentence of it that opens on a connective and stands
    alone without it (connectives.standing: "Meanwhile, Apple is investing over 200 billion into China" after "The US
    is spending 52 billion…"): a second fact of the point, which may weigh more than the first sentence the bottom line
    would show of it."""
    out = []
    for p in points:
        later = [{"text": s, "children": []} for s in sentences(p["text"])[1:]] if p["text"] == plain(p["text"]) else []
        out += [(p, p["text"]), *((p, s["text"]) for s in standing(later, words) if s["text"] not in [q["text"] for q in later])]
    return out


def topic_finder(shown: Sequence[dict]) -> Callable[[str], str]:
    """A function that names the topic of ``shown`` whose heading, message or points hold a text ("" for none)."""
    where = {s: t["id"] for t in shown for s in [t.get("message") or "", *_point_texts(t["points"])] if s}
    return lambda text: where.get(text, "")
