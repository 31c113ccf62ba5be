"""Which key figures a deck can show as a big number, and what its label says.

A big number reads as its value and its label ("54%" / "Gross margin"); a label that is a clause
("Net income increased", "Achieving represents seven years of…") or a cut sentence reads as broken
English under it. A label shows when it is a phrase of at most MOST_WORDS words, not cut ("…"), with
no verb of ``clause_verbs`` (``generator/lang/<code>.yaml``: "is", "represents", "increased"); a
figure with another label is no key figure of the deck or the report where a point of its topic
says its value (that sentence stays a point); one no point says keeps its figure.

A label keeps the change the notes give with its value: where the sentence that says the value goes
on with a clause opened by a word of ``change_marks`` ("up", "compared to") that holds a number,
that clause follows the label ("Gross margin, up 40 basis points year-over-year"), also after short
clauses that restate the value ("$867 million, or 21% of revenue, compared to $288 million": "Client and
Gaming segment operating income, compared to $288 million").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .headline import sentences
from .inline import plain
from .key_words import holds, phrases

MOST_WORDS = 8  # words of a figure's label at most
_RESTATED = 4  # words at most of a clause that restates the value before its change ("or 21% of revenue")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—-]\s|\.(?:\s|$)")


def is_figure_label(label: str, words: dict) -> bool:
    """Whether ``label`` names what a big number counts (see the module doc); an empty label does."""
    label = label.strip()
    return (len(label.split()) <= MOST_WORDS and not label.endswith(("…", "...", ":"))
            and not holds(label, phrases(words, "clause_verbs")))


def mentions(text: str, value: str) -> bool:
    """Whether ``text`` says ``value`` as a whole ("200,000" in "xAI: 200,000 GPUs", not in "1,200,000")."""
    return re.search(r"(?<![\w.,])" + re.escape(value.strip()) + r"(?![\w]|[.,]\d)", text) is not None


def saying(value: str, texts: Iterable[str]) -> list[str]:
    """The sentences of ``texts`` (plain, one space between words) that say ``value`` as a whole, in order."""
    return [s for text in texts for s in sentences(" ".join(plain(text).split())) if value.strip() and mentions(s, value)]


def change_of(value: str, texts: Iterable[str], words: dict) -> str:
    """The change the first sentence of ``texts`` that says ``value`` gives right after it ("up 40
    basis points year-over-year"), or "" (see the module doc)."""
    marks = phrases(words, "change_marks")
    for sentence in saying(value, texts)[:1]:
        at = re.search(r"(?<![\w.,])" + re.escape(value.strip()) + r"(?![\w]|[.,]\d)", sentence)
        rest = sentence[at.end():] if at else ""
        while opened := re.match(r",\s+", rest):
            rest = rest[opened.end():]
            end = _CLAUSE_END.search(rest)
            clause = rest[:end.start()] if end else rest.rstrip(".")
            opening = " ".join(clause.casefold().split()) + " "
            if any(c.isdigit() for c in clause) and any(opening.startswith(m + " ") for m in marks) and len(
                    clause.split()) <= MOST_WORDS:
                return clause
            if not (any(c.isdigit() for c in clause) and len(clause.split()) <= _RESTATED):
                return ""
            rest = rest[len(clause):]
    return ""


def with_change(label: str, value: str, texts: Iterable[str], words: dict) -> str:
    """``label`` followed by the change its value's sentence gives (see change_of), unless it says a number already."""
    change = change_of(value, texts, words)
    return f"{label}, {change}" if change and label and not any(c.isdigit() for c in label) else label
