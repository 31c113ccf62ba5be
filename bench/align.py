"""Benchmark and quality table of `briefing align`, printed; asserts nothing.

    .venv/bin/python bench/align.py [--quality] [--speed]

Quality: on the real transcripts of tests/fixtures/transcripts, the share of claims placed within
15 s of their moment, the claims the recordings never make that get pinned somewhere, and the
speaker, for briefing's aligner and for a naive one (BM25 over 20-second windows, the best window
always taken). Speed: a synthetic five-hour transcript of YouTube's rolling captions (~50,000
words, ~17,000 cues, read from SRT text) with 30 claims, and how the time grows with the length of
the transcript and the number of claims; and the real three-hour transcript of the fixtures (the
Apollo 13 air-ground loop) with its own claims.
"""
from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.transcripts import Transcript, parse_transcript  # noqa: E402
from generator.transcripts.align import Claim, Match, align_claims  # noqa: E402
from generator.transcripts.index import build_index  # noqa: E402
from tests.alignment_figures import FIXTURES, claims_files, figures, load_claims  # noqa: E402

WINDOW = 20.0  # seconds per BM25 document
_WORD = re.compile(r"\w+")


def naive(transcript: Transcript, claims: list[Claim]) -> list[Match]:
    """BM25 (k1 1.2, b 0.75) over consecutive 20-second windows; each claim gets the best window."""
    windows: list[list[str]] = []
    speakers: list[Counter] = []
    first = min(c.start for c in transcript.cues)  # windows from the first cue: a recording may start at 55 h
    for cue in transcript.cues:
        slot = int((cue.start - first) // WINDOW)
        while len(windows) <= slot:
            windows.append([])
            speakers.append(Counter())
        words = _WORD.findall(cue.text.lower())
        windows[slot] += words
        if cue.speaker:
            speakers[slot][cue.speaker] += len(words)
    counts = [Counter(w) for w in windows]
    df = Counter(term for c in counts for term in c)
    n, avg = len(windows), sum(map(len, windows)) / max(len(windows), 1)
    out = []
    for claim in claims:
        query = _WORD.findall(claim.text.lower())
        best, where = -1.0, 0
        for i, (c, words) in enumerate(zip(counts, windows)):
            norm = 1.2 * (0.25 + 0.75 * len(words) / avg)
            score = sum(math.log(1 + (n - df[q] + 0.5) / (df[q] + 0.5)) * c[q] * 2.2 / (c[q] + norm) for q in query if q in c)
            if score > best:
                best, where = score, i
        who = speakers[where].most_common(1)[0][0] if speakers[where] else None
        out.append(Match(claim, first + where * WINDOW, who, None, round(best, 3)))
    return out


def ours(transcript: Transcript, claims: list[Claim]) -> list[Match]:
    return align_claims(build_index(transcript), claims)


def quality() -> None:
    print("| transcript | length | claims said / unsaid | within 15 s: briefing | naive BM25 | unsaid pinned: briefing "
          "| naive | speaker right: briefing | naive |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for path in claims_files():
        a, b = figures(path, ours), figures(path, naive)
        pct = lambda f: f"{f.near}/{f.said} ({100 * f.near / f.said:.0f}%)"
        who = lambda f: f"{f.speaker}/{f.labelled}" if f.labelled else "–"
        print(f"| {a.name} | {a.hours * 60:.0f} min | {a.said} / {a.unsaid} | {pct(a)} | {pct(b)} | {a.pinned}/{a.unsaid} "
              f"| {b.pinned}/{b.unsaid} | {who(a)} | {who(b)} |")


def synthetic(hours: float, seed: int = 7) -> tuple[str, list[list[str]]]:
    """YouTube-style rolling SRT of ``hours`` (~2.8 words a second, two cues a line: the line
    shown under the one before, then a 10 ms repeat) and its lines' words."""
    rng = random.Random(seed)
    vocabulary = [f"{rng.choice('bcdfghklmnprstvz')}{rng.choice('aeiou')}{rng.choice('bcdfghklmnprstvz')}"
                  f"{rng.choice('aeiou')}{rng.choice(['', 'n', 'r', 's', 'ton', 'ment'])}" for _ in range(6000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf, as speech is
    lines, cues, at, previous = [], [], 0.0, ""
    while at < hours * 3600:
        words = rng.choices(vocabulary, weights, k=6)
        line = " ".join(words)
        lines.append(words)
        start, end = at, at + 6 / 2.8
        cues.append((start, end, f"{previous}\n{line}" if previous else line))
        cues.append((end, end + 0.01, line))
        previous, at = line, end
    stamp = lambda s: f"{int(s // 3600):02d}:{int(s % 3600 // 60):02d}:{int(s % 60):02d},{int(s * 1000 % 1000):03d}"
    text = "\n\n".join(f"{i}\n{stamp(a)} --> {stamp(b)}\n{t}" for i, (a, b, t) in enumerate(cues, 1))
    return text + "\n", lines


def _timed(read: Callable[[], tuple[Transcript, list[Claim]]]) -> tuple[Transcript, list[Claim], list[float]]:
    """Read, index and align: the transcript, its claims and the seconds each step took."""
    t0 = time.perf_counter()
    transcript, claims = read()
    t1 = time.perf_counter()
    index = build_index(transcript)
    t2 = time.perf_counter()
    align_claims(index, claims)
    t3 = time.perf_counter()
    return transcript, claims, [t1 - t0, t2 - t1, t3 - t2, t3 - t0]


def speed() -> None:
    print("| transcript | words | cues | claims | read | index | align | total |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for hours, n in ((1, 30), (2.5, 30), (5, 30), (5, 10), (5, 100)):
        text, lines = synthetic(hours)
        rng = random.Random(11)
        picks = [rng.randrange(len(lines) - 3) for _ in range(n)]
        # written as a summary writes them: a capital letter first, and a name (capitalised: looked up
        # under its near spellings too, as a misheard name is)
        claims = [Claim(" ".join(w.title() if k in (0, 3) else w for k, w in enumerate(rng.sample(lines[p] + lines[p + 1], 8))),
                        (i,), group="c") for i, p in enumerate(sorted(picks))]
        _print(f"{hours:g} h", text.count(" --> "), *_timed(lambda t=text, c=claims: (parse_transcript(t, "synthetic.srt"), c)))
    real = _timed(lambda: _real(FIXTURES / "apollo13-air-ground.claims.yaml"))  # 3 h 21 min, its own claims
    hours = (real[0].duration - real[0].cues[0].start) / 3600
    _print(f"Apollo 13 air-ground loop ({hours:.1f} h, real)", len(real[0].cues), *real)


def _real(path: Path) -> tuple[Transcript, list[Claim]]:
    transcript, _, claims = load_claims(path)
    return transcript, claims


def _print(label: str, cues: int, transcript: Transcript, claims: list[Claim], times: list[float]) -> None:
    words = sum(len(c.text.split()) for c in transcript.cues)
    print(f"| {label} | {words:,} | {cues:,} | {len(claims)} | " + " | ".join(f"{t:.2f} s" for t in times) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quality", action="store_true", help="only the quality table")
    parser.add_argument("--speed", action="store_true", help="only the timings")
    args = parser.parse_args()
    if not args.speed:
        quality()
        print()
    if not args.quality:
        speed()


if __name__ == "__main__":
    main()
