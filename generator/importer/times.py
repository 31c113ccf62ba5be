"""Times as people write them in notes, read into seconds.

``13:28`` and ``1:08:52``, as content writes them; around a line's title in brackets, parentheses
or a Markdown link, also in bold (``[01:00:57]``, ``(12:30)``, ``**[03:49](#t=03:49)**``); and as
chapter lists and captions print them, each read the one way it can mean:

- minutes past 59 without hours (``68:37``, as tools print a chapter past the hour) are minutes;
- a field of one digit (``42:2``, ``0:0``, ``1:2:03``) is a tool's unpadded number (42:02), with a
  note, since a cut-off copy of 42:20 would look the same;
- a fraction of a second (``00:13:28.500``, ``00:13:28,500``, as WebVTT and SRT write it; any number
  of digits, ``00:18:00.123456``) is dropped, with a note: 13:28, the second the part starts in;
- a period or comma after the time (``00:20:00. Title``) sets it apart from the title, as a dash does;
- units (``1h2m3s``, ``1h02m``, ``2m30s``) are read; a lone unit (``45m``, ``1h``, ``90s``) is a
  quantity as often as a time, so it is read only in brackets or a link, or where the notes' other
  lines start with times in units (``lone_units``).
"""
from __future__ import annotations

import re

from ..timestamps import format_timestamp

_COLON = r"\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d+)?(?!\d|[:.,]\d)"
_UNITS = r"(?:\d{1,2}h(?:\d{1,3}m(?:\d{1,2}s)?)?|\d{1,3}m(?:\d{1,2}s)?|\d{1,5}s)(?!\w)"
TS = rf"(?:{_COLON}|(?=\d{{1,5}}[hms]){_UNITS})"  # the lookahead: a line of "(1:00a" is not tried three more ways
_BOLD = r"(?:\*\*|__)?"
_LINK_END = r"\]\([^()\s]*\)"  # the end of [03:49](#t=03:49): the link's address is not kept
_SEP = r"(?:\s*[-–—:|]\s*|[.,]?\s+)"

# a range ("(00:18:00-00:19:00) Title", "00:22:00–00:23:00 Title") starts at its first time; the end is read and checked
LEADING = re.compile(rf"^{_BOLD}(?P<open>[(\[])?(?P<ts>{TS})(?:\s*[-–—]\s*(?P<end>{TS}))?(?:{_LINK_END}|[)\]])?{_BOLD}"
                     rf"{_SEP}(?P<title>\S.*)$")
TRAILING = re.compile(rf"^(?P<title>.*?\S)\s*(?=[*_(\[]){_BOLD}(?:\(\[|[(\[])(?P<ts>{TS})(?:\s*[-–—]\s*{TS})?"
                      rf"(?:{_LINK_END}\)?|[)\]]){_BOLD}\s*$")
BARE = re.compile(rf"^{_BOLD}[(\[]?{TS}(?:{_LINK_END}|[)\]])?{_BOLD}$")

_PARTS = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
_SHOWN = 40  # the characters of a time a note quotes
_LONE = re.compile(r"^\d+[hms]$")
_UNITS_LINE = re.compile(r"^[^\S\n]*(?:[-*+•][^\S\n]+)?[(\[*_]{0,3}(?:\d{1,2}h\d{1,3}m|\d{1,3}m\d{1,2}s)", re.MULTILINE)


def lone_units(text: str) -> bool:
    """Whether the notes write times in units: a line starts with one of two units (``1h02m``, ``2m30s``)."""
    return _UNITS_LINE.search(text) is not None


def unread_time(text: str) -> str | None:
    """The first word of ``text`` when it looks like a time but is none ``LEADING`` reads (``00:26:00.5.6``,
    ``0:28:00:00``, an hour of 26 digits) and words follow it; else None. Call it on lines ``LEADING`` refused."""
    word, *rest = text.split(None, 1)
    bare = word.strip("*_()[]")
    return bare if rest and ":" in bare and _CLOCKISH.fullmatch(bare) else None


_CLOCKISH = re.compile(r"\d[\d:.,]*\d")


def is_lone_unit(ts: str) -> bool:
    """Whether ``ts`` is one number and one unit (``45m``): a time only in brackets, or in notes that use units."""
    return _LONE.match(ts) is not None


def read_time(ts: str) -> tuple[int, str]:
    """The seconds in ``ts`` (a match of ``TS``) and a note when it was read other than as written
    (a fraction dropped, an unpadded field); raise ValueError saying what is wrong."""
    if ":" not in ts:
        return _read_units(ts), ""
    clock, _, fraction = ts.replace(",", ".").partition(".")
    fields = clock.split(":")
    hours, minutes, seconds = (int(f) for f in ([] if len(fields) == 3 else ["0"]) + fields)
    if seconds > 59 or (len(fields) == 3 and minutes > 59):
        raise ValueError(f"'{ts}': minutes and seconds go up to 59")
    total = hours * 3600 + minutes * 60 + seconds
    unpadded = any(len(f) == 1 for f in fields[1:]) and total > 0  # 0:0 is 0:00 whichever way it was cut
    if not fraction and not unpadded:
        return total, ""
    why = "the fraction of a second is dropped" if fraction else ""
    if unpadded:
        why = (why + "; " if why else "") + (
            "a field of one digit is read as a tool prints a number unpadded; write the time in full if not")
    shown = ts if len(ts) <= _SHOWN else ts[:_SHOWN] + "…"  # a fraction of a million digits is not quoted whole
    return total, f"'{shown}' read as {format_timestamp(total)} ({why})"


def _read_units(ts: str) -> int:
    hours, minutes, seconds = (int(g or 0) for g in _PARTS.match(ts).groups())  # type: ignore[union-attr]
    if (hours and minutes > 59) or ((hours or minutes) and seconds > 59):
        raise ValueError(f"'{ts}': minutes and seconds go up to 59")
    return hours * 3600 + minutes * 60 + seconds
