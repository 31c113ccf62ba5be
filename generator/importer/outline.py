"""Notes numbered as an outline in Roman numerals (``I. CALL TO ORDER``, ``II. ATTENDANCE``: minutes
and agendas, often pasted from a PDF), their items lettered under them (``A. Invocation``).

The numbering is structure, not text: topics and items lose their numerals and letters. Minutes
printed in two columns (the agenda on the left, what the council did on the right) come out of a
PDF as the agenda's items of a page, then the record of that page: a line of that record is placed
under the item it tells of — the one whose words it shares — keeping the record's order.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..transcripts.words import tokens as compared_words
from .tokens import Token

_ROMAN = re.compile(r"(?P<numeral>[IVX]{1,6})\.\s+(?P<rest>\S)")
_LETTERED = re.compile(r"(?P<letter>[A-Z])\.\s+(?=\S)")
_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
             "XVI", "XVII", "XVIII", "XIX", "XX"]
MIN_SHARED = 2  # words a line of the record shares with an earlier item, to be placed under it


def outline(tokens: list[Token], topic: Callable[[Token], list[Token]]) -> list[Token]:
    """``tokens`` with the lines numbered I., II., III., … (each the next; two at least) made topic
    lines by ``topic``, without their numerals, and the lines lettered A., B., C., … under each (each
    the next letter) without their letters; the record's lines placed under the items they tell of.
    None when the notes number nothing so."""
    found, expected = set(), 0
    for i, t in enumerate(tokens):
        numeral = _ROMAN.match(t.text) if t.kind == "text" else None
        if numeral and expected < len(_NUMERALS) and numeral.group("numeral") == _NUMERALS[expected]:
            found.add(i)
            expected += 1
    if len(found) < 2:
        return []
    head: list[Token] = []
    parts: list[tuple[list[Token], list[Token]]] = []  # each numbered item: (its title and lettered items, the rest)
    letter = ""  # the letter of the next item under the numbered one
    for i, t in enumerate(tokens):
        lettered = _LETTERED.match(t.text) if t.kind == "text" and letter else None
        if i in found:
            parts.append((topic(replace(t, text=t.text[_ROMAN.match(t.text).start("rest"):])), []))  # type: ignore[union-attr]
            letter = "A"
        elif lettered and lettered.group("letter") == letter:
            parts[-1][0].append(replace(t, text=t.text[lettered.end():]))
            letter = chr(ord(letter) + 1)
        else:
            (parts[-1][1] if parts else head).append(t)
    return head + [t for items, rest in _placed(parts) for t in items + rest]


def _placed(parts: list[tuple[list[Token], list[Token]]]) -> list[tuple[list[Token], list[Token]]]:
    """The lines of text under each numbered item (but its lettered items) as an ordered record: a
    line goes under the earlier item whose title and items share the most words with it
    (``MIN_SHARED`` at least, more than its own item shares), no earlier than the line before it
    went; only an item without lines of its own takes lines (the agenda's column: an outline whose
    items each have their text keeps it where it is). A line that names no item stays with the line
    before it (a roll call's names with the line that calls the roll); a run of them between lines of
    two items with an item between them that nothing names goes under that one (the roll call under
    "Attendance")."""
    words = [{w for t in items for w, _ in compared_words(t.text) if w.isalpha()} for items, _ in parts]
    out: list[tuple[list[Token], list[Token]]] = [(items, []) for items, _ in parts]
    bare = {j for j, (_, rest) in enumerate(parts) if not any(t.kind == "text" for t in rest)}  # (no lines of its own)
    low = 0  # the item the last line that names one went under
    for k, (_, rest) in enumerate(parts):
        lines = [t for t in rest if t.kind == "text"]
        named: list[int | None] = []
        for t in lines:
            said = {w for w, _ in compared_words(t.text) if w.isalpha()}
            shared = [len(said & words[j]) for j in range(k + 1)]
            best = max((j for j in range(low, k + 1) if j in bare or j == k), key=lambda j: (shared[j], -j))
            named.append((best if shared[best] > shared[k] else k) if shared[best] >= MIN_SHARED else None)
            low = named[-1] if named[-1] is not None else low
        unnamed = set(range(len(parts))) - {j for j in named if j is not None}
        last, goes = k, {}
        for i, (t, j) in enumerate(zip(lines, named)):
            if j is None:
                after = next((x for x in named[i:] if x is not None), last)
                j = last + 1 if after > last + 1 and last + 1 in unnamed and last + 1 in bare else last
            goes[id(t)] = last = j
        for t in rest:  # (in the notes' order: what is no line of text stays where it is)
            out[goes.get(id(t), k)][1].append(t)
    return out
