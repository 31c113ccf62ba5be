"""Quotes in notes: ``“…” (05:45)``, ``"…" — Name (12:30)``, ``> … — Name (12:30)`` and the lines
of a ``Quote:`` group give the words, the speaker when named, and the time as written."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..word_count import count_words

TS = r"\d{1,3}:\d{1,2}(?::\d{1,2})?"
_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’"}  # not ' (an apostrophe opens nothing)
_MARKER = re.compile(r"^[*_]*(?:notable |key |memorable |favou?rite |best |top |featured )?(?P<many>quotes|quotations)?"
                     rf"(?(many)|(?:quote|quotation))[*_]*(?:\s*[(\[](?P<ts>{TS})[)\]])?[*_]*\s*(?::|—|–|-)?[*_]*\s*(?P<rest>.*)$",
                     re.IGNORECASE)
_LEADING_TS = re.compile(rf"^[(\[]?(?P<ts>{TS})[)\]]?\s*[-–—:|]?\s*")
_SPEAKER = r"(?P<speaker>[^\W\d_][^()\[\]—–]{0,79}?)"
_TAIL = re.compile(rf"^\s*(?:[(\[](?P<ts>{TS})[)\]])?\s*(?:(?:[-–—―~]+|,)\s*{_SPEAKER})?"
                   rf"\s*(?:[(\[,]\s*(?:at\s+)?(?P<ts2>{TS})\s*[)\]]?)?\s*[.,]?$")
_SAID = re.compile(rf"^(?P<text>.+?)\s+(?:—|–|--|―|~|-)\s*{_SPEAKER}\s*(?:[(\[,]\s*(?:at\s+)?(?P<ts>{TS})\s*[)\]]?)?\s*$")
_TIME_ONLY = re.compile(rf"^(?P<text>.+?)\s*[(\[](?P<ts>{TS})[)\]]\s*$")
MIN_WORDS = 6  # a quoted line shorter than this, not ending a sentence, is a title in quotes
MAX_SPEAKER_WORDS = 10
MAX_LINE = 5000  # a longer line is text, whatever it holds (the patterns stay linear)


@dataclass
class Quoted:
    """A quote as a line gives it: the words, the speaker (or ""), the time as written and where it starts."""

    text: str
    speaker: str = ""
    ts: str | None = None
    ts_index: int = -1


def read_marker(text: str) -> tuple[bool, str, int, Quoted] | None:
    """For a line that opens quotes (``Quote:``, ``Notable quotes``, ``Quote (05:45): …``): whether
    more than one follows, the rest of the line, where it starts, and its time; else None."""
    found = _MARKER.match(text) if len(text) <= MAX_LINE else None
    if not found:
        return None
    rest = found.group("rest")
    if rest and not (found.group("ts") or text[found.start("rest") - 1:found.start("rest")].isspace() and
                     re.search(r"[:—–-]", text[:found.start("rest")])):
        return None  # "Quote the figures" is a sentence, not a marker
    return bool(found.group("many")), rest, found.start("rest"), Quoted("", "", found.group("ts"), found.start("ts"))


def read_quote(text: str, loose: bool = False) -> Quoted | None:
    """The quote on a line: in quotation marks with a time or a speaker after it (``“…” — Jane
    (12:30)``), or, ``loose`` (a blockquote, a line of a quote group), also without the marks."""
    if len(text) > MAX_LINE:
        return None
    lead = _LEADING_TS.match(text)
    start = lead.end() if lead and lead.end() < len(text) and text[lead.end()] in _PAIRS else 0
    body = text[start:]
    close = _PAIRS.get(body[:1])
    end = body.rfind(close) if close else -1
    if close and end > 1:
        words, tail = body[1:end].strip(), _TAIL.match(body[end + 1:])
        if tail and words:
            ts_name = "ts" if tail.group("ts") else "ts2"
            ts = tail.group(ts_name) or (lead.group("ts") if lead and start else None)
            at = (start + end + 1 + tail.start(ts_name)) if tail.group(ts_name) else (lead.start("ts") if lead and start else -1)
            speaker = _speaker(tail.group("speaker"))
            sentence = count_words(words) >= MIN_WORDS or words[-1] in ".!?…"
            if loose or (sentence and (ts or speaker)):
                return Quoted(words, speaker, ts, at)
    if not loose:
        return None
    said = _SAID.match(text)
    if said and _speaker(said.group("speaker")):
        return Quoted(said.group("text").strip(), _speaker(said.group("speaker")), said.group("ts"),
                      said.start("ts") if said.group("ts") else -1)
    timed = _TIME_ONLY.match(text)
    if timed:
        return Quoted(timed.group("text").strip(), "", timed.group("ts"), timed.start("ts"))
    return Quoted(text.strip())


def _speaker(text: str | None) -> str:
    """A speaker's name as written, or "" when the words are not a name (too long, or a sentence)."""
    text = (text or "").strip().rstrip(".,;:")
    sentence = re.search(r"[!?]|\.\s+[a-z]", text)  # "Dr. Ann Lee" is a name, "we did. and then" is not
    return text if text and count_words(text) <= MAX_SPEAKER_WORDS and not sentence else ""
