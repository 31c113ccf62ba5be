"""A protocol's speaker lines: the minutes of a committee or a hearing as written down ("<Name:>" or
"Name:" alone on a line, then what that person said), read as who said what.

Notes are a protocol when MOST_SPEAKERS people or more each have a speaker line of their own at least twice
(a header's "<Chair:>" over one name, or a list's "Key takeaways:", occurs once). Its debate starts at the first
line of a speaker who speaks again; the line before it (the item on the agenda the debate is about, repeated
from the header) is the debate's heading, and what precedes is the header, the protocol's record (its first
line the title; the rest, who attended and the agenda, is left out: ``debated``). In the debate,
each speaker line heads its speech: the speech's first line becomes a point "Name: what was said", its next
lines points of their own; a speech of fewer than LEAST_WORDS words ("Yes.", "Please.") says nothing and is
left out. Angle brackets around a whole line of the debate are the protocol's markup and are dropped. Lines keep their
numbers (a speaker line becomes blank), so a problem is still reported where it is written.
"""
from __future__ import annotations

import re
from collections import Counter

from ..files import split_lines
from .tokens import Token
from ..word_count import count_words

MOST_SPEAKERS = 2  # people who speak at least twice, at least, in a protocol
LEAST_TURNS = 6  # speaker lines a protocol has at least
LEAST_WORDS = 3  # words a speech says at least
# a speaker line: a name of one to six words (a title, "היו\"ר", may lead it) and a colon, alone, in angle brackets or not
_SPEAKER = re.compile(r"<?\s*([^<>:\d#*\-\[\]|]{2,60}?)\s*:\s*>?")  # (matched whole, on the line stripped)
_LONGEST = 70  # characters of a stripped speaker line at most: a longer line is none (never tried at each indent)
_BRACKETED = re.compile(r"^(\s*)<\s*(.*?)\s*>\s*$")


def speaker_line(line: str) -> str:
    """The name a speaker line gives ("<היו\"ר משה גפני:>" gives 'היו"ר משה גפני'), else ""."""
    said = line.strip()
    found = _SPEAKER.fullmatch(said) if ":" in said and len(said) <= _LONGEST else None
    return found.group(1) if found and 1 <= len(found.group(1).split()) <= 6 else ""


def as_protocol(text: str) -> tuple[str, int]:
    """``text`` with a protocol's speeches written as points under its debate's heading (see the module doc)
    and the number of the heading's line (``debate``), else ``text`` as it is and 0."""
    lines = split_lines(text)
    names = [speaker_line(line) for line in lines]
    again = {name for name, count in Counter(n for n in names if n).items() if count >= 2}
    if len(again) < MOST_SPEAKERS or sum(bool(n) for n in names) < LEAST_TURNS:
        return text, 0
    start = next(i for i, name in enumerate(names) if name in again)
    heading = next((i for i in range(start - 1, -1, -1) if lines[i].strip()), None)
    out = lines[:start]
    if heading is None or names[heading]:
        return text, 0
    out[heading] = f"## {_unbracketed(lines[heading]).strip()}"
    speaker, said = "", False
    for line, name in zip(lines[start:], names[start:]):
        if name:
            speaker, said = name, False
            out.append("")
        elif not line.strip():
            out.append("")
        else:
            body = _unbracketed(line).strip()
            out.append(f"- {speaker}: {body}" if speaker and not said else f"- {body}")
            said = said or bool(speaker)
    return "\n".join(_spoken(out, start)) + ("\n" if text.endswith("\n") else ""), heading + 1


def _spoken(lines: list[str], start: int) -> list[str]:
    """``lines`` without the debate's speeches of fewer than LEAST_WORDS words (blank in their place)."""
    return [line if i < start or not line.startswith("- ") or count_words(line.split(": ", 1)[-1]) >= LEAST_WORDS
            else "" for i, line in enumerate(lines)]


def _unbracketed(line: str) -> str:
    """``line`` without the angle brackets around it ("<סדר היום:>" is "סדר היום:")."""
    found = _BRACKETED.match(line)
    return f"{found.group(1)}{found.group(2)}" if found else line


def debated(tokens: list[Token], debate: int) -> list[Token]:
    """``tokens`` whose heading on line ``debate`` (``as_protocol``) is the protocol's one topic, its speeches
    after it the topic's points; of the header before it only its first line (the title) is kept: the rest is
    the protocol's record (its number, who attended, the agenda the heading repeats), no content (0: ``tokens``
    as they are)."""
    if not debate:
        return tokens
    first = next((t.line for t in tokens if t.kind != "front"), debate)
    return [Token("topic", t.line, t.text) if t.line == debate and t.kind == "heading" else t for t in tokens
            if t.kind == "front" or t.line == first or t.line >= debate]
