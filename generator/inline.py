"""Inline markup in content text, parsed once into runs: links ``[text](url)``, bare http(s)
addresses, ``**bold**``, ``*italic*`` and ```code```, with ``\\`` escapes.

Nothing else is read: no HTML, images, headings or ``_`` emphasis; ``{{ }}`` and ``<b>`` are text.
What it reads follows CommonMark's rules, in one linear pass (``inline_parser``). A bare address
shows as its host and path (``example.org/news/item``, at most 40 characters, "…" where cut),
linked to the whole address. Text without ``\\``, backticks, ``*``, ``[`` or an address is
returned as it is, without being parsed; what is parsed is parsed once (cached).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .inline_parser import Run, parse, shown_address

__all__ = ["Run", "cut", "has_markup", "links", "marks", "plain", "runs", "shown_address", "whole_spans"]

_TRIGGER = re.compile(r"[\\`*\[]|https?://", re.IGNORECASE)


def has_markup(text: str) -> bool:
    """Whether ``text`` may hold markup (else it is drawn as it is, one plain run)."""
    return (("\\" in text or "`" in text or "*" in text or "[" in text or "://" in text)  # (most text has none:
            and _TRIGGER.search(text) is not None)  # a test of each character is cheaper than the pattern's search)


def runs(text: str) -> tuple[Run, ...]:
    """``text`` as runs (one plain run when it has no markup)."""
    return _parse(text)[0] if has_markup(text) else (Run(text),)


def plain(text: str) -> str:
    """``text`` as drawn, without markers: a link's text, a bare address as shown."""
    return "".join(r.text for r in _parse(text)[0]) if has_markup(text) else text


def links(text: str) -> tuple[tuple[int, str], ...]:
    """(offset of its ``[`` in ``text``, address) of every link ``[text](address)`` in ``text``."""
    return _parse(text)[1] if has_markup(text) else ()


_WHOLE = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)|`[^`\n]*`")


def whole_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each link and code span of ``text``: where a sentence must not be split."""
    return [m.span() for m in _WHOLE.finditer(text)] if has_markup(text) else []


def marks(parts: tuple[Run, ...]) -> tuple[tuple[int, int, str], ...]:
    """The spans of the plain text measured in another face: (start, end, "c") for code (monospace),
    (start, end, "b") for bold; none for text drawn all alike."""
    out, at = [], 0
    for run in parts:
        if run.code or run.bold:
            out.append((at, at + len(run.text), "c" if run.code else "b"))
        at += len(run.text)
    return tuple(out)


def cut(parts: tuple[Run, ...], start: int, end: int) -> tuple[Run, ...]:
    """The runs of the plain text's characters ``start`` to ``end``."""
    out, at = [], 0
    for run in parts:
        a, b = max(start, at), min(end, at + len(run.text))
        if a < b:
            out.append(run._replace(text=run.text[a - at:b - at]))
        at += len(run.text)
    return tuple(out) or (Run(""),)


@lru_cache(maxsize=4096)  # a text is read in validation, in the Document and by each writer
def _parse(text: str) -> tuple[tuple[Run, ...], tuple[tuple[int, str], ...]]:
    return parse(text)
