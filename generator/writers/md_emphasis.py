"""The handout's emphasis: runs written as Markdown that CommonMark reads back as the same runs.

Where styles overlap, the obvious writing can read otherwise: a closing ``***`` and a reopening ``**``
touch and become one run of five ``*``; a marker between punctuation both opens and closes, and the
rule of three pairs it elsewhere. So a group of runs is written one way, read back with the project's
own reader (``generator.inline``, which reads the subset as CommonMark does), and written another way
(another nesting order of the markers, or every style closed and reopened at each change, or another
length of a run of ``*`` between two texts) where the first does not read back; the last resort (no
text found needs it) drops the styles and keeps every word. Text without bold or italic is written at
once, unchecked.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice, product

from ..inline_parser import Run, emphasis

_CHECKED = re.compile(r"([\\`*\[\]])")  # escaped in the writing that is read back: what the reader reads escaped
# the ways to write a group, tried in order: (longest-lived style outermost?, markers re-nested at a change?,
# every marker closed at a change?)
_WAYS = ((True, False, False), (True, True, False), (False, False, False), (False, True, False),
         (True, False, True), (False, False, True))


def emphasised(group: list[Run], escape: Callable[[str], str]) -> str:
    """``group``'s runs as Markdown, ``escape`` applied to their text, each stretch between plain text
    after blank space (where no marker is open: stretches read alone as they read together) written
    and checked alone (``_stretch``), so a long text costs what its stretches cost."""
    if not any(r.bold or r.italic for r in group):
        return "".join(_written(group, escape, *_WAYS[0]))
    starts = [k for k, r in enumerate(group) if k and not (r.bold or r.italic or r.code) and r.text[:1].isspace()
              and r.text.strip()]
    budget = [50_000]  # characters the recounts of all stretches may read (hostile text: bounded time)
    return "".join(_stretch(group[a:b], escape, budget) for a, b in zip([0] + starts, starts + [len(group)]))


def _stretch(group: list[Run], escape: Callable[[str], str], budget: list[int]) -> str:
    """Runs as Markdown: the first of ``_WAYS`` that reads back as the runs (blank space aside), else
    the first way with other numbers of ``*`` between two texts (``_recounted``: CommonMark pairs a
    run of ``*`` by its length). Where none does, the last resort keeps every word and drops the
    styles: the runs written plain, escaped."""
    wanted = _shown(group)
    if not any(r.bold or r.italic for r in group):
        return "".join(_written(group, escape, *_WAYS[0]))
    for way in _WAYS:
        if _shown(emphasis("".join(_written(group, _checked, *way)))) == wanted:
            return "".join(_written(group, escape, *way))
    counts = _recounted(_written(group, _checked, *_WAYS[0]), wanted, budget)
    if counts is not None:
        return "".join("*" * counts[k] if k in counts else p for k, p in enumerate(_written(group, escape, *_WAYS[0])))
    return "".join(_written([r._replace(bold=False, italic=False) for r in group], escape, *_WAYS[0]))


def _recounted(pieces: list[str], wanted: tuple, budget: list[int]) -> dict[int, int] | None:
    """{place: number of ``*``} for the runs of markers between two texts (where a run both closes
    and opens, and its length decides what it pairs with) that make ``pieces`` read as ``wanted``:
    the first found of the numbers 1 to 6 at each place, the written number first: at most 400 tries,
    and no more than ``budget[0]`` characters read (what is read is taken from it)."""
    size = 1 + sum(map(len, pieces))
    tries = min(400, budget[0] // size)
    places = [k for k in range(2, len(pieces) - 1, 2)
              if pieces[k] and pieces[k - 1][-1:].strip() and pieces[k + 1][:1].strip()]
    options = [_nearest(len(pieces[k])) for k in places]
    for counts in islice(product(*options), tries):
        budget[0] -= size
        tried = dict(zip(places, counts))
        if _shown(emphasis("".join("*" * tried[k] if k in tried else p for k, p in enumerate(pieces)))) == wanted:
            return tried
    return None


def _nearest(written: int) -> list[int]:
    """The numbers of ``*`` a run of markers may take, 1 to 6, nearest the ``written`` number first."""
    return sorted(range(1, 7), key=lambda n: abs(n - written))


def _checked(text: str) -> str:
    """``text`` escaped as the reader needs: the handout's other escapes (``\\<``, ``\\&``) put a
    backslash, punctuation, before punctuation, which changes no marker's flanking."""
    return _CHECKED.sub(r"\\\1", text)


