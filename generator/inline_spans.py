"""Where the links and code spans of content text are, found before it is read (``inline_parser``):
a link's brackets and parentheses paired in one pass (``link_brackets``), a code span's end
(``code_end``); linear in the text, however many ``[``, ``(`` or backticks it holds."""
from __future__ import annotations

import re

MAX_URL = 2048  # a link's address is at most this long (else the brackets are text)
_BLANK_INSIDE = re.compile(r"\S\s+\S")  # an address may have blank space around it, not in it


def link_brackets(text: str) -> dict[int, tuple[int, int]]:
    """``[`` positions that open a link ``[label](address)``: their ``]`` and the ``)`` that ends the
    address. Brackets pair as nested, escaped ones do not count; an address has no blank space (but
    around it) and its brackets in pairs; a link inside another's label makes the outer brackets text (the inner wins).
    One pass over the text, whatever it holds."""
    pairs: dict[int, int] = {}  # [ -> ]
    parens: dict[int, int] = {}  # ( -> )
    squares: list[int] = []
    rounds: list[int] = []
    i, n = 0, len(text)
    no_ticks: set[int] = set()
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":  # a code span's brackets are text
            i = code_end(text, i, n, no_ticks)
            continue
        if ch == "[":
            squares.append(i)
        elif ch == "]" and squares:
            pairs[squares.pop()] = i
        elif ch == "(":
            rounds.append(i)
        elif ch == ")" and rounds:
            parens[rounds.pop()] = i
        i += 1
    kept: dict[int, tuple[int, int]] = {}
    inner = n  # the start of the leftmost link kept so far, scanning from the right
    for start in sorted(pairs, reverse=True):
        close = pairs[start]
        end = parens.get(close + 1)
        if end is None or end - close > MAX_URL or _BLANK_INSIDE.search(text, close + 2, end):
            continue
        if not start < inner < close:
            kept[start] = (close, end)
            inner = start
    return kept


def code_end(text: str, i: int, n: int, no_ticks: set[int]) -> int:
    """The end of the code span opened by the backticks at ``i`` (before ``n``): after the next run of
    as many backticks; or, with none, the end of the opening run. ``no_ticks`` holds the lengths of
    runs known to have no closing run further on (so a text of many unclosed runs stays linear)."""
    j = i
    while j < n and text[j] == "`":
        j += 1
    size = j - i
    close = None if size in no_ticks else re.compile(f"(?<!`){'`' * size}(?!`)").search(text, j, n)
    if close is None:
        no_ticks.add(size)
        return j
    return close.end()
