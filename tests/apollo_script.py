"""The Apollo 13 Real-time transcript format (github.com/issa-tseng/apollo13rt, `script/`), as
WebVTT text, so the real air-ground loop in tests/fixtures/transcripts is read by briefing's own
WebVTT reader. That format is its project's own, not one briefing reads:

    [55 05 00 - 55 05 12] FLIGHT      a line from 55:05:00 to 55:05:12 mission time
    [55 05 14] EECOM                  a short utterance (about a second)
    [55 05 21 -] FLIGHT               interrupted: it ends where the next line starts ...
    [- 55 05 30] FLIGHT               ... and goes on after the interruption until 55:05:30
    > a note on the line; 1> a note on its first {bracketed text}

Each line becomes a cue with its speaker as a voice span (`<v CAPCOM>`), the braces dropped; the
notes become WebVTT NOTE blocks, which a reader skips. Times stay mission elapsed time."""
from __future__ import annotations

import re
from pathlib import Path

from generator.transcripts import Transcript, parse_transcript

_HEADER = re.compile(r"^\[([-\d ]+)\] (\S+)\s*$")
_TIME = re.compile(r"\d\d \d\d \d\d")
_NOTE = re.compile(r"^\d*> ?")


def _seconds(text: str) -> int:
    hours, minutes, seconds = (int(part) for part in text.split())
    return hours * 3600 + minutes * 60 + seconds


def _stamp(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.000"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines(text: str) -> list[dict]:
    """Each transcribed line: start, end (None until known), speaker, text and notes."""
    out: list[dict] = []
    for raw in text.splitlines():
        header = _HEADER.match(raw)
        if header:
            times, speaker = header.groups()
            found = [_seconds(t) for t in _TIME.findall(times)]
            if times.lstrip().startswith("-"):  # "[- END]": goes on after the line that interrupted it
                begin = out[-1]["end"] if out[-1]["end"] is not None else out[-1]["start"]
                out.append({"start": min(begin, found[0]), "end": found[0], "speaker": speaker,
                            "text": [], "notes": []})
            else:
                first = found[0]
                last = found[1] if len(found) > 1 else None if times.rstrip().endswith("-") else first + 1
                out.append({"start": first, "end": last, "speaker": speaker, "text": [], "notes": []})
            if len(out) > 1 and out[-2]["end"] is None:  # "[START -]": ends where this one starts
                out[-2]["end"] = max(out[-1]["start"], out[-2]["start"] + 1)
        elif raw.strip() and out:
            if _NOTE.match(raw):
                out[-1]["notes"].append(_NOTE.sub("", raw).strip())
            else:
                out[-1]["text"].append(raw.strip().replace("{", "").replace("}", ""))
    if out and out[-1]["end"] is None:
        out[-1]["end"] = out[-1]["start"] + 1
    return out


def to_webvtt(text: str) -> str:
    """The transcript in ``text`` as WebVTT."""
    blocks = ["WEBVTT"]
    for line in lines(text):
        words = " ".join(line["text"])
        if words:
            blocks.append(f"{_stamp(line['start'])} --> {_stamp(max(line['end'], line['start'] + 1))}\n"
                          f"<v {line['speaker']}>{_escape(words)}")
        blocks += [f"NOTE {note}" for note in line["notes"] if "-->" not in note]
    return "\n\n".join(blocks) + "\n"


def read(path: Path) -> Transcript:
    """The transcript file ``path`` (this format) read by briefing's WebVTT reader."""
    return parse_transcript(to_webvtt(path.read_text(encoding="utf-8")), str(path))
