"""Markdown blocks that are no content of a briefing, blanked before the notes are read (their lines
kept, empty, so every later line keeps its number):

- a fenced code block (```` ``` ```` or ``~~~`` to the same fence, or to the end): a slide shows no
  code listing, and a code line is no point or title; the import warns where each one was left out;
- a thematic break (``---``, ``----``, ``***``, ``___`` alone on a line, after a blank line): it
  separates, it says nothing (after a line of text, ``---`` underlines that line as a heading: kept);
- a line that is only a site generator's shortcode or template tag (Hugo's ``{{< youtube id="…" >}}`` or
  ``{{% … %}}``, Jekyll's ``{% include … %}``): the page's markup, which a slide would show as written
  (text with ``{{ }}`` in it is content, shown literally); a heading over nothing but such tags goes with them.

The notes' front matter (its ``---`` lines) is read before this, and not touched.
"""
from __future__ import annotations

import re

from ..errors import Problem

_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,})")
_BREAK = re.compile(r"\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*")
_SHORTCODE = re.compile(r"\s*(?:\{\{<[^{}]*>\}\}|\{\{%[^{}]*%\}\}|\{%[^{}]*%\})\s*")


def unblocked(lines: list[str], after: int, file: str, warnings: list[Problem]) -> list[str]:
    """``lines`` with their code blocks, thematic breaks and shortcodes blank (see the module doc), from the line
    after ``after`` (the front matter's last) on; a warning in ``warnings`` for each code block."""
    out = list(lines)
    fence = ""
    start = 0
    for i in range(after, len(out)):
        found = _FENCE.match(out[i])
        if fence:
            if found and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence) and \
                    not out[i].strip()[len(found.group(1)):].strip():
                fence = ""
                _left_out(start, i + 1, file, warnings)
            out[i] = ""
        elif found:
            fence, start, out[i] = found.group(1), i + 1, ""
        elif (_BREAK.fullmatch(out[i]) and (i == after or not out[i - 1].strip())) or _SHORTCODE.fullmatch(out[i]):
            out[i] = ""
    if fence:  # (open to the end: its last line that says something)
        _left_out(start, max((n for n, line in enumerate(lines, 1) if line.strip()), default=start), file, warnings)
    return _embeds_unheaded(lines, out, after)


_HEADING = re.compile(r"\s{0,3}#{1,6}\s")


def _embeds_unheaded(lines: list[str], out: list[str], after: int) -> list[str]:
    """``out`` with the Markdown heading of each section that held only shortcodes blank too ("## 观看视频" over
    ``{{< youtube … >}}``, "## Watch the video"): without its embed the heading names nothing said, no topic."""
    heading = None
    for i in range(after, len(out) + 1):
        if i == len(out) or _HEADING.match(out[i]):
            if heading is not None and not any(out[j].strip() for j in range(heading + 1, i)) and any(
                    _SHORTCODE.fullmatch(lines[j]) for j in range(heading + 1, i)):
                out[heading] = ""
            heading = i
    return out


def _left_out(first: int, last: int, file: str, warnings: list[Problem]) -> None:
    warnings.append(Problem(f"a code block (lines {first}–{last}) was left out: a briefing shows no code listing",
                            file, first, 1))
