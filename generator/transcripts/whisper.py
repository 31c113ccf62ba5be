"""Whisper and whisperX JSON: ``{"segments": [{"start", "end", "text", "speaker"?, "words"?}]}``
(also a bare list of segments); whisperX words may lack times (numbers it could not align)."""
from __future__ import annotations

from . import Reader
from .jsondata import fail, number, parse_json, read_items
from .model import Cue, Transcript, Word


class WhisperReader(Reader):
    """Reads the JSON of OpenAI Whisper, faster-whisper and whisperX."""

    name = "whisper"
    suffixes = (".json",)

    @classmethod
    def sniff(cls, text: str) -> bool:
        head = text.lstrip("\ufeff \t\r\n")[:4000]
        return head.startswith("{") and '"segments"' in head or (
            head.startswith("[") and '"end"' in head and '"duration"' not in head)

    def read(self, text: str, file: str) -> Transcript:
        data = parse_json(text, file)
        segments = data.get("segments") if isinstance(data, dict) else data
        where: tuple = ("segments",) if isinstance(data, dict) else ()
        if not isinstance(segments, list):
            raise fail(text, file, (), "expected a list of segments under \"segments\"")
        return Transcript(file, self.name, read_items(text, file, segments, where, _cue, "segment"))


def _cue(seg) -> Cue:
    if not isinstance(seg, dict):
        raise ValueError("is not an object with start, end and text")
    start, end = number(seg.get("start"), "start"), number(seg.get("end"), "end")
    if end < start:
        raise ValueError(f"ends ({end}) before it starts ({start})")
    text = seg.get("text")
    if not isinstance(text, str):
        raise ValueError("has no text")
    words = []
    for w in seg.get("words") or ():
        if isinstance(w, dict) and isinstance(w.get("word", w.get("text")), str) and "start" in w:
            words.append(Word(str(w.get("word", w.get("text"))).strip(), number(w["start"], "a word's start"),
                              number(w["end"], "a word's end") if "end" in w else None))
    speaker = seg.get("speaker")
    return Cue(start, end, " ".join(text.split()), str(speaker) if speaker is not None else None,
               tuple(w for w in words if w.text))
