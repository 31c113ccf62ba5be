"""Which template's text a YAML syntax error of a rendered document is due to.

The parser finds a mistake where it can no longer read on, which is often in the text the next
template writes: a slide template whose text is not indented as a slide (a BOM before it, a key at
the margin), or leaves a quote or a bracket open, is read on into the built-in template after it,
and the error named that one. So when the error is at the first line a template wrote, or the
parser says where it began reading what it could not finish (a quote, a flow list) in another
template's text, that other text is taken out and the document parsed again: if the error then goes
away, or is found later, the mistake is in what was taken out, and the error is moved there.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .errors import Problem

Position = tuple[int, int]  # 1-based line and column of the rendered text


def yaml_mistake(text: str) -> tuple[str, Position | None, Position] | None:
    """The YAML syntax error of ``text``: what the parser was reading (its words and where it began,
    if it says) and where it stopped; None if ``text`` parses."""
    import yaml

    try:
        for _ in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass
    except yaml.MarkedYAMLError as exc:
        at = lambda mark: (mark.line + 1, mark.column + 1) if mark is not None else None
        stopped = at(exc.problem_mark) or at(exc.context_mark)
        return (exc.context or "", at(exc.context_mark), stopped) if stopped else None
    except yaml.YAMLError:
        return None
    return None


def blamed(problem: Problem, text: str, mistake: tuple[str, Position | None, Position],
           owner: Callable[[int, int], str]) -> Problem:
    """``problem`` (the YAML ``mistake`` of ``text``) at the rendered line and column where the
    mistake is; ``owner(line, col)`` names the template that wrote a rendered position."""
    rows = text.split("\n")
    context, began, (line, col) = mistake
    if began and not _written(rows, line):  # the text ended inside a quote or bracket: where it opens
        line, col = began
    while line > 1 and not _written(rows, line):  # (at the end of the text: the last line written)
        line, col = line - 1, _indent(rows, line - 1)
    if not _written(rows, line):
        return problem
    known: dict[int, str] = {}

    def who(n: int) -> str:  # the template that wrote line ``n`` ("" for a blank line)
        if n not in known:
            known[n] = owner(n, _indent(rows, n)) if _written(rows, n) else ""
        return known[n]

    mine, stopped = owner(line, col), (line, col)
    opened = began is not None and not context.startswith("while parsing a block")  # a quote, bracket, key
    if who(line) != mine:  # a line begun by a template whose text does not end it: as if it did
        join = next(c for c in range(1, col + 1) if owner(line, c) == mine)
        rows = rows[:line - 1] + [rows[line - 1][:join - 1], rows[line - 1][join - 1:]] + rows[line:]
        split, line, ends = line, line + 1, mistake[2][0] + 1
        again = yaml_mistake("\n".join(rows))
        if again is None or again[2][0] > ends:  # the line's end was the mistake
            return _moved(problem, (split, _indent(rows, split)))
        owners = lambda n: who(n) if n <= split else mine if n == split + 1 else who(n - 1)
        if began and (began[0] > split or began[0] == split and began[1] >= join):  # (in the split lines' numbers)
            began = (began[0] + 1, began[1] - join + 1) if began[0] == split else (began[0] + 1, began[1])
    else:
        owners, ends = who, mistake[2][0]
    at = _blame(rows, owners, line, began if began and began[0] <= line else None, opened, ends)
    if at is None and context == "while scanning a simple key" and began and began[0] < line:
        at = began  # (a key cannot run over lines: its first line lacks its colon)
    return _moved(problem, at) if at else replace(problem, line=stopped[0], col=stopped[1])


def _blame(rows: list[str], who: Callable[[int], str], line: int, began: Position | None,
           opened: bool, ends: int) -> Position | None:
    """Where in another template's text before ``line`` (the error's line, the first of its own
    template's text or not) the mistake is, if it is there (see the module doc); else, in the same
    template, a line of it that leaves its text's level (``_left_level``), or the line before, if the
    error (where the parser stopped: line ``ends``) goes without it and the parser reads further
    without it than without ``line`` (an indentation off on ``line`` is its own mistake, not the line's
    before: also where ``line`` alone is ``_odd``), or as far, and only it is ``_odd`` (a first list item
    out of line), or it leaves a quote or bracket open (``_opens``) and ``line`` does not (the quote
    closed on ``line``, where the parser stopped); else None."""
    mine = who(line)
    starts = [began[0]] if began and who(began[0]) not in ("", mine) else []
    before = next((n for n in range(line - 1, 0, -1) if who(n)), 0)
    at_line = opened and began is not None and began[0] == line  # (the quote or bracket left open opens on the line)
    starts += [before] if before and who(before) != mine and before not in starts and not at_line else []
    ours = _segment(line, len(rows) + 1, who)
    after = next((n for n in range(ours[1] + 1, len(rows) + 1) if _written(rows, n)), 0)
    for start in starts:
        theirs = _segment(start, line, who)
        if _theirs(rows, theirs, ours, after, began):
            in_theirs = began is not None and theirs[0] <= began[0] <= theirs[1]
            return began if in_theirs and opened and began else _last(rows, *theirs)
    if before and who(before) == mine:  # the line before it, in the same template, where it is more to blame
        left = _left_level(rows, who, line, ends)
        if left:
            return left
        again, without_line = _reach(_stop_without(rows, before, before)), _reach(_stop_without(rows, line, line))
        odd = _odd(rows, before), _odd(rows, line)
        if again > ends and (again > without_line and odd != (False, True)
                             or _opens(rows[before - 1]) and not _opens(rows[line - 1])
                             or again == without_line and odd == (True, False)):
            return before, _indent(rows, before)
    return None


def _odd(rows: list[str], n: int) -> bool:
    """Whether line ``n`` is shaped as no other line of the text: indented as none other, or begun by a
    dash with no space after it (of two lines either of which the text parses without, the one to edit)."""
    indent = _indent(rows, n)
    alike = any(_indent(rows, m) == indent for m in range(1, len(rows) + 1) if m != n and _written(rows, m))
    return not alike or re.match(r"\s*-[^\s-]", rows[n - 1]) is not None


def _left_level(rows: list[str], who: Callable[[int], str], line: int, ends: int) -> Position | None:
    """The last line before ``line`` in its template's text that is indented less than that text's first
    line (a key at the margin of a slide's text, read as the document's own), if the parser reads past
    ``ends`` with it indented as one of the lines above it (or as the text after their dashes); else None."""
    first = _segment(line, line + 1, who)[0]
    written = [n for n in range(first, line) if _written(rows, n)]
    dedented = [n for n in written[1:] if _indent(rows, n) < _indent(rows, written[0])]
    if not dedented:
        return None
    n = dedented[-1]
    above = [rows[m - 1] for m in written if m < n]
    for column in sorted({len(row) - len(row.lstrip(strip)) for row in above for strip in (" ", " -")}, reverse=True):
        again = yaml_mistake("\n".join(rows[:n - 1] + [" " * column + rows[n - 1].lstrip()] + rows[n:]))
        if again is None or again[2][0] > ends:
            return n, _indent(rows, n)
    return None


def _reach(stop: Position | None) -> float:
    """How far the parser reads the text (to the line of ``stop``; all of it where it parses)."""
    return float("inf") if stop is None else stop[0]


def _theirs(rows: list[str], theirs: tuple[int, int], ours: tuple[int, int], after: int,
            began: Position | None) -> bool:
    """Whether the mistake is in the lines ``theirs`` rather than in ``ours`` (the error's template's
    lines after them; ``after``: the first line written after those, 0 if none): without theirs the
    text parses (or stops only past ``after``) and without ours it still stops where the next text
    begins; if both parse without, where the parser began reading is in theirs, or their first line
    is indented unlike the texts around them and ours is not."""
    bound = after or len(rows) + 1
    without_theirs, without_ours = _stop_without(rows, *theirs), _stop_without(rows, *ours)
    if without_theirs is not None and without_theirs[0] <= bound:
        return False
    if without_ours is not None and without_ours[0] <= bound:
        return True
    if began and theirs[0] <= began[0] <= theirs[1]:
        return True
    around = after or next((n for n in range(theirs[0] - 1, 0, -1) if _written(rows, n)), 0)
    first_of = lambda lines: next((_indent(rows, n) for n in range(lines[0], lines[1] + 1) if _written(rows, n)), 0)
    level = _indent(rows, around) if around else 0
    return bool(around) and first_of(theirs) != level and first_of(ours) == level


def _stop_without(rows: list[str], first: int, end: int) -> Position | None:
    """Where the parser stops in ``rows`` without lines ``first`` to ``end`` (in the lines' own
    numbering), or None if that text parses."""
    again = yaml_mistake("\n".join(rows[:first - 1] + rows[end:]))
    if again is None:
        return None
    line, col = again[2]
    return line + (end - first + 1 if line >= first else 0), col


def _written(rows: list[str], n: int) -> bool:
    return 0 < n <= len(rows) and bool(rows[n - 1].strip())


def _indent(rows: list[str], n: int) -> int:
    """The column where line ``n`` starts."""
    return len(rows[n - 1]) - len(rows[n - 1].lstrip()) + 1


def _last(rows: list[str], first: int, end: int) -> Position:
    """The start of the last written line from ``first`` to ``end`` that leaves a quote or bracket open
    (``_opens``), else of the last written line."""
    written = [m for m in range(end, first - 1, -1) if _written(rows, m)]
    m = next((m for m in written if _opens(rows[m - 1])), written[0])
    return m, _indent(rows, m)


def _opens(row: str) -> bool:
    """Whether ``row`` leaves a double quote, a bracket or a brace open (an odd number of quotes not
    escaped, more opening brackets than closing ones)."""
    return (row.count('"') - row.count('\\"')) % 2 == 1 or row.count("[") > row.count("]") or row.count("{") > row.count("}")


def _moved(problem: Problem, at: Position) -> Problem:
    return replace(problem, line=at[0], col=at[1], message=f"{problem.message} (found in the text after this: "
                                                          "something here is left open, or indented for no place)")


def _segment(n: int, stop: int, who: Callable[[int], str]) -> tuple[int, int]:
    """The first and last rendered lines of the text around line ``n``, before line ``stop``, that one
    template wrote (blank lines around it included)."""
    first = end = n
    while first > 1 and who(first - 1) in ("", who(n)):
        first -= 1
    while end + 1 < stop and who(end + 1) in ("", who(n)):
        end += 1
    return first, end
