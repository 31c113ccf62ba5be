"""Right-to-left lines in visual order: the Unicode bidirectional algorithm (UAX #9).

ReportLab (without its optional ``rlbidi``) lays every line out first-word-leftmost; HarfBuzz
already draws each Arabic or Hebrew word right to left. So once a paragraph is broken into
lines, each character gets its bidi level (rules W1-W7, N0-N2, I1-I2 and L1, for text without
explicit embeddings), each line is cut into pieces of one level (at spaces too), and the pieces
are reversed from the highest level down (rule L2). A piece of punctuation at a right-to-left
level, which HarfBuzz would draw left to right, is reversed and its brackets mirrored here.
Text extraction gets the logical order back through /ActualText.
"""
from __future__ import annotations

import unicodedata

_RTL = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"}
_MIRROR = dict(zip("()[]{}<>«»‹›⟨⟩〈〉《》「」『』【】", ")(][}{><»«›‹⟩⟨〉〈》《」「』『】【"))
_OPENING = "([{⟨〈《「『【"  # paired brackets (BD14-BD16) that rule N0 resolves as pairs


def _weak_types(text: str, sos: str) -> list[str]:
    """Each character's bidi class after the weak-type rules W1-W7 (formatting characters as neutrals)."""
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]  # (unassigned code points: L)
    previous = sos
    for i, kind in enumerate(types):
        if kind in ("LRE", "RLE", "LRO", "RLO", "PDF"):
            kind = types[i] = "BN"
        if kind == "NSM":  # W1
            kind = types[i] = "ON" if previous in ("LRI", "RLI", "FSI", "PDI") else previous
        previous = kind
    strong = sos
    for i, kind in enumerate(types):  # W2, W3
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
        if kind == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4
        before, after = types[i - 1], types[i + 1]
        if before == after and (types[i] == "ES" and before == "EN" or types[i] == "CS" and before in ("EN", "AN")):
            types[i] = before
    for i, kind in enumerate(types):  # W5: terminators beside a European number are part of it
        if kind == "ET":
            j = i
            while j < len(types) and types[j] == "ET":
                j += 1
            if (i and types[i - 1] == "EN") or (j < len(types) and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
    types = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6
    strong = sos
    for i, kind in enumerate(types):  # W7
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    return types


def _strong(kind: str) -> str | None:
    """The direction a resolved class counts as for N0-N2 (numbers count as right to left)."""
    return "L" if kind == "L" else "R" if kind in ("R", "EN", "AN") else None


def _paired_brackets(text: str, types: list[str]) -> list[tuple[int, int]]:
    """The bracket pairs of ``text`` (BD16), as (opening, closing) indexes in the order they close."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if types[i] != "ON":
            continue
        if ch in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_MIRROR[ch], i))
        elif ch in _MIRROR:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return pairs


def char_levels(text: str, base: int) -> list[int]:
    """Each character's embedding level in a line of ``text`` whose paragraph level is ``base``
    (0 or 1); whitespace at the end of the line is at the paragraph level (L1)."""
    sos = "R" if base else "L"
    types = _weak_types(text, sos)
    for open_at, close_at in sorted(_paired_brackets(text, types)):  # N0
        inside = {_strong(kind) for kind in types[open_at + 1:close_at]} - {None}
        if inside:  # the paragraph's direction if it is inside, else the one before the pair
            before = next((d for d in map(_strong, reversed(types[:open_at])) if d), sos)
            types[open_at] = types[close_at] = sos if sos in inside else before
    i, before = 0, sos
    while i < len(types):  # N1, N2: neutrals between two of one direction take it, else the paragraph's
        if types[i] not in _NEUTRAL:
            before = _strong(types[i]) or before
            i += 1
            continue
        j = i
        while j < len(types) and types[j] in _NEUTRAL:
            j += 1
        after = (_strong(types[j]) or sos) if j < len(types) else sos
        types[i:j] = [before if before == after else sos] * (j - i)
        i = j
    levels = [(1 if kind == "R" else 2 if kind in ("AN", "EN") else 0) if base == 0 else
              (2 if kind in ("L", "AN", "EN") else 1) for kind in types]  # I1, I2
    end = len(text)
    while end and unicodedata.bidirectional(text[end - 1]) in ("WS", "BN", "S", "B"):  # L1
        end -= 1
    return levels[:end] + [base] * (len(text) - end)


def visual_order(levels: list[int]) -> list[int]:
    """The logical indexes in visual order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def reorder_line(frags: list, orders: dict | None = None) -> list:
    """A line's fragments (font runs, logical order) cut into pieces of one level (and at spaces),
    in visual order for a right-to-left paragraph. ``orders`` keeps each line's cuts by its
    fragments' texts: reportlab breaks the rest of a paragraph again at every page it splits at,
    and without them each line was ordered again each time (30 paragraphs of 20,000 Hebrew
    characters: quadratic)."""
    key = tuple(frag.text for frag in frags)
    plan = orders.get(key) if orders is not None else None
    if plan is None:
        plan = _line_plan(key)
        if orders is not None:
            orders[key] = plan
    return [frags[index].clone(text=text, _visual=True) for index, text in plan]


def _line_plan(texts: tuple[str, ...]) -> list[tuple[int, str]]:
    """(fragment index, piece text) for each piece of a line of fragments with ``texts``, in visual order."""
    levels = char_levels("".join(texts), 1)
    pieces: list[tuple[int, str]] = []
    piece_levels: list[int] = []
    at = 0
    for index, text in enumerate(texts):
        start = 0
        for i in range(1, len(text) + 1):  # cut wherever a space starts or ends, or the level changes
            if (i == len(text) or (text[i] == " ") != (text[i - 1] == " ")
                    or levels[at + i] != levels[at + i - 1]):
                piece, level = text[start:i], levels[at + start]
                if level % 2 and not any(unicodedata.bidirectional(ch) in _RTL for ch in piece):
                    piece = "".join(_MIRROR.get(ch, ch) for ch in reversed(piece))  # HarfBuzz draws it left to right
                pieces.append((index, piece))
                piece_levels.append(level)
                start = i
        at += len(text)
    while pieces and not pieces[-1][1].strip(" "):  # the space the line broke at
        pieces.pop()
        piece_levels.pop()
    return [pieces[i] for i in visual_order(piece_levels)]
