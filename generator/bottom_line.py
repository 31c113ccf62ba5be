"""The bottom line of notes without takeaways: statements in the notes' own words.

A statement says something: five words or more (words with a letter or digit in them, markup as
drawn), not a list's opening line ("Storage on 1 March:"), and for ``Label: text`` the text (or a
label of four words or more) — "React.", "React Miami." or "Scott: Glasses." are not statements.
They come, in order, from the sentences of the introduction that name no address (the notes' own
summary of the whole; a headline of it of three words is one, "Java 26 est là"), then the weightiest
topics (asides never: see asides.py) that summary names none of: each one's message, else its first
point that is a statement (no question, no item of an outline: asked.py); with fewer than three, the next statements of those
topics (the topics' slides show their other points), up to three. A chapter list (no topic with points) gives the
introduction's sentences (what the notes say of the recording), then its titles written as statements,
of the chapters that take longest that have a verb, in the list's order ("Number 3 - Using tools is not a bad thing."
says "Using tools is not a bad thing.").
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Iterable, Sequence

from .asked import asks, told_points
from .headline import count_words, labelled, sentences
from .inline import plain
from .overview import named
from .word_count import count_tokens

LEAST_WORDS = 5  # words a statement has at least
HEADLINE_WORDS = 3  # words a headline of the notes' own summary has at least ("Java 26 est là")
# a sentence that sends the reader somewhere ("rate us on…", "show notes at example.com") is no statement
ADDRESS = re.compile(r"https?://|www\.|\]\(|\w\.(?:com|org|net|io|fm|ai|co|tv|dev|app)\b", re.IGNORECASE)
_STATED = re.compile(r"[.!。！][\"”’')]*$")
_QUANTITY_FIRST = re.compile(r"\s*[$€£¥]?\d")  # (a point that opens on a number or an amount)
NUMBERED = re.compile(r"^\s*(?:([^\W\d_]+)\s+)?#?(\d+)(?:[.):]|\s+[-–—:])\s+")  # "Number 3 - ", "Tip 3: ", "3. "


def said_count(text: str) -> int:
    """Words that say something: with a letter or digit, of which three have a letter ("Sat, 23 Oct 2021
    03:10" is a date, not five words said)."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return count_tokens(words) if count_tokens(w for w in words if any(c.isalpha() for c in w)) >= 3 else 0


@lru_cache(maxsize=65536)
def is_statement(text: str) -> bool:
    """Whether ``text`` says something (see the module doc); remembered per text (the summary's passes
    ask again of every point)."""
    text = plain(text).strip()
    if not text or text.endswith(":") or asks(text):
        return False  # (a list's opening line; a question or an outline's item: asked.py)
    label, rest = labelled(text)
    return said_count(rest if label and count_words(label) < 4 else text) >= LEAST_WORDS


def _chapter_statement(title: str) -> str:
    """A chapter's title as a statement without its numbering ("Number 3 - "), or "" if it is none: a
    title is a statement when it is written as one, ending on a full stop or "!", or is a numbered item
    of a list ("Number 7 - Doing is better than reading": the importer drops the full stop a list ends
    every line with) — "Bus rapid transit versus light rail" names a chapter."""
    title = plain(title).strip()
    text = NUMBERED.sub("", title, count=1)
    return text if is_statement(text) and (_STATED.search(text) or text != title) else ""


def statements(shown: list, count: int = 5, topics: Sequence = (), introduction: Sequence = (), least: int = 3,
               fits: Callable[[str], object] = bool, verbal: Callable[[str], bool] = bool) -> list:
    """The bottom line's points (``text``, ``at``, ``children``) from the ``shown`` topics, else the
    chapters of ``topics``, else the ``introduction``'s sentences (see the module doc), filled up
    to ``least`` points where the topics give fewer; only statements that ``fits`` accepts (one that
    says something whole in the summary's words: clauses.whole_statement); a chapter's title only where
    ``verbal`` finds its verb (sentence_kinds.has_verb: a heading is often a name, "People with extremely strong
    opinions", even when numbered as a list's item); a topic's point that is a figure's shorthand ("$1.3 billion in
    share repurchases for the first three quarters of 2025.": ``shorthand``) only after every other (review 12,
    finding 4), and one that says a key figure's value last (``_figured``)."""
    ranked = sorted((t for t in shown if not t["aside"]), key=lambda t: (-t["weight"], t["index"]))
    out: list[dict] = []
    told = [{"text": s, "at": None, "children": []} for s in introduction if not ADDRESS.search(s) and fits(s)]
    covered = _covered(told, ranked)
    firsts = []
    for t in ranked:
        if len(out) >= count:
            break
        stated = [(leading(p["text"], fits), p["at"] or t["at"]) for p in told_points(t["points"]) if is_statement(p["text"])]
        first, at = next((said for said in ([(t["message"], t["at"])] if t["message"] else stated) if fits(said[0])),
                         ("", None))
        if first and len(out) < count:  # (a point at its own moment: one a transcript placed links there)
            out.append({"text": first, "at": at, "children": []})
            if t["id"] not in covered and (t["message"] or not shorthand(first, verbal)):  # (it waits: see ``more``)
                firsts.append(out[-1])
    points = [({"text": leading(p["text"], fits), "at": p["at"] or t["at"], "children": []}, _figured(p["text"], t))
              for t in ranked for p in told_points(t["points"])]  # (no item of an outline: asked.py)
    more = (p for verb, figure in ((True, False), (False, False), (True, True), (False, True))  # (read up to the ``least``
            for p, shown in points if shown == figure  # it fills: those with a verb first, a key figure's last)
            if is_statement(p["text"]) and shorthand(p["text"], verbal) != verb and fits(p["text"]))
    chapters = [{"text": text, "at": t["at"], "children": [], "index": t["index"]}
                for t in sorted((t for t in topics if not t["aside"]), key=lambda t: (-t["weight"], t["index"]))
                if (text := _chapter_statement(t["title"])) and fits(text) and verbal(text)]
    said = {p["text"] for p in out}
    if out:  # the introduction says what the whole is about, first; the evidence slides show the topics' next points
        out, said = [], set()
        _add(out, said, told, count, HEADLINE_WORDS)
        _add(out, said, firsts, count)
        _add(out, said, more, least)
    else:  # a chapter list: what the notes say of the recording, then the weightiest chapters in the list's order
        _add(out, said, told, count)
        listed: list[dict] = []
        _add(listed, said, chapters, count - len(out))
        out += sorted(listed, key=lambda p: p["index"])
    return [{key: value for key, value in p.items() if key != "index"} for p in out]


def leading(text: str, fits: Callable[[str], object]) -> str:
    """``text`` (a point) where it ``fits``, else its first sentence where that is a statement that fits ("We must
    address learning loss." of a point of four sentences: chosen whole, not cut, as bottom_items.sentenced chooses a
    takeaway's); else ``text``."""
    if fits(text):
        return text
    first = (sentences(" ".join(text.split())) or [text])[0]
    return first if first != text and is_statement(first) and fits(first) else text


def shorthand(text: str, verbal: Callable[[str], bool]) -> bool:
    """Whether a point is a figure's shorthand: it opens on a number or an amount and ``verbal`` finds no verb
    ("$1.3 billion in share repurchases for the first three quarters of 2025.")."""
    return bool(_QUANTITY_FIRST.match(plain(text))) and not verbal(text)


def _figured(text: str, topic: dict) -> bool:
    """Whether ``text`` says a value of one of ``topic``'s key figures ("Gross margin was 54%…" of the 54%): its figure
    slide shows it, which the bottom line saying it would leave out of the deck (figures once)."""
    return any(f["value"] in plain(text) for f in topic.get("figures", ()))


def _covered(told: list, ranked: list) -> set[str]:
    """The ids of the topics the notes' own summary (``told``) names already (overview.named): each gives
    the bottom line no first statement of its own (its slide shows it)."""
    return set().union(*(named(p["text"], ranked) for p in told))


def _add(out: list, said: set, points: Iterable, most: int, least: int = LEAST_WORDS) -> None:
    """Each of ``points`` that is a statement not said yet (of ``least`` words: the notes' own summary's
    headlines, "Java 26 est là", are statements of three), while ``out`` has fewer than ``most``."""
    for p in points:
        if len(out) >= most:
            return
        if p["text"] not in said and (is_statement(p["text"]) or said_count(plain(p["text"])) >= least):
            out.append(p)
            said.add(p["text"])
