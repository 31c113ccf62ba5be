"""User errors: one type for every mistake in content, templates or usage.

The CLI prints each as ``FILE:LINE:COL: message`` and exits 1. Anything else that
escapes is a bug: the CLI says so in one line and exits 70, with no traceback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# What a terminal would act on rather than show: C0 controls but tab and newline, DEL, C1 controls (an
# OSC 52 sequence in an audience's description would write the user's clipboard), and the bidi
# overrides and isolates that reorder what follows them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` for the console: each control character shown as its escape (``\\x1b``, ``\\u202e``)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", text)


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


_WARNED: set = set()


def warn(problem: Problem) -> None:
    """Print ``problem`` (its message starts with "warning:") on stderr, once per process."""
    import sys

    if str(problem) not in _WARNED:
        _WARNED.add(str(problem))
        print(problem, file=sys.stderr)
