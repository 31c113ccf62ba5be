"""A paragraph's markup without a tag or an entity, read without reportlab's parser (issue #25 §3).

reportlab parses every paragraph's markup with an HTML parser (``ParaParser``), a tenth of a heavy
report's time, and most of the report's paragraphs hold none: plain words, which that parser makes
into one fragment, the style's first one with the words as its text. ``fragments`` makes that
fragment from one the parser made for the style (a copy, with lists of its own), so the paragraph
is the one the parser would have made; markup still goes through the parser.
"""
from __future__ import annotations

import copy

from reportlab.platypus.paraparser import ParaParser

MOST = 256  # styles whose first fragment is kept (then all are forgotten, and made again as asked for)

_FIRST: dict[int, tuple] = {}  # id(style) -> (the style, held so that no other takes its id; its fragment)


def is_plain(text: str) -> bool:
    """Whether ``text`` (cleaned, as a paragraph reads it) is words alone: no tag, no entity, not empty."""
    return bool(text) and "<" not in text and "&" not in text


def fragments(text: str, style) -> list:
    """The fragments reportlab's parser makes of the plain ``text`` (``is_plain``) in ``style``."""
    kept = _FIRST.get(id(style))
    if kept is None or kept[0] is not style:
        if len(_FIRST) >= MOST:
            _FIRST.clear()
        parser = ParaParser()
        parser.caseSensitive = 1
        kept = _FIRST[id(style)] = (style, parser.parse("x", style)[1][0])
    frag = copy.copy(kept[1])
    frag.text, frag.link, frag.us_lines = text, [], []
    return [frag]
