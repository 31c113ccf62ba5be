"""Helpers every writer shares: unique titles, text made safe for XML, a paragraph of content text
and its runs (``Para``), table rows split by lines."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .. import inline
from ..words import fill
from .measure import line_spans

MIN_BODY = 18.0  # no body text of a deck is smaller (sub-points included)
SUB_STEP = 4  # points a sub-point is smaller than its parent, down to MIN_BODY

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\n\r]")
_SPECIAL = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # most text has none


@dataclass(frozen=True)
class Para:
    """A paragraph of content text to lay out: text, nesting level (0 = top), weight, runs (the deck
    fits it; the report splits table cells of it by lines)."""

    text: str
    level: int = 0
    bold: bool = False
    sub: bool = False  # a sub-point: a step smaller than the text's size (see sub_size)
    at_label: str = ""  # a timestamp shown after the text, as " (13:28)"
    at_url: str = ""
    own_line: bool = False  # the label (an address) goes on a line of its own under the text, without brackets
    runs: tuple = ()  # the text's runs (inline.Run) where it has markup: () is all one run

    @classmethod
    def rich(cls, text: str, *args, **kwargs) -> Para:
        """A paragraph of content text that may hold inline markup: its plain text, and its runs."""
        if not inline.has_markup(text):
            return cls(text, *args, **kwargs)
        parts = inline.runs(text)
        return cls("".join(r.text for r in parts), *args, **{**kwargs, "runs": parts})

    @property
    def marks(self) -> tuple:
        """The spans of the text measured bold or monospace (inline.marks)."""
        return inline.marks(self.runs) if self.runs else ()

    def size_at(self, size: float) -> float:
        """This paragraph's size when the text's base size is ``size``."""
        return sub_size(size) if self.sub else size

    @property
    def suffix(self) -> str:
        """The timestamp as shown after the text (an address on its own line)."""
        if not self.at_label:
            return ""
        return "\n" + self.at_label if self.own_line else f" ({self.at_label})"

    @property
    def measured(self) -> str:
        """The text as drawn, timestamp included."""
        return self.text + self.suffix


def sub_size(size: float) -> float:
    """The size of sub-points under first-level text at ``size``: clearly smaller (24 over 20, 22 over
    18), never below MIN_BODY (20 over 18), and text at the floor or below keeps its size."""
    return max(size - SUB_STEP, MIN_BODY) if size > MIN_BODY else size


def unique_titles(titles: list[str]) -> list[str]:
    """Titles with a number added where one repeats, so every title is unique: the first free number,
    tried from where the title's last repeat left off (1,000 slides continuing one title were otherwise
    asked 500,000 times, each a copy of the title)."""
    seen: set[str] = set()
    tried: dict[str, int] = {}  # a title's last number taken
    out = []
    for title in titles:
        n = tried.get(title, 1)
        candidate = title if n == 1 else f"{title} ({n})"
        while candidate in seen:
            n += 1
            candidate = f"{title} ({n})"
        tried[title] = n
        seen.add(candidate)
        out.append(candidate)
    return out


def xml_text(text: str) -> str:
    """Text for XML: escaped, and any character XML cannot hold shown as U+FFFD.
    (xml.sax.saxutils would do, but importing it imports urllib.request: 10 ms at every start.)"""
    if not _SPECIAL.search(text):
        return text
    return _NOT_XML.sub("\ufffd", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attr(text: str) -> str:
    """An XML attribute value, double-quoted, from any text (line breaks and tabs kept as references)."""
    if _SPECIAL.search(text) or _SPACES.search(text):
        text = xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    return f'"{text}"'


def figure_label(number: int, spec, words: dict) -> str:
    """A chart's numbered title, the same in every writer: "Figure 1: AI cluster sizes (GPUs)"."""
    return fill(words["figure"], number=number, title=spec.title) + (f" ({spec.unit})" if spec.unit else "")


def longest_start(text: str, fits) -> str:
    """The longest start of ``text`` (at least its first character) for which ``fits`` holds,
    found by halving: a character at a time measured a 20,000-character name 20,000 times."""
    low, high = 1, len(text) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    return text[:low]


