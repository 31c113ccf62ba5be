"""How the times of one notes file are read, line by line, and the warnings their reading gives."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..errors import BriefingError, Problem
from .times import LEADING, is_lone_unit, read_time, unread_time


@dataclass
class LineTimes:
    """How the times of one notes file are read, and the warnings their reading gives."""

    file: str
    units: bool  # the notes write times in units (1h02m), so a lone "45m" at a line's start is one too
    out: list[Problem]  # the import's warnings
    found: list[Problem] = field(default_factory=list)  # the warnings of the line being read

    def report(self, page: int) -> None:
        """Add the warnings of the line just read to the import's, ``page`` columns further right
        (the form feeds the line started with)."""
        self.out.extend(replace(p, col=p.col + page) for p in self.found)
        self.found.clear()

    def at(self, match: re.Match, line: int, col: int) -> int | None:
        """The seconds of the time ``match`` found (``col``: where it starts), or None where a lone
        unit at a line's start is taken for a quantity (with a warning if a title follows it)."""
        ts = match.group("ts")
        if is_lone_unit(ts) and match.re is LEADING and not match.group("open") and not self.units:
            if match.group("title")[:1].isupper():
                self.found.append(Problem(f"'{ts}' at the start of the line is not read as a time (it may be a "
                                          f"quantity); write it in brackets, [{ts}], if it is one", self.file, line, col))
            return None
        seconds = self.read(ts, line, col)
        end = match.group("end") if match.re is LEADING else None
        if end is not None and self.read(end, line, col + match.start("end") - match.start("ts")) < seconds:
            self.found.append(Problem(f"the range {ts}-{end} ends before it starts; read as starting at {ts}",
                                      self.file, line, col))
        return seconds

    def unread(self, text: str, line: int, col: int) -> bool:
        """Whether ``text`` opens with what looks like a time but is none this reads (``0:28:00:00 Four``):
        then a warning says so, and the line is kept as an item of its own (never glued to the one before)."""
        odd = unread_time(text)
        if odd is None:
            return False
        shown = odd if len(odd) <= 40 else odd[:40] + "…"
        self.found.append(Problem(f"'{shown}' is not a time this reads (write 13:28 or 1:08:52); the line is kept "
                                  "as an item without a time", self.file, line, col + text.index(odd[0])))
        return True

    def read(self, ts: str, line: int, col: int) -> int:
        """The seconds of the time ``ts`` at ``line``, ``col``; a broken time is an error there."""
        try:
            seconds, note = read_time(ts)
        except ValueError as exc:
            raise BriefingError(Problem(f"broken timestamp: {exc}", self.file, line, col)) from None
        if note:
            self.found.append(Problem(note, self.file, line, col))
        return seconds
