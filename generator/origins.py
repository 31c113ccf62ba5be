"""Where a rendered document's text came from: the template file and line that wrote it.

The Document is checked as YAML text rendered from an audience's templates, so a mistake a
template writes (a misspelt field, a layout that does not exist) is found at a line of that
text, which the user never sees. Each such problem is moved to the template file and line that
wrote the text. A render that fails is run once more (templates are deterministic, and a second
render that writes other text leaves the problems where they were); on that run the template
frame behind each chunk on a line in question is read (Jinja maps its compiled code to template
lines), so a render that succeeds pays nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .errors import Problem
from .runaway import innermost, running_template
from .syntax_origin import blamed, yaml_mistake


def _chunk_origins(generator, lines: list[int], written) -> tuple[str, list[tuple]]:
    """The text ``generator`` writes, and for each chunk that touches one of ``lines`` (sorted,
    1-based): (rendered line and column it starts at, template file, line and column, whether
    the chunk is the template's own text, rendered line it ends on). ``written()`` counts the
    values written so far."""
    parts: list[str] = []
    found: list[tuple] = []
    sources: dict[str, str] = {}
    line, col, values = 1, 1, written()
    for chunk in generator:
        parts.append(chunk)
        newlines = chunk.count("\n")
        i = bisect_left(lines, line)
        if i < len(lines) and lines[i] <= line + newlines:
            file, template_line = running_template(innermost(generator).gi_frame)
            literal = written() == values  # not a value (a value goes through the finalize hook)
            found.append((line, col, file, *_in_source(file, template_line, chunk, literal, sources), literal,
                          line + newlines))
        values = written()
        if newlines:
            line, col = line + newlines, len(chunk) - chunk.rfind("\n")
        else:
            col += len(chunk)
    return "".join(parts), found


def _in_source(file: str, line: int, chunk: str, literal: bool, sources: dict) -> tuple[int, int]:
    """Where in the template ``chunk`` starts (line and column, 0 if not known): a literal chunk
    is found in the template text from ``line`` on (the compiled code names the line of the
    statement before it), a value is at the one ``{{`` of its line."""
    if not file:
        return line, 0
    if file not in sources:
        try:
            with open(file, encoding="utf-8-sig") as f:  # (as the loader reads templates: a BOM is no text)
                sources[file] = f.read()
        except (OSError, UnicodeDecodeError):
            sources[file] = ""
    text = sources[file]
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if not start:
            return line, 0
    if literal:
        at = text.find(chunk, start)
        if at < 0:  # (constant values folded into the text by Jinja's compiler)
            return line, 0
        return line + text.count("\n", start, at), at - text.rfind("\n", 0, at)
    end = text.find("\n", start)
    row = text[start:] if end < 0 else text[start:end]
    return line, row.index("{{") + 1 if row.count("{{") == 1 else 0


def _origin(found: list[tuple], line: int, col: int, starts: list | None = None) -> tuple[str, int, int]:
    """The template file, line and column (0 where not known) of rendered ``line``:``col`` (``starts``:
    where each chunk of ``found`` starts, if known)."""
    starts = [(start[0], start[1]) for start in found] if starts is None else starts
    i = bisect_left(starts, (line, col + 1)) - 1  # the last chunk starting there or before
    if i < 0 or not found[i][2] or found[i][-1] < line:  # (a position past the end: no chunk wrote it)
        return "", 0, 0
    start_line, start_col, file, template_line, template_col, literal, _ = found[i]
    if not literal:  # a value: where the template writes it
        return file, template_line, template_col
    after = line - start_line  # the template's own text, line for line
    if after:
        return file, template_line + after, col
    return file, template_line, template_col + col - start_col if template_col else 0


_FIRST = re.compile(r"\(first defined at line (\d+)\)")  # (a duplicate key's message: see yamlio.py)


def _first_placed(message: str, file: str, text: str, found: list[tuple]) -> str:
    """``message`` (of a problem moved to ``file``) with the rendered line it names, where a key
    was first defined, named in the template that wrote it (or left out, if not known)."""
    named = _FIRST.search(message)
    if not named:
        return message
    line = int(named.group(1))
    row = text.split("\n", line)[line - 1]
    first, first_line, _ = _origin(found, line, len(row) - len(row.lstrip()) + 1)
    where = "" if not first else f"line {first_line}" if first == file else f"{first}:{first_line}"
    return message[:named.start()] + f"(first defined at {where})" if where else message[:named.start()].rstrip()


def placed(problems: list[Problem], rendered: str, text: str, generate, written) -> list[Problem]:
    """``problems``, those at a position of the text named ``rendered`` moved to the template file
    and line that wrote it. ``text`` is what the render wrote; ``generate()`` starts it again,
    and ``written()`` counts the values that render has written so far."""
    ours = [p for p in problems if p.file == rendered and p.line]
    lines = sorted({p.line for p in ours} | {int(m.group(1)) for p in ours if (m := _FIRST.search(p.message))})
    if not lines:
        return problems
    mistake = yaml_mistake(text) if len(problems) == 1 else None  # (text that does not parse: one problem)
    if mistake:  # which template wrote each line up to it (see syntax_origin.py)
        lines = list(range(1, max(lines[-1], mistake[2][0], text.count("\n") + 1) + 1))
    again, found = _chunk_origins(generate(), lines, written)
    if again != text:  # not the same render: its positions would mislead
        return problems
    if mistake:
        starts = [(start[0], start[1]) for start in found]
        problems = [blamed(problems[0], text, mistake, lambda line, col: _origin(found, line, col, starts)[0])]
    moved = []
    for problem in problems:
        file, line, col = _origin(found, problem.line, problem.col) if problem.file == rendered else ("", 0, 0)
        message = _first_placed(problem.message, file, text, found) if file else problem.message
        moved.append(replace(problem, message=message, file=file, line=line, col=col) if file else problem)
    return list(dict.fromkeys(moved))  # (a template line that writes many slides: said once)
