"""Measure and wrap text with Calibri's metrics (from its metric twin, Carlito).

Widths come from a table made once from the font (tools/make_metrics.py), so measuring
needs no font library. East Asian characters not in the table count a full em.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
from functools import cache, lru_cache
from pathlib import Path

from ..cache_files import kept_from

LINE_HEIGHT = 1.2  # line pitch as a multiple of the font size (set exactly in the deck)


_family = "calibri"  # whose metrics measure: set by the deck writer for the fonts it names
_ALIASES = {"calibri": "calibri", "carlito": "calibri", "arial": "arial", "helvetica": "arial",
            "liberation sans": "arial", "arimo": "arial"}


def current_family() -> str:
    """The family whose metrics measure now."""
    return _family


def use_font(name: str) -> str:
    """Measure as ``name`` is drawn: Calibri (Carlito's metrics), Arial (Liberation Sans's), or,
    for a font without a metric twin here, the wider of the two, so that text still fits."""
    global _family
    _family = _ALIASES.get(name.strip().lower(), "widest")
    return _family


@contextmanager
def measuring(*fonts: str):
    """Measure as ``fonts`` are drawn for the duration (one family: its metrics; several: the
    wider of each character), then as before."""
    global _family
    previous = _family
    families = {use_font(font) for font in fonts}
    _family = families.pop() if len(families) == 1 else "widest"
    try:
        yield _family
    finally:
        _family = previous


@cache
def _table(bold: bool, family: str = "calibri") -> dict:
    """A family's widths by code point, kept in the cache folder ``fonts`` between runs (parsing the file and
    keying a deck's two tables by number took ~23M instructions, 2.4% of a cold deck; reading them back ~3M)."""
    if family == "widest":
        a, b = _table(bold, "calibri"), _table(bold, "arial")
        return {k: max(a.get(k, 0), b.get(k, 0)) for k in a.keys() | b.keys()}
    key = ("arial-" if family == "arial" else "") + ("bold" if bold else "regular")
    return kept_from("fonts", METRICS, key, lambda: {int(k): v for k, v in _metrics()[key]["widths"].items()})


METRICS = Path(__file__).parent.parent / "fonts" / "metrics.json"


@cache
def _metrics() -> dict:
    """The metrics file, read once (each table read and parsed the whole 93 KB file: ~2 ms a table)."""
    return json.loads(METRICS.read_text())


@lru_cache(maxsize=65536)
def _char_width(ch: str, bold: bool, family: str = "calibri") -> int:
    width = _table(bold, family).get(ord(ch))
    if width is not None:
        return width
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1000
    if unicodedata.combining(ch):
        return 0
    return 600


@lru_cache(maxsize=65536)
def _units(text: str, bold: bool, family: str = "calibri") -> int:
    """Width of ``text`` in font units (1000 to the em); words repeat, so this is cached."""
    return sum(_char_width(ch, bold, family) for ch in text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points at ``size`` points."""
    f = _family
    return (sum(_units(word, bold, f) for word in text.split(" ")) + text.count(" ") * _char_width(" ", bold, f)) * size / 1000


MONO = 600  # every character of a monospace face (Courier New, Liberation Mono) is 0.6 em wide


def _mono_width(ch: str) -> int:
    return 2 * MONO if unicodedata.east_asian_width(ch) in ("W", "F") else 0 if unicodedata.combining(ch) else MONO


def _marked_widths(text: str, bold: bool, marks: tuple, family: str) -> list[int]:
    """Each character's width in its own face: ``marks`` are (start, end, "b" bold or "c" code) spans."""
    widths = [_char_width(ch, bold, family) for ch in text]
    for start, end, kind in marks:
        for i in range(start, min(end, len(text))):
            widths[i] = _mono_width(text[i]) if kind == "c" else _char_width(text[i], True, family)
    return widths


def word_widths(text: str, size: float, bold: bool = False, marks: tuple = ()) -> list[float]:
    """The width in points of each word of ``text`` (split at blank space), each character in its
    face (``marks`` as for ``line_spans``)."""
    if not marks:
        return [text_width(word, size, bold) for word in text.split()]
    each = _marked_widths(text, bold, marks, _family)
    return [sum(each[m.start():m.end()]) * size / 1000 for m in re.finditer(r"\S+", text)]


def wrap(text: str, width: float, size: float, bold: bool = False, marks: tuple = (), most: int = 0) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points; long words are split; with ``most``,
    its first lines only, one more than ``most`` where it has more (enough to tell it does not fit).

    Linear in the text: each word is measured once (cached) and lines grow by adding widths.
    """
    return [text[start:end] for start, end in line_spans(text, width, size, bold, marks, most)]


def line_spans(text: str, width: float, size: float, bold: bool = False, marks: tuple = (),
               most: int = 0) -> list[tuple[int, int]]:
    """The lines of ``text`` wrapped to ``width`` points, as (start, end) offsets into ``text``:
    a line break eats the one space (or newline) it replaces, a broken word nothing. ``marks``
    are spans drawn bold ("b") or in a monospace face ("c"), measured so. With ``most`` (> 0), at
    most ``most`` + 1 lines: the text is read only as far as they go (a title of 20,000 characters
    is tried at each size in the lines its box holds).

    ``width`` and ``size`` must be > 0: a layout that asks for less is a bug, refused here
    rather than looping (a word is broken after at least one character a line, so it ends).
    """
    if not (width > 0 and size > 0):
        raise ValueError(f"internal error: text wrapped to width {width} at size {size}; both must be > 0")
    spans = _spans(text, width * 1000 / size, bold, marks)
    return list(islice(spans, most + 1) if most > 0 else spans)


def _spans(text: str, limit: float, bold: bool, marks: tuple) -> Iterator[tuple[int, int]]:
    """The lines of ``text`` within ``limit`` units, one by one (see line_spans)."""
    f = _family
    space = _char_width(" ", bold, f)
    each = _marked_widths(text, bold, marks, f) if marks else None
    sums = None
    if each is not None:  # widths of marked text by offset: a word's width is a difference of running sums
        sums = [0]
        for w in each:
            sums.append(sums[-1] + w)
    pos = 0
    for paragraph in text.split("\n"):
        start = end = pos
        used = 0
        for word in paragraph.split(" "):
            w = _units(word, bold, f) if sums is None else sums[pos + len(word)] - sums[pos]
            if end > start:
                if used + space + w <= limit:
                    end, used = pos + len(word), used + space + w
                    pos = end + 1
                    continue
                yield start, end
            start, used = pos, 0
            if w > limit:  # a word longer than a line is broken, at least one character a line
                for i in range(pos, pos + len(word)):
                    cw = _char_width(text[i], bold, f) if each is None else each[i]
                    if used + cw > limit and i > start:
                        yield start, i
                        start, used = i, 0
                    used += cw
            else:
                used = w
            end = pos + len(word)
            pos = end + 1
        yield start, end
