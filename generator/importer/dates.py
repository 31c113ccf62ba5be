"""Dates and durations as notes write them: ``January 9, 2026``, ``9 Jan 2026``, ``2026-01-09``,
``7 mai 2026``, ``7. Mai 2026``, ``7 de mayo de 2026``, ``08 בדצמבר 2015`` (the
months of every language file), a timestamp in milliseconds; ``1:02:33``,
``85:10``, ``62 min``, ``1h 2m``."""
from __future__ import annotations

import datetime
import re
from functools import cache

from ..words import built_in_languages, load_words

_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), 1) for m in names}
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))  # for patterns: whole month names, longest first


@cache
def _date_months() -> dict[str, int]:
    """The month names a date may be written with: English, and each built-in language's ``month_names``
    (``generator/lang/<code>.yaml``: "7 mai 2026", "7. Mai 2026", "7 de mayo de 2026", "08 בדצמבר 2015"),
    read in dates only (MONTH_NAMES stays English: "Mars" or "Mai" in a figure's label is no month)."""
    found = dict(_MONTHS)
    for code in built_in_languages():
        named = load_words(code).get("month_names", "").split(",")
        found.update({form.strip().casefold(): i for i, month in enumerate(named, 1) if len(named) == 12
                      for form in month.split("/") if form.strip()})
    return found


_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\b|(?=T\d\d:\d\d))")  # (a time after "T": ISO 8601)
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|\.)? (?:of |de )?([^\W\d_]{3,9})\.?,? (?:de )?(\d{4})(?!\d)")
_CLOCK = re.compile(r"^(\d{1,3}:\d{2}(?::\d{2})?)(?: ?(?:minutes|mins?|hours|hrs?))?$", re.IGNORECASE)
_SPAN = re.compile(r"^(?:(\d{1,3}) ?(?:h|hr|hrs|hours?)\b)? ?(?:(\d{1,4}) ?(?:m|min|mins|minutes?)\b)? ?"
                   r"(?:(\d{1,4}) ?(?:s|sec|secs|seconds?)\b)?$", re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """The ISO date (``2026-01-09``) of ``January 9, 2026``, ``9 Jan 2026``, ``2026-01-09`` and the like."""
    found = find_date(text)
    return found[0] if found else None


def find_date(text: str) -> tuple[str, int] | None:
    """The first date in ``text`` (ISO) and where it ends in ``text`` with its white space cut to single spaces."""
    text = " ".join(text.split())
    if re.fullmatch(r"\d{10}|\d{13}", text):  # seconds or milliseconds since 1970, as site generators write
        stamp = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).date().isoformat(), len(text)
    found = _ISO.search(text)
    if found:
        parts = (int(found.group(1)), int(found.group(2)), int(found.group(3)))
    else:
        month_first, day_first = _MONTH_FIRST.search(text), _DAY_FIRST.search(text)
        if month_first and month_first.group(1).lower() in _MONTHS:
            found = month_first
            parts = (int(month_first.group(3)), _MONTHS[month_first.group(1).lower()], int(month_first.group(2)))
        elif day_first and day_first.group(2).casefold() in _date_months():
            found = day_first
            parts = (int(day_first.group(3)), _date_months()[day_first.group(2).casefold()], int(day_first.group(1)))
        else:
            return None
    try:
        return datetime.date(*parts).isoformat(), found.end()
    except ValueError:
        return None


# A line that is only a date in figures and a time of day, as an app's export stamps its notes
# ("17:04 10/12/25", also glued: "17:0410/12/25")
STAMP = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?")


def stamp_date(text: str) -> str | None:
    """The ISO date of a ``STAMP`` line when its day and month cannot be mixed up (one of them is
    past 12, or both are the same), else None (10/12/25 is 10 December or October 12)."""
    found = STAMP.fullmatch(text.strip())
    if not found:
        return None
    first, second, year = (int(g) for g in found.groups())
    year += 2000 if year < 100 else 0
    if first > 12 >= second or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_duration(text: str) -> str | None:
    """A duration as a timestamp (``1:02:33``) from ``1:02:33``, ``62 min``, ``1h 2m`` or ``1 hour 2 minutes``."""
    text = " ".join(text.replace(",", " ").split())
    clock = _CLOCK.match(text)
    if clock:  # "85:10" is 1:25:10; "1:75:00" is no duration
        parts = [int(p) for p in clock.group(1).split(":")]
        hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)
        if seconds > 59 or (len(parts) == 3 and minutes > 59):
            return None
        total = hours * 3600 + minutes * 60 + seconds
        return f"{total // 3600}:{total // 60 % 60:02}:{total % 60:02}"
    found = _SPAN.match(text)
    if not found or not any(found.groups()):
        return None
    h, m, s = (int(g or 0) for g in found.groups())
    total = h * 3600 + m * 60 + s
    return f"{total // 3600}:{total // 60 % 60:02}:{total % 60:02}"
