"""Recognising figures in a point: ``Label: 200,000 GPUs …`` and ``Label at 2.2 gigawatt …`` give a
label, a value as written and the unit words after it; rows that share a unit can make a chart."""
from __future__ import annotations

import re

from ..quantities import parse_quantity

_NUM = r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|K|M|B|bn|T)\b)?"
_QTY = rf"(?P<qty>(?:~|≈|about |approx\.? )?{_NUM}(?:\s?(?:-|–|to)\s?{_NUM})?(?P<times>[x×])?)"
_LABELLED = re.compile(rf"^(?P<label>[^:]{{1,60}}):\s+{_QTY}")
_INLINE = re.compile(rf"^(?P<label>\D{{0,59}}?[^\d\s])\s+(?:at|of|with|around|reaching|to)\s+{_QTY}")
# A scale written as a word belongs to the unit ("310 million litres a day": 310 on an axis of
# "million litres a day"); the symbols parse_quantity reads ($50B, 128k) stay in the number.
_SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
_SCALE_WORDS = _SPELLED_SCALES + ("m", "mn")
_CURRENCY_SCALE = re.compile(rf"(?: ?(?:m|mn)| (?:{'|'.join(_SPELLED_SCALES)}))\b")  # £4.2m, £4.2 million
_PUNCTUATION = re.compile(r"[,.;:()\[\]]")  # the words after a number go up to the first of these
_GLUE = {"a", "an", "the", "in", "at", "on", "of", "for", "to", "by", "with", "from", "and", "or", "per",
         "over", "under", "across", "than", "as", "each", "every", "into", "since", "until"}
MAX_UNIT_WORDS = 5

Measured = tuple[str, str, list[str]]  # label, value as written, unit words


def unit_key(unit: str) -> str:
    """A unit word as rows compare it: lower case, without a plural ``s``."""
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 2 else unit


def measure(text: str) -> Measured | None:
    """``(label, value text, unit words)`` for ``Label: 200,000 GPUs …`` and ``Label at 2.2 gigawatt …``.

    The unit words are what follows the number, up to punctuation (``GPUs in Memphis``,
    ``million litres a day``, ``% of capacity``); a currency is the unit by itself (``$``,
    ``£m``), a multiple is ``x``. A chart keeps the words all its rows share.
    """
    for pattern in (_LABELLED, _INLINE):
        m = pattern.match(text)
        if not m:
            continue
        qty = m.group("qty").strip()
        currency = re.search(r"[$€£]", qty)
        tail = text[m.end("qty"):]
        if currency:
            scale = _CURRENCY_SCALE.match(tail)
            words = [currency.group() + (scale.group() if scale else "")]
        elif m.group("times"):
            words = ["x"]
        else:
            body = _PUNCTUATION.split(tail[:120], maxsplit=1)[0]
            words = (["%"] + body[1:].split() if body.startswith("%") else body.split())[:MAX_UNIT_WORDS]
            if not words or words[0].lower() in _GLUE or not re.search(r"\w|%", words[0]):
                continue
        try:
            parse_quantity(qty)
        except ValueError:
            continue
        return m.group("label").strip(), qty, words
    return None


def measure_key(words: list[str]) -> tuple[str, ...]:
    """Rows share a chart when their units start alike: the first word, and the next after a scale word."""
    size = 2 if words[0].lower() in _SCALE_WORDS and len(words) > 1 else 1
    return tuple(unit_key(w) for w in words[:size])


def shared_unit(rows: list[Measured]) -> str:
    """The unit words every row shares (plural where one row says it), without a dangling ``of`` or dash."""
    size = min(len(words) for _, _, words in rows)
    for n in range(size):
        if len({unit_key(words[n]) for _, _, words in rows}) > 1:
            size = n
            break
    words = next((w for _, _, w in rows if w[0].lower().endswith("s")), rows[0][2])[:size]
    while len(words) > len(measure_key(words)) and (words[-1].lower() in _GLUE or not re.search(r"\w|%", words[-1])):
        words = words[:-1]
    return " ".join(words)

