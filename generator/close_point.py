"""A close's common point (review 15's finding 2: decks that end without a point).

A close's lines share its point: each shares a whole key word with the first, or all of them with one item of
the bottom line (``related``). lescast's close held Trivago's migration advice and Oracle's policy process:
two topics' last words, no common point; such a close keeps the one statement that follows from the top
item of the bottom line (close.outlook gives them in the bottom line's order; a bottom line too thin for a slide
keeps them all: cover_lead.py, no speaker notes there would say the ones left out).
One statement that looks ahead is no close of one line, nor is it dropped (AMD's "The company is optimistic
about future growth, especially in Data Center AI…" ended its bottom line's speaker notes, and the deck ended
on two buyback bullets): it titles the close, whole in TITLE_WORDS words (a trailing detail clause dropped:
clauses.whole_statement), over the bottom line's items it follows from (``evidenced``): those that share a key
word with it first, then those with a number, then the others, in the bottom line's order: two (three where
three share one), never more than half of the bottom line (the close does not say the summary again: one of a
bottom line of two or three), each whole in LINE_WORDS words. Without any, the statement ends the bottom line
where it may (close.ends_bottom_line), else its speaker notes.
A close's line on the slide is whole in LINE_WORDS words where a detail clause may go (``shown``); the speaker
notes say it whole.
"""
from __future__ import annotations

from .clauses import whole_statement
from .headline import count_words
from .inline import plain
from .key_words import keys
from .weigh import has_quantity
from .template_names import template_filter, template_test

WHOLE = 100  # letters of a key word compared: all of them
TITLE_WORDS = 20  # words of a statement that titles the close, at most (two lines at title size)
LINE_WORDS = 18  # words of a close's line on the slide, at most, where a detail clause may go
EVIDENCE = 2  # bottom-line results under a lone statement (three where three share a key word with it)


def _named(text: str) -> set[str]:
    """The whole key words of ``text``, an elided article left off ("d'OpenJDK": "openjdk")."""
    return {w.split("'")[-1].split("’")[-1] for w in keys(text, WHOLE)[1]}


@template_test("close_related")
def related(ahead: list, opened: list) -> bool:
    """Whether the close's statements ``ahead`` share a point: each shares a whole key word with the first, or
    every one shares one with the same item of the bottom line ``opened`` (see the module doc)."""
    named = [_named(p["text"]) for p in ahead]
    return (all(named[0] & n for n in named[1:])
            or any(all(_named(item["text"]) & n for n in named) for item in opened))


def shown(text: str, most: int = LINE_WORDS) -> str:
    """``text`` whole in at most ``most`` words where a detail clause may go (clauses.whole_statement), else
    itself, its full stop kept."""
    kept = whole_statement(text, most) if count_words(plain(text)) > most else ""
    if not kept or not text.startswith(kept):  # (a trailing clause dropped, never a leading label: "Approche recommandée :")
        return text
    return kept + ("." if text.rstrip().endswith(".") and not kept.endswith((".", "!", "?", "…")) else "")


@template_filter("close_line")
def close_line(line: str | dict) -> str | dict:
    """The template filter ``close_line``: a close's line (a text, or a point) as the slide shows it (``shown``)."""
    return shown(line) if isinstance(line, str) else {**line, "text": shown(line["text"])}


@template_filter("close_evidenced")
def evidenced(statement: dict, opened: list) -> dict:
    """The close of one ``statement`` that looks ahead: its ``title`` (the statement whole in TITLE_WORDS words, else
    "": the close word titles it and the statement is its first point) and its ``points``, the bottom line's
    results it follows from (see the module doc); no points where the bottom line gives fewer than two."""
    named = _named(statement["text"])
    results = [p for p in opened if count_words(plain(shown(p["text"]))) <= LINE_WORDS]
    sharing = [p for p in results if named & _named(p["text"])]
    ranked = sorted(results, key=lambda p: (p not in sharing, not has_quantity(p["text"])))
    chosen = ranked[:min(len(opened) // 2, max(EVIDENCE, min(3, len(sharing))))]
    if not chosen:
        return {"title": "", "points": []}
    points = [{"text": shown(p["text"]).rstrip("."), "at": p.get("at"), "children": []} for p in chosen]  # (as items)
    title = shown(statement["text"], TITLE_WORDS)
    if count_words(plain(title)) > TITLE_WORDS:
        return {"title": "", "points": [{**statement, "text": shown(statement["text"]), "children": []}, *points]}
    return {"title": plain(title).rstrip(". "), "points": points}
