"""The bottom line of notes that are a chapter list whose titles state the points (review 18's finding 1).

A listicle's chapters are its content: syntax-tips' "Number 3 - Using tools to help you isn’t a bad thing." is the
episode's third tip, not the name of a part of it. Notes that give such chapters and a description of the episode
opened on the description alone (summary.opening: what the notes say of the recording), too thin for a slide
(cover_lead.py), and the deck had no bottom line at all: a title, a list of chapters and links. Where no topic has a
slide of its own (a chapter list) and what the deck opens on is that thin description, nothing, or chapters of its own
(summary.opening's, the weightiest), ``stated_chapters``
makes the bottom line of the chapters written as statements (bottom_line.statements: a title written as a sentence or
numbered as a list's item, with a verb: "People with extremely strong opinions" names a chapter), at least LEAST of
them, the COUNT that take longest (their time in the recording: a tip the description names is no more the point) in
the list's order, each one that fits the summary's words (bottom_items.briefed); the description stays the cover's
lead (the document's ``told``). Chapters that name parts (lex's "Role of philosophy in science") state nothing: the
deck keeps no bottom line, and its chapter list is titled by where the time goes (chapter_list.py).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .bottom_items import briefed
from .bottom_line import statements
from .chapter_list import bare, is_subject
from .chapter_times import chapter_names, plain_name
from .cover_lead import is_thin
from .fitted import fitted
from .key_words import keys
from .sentence_kinds import has_verb
from .template_names import template_filter, template_test
from .time_goes import moments
from .title_lists import titles_only_notes
from .words import fill

LEAST = 3  # chapters that state a point for them to be the bottom line (fewer: a bottom line of one or two is thin)
COUNT = 5  # statements a bottom line holds at most (summary.opening's)
BACKED = 2  # a chapter's own key words an item shares at least for the chapter to back it (one is a coincidence)


@template_filter("stated_chapters")
def stated_chapters(opened: Sequence[dict], topics: Sequence[dict], shown: Sequence[dict], words: dict,
                    most: int = 20, heading: str = "") -> Sequence[dict]:
    """What the deck opens on: ``opened`` (summary.opening's), or, where no topic of ``shown`` is a slide (a
    chapter list) and ``opened`` is thin, empty or chapters of its own, the chapters of ``topics`` that state points
    where LEAST or more do (see the module doc; of a list that is the recording's subject under the notes' title
    ``heading``, its items that take longest: ``_longest_items``), each at most ``most`` words."""
    fits = lru_cache(maxsize=None)(lambda text: briefed(fitted(text, most), most, words, text))
    if any(not t["aside"] for t in shown):
        topics = _outline_moments(topics, words)  # (a nested outline's sub-chapters; else none: the topics' slides state)
        if not topics or opened and not is_thin(opened, words):
            return opened  # (itself: the document tells a bottom line of chapters by that)
    timed = [{**t, "weight": t["span"]} for t in topics]  # (the longest first: their time, not the notes' naming)
    found = _longest_items(topics, heading, fits) or statements([], COUNT, timed, (), fits=fits,
                                                                verbal=lambda text: has_verb(text, words))
    if len(found) < LEAST:
        return opened
    if opened and not is_thin(opened, words):  # (a bottom line of the notes' statements, not of their chapters, stays)
        every = statements([], len(timed), timed, (), fits=fits, verbal=lambda text: has_verb(text, words))
        if not {p["text"] for p in opened} <= {p["text"] for p in every}:
            return opened
    return found


def _outline_moments(topics: Sequence[dict], words: dict) -> list[dict]:
    """The timed sub-chapters of a nested outline (notes of titles only, title_lists.titles_only_notes: "What happened
    this year?" over "Bluesky (14:02)"), each as a chapter of its own with the seconds to the next start
    (time_goes.moments): a bottom line of those written as statements ("Firefox usage will continue to slip.") says
    what the recording is about where its chapters, questions and headings, state nothing (review 21: syntax-year had
    none); [] for other notes."""
    if not titles_only_notes(list(topics), words):
        return []
    return [{"title": u["text"], "at": u["at"], "span": u["span"], "span_known": True, "aside": False, "index": n}
            for n, u in enumerate(moments(list(topics), chapter_names(list(topics)))) if not u.get("plain")]


def _longest_items(topics: Sequence[dict], heading: str, fits) -> list[dict]:
    """The COUNT items of a list that is the recording's subject (chapter_list.is_subject: a listicle's numbered
    tips) that take longest, each named as the list names it (without "Number 8 - "), in the list's order; [] where
    the list is no subject, or fewer than COUNT + 1 of its items have a time, or one of the longest does not ``fit``
    the bottom line. Each such item is one of what the recording is about, whether its title is written as a
    sentence or not: the bottom line of its longest statements only left out longer tips ("Asking questions is
    good", 4:16, for tips of 2:35), and its "the 5 that take longest" was false (review 21)."""
    kept = [t for t in topics if not t["aside"]]
    timed = [t for t in kept if t["at"] and t["span"] > 0]
    if not is_subject(kept, heading) or len(timed) <= COUNT:
        return []
    names = chapter_names(list(topics))
    chosen = sorted(sorted(timed, key=lambda t: (-t["span"], t["index"]))[:COUNT], key=lambda t: t["index"])
    items = [{"text": plain_name(t, names), "at": t["at"], "children": []} for t in chosen]
    return items if all(fits(p["text"]) for p in items) else []


@template_test("the_longest")
def the_longest(opened: Sequence[dict], topics: Sequence[dict]) -> bool:
    """Whether ``opened`` (stated_chapters') are the chapters of ``topics`` that take longest, as the kicker "The 5
    points discussed longest" says: none left out takes longer than one chosen. Chapters that state no point
    (syntax-tips' "People with extremely strong opinions", 5½ minutes, the longest) are not chosen, so the
    kicker would be false (review 20); the bottom line then has none."""
    at = {(p.get("at") or {}).get("seconds") for p in opened}
    timed = [t for t in topics if not t.get("aside") and t.get("at")]
    chosen = [t["span"] for t in timed if t["at"]["seconds"] in at]
    return bool(chosen) and max((t["span"] for t in timed if t["at"]["seconds"] not in at), default=0) <= min(chosen)


@template_filter("chapter_backed")
def chapter_backed(opened: Sequence[dict], topics: Sequence[dict], shown: Sequence[dict]) -> list[dict]:
    """``opened`` (the bottom line), where no topic of ``shown`` has a slide (a chapter list), each untimed item at
    the time of the chapter that backs it (review 20: guide's takeaways were backed by no slide): the one chapter
    whose own key words (of its title, in no other chapter's title: "Live streaming" names them all) the item shares
    most, BACKED or more, no other as many; each chapter backs one item at most. The time links the item to where
    the recording says it (the deck has no evidence slide of it); an item no chapter backs stays untimed."""
    if any(not t["aside"] for t in shown):
        return list(opened)
    chapters = {t["index"]: t for t in topics if not t["aside"] and t["at"]}
    stems = {i: keys(t["title"])[1] for i, t in chapters.items()}
    counted = Counter(s for found in stems.values() for s in found)
    own = {i: {s for s in found if counted[s] == 1} for i, found in stems.items()}
    used: set[int] = set()
    out = []
    for item in opened:
        words = keys(item["text"])[1]
        shared = sorted(((len(words & found), i) for i, found in own.items()), reverse=True)
        best, index = shared[0] if shared else (0, -1)
        if item.get("at") or best < BACKED or len(shared) > 1 and shared[1][0] == best or index in used:
            out.append(dict(item))
            continue
        used.add(index)
        out.append({**item, "at": chapters[index]["at"]})
    return out


@template_filter("rest_title")
def rest_title(items: Sequence[dict], words: dict, said: int) -> str:
    """The title of a chapter list's slide of the ``items`` its bottom line leaves (``said``: how many it states,
    chapter_list.chapter_list's), LEAST or more, each of known length: how short they are, the minute they all stay
    under ("The other 9, each under 3 minutes": ``chapters_rest_under``); its bottom line holds the longest, so this is
    where the deck says the rest are brief (review 21: "“People with extremely strong opinions” takes 6 of the 42
    minutes" titled a list that did not show that chapter, and "Each chapter opens at its time" says nothing); else ""."""
    spans = [t["span"] for t in items if not t["aside"]]
    if not said or len(spans) < LEAST or not all(t["span_known"] and t["span"] > 0 for t in items if not t["aside"]):
        return ""
    return fill(words["chapters_rest_under"], count=len(spans), minutes=max(spans) // 60 + 1)


@template_filter("outline_kicker")
def outline_kicker(opened: Sequence[dict], topics: Sequence[dict]) -> str:
    """The kicker of a bottom line of a nested outline's sub-chapters (``_outline_moments``) that all belong to one
    chapter of ``topics``: that chapter's name as the notes write it ("Our 2024 Predictions Reviewed"), so that the
    items read as what they are (predictions the recording reviews, not the briefing's findings: review 21); else ""."""
    at = [(p.get("at") or {}).get("seconds") for p in opened]
    parents = {t["index"] for t in topics for p in t["points"] if p["at"] and p["at"]["seconds"] in at}
    if len(parents) != 1 or None in at or not opened:
        return ""
    return plain_name(next(t for t in topics if t["index"] in parents), chapter_names(list(topics)))


@template_filter("unstated")
def unstated(points: Sequence[dict], opened: Sequence[dict]) -> list[dict]:
    """A topic's ``points`` but the timed sub-chapters the bottom line ``opened`` states (a nested outline's, at their
    moment: ``_outline_moments``), each said once, on the bottom line at its time (review 21: no slide repeats
    another); all of them where nothing else would be left."""
    said = {(p["at"]["seconds"], bare(p["text"])) for p in opened if p.get("at")}
    kept = [p for p in points if not (p.get("at") and (p["at"]["seconds"], bare(p["text"])) in said)]
    return kept if kept else list(points)


@template_filter("longest_first")
def longest_first(points: Sequence[dict], topics: Sequence[dict], limit: int, words: dict) -> list[dict]:
    """A topic's ``points`` for a deck's cut of ``limit`` (budgets.shown_points keeps the first of each rank, in the
    order given): where the notes are a nested outline (``_outline_moments``) and the cut must choose, its ``limit``
    longest timed sub-chapters first, in the recording's order, then the others in theirs, so that the cut keeps
    where the recording spends its time ("Bluesky", six minutes), not the first ("React", half a minute: review 21,
    syntax-year's executive saw "React", "Solid Start", "Tanstack Start"); else ``points`` as they are."""
    if not limit or len(points) <= limit or not all(p.get("at") for p in points):
        return list(points)
    spans = {m["at"]["seconds"]: m["span"] for m in _outline_moments(topics, words)}
    if not all(p["at"]["seconds"] in spans for p in points):
        return list(points)
    chosen = {id(p) for p in sorted(points, key=lambda p: -spans[p["at"]["seconds"]])[:limit]}
    return [p for p in points if id(p) in chosen] + [p for p in points if id(p) not in chosen]


@template_filter("in_time_order")
def in_time_order(kept: dict, points: Sequence[dict] | None = None, depth: int = 3) -> dict:
    """budgets.shown_points' ``kept`` with its points in the recording's order where every one has a time (the points
    a slide's room adds after ``longest_first``'s come after them: times that jump read as a mistake); the report's
    ``whole`` (where the deck's slide leaves some out) every one of the topic's ``points`` (to ``depth``) where given:
    those the bottom line states too (``unstated``: the report keeps each topic whole)."""
    from .budgets import trim_points  # (here: budgets imports modules that import this one)

    def ordered(listed: list) -> list:
        return sorted(listed, key=lambda p: p["at"]["seconds"]) if all(p.get("at") for p in listed) else listed
    whole = trim_points(list(points), 0, depth) if points is not None and kept["whole"] is not kept["points"] else None
    return {**kept, "points": ordered(kept["points"]), "whole": ordered(whole if whole is not None else kept["whole"])}
