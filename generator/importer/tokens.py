"""Reading notes: each line becomes a token (heading, section, topic, bullet or text), with the
times it names (``Title (13:28)``, ``[13:28] Title``, ``- 13:28 Title``; the forms are in ``times``)
read and checked."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..errors import BriefingError, Problem
from ..files import REFUSED, describe_char, split_lines
from .blocks import unblocked
from .header import read_header
from .quotes import read_marker, read_quote
from .times import BARE, LEADING, TRAILING, is_lone_unit, lone_units, read_time, unread_time

_TS = r"\d{1,3}:\d{1,2}(?::\d{1,2})?"
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")  # the closing #s are cut in _heading_text: a pattern that did it was cubic
# a list item's marker: a bullet, a number of up to nine digits as Markdown allows (1000. and on are items
# too), or a letter ("   a. Welcome")
_MARKER = r"(?:[-*+•]|\d{1,9}[.)]|[a-z][.)])"
_BULLET = re.compile(rf"^(\s*){_MARKER}\s+(.*)$")
_LINKED_TS = re.compile(rf"^(\s*(?:{_MARKER}\s+)?)(\**\[)({_TS})(\]\([^()\s]{{0,200}}\)\**)")
_INLINE_TS = re.compile(rf"(?<!\S)[(\[]?{_TS}(?:[.,]\d+)?[)\]]?(?=\s+[^\s\d])")  # a time a chapter's title follows
MAX_FRONT = 200  # front matter longer than this is read as notes
MIN_INLINE_CHAPTERS = 3  # a line with this many such times is a chapter list without its line breaks
MAX_CHAPTER_LINE = 100_000
_COUNT = re.compile(r"\(\d{1,6}(?: \w{1,30})?\)$")  # (no space before it in the pattern: retried at each space, quadratic)
MIN_MISSPELT = 8  # a section name this long is known with one letter wrong (a shorter one is too near other words)

# Section names as notes write them, and the content field each one fills.
SECTIONS = {
    "takeaways": ("key takeaways", "takeaways", "key points", "main points", "highlights", "key insights",
                  "tl;dr", "tldr", "summary", "executive summary"),
    "introduction": ("introduction", "intro", "overview", "background", "context", "about", "description",
                     "episode summary", "episode description", "episode overview", "about the episode",
                     "episode info", "episode information", "episode details", "show info", "details"),
    "topics": ("topics discussed", "topics", "chapters", "timestamps", "outline", "contents",
               "table of contents", "sections", "discussion", "show notes", "time stamps", "timecodes",
               "episode chapters", "video chapters", "chapter list"),
    "conclusion": ("conclusion", "conclusions", "closing thoughts", "final thoughts", "wrap-up", "wrap up",
                   "takeaway", "bottom line"),
    "speakers": ("speakers", "guests", "participants", "hosts", "people", "panel", "panelists"),
}
_SECTION_OF = {name: field for field, names in SECTIONS.items() for name in names}
_MISSPELLABLE: dict[int, list[tuple[int, str, str]]] = {}  # (order, name, field) of the names known misspelt, by length
for _order, (_name, _field) in enumerate(_SECTION_OF.items()):
    if len(_name) >= MIN_MISSPELT:
        _MISSPELLABLE.setdefault(len(_name), []).append((_order, _name, _field))


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
    return t.depth == 1 or (len(t.text.split()) >= 2 and t.depth == min(depths) and depths.count(t.depth) == 1)


def _section(text: str) -> str | None:
    key = re.sub(r"^[^\w(]+", "", text.strip().rstrip(":").strip().strip("*_").strip().lower())  # "📝 Summary"
    counted = _COUNT.search(key) if key.endswith(")") else None  # "Video Chapters (7 chapters)", "Highlights (3)"
    key = key[:counted.start()].rstrip() if counted else key
    if key in _SECTION_OF:
        return _SECTION_OF[key]
    near = sorted(x for size in (len(key) - 1, len(key), len(key) + 1) for x in _MISSPELLABLE.get(size, ()))
    return next((field for _, name, field in near if _one_slip(key, name)), None)  # in SECTIONS' order


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` with one letter left out, added, changed or two swapped
    ("Takeways", "Higlights"): a section name as people type it."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    start = next((i for i, (a, b) in enumerate(zip(word, name)) if a != b), min(len(word), len(name)))
    a, b = word[start:], name[start:]
    return a[1:] == b[1:] or a == b[1:] or a[1:] == b or (a[:2] == b[1::-1] and a[2:] == b[2:])


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
        seconds = self.read(ts, line, col)
        end = match.group("end") if match.re is LEADING else None
        if end is not None and self.read(end, line, col + match.start("end") - match.start("ts")) < seconds:
            self.found.append(Problem(f"the range {ts}-{end} ends before it starts; read as starting at {ts}",
                                      self.file, line, col))
        return seconds

    def unread(self, text: str, line: int, col: int) -> bool:
        """Whether ``text`` opens with what looks like a time but is none this reads (``0:28:00:00 Four``):
        then a warning says so, and the line is kept as an item of its own (never glued to the one before)."""
        odd = unread_time(text)
        if odd is None:
            return False
        shown = odd if len(odd) <= 40 else odd[:40] + "…"
        self.found.append(Problem(f"'{shown}' is not a time this reads (write 13:28 or 1:08:52); the line is kept "
                                  "as an item without a time", self.file, line, col + text.index(odd[0])))
        return True

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
    Lines of a blockquote (``> …``) are one quote, unless they hold a list or header lines (a callout).
    Times read other than as written (``times``) add a warning to ``warnings``."""
    times = _Times(file, lone_units(text), [] if warnings is None else warnings)
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
        for start, part in _chapters(line):
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


