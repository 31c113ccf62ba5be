"""User errors: one type for every mistake in content, templates or usage.

The CLI prints each as ``FILE:LINE:COL: message`` and exits 1. Anything else that
escapes is a bug: the CLI says so in one line and exits 70, with no traceback (with
``BRIEFING_DEBUG=1`` in the environment, the traceback follows, for a bug report).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# What a terminal would act on rather than show: C0 controls but tab (a newline, a carriage return or
# U+2028 in a name would make a one-line message two), DEL, C1 controls (an OSC 52 sequence in an
# audience's description would write the user's clipboard), the line and paragraph separators, and
# the bidi overrides and isolates that reorder what follows them.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` for the console, on one line: each control character shown as its escape (``\\n``,
    ``\\x1b``, ``\\u2028``)."""
    return _CONTROL.sub(lambda m: _NAMED.get(m.group()) or (f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                                                           else f"\\u{ord(m.group()):04x}"), text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where it is (line and column are 1-based)."""

    message: str
    file: str = ""
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if not self.file:
            return printable(f"error: {self.message}")
        where = self.file
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        return printable(f"{where}: {self.message}")


class BriefingError(Exception):
    """A user mistake; carries every problem found, so all are reported at once."""

    def __init__(self, problems: list[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InternalError(Exception):
    """A bug met while doing something the message names (a file being written): not the input's
    fault, so the CLI reports it as every other bug (exit 70). Its cause is the exception itself."""
