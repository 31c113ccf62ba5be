"""Fit text into boxes: pick the largest size that fits, else paginate: as few pages as the floor
size needs, at the largest size that needs no more. A deck's body text takes one of SCALES, chosen
once for the deck (see writers/pptx/scale.py); sub-points are a step smaller (``common.sub_size``).

Works in points on lists of paragraphs (``common.Para``), so that the deck's text fits because it
was measured, not because a viewer shrinks it.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ... import inline
from .. import measure
from ..common import Para
from ..measure import LINE_HEIGHT, line_spans
from .parts import TextPart

INDENT = 22.0  # points of indent per bullet level
SCALES = (24, 22, 20)  # first-level body sizes a deck may take (its sub-points: 20, 18, 18)
SPACE_BEFORE = 0.35  # space before a paragraph, as a multiple of its size


def time_link(ref) -> tuple[str, str]:
    """A time reference as (label, link) for a paragraph, or two empty strings."""
    return (ref.label, ref.url or "") if ref else ("", "")


def bullet_paras(bullets: list, level: int = 0) -> list[Para]:
    """Points (Document bullets) as paragraphs to fit: sub-points a step smaller, at most three levels
    deep; a point that is a link shows its address, linked, on a line of its own."""
    paras = []
    for b in bullets:
        label, url = time_link(b.at) if b.at or not b.url else (b.url, b.url)
        paras.append(Para.rich(b.text, min(level, 2), False, level > 0, label, url, own_line=not b.at and bool(b.url)))
        paras.extend(bullet_paras(b.children, level + 1))
    return paras


def para_height(p: Para, width: float, size: float) -> float:
    """Height of one paragraph, with its space before, at base ``size``."""
    return _para_height(p, width, size, measure.current_family())


@lru_cache(maxsize=8192)  # fitting a slide tries several sizes; paginating measures the same paragraphs again
def _para_height(p: Para, width: float, size: float, family: str) -> float:
    s = p.size_at(size)
    lines = line_spans(p.measured, width - INDENT * (p.level + 1), s, p.bold, p.marks)
    return len(lines) * s * LINE_HEIGHT + s * SPACE_BEFORE


def fits(paras: list[Para], width: float, height: float, size: float) -> bool:
    """Whether ``paras`` fit in the box at ``size``."""
    total = 0.0
    for p in paras:
        total += para_height(p, width, size)
        if total > height:
            return False
    return True


def fit_size(paras: list[Para], width: float, height: float, sizes: tuple) -> float | None:
    """The largest of ``sizes`` at which everything fits, or None."""
    for size in sizes:
        if fits(paras, width, height, size):
            return size
    return None


def paginate(paras: list[Para], width: float, height: float, size: float) -> list[list[Para]]:
    """Split ``paras`` into pages that each fit at ``size``, balanced so no page is left nearly empty.

    A paragraph taller than a page is split by lines.
    """
    pages = _greedy(paras, width, height, size)
    if len(pages) > 1:  # fill each page to about the average, not the first ones to the brim
        total = sum(para_height(p, width, size) for page in pages for p in page)
        target = total / len(pages)
        while target < height:
            balanced = _greedy(paras, width, target, size)
            if len(balanced) == len(pages):
                return balanced
            target *= 1.03
    return pages


def _greedy(paras: list[Para], width: float, height: float, size: float) -> list[list[Para]]:
    pages: list[list[Para]] = [[]]
    used = 0.0
    for p in paras:
        h = para_height(p, width, size)
        if h > height:  # split the paragraph itself by lines
            s = p.size_at(size)
            spans = line_spans(p.measured, width - INDENT * (p.level + 1), s, p.bold, p.marks)
            per_page = max(1, int((height - s * SPACE_BEFORE) // (s * LINE_HEIGHT)))
            groups = [spans[i:i + per_page] for i in range(0, len(spans), per_page)]
            chunks = ["\n".join(p.measured[a:b] for a, b in group) for group in groups]
            pieces = [Para(c, p.level, p.bold, p.sub, runs=_lines(p.runs, group, len(c))) for c, group in zip(chunks, groups)]
            if p.suffix and chunks[-1].endswith(p.suffix):  # the timestamp stays a link
                text = chunks[-1][: -len(p.suffix)]
                pieces[-1] = replace(p, text=text, runs=_lines(p.runs, groups[-1], len(text)))
        else:
            pieces = [p]
        for piece in pieces:
            ph = para_height(piece, width, size)
            if pages[-1] and used + ph > height:
                pages.append([])
                used = 0.0
            pages[-1].append(piece)
            used += ph
    return pages


def _lines(runs: tuple, spans: list[tuple[int, int]], length: int) -> tuple:
    """The runs of the lines ``spans`` of a paragraph's text, a line break between two, ``length``
    characters in all (() for a paragraph without runs)."""
    if not runs:
        return ()
    out: list = []
    for i, (a, b) in enumerate(spans):
        out += ([inline.Run("\n")] if i else []) + list(inline.cut(runs, a, b))
    return inline.cut(tuple(out), 0, length)


def fit_or_paginate(paras: list[Para], width: float, height: float, sizes: tuple) -> list[TextPart]:
    """One page at the largest size that fits; else as few pages as the smallest size needs, at the
    largest size that needs no more, balanced: [(size, paras)]. Text shrinks only to need fewer pages."""
    size = fit_size(paras, width, height, sizes)
    if size:
        return [TextPart(size, paras)]
    fewest = paginate(paras, width, height, sizes[-1])
    for size in sizes[:-1]:
        pages = paginate(paras, width, height, size)
        if len(pages) <= len(fewest):
            return [TextPart(size, page) for page in pages]
    return [TextPart(sizes[-1], page) for page in fewest]
