"""What the evidence slides of one audience's deck show, read before the deck is made (review 14, finding 1).

The bottom line is chosen before its deck's slides are written, and an item must be backed by the body of a
slide of that deck (consequence.backed; review 16, finding 1): what it shows under its title — its points, key
figures, charts and quotes. A title alone backs nothing: a statement that only a slide's title says ("The US is
spending 52 billion…" over points on unicorns and wars) is shown with no evidence. ``deck_texts`` approximates the
bodies of the slides of the ``shown`` topics: each topic's points without the one its title takes
(titles.strongest as slides/topic.yaml.j2 calls it, before the bottom line is known), those its slide keeps
(budgets.trim_points), its key figures, charts and quotes; never its heading, message or summary. ``candidates``
are the statements of the kept points that may stand on the bottom line, and each topic's message, its slide's
title, which may stand there where the rest of its slide backs it (``messages``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from .answers import asks_question
from .bottom_line import is_statement, shorthand
from .budgets import trim_points
from .connectives import standing
from .contrast_titles import pairs
from .deck_twin import LEAST_LINES
from .headline import count_words, sentences
from .inline import plain
from .key_words import holds, phrases
from .memo import remembered
from .said_same import supports
from .sentence_kinds import has_verb, is_aside_sentence
from .title_backing import backed
from .title_voice import answered
from .titles import strongest
from .weigh import has_quantity

_CLAUSE = re.compile(r",\s+")  # (where a clause after the statement's result opens)
TITLED = "titled"  # (the key that marks a slide's title offered to the bottom line)
KEPT = "kept"  # (the key that marks a statement its slide keeps though the bottom line says it)
NESTED = "nested"  # (the key that marks a sub-point's decision or risk)
SHORTEST = 3  # words a statement that says a quantity may have (a subject, its verb, its number)


def _point_texts(points: Sequence[dict]) -> list[str]:
    """The texts of ``points`` and of their sub-points, in order."""
    return [t for p in points for t in [p["text"], *_point_texts(p.get("children", ()))]]


def kept_points(topic: dict, most: int, words: dict) -> list[dict]:
    """The points of ``topic`` its deck slide keeps at most (``most`` points, 0: all; see the module doc)."""
    return trim_points(topic["points"], most, 3, topic.get("figures", ()), words)


def deck_texts(shown: Sequence[dict], most: int, words: dict) -> list[tuple[str, str]]:
    """The title and what the body shows of the slide of each of the ``shown`` topics (see the module doc), one pair
    a topic, as drawn (inline.plain); each made once a render for the same topic (memo.py: the summary, its
    weighing and the slides' order ask it of the same topics)."""
    return [remembered((t, words), ("deck_text", most, repr(t)), partial(_deck_text, t, most, words)) for t in shown]


def _deck_text(t: dict, most: int, words: dict) -> tuple[str, str]:
    """The title and what the body shows of the slide of topic ``t`` (see deck_texts)."""
    slide = strongest(t, words)
    said = _point_texts(kept_points({**t, "points": slide["points"]}, most, words))
    said += [f"{f['value']} {f.get('label', '')}" for f in t.get("figures", ())]
    said += [c.get("message") or c.get("caption") or c.get("title") or "" for c in t.get("charts", ())]
    said += [q["text"] for q in t.get("quotes", ())]
    return plain(slide["title"]), plain(" \n ".join(s for s in said if s))


def candidates(shown: Sequence[dict], most: int, words: dict, fits: Callable[[str], str]) -> list[dict]:
    """The statements of the ``shown`` topics' kept points (``kept_points``) that ``fits`` lets stand on the
    bottom line: whole statements with a verb (of SHORTEST words where they say a quantity: "Net income increased
    31%."), no aside; where the slides keep every point (``most`` 0), none that says a key figure of its topic (its
    grid shows it: said on the bottom line, the figure would leave the grid, said_once). Where they keep ``most``,
    a point that says a key figure ranks last (weigh.outranked): one kept is shown as a point, not in a grid. A point of
    several sentences offers a later one that opens on a connective (``_said``). Under a heading that asks, a reply is
    what it states after its reply word ("多, 至少 2000 人…"), or none where it needs its question (title_voice.answered:
    "并没有扔哪里去…"). Each is marked KEPT where its slide
    keeps it though the bottom line says it (a body of LEAST_LINES lines or fewer: bottom_said.without_said leaves a
    slide its evidence), so that a statement that weighs nothing may make three there and stay backed."""
    out: list[dict] = []
    for t in shown:
        if t.get("aside"):
            continue
        kept = len(_point_texts(kept_points({**t, "points": strongest(t, words)["points"]}, most, words))) <= LEAST_LINES
        values = [] if most else [f["value"] for f in t.get("figures", ())]
        asked = asks_question(t["title"], words)
        for p, said in _said(kept_points(t, most, words), words):
            text = answered(said, words) if asked else said  # (a reply by what it states: title_voice.answered)
            if not text or any(v in plain(text) for v in values):
                continue
            stated = is_statement(text) or (has_quantity(plain(text)) and count_words(plain(text)) >= SHORTEST)
            if stated and has_verb(text, words) and fits(text) and not is_aside_sentence(text, words):
                out.append({"text": text, "at": p.get("at") or t.get("at"), "children": [], KEPT: kept})
        out += [{"text": c["text"], "at": c.get("at") or p.get("at") or t.get("at"), "children": [], KEPT: kept, NESTED: True}
                for p in kept_points(t, most, words) for c in p.get("children", ())
                if is_statement(c["text"]) and rules(c["text"], words) and fits(c["text"])
                and not is_aside_sentence(c["text"], words) and not any(v in plain(c["text"]) for v in values)]
    return out


def rules(text: str, words: dict) -> bool:
    """Whether ``text`` states a decision or a risk (a phrase of ``decision_phrases`` or ``consequence_phrases``: "H100
    banned from export to China"): a sub-point that says one is a statement of its own for the audience that weighs
    decisions and risks first (consequence.PRIORITIES: policy; review 16, finding 1.6), its participle its verb."""
    return holds(text, phrases(words, "decision_phrases") + phrases(words, "consequence_phrases"))


def _said(points: Sequence[dict], words: dict) -> list[tuple[dict, str]]:
    """Each of ``points`` with its text, then with each later sentence of it that opens on a connective and stands
    alone without it (connectives.standing: "Besides, …"): a second fact of the point, which may weigh more than the
    first sentence the bottom line would show of it — never one that pairs with the sentence before as a contrast
    (contrast_titles.pairs: "Meanwhile, Apple is investing over 200 billion into China" after "The US is spending 52
    billion…" is half of one claim, which the bottom line shows whole: bottom_items.whole_pair; review 18, finding 2);
    and its result without the reason it ends on (``result``)."""
    out = []
    for p in points:
        later = [{"text": s, "children": []} for s in sentences(p["text"])[1:]
                 if not pairs(s)] if p["text"] == plain(p["text"]) else []  # (a contrast's half: with its first only)
        out += [(p, p["text"]), *((p, s["text"]) for s in standing(later, words) if s["text"] not in [q["text"] for q in later])]
        out += [(p, lead) for lead in [result(p["text"], words)] if lead]
    return out


def result(text: str, words: dict) -> str:
    """The result a one-sentence ``text`` states before the reason it ends on, a clause after a comma that opens on a
    ``cause_phrases`` phrase ("Data Center segment revenue increased 22% year-over-year to a record $4.3 billion" of
    "…, driven by Instinct series GPUs and server share gains."), where it is a statement with a verb; else "". The
    slide keeps the whole point (kept_figures.needed: its number is on it alone), so the reason stays with its
    evidence while the bottom line says the result (review 16, finding 1: its amount, in the executive's words)."""
    said = " ".join(plain(text).split())
    if len(sentences(said)) != 1:
        return ""
    found = _CLAUSE.search(said)
    while found:
        lead, rest = said[:found.start()], said[found.end():].casefold()
        if any(rest.startswith(c + " ") for c in phrases(words, "cause_phrases")):
            return lead if is_statement(lead) and has_verb(lead, words) else ""
        found = _CLAUSE.search(said, found.end())
    return ""


def titled(shown: Sequence[dict], most: int, words: dict, fits: Callable[[str], str]) -> list[dict]:
    """The titles of the ``shown`` topics' slides (titles.strongest: a statement over its heading, the kicker: the
    topic's message, else its strongest statement) that ``fits`` lets stand on the bottom line and the rest of the
    slide supports (its points, figures, charts and quotes share a number or two key words with it:
    said_same.supports): a main topic's message may be a bottom-line item where its slide's body
    backs it ("TSMC dominates advanced chip manufacturing…" over "Dominates advanced semiconductor manufacturing",
    "Difficult to replicate its capabilities elsewhere"; review 16, finding 1), never one over points that say
    nothing of it, nor a figure's shorthand ("$1.3 billion in share repurchases…": bottom_line.shorthand). Each is
    marked with its topic's id (TITLED)."""
    out: list[dict] = []
    for t, (title, body) in zip(shown, deck_texts(shown, most, words)):
        if (not t.get("aside") and strongest(t, words)["kicker"] and is_statement(title)
                and not shorthand(title, lambda text: has_verb(text, words))
                and fits(title) and (supports(title, "", [body]) or backed(title, [body]))  # (CJK: title_backing)
                and not is_aside_sentence(title, words)):
            out.append({"text": title, "at": t.get("at"), "children": [], TITLED: t["id"]})
    return out


def topic_finder(shown: Sequence[dict]) -> Callable[[str], str]:
    """A function that names the topic of ``shown`` whose heading, message or points hold a text ("" for none)."""
    where = {s: t["id"] for t in shown for s in [t.get("message") or "", *_point_texts(t["points"])] if s}
    return lambda text: where.get(text, "")
