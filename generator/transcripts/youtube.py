"""YouTube's caption JSON: the player's ``json3`` (``{"events": [{"tStartMs", "dDurationMs",
"segs": [{"utf8", "tOffsetMs"}]}]}``) and the ``[{"text", "start", "duration"}]`` list that
transcript tools return."""
from __future__ import annotations

import html
from typing import Any
from collections.abc import Callable

from . import Reader
from .jsondata import fail, number, parse_json, read_items
from .model import Cue, Transcript, Word

_MS = "milliseconds"  # json3's times


class YouTubeReader(Reader):
    """Reads YouTube caption JSON in either form."""

    name = "youtube"
    suffixes = (".json3",)

    @classmethod
    def sniff(cls, text: str) -> bool:
        head = text.lstrip("\ufeff \t\r\n")[:4000]
        return head.startswith("{") and '"events"' in head or (head.startswith("[") and '"duration"' in head)

    def read(self, text: str, file: str) -> Transcript:
        data = parse_json(text, file)
        where: tuple = ()
        read: Callable[[Any], Cue | None] = _entry
        if isinstance(data, dict) and isinstance(data.get("events"), list):
            items, where, read = data["events"], ("events",), _event
        elif isinstance(data, list):
            items = data
        else:
            raise fail(text, file, (), "expected YouTube captions: an object with \"events\" or a list of "
                                       "{text, start, duration}")
        cues = read_items(text, file, items, where, read, "caption")
        return Transcript(file, self.name, sorted(cues, key=lambda c: c.start))


def _event(event) -> Cue | None:
    if not isinstance(event, dict):
        raise ValueError("is not an object")
    if "segs" not in event or event.get("aAppend"):
        return None  # a window's position, or a line break appended to the one before
    start = number(event.get("tStartMs", 0), "tStartMs", _MS) / 1000
    end = start + number(event.get("dDurationMs", 0), "dDurationMs", _MS) / 1000
    words = []
    for seg in event["segs"] or ():
        if not isinstance(seg, dict) or not isinstance(seg.get("utf8", ""), str):
            raise ValueError("a seg is not {utf8, tOffsetMs}")
        at = start + number(seg.get("tOffsetMs", 0), "tOffsetMs", _MS) / 1000
        words += [Word(w, at) for w in html.unescape(seg.get("utf8", "")).split()]
    text = " ".join(w.text for w in words)
    return Cue(start, end, text, None, tuple(words) if len(event["segs"] or ()) > 1 else ())


def _entry(entry) -> Cue:
    if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
        raise ValueError("is not {text, start, duration}")
    start = number(entry.get("start"), "start")
    return Cue(start, start + number(entry.get("duration", 0), "duration"), " ".join(html.unescape(entry["text"]).split()))
