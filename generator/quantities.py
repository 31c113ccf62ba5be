"""Numbers as people write them: ``~128,000``, ``500,000-700,000``, ``$50B``, ``27x``."""
from __future__ import annotations

import math
import re

from .limits import MAX_NUMBER

_SCALE = {"": 1, "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "T": 1e12}
# Matched against the text with its white space cut to single spaces, so the optional spaces
# between the parts cannot backtrack over long runs (the pattern was polynomial in them).
_NUMBER = r"(\d[\d,]*(?:\.\d+)?|\.\d+) ?(k|K|M|B|bn|T)?"
_PATTERN = re.compile(
    rf"(?P<approx>~|≈|about |approx\.? )?(?P<cur>[$€£])?{_NUMBER}"
    rf"(?: ?(?:-|–|—|to) ?[$€£]?{_NUMBER})? ?(?P<times>[x×])?"
)


def parse_quantity(text) -> dict:
    """Parse a number as written; return value, low, high, approx and the text.

    A range gives ``low`` and ``high`` (``value`` is their midpoint); ``approx`` is true
    for ``~``, ``≈`` or ``about``. Raise ValueError for anything that is not a finite number.
    """
    if isinstance(text, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(text, (int, float)):
        return _checked({"value": float(text), "low": None, "high": None, "approx": False, "text": _fmt(text)})
    if not isinstance(text, str):
        raise ValueError(f"expected a number, got {type(text).__name__}")
    match = _PATTERN.fullmatch(" ".join(text.split()))
    if not match:
        shown = text if len(text) <= 60 else text[:57] + "…"  # the error stays readable for a 20,000-character value
        raise ValueError(f"'{shown}' is not a number (write e.g. 128000, ~128,000 or 500,000-700,000)")
    g = match.groups()
    low = _number(g[2], g[3])
    high = _number(g[4], g[5]) if g[4] else None
    if high is not None and g[3] is None and g[5]:
        low *= _SCALE[g[5]]  # "1-2B": the scale written at the end applies to both ends
    out = {"value": low, "low": None, "high": None, "approx": bool(match.group("approx")), "text": text.strip()}
    if high is not None:
        if high < low:
            raise ValueError(f"'{text}': a range goes from low to high")
        out.update(value=(low + high) / 2, low=low, high=high)
    return _checked(out)


def _number(digits: str, scale: str | None) -> float:
    if "," in digits and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        raise ValueError(f"'{digits}': commas must group thousands")
    return float(digits.replace(",", "")) * _SCALE[scale or ""]


def _checked(q: dict) -> dict:
    for key in ("value", "low", "high"):
        v = q[key]
        if v is not None and (not math.isfinite(v) or abs(v) > MAX_NUMBER):
            raise ValueError(f"{q['text']!s}: numbers must be finite and below 1e15")
    return q


def _fmt(number) -> str:
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,}"


def format_number(value: float) -> str:
    """Format a number for labels: thousands grouped, no needless decimals."""
    if value is None:
        return ""
    if abs(value) >= 1e9 and value % 1e8 == 0:
        return f"{value / 1e9:g}B"
    return _fmt(round(value, 2))
