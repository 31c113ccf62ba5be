"""Where a text may be cut between its clauses: the safe boundaries (never inside brackets, a link, a
code span or emphasis, nor between the items of a list: "the Army, Navy, and Space Force"), the items of a
list after a colon, a ``;`` list's parts, and a sentence that runs headlines together as its headlines.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import takewhile

from .headline import _CLAUSE, _listing, count_words
from .inline import whole_spans

LEAST_CLAUSE = 5  # words of a clause set apart at least
LIST_ITEM = 20  # words of an item of a ``;`` list at most
RUN_ON = 3  # words of a list's capitalised item that the items after it without a capital continue
# words that open a clause after a comma ("…, after receiving testimony", "…, focusing on"): a comma
# before another word may part the items of a list ("such as the bill, the phasing out of …")
_STARTERS = {"after", "before", "while", "which", "who", "whose", "where", "when", "but", "although", "though",
             "because", "since", "whereas", "yet", "so", "despite", "according", "unless", "until", "whereby",
             "mais", "car", "donc", "alors", "puis", "avant", "après", "pendant", "qui", "dont", "où", "lorsque",
             "tandis"}
_WORD_RUN = re.compile(r"\S+")  # a word as count_words counts it


def safe_bounds(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """The safe clause boundaries of ``text`` (separator start, end): not inside brackets, a link,
    a code span or emphasis, nor between the items of a list; those that start by ``until`` only
    (a text of thousands of clauses cut to a few words is read as far as those words)."""
    whole = whole_spans(text)
    return [m.span() for m in upto(_CLAUSE.finditer(text), until) if outside(text, m.start(), whole)
            and not (m.group().startswith(",") and _listing(text, m.start(), m.end()))]


def upto(matches: Iterator[re.Match], until: int | None) -> Iterator[re.Match]:
    """The ``matches`` that start by ``until`` (all of them for None)."""
    return matches if until is None else takewhile(lambda m: m.start() <= until, matches)


def word_start(text: str, index: int) -> int:
    """The offset of word ``index`` (from 0) of ``text``, else its length: a cut of ``text`` holds at most
    ``index`` words (count_words) when it ends there or before."""
    return next((m.start() for i, m in enumerate(_WORD_RUN.finditer(text)) if i == index), len(text))


def words_around(text: str) -> tuple[Callable[[int], int], Callable[[int], int]]:
    """How many words (count_words) ``text`` has before an offset and after one, read once: counting them
    anew at each of a long text's thousands of boundaries took seconds a point."""
    runs = [m.span() for m in _WORD_RUN.finditer(text)]
    starts, ends = [a for a, _ in runs], [b for _, b in runs]
    return (lambda at: bisect_left(starts, at)), (lambda at: len(ends) - bisect_right(ends, at))


def outside(text: str, at: int, whole: list[tuple[int, int]]) -> bool:
    """Whether ``at`` is outside brackets, emphasis (``**``, ``*``) and the ``whole`` spans of ``text``."""
    return (text.count("(", 0, at) <= text.count(")", 0, at) and text.count("[", 0, at) <= text.count("]", 0, at)
            and text.count("*", 0, at) % 2 == 0 and not any(a < at < b for a, b in whole))


def quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of ``text`` (review 19: cliff's chairman's quote was cut at its first
    sentence, its closing mark and its speaker lost): more opening marks than closing ones before it ("“" … "”",
    "«" … "»", German "„" … "“"), or an odd number of straight double quotes."""
    before = text[:at]
    german = "„" in text
    opened = before.count("„" if german else "“") + before.count("«")
    closed = before.count("“" if german else "”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


def quoted_whole(parts: list[str]) -> list[str]:
    """``parts`` (a text's sentences, in order) with those that a quotation runs across joined: a sentence ends
    inside a quotation only with it."""
    out: list[str] = []
    for part in parts:
        if out and quoted(out[-1], len(out[-1])):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def clause_pieces(text: str) -> list[str]:
    """``text`` cut at its safe clause boundaries, each piece with the separator that ends it."""
    starts = [0, *(end for _, end in safe_bounds(text))]
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)]) if text[a:b].strip()]


def opens_clause(text: str) -> bool:
    """Whether ``text`` (what follows a comma) opens a clause: a word of _STARTERS or a participle
    ("focusing on", "representing")."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return word.islower() and (word in _STARTERS or word.endswith("ing") and len(word) > 5)


def split_semicolons(text: str) -> list[str]:
    """``text`` cut at each "; " outside brackets, emphasis and links."""
    whole = whole_spans(text)
    cuts = [m.start() for m in re.finditer(r";\s", text) if outside(text, m.start(), whole)]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].lstrip("; ") for a, b in zip(bounds, bounds[1:])]


def list_items(text: str) -> list[str]:
    """The items of a list after a colon ("A, B, and C"), cut at each ", " outside brackets and links,
    when each has LIST_ITEM words at most; else none. Items after the first that open without a capital
    after one of RUN_ON words or more that opens with one are no items of a list but the rest of
    its sentence: they continue it ("We Chat is your ID, unlocks your doors, how you pay rent" is one
    item, never "unlocks your doors" alone; "Python, Go, and shell scripts" stays three)."""
    whole = whole_spans(text)
    bounds = [0, *(m.start() for m in re.finditer(r",\s", text) if outside(text, m.start(), whole)), len(text)]
    items = [re.sub(r"^(?:and|or|et|ou|und|oder|y|o)\s+", "", text[a:b].lstrip(", ").strip()) for a, b in zip(bounds, bounds[1:])]
    joined = items[:1]
    for n, item in enumerate(items[1:], start=1):
        if item[:1].islower() and len(joined) > 1 and joined[-1][:1].isupper() and count_words(joined[-1]) >= RUN_ON:
            joined[-1] += ", " + text[bounds[n]:bounds[n + 1]].lstrip(", ").strip()  # (its own words: "and" kept)
        else:
            joined.append(item)
    return joined if all(0 < count_words(i) <= LIST_ITEM for i in joined) else []


def headlines_run(text: str) -> list[str]:
    """A sentence that runs several headlines together ("Java 26 is out, GraalVM shines at Trivago,
    OpenJDK bans generated code") as its headlines: cut at each ", " (outside brackets and links)
    followed by a capital, when there are three parts or more, each of three words or more; else
    the sentence alone. The words are the sentence's; a full stop ends only the last part."""
    whole = whole_spans(text)
    cuts = [m.start() for m in re.finditer(r",\s+(?=[A-ZÀ-ÖØ-Þ])", text) if outside(text, m.start(), whole)]
    bounds = [0, *cuts, len(text)]
    parts = [text[a:b].lstrip(", ").strip() for a, b in zip(bounds, bounds[1:])]
    return parts if len(parts) >= 3 and all(count_words(p) >= 3 for p in parts) else [text]
