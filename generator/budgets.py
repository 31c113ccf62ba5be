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
    """A topic's tags, with ``policy`` where its heading or points are about policy (see named.is_policy), and
    ``outcome`` or ``mechanism`` where they say what an audience's bottom line looks for (audience_signals.py)."""
    return set(topic["tags"]) | ({"policy"} if topic["policy"] else set()) | set(topic.get("signals", ()))


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
    aside: see asides.py), then the weightiest (see ``_weight``; a ``keep`` tag weighs as a ``prefer`` one).
    Order: the ``lead`` topics, then those with a ``prefer`` tag, then the rest, each in the budget's ``order``: the
    content's, time, or weight (heaviest first; a topic holding the headline results before the rest, see named.is_headline).
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
        keep = set(budget.get("keep", []))  # (kept first, in no other order: the executive's ``outcome``)
        ranked = sorted(chosen, key=lambda t: (t["index"] not in leading, t["index"] != longest,
                                               -_weight(t, prefer) - 3 * bool(keep & _tags(t)), t["index"]))
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
                 words: dict | None = None, room: int = 0, share: int = 1, title: str = "", most_lines: int = 0) -> dict:
    """What a deck slide shows of a topic's ``points`` within its budget: ``points``, the ``limit`` weightiest
    (``trim_points``), then, where the slide has room (``room`` words, its ``share`` of them where topics share it),
    the next by weight and by the key words of the slide's ``title`` that fit it (``roomy``: the cap follows the
    space, not a count: AMD's segment slide was half empty under "And 2 more"), in their order; ``notes``, the
    speaker notes' line that names those left out (peer_pages.left_off; "" where none is): a budget's cut is said
    there, never on the slide (review 18 finding 3: "And 26 more" reads as a presenter who did not finish). A point
    that only repeats one of the key figures ``said`` (weigh.repeats) is shown on its figure's slide: the notes do not
    name it; and ``whole``, every point in the content's order (as deep as ``depth``), for the report's twin of that
    slide: a handout has no slide to fill, so it shows them all. ``most_lines``: the lines a slide holds (the budget's
    ``max_lines``; 0: deckfit.MOST_LINES), so the room is filled by weight and never past what deckfit then cuts from
    the end (review 22: the policy deck's six lines dropped two of the longest predictions the room had kept)."""
    kept = roomy(points, limit, depth, said, words, room, share, title, most_lines)
    shown = Counter(p["text"] for p in kept)
    values = [f["value"] if isinstance(f, dict) else str(f) for f in said]
    figures = stated(" ; ".join([*values, *(f.get("label", "") for f in said if isinstance(f, dict))]))
    left, cut = [], False
    for p in points:
        if shown[p["text"]] > 0:
            shown[p["text"]] -= 1
        else:
            cut = True
            if not repeats(p["text"], values, figures):  # (its key figure's slide shows it: the notes need not name it)
                left.append(p)
    whole = trim_points(points, 0, depth) if cut else kept
    if not left or words is None:
        return {"points": kept, "notes": "", "whole": whole}
    from .document import Bullet
    from .peer_pages import left_off  # (here: peer_pages imports deckfit, which imports this module)
    return {"points": kept, "notes": left_off([Bullet(text=p["text"]) for p in left], words), "whole": whole}


def roomy(points: list[dict], limit: int, depth: int, said, words: dict | None, room: int,
          share: int = 1, title: str = "", most_lines: int = 0) -> list[dict]:
    """The ``limit`` weightiest of ``points`` (``trim_points``), and those that rank next (weigh.outranked: a
    quantity first; of those, a point that holds a key word of the slide's ``title`` before one that holds none),
    each where the slide still holds it (a long one is passed over for a shorter one after it, and a line that fills
    no room: ``_fills``), in the content's order; the ``limit`` alone where ``room`` is 0 (no words budget) or they
    fill the slide already. A slide holds ``room`` words and ``most_lines`` lines (0: deckfit.MOST_LINES); a topic
    of ``share`` that share it (stacked, or side by side) its share of the words and of the lines (no fewer than ``limit``)."""
    from .deckfit import MOST_LINES  # (deckfit imports this module through peer_pages)
    kept = trim_points(points, limit, depth, said, words)
    used, lines = _size(kept)
    cap = min(most_lines, MOST_LINES) if most_lines > 0 else MOST_LINES
    room, most = room // max(share, 1), max(cap // share, limit) if share > 1 else cap
    if not room or not limit or len(kept) >= len(points) or used > room or lines >= most:
        return kept
    marked = [{**p, _AT: i} for i, p in enumerate(points)]
    near = {p[_AT] for p in trim_points(marked, limit + MOST_LINES, depth, said, words)}  # (ranked once: no slide
    pool = [p for p in marked if p[_AT] in near]  # holds more lines; a rank is the point's own, so the pool's order is)
    shown = {p[_AT]: p for p in trim_points(pool, limit, depth, said, words)}
    for new in _next(pool, limit, depth, said, words, title):
        used, lines = _size([*shown.values(), new])
        if used <= room and lines <= most and _fills(new, words):
            shown[new[_AT]] = new
    return [{k: v for k, v in p.items() if k != _AT} for p in sorted(shown.values(), key=lambda p: p[_AT])]


def _next(pool: list[dict], limit: int, depth: int, said, words: dict | None, title: str) -> list[dict]:
    """The points of ``pool`` past its ``limit`` weightiest, trimmed, in the order they rank (``trim_points``), those
    that hold a key word of ``title`` first (figure_facts.key_words: "Server CPU revenue…" under "Segment revenue
    rose…" before "Desktop CPU sales…")."""
    from .figure_facts import key_words
    seen = {p[_AT] for p in trim_points(pool, limit, depth, said, words)}
    order = []
    for more in range(limit + 1, len(pool) + 1):
        new = next((p for p in trim_points(pool, more, depth, said, words) if p[_AT] not in seen), None)
        if new is not None:
            seen.add(new[_AT])
            order.append(new)
    titled = key_words(inline.plain(title)) if title else set()
    return sorted(order, key=lambda p: not titled & key_words(inline.plain(p["text"])))


_AT = "_shown_at"  # (a point's place in its topic, while ``roomy`` ranks them)


def _fills(point: dict, words: dict | None) -> bool:
    """Whether ``point`` fills a slide's room: not a line that is only a link (link_lines: it goes to the Sources
    slide) nor an aside line (aside_lines: no deck shows it), which would leave the room they were given empty."""
    from .aside_lines import is_aside_line
    from .link_lines import link_of
    return not link_of(point["text"]) and not (words and is_aside_line(point["text"], words))


def _size(points: list[dict]) -> tuple[int, int]:
    """The words and the lines of ``points`` and every point under them."""
    from .headline import count_words
    sizes = [_size(p["children"]) for p in points]
    return (sum(count_words(inline.plain(p["text"])) for p in points) + sum(w for w, _ in sizes),
            len(points) + sum(n for _, n in sizes))


@template_filter("allowed")
def allowed(items: list, rule) -> list:
    """Charts or tables a budget allows: all (true), none (false), or those whose id is listed."""
    if rule is True or rule is False:
        return list(items) if rule else []
    return [item for item in items if item["id"] in rule]
