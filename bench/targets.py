"""Issue #25's targets in one table: each figure measured here, against its target (met or not).
It prints figures and asserts nothing.

    .venv/bin/python bench/targets.py [--repeat N] [--sizes 100,1000]

Processor time (user + system, workers included, from wait4) of fresh processes, medians of N paired
runs (ours, then the yardstick, in turn: a ratio compares runs that met the same machine), as
``bench/speed.py`` and ``bench/heavy.py`` measure them; the default build's wall time too (its target
is on an idle machine, where wall time is what two workers save). Peak memory is the largest RSS of
the runs. The load when the table starts is printed: on a shared machine wall times say more about
the neighbours than about briefing, ratios of processor time less so. Without pandoc on PATH its
rows are left out. The heavy content's smallest size is the per-page baseline ("flat from 100 to 1,000").
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from heavy import prepared
from run import pages, slides
from speed import REBUILD, ROOT, paired, run


def _row(what: str, figure: str, target: str, met: bool | None) -> None:
    """One line of the table (``met`` None: the header)."""
    verdict = "" if met is None else "met" if met else "NOT MET"
    print(f"{what:<52} {figure:>24}  {target:<18} {verdict}", flush=True)


def _rebuild(fmt: str, repeat: int, out: Path, env: dict) -> float:
    """Median processor seconds of a ``--watch`` rebuild of one executive ``fmt`` file after a word
    of the content was edited (in-process, as the watcher rebuilds)."""
    done = subprocess.run([sys.executable, "-c", REBUILD, str(out), fmt, str(repeat), "edit"], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return float(done.stdout.split()[0])


def cold(args, tmp: Path, env: dict, pandoc: str | None) -> None:
    """§1, §2 and §4: the default content's cold deck and default build against pandoc's deck, and
    the rebuilds under ``--watch`` against a cold build."""
    module = [sys.executable, "-m", "generator.cli"]
    one = module + ["build", str(ROOT / "content/deepseek.yaml"), "-a", "executive", "-o", str(tmp / "out")]
    run(one + ["-f", "md"], ROOT, env)
    run(one + ["-f", "pptx"], ROOT, env)  # fills the caches, as a user's first run does
    deck, report = one + ["-f", "pptx"], one + ["-f", "pdf"]
    default = module + ["build", "-o", str(tmp / "default")]
    slides_ = [pandoc, str(tmp / "out" / "deepseek-executive.md"), "-o", str(tmp / "pandoc.pptx")] if pandoc else None
    commands = [(deck, ROOT, env), (report, ROOT, env), (default, ROOT, env)]
    figures = paired(commands + ([(slides_, ROOT, env)] if slides_ else []), args.repeat)
    (d, _, _), (r, _, _), (b, bwall, _) = figures[:3]
    if pandoc:
        p, pwall = figures[3][0], figures[3][1]
        _row("§1 one executive deck, cold, / pandoc's time", f"{d * 1000:.0f}/{p * 1000:.0f} ms = {d / p:.2f}x",
             "<= 1.00x", d / p <= 1.0)
        _row("§2 default build, --jobs auto, / pandoc's deck (CPU)", f"{b * 1000:.0f}/{p * 1000:.0f} ms = {b / p:.2f}x",
             "<= 4x", b / p <= 4)
        _row("§2 the same, wall time (target: an idle machine)", f"{bwall * 1000:.0f}/{pwall * 1000:.0f} ms = "
             f"{bwall / pwall:.2f}x", "<= 4x", bwall / pwall <= 4)
    for fmt, whole, bound, name in (("pdf", r, 3, "report"), ("pptx", d, 10, "deck")):
        again = _rebuild(fmt, args.repeat, tmp / "rebuilt" / "out", env)
        _row(f"§4 --watch rebuild of one {name}, a word edited", f"{again * 1000:.0f}/{whole * 1000:.0f} ms = "
             f"1/{whole / again:.1f}", f"<= 1/{bound}", whole / again >= bound)


def heavy(args, tmp: Path, env: dict, pandoc: str | None) -> None:
    """§3: the heavy content's technical report against the yardstick (time, memory, time a page,
    tagging) and its deck against pandoc."""
    untagged = {**env, "BRIEFING_PDF_UNTAGGED": "1"}
    per_page: dict[int, float] = {}
    sizes, repeat = [int(s) for s in args.sizes.split(",")], args.heavy_repeat or args.repeat
    for size in sizes:
        cmd, out, handout = prepared(tmp, size, env)
        yard = [sys.executable, str(ROOT / "bench/yardstick.py"), str(handout), str(tmp / "yardstick.pdf")]
        (ours, _, peak), (plain, _, _), (stick, _, _) = paired(
            [(cmd + ["-f", "pdf"], ROOT, env), (cmd + ["-f", "pdf"], ROOT, untagged), (yard, ROOT, env)], args.repeat)
        n = pages(out / f"heavy{size}-technical.pdf")
        per_page[size] = ours / n
        _row(f"§3 report, {size} heavy topics, / the yardstick's time", f"{ours:.1f}/{stick:.1f} s = {ours / stick:.2f}x",
             "<= 1.5x", ours / stick <= 1.5)
        _row(f"§3 report, {size} heavy topics, tagging's share", f"{(ours - plain) / ours:.0%}", "<= 10%",
             (ours - plain) / ours <= 0.10)
        if size >= 1000:
            _row(f"§3 report, {size} heavy topics, peak memory", f"{peak:.0f} MiB", "<= 250 MiB", peak <= 250)
        if size != sizes[0]:
            growth = per_page[size] / per_page[sizes[0]]
            _row(f"§3 report, time a page, {sizes[0]} -> {size} topics", f"{per_page[sizes[0]] * 1000:.1f} -> "
                 f"{per_page[size] * 1000:.1f} ms = {growth:.2f}x", "flat (<= 1.1x)", growth <= 1.1)
        if pandoc and size >= 1000:
            (deck, _, _), (theirs, _, _) = paired([(cmd + ["-f", "pptx"], ROOT, env),
                                                  ([pandoc, str(handout), "-o", str(tmp / "p.pptx")], ROOT, env)],
                                                 repeat)
            _row(f"§3 deck, {size} heavy topics ({slides(out / f'heavy{size}-technical.pptx')} slides), pandoc / ours",
                 f"{theirs:.1f}/{deck:.1f} s = {theirs / deck:.1f}x", ">= 3x faster", theirs / deck >= 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="100,1000", help="heavy content's sizes (none: '')")
    parser.add_argument("--heavy-repeat", type=int, help="runs of the heavy content (default: --repeat)")
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
        print(f"issue #25's targets: processor time, medians of {args.repeat} paired runs; python "
              f"{sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; pandoc "
              f"{'on PATH' if pandoc else 'not installed: its rows are left out'}")
        _row("what", "figure", "target", None)
        cold(args, Path(tmp), env, pandoc)
        if args.sizes:
            heavy(args, Path(tmp), env, pandoc)
        print(f"(load at the end {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
