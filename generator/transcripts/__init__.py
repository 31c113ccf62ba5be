"""Transcripts: read a transcript file in any known format into one model, whatever its format.

Each format is one module with a :class:`Reader` subclass, found through one registry: the
built-in readers below, and any a plugin declares under the entry point group
``briefing.importers`` (``name = "module:Class"``), as the writers are. A name declared twice is
an error. The format is recognised from the file's content (each reader says whether text is
its format); the file's extension only chooses which reader explains why a file is none of them.
"""
from __future__ import annotations

import functools
import importlib
from itertools import islice
from pathlib import Path
from typing import ClassVar

from ..errors import BriefingError, Problem
from ..files import check_file_text, read_regular, utf8_text
from ..limits import MAX_TRANSCRIPT_BYTES, MAX_TRANSCRIPT_WORDS
from .model import Cue, Transcript, Word
from .words import TOKEN

__all__ = ["Cue", "Reader", "Transcript", "Word", "read_transcript", "registry", "parse_transcript"]

GROUP = "briefing.importers"
BUILTIN = {
    "webvtt": "generator.transcripts.webvtt:WebVTTReader",
    "srt": "generator.transcripts.srt:SRTReader",
    "whisper": "generator.transcripts.whisper:WhisperReader",
    "youtube": "generator.transcripts.youtube:YouTubeReader",
}


class Reader:
    """What a transcript format's reader provides; built-in readers and plugins subclass it."""

    name: ClassVar[str]  # the format, as messages name it
    suffixes: ClassVar[tuple[str, ...]] = ()  # file name endings usual for it, with their dot

    @classmethod
    def sniff(cls, text: str) -> bool:
        """Whether ``text`` is in this format (looked at cheaply: the start of the file)."""
        raise NotImplementedError

    def read(self, text: str, file: str) -> Transcript:
        """The transcript in ``text``; a BriefingError at FILE:LINE:COL for what is broken."""
        raise NotImplementedError


@functools.cache
def registry() -> dict[str, str]:
    """Every transcript format by name (``module:Class``): the built-in ones, then the plugins'."""
    from ..writers import declared

    return declared(GROUP, BUILTIN, "transcript format")


def load(name: str) -> type[Reader]:
    """The reader class of format ``name``, importing its module now."""
    module, _, attr = registry()[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def parse_transcript(text: str, file: str) -> Transcript:
    """Read transcript ``text`` (named ``file`` in errors) in whichever known format it is."""
    check_file_text(text, file)
    readers = [load(name) for name in registry()]
    for reader in readers:
        if reader.sniff(text):
            return reader().read(text, file)
    suffix = Path(file).suffix.lower()
    by_suffix = next((r for r in readers if suffix in r.suffixes), None)
    if by_suffix is not None:  # its own reader says what is wrong with it
        return by_suffix().read(text, file)
    names = ", ".join(sorted(r.name for r in readers))
    raise BriefingError(Problem(f"not a transcript in a known format ({names})", file, 1, 1))


def read_transcript(path: str | Path) -> Transcript:
    """Read a transcript file (capped as every input: a regular file of at most 64 MiB, UTF-8)."""
    text = utf8_text(read_regular(path, MAX_TRANSCRIPT_BYTES, "transcript"), str(path), "transcript")
    transcript = parse_transcript(text, str(path))
    if not transcript.cues:
        raise BriefingError(Problem("the transcript has no cues with text", str(path), 1, 1))
    said = 0
    for cue in transcript.cues:  # words as the index reads them: "a,b,c" is three (as one it passed the bound)
        said += max(len(cue.words), sum(1 for _ in islice(TOKEN.finditer(cue.text), MAX_TRANSCRIPT_WORDS + 1 - said)))
        if said > MAX_TRANSCRIPT_WORDS:
            raise BriefingError(Problem(f"the transcript has more than {MAX_TRANSCRIPT_WORDS:,} words (about 55 hours of "
                                        "speech): this cue passes the limit; split the transcript", str(path),
                                        cue.line or 1, 1))
    return transcript
