"""A protocol's speaker lines: the minutes of a committee or a hearing as written down ("<Name:>" or
"Name:" alone on a line, then what that person said), read as who said what.

Notes are a protocol when MOST_SPEAKERS people or more each have a speaker line of their own at least twice
(a header's "<Chair:>" over one name, or a list's "Key takeaways:", occurs once). Its debate starts at the first
line of a speaker who speaks again; the line before it (the item on the agenda the debate is about, repeated
from the header) is the debate's heading, and what precedes is the header, the protocol's record. The
protocol is about its debate: the heading is the briefing's title as well as its one topic's; the record's
first line (who keeps the record: "The Knesset", "City Council") is its subtitle and source, the record's
first date that reads (a written month, "08 בדצמבר 2015", settles a "08/12/2015") its date; the rest of the
record (its number, who attended, the agenda the heading repeats) is left out (``debated``).

In the debate, each speaker line heads its speech, and each sentence of the speech is a point said by that
speaker (its ``speaker``: the name is never part of the point's words, which a bottom line or a title may
quote; nor is the speaker's introduction of themself: speeches.py): a speech runs several statements
together, and a slide or a bottom line takes the one that matters ("from 1.1.16 to 31.12.17 a duty of 10%
applies"), not the speech's opening. A speech or a sentence of fewer than LEAST_WORDS words ("Yes.",
"Please.") says nothing and is left out.

A line alone that is one of the language's ``vote_lines`` ("Vote", "הצבעה") heads a vote: the lines after it,
to the next speaker line or the protocol's own markup, are its outcome ("For: unanimous"), and the speech
before it, but its questions ("Who is in favour?"), is the motion put to it ("I propose we approve the order
for two years…"): outcome then motion, a sentence each, are the briefing's takeaways, not points of the
debate. An outcome line that repeats the debate's heading whole ("<the order's name>, approved.") says
nothing the title and the outcome do not, and is left out. Angle brackets around a whole line of the debate
are the protocol's markup and are dropped. Lines keep their numbers (a speaker line becomes blank), so a
problem is still reported where it is written.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from ..files import split_lines
from ..headline import sentences
from ..asked import asks
from ..key_words import phrases
from ..word_count import count_words
from ..words import WORD
from .dates import STAMP, find_date, stamp_date
from .speeches import unintroduced
from .tokens import Token

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


class Protocol(NamedTuple):
    """Notes read as a protocol (``as_protocol``), or as they are (``debate`` 0)."""

    text: str  # the notes, the speeches written as points under the debate's heading
    debate: int = 0  # the line of the debate's heading
    date: tuple[int, str] | None = None  # the line of the record's date, and the date (ISO)
    decision: tuple[int, ...] = ()  # the lines of the votes' decisions
    said_by: tuple[tuple[int, str], ...] = ()  # (line, speaker) of each line of a speech


def as_protocol(text: str, words: dict) -> Protocol:
    """``text`` with a protocol's speeches written as points under its debate's heading (see the module doc),
    what its record and its votes say (``words``: the notes' language, for its ``vote_lines``); else ``text``."""
    lines = split_lines(text)
    names = [speaker_line(line) for line in lines]
    again = {name for name, count in Counter(n for n in names if n).items() if count >= 2}
    if len(again) < MOST_SPEAKERS or sum(bool(n) for n in names) < LEAST_TURNS:
        return Protocol(text)
    start = next(i for i, name in enumerate(names) if name in again)
    heading = next((i for i in range(start - 1, -1, -1) if lines[i].strip()), None)
    out = lines[:start]
    if heading is None or names[heading]:
        return Protocol(text)
    out[heading] = f"## {_unbracketed(lines[heading]).strip()}"
    speaker, said_by, opened = "", [], False
    for number, (line, name) in enumerate(zip(lines[start:], names[start:]), start + 1):
        if name:
            speaker, opened = name, True
            out.append("")
        elif not line.strip():
            out.append("")
        else:
            body = _unbracketed(line).strip()
            out.append(f"- {unintroduced(body, speaker) if opened and speaker else body}")
            said_by += [(number, speaker)] if speaker else []
            opened = False
    _unopened(out, heading, start, names)
    decided = _decided(lines, names, start, words)
    spoken = "\n".join(_spoken(out, start, decided)) + ("\n" if text.endswith("\n") else "")
    return Protocol(spoken, heading + 1, _dated(lines[:heading]), decided, tuple(said_by))


OPENING = 0.75  # of the heading's words a first speech that reads the item out holds at least


def _unopened(out: list[str], heading: int, start: int, names: list[str]) -> None:
    """``out`` without the debate's opening (blank in its place): a first speech (from ``start``) that reads out
    the item the debate is about (on line ``heading``: it holds OPENING of the item's words, "Good morning, we take
    the budget amendment for the water plant first. Who presents it?") opens the meeting and tells nothing the
    title does not."""
    end = next((i for i in range(start + 1, len(names)) if names[i]), len(names))
    item = set(WORD.findall(out[heading].casefold()))
    said = set(WORD.findall(" ".join(out[start:end]).casefold()))
    if item and len(item & said) >= OPENING * len(item):
        out[start:end] = [""] * (end - start)


def _dated(record: list[str]) -> tuple[int, str] | None:
    """The line of the first date the protocol's ``record`` gives and the date: a written one, or one in
    figures whose day and month cannot be mixed up ("08/12/2015" is none: the record says it again)."""
    for number, line in enumerate(record, 1):
        found = find_date(line)
        day = found[0] if found else stamp_date(line) if STAMP.fullmatch(line.strip()) else None
        if day:
            return number, day
    return None


def _decided(lines: list[str], names: list[str], start: int, words: dict) -> tuple[int, ...]:
    """The lines of the debate (from ``start``) that are a vote's decision: after a line alone that is one of
    ``words``' ``vote_lines``, each line to the next speaker line (``names``) or line of markup ("<…>"), its
    outcome; then the lines of the motion put to it (``_motion``)."""
    votes, found, voting = set(phrases(words, "vote_lines")), [], False
    motions: list[int] = []
    for number, (line, name) in enumerate(zip(lines[start:], names[start:]), start + 1):
        said = " ".join(WORD.findall(_unbracketed(line).casefold()))
        if name or _BRACKETED.match(line):
            voting = False
        elif said in votes:
            voting = True
            motions += _motion(lines, names, start, number - 1)
        elif voting and said:
            found.append(number)
    return tuple(found + [n for n in motions if n not in found])


def _motion(lines: list[str], names: list[str], start: int, vote: int) -> list[int]:
    """The lines (numbered from 1) of the motion put to the vote on line ``vote`` + 1: the speech before it (from
    its speaker line), but its questions ("Who is in favour? Against?", "Anyone else?": asked.asks)."""
    opened = next((i for i in range(vote - 1, start - 1, -1) if names[i]), None)
    if opened is None:
        return []
    return [i + 1 for i in range(opened + 1, vote) if lines[i].strip() and not _BRACKETED.match(lines[i])
            and not asks(lines[i]) and not names[i]]


def _spoken(lines: list[str], start: int, decided: tuple[int, ...]) -> list[str]:
    """``lines`` without the debate's speeches of fewer than LEAST_WORDS words (blank in their place); the
    lines of a decision (numbered from 1: ``decided``) stay whatever their length ("For: unanimous")."""
    return [line if i < start or i + 1 in decided or not line.startswith("- ")
            or count_words(line[2:]) >= LEAST_WORDS else "" for i, line in enumerate(lines)]


def _sentences(token: Token, said_by: dict[int, str]) -> list[Token]:
    """A line of a speech (``said_by``: the speaker of each line) as its sentences of LEAST_WORDS words or more,
    each a point said by its speaker (see the module doc); any other token as it is."""
    if token.kind != "bullet" or token.line not in said_by:
        return [token]
    said = [s for s in sentences(token.text) if count_words(s) >= LEAST_WORDS] or [token.text]
    return [replace(token, text=text, speaker=said_by[token.line]) for text in said]


def _restates(line: str, heading: str) -> bool:
    """Whether a decision ``line`` repeats the debate's ``heading`` whole ("<the order's 20-word name>, approved."):
    the vote's outcome says it was approved, the title what, so the line tells nothing new, and a bottom line
    would take a statement of the debate in its place."""
    return " ".join(heading.split()) in " ".join(line.split())


def _unbracketed(line: str) -> str:
    """``line`` without the angle brackets around it ("<סדר היום:>" is "סדר היום:")."""
    found = _BRACKETED.match(line)
    return f"{found.group(1)}{found.group(2)}" if found else line


def debated(tokens: list[Token], protocol: Protocol) -> list[Token]:
    """``tokens`` of a ``protocol`` (``as_protocol``; not one: ``tokens`` as they are) as the briefing they
    make: its record as the header lines notes write (the record's first line the show, its date, the debate's
    heading the title), the decisions of its votes as takeaways, the heading as its one topic and the
    speeches after it as the topic's points; the rest of the record is left out (see the module doc)."""
    debate, decision = protocol.debate, set(protocol.decision)
    if not debate:
        return tokens
    first = next((t.line for t in tokens if t.kind != "front"), debate)
    heading = next((t for t in tokens if t.line == debate and t.kind == "heading"), None)
    if heading is None:
        return [t for t in tokens if t.kind == "front" or t.line == first or t.line >= debate]
    record = [replace(t, kind="text", text=f"Show: {t.text.strip()}") for t in tokens if t.line == first < debate]
    record += [Token("text", protocol.date[0], f"Date: {protocol.date[1]}")] if protocol.date else []
    record.append(Token("text", debate, f"Title: {heading.text}"))
    decided = [replace(t, kind="bullet", depth=0, speaker="", text=said) for t in
               sorted((t for t in tokens if t.line in decision), key=lambda t: protocol.decision.index(t.line))
               for said in sentences(t.text.strip())]  # (the vote's outcome before the motion, a takeaway a sentence)
    decided = [t for t in decided if not _restates(t.text, heading.text)] or decided
    taken = [Token("section", decided[0].line, section="takeaways"), *decided] if decided else []
    said_by = dict(protocol.said_by)
    speeches = [said for t in tokens if t.line > debate and t.line not in decision for said in _sentences(t, said_by)]
    return [t for t in tokens if t.kind == "front"] + record + taken + [Token("topic", heading.line, heading.text)] + speeches
