"""Heavy content (issue #25 §3): content shaped like the default (every topic with a message, a
chart, a table, figures and nested points; takeaways that point at topics) at 10, 100 and 1,000
topics, the technical deck and report of each against their yardsticks. It prints figures and
asserts nothing.

    .venv/bin/python bench/heavy.py [--sizes 10,100,1000] [--repeat N] [--against REV]

Yardsticks, run in turn with ours (paired, medians of N; processor time and the largest peak
RSS, as bench/speed.py measures them): pandoc converting the same slides (our Markdown handout)
to a deck, and plain reportlab platypus setting the same text (``bench/yardstick.py``). The
report's tagging share is its time against the same report untagged (``BRIEFING_PDF_UNTAGGED=1``).
With ``--against REV`` the report and deck of REV (extracted with ``git archive``) run in turn too.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from heavy_content import heavy_content
from run import pages, slides
from speed import ROOT, extract, paired, run


def prepared(tmp: Path, size: int, env: dict) -> tuple[list[str], Path, Path]:
    """The heavy content of ``size`` topics written in ``tmp``: the command building its technical
    files (a format to add), their folder and its Markdown handout (made here: the yardsticks' input)."""
    content = tmp / f"heavy{size}.yaml"
    content.write_text(heavy_content(size), encoding="utf-8")
    out = tmp / "out"
    cmd = [sys.executable, "-m", "generator.cli", "build", str(content), "-a", "technical", "-o", str(out)]
    run(cmd + ["-f", "md"], ROOT, env)
    return cmd, out, out / f"heavy{size}-technical.md"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", help="also run this revision's deck and report, in turn with ours")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    untagged = {**env, "BRIEFING_PDF_UNTAGGED": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        trees = [ROOT] + ([extract(args.against, tmp / "before")] if args.against else [])
        for tree in trees:
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "generator")], check=True)
        print(f"briefing on heavy content: processor time (user+sys), median of {args.repeat} paired runs, "
              f"peak RSS the largest; python {sys.version.split()[0]}, {os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f}" + (f"; against {args.against}" if args.against else ""))
        if not pandoc:
            print("pandoc is not on PATH: the deck is not compared with pandoc")
        for size in (int(s) for s in args.sizes.split(",")):
            cmd, out, handout = prepared(tmp, size, env)
            deck = [(cmd + ["-f", "pptx"], tree, env) for tree in trees]
            if pandoc:
                deck.append(([pandoc, str(handout), "-o", str(tmp / "pandoc.pptx")], ROOT, env))
            figures = paired(deck, args.repeat)
            (ours, _, peak), n = figures[0], slides(out / f"heavy{size}-technical.pptx")
            line = f"deck,   {size:>5} topics: {ours:6.2f} s {peak:5.0f} MiB {n:>5} slides {ours * 1000 / n:5.1f} ms/slide"
            if args.against:
                line += f"  {args.against}: {figures[1][0]:.2f} s {figures[1][2]:.0f} MiB"
            if pandoc:
                line += f"  pandoc {figures[-1][0]:.2f} s: pandoc takes {figures[-1][0] / ours:.2f}x ours"
            print(line, flush=True)
            report = [(cmd + ["-f", "pdf"], tree, env) for tree in trees] + [
                (cmd + ["-f", "pdf"], ROOT, untagged),
                ([sys.executable, str(ROOT / "bench/yardstick.py"), str(handout), str(tmp / "yardstick.pdf")], ROOT, env)]
            figures = paired(report, args.repeat)
            (ours, _, peak), n = figures[0], pages(out / f"heavy{size}-technical.pdf")
            plain, yard = figures[-2][0], figures[-1][0]
            line = (f"report, {size:>5} topics: {ours:6.2f} s {peak:5.0f} MiB {n:>5} pages  {ours * 1000 / n:5.1f} ms/page"
                    f"  yardstick {yard:.2f} s ({pages(tmp / 'yardstick.pdf')} pages): {ours / yard:.2f}x its time"
                    f"  tagging {(ours - plain) / ours:.0%} of ours")
            if args.against:
                line += f"  {args.against}: {figures[1][0]:.2f} s {figures[1][2]:.0f} MiB"
            print(line, flush=True)


if __name__ == "__main__":
    main()
