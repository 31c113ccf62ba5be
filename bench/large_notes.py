"""How a build grows with imported notes of thousands of lines (issue #24 §2: work bounded by the input,
near-linear): notes of N chapters, speaker lines, "Label: value" lines or hearing turns, imported, then
each built as one deck and one report; prints processor time (user + system, from wait4) and the peak
RSS of each whole process, and the report's milliseconds per chapter, so that a doubling of N that
more than doubles the time shows. It prints figures and asserts nothing.

    .venv/bin/python bench/large_notes.py [--sizes 1000,2000,4000] [--shapes chapters,speakers] [-a executive]

``points`` (attack11, -a policy): 5,000 / 10,000 / 20,000 lines took 13.6 / 31.2 / 82 s of processor time in
the policy template before titles.strongest remembered its results (memo.py), 7.8 / 16.6 / 42 s after.
Of those, the bottom line's choice (consequence.weighed) took 0.53 / 1.58 / 5.16 s comparing each statement with
each slide, 0.33 / 0.66 / 1.25 s once the slides were indexed (backers.py; the whole template 7.7 / 16.7 / 37 s).

attack10 (#24) found builds of such notes at 3,000-5,000 lines over 120 s of wall time on a loaded
machine (three audiences, deck and report each); processor time is what one build costs whatever
the neighbours do.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from speed import ROOT, run

SHAPES: dict[str, Callable[[int], str]] = {  # (the notes attack10 built, at N lines)
    "chapters": lambda n: "".join(f"{i // 3600}:{i // 60 % 60:02d}:{i % 60:02d} Chapter {i} about things\n"
                                  for i in range(0, n * 7, 7)),
    "speakers": lambda n: "".join(f"Speaker {i}: said thing {i} about 5% growth.\n" for i in range(n)),
    "labels": lambda n: "".join(f"Label {i}: value {i}\n" for i in range(n)),
    "hearing": lambda n: "COMMITTEE ON X\n\n" + "".join(f"Mr. SMITH{i}. I yield {i} seconds.\n" for i in range(n)),
    "points": lambda n: "# Long talk\n\n" + "".join(  # (attack11: chapters of nine points; the policy build of 20,000
        f"{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} Chapter {i}\n" if i % 10 == 0  # lines ran over its time)
        else f"- point {i} about things and numbers {i * 7}%\n" for i in range(n)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("-a", "--audience", default="executive")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    briefing = [sys.executable, "-m", "generator.cli"]
    print(f"imported notes, {args.audience}: processor seconds (user+sys) and peak MiB of each process; "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"{'notes':>16}  {'import':>7}  {'deck':>13}  {'report':>13}  report ms/line")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for shape in args.shapes.split(","):
            for n in map(int, args.sizes.split(",")):
                notes, content = folder / f"{shape}{n}.txt", folder / f"{shape}{n}.yaml"
                notes.write_text(SHAPES[shape](n), encoding="utf-8")
                imported = run(briefing + ["import", str(notes), "-o", str(content), "--force"], ROOT, env)
                built = [run(briefing + ["build", str(content), "-a", args.audience, "-f", fmt, "-o", str(folder / "out")],
                             ROOT, env) for fmt in ("pptx", "pdf")]
                print(f"{shape + ' ' + str(n):>16}  {imported[0]:6.2f}s  "
                      + "  ".join(f"{cpu:6.2f}s {peak:4.0f}M" for cpu, _, peak in built)
                      + f"  {built[1][0] * 1000 / n:6.2f}", flush=True)


if __name__ == "__main__":
    main()