def _chapters(line: str) -> list[tuple[int, str]]:
    """A line as its parts: itself, or, where a chapter list was pasted as one line (``Timestamps
    00:00:00 Introduction 00:02:29 Sponsors 00:07:35 …``), the text before the first time and one
    part from each time on; such a list starts at 0:00, as video sites ask (prose that names three
    times of day stays one line). Each part with where it starts in ``line``; what the page has
    below its chapters, pasted on after the last one (``03:01:17 Concluding Statements Disclaimer &
    Disclosures Learn more …``), is left out from its heading on (its disclaimers, credits, links)."""
    many = line.count(":") >= MIN_INLINE_CHAPTERS and len(line) <= MAX_CHAPTER_LINE
    found = list(_INLINE_TS.finditer(line)) if many else []
    if len(found) < MIN_INLINE_CHAPTERS or re.sub(r"[.,]\d+", "", found[0].group().strip("()[]")).strip("0:"):
        return [(0, line)]
    starts = [m.start() for m in found]
    cuts = ([0] if line[:starts[0]].strip() else []) + starts
    heading = _PAGE_HEADING.search(line, found[-1].end())
    end = heading.start() if heading and line[found[-1].end():heading.start()].strip() else len(line)
    return [(a, line[a:b].strip()) for a, b in zip(cuts, cuts[1:] + [end])]  # (a chapter may be named "Credits")


# the headings of what a show's page has below its chapters: its disclaimers, credits, links, how to follow it
_PAGE_HEADING = re.compile(r"(?<=\s)(?-i:(?=[A-Z]))(?:disclaimers?|disclosures?|credits|links|resources|references|"
                           r"transcript|follow us|connect with us|socials|newsletter|legal|contact us)\b"
                           r"(?:\s*(?:&|and)\s*(?-i:[A-Z])\w+)?", re.IGNORECASE)


def _blockquote(lines: list[tuple[int, int, str]], times: _Times, problems: list[Problem]) -> Token:
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


def _token(line: str, number: int, times: _Times) -> Token:
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
        section = _section(body)
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
    section = _section(stripped)
    if section:
        return Token("section", number, stripped, section=section)
    return Token("text", number, stripped)


def _quote(text: str, number: int, times: _Times, col: int) -> Token | None:
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

