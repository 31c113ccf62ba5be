"""What a deck opens on: a summary of distinct statements, in the notes' own words.

Not every sentence of the notes states a finding. Left out of the summary, told by phrases of the
content's language (words of ``generator/lang/<code>.yaml``, comma-separated, matched as whole
words, case-folded):

- a guest's biography (``bio_phrases``: "is a professor", "research interests");
- a description of the episode (``description_phrases``: "this conversation", "in this episode",
  "the hosts", "look back at");
- a prediction: a point of a topic whose heading names the future (``prediction_titles``:
  "predictions", "outlook") — the heading labels it, the summary would state it as a finding;
- of the notes' own statements (not the takeaways), one that prints an address (it says where to
  go, not what holds; a linked word is fine);
- a statement said already: one that shares a number (not a year) with an earlier one, or half of
  its key words, two at least (words of five letters or more, compared on their first five letters).

A closing section is a topic whose heading holds a phrase of ``closing_titles`` ("conclusion",
"what to watch"): the deck ends on it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .bottom_line import ADDRESS, statements
from .clauses import headlines_run, whole_statement
from .inline import plain

STEM = 5  # letters two key words share to count as one ("evolution", "evolved" do not; "platform"s do)
_WORD = re.compile(r"[^\W_][\w'’-]*")
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")


def phrases(words: dict, key: str) -> list[str]:
    """The phrases of the word ``key`` (comma-separated), case-folded, each as its words."""
    return [" ".join(_WORD.findall(p.casefold())) for p in re.split(r"[,،、，]", words.get(key, "")) if p.strip()]


def holds(text: str, found: list[str]) -> bool:
    """Whether ``text`` holds one of the phrases ``found`` as whole words (anywhere in scripts without spaces)."""
    spaced = " " + " ".join(_WORD.findall(plain(text).casefold())) + " "
    return any(f" {p} " in spaced or (p and min(p) >= "\u2e80" and p in text) for p in found)


def is_aside_sentence(text: str, words: dict) -> bool:
    """Whether ``text`` is a biography or a description of the episode, not a statement of the content."""
    return holds(text, phrases(words, "bio_phrases") + phrases(words, "description_phrases")) or is_commentary(text, words)


def is_outlook(text: str, words: dict) -> bool:
    """Whether ``text`` looks ahead: it holds a phrase of ``outlook_phrases`` ("optimistic", "plans to")."""
    return holds(text, phrases(words, "outlook_phrases"))


def is_commentary(text: str, words: dict) -> bool:
    """Whether ``text`` comments on the source or defines a term instead of stating a finding
    (``commentary_phrases``: "a good article", "the host expresses", "is the language of")."""
    return holds(text, phrases(words, "commentary_phrases"))


def is_prediction_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names predictions or the future: its points are predictions."""
    return holds(title, phrases(words, "prediction_titles"))


def is_closing_topic(title: str, words: dict) -> bool:
    """Whether a topic's heading names a closing section (a conclusion, implications, what to watch)."""
    return holds(title, phrases(words, "closing_titles"))


def closing_topics(topics: list, words: dict) -> list:
    """The closing sections of ``topics``: those with points whose heading names a close (not an aside)."""
    return [t for t in topics if t["points"] and not t["aside"] and is_closing_topic(t["title"], words)]


def keys(text: str) -> tuple[set[str], set[str]]:
    """The numbers (no years) and the key words' stems of ``text``."""
    text = plain(text)
    numbers = {n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(text)}
    return ({n for n in numbers if n and not _YEAR.fullmatch(n)},
            {w.casefold()[:STEM] for w in _WORD.findall(text) if len(w) >= STEM and not w[0].isdigit()})


def same(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` say the same: a number in common, or two thirds of the key words of the
    shorter (two at least)."""
    (na, wa), (nb, wb) = keys(a), keys(b)
    if na & nb:
        return True
    shared = len(wa & wb)
    return shared >= 2 and shared * 3 >= 2 * min(len(wa), len(wb))


def supports(title: str, heading: str, body: list[str]) -> bool:
    """Whether a slide's ``heading`` and ``body`` (the texts left on it) support ``title``: they share a
    number with it (no year) or two key words (see keys)."""
    numbers, stems = keys(title)
    have = keys(" ".join([heading, *body]))
    return bool(numbers & have[0]) or len(stems & have[1]) >= 2


def distinct(points: list, words: dict, addresses: bool = True) -> list:
    """``points`` without biographies, descriptions of the episode, statements said already and, unless
    ``addresses``, statements that print an address ("rate us at example.com")."""
    out: list = []
    for p in points:
        if (not is_aside_sentence(p["text"], words) and (addresses or not ADDRESS.search(plain(p["text"])))
                and not any(same(p["text"], q["text"]) for q in out)):
            out.append(p)
    return out


def opening(takeaways: list, shown: list, topics: Sequence, introduction: Sequence, words: dict,
            most: int = 20, count: int = 5) -> list:
    """The summary a deck opens on: up to ``count`` distinct statements (see the module doc) from the
    takeaways, else from the notes' own statements (bottom_line.statements: the weightiest topics'
    messages or first points, the introduction, the chapters written as statements where no topic
    has points), predictions and closing sections left out (and forward-looking takeaways, where three
    others remain: they are the close); each one says something whole in ``most``
    words (clauses.whole_statement: never an item cut with "…"; one that cannot be is left out).
    The introduction's sentences come first when they name what the topics discuss (two key words
    in common), a sentence that runs headlines together as its headlines (clauses.headlines_run).
    Empty when the notes state nothing (a bare chapter list)."""
    if takeaways:
        told = [t for t in distinct(takeaways, words, addresses=True) if whole_statement(t["text"], most)]
        present = [t for t in told if not is_outlook(t["text"], words)]
        told = present if len(present) >= 3 else told  # (what lies ahead is the close: see close.py)
        if len(told) >= 3 or not shown:
            return told[:count]
    taken = present if takeaways else []  # (fewer than three takeaways fit: the notes' statements follow them)
    evidence = [t for t in shown if not is_prediction_topic(t["title"], words) and not is_closing_topic(t["title"], words)]
    about = set().union(*(keys(t["title"] + " " + " ".join(p["text"] for p in t["points"]))[1] for t in topics))
    told = [part for s in introduction if not is_aside_sentence(s, words) and len(keys(s)[1] & about) >= 2
            for part in headlines_run(s)]
    chapters = () if any(not t["aside"] for t in shown) else topics  # (headings are statements in a chapter list only)
    kept: list = []
    for least in range(3, 3 * count + 1):  # (three at least where the notes have them, after those said twice go)
        found = statements(evidence, count, chapters, told, least, fits=lambda text: whole_statement(text, most))
        kept = distinct([*taken, *found], words, addresses=False)[:count]
        if len(kept) >= 3 or len(found) < least:
            break
    return kept or distinct(takeaways, words, addresses=True)[:count]  # (the author's own, whole, rather than none)