def _shown(parts) -> tuple:
    """Runs as the reader compares them: blank space collapsed, blank runs dropped, links aside."""
    return tuple((" ".join(r.text.split()), r.bold, r.italic, r.code) for r in parts if r.code or r.text.strip())


def _lasting(group: list[Run]) -> dict[str, list[int]]:
    """For each marker, how many runs from the k-th on are in its style (blank runs go along)."""
    lasting = {"**": [0] * (len(group) + 1), "*": [0] * (len(group) + 1)}
    for k in reversed(range(len(group))):
        r = group[k]
        blank = not (r.code or r.text.strip())
        for marker, on in (("**", r.bold), ("*", r.italic)):
            lasting[marker][k] = lasting[marker][k + 1] + 1 if on or blank else 0
    return lasting


def _body(run: Run, escape: Callable[[str], str]) -> tuple[str, str, str]:
    """A run as (blank space before, Markdown, blank space after): code in a fence longer than
    any backtick run in it, other text stripped and escaped."""
    if run.code:
        fence = "`" * (max((len(m) for m in re.findall("`+", run.text)), default=0) + 1)
        pad = " " if run.text.startswith("`") or run.text.endswith("`") else ""
        return "", f"{fence}{pad}{run.text}{pad}{fence}", ""
    body = run.text.strip()
    return run.text[:len(run.text) - len(run.text.lstrip())], escape(body), run.text[len(run.text.rstrip()):]


def _written(group: list[Run], escape: Callable[[str], str], outer_long: bool, renest: bool, reopen: bool) -> list[str]:
    """Runs as Markdown, in pieces: text and runs of markers by turns (a run of markers, maybe empty,
    at every even place), each marker opened where its style starts and closed where it ends; blank
    space at a style's ends stays outside its markers (else they do not open or close), and blank
    space outside a style closes it ("*a* *b*", not "*a b*"). At a change of style a marker open
    stays open ("*a **b***", not "*a****b***"); with ``renest`` only where it still nests as a
    marker opened now would; with ``reopen`` none stays open. Markers opened together nest the
    longest-lived style outermost (``outer_long``) or innermost."""
    lasting = _lasting(group)
    out: list[str] = []
    open_: list[str] = []  # the markers open, outermost first
    pending = ""  # blank space after the last text, written once it is known on which side of a marker it goes
    for k, run in enumerate(group):
        lead, body, tail = _body(run, escape)
        wanted = [m for m, on in (("**", run.bold), ("*", run.italic)) if on]
        order = sorted(wanted, key=lambda m: -lasting[m][k] if outer_long else lasting[m][k])
        keep = 0  # the markers open that stay open (those inside one that closes close with it)
        if not reopen or not body:
            while keep < len(open_) and (open_[keep] == order[keep] if renest and body and keep < len(order)
                                         else open_[keep] in wanted):
                keep += 1
        closing = "".join(reversed(open_[keep:]))
        if not body:
            out += [closing, ""]
            open_, pending = open_[:keep], pending + run.text
            continue
        new = [m for m in order if m not in open_[:keep]]
        gap = pending + lead
        out += [closing, gap, "".join(new), body] if gap else [closing + "".join(new), body]
        open_, pending = open_[:keep] + new, tail
    out += ["".join(reversed(open_)), pending]
    return out
