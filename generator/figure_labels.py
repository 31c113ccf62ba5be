"""Which key figures a deck can show as a big number, and what its label says.

A big number reads as its value and its label ("54%" / "Gross margin"); a label that is a clause
("Net income increased", "Achieving represents seven years of…") or a cut sentence reads as broken
English under it. A label shows when it is a phrase of at most MOST_WORDS words, not cut ("…"), with
no verb of ``clause_verbs`` (``generator/lang/<code>.yaml``: "is", "represents", "increased"); a
figure with another label is no key figure of the deck or the report where a point of its topic
says its value (that sentence stays a point); one no point says keeps its figure.

A label keeps the change the notes give with its value: where the sentence that says the value goes
on with a clause opened by a word of ``change_marks`` ("up", "compared to") that holds a number,
that clause follows the label ("Gross margin, up 40 basis points year-over-year"), with the short
clauses that restate a value around it, so the share and the period stay ("$867 million, or 21% of
revenue, compared to $288 million, or 12% a year ago": "Client and Gaming segment operating income, or
21% of revenue, compared to $288 million, or 12% a year ago"): a point then says nothing its figure
does not, and leaves the deck for it (figure_facts.Shown.says), so one measure shows in one place.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .headline import count_words, sentences
from .inline import plain
from .key_words import holds, phrases
from .quantities import said_quantities

MOST_WORDS = 8  # words of a figure's label at most
_RESTATED = 4  # words at most of a clause that restates a value around its change ("or 21% of revenue")
_MOST_CARRIED = 16  # words at most of the clauses a label carries
_CLAUSE_END = re.compile(r"[,;:]\s|\s[–—-]\s|\.(?:\s|$)")


def is_figure_label(label: str, words: dict) -> bool:
    """Whether ``label`` names what a big number counts (see the module doc); an empty label does."""
    label = label.strip()
    return (count_words(label) <= MOST_WORDS and not label.endswith(("…", "...", ":"))
            and not holds(label, phrases(words, "clause_verbs")))


@lru_cache(maxsize=1 << 12)
def _whole(value: str) -> re.Pattern:
    """``value`` as a whole (see mentions), compiled once for the values a deck's figures say (more than re's own
    cache holds in notes of thousands of figures, issue #24)."""
    return re.compile(r"(?<![\w.,])" + re.escape(value.strip()) + r"(?![\w]|[.,]\d)")


def mentions(text: str, value: str) -> bool:
    """Whether ``text`` says ``value`` as a whole ("200,000" in "xAI: 200,000 GPUs", not in "1,200,000")."""
    return _whole(value).search(text) is not None


def saying(value: str, texts: Iterable[str]) -> list[str]:
    """The sentences of ``texts`` (plain, one space between words) that say ``value`` as a whole, in order."""
    return [s for text in texts for s in sentences(" ".join(plain(text).split())) if value.strip() and mentions(s, value)]


def change_of(value: str, texts: Iterable[str], words: dict) -> str:
    """The change the first sentence of ``texts`` that says ``value`` gives right after it ("up 40
    basis points year-over-year"), with the short clauses that restate a value around it (the share:
    "or 21% of revenue, compared to $288 million, or 12% a year ago", so the period the sentence names
    after the share stays), or "" (see the module doc)."""
    marks = phrases(words, "change_marks")
    for sentence in saying(value, texts)[:1]:
        at = _whole(value).search(sentence)
        rest = sentence[at.end():] if at else ""
        kept: list[str] = []
        changed = False
        while opened := re.match(r",\s+", rest):
            rest = rest[opened.end():]
            end = _CLAUSE_END.search(rest)
            clause = rest[:end.start()] if end else rest.rstrip(".")
            opening = " ".join(clause.casefold().split()) + " "
            numbered = any(c.isdigit() for c in clause)
            change = numbered and any(opening.startswith(m + " ") for m in marks) and count_words(clause) <= MOST_WORDS
            if changed:  # (after the change: a clause that restates a kind of quantity said before it)
                restated = count_words(clause) <= MOST_WORDS and bool(_kinds(clause)) and _kinds(clause) <= _kinds(
                    ", ".join(kept))
            else:
                restated = numbered and count_words(clause) <= _RESTATED
            if not (change or restated) or (
                    changed and count_words(", ".join([*kept, clause])) > _MOST_CARRIED):
                break
            kept.append(clause)
            changed = changed or change
            if end is None or not rest[end.start():].startswith(","):
                break
            rest = rest[len(clause):]
        if changed:
            return ", ".join(kept)
    return ""


def _kinds(text: str) -> set[tuple[str, str]]:
    """The kinds (currency, unit) of the quantities ``text`` states: a clause after a change is carried
    only where it restates a kind said before it ("or 12% a year ago" after "or 21% of revenue")."""
    return {(cur, unit) for _, _, (cur, _, _, unit) in said_quantities(text)}


def with_change(label: str, value: str, texts: Iterable[str], words: dict) -> str:
    """``label`` followed by the change its value's sentence gives (see change_of), unless it says a number already."""
    change = change_of(value, texts, words)
    return f"{label}, {change}" if change and label and not any(c.isdigit() for c in label) else label


def with_periods(figures: list[dict], words: dict) -> list[dict]:
    """``figures`` (``value``, ``label``: of one measure), each label whose comparison with an earlier
    value names no period ("…, compared to $288 million") taking the one a sibling's names after its
    earlier value ("…, compared to $1 billion a year ago"), when the notes state it once for the group;
    the labels that name one, or hold that period already, stay as they are."""
    periods = [_period(f["label"], words) for f in figures]
    named = next((p for p in periods if p), "")
    if not named:
        return figures
    out = []
    for figure, period in zip(figures, periods):
        label = figure["label"]
        bare = _earlier(label, words)
        if bare is not None and not period and named.casefold() not in label.casefold():
            label = label[:bare] + " " + named + label[bare:]
        out.append({**figure, "label": label} if label != figure["label"] else figure)
    return out


def _earlier(label: str, words: dict) -> int | None:
    """Where the clause of ``label`` that compares with an earlier value (``earlier_marks``: "compared
    to $288 million") ends, when it ends on that value, else None."""
    for start, clause in compared(label, words)[:1]:
        found = said_quantities(clause)
        return start + len(clause.rstrip()) if found and not clause[found[0][1]:].strip() else None
    return None


def _period(label: str, words: dict) -> str:
    """The words after the earlier value in ``label``'s comparison ("a year ago" in "compared to $1
    billion a year ago"), or ""."""
    for _, clause in compared(label, words)[:1]:
        found = said_quantities(clause)
        return " ".join(clause[found[0][1]:].split()) if found else ""
    return ""


def compared(label: str, words: dict) -> list[tuple[int, str]]:
    """The clauses after the first of ``label`` (where each starts, and its text) that compare with an
    earlier value: those opened by a word of ``earlier_marks`` ("compared to $1 billion a year ago")."""
    marks = phrases(words, "earlier_marks")
    out = []
    for found in list(re.finditer(r"(?<=,\s)[^,]*(?:,(?!\s)[^,]*)*", label)):
        opening = " ".join(found.group().casefold().split()) + " "
        if any(opening.startswith(m + " ") for m in marks):
            out.append((found.start(), found.group()))
    return out
