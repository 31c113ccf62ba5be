"""Links in the notes that content may not hold (``[x](javascript:…)``, ``file:``, ``data:``): the
import leaves the link out and keeps its text, with a warning where it is, rather than refuse the
whole file (a chapter list copied from a page can carry one)."""
from __future__ import annotations

from ..content import _check_link
from ..errors import Problem
from ..inline import links


def drop_unsafe_links(data, positions: dict, file: str) -> list[Problem]:
    """Replace in ``data`` (in place) each inline link whose address a source may not have by its
    text; a warning for each, at the line of the text it was in (``positions``: data path -> (line, col))."""
    warnings: list[Problem] = []

    def visit(value, path: tuple):
        if isinstance(value, dict):
            for key, inner in value.items():
                value[key] = visit(inner, (*path, key))
        elif isinstance(value, list):
            value[:] = [visit(inner, (*path, i)) for i, inner in enumerate(value)]
        elif isinstance(value, str):
            return _safe(value, path)
        return value

    def _safe(text: str, path: tuple) -> str:
        for offset, url in reversed(links(text)):
            try:
                _check_link(url)
                continue
            except ValueError as exc:
                why = str(exc)
            end = text.find(f"]({url}", offset)
            close = text.find(")", end + len(url) + 2) if end >= 0 else -1
            if close < 0:
                continue  # (not the markup's own span: left to the content's check)
            text = text[:offset] + text[offset + 1:end] + text[close + 1:]
            line, col = next((positions[path[:n]] for n in range(len(path), 0, -1) if path[:n] in positions), (1, 1))
            warnings.append(Problem(f"a link left out, its text kept: {why}", file, line, col))
        return text

    visit(data, ())
    return warnings