def shortened(text: str, room: float, width, tail: str = "") -> str:
    """``text`` then ``tail`` if ``width`` of it is at most ``room``; else ``text`` cut (at a word's end,
    unless that loses more than a third) with "…" before ``tail`` to fit, as far as one character can."""
    if width(text + tail) <= room:
        return text + tail
    head = longest_start(text, lambda start: width(start.rstrip() + "…" + tail) <= room)
    words = head.rsplit(" ", 1)[0]
    return (words if len(words) * 3 >= len(head) * 2 else head).rstrip() + "…" + tail


_STEPS = (5, 10, 15, 20, 30, 60, 90, 120, 180, 240, 360, 480, 720)  # minutes


def time_step(end_minutes: float) -> int:
    """The step, in minutes, of a time axis running to ``end_minutes``: at most 8 steps."""
    return next((m for m in _STEPS if end_minutes / m <= 8), _STEPS[-1])


def time_axis(first: float, last: float) -> tuple[float, float, int]:
    """(start, end, step) in minutes of a time axis holding the times ``first`` to ``last``: from 0,
    or, when more of it would be empty before ``first`` than the times span (a recording whose times
    start at 55 hours), from ``first`` rounded down to a step; its end the first step at ``last``
    or beyond."""
    start, step = 0, time_step(last)
    if first > last - first:
        step = time_step(last - first)
        start = math.floor(first / step) * step
    return start, math.ceil(last / step) * step, step


def value_axis(top: float) -> tuple[float, float]:
    """The end and step of a value axis from 0 for data up to ``top`` (> 0): the step 1, 2, 2.5
    or 5 times a power of ten for about five steps, and the end the first step at or beyond ``top``
    plus a tenth of it, so that the longest bar stops short of the plot's edge and its label fits."""
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return math.ceil(top * 1.1 / step) * step, step


def clock(minutes: float) -> str:
    """Minutes as ``H:MM``, the form of a time axis."""
    hours, rest = divmod(round(minutes), 60)
    return f"{hours}:{rest:02d}"


def column_widths(shares: list[float], total: float, floor: float | list[float]) -> list[float]:
    """Column widths summing to ``total`` in the proportions ``shares``, except that no column is
    narrower than ``floor`` (one for all, or one for each column; scaled down together where they
    would not fit): those get their floor and the others share the rest. Every width is > 0 when
    ``total`` and the floors are."""
    floors = list(floor) if isinstance(floor, list) else [floor] * len(shares)
    floors = [f * min(1.0, total / sum(floors)) for f in floors]
    fixed: set[int] = set()
    while True:
        free = sum(s for i, s in enumerate(shares) if i not in fixed)
        rest = total - sum(floors[i] for i in fixed)
        widths = [floors[i] if i in fixed else rest * s / free for i, s in enumerate(shares)]
        narrow = {i for i, w in enumerate(widths) if w < floors[i]} - fixed
        if not narrow:
            return widths
        fixed |= narrow


def split_row(cells: list[Para], widths: list[float], size: float, bold: bool, max_lines: int) -> list[list[Para]]:
    """A table row as rows of at most ``max_lines`` lines when each cell wraps to its width in
    ``widths`` (points, inside its margins): a long cell continues in the next row, split between
    its lines (its runs with it), so nothing is cut. A row that fits is returned as it is."""
    spans = [line_spans(c.text, w, size, bold, c.marks) for c, w in zip(cells, widths)]
    count = max(len(s) for s in spans)
    if count <= max_lines:
        return [list(cells)]
    out = []
    for i in range(0, count, max_lines):
        row = []
        for c, s in zip(cells, spans):
            a, b = (s[i][0], s[min(i + max_lines, len(s)) - 1][1]) if i < len(s) else (0, 0)
            row.append(Para(c.text[a:b], runs=inline.cut(c.runs, a, b) if c.runs else ()))
        out.append(row)
    return out
