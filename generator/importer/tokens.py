"""Reading notes: each line becomes a token (heading, section, topic, bullet or text), with the
times it names (``Title (13:28)``, ``[13:28] Title``, ``- 13:28 Title``; the forms are in ``times``)
read and checked."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..errors import BriefingError, Problem
from ..files import REFUSED, describe_char, split_lines
from .times import BARE, LEADING, TRAILING, is_lone_unit, lone_units, read_time

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # the closing #s are cut in _heading_text: a pattern that did it was cubic
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")

# Section names as notes write them, and the content field each one fills.
SECTIONS = {
    "takeaways": ("key takeaways", "takeaways", "key points", "main points", "highlights", "key insights",
                  "tl;dr", "tldr", "summary", "executive summary"),
    "introduction": ("introduction", "intro", "overview", "background", "context", "about", "description"),
    "topics": ("topics discussed", "topics", "chapters", "timestamps", "outline", "contents",
               "table of contents", "sections", "discussion"),
    "conclusion": ("conclusion", "conclusions", "closing thoughts", "final thoughts", "wrap-up", "wrap up",
                   "takeaway", "bottom line"),
    "speakers": ("speakers", "guests", "participants", "hosts", "people", "panel", "panelists"),
}
_SECTION_OF = {name: field for field, names in SECTIONS.items() for name in names}


@dataclass
class Token:
    """One line of the notes: what kind of line it is, its text, and the time it names."""

    kind: str  # heading | section | topic | bullet | text
    line: int
    text: str = ""
    depth: int = 0  # bullets: indentation level; headings: level
    at: int | None = None
    section: str = ""


def _section(text: str) -> str | None:
    key = text.strip().rstrip(":").strip().strip("*_").strip().lower()
    return _SECTION_OF.get(key)


@dataclass
class _Times:
    """How the times of one notes file are read, and the warnings their reading gives."""

    file: str
    units: bool  # the notes write times in units (1h02m), so a lone "45m" at a line's start is one too
    out: list[Problem]  # the import's warnings
    found: list[Problem] = field(default_factory=list)  # the warnings of the line being read

    def report(self, page: int) -> None:
        """Add the warnings of the line just read to the import's, ``page`` columns further right
        (the form feeds the line started with)."""
        self.out.extend(replace(p, col=p.col + page) for p in self.found)
        self.found.clear()

    def at(self, match: re.Match, line: int, col: int) -> int | None:
        """The seconds of the time ``match`` found (``col``: where it starts), or None where a lone
        unit at a line's start is taken for a quantity (with a warning if a title follows it)."""
        ts = match.group("ts")
        if is_lone_unit(ts) and match.re is LEADING and not match.group("open") and not self.units:
            if match.group("title")[:1].isupper():
                self.found.append(Problem(f"'{ts}' at the start of the line is not read as a time (it may be a "
                                          f"quantity); write it in brackets, [{ts}], if it is one", self.file, line, col))
            return None
        return self.read(ts, line, col)

    def read(self, ts: str, line: int, col: int) -> int:
        """The seconds of the time ``ts`` at ``line``, ``col``; a broken time is an error there."""
        try:
            seconds, note = read_time(ts)
        except ValueError as exc:
            raise BriefingError(Problem(f"broken timestamp: {exc}", self.file, line, col)) from None
        if note:
            self.found.append(Problem(note, self.file, line, col))
        return seconds


def tokenize(text: str, file: str, warnings: list[Problem] | None = None) -> list[Token]:
    """Read the notes line by line into tokens; a broken timestamp or a control character is an error.
    Times read other than as written (``times``) add a warning to ``warnings``."""
    times = _Times(file, lone_units(text), [] if warnings is None else warnings)
    tokens: list[Token] = []
    problems, last = [], 0  # last: the number of the last line that was not blank
    for number, raw in enumerate(split_lines(text), 1):
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
        if not line.strip():
            continue
        try:
            token = _token(line, number, times)
        except BriefingError as exc:
            problems.extend(replace(p, col=p.col + page) for p in exc.problems)
            continue
        finally:
            times.report(page)
        if token.kind == "text" and tokens and tokens[-1].kind == "bullet" and last == number - 1:
            tokens[-1].text = _continued(tokens[-1].text, token.text)  # a bullet wrapped over lines
        else:
            tokens.append(token)
        last = number
    if problems:
        raise BriefingError(problems)
    return tokens


def _continued(text: str, more: str) -> str:
    """A bullet's ``text`` and the line that continues it (notes pasted from a PDF wrap every few
    words): joined by a space, or by nothing after a word broken with a hyphen (``infor-`` and
    ``mation``; the hyphen stays, as it may belong to the word)."""
    return text + more if re.search(r"\w-$", text) and more[:1].islower() else f"{text} {more}"


def _token(line: str, number: int, times: _Times) -> Token:
    stripped = line.strip()
    heading = _HEADING.match(stripped)
    if heading:
        level, body = len(heading.group(1)), _heading_text(heading.group(2))
        token = _titled(body, number, times, line.index(body) + 1 if body else 1)
        if token:
            token.depth = level
            return token
        section = _section(body)
        if section:
            return Token("section", number, body, level, section=section)
        return Token("heading", number, body, level)
    bullet = _BULLET.match(line)
    if bullet:
        indent, body = len(bullet.group(1)), bullet.group(2).strip()
        at = None
        match = TRAILING.match(body) or LEADING.match(body)
        if match and not BARE.match(body):
            at = times.at(match, number, bullet.start(2) + match.start("ts") + 1)
            body = body if at is None else match.group("title")
        return Token("bullet", number, body, indent, at=at)
    token = _titled(stripped, number, times, len(line) - len(line.lstrip()) + 1)
    if token:
        return token
    section = _section(stripped)
    if section:
        return Token("section", number, stripped, section=section)
    return Token("text", number, stripped)


def _heading_text(text: str) -> str:
    """A heading's text without its closing ``#``s (only when a space sets them apart, as in CommonMark)."""
    text = text.rstrip()
    bare = text.rstrip("#")
    return bare.rstrip() if not bare or bare[-1].isspace() else text


def _titled(text: str, number: int, times: _Times, col: int) -> Token | None:
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

