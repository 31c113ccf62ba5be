"""User errors: one type for every mistake in content, templates or usage.

The CLI prints each as ``FILE:LINE:COL: message`` and exits 1. Anything else that
escapes is a bug: the CLI says so in one line and exits 70, with no traceback.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where it is (line and column are 1-based)."""

    message: str
    file: str = ""
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if not self.file:
            return f"error: {self.message}"
        where = self.file
        if self.line:
            where += f":{self.line}:{self.col or 1}"
        return f"{where}: {self.message}"


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
