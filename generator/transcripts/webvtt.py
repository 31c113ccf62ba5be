"""WebVTT (``.vtt``): the header, NOTE, STYLE and REGION blocks, cue identifiers, cue settings,
voice spans (``<v Name>``), styling tags, entities and inline word times."""
from __future__ import annotations

from ..errors import BriefingError, Problem
from ..files import split_lines
from . import Reader
from .cues import blocks, cue_lines, finish, timing
from .model import Transcript

EXAMPLE = "00:01:02.500 --> 00:01:05.000"


class WebVTTReader(Reader):
    """Reads WebVTT files (W3C WebVTT, and YouTube's automatic captions in it)."""

    name = "webvtt"
    suffixes = (".vtt", ".webvtt")

    @classmethod
    def sniff(cls, text: str) -> bool:
        head = text.lstrip("\ufeff")[:7]
        return head.startswith("WEBVTT") and (len(head) == 6 or head[6] in " \t\r\n")

    def read(self, text: str, file: str) -> Transcript:
        lines = split_lines(text.lstrip("\ufeff"))
        if not self.sniff(lines[0] + "\n"):
            raise BriefingError(Problem("a WebVTT file starts with the line 'WEBVTT'", file, 1, 1))
        cues = []
        for block in blocks(lines[1:], 2, strict=True):
            head = block.lines[0]
            if block.line == 2 and "-->" not in head:  # header lines (Kind:, Language:) follow WEBVTT
                continue
            if head.split(None, 1)[0] in ("NOTE", "STYLE", "REGION") and "-->" not in head:
                continue
            arrows = [i for i, line in enumerate(block.lines) if "-->" in line]
            if not arrows or arrows[0] > 1:
                raise BriefingError(Problem(f"a cue '{head}' without a timing line such as '{EXAMPLE}'",
                                            file, block.line, 1))
            # a line with "-->" ends a cue's text and starts the next cue, blank line or not
            for at, stop in zip(arrows, arrows[1:] + [len(block.lines)]):
                start, end, _settings = timing(block.lines[at], file, block.line + at, EXAMPLE)
                cues.append(cue_lines(block.lines[at + 1:stop], start, end, block.line + at))
        return Transcript(file, self.name, finish(cues))
