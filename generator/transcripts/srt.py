"""SRT (``.srt``): numbered cues, ``HH:MM:SS,mmm`` times, mixed line ends, speaker labels, tags
(``<i>``, ``<font>``, SSA's ``{\\an8}``), and YouTube's rolling automatic captions (each line twice,
lower case, no punctuation)."""
from __future__ import annotations

import re

from ..errors import BriefingError, Problem
from ..files import split_lines
from . import Reader
from .cues import blocks, cue_lines, finish, timing
from .model import Transcript

EXAMPLE = "00:01:02,500 --> 00:01:05,000"
_TIMING = re.compile(r"^\s*\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*-->", re.M)
_OVERRIDE = re.compile(r"\{\\[^}\n]*\}")  # an SSA override tag some tools leave in SRT: {\an8}, {\i1}


class SRTReader(Reader):
    """Reads SubRip files."""

    name = "srt"
    suffixes = (".srt",)

    @classmethod
    def sniff(cls, text: str) -> bool:
        head = text.lstrip("\ufeff")[:2000]
        first = head.lstrip().split("\n", 1)[0].strip()
        return bool(_TIMING.search(head)) and (first.isdigit() or "-->" in first)

    def read(self, text: str, file: str) -> Transcript:
        cues = []
        for block in blocks(split_lines(text.lstrip("\ufeff"))):
            lines = block.lines
            at = 1 if lines[0].strip().isdigit() else 0
            if at >= len(lines):
                raise BriefingError(Problem(f"cue {lines[0].strip()} has no timing line such as '{EXAMPLE}'",
                                            file, block.line, 1))
            start, end, _ = timing(lines[at], file, block.line + at, EXAMPLE)
            cues.append(cue_lines([_OVERRIDE.sub("", ln) for ln in lines[at + 1:]], start, end, block.line + at))
        return Transcript(file, self.name, finish(cues, carry=True))
