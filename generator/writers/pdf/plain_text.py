"""A paragraph's markup without a tag or an entity, read without reportlab's parser (issue #25 §3).

reportlab parses every paragraph's markup with an HTML parser (``ParaParser``), a tenth of a heavy
report's time, and most of the report's paragraphs hold none: plain words, which that parser makes
into one fragment, the style's first one with the words as its text. ``fragments`` makes that
fragment from one the parser made for the style (a copy, with lists of its own), so the paragraph
is the one the parser would have made. Markup of the tags and entities the report writes (``read_markup``)
is read into the parser's own handlers, without the HTML tokenizer in front of them (half of the rest of the
parsing); any other markup goes through the parser as it is.
"""
from __future__ import annotations

import copy
import re
from html import unescape

from reportlab.platypus.paraparser import ParaParser

MOST = 256  # styles whose first fragment is kept (then all are forgotten, and made again as asked for)

# the pieces of markup read here: a start tag with double-quoted attributes (or an empty tag), an end tag, an
# entity or a character reference ended by ';', and the text between them; anything else is the parser's
_PIECE = re.compile(r'<(/?)([a-zA-Z][a-zA-Z0-9]*)((?: [a-zA-Z][a-zA-Z0-9_-]*="[^"<>]*")*)(/?)>'
                    r"|&([a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);|([^<&]+)")
_ATTRIBUTE = re.compile(r' ([a-zA-Z][a-zA-Z0-9_-]*)="([^"<>]*)"')

KNOWN = frozenset(("a", "b", "i", "font", "br"))  # the tags the report writes (others are the parser's)

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


def read_markup(text: str, style, case_sensitive: int) -> tuple | None:
    """(style, fragments, bullet fragments) as ``ParaParser.parse`` makes them of ``text`` (cleaned), its
    pieces handed to the parser's handlers as its HTML tokenizer hands them (tag and attribute names in
    lower case, attribute values unescaped, an empty tag as a start and an end); None when ``text`` has
    markup read only by the parser (a tag the report does not write, a comment, an unquoted attribute, an error)."""
    pieces, at = [], 0
    for piece in _PIECE.finditer(text):
        if piece.start() != at:
            return None
        pieces.append(piece.groups())
        at = piece.end()
    if at != len(text) or any(tag is not None and tag.lower() not in KNOWN for _, tag, *_ in pieces):
        return None
    parser = ParaParser()
    parser.caseSensitive = case_sensitive
    try:
        parser._setup_for_parse(style)
        parser.handle_starttag("para", [])
        for end, tag, attributes, empty, entity, data in pieces:
            if data is not None:
                parser.handle_data(data)
            elif entity is not None:
                (parser.handle_charref(entity[1:]) if entity.startswith("#") else parser.handle_entityref(entity))
            elif end:
                if attributes or empty:
                    return None
                parser.handle_endtag(tag.lower())
            else:
                parser.handle_starttag(tag.lower(), [(k.lower(), unescape(v)) for k, v in _ATTRIBUTE.findall(attributes)])
                if empty:
                    parser.handle_endtag(tag.lower())
        parser.handle_endtag("para")
        made = parser._complete_parse()
    except Exception:  # (the parser says what is wrong, as it did)
        return None
    return made if made[1] is not None else None
