"""Notes without a single time (a hearing digest, an earnings-call summary, a list of links): the
topics are read from the notes' structure instead, and have no time.

The first of these that the notes have makes the topics: headings (one that only opens deeper
headings is a group name and is left out); label lines (a short line of its own: ``**Label**``,
``ALL CAPS``, ``Label:``, or a few words without a full stop, that lines follow); the top-level
items of a list (the items under them are their points); else each paragraph, titled with its
first sentence. Under such a topic each line of text, and each sentence of a paragraph, is a point.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..headline import headline
from .dates import find_date
from .header import read_header
from .sources import link_line
from .tokens import Token

MAX_LABEL_WORDS = 10
MAX_TITLE = 120  # a longer first line is no title (as ``reading`` reads it)
MAX_LABEL_CHARS = 80
_ENDS = (".", "!", "?", "…", ",", ";", '"', "”", "»")
# A full stop, then a capital: a sentence ends there, unless the word before is an initial or an
# abbreviation ("Vice Admiral Jon A. Hill", "Dr. Fridman", "Inc., Madison").
_SENTENCE = re.compile(r"(?<=[.!?])[\"”')]*\s+(?=[\"“(]?[A-Z0-9À-Ý])")
_TRAILING_LINK = re.compile(r"\s\[[^\[\]]{1,300}\]\((?P<url>https?://[^()\s]{1,2000})\)\s*$|\s(?P<bare>https?://\S{1,2000})\s*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_ENDS = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e|No|U\.S))\.$")


def is_untimed(tokens: list[Token]) -> bool:
    """Whether no line of the notes names a time (no topic line, no timed item or quote)."""
    return not any(t.at is not None or t.kind == "topic" for t in tokens)


def structure(tokens: list[Token]) -> list[Token]:
    """``tokens`` of untimed notes with the lines that open topics made topic lines (no time), and
    the lines of text under them made points; the same tokens when the notes have no such line."""
    body = _body(tokens)
    lines = _joined(tokens[body:])
    for pick in (_labels, _headings, _items, _paragraphs):
        found = pick(lines)
        if found:
            return tokens[:body] + _points(found)
    return tokens


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (a full stop after an initial or a usual abbreviation ends none)."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE.finditer(text):
        if not _NOT_ENDS.search(text[start:match.start()].rstrip("\"”')")):
            out.append(text[start:match.start()].strip())
            start = match.end()
    return [s for s in out + [text[start:].strip()] if s]


def _body(tokens: list[Token]) -> int:
    """Where the notes' body starts: after the header, link and title lines at the top (``reading``
    reads those), the first short line of text or first heading being the title."""
    i = 0
    while i < len(tokens) and (tokens[i].kind == "front" or (tokens[i].kind == "text" and (
            read_header(tokens[i].text) or link_line(tokens[i].text)))):
        i += 1
    if i < len(tokens) and ((tokens[i].kind == "text" and len(tokens[i].text) <= MAX_TITLE)
                            or (tokens[i].kind == "heading" and tokens[i].depth == 1)):
        i += 1
    return i


def _joined(tokens: list[Token]) -> list[Token]:
    """Lines of text that continue the one before (a paragraph wrapped over lines: the line before
    is no label and ends without a full stop or a colon, and this one is no strong label) as one line."""
    out: list[Token] = []
    last_line = 0  # the last line of the notes that out[-1] holds
    for t in tokens:
        last = out[-1] if out else None
        if (last is not None and t.kind == last.kind == "text" and t.line == last_line + 1
                and not last.text.endswith((".", "!", "?", ":", "…")) and not _label(last)
                and (t.text[:1].islower() or _label(t) != "strong")):
            out[-1] = replace(last, text=f"{last.text} {t.text}")
        else:
            out.append(t)
        last_line = t.line
    return out


def _label(t: Token) -> str:
    """How a line of text names what follows: "strong" (bold alone, in capitals, ending with a
    colon), "weak" (a few words without a sentence's end, a "Label: text" or a date), else "" (also
    for header and link lines)."""
    text = t.text.strip()
    if t.kind != "text" or not text or read_header(text) or link_line(text):
        return ""
    short = len(text.split()) <= MAX_LABEL_WORDS and len(text) <= MAX_LABEL_CHARS
    letters = [c for c in text if c.isalpha()]
    if (len(text) > 4 and text.startswith("**") and text.endswith("**")) or (short and text.endswith(":")) or (
            len(letters) >= 3 and all(c.isupper() for c in letters)):
        return "strong"
    dated = find_date(text) or (_YEAR.search(text) and len(text.split()) <= 5)  # "Recorded on 7 May 2026"
    return "weak" if short and ": " not in text and not text.endswith(_ENDS) and not dated else ""


def _topic(t: Token) -> list[Token]:
    """A label or heading line as a topic line: its text without bold marks or a closing colon; a
    link that ends it (``News item - [https://…](https://…)``) is the topic's first point."""
    text = t.text.strip()
    if text.startswith("**") and text.endswith("**"):
        text = text[2:-2].strip()
    link = _TRAILING_LINK.search(text)
    title = text[:link.start()].rstrip(" -–—:") if link else text
    if not title.strip():
        title, link = text, None
    return [Token("topic", t.line, title.rstrip(":").strip() or title)] + (
        [Token("bullet", t.line, link.group("url") or link.group("bare"))] if link else [])


def _headings(tokens: list[Token]) -> list[Token]:
    """Headings as topics; one followed by a deeper heading (a group of them) is left out."""
    if not any(t.kind == "heading" for t in tokens):
        return []
    out = []
    for i, t in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.kind == "heading":
            if after is not None and after.kind in ("heading", "section") and after.depth > t.depth:
                continue
            out += _topic(t)
        else:
            out.append(t)
    return out if any(t.kind == "topic" for t in out) else []


def _labels(tokens: list[Token]) -> list[Token]:
    """Label lines that lines follow as topics: the strong ones where there are, else the weak ones
    and the lines without a sentence's end that lead into a list. Headings are then group names,
    left out. None where fewer such lines than headings are found."""
    opening = []
    for i, t in enumerate(tokens[:-1]):
        after = tokens[i + 1]
        if t.kind != "text" or after.kind not in ("text", "bullet", "quote") or _label(after):
            continue
        strength = _label(t) or ("weak" if after.kind == "bullet" and not t.text.endswith(_ENDS[:4]) else "")
        if strength:
            opening.append((i, strength))
    strong = {i for i, strength in opening if strength == "strong"}
    found = strong or {i for i, _ in opening}
    if not found or len(found) < sum(t.kind == "heading" for t in tokens):
        return []
    return [made for i, t in enumerate(tokens) if t.kind != "heading" for made in (_topic(t) if i in found else [t])]


def _items(tokens: list[Token]) -> list[Token]:
    """The top-level items of a list (not of a known section's) as topics."""
    section, out, found = "introduction", [], False
    top = min((t.depth for t in tokens if t.kind == "bullet"), default=0)
    for t in tokens:
        if t.kind == "section":
            section = t.section
        if t.kind == "bullet" and t.depth == top and section in ("introduction", "topics"):
            out.append(Token("topic", t.line, t.text))
            found = True
        else:
            out.append(t)
    return out if found else []


def _paragraphs(tokens: list[Token]) -> list[Token]:
    """Each paragraph (a line of text, once wrapped lines are joined) as a topic titled with the
    leading words of its first sentence (``headline``), its sentences its points."""
    out: list[Token] = []
    for t in tokens:
        said = sentences(t.text) if t.kind == "text" else []
        if said:
            out.append(Token("topic", t.line, headline(said[0], MAX_LABEL_WORDS + 2)[0]))
            out += [Token("bullet", t.line, s) for s in said]
        else:
            out.append(t)
    return out if any(t.kind == "topic" for t in out) else []


def _points(tokens: list[Token]) -> list[Token]:
    """Under each topic, lines of text as points: each sentence of a paragraph one point (a line
    that introduces a list, ending with a colon, stays one)."""
    out: list[Token] = []
    under = False
    for t in tokens:
        if t.kind == "topic":
            under = True
        elif t.kind in ("section", "heading"):
            under = False
        if under and t.kind == "text":
            out += [Token("bullet", t.line, s) for s in ([t.text] if t.text.endswith(":") else sentences(t.text))]
        else:
            out.append(replace(t, section="") if t.kind == "text" else t)
    return out
