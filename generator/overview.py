"""Which statements the bottom line takes, so that the deck says each once (issue #21, review 8's finding 3).

- A digest (three topics or more, each a single point and nothing else: a day's hearings) opens on
  what each entry did, its point in the notes' order (``digest_points``: never which topics exist,
  "The 4 topics are A, B…", which the titles say anyway), and those topics' slides leave the deck
  (``unsaid``, coverage.left_to_summary): each statement is said once, on the bottom line, with its time.
- A topic's only point (its slide has nothing else) is its slide's evidence: the bottom line leaves it
  to the slide (``sole_points``, given to summary.opening as ``claimed``).
- A sentence of the introduction or a takeaway labelled as an aside ("Bonus : …", the phrases of
  ``aside_labels``) is no finding; a headline of the introduction that names no topic with a slide
  teases what the deck does not show.
- A topic the notes' own summary names already (``named``) gives the bottom line no second item: not
  its first statement (bottom_line.statements), nor its weightiest figure where that summary gives it
  one (``figured``).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .compared import compared
from .headline import labelled
from .key_words import keys, phrases
from .weigh import has_quantity
from .words import WORD
from .template_names import template_filter, template_test

LEAST_TOPICS = 3  # topics a digest has at least


def _alone(topic: dict) -> bool:
    """Whether ``topic`` is a single point and nothing else (no sub-points, figures, charts, quotes or tables)."""
    return (len(topic["points"]) == 1 and not topic["points"][0]["children"]
            and not (topic["figures"] or topic["charts"] or topic["quotes"] or topic["tables"]))


@template_test("digest")
def is_digest(topics: Sequence[dict]) -> bool:
    """Whether the notes' ``topics`` make a digest: LEAST_TOPICS or more that are not asides and say
    something, each a single point and nothing else (not only those a deck shows)."""
    evidence = [t for t in topics if not t["aside"] and not t["empty"]]
    return len(evidence) >= LEAST_TOPICS and all(_alone(t) for t in evidence)


def digest_points(groups: Sequence[Sequence[dict]], count: int, fits: Callable[[str], object]) -> list[dict]:
    """A digest's bottom line: what each entry did or said, its only point (with its topic's time) — of
    the deck's slide ``groups`` in order (short topics share one), whole groups while ``count`` entries
    hold them, a group only where every entry's point ``fits`` (says something whole in the summary's
    words); in the notes' order. Those slides then leave the deck (``unsaid``): each entry is said once,
    and no slide is left saying some of them again. Entries that say the same words (``_said``) are one
    item, said once: the first's, the others' topics in its ``same``."""
    entries: list[dict] = []
    first: dict[str, dict] = {}  # (each statement said, as compared, to the entry that says it first)
    for group in groups:
        said = [t for t in group if not t["aside"]]
        new = {_said(t) for t in said} - first.keys()
        if len(first) + len(new) <= count and all(_alone(t) and fits(t["points"][0]["text"]) for t in said):
            entries += said
            first.update((key, t) for t in said if (key := _said(t)) not in first)
    kept = sorted(first.values(), key=lambda t: t["index"])
    same = {t["id"]: [o["id"] for o in entries if o is not t and first[_said(o)] is t] for t in kept}
    return [{"text": t["points"][0]["text"], "at": t["points"][0]["at"] or t["at"], "children": [], "topic": t["id"],
             "same": same[t["id"]]} for t in kept]


def _said(topic: dict) -> str:
    """What a digest entry's only point says, as compared (compared.py)."""
    return compared(topic["points"][0]["text"])


@template_filter("said_topics")
def said_topics(opened: Sequence[dict]) -> list[str]:
    """The ids of the topics whose only point the bottom line (``opened``) says: each digest entry's
    ``topic`` and those that say the same (``same``: ``digest_points``)."""
    return [tid for p in opened if p.get("topic") for tid in (p["topic"], *p.get("same", ()))]


@template_filter("unsaid")
def unsaid(groups: Sequence[Sequence[dict]], opened: Sequence[dict]) -> list[list[dict]]:
    """The deck's slide ``groups`` without the topics whose only point the bottom line (``opened``) says
    (``said_topics``); a group left empty goes."""
    said = set(said_topics(opened))
    return [kept for g in groups if (kept := [t for t in g if t["id"] not in said])]


def named(text: str, topics: Sequence[dict]) -> set[str]:
    """The ids of the ``topics`` that ``text`` names: those whose heading shares the most key words or
    numbers with it (key_words.keys), one at least."""
    said = set().union(*keys(text))
    shared = {t["id"]: len(said & set().union(*keys(t["title"]))) for t in topics}
    most = max(shared.values(), default=0)
    return {tid for tid, n in shared.items() if n and n == most}


@template_filter("sole_points")
def sole_points(groups: Sequence[Sequence[dict]]) -> list[str]:
    """The only point of each topic on a slide (``groups``: the deck's slide groups, short topics
    sharing one) that has nothing else: its slide's evidence, which the bottom line leaves to it."""
    return [t["points"][0]["text"] for g in groups for t in g if not t["aside"] and _alone(t)]


def figured(headline: dict | None, told: Sequence[str], topics: Sequence[dict]) -> bool:
    """Whether the notes' own summary (``told``) already gives the ``headline`` statement's topic (of
    ``topics``, the one whose points hold it) a figure: a sentence of it names that topic (``named``)
    and says a quantity ("GraalVM cartonne chez Trivago (43 à 12 réplicas !)"): the topic's weightiest
    figure is then no second item of it ("…vers 48 microservices…")."""
    if not headline:
        return False
    topic = next((t["id"] for t in topics if any(p["text"] == headline["text"] for p in t["points"])), None)
    return any(topic in named(s, topics) and has_quantity(s) for s in told)


def is_aside_label(text: str, words: dict) -> bool:
    """Whether ``text`` opens on a label that marks an aside ("Bonus : …": a phrase of ``aside_labels``)."""
    label, _ = labelled(text.strip())
    return bool(label) and " ".join(WORD.findall(label.casefold())) in phrases(words, "aside_labels")
