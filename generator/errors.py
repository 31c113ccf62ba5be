"""User errors: one type for every mistake in content, templates or usage.

The CLI prints each as ``FILE:LINE:COL: message`` and exits 1. Anything else that
escapes is a bug: the CLI says so in one line and exits 70, with no traceback (with
``BRIEFING_DEBUG=1`` in the environment, the traceback follows, for a bug report).
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


class InternalError(Exception):
    """A bug met while doing something the message names (a file being written): not the input's
    fault, so the CLI reports it as every other bug (exit 70). Its cause is the exception itself."""
