"""Sorting the notes' tokens into the content's fields: header lines, title, links, takeaways,
introduction, speakers, topics with their lines, quotes and the conclusion."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import Problem
from .header import Header, read_front, read_header
from .lines import label, said
from .quotes import read_quote
from .sources import link_line, recording_links, valid_link
from .tokens import Token, is_title_heading


_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”")
# a line that only says where to find the recording ("Watch on YouTube", "Listen now on Spotify")
_ASIDE_LINE = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
_WHERE_TO = re.compile(r"(?:watch|listen|stream)(?: (?:it|now|here|(?:to )?the (?:full )?(?:episode|podcast|video)))?"
                       r" (?:on|at|via) [\w .&'+-]{2,40}[.!]?", re.IGNORECASE)


@dataclass
class ReadTopic:
    """A topic line of the notes, its time, and the lines under it."""

    token: Token
    at: int | None  # None: the notes give no times (``untimed``)
    summary: list[Token] = field(default_factory=list)
    bullets: list[Token] = field(default_factory=list)


@dataclass
class Read:
    """The notes' tokens sorted by the field they fill."""

    header: Header = field(default_factory=Header)
    title: Token | None = None
    links: list[tuple] = field(default_factory=list)  # (url, name, label) of the lines that are only a link
    intro: list[Token] = field(default_factory=list)
    conclusion: list[Token] = field(default_factory=list)
    takeaways: list[Token] = field(default_factory=list)
    speakers: list[Token] = field(default_factory=list)
    topics: list[ReadTopic] = field(default_factory=list)
    quotes: list[tuple[Token, int | None]] = field(default_factory=list)  # a quote and the topic it was read under


def read_tokens(tokens: list[Token], file: str, given_title: str | None, warnings: list[Problem]) -> Read:
    """Sort ``tokens`` into the fields of a ``Read`` (warnings for lines that fit nowhere)."""
    out = Read()
    section = "introduction"
    quoting, depth = "", 0  # how many quote lines follow a "Quote:" line ("one", "many", "list"), and its indent
    head = 0  # tokens at the top that are header or link lines (a short first line after them is the title)
    for i, t in enumerate(tokens):
        if t.kind == "front":
            front = read_front(t.text)
            if front and front[0] == "link" and valid_link(front[1]):
                out.links.append((front[1], None, front[2]))
            elif front and front[0] != "link":
                out.header.read(t.line, *front, file, warnings)
            head += 1
            continue
        if t.kind == "quotes":
            quoting, depth = t.section, t.depth
            continue
        if quoting:
            t, quoting = _quoted(t, quoting, depth)
        if t.kind == "quote":
            out.quotes.append((t, len(out.topics) - 1 if section == "topics" and out.topics else None))
            continue
        if t.kind == "heading" and out.title is None and not out.topics and (
                t.depth == 1 or (i == head and is_title_heading(tokens, t))):
            out.title = t
            continue
        if t.kind == "section":
            section = t.section
            continue
        if t.kind == "heading":
            if section == "topics" or out.topics:
                warnings.append(Problem(f"heading '{t.text}' has no timestamp; its lines were added to the topic before it"
                                        if out.topics else f"heading '{t.text}' has no timestamp and is not a known section; "
                                        "its lines were read as introduction", file, t.line))
            else:
                warnings.append(Problem(f"'{t.text}' is not a known section; its lines were read as introduction", file, t.line))
                section = "introduction"
            continue
        if t.kind == "topic" or (t.at is not None and t.kind == "bullet" and t.depth == 0
                                 and section in ("topics", "introduction")):
            # a topic line, or a list item with a time in a topics or chapters list ("- 13:28 DeepSeek"),
            # also under a heading that is no known section ("### Show Notes"): it is not introduction text
            section = "topics"
            out.topics.append(ReadTopic(t, t.at))
            continue
        header = read_header(t.text) if section == "introduction" and not out.topics and t.kind != "topic" else []
        if section == "topics" and out.topics:
            (out.topics[-1].bullets if t.kind == "bullet" else out.topics[-1].summary).append(t)
        elif section == "takeaways" and t.kind == "bullet":
            out.takeaways.append(t)
        elif section == "takeaways" and t.kind == "text" and not t.text.endswith(":") and not label(t):
            out.takeaways += [Token("bullet", t.line, s) for s in said(t.text)]  # a takeaway a sentence (a quote whole)
        elif section == "speakers" and t.kind == "bullet":
            out.speakers.append(t)
        elif section == "conclusion":
            out.conclusion.append(t)
        elif section == "introduction" and t.kind in ("text", "bullet") and (link := link_line(t.text)):
            out.links.append(link)  # the recording's address, not introduction text
            head += 1
        elif section == "introduction" and _WHERE_TO.fullmatch(t.text.strip()):
            head += 1  # "Watch on YouTube" without its link says nothing about the episode
        elif section == "introduction" and not out.topics and (urls := recording_links(t.text)):
            out.links += [(url, None, None) for url in urls]  # "Download the episode [….mp3](…) or the video […](…)"
            head += 1
        elif section == "introduction" and i != head and _ASIDE_LINE.fullmatch(t.text.strip()):
            head += 1  # a line wholly in brackets is the document's furniture ("[Pages D434-D435]"), not its point
        elif header:
            for name, key, value in header:  # metadata, not introduction text
                rest = out.header.read(t.line, name, key, value, file, warnings)
                if rest:
                    out.intro.append(Token("text", t.line, rest))
            head += 1
        elif (t.kind == "text" and i == head and out.title is None and given_title is None and not out.header.title
              and len(t.text) <= 120):
            out.title = t  # a short first line that is not a section (links may come before it) is the title
        else:  # text before the topics, and lines of a section that has no place for them
            out.intro.append(t)
    return out


def _quoted(t: Token, quoting: str, depth: int) -> tuple[Token, str]:
    """A line after a "Quote:" line: a quote (its time and speaker read from it), and whether
    quotes still follow."""
    if t.kind in ("section", "heading") or (quoting == "list" and t.kind == "bullet" and t.depth <= depth):
        return t, ""  # a "- Quotes:" group ends with the list item after it
    if t.kind == "quote":
        return t, "" if quoting == "one" else quoting
    if t.kind not in ("text", "bullet", "topic"):
        return t, quoting
    found = read_quote(t.text, loose=True)
    if found is None or (quoting != "one" and t.kind == "topic" and not found.speaker
                         and not found.text.endswith(_SENTENCE_ENDS)):
        return t, ""  # after "Notable quotes", a timed line that is not a sentence is the next topic
    return Token("quote", t.line, found.text, t.depth, at=t.at, speaker=found.speaker), "" if quoting == "one" else quoting
