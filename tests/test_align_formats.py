"""One recording in every transcript format, as machines write it (lower case, no punctuation,
numbers in words, names split): the same claims land on the same moments in each."""
from __future__ import annotations

import json

import pytest

from generator.transcripts import parse_transcript
from generator.transcripts.align import Claim, align_claims
from generator.transcripts.index import build_index

FILLER = [f"and then we talked about the weather in the {w} for a while" for w in
          ("morning", "evening", "spring", "autumn", "winter", "summer", "north", "south", "valley", "mountains")]
SAID = [  # (seconds, speaker, line)
    (60.0, "Ann", "so deep seek is twenty seven times cheaper than the competition"),
    (125.0, "Bo", "x ai has two hundred thousand gpus in memphis right now"),
    (190.0, "Ann", "and they activate eight of two hundred fifty six experts per token"),
]
CLAIMS = ["DeepSeek's models are 27x cheaper than competitors", "xAI: 200,000 GPUs in Memphis",
          "8 of 256 experts are active per token", "Meta trained Llama on 50,000 H100s in Texas"]
TRUTH = [60.0, 125.0, 190.0, None]


def _lines() -> list[tuple[float, str | None, str]]:
    lines = [(float(t), None, FILLER[i % len(FILLER)]) for i, t in enumerate(range(0, 240, 5))]
    lines = [row for row in lines if all(abs(row[0] - s) >= 5 for s, _, _ in SAID)]
    return sorted(lines + SAID)


def _stamp(s: float, sep: str) -> str:
    return f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{int(s % 60):02d}{sep}{int(s * 1000 % 1000):03d}"


def rolling_srt() -> str:
    """YouTube's automatic captions: each line shown under the one before, then a 10 ms repeat."""
    out, previous = [], ""
    for i, (t, _, line) in enumerate(_lines()):
        shown = f"{previous}\r\n{line}" if previous else line
        out.append(f"{2 * i + 1}\r\n{_stamp(t, ',')} --> {_stamp(t + 4.99, ',')}\r\n{shown}\r\n")
        out.append(f"{2 * i + 2}\n{_stamp(t + 4.99, ',')} --> {_stamp(t + 5, ',')}\n{line}\n")
        previous = line
    return "\n".join(out)


def webvtt() -> str:
    return "WEBVTT\n\n" + "\n".join(f"{_stamp(t, '.')} --> {_stamp(t + 5, '.')}\n" + (f"<v {who}>" if who else "") + f"{line}\n"
                                     for t, who, line in _lines())


def whisperx() -> str:
    segments = []
    for t, who, line in _lines():
        words = [{"word": w, "start": t + 0.3 * k, "end": t + 0.3 * k + 0.25} for k, w in enumerate(line.split())]
        segments.append({"start": t, "end": t + 5, "text": " " + line, "words": words, **({"speaker": who} if who else {})})
    return json.dumps({"segments": segments, "language": "en"})


def youtube_json3() -> str:
    events = [{"tStartMs": int(t * 1000), "dDurationMs": 5000,
               "segs": [{"utf8": (" " if k else "") + w, "tOffsetMs": 300 * k} for k, w in enumerate(line.split())]}
              for t, _, line in _lines()]
    return json.dumps({"wireMagic": "pb3", "events": events})


def youtube_list() -> str:
    return json.dumps([{"text": line, "start": t, "duration": 5.0} for t, _, line in _lines()])


@pytest.mark.parametrize(("make", "name", "speakers"), [
    (rolling_srt, "auto.srt", False), (webvtt, "talk.vtt", True), (whisperx, "talk.json", True),
    (youtube_json3, "video.json3", False), (youtube_list, "video.json", False)])
def test_machine_captions_in_every_format_align_the_same(make, name, speakers):
    transcript = parse_transcript(make(), name)
    matches = align_claims(build_index(transcript), [Claim(text, (i,)) for i, text in enumerate(CLAIMS)])
    for match, truth in zip(matches, TRUTH):
        if truth is None:
            assert match.seconds is None, match
        else:
            assert match.seconds is not None and abs(match.seconds - truth) <= 3, (match.claim.text, match.seconds)
    if speakers:
        assert [m.speaker for m in matches[:3]] == ["Ann", "Bo", "Ann"]
