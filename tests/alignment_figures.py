"""The quality figures of an aligner on the real transcripts in tests/fixtures/transcripts: each
``NAME.claims.yaml`` lists claims a summary would make, with the moment each is said (found by
reading the transcript), the transcript's own speaker label, or ``at: null`` for a claim the
recording does not make. Used by tests/test_align_quality.py and bench/align.py."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.timestamps import parse_timestamp
from generator.transcripts import Transcript, read_transcript
from generator.transcripts.align import Claim, Match
from generator.yamlio import load_yaml_file
from tests import apollo_script

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "transcripts"
TOLERANCE = 15  # seconds
CHAPTER = 600  # the hint a summary's topic gives: the 10-minute chapter its claim sits in

Aligner = Callable[[Transcript, list[Claim]], list[Match]]


@dataclass
class Figures:
    """How an aligner did on one transcript."""

    name: str
    said: int
    near: int  # said claims placed within TOLERANCE of their moment
    unsaid: int
    pinned: int  # unsaid claims placed somewhere
    labelled: int  # said claims placed near, with a speaker label in the transcript
    speaker: int  # ... of which with the right speaker
    hours: float


def claims_files() -> list[Path]:
    """Every claims file of the real transcripts."""
    return sorted(FIXTURES.glob("*.claims.yaml"))


def read_fixture(path: Path) -> Transcript:
    """A transcript of the fixtures, read by briefing (a ``.txt`` one is in the Apollo 13 Real-time
    project's own format, which tests/apollo_script.py turns into WebVTT first)."""
    return apollo_script.read(path) if path.suffix == ".txt" else read_transcript(path)


def load_claims(path: Path) -> tuple[Transcript, list[dict], list[Claim]]:
    """The transcript, the claims as written (with their truth) and the Claims to align, each
    with the hint of its chapter (an unsaid claim sits in the chapter of the claim before it)."""
    data = load_yaml_file(path).data
    transcript = read_fixture(path.parent / data["transcript"])
    claims, last = [], 0
    for i, item in enumerate(data["claims"]):
        if item["at"] is not None:
            last = parse_timestamp(item["at"])
        start = last // CHAPTER * CHAPTER
        claims.append(Claim(item["text"], (i,), i + 1, 1, (start, start + CHAPTER), "summary"))
    return transcript, data["claims"], claims


def _hours(transcript: Transcript) -> float:
    """How long the recording is: from its first cue (a mission's transcript starts at 55 hours)."""
    return (transcript.duration - min(c.start for c in transcript.cues)) / 3600


def figures(path: Path, aligner: Aligner) -> Figures:
    """The figures of ``aligner`` on the claims file ``path``."""
    transcript, truth, claims = load_claims(path)
    found = Figures(path.name.removesuffix(".claims.yaml"), 0, 0, 0, 0, 0, 0, _hours(transcript))
    for item, match in zip(truth, aligner(transcript, claims)):
        if item["at"] is None:
            found.unsaid += 1
            found.pinned += match.seconds is not None
            continue
        found.said += 1
        near = match.seconds is not None and abs(match.seconds - parse_timestamp(item["at"])) <= TOLERANCE
        found.near += near
        if near and item.get("speaker"):
            found.labelled += 1
            found.speaker += match.speaker == item["speaker"]
    return found
