"""Where a YAML syntax error of a file the user wrote is to be edited, when the parser stops later.

The parser says where it could no longer read on; two mistakes let it read on for lines first:
- a quote or bracket left open: it reads to the end of the file (or of a flow list) before it fails,
  so the error is where the quote or bracket opens (the parser's context mark);
- a key indented less than the keys beside it (``points:`` at the margin under a topic): its
  list is read as the outer block's, and the parser stops at the next key of the topic, lines on.
  A line indented less than the line before it is that mistake where, indented as a line above
  it, the parser reads past the line it stopped at.
"""
from __future__ import annotations

import re

Position = tuple[int, int]  # 1-based line and column
MOST_TRIED = 3  # columns a key out of line is tried at (each is a parse of the text)
_BLOCK = re.compile(r"while parsing a block (mapping|collection)")
_RUN_ON = "mapping values are not allowed in this context"  # (a key's text run on to the next line's key)


def placed(text: str, message: str, context: str, began: Position | None,
           stopped: Position) -> tuple[Position, str]:
    """Where to report the syntax error ``message`` the parser found at ``stopped`` (while reading
    ``context``, begun at ``began``), and its message there."""
    line = stopped[0]
    if began and began[0] < line and context.startswith(("while scanning a quoted", "while parsing a flow")):
        return began, f"{message} (opened here and not closed: the parser read on to line {line})"
    if began and began[0] < line and context.startswith("while scanning a simple key"):
        return began, f"{message} (a key's first line needs its colon: the parser read on to line {line})"
    if _BLOCK.match(context) or message.endswith(_RUN_ON):
        rows = text.split("\n")
        n = _out_of_line(rows, line)
        if n is not None and any(_reads_past(rows, n, column, line) for column in _columns(rows, n)):
            return (n, _indent(rows[n - 1])), ("this line is indented less than the lines it belongs with, "
                                               "so the lines after it are read as another block's "
                                               f"(the parser stopped at line {line}: {message})")
    return stopped, message


def _out_of_line(rows: list[str], line: int) -> int | None:
    """The line before ``line`` that may be a key out of line: the nearest written line indented no
    more than ``line``, if it is indented less, and less than the written line before it (``line``
    goes back to a level of the block that it left; a line indented as those between is their own)."""
    level = _indent(rows[line - 1])
    for n in range(line - 1, 0, -1):
        if _written(rows[n - 1]) and _indent(rows[n - 1]) <= level:
            above = next((m for m in range(n - 1, 0, -1) if _written(rows[m - 1])), None)
            left = above is not None and _indent(rows[above - 1]) > _indent(rows[n - 1])
            return n if left and _indent(rows[n - 1]) < level else None
    return None


def _columns(rows: list[str], n: int) -> list[int]:
    """The columns line ``n`` may have been meant at: where the lines of the block it left begin, or
    their text after a dash (deepest first)."""
    own, columns = _indent(rows[n - 1]), set()
    for m in range(n - 1, 0, -1):
        row = rows[m - 1]
        if not _written(row):
            continue
        if _indent(row) <= own:
            break
        columns |= {_indent(row), len(row) - len(row.lstrip(" -")) + 1}
        if len(columns) >= MOST_TRIED:  # (the nearest lines' columns: each is a parse of the text)
            break
    return sorted(columns, reverse=True)


def _reads_past(rows: list[str], n: int, column: int, line: int) -> bool:
    """Whether the parser reads past ``line`` with line ``n`` begun at ``column``, and reads a value
    begun on line ``n`` (moved into a block of text above it, the line would be read as text)."""
    import yaml

    moved = rows[:n - 1] + [" " * (column - 1) + rows[n - 1].lstrip()] + rows[n:]
    begun = False
    try:
        for event in yaml.parse("\n".join(moved), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            at = event.start_mark.line + 1 if event.start_mark else 0
            begun = begun or at == n
            if at > line:
                return begun
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return begun and mark is not None and mark.line + 1 > line
    return begun


def _written(row: str) -> bool:
    """Whether a line holds more than blanks and a comment."""
    return bool(row.strip()) and not row.lstrip().startswith("#")


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip()) + 1
