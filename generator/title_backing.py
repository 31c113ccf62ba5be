"""A title the lines under it back (issue #21, review 16 finding 4).

An action title states the slide's point and the body under it is its evidence: a title over lines that
say nothing of it misleads ("The US is spending 52 billion on semiconductors…; meanwhile, Apple is investing
over 200 billion into China" over mattress unicorns, wars and a quote; "Revenue grew 36% year-over-year to
$9.2 billion" over margin, income and earnings per share). A body backs a title (``backed``) where it says
one of the title's numbers (no year), or two of its key words (key_words.keys: five letters or more, on
their first five; acronyms, "JEPs" as "JEP"), among them one said before the title's first number where it
says one (of a title that opens on its number, one of its first three): a quantity is backed by that
quantity or by lines on its subject ("Revenue grew 36%…"), not by a "billion" said of something else; a
count by two lines or more that name what it counts ("10 JEPs" over "JEP 500 : …", "JEP 504 : …"). Titles
in a script written without spaces compare their runs of two characters instead of words.

A point taken whole as its slide's title (titles.strongest) stays on the slide, first, where what else
stays there does not back it (``evidenced``): the statement is then its own evidence, and the slide says
it at body size with the figures it states, rather than a title over lines that back nothing (what the
slide shows: a slide that must choose among its points shows its budget's weightiest).
"""
from __future__ import annotations

import re

from .inline import plain
from .key_words import keys, stems
from .weigh import TITLE_REST, outranked
from .word_count import SPACELESS

LEAST_WORDS = 2  # key words a title shares with its body at least, where they share no number
SUBJECT = 3  # key words that say what a title that opens on its number is about ("$1.3 billion in share repurchases")
_UNSPACED = re.compile(f"{SPACELESS}+")
_ACRONYM = re.compile(r"\b([A-Z]{2,}[A-Z0-9]*)s?\b")  # (an acronym, without its plural's "s")
_COUNTED = re.compile(r"(?<![\d.,$€£])\d+\s+([^\W\d_][\w'’-]*)")  # (a count and what it counts: "10 JEPs")
_NUMBER = re.compile(r"\d")  # (where a title's quantity starts: its subject is said before it)


def _numbers(text: str) -> set[str]:
    """``text``'s numbers (key_words.keys), each as its value ("8.0", a chart's, is "8")."""
    out = set()
    for n in keys(text)[0]:
        try:
            out.add(f"{float(n):g}")
        except ValueError:
            out.add(n)
    return out


def _words(text: str) -> list[str]:
    """``text``'s key words' stems in order, its acronyms ("JEPs" as "jep") and the runs of two characters
    of its spaceless script."""
    pairs = [run[i:i + 2] for run in _UNSPACED.findall(text) for i in range(len(run) - 1)]
    return [*stems(text), *(a.casefold() for a in _ACRONYM.findall(text)), *pairs]


def backed(title: str, body: list[str]) -> bool:
    """Whether the texts ``body`` back ``title`` (see the module doc)."""
    title = plain(title)
    text = plain(" ".join(body))
    numbers, have = _numbers(title), set(_words(text))
    if numbers & _numbers(text) or _counted(title, body):
        return True
    said = _words(title)
    subject = _words(_NUMBER.split(title)[0]) or said[:SUBJECT]  # (what its number is of: "$1.3 billion in share…")
    shared = set(said) & have
    return len(shared) >= LEAST_WORDS and (not numbers or bool(shared & set(subject)))


def _counted(title: str, body: list[str]) -> bool:
    """Whether ``title`` counts things ("…avec 10 JEPs") that LEAST_WORDS lines of ``body`` or more name
    ("JEP 500 : …", "JEP 504 : …"): a count is backed by the items it counts."""
    counted = {w for word in _COUNTED.findall(plain(title)) for w in _words(word)}
    return bool(counted) and sum(bool(counted & set(_words(plain(line)))) for line in body) >= LEAST_WORDS


def texts(points: list) -> list[str]:
    """The texts of ``points`` and of the points under them."""
    return [t for p in points for t in (p["text"], *texts(p["children"]))]


def evidenced(title: str, said: list, kept: list, shown: list[str], most: int = 0) -> list:
    """``kept`` (a slide's points under ``title``, which says the points ``said`` whole) with ``said`` first,
    marked as the title's (weigh.TITLE_REST), where neither the points of ``kept`` the slide shows (the ``most``
    a slide that must choose among them keeps, weigh.outranked; 0: all) nor its other texts ``shown`` (its
    quotes) back the title, and no point of ``kept`` is the title's already (see the module doc)."""
    lines = outranked(kept, most) if most else kept
    if not said or any(p.get(TITLE_REST) for p in kept) or backed(title, [*texts(lines), *shown]):
        return kept
    return [*({**p, TITLE_REST: True} for p in said), *kept]


def says_whole(title: str, point: str) -> bool:
    """Whether ``title`` says ``point`` whole (the same numbers and key words: "…borders; meanwhile, Apple…"
    of "…borders. Meanwhile, Apple…"): the point its slide keeps as the title's evidence (``evidenced``),
    which no pass that drops what another slide says takes off it (bottom_said.without_said)."""
    said = _words(plain(point))
    return bool(said) and set(said) == set(_words(plain(title))) and _numbers(point) == _numbers(title)


ECHO_SHARE = 0.8  # share of a title's key words a body line says, at least, for it to say the title again


def echoes(title: str, line: str) -> bool:
    """Whether ``line``, a body line, says ``title`` again (issue #21, review 17: "Birth rates are globally
    decreasing…" under that title): ``says_whole``, or ECHO_SHARE of the title's key words and every number it
    says; a reader sees it as padding, the evidence stated in no other form."""
    title, line = plain(title), plain(line)
    said, have = set(_words(title)), set(_words(line))
    return says_whole(title, line) or (bool(said) and len(said & have) >= ECHO_SHARE * len(said)
                                        and _numbers(title) <= _numbers(line))

