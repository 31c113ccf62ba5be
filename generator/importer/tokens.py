"""Reading notes: each line becomes a token (heading, section, topic, bullet or text), with the
times it names (``Title (13:28)``, ``[13:28] Title``, ``- 13:28 Title``; the forms are in ``times``)
read and checked."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..errors import BriefingError, Problem
from ..files import REFUSED, describe_char, split_lines
from .blocks import unblocked
from .header import read_header
from .line_times import LineTimes
from .pasted_chapters import CLOCK, pasted_chapters
from .quotes import read_marker, read_quote
from .sections import section_of
from ..word_count import count_words
from .times import BARE, LEADING, TRAILING, lone_units

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # the closing #s are cut in _heading_text: a pattern that did it was cubic
# a list item's marker: a bullet, a number of up to nine digits as Markdown allows (1000. and on are items
# too), or a letter ("   a. Welcome")
_MARKER = r"(?:[-*+•]|\d{1,9}[.)]|[a-z][.)])"
_BULLET = re.compile(rf"^(\s*){_MARKER}\s+(.*)$")
_LINKED_TS = re.compile(rf"^(\s*(?:{_MARKER}\s+)?)(\**\[)({CLOCK})(\]\([^()\s]{{0,200}}\)\**)")
MAX_FRONT = 200  # front matter longer than this is read as notes


@dataclass
class Token:
    """One line of the notes: what kind of line it is, its text, and the time it names."""

    kind: str  # heading | section | topic | bullet | text | quote | quotes (a line that opens quotes)
    line: int
    text: str = ""
    depth: int = 0  # bullets: indentation level; headings: level
    at: int | None = None
    section: str = ""  # sections: the field they fill; quotes: "one", "many", or "list" (the quote lines that follow)
    speaker: str = ""  # quotes: who said it


def is_title_heading(tokens: list[Token], t: Token) -> bool:
    """Whether the heading ``t``, the first line of the notes' body, is their title: a first-level
    heading, or one of two words or more that is the only heading at the notes' shallowest level
    ("## My Episode" over "### Chapters")."""
    if t.kind != "heading":
        return False
    depths = [x.depth for x in tokens if x.kind in ("heading", "section")]
    return t.depth == 1 or (count_words(t.text) >= 2 and t.depth == min(depths) and depths.count(t.depth) == 1)


def tokenize(text: str, file: str, warnings: list[Problem] | None = None) -> list[Token]:
    """Read the notes line by line into tokens; a broken timestamp or a control character is an error.
    Lines of a blockquote (``> …``) are one quote, unless they hold a list or header lines (a callout).
    Times read other than as written (``times``) add a warning to ``warnings``."""
    times = LineTimes(file, lone_units(text), [] if warnings is None else warnings)
    tokens: list[Token] = []
    problems: list[Problem] = []
    last = 0  # the number of the last line that was not blank
    quoted: list[tuple[int, int, str]] = []  # the blockquote being read: (line, column, text) of each line
    wrapped: dict[int, list[str]] = {}  # a bullet wrapped over lines: its index -> its text in pieces, joined once
    lines = split_lines(text)
    front = _front_matter(lines)
    lines = unblocked(lines, front, file, times.out)  # (code blocks and thematic breaks: blank)
    for number, raw in enumerate(lines, 1):
        # a form feed (pdftotext's page break) or a vertical tab is blank space, and indents nothing
        page = len(raw) - len(raw.lstrip("\f\v"))
        raw = raw[page:].replace("\f", " ").replace("\v", " ")
        body = raw.lstrip(" \t")
        indent = raw[: len(raw) - len(body)].replace("\t", "    ")  # tabs indent; inside text they stay
        line = (indent + body).rstrip()
        bad = REFUSED.search(line)
        if bad:
            problems.append(Problem(f"{describe_char(bad.group())} is not allowed in text", file, number, page + bad.start() + 1))
            continue
        if number <= front:  # the notes' YAML front matter: metadata, one line a key
            tokens += [Token("front", number, raw.rstrip())] if 1 < number < front else []
            continue
        inner = line.strip()[1:].strip() if line.strip().startswith(">") else None
        if inner is not None and (quoted or not (inner.startswith("[!") or _BULLET.match(inner) or read_header(inner))):
            if inner:
                quoted.append((number, page + len(line) - len(line.lstrip()) + line.lstrip().index(inner) + 1, inner))
            continue
        if quoted:
            tokens.append(_blockquote(quoted, times, problems))
            times.report(0)  # its columns count the form feeds already
            quoted = []
        if inner is not None and inner.startswith("[!"):
            continue  # a callout's "[!info] Episode Info" names a box, not content
        if inner is not None:
            page, line = page + len(line) - len(inner), inner  # a callout's lines are read as lines
        if not line.strip():
            continue
        for start, part in pasted_chapters(line):
            try:
                token = _token(part, number, times)
            except BriefingError as exc:
                problems.extend(replace(p, col=p.col + page + start) for p in exc.problems)
                continue
            finally:
                times.report(page + start)
            if token.kind == "text" and tokens and tokens[-1].kind == "bullet" and last == number - 1:
                pieces = wrapped.setdefault(len(tokens) - 1, [tokens[-1].text])  # a bullet wrapped over lines
                pieces.append(_continued(pieces[-1], token.text))
            else:
                tokens.append(token)
        last = number
    if quoted:
        tokens.append(_blockquote(quoted, times, problems))
        times.report(0)
    for index, pieces in wrapped.items():
        tokens[index].text = "".join(pieces)
    if problems:
        raise BriefingError(problems)
    return tokens


def _front_matter(lines: list[str]) -> int:
    """The number of the line that closes YAML front matter (``---`` first and last), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((i for i, line in enumerate(lines[1:MAX_FRONT], 2) if line.strip() in ("---", "...")), 0)


