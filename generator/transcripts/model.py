"""The one transcript model every reader fills: cues (start, end, text, speaker) and, where the
format gives them, the words with their own times."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Word:
    """One spoken word and when it starts (seconds in the transcript's own timeline)."""

    text: str
    start: float
    end: float | None = None


@dataclass(frozen=True)
class Cue:
    """A stretch of speech: its times in seconds, its text as plain words, who says it if known,
    its words with their times if the format gives them, and the line of the file it came from."""

    start: float
    end: float
    text: str
    speaker: str | None = None
    words: tuple[Word, ...] = ()
    line: int = 0


@dataclass
class Transcript:
    """What a transcript file says, in the order said."""

    file: str
    format: str
    cues: list[Cue] = field(default_factory=list)

    @property
    def duration(self) -> float:
        """The end of the last cue, in seconds."""
        return max((c.end for c in self.cues), default=0.0)

    @property
    def speakers(self) -> list[str]:
        """The speakers it names, in the order they first speak."""
        return list(dict.fromkeys(c.speaker for c in self.cues if c.speaker))
