"""What an audience's budget keeps of the content: its topics (chosen and ordered), a topic's points
(so many, so deep, quantities first) and its charts and tables. Templates call these as the filters
``budgeted``, ``trimmed``, ``shown_points`` and ``allowed``."""
from __future__ import annotations

from collections import Counter

from . import inline
from .quantities import stated
from .weigh import TITLE_REST, outranked, repeats
from .template_names import template_filter


def _named(topic: dict, names) -> bool:
    """Whether ``topic`` is one of ``names`` (its id, or its title case-folded)."""
    return topic["id"] in names or topic["title"].casefold() in names


def _tags(topic: dict) -> set:
    """A topic's tags, with ``policy`` where its heading or points are about policy (see named.is_policy)."""
    return set(topic["tags"]) | ({"policy"} if topic["policy"] else set())


def _weight(topic: dict, prefer: set) -> float:
    """How strongly a topic asks to be kept when a budget must choose: its weight (see
    context.weight: named by the overview, share of the recording, takeaways, points, figures and
    charts), 3 more for a preferred tag."""
    return topic["weight"] + 3 * bool(prefer & _tags(topic))


@template_filter("budgeted")
def budgeted(topics: list, budget: dict) -> list:
    """Topics chosen and ordered by an audience budget.

    Kept: those named (id or title) and tagged as the budget asks; when ``max_topics`` must
    drop some, the ``lead`` topics stay, then the one that takes most of the recording (never an
    aside: see asides.py), then the weightiest (see ``_weight``). Order: the ``lead`` topics, then
    those with a ``prefer`` tag, then the rest, each in the budget's ``order``: the content's, time,
    or weight (heaviest first; a topic holding the headline results before the rest, see named.is_headline).
    """
    names = {n.casefold() for n in budget.get("topics", [])} | set(budget.get("topics", []))
    chosen = [t for t in topics if (not names or _named(t, names))
              and (not budget["tags"] or _tags(t) & set(budget["tags"]))]
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
    key = {"weight": lambda t: (not t["headline"], -_weight(t, prefer), t["index"]),
           "time": lambda t: (t["at"]["seconds"] if t["at"] else 0, t["index"]),  # (untimed: the content's order)
           "content": lambda t: t["index"]}[order]
    rest = sorted((t for t in chosen if t["index"] not in leading), key=key)
    return lead + [t for t in rest if prefer & _tags(t)] + [t for t in rest if not prefer & _tags(t)]


@template_filter("trimmed")
def trim_points(points: list[dict], limit: int = 0, depth: int = 3, said: list | tuple = (),
                words: dict | None = None) -> list[dict]:
    """At most ``limit`` points (0: all), nested at most ``depth`` levels; where ``limit`` must choose,
    points that carry a quantity outrank prose, and a point that repeats one of the key figures
    ``said`` (each a ``value``, or the value itself) ranks last (see weigh.outranked), and, given the
    language's ``words``, an aside line below that (aside_lines.is_aside_line: no deck shows it).

    A point that introduces its sub-points ("gains through:") and loses them to ``depth``
    takes them into its own text ("gains through: A; B; C"), so it still says everything.
    """
    values = [f["value"] if isinstance(f, dict) else str(f) for f in said]
    asides: tuple = ()
    if words and limit and len(points) > limit:
        from .aside_lines import is_aside_line
        asides = tuple(is_aside_line(p["text"], words) for p in points)
    points = outranked(points, limit, values, [f.get("label", "") for f in said if isinstance(f, dict)], asides)
    out = []
    for p in points:
        children = trim_points(p["children"], 0, depth - 1) if depth > 1 else []
        text = p["text"]
        if p["children"] and not children and inline.plain(text).rstrip().endswith(":"):
            text = f"{text.rstrip()} " + "; ".join(c["text"].rstrip().rstrip(":") for c in p["children"])
        out.append({**{k: v for k, v in p.items() if k != TITLE_REST}, "text": text, "children": children})
    return out


@template_filter("shown_points")
def shown_points(points: list[dict], limit: int = 0, depth: int = 3, said: list | tuple = (),
                 words: dict | None = None) -> dict:
    """What a slide shows of a topic's ``points`` within its budget (``trim_points``): ``points``, ending on the
    line that counts those the budget leaves out ("And 26 more": peer_pages.more_line), and ``notes``, the
    speaker notes' line that names them (peer_pages.left_off; "" where none is left out): a budget's cut is
    said, never silent (review 16 finding 5: three of 29 predictions shown as if they were all). A point that only
    repeats one of the key figures ``said`` (weigh.repeats) is shown, on its figure's slide: it is not counted
    (AMD executive: "And 5 more" counted the three segments' operating incomes the next slide shows); and ``whole``, every
    point in the content's order (as deep as ``depth``), for the report's twin of that slide: a handout has no slide to
    fill, so it shows them all and no such line (review 17: "And 5 more" in a report, the points nowhere in it)."""
    kept = trim_points(points, limit, depth, said, words)
    shown = Counter(p["text"] for p in kept)
    values = [f["value"] if isinstance(f, dict) else str(f) for f in said]
    figures = stated(" ; ".join([*values, *(f.get("label", "") for f in said if isinstance(f, dict))]))
    left, cut = [], False
    for p in points:
        if shown[p["text"]] > 0:
            shown[p["text"]] -= 1
        else:
            cut = True
            if not repeats(p["text"], values, figures):  # (its key figure's slide shows it: no "more" of the deck)
                left.append(p)
    whole = trim_points(points, 0, depth) if cut else kept
    if not left or words is None:
        return {"points": kept, "notes": "", "whole": whole}
    from .document import Bullet
    from .peer_pages import left_off, more_line  # (here: peer_pages imports deckfit, which imports this module)
    return {"points": [*kept, {"text": more_line(len(left), words).text, "children": []}],
            "notes": left_off([Bullet(text=p["text"]) for p in left], words), "whole": whole}


@template_filter("allowed")
def allowed(items: list, rule) -> list:
    """Charts or tables a budget allows: all (true), none (false), or those whose id is listed."""
    if rule is True or rule is False:
        return list(items) if rule else []
    return [item for item in items if item["id"] in rule]
