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
    indent = lambda n: len(rows[n - 1]) - len(rows[n - 1].lstrip()) + 1
    written = lambda n: 0 < n <= len(rows) and bool(rows[n - 1].strip())
    if began and not written(line):  # the text ended inside a quote or bracket: where it opens
        line, col = began
    while line > 1 and not written(line):  # (at the end of the text: the last line written)
        line, col = line - 1, indent(line - 1)
    if not written(line):
        return problem
    known: dict[int, str] = {}

    def who(n: int) -> str:  # the template that wrote line ``n`` ("" for a blank line)
        if n not in known:
            known[n] = owner(n, indent(n)) if written(n) else ""
        return known[n]

    mine = owner(line, col)  # (a line may be begun by a template whose text does not end it)
    before = next((n for n in range(line - 1, 0, -1) if who(n)), 0)
    spans = [_segment(n, line + 1 if n == line else line, who) for n in (began[0] if began else 0, line, before)
             if n and who(n) not in ("", mine)]  # another template's text: the one before, the line's start
    spans += [(before, before)] if before and who(before) == mine else []  # the line before it, in the same template
    for first, end in spans:
        if not _cleared(rows, first, end, mistake[2]):
            continue
        if began and first <= began[0] <= end and not context.startswith("while parsing a block"):
            at = began  # where the quote or bracket left open begins
        else:
            at = next((m, indent(m)) for m in range(end, first - 1, -1) if written(m))
        return replace(problem, line=at[0], col=at[1], message=f"{problem.message} (found in the text after this: "
                                                              "something here is left open, or indented for no place)")
    return replace(problem, line=line, col=col)


def _cleared(rows: list[str], first: int, end: int, stopped: Position) -> bool:
    """Whether the text of ``rows`` without lines ``first`` to ``end`` parses, or stops later than ``stopped``."""
    again = yaml_mistake("\n".join(rows[:first - 1] + rows[end:]))
    if again is None:
        return True
    line, col = again[2]
    return (line + (end - first + 1 if line >= first else 0), col) > stopped


def _segment(n: int, stop: int, who: Callable[[int], str]) -> tuple[int, int]:
    """The first and last rendered lines of the text around line ``n``, before line ``stop``, that one
    template wrote (blank lines around it included)."""
    first = end = n
    while first > 1 and who(first - 1) in ("", who(n)):
        first -= 1
    while end + 1 < stop and who(end + 1) in ("", who(n)):
        end += 1
    return first, end
