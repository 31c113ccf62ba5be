"""Notes without a single time (a hearing digest, an earnings-call summary, a list of links): the
topics are read from the notes' structure instead, and have no time.

The first of these that the notes have makes the topics: the items of an outline numbered in Roman
numerals (``I. CALL TO ORDER``, ``II. ATTENDANCE``: minutes and agendas, often pasted from a PDF; the
lettered items under them are their points); label lines that lines follow (``lines``:
the strong ones where there are; headings are then group names, left out); headings (one that only
opens deeper headings is a group name, left out); the top-level items of a list (the items under
them are their points); else each paragraph, titled with the leading words of its first sentence.
Under such a topic each line of text, and each sentence of a paragraph, is a point.
"""
from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from .header import read_header
from .outline import outline
from .lines import ENDS, MAX_LABEL_WORDS, label, said
from .sources import link_line
from .titling import heading
from .tokens import Token, is_title_heading

MAX_TITLE = 120  # a longer first line is no title (as ``reading`` reads it)
_TRAILING_LINK = re.compile(r"\s\[[^\[\]]{1,300}\]\((?P<url>https?://[^()\s]{1,2000})\)\s*$|\s(?P<bare>https?://\S{1,2000})\s*$")


def is_untimed(tokens: list[Token]) -> bool:
    """Whether no line of the notes names a time (no topic line, no timed item or quote)."""
    return not any(t.at is not None or t.kind == "topic" for t in tokens)


def structure(tokens: list[Token]) -> list[Token]:
    """``tokens`` of untimed notes with the lines that open topics made topic lines (no time), and
    the lines of text under them made points; the same tokens when the notes have no such line."""
    body = _body(tokens)
    lines = tokens[body:]
    for pick in (lambda found: outline(found, _topic), _labels, _headings, _items, _paragraphs):
        found = pick(lines)
        if found:
            return tokens[:body] + _points(found)
    return tokens


def _body(tokens: list[Token]) -> int:
    """Where the notes' body starts: after the header, link and title lines at the top (``reading``
    reads those), the first short line of text or first heading being the title."""
    i = 0
    while i < len(tokens) and (tokens[i].kind == "front" or (tokens[i].kind == "text" and (
            read_header(tokens[i].text) or link_line(tokens[i].text)))):
        i += 1
    if i < len(tokens) and ((tokens[i].kind == "text" and len(tokens[i].text) <= MAX_TITLE)
                            or is_title_heading(tokens, tokens[i])):
        i += 1
    return i


def _topic(t: Token) -> list[Token]:
    """A label or heading line as a topic line: its text without bold marks or a closing colon; a
    link that ends it (``News item - [https://…](https://…)``) is the topic's last point, named by its
    site (marked ``section="link"`` until ``_points`` places it)."""
    text = t.text.strip()
    if text.startswith("**") and text.endswith("**"):
        text = text[2:-2].strip()
    link = _TRAILING_LINK.search(text)
    title = text[:link.start()].rstrip(" -–—:") if link else text
    if not title.strip():
        title, link = text, None
    return [Token("topic", t.line, title.rstrip(":").strip() or title)] + (
        [Token("bullet", t.line, _named(link.group("url") or link.group("bare")), section="link")] if link else [])


def _named(url: str) -> str:
    """A link as a point: the site's name, linked (``[openjdk.org](https://openjdk.org/legal/ai)``):
    the address itself is no text for a slide."""
    host = urlsplit(url).hostname or ""
    host = host[4:] if host.startswith("www.") else host
    return f"[{host}]({url})" if host and "]" not in url else url


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
        if t.kind != "text" or after.kind not in ("text", "bullet", "quote") or label(after):
            continue
        strength = label(t) or ("weak" if after.kind == "bullet" and not t.text.endswith(ENDS[:4]) else "")
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
    """Each paragraph (a line of text, once wrapped lines are joined) as a topic under its heading
    (its first sentence's statement, else what it is about: ``titling.heading``), its sentences its points."""
    out: list[Token] = []
    for t in tokens:
        parts = said(t.text) if t.kind == "text" else []
        if parts:
            out.append(Token("topic", t.line, heading(parts, MAX_LABEL_WORDS + 2)))
            out += [Token("bullet", t.line, s) for s in parts]
        else:
            out.append(t)
    return out if any(t.kind == "topic" for t in out) else []


def _points(tokens: list[Token]) -> list[Token]:
    """Under each topic, lines of text as points: each sentence of a paragraph one point (a line
    that introduces a list, ending with a colon, stays one); the link of its title line last (what
    it says comes first)."""
    out: list[Token] = []
    under = False
    link: list[Token] = []
    for t in tokens:
        if t.kind in ("topic", "section", "heading"):
            out += link
            link = []
            under = t.kind == "topic"
        if t.kind == "bullet" and t.section == "link":
            link = [replace(t, section="")]
        elif under and t.kind == "text":
            out += [Token("bullet", t.line, s) for s in ([t.text] if t.text.endswith(":") else said(t.text))]
        else:
            out.append(t)
    return out + link
