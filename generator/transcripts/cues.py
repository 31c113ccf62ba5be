"""What WebVTT and SRT share: blocks of lines, a timing line, cue text with tags and entities,
speaker labels, and YouTube's rolling captions, where each line is shown twice.

The block reader keeps every line's number, so a broken timing is reported at the line and
column where it is broken.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..errors import BriefingError, Problem
from .model import Cue, Word

# 1:02:03.456, 02:03.456 (WebVTT without hours), 00:02:03,456 (SRT); a few tools write 2 digits of ms
_TIME = r"(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})"
TIME = re.compile(_TIME)
_ARROW = re.compile(r"[ \t]*-->[ \t]*")
_SPEAKER = re.compile(r"^(?:>>\s*)?(?:\[(?P<bracket>[^\]\n]{1,60})\]|(?P<caps>[A-Z][A-Z.' -]{1,40}[A-Z.])|"
                      r"(?P<name>[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}))\s*:\s+")
_TAG = re.compile(r"<(/?)([^>\s./]*)([^>]*)>")
_INLINE_TIME = re.compile(r"^" + _TIME + r"$")


@dataclass
class Block:
    """Lines of a file between blank lines, with the number of the first."""

    line: int
    lines: list[str]


def blocks(lines: list[str], first: int = 1, strict: bool = False) -> list[Block]:
    """Cut ``lines`` (1-based numbering from ``first``) into blocks at blank lines; ``strict``:
    only an empty line ends a block (WebVTT: YouTube's captions hold lines of one space)."""
    out: list[Block] = []
    current: list[str] = []
    start = first
    for number, text in enumerate(lines, first):
        if text if strict else text.strip():
            if not current:
                start = number
            current.append(text)
        elif current:
            out.append(Block(start, current))
            current = []
    if current:
        out.append(Block(start, current))
    return out


def seconds(match: re.Match) -> float:
    """The seconds of a matched timestamp (``TIME``)."""
    hours, minutes, secs, frac = match.groups()
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + int(frac.ljust(3, "0")) / 1000


def timing(text: str, file: str, line: int, example: str) -> tuple[float, float, str]:
    """(start, end, settings) of a timing line; a BriefingError at the broken part otherwise."""
    arrow = _ARROW.search(text)
    if arrow is None:
        raise BriefingError(Problem(f"expected a timing line such as '{example}'", file, line, 1))
    lead = len(text) - len(text.lstrip())
    start = TIME.fullmatch(text[lead:arrow.start()].strip())
    if start is None:
        raise BriefingError(Problem(f"'{text[lead:arrow.start()].strip()}' is not a time (write it as "
                                    f"{example.split(' ')[0]})", file, line, lead + 1))
    rest = text[arrow.end():]
    end = TIME.match(rest)
    if end is None or (end.end() < len(rest) and not rest[end.end()].isspace()):
        word = rest.split()[0] if rest.split() else ""
        raise BriefingError(Problem(f"'{word}' is not a time (write it as {example.split(' ')[-1]})",
                                    file, line, arrow.end() + 1))
    begin, finish = seconds(start), seconds(end)
    if finish < begin:
        raise BriefingError(Problem(f"the cue ends ({end.group()}) before it starts ({start.group()})",
                                    file, line, arrow.end() + 1))
    return begin, finish, rest[end.end():].strip()


def clean(payload: str, start: float) -> tuple[str, str | None, tuple[Word, ...]]:
    """Plain text, the voice (``<v Name>``) if any, and the words timed by inline timestamps
    (``<00:00:01.500>``, as YouTube's automatic captions write them) of a cue's text."""
    voice = None
    parts: list[tuple[float, str]] = []
    at, last = start, 0
    timed = False
    for tag in _TAG.finditer(payload):
        parts.append((at, payload[last:tag.start()]))
        last = tag.end()
        closing, name, rest = tag.groups()
        stamp = _INLINE_TIME.match(tag.group()[1:-1])
        if stamp:
            at, timed = seconds(stamp), True
        elif not closing and name == "v" and voice is None:
            rest = rest.strip()
            if rest.startswith("."):  # <v.loud Name>: classes, then the name
                rest = rest.partition(" ")[2].strip()
            voice = rest or None
    parts.append((at, payload[last:]))
    text = " ".join(html.unescape("".join(p for _, p in parts)).split())
    words: tuple[Word, ...] = ()
    if timed:
        words = tuple(Word(w, t) for t, piece in parts for w in html.unescape(piece).split())
    return text, voice, words


def speaker_label(text: str) -> tuple[str, str | None]:
    """Text without a leading speaker label (``[SPEAKER_01]: …``, ``>> SEN. SMITH: …``,
    ``Dylan Patel: …``), and the label."""
    found = _SPEAKER.match(text)
    if found is None:
        return text.removeprefix(">> ").removeprefix(">>"), None
    name = found.group("bracket") or found.group("caps") or found.group("name")
    return text[found.end():], name.strip()


def unroll(cues: list[Cue]) -> list[Cue]:
    """Rolling captions (YouTube's automatic ones) shown once: a cue's lines that repeat the
    lines just shown are dropped, and a cue left with nothing is dropped."""
    out: list[Cue] = []
    shown: list[str] = []  # the lines on screen before this cue
    for cue in cues:
        lines = [ln for ln in cue.text.split("\n") if ln.strip()]
        fresh = [ln for ln in lines if ln not in shown]
        shown = lines
        if not fresh:
            continue
        text = " ".join(" ".join(fresh).split())
        timed = cue.words if " ".join(w.text for w in cue.words) == text else ()  # the new line's own times
        out.append(Cue(cue.start, cue.end, text, cue.speaker, timed, cue.line))
    return out


def rolling(cues: list[Cue]) -> bool:
    """Whether most cues repeat a line of the cue before them (rolling captions)."""
    repeats = sum(1 for a, b in zip(cues, cues[1:]) if set(a.text.split("\n")) & set(b.text.split("\n")))
    return len(cues) > 3 and repeats * 3 > len(cues)


def cue_lines(payload: list[str], start: float, end: float, line: int) -> Cue:
    """A cue from its text lines: tags, entities and a speaker label read, lines kept apart
    (joined later, once rolling captions are undone)."""
    speaker = None
    texts: list[str] = []
    words: list[Word] = []
    for raw in payload:
        text, voice, timed = clean(raw, start)
        text, label = speaker_label(text)
        speaker = speaker or voice or label
        if text:
            texts.append(text)
        words.extend(timed)
    return Cue(start, end, "\n".join(texts), speaker, tuple(words), line)


def finish(cues: list[Cue], carry: bool = False) -> list[Cue]:
    """Cues in time order, rolling captions undone, lines joined, empty cues dropped; with
    ``carry``, a cue without a label is said by the speaker of the cue before it (SRT names the
    speaker where a turn starts, "Adam Curry: …", and leaves the rest of the turn unlabelled;
    a WebVTT cue without a voice span has none)."""
    cues = sorted(cues, key=lambda c: c.start)
    if rolling(cues):
        cues = unroll(cues)
    else:
        cues = [Cue(c.start, c.end, " ".join(c.text.split()), c.speaker, c.words, c.line) for c in cues if c.text.strip()]
    speaker = None
    for i, cue in enumerate(cues):
        if carry and cue.speaker is None and speaker is not None:
            cues[i] = Cue(cue.start, cue.end, cue.text, speaker, cue.words, cue.line)
        speaker = cues[i].speaker
    return cues
