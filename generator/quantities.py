"""Numbers as people write them: ``~128,000``, ``500,000-700,000``, ``$50B``, ``27x``; and what a
number in running text is: a quantity (``QUANTITY``), or an index (``is_index``: "episode 459"), a
year, or part of a word, a time or a version (``glued``: "5th", "12:30", "1.2.3"). The deck's weights
(``weigh``) and the importer's key figures (``importer.evidence``) both read text with these."""
from __future__ import annotations

import re
from functools import lru_cache

from .limits import MAX_NUMBER, MIN_NUMBER, drawable

_DIGITS = r"\d{1,3}(?:[,\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"  # 6,000 · 6 000 (fr) · 2.5 · 2,5 (fr, de)
_APPROX = r"~|≈|about |around |roughly |nearly |almost |approximately |approx\.? |over |more than |up to "
# A number in running text, with what says what it counts: ``approx`` ("about ", "~", "over "), ``cur``
# (a currency sign), ``amount`` (the number, ``num``, and a range's other end ``high``: "10-15",
# "80 to 90", but not "from 43 to 12"), ``scale`` ("million", "milliards", "bn", "K"), then ``pct`` (%, percent, pour cent,
# Prozent, por ciento) or ``times`` ("5x", "3-fold"). A number right after a letter, a digit or
# ``.,#/:-`` is part of something else ("Q3", "COVID-19", "v1.2", "#3", "12:30").
QUANTITY = re.compile(
    rf"(?<![\w.,#/:-])(?P<approx>{_APPROX})?(?P<cur>[$€£¥]\s?)?"
    rf"(?:(?<=\bfrom )(?P<change>))?"  # "from 43 to 12" is a change, two quantities; "80 to 90%" a range
    rf"(?P<amount>(?P<num>{_DIGITS})(?:\s?(?:-|–|(?(change)(?!)|to))\s?[$€£¥]?(?P<high>{_DIGITS}))?)"
    r"(?:\s?(?P<scale>thousand|millions?|milliards?|billions?|trillion|bn|mn|[kKMBT])\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per ?cent\b|pour ?cent\b|prozent\b|por ciento\b)|(?P<times>[x×](?!\w)|-fold\b))?",
    re.IGNORECASE)
# Words that make the number after them an index, not a quantity: "episode 459", "#3", "part 2" (not
# "day" or "week": "this past week 30 years" ends a time phrase before a quantity).
INDEX_WORDS = ("episode", "ep", "no", "number", "part", "chapter", "season", "series", "vol", "volume", "page",
               "section", "article", "item", "step", "rule", "phase", "round", "version", "v", "java", "python",
               "top", "level", "class", "grade", "room", "route", "line", "act", "title", "clause", "paragraph",
               "figure", "table", "slide", "épisode", "partie", "chapitre")
_INDEX = re.compile(rf"(?:#\s*|\b(?:{'|'.join(INDEX_WORDS)})\.?\s+)$", re.IGNORECASE)
YEAR = re.compile(r"1[89]\d\d|20\d\d|2100")
_INDEX_REACH = 12  # the characters before a number that may make it an index


def is_index(text: str, start: int) -> bool:
    """Whether the number at ``start`` of ``text`` is an index ("episode 459", "#3"): see INDEX_WORDS."""
    return _INDEX.search(text[max(0, start - _INDEX_REACH):start]) is not None


def glued(text: str, end: int) -> bool:
    """Whether the number found up to ``end`` of ``text`` runs into a word ("5th", "3D"), a time
    ("12:30") or a version ("1.2.3"), which makes it no quantity."""
    after = text[end:end + 2]
    return bool(after) and (after[0].isalnum() or re.match(r"[:.,]\d", after) is not None)


