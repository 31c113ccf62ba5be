"""A slide whose points state one measure for several items, titled by what they all show.

Where two or more of a topic's points open on an item and one measure (at least half of those that
open so), then a word of the language's ``rise_words`` or ``fall_words`` ("Data Center segment revenue
increased 22%…", "Embedded segment revenue decreased 8%…"), no one of them titles the slide
(it would cover a part of it): the title says which way each moved, in the notes' order and the words
of a grid's title (``moved_up`` / ``moved_down``: "Segment revenue rose for Data Center and for Client
and Gaming, fell for Embedded"). The points are the peers, each with what elaborates it under it: the
rest of its sentence after its measurement ("Driven by Instinct series GPUs…", titles' ``_leading``
cut) and a point on a part of its item (its subject's words all in the item: "Gaming revenue rose…"
under "Client and Gaming…"); then the topic's other points. The direction is read from the notes'
verb, never guessed; nothing else is written.
"""
from __future__ import annotations

from collections import Counter

from .clauses import whole_statement
from .headline import count_words
from .inline import plain
from .key_words import holds, phrases
from .weigh import has_quantity
from .words import WORD

LEAST_PEERS = 2


def peer_slide(topic: dict, words: dict, most: int) -> dict:
    """``topic``'s slide titled by what its peer points show (``title``, ``kicker``, ``summary``,
    ``points``; see the module doc), or {} where its points are no such peers or the title would not
    fit ``most`` words."""
    points = topic["points"]
    rise, fall = phrases(words, "rise_words"), phrases(words, "fall_words")
    if not rise or not fall:
        return {}
    said = [_subject(plain(p["text"]), rise, fall) if not p["children"] else ("", 0) for p in points]
    measure = _measure([s for s, _ in said if s])
    if not measure:
        return {}
    peers = [i for i, (s, _) in enumerate(said) if _item(s, measure)]
    moves = {"up": [_item(said[i][0], measure) for i in peers if said[i][1] > 0],
             "down": [_item(said[i][0], measure) for i in peers if said[i][1] < 0]}
    title = moved_sentence(f"{measure[:1].upper()}{measure[1:]}", moves, "up" if said[peers[0]][1] > 0 else "down", words)
    if count_words(title) > most:
        return {}
    placed: dict[int, list[dict]] = {i: [] for i in peers}
    rest: list[dict] = []
    for i, point in enumerate(points):
        if i in peers:
            continue
        owner = [j for j in peers if said[i][0] and _part_of(said[i][0], _item(said[j][0], measure))]
        (placed[owner[0]] if len(owner) == 1 else rest).append(point)
    lined = [_with_parts(points[i], placed[i]) for i in peers]
    return {"title": title, "kicker": topic["title"], "summary": topic["summary"], "points": [*lined, *rest]}


def moved_sentence(measure: str, moves: dict[str, list[str]], first: str, words: dict) -> str:
    """"<measure> rose for A and for B, fell for C": the items of ``moves`` ("up", "down") in the language's
    words (``moved_up``, ``moved_down``, ``moved_and``, ``moved_then``), the direction ``first`` first (a
    grid's title says it of its cells too: grid_titles.py), then those that moved ``mixed``."""
    parts = [words[f"moved_{d}"].replace("{items}", words["moved_and"].join(moves[d]))
             for d in (first, "down" if first == "up" else "up", "mixed") if moves.get(d)]
    return f"{measure} " + words["moved_then"].join(parts)


def _quantity(text: str) -> bool:
    return has_quantity(plain(text))


def _subject(text: str, rise: list[str], fall: list[str]) -> tuple[str, int]:
    """(the words before the first rise or fall word of ``text``, 1 or -1), or ("", 0)."""
    found = WORD.findall(text)
    for n, word in enumerate(found):
        if n and (holds(word, rise) or holds(word, fall)):
            return " ".join(found[:n]), 1 if holds(word, rise) else -1
    return "", 0


def _measure(subjects: list[str]) -> str:
    """The longest run of words that ends two or more of ``subjects`` (at least half of them) after an
    item of their own: what they measure; else ""."""
    ending: Counter[str] = Counter()  # (each run counted once a subject: matching every run against every
    for s in subjects:  # subject took 43 s at 1,200 points)
        said = s.casefold().split()
        ending.update({" ".join(said[n:]) for n in range(1, len(said))})
    least = max(LEAST_PEERS, (len(subjects) + 1) // 2)
    shared = [e for e, count in ending.items() if count >= least]
    return max(shared, key=lambda e: (len(e.split()), -len(e)), default="")


def _item(subject: str, measure: str) -> str:
    """What ``subject`` names before ``measure`` ("data center" of "data center segment revenue"), or ""."""
    return subject[:-len(measure)].strip() if subject.casefold().endswith(" " + measure.casefold()) else ""


def _part_of(subject: str, item: str) -> bool:
    """Whether ``subject``'s own words (before its last, the measure's) all name a part of ``item``."""
    own = subject.casefold().split()[:-1]
    return bool(own) and all(w in item.casefold().split() for w in own)


def _with_parts(point: dict, parts: list[dict]) -> dict:
    """``point`` cut after its measurement, the rest of its sentence its first sub-point, then ``parts``."""
    text = plain(point["text"])
    lead = whole_statement(text, count_words(text) - 1, keeps_rest=True).rstrip(" ,;:–—-")
    rest = text[len(lead):].lstrip(" ,;:–—-") if lead and text.startswith(lead) and _quantity(lead) else ""
    if not rest:
        return {**point, "children": [*point["children"], *parts]}
    child = {**point, "text": rest[:1].upper() + rest[1:], "children": [], "at": None}
    return {**point, "text": lead, "children": [child, *point["children"], *parts]}