def _blockquote(lines: list[tuple[int, int, str]], times: LineTimes, problems: list[Problem]) -> Token:
    """The lines of a blockquote as one quote, its time read where it is written."""
    text = " ".join(t for _, _, t in lines)
    found = read_quote(text, loose=True)
    if found is None:  # too long to be read as a quote
        return Token("text", lines[0][0], text)
    at = None
    if found.ts:
        offset = found.ts_index
        for number, col, part in lines:  # the line the time is on, and its column there
            if offset <= len(part):
                try:
                    at = times.read(found.ts, number, col + offset)
                except BriefingError as exc:
                    problems.extend(exc.problems)
                break
            offset -= len(part) + 1
    return Token("quote", lines[0][0], found.text, at=at, speaker=found.speaker)


def _continued(last: str, more: str) -> str:
    """The piece a line that continues a bullet adds after the bullet's ``last`` piece (notes pasted
    from a PDF wrap every few words): ``more`` after a space, or after nothing when a word was broken
    with a hyphen (``infor-`` and ``mation``; the hyphen stays, as it may belong to the word). Only
    the last piece's end is read, so a bullet wrapped over many lines takes linear time."""
    return more if re.search(r"\w-$", last[-2:]) and more[:1].islower() else f" {more}"


def _token(line: str, number: int, times: LineTimes) -> Token:
    # a time written as a link to itself ("* **[03:45](#t=03:45)** Tips") is the time, at its column
    line = _LINKED_TS.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(m.group(4)), line, 1)
    stripped = line.strip()
    heading = _HEADING.match(stripped)
    if heading:
        level, body = len(heading.group(1)), _heading_text(heading.group(2))
        token = _titled(body, number, times, line.index(body) + 1 if body else 1)
        if token:
            token.depth = level
            return token
        quote = _quote(body, number, times, line.index(body) + 1 if body else 1)
        if quote and quote.kind == "quotes":
            quote.depth = level
            return quote
        section = section_of(body)
        if section:
            return Token("section", number, body, level, section=section)
        return Token("heading", number, body, level)
    bullet = _BULLET.match(line)
    if bullet:
        indent, body = len(bullet.group(1)), bullet.group(2).strip()
        quote = _quote(body, number, times, line.index(body) + 1 if body else 1)
        if quote:
            quote.depth = indent
            quote.section = "list" if quote.section == "many" else quote.section  # its group ends with the list
            return quote
        at = None
        match = TRAILING.match(body) or LEADING.match(body)
        if match and not BARE.match(body):
            at = times.at(match, number, bullet.start(2) + match.start("ts") + 1)
            body = body if at is None else match.group("title")
        elif not match:
            times.unread(body, number, bullet.start(2) + 1)
        return Token("bullet", number, body, indent, at=at)
    quote = _quote(stripped, number, times, len(line) - len(line.lstrip()) + 1)
    if quote:
        return quote
    token = _titled(stripped, number, times, len(line) - len(line.lstrip()) + 1)
    if token:
        return token
    if times.unread(stripped, number, len(line) - len(line.lstrip()) + 1):
        return Token("bullet", number, stripped)
    section = section_of(stripped)
    if section:
        return Token("section", number, stripped, section=section)
    return Token("text", number, stripped)


def _quote(text: str, number: int, times: LineTimes, col: int) -> Token | None:
    """A quote (``“…” (05:45)``, ``Quote: “…”``) or a line that opens quotes (``Quote:``), else None."""
    marker = read_marker(text) if "quot" in text[:40].lower() else None
    loose = False
    if marker:
        many, rest, start, when = marker
        if not rest:
            return Token("quotes", number, text, section="many" if many else "one")
        text, col, loose = rest, col + start, True  # the quote is on the marker's line
    found = read_quote(text, loose)
    if found is None:
        return None
    if marker and not found.ts and when.ts:
        found.ts, found.ts_index = when.ts, when.ts_index - start  # "Quote (05:45): …"
    at = times.read(found.ts, number, col + found.ts_index) if found.ts else None
    return Token("quote", number, found.text, at=at, speaker=found.speaker)


def _heading_text(text: str) -> str:
    """A heading's text without its closing ``#``s (only when a space sets them apart, as in CommonMark)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if not bare or bare[-1].isspace() else text


def _titled(text: str, number: int, times: LineTimes, col: int) -> Token | None:
    """A topic line: ``Title (13:28)``, ``Title (13:28-35:02)``, ``[13:28] Title`` or ``13:28 Title``,
    also set in bold (``**Title (13:28)**``) or with the time as a link (``**[03:49](#t=03:49)** Title``)."""
    for mark in ("**", "__"):
        if len(text) > 4 and text.startswith(mark) and text.endswith(mark):
            text, col = text[2:-2].strip(), col + 2
    for pattern in (TRAILING, LEADING):
        match = pattern.match(text)
        if match:
            at = times.at(match, number, col + match.start("ts"))
            return None if at is None else Token("topic", number, match.group("title").strip(), at=at)
    return None