# what a scale word or letter multiplies by (case-folded: "bn", "B", "billion"; "m" is a million)
SCALES = {"": 1.0, "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "t": 1e12}
# units written out, as their abbreviations ("2.2 gigawatt" says "2.2 GW"), singular; a plural adds "s"
UNIT_NAMES = {"gigawatt": "GW", "megawatt": "MW", "kilowatt": "kW", "terawatt": "TW", "watt": "W",
              "gigawatt-hour": "GWh", "megawatt-hour": "MWh", "kilowatt-hour": "kWh", "terawatt-hour": "TWh",
              "petabyte": "PB", "terabyte": "TB", "gigabyte": "GB", "megabyte": "MB", "kilobyte": "kB",
              "kilometre": "km", "kilometer": "km", "kilogram": "kg", "hertz": "Hz", "gigahertz": "GHz"}
_UNIT = re.compile(r"\s?(?:(?P<abbr>[kMGTP]?(?:Wh|W|B|bps|Hz|iB)|km|kg)|(?i:(?P<name>"
                   + "|".join(sorted(map(re.escape, UNIT_NAMES), key=len, reverse=True)) + r")s?))\b")
_CURRENCY_AFTER = re.compile(r"\s?(?P<name>dollars?|usd|euros?|eur|pounds?|gbp)\b", re.IGNORECASE)
_CURRENCY_NAMES = {"dollar": "$", "usd": "$", "euro": "€", "eur": "€", "pound": "£", "gbp": "£"}


def said_quantities(text: str) -> list[tuple[int, int, tuple]]:
    """Each quantity ``text`` says (``_said``; a new list each time: the caller's to change)."""
    return list(_said(text))


@lru_cache(maxsize=1 << 12)  # (a string alone: asked of the same texts many times in a render and by a --watch rebuild)
def _said(text: str) -> tuple[tuple[int, int, tuple], ...]:
    """Each quantity ``text`` says, as (start, end, what it is): its currency, its value (the low and
    high ends of a range) with its scale applied, and its unit ("%", "x", "GW"), so that a quantity
    written out reads as its abbreviation: "$1.3 billion" as "$1.3B", "2.2 gigawatts" as "2.2 GW",
    "54 percent" as "54%", "1.3 billion dollars" as "$1.3 billion". Indexes and numbers glued to a
    word ("5th", "12:30") are none."""
    out = []
    for m in QUANTITY.finditer(text):
        end = m.end()
        unit = _UNIT.match(text, end) if not (m.group("pct") or m.group("times")) else None
        if (glued(text, end) and unit is None) or is_index(text, m.start()):
            continue
        scale = SCALES.get((m.group("scale") or "").casefold(), 1.0)
        cur = (m.group("cur") or "").strip()
        money = _CURRENCY_AFTER.match(text, end) if not cur and unit is None else None
        if money:
            cur, end = _CURRENCY_NAMES[money.group("name").casefold().rstrip("s")], money.end()
        if unit:
            end = unit.end()
            unit_of = unit.group("abbr") or UNIT_NAMES[unit.group("name").casefold()]
        else:
            unit_of = "%" if m.group("pct") else "x" if m.group("times") else ""
        high = _scaled(m.group("high"), scale) if m.group("high") else None
        out.append((m.start(), end, (cur, _scaled(m.group("num"), scale), high, unit_of)))
    return tuple(out)


def forget_quantities() -> None:
    """Let go of the quantities kept per text (``_said``), as key_words.forget_texts does of its own."""
    _said.cache_clear()


def stated(text: str) -> set[tuple]:
    """The quantities ``text`` states (see said_quantities), a bare year left out ("2025" dates, it
    counts nothing): what a figure must show for the sentence it came from to be said by it."""
    return {q for _, _, q in said_quantities(text) if not _is_year(q)}


def _is_year(quantity: tuple) -> bool:
    cur, value, high, unit = quantity
    return not cur and not unit and high is None and value.is_integer() and YEAR.fullmatch(f"{value:.0f}") is not None


def _scaled(digits: str, scale: float) -> float:
    """The number ``digits`` times ``scale``, to nine significant digits ("1,300 million" is "1.3 billion")."""
    return float(f"{number_value(digits) * scale:.9g}")


def quantity_of(value: str) -> tuple | None:
    """What the quantity ``value`` is as a whole (see said_quantities: "$1.3B" and "$1.3 billion" are
    one), or None where it is no single quantity ("8 of 256", "Q3")."""
    found = said_quantities(value.strip())
    return found[0][2] if len(found) == 1 and found[0][1] == len(value.strip()) else None


def number_value(digits: str) -> float:
    """The value of a number as ``QUANTITY``'s ``num`` finds it: thousands grouped by commas or
    (narrow) spaces, a decimal point or comma ("6,000", "6 000", "2,5" is 2.5)."""
    if re.search(r"[,\u202f ]\d{3}", digits):
        return float(re.sub(r"[,\u202f ]", "", digits))
    return float(digits.replace(",", "."))

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
    written = " ".join(text.split())
    negative = written[:1] in ("-", "\u2212") and written[1:2].isdigit()  # a loss, "-12" (not a range's end)
    match = _PATTERN.fullmatch(written[1:] if negative else written)
    if match and negative and match.group(5):
        match = None  # (a range of negative numbers is not read: "-5-2" could be either)
    if not match:
        shown = text if len(text) <= 60 else text[:57] + "…"  # the error stays readable for a 20,000-character value
        raise ValueError(f"'{shown}' is not a number (write e.g. 128000, ~128,000 or 500,000-700,000)")
    g = match.groups()
    low = _number(g[2], g[3])
    high = _number(g[4], g[5]) if g[4] else None
    if high is not None and g[3] is None and g[5]:
        low *= SCALES[g[5].casefold()]  # "1-2B": the scale written at the end applies to both ends
    out = {"value": -low if negative else low, "low": None, "high": None, "approx": bool(match.group("approx")),
           "text": text.strip()}
    if high is not None:
        if high < low:
            raise ValueError(f"'{text}': a range goes from low to high")
        out.update(value=(low + high) / 2, low=low, high=high)
    return _checked(out)


def _number(digits: str, scale: str | None) -> float:
    if "," in digits and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        raise ValueError(f"'{digits}': commas must group thousands")
    return float(digits.replace(",", "")) * SCALES[(scale or "").casefold()]


def _checked(q: dict) -> dict:
    for key in ("value", "low", "high"):
        v = q[key]
        if v is not None and not drawable(v):
            raise ValueError(f"{q['text']!s}: numbers must be 0 or finite from {MIN_NUMBER:.0e} to {MAX_NUMBER:.0e} in size")
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
