"""The benchmark: wall time and peak memory of real `briefing` runs, printed as a table.

    make bench                     (or: .venv/bin/python bench/run.py [--repeat N] [--sizes 10,100,1000])

Every figure is the median of N runs of a fresh process (cold: imports included), measured
from outside with wait4 (wall time and the child's peak RSS). Where pandoc is on PATH, it
converts the same slides (our Markdown handout of the same Document) in the same run, each
pandoc run right after one of ours, and the ratio is printed; --jobs 1 and 2 alternate the
same way. It prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRIEFING = [sys.executable, "-m", "generator.cli"]
UNTAGGED = ["env", "BRIEFING_PDF_UNTAGGED=1"]  # the report as before issue #16, for comparison


def run(cmd: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """(seconds, peak MB) of one run of ``cmd``; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd or ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def measure(cmd: list[str], repeat: int, cwd: Path | None = None) -> tuple[float, float]:
    runs = [run(cmd, cwd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def measure_pair(first: list[str], second: list[str], repeat: int) -> tuple[float, float, float, float]:
    """(median, peak MB) of each of two commands run in turn, so that a ratio compares runs that
    met the same machine (timings on a shared machine drift by 10-30% within a minute)."""
    pairs = [(run(first), run(second)) for _ in range(repeat)]
    return (statistics.median(a[0] for a, _ in pairs), max(a[1] for a, _ in pairs),
            statistics.median(b[0] for _, b in pairs), max(b[1] for _, b in pairs))


def synthetic(n: int) -> str:
    """A content file with ``n`` topics: points three deep, a chart every 10 topics, a table every 25."""
    lines = ["title: Synthetic briefing", "sources:", "  - {id: video, name: Video, url: 'https://www.youtube.com/watch?v=abc'}",
             "takeaways:"]
    lines += [f"  - 'Takeaway {i}: a point worth remembering about topic {i}'" for i in range(1, 6)]
    lines.append("topics:")
    for i in range(n):
        h, m, s = i // 60, i % 60, (i * 7) % 60
        lines += [f"  - id: topic-{i}", f"    title: 'Topic {i}: a subject discussed at some length'",
                  f"    at: {h}:{m:02d}:{s:02d}", "    tags: [bench]", "    points:"]
        for j in range(3):
            lines += [f"      - text: 'Point {j} of topic {i}, with enough words to wrap onto a second line on a slide'",
                      "        points:",
                      f"          - 'Detail {j}.1: numbers such as ~128,000 GPUs and $50B'",
                      f"          - 'Detail {j}.2: a shorter one'"]
        if i % 10 == 0:
            lines += ["    charts:", f"      - id: chart-{i}", f"        title: 'Cluster sizes {i}'", "        unit: GPUs",
                      "        categories: [xAI, Meta, OpenAI, Planned]",
                      "        series: [{name: GPUs, values: ['200,000', '~128,000', '~100,000', '500,000-700,000']}]"]
        if i % 25 == 0:
            lines += ["    tables:", f"      - id: table-{i}", "        title: Export status",
                      "        columns: [GPU, Status, Note]",
                      "        rows: [[H100, Banned, Never allowed], [H800, Restricted, Then banned], [H20, Permitted, Reduced]]"]
    return "\n".join(lines) + "\n"


WARM = """
import sys, time
from generator.build import build
build(['content/deepseek.yaml'], audiences=['executive'], formats=['pptx'], output=sys.argv[1])
start = time.perf_counter()
build(['content/deepseek.yaml'], audiences=['executive'], formats=['pptx'], output=sys.argv[1])
print(time.perf_counter() - start)
"""


def slides(path: Path) -> int:
    """The number of slides in the deck at ``path``."""
    with zipfile.ZipFile(path) as z:
        return sum(1 for n in z.namelist() if n.startswith("ppt/slides/slide") and n.endswith(".xml"))


def pages(path: Path) -> int:
    """The number of pages in the PDF at ``path``."""
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="10,100,1000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    # "cold" is a fresh process, as a user runs it, with bytecode compiled once (as pip and a first
    # run do; some environments set PYTHONDONTWRITEBYTECODE, which would recompile every run)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
    pandoc = shutil.which("pandoc")
    rows: list[tuple] = []

    def row(name, seconds, mb, per="", ours_pandoc=None):
        rows.append((name, seconds, mb, per, ours_pandoc))
        ratio = f"{ours_pandoc[0]:.2f}s  {ours_pandoc[1]:.2f}x" if ours_pandoc else ""
        memory = f"{mb:>7.0f} MB" if mb else " " * 10
        print(f"{name:<48} {seconds * 1000:>8.0f} ms {memory}  {per:<26} {ratio}", flush=True)

    pandoc_version = pandoc and subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split()[1]
    print(f"briefing benchmark: median of {args.repeat} cold runs; python {sys.version.split()[0]}, "
          f"{os.cpu_count()} cores; pandoc: {pandoc_version or 'not installed'}")
    print(f"{'what':<48} {'wall':>11} {'peak':>10}  {'per unit':<26} {'pandoc, ours/pandoc' if pandoc else ''}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, cmd in (("briefing --help", ["--help"]), ("briefing audiences", ["audiences"]),
                          ("briefing validate (default content)", ["validate", "content/deepseek.yaml"])):
            row(name, *measure(BRIEFING + cmd, args.repeat))
        out = tmp / "default"
        row("default build (3 audiences x 2 formats)", *measure(BRIEFING + ["build", "-o", str(out)], args.repeat),
            f"--jobs auto ({os.cpu_count()} cores)")
        row("default build, --jobs 1", *measure(BRIEFING + ["build", "-o", str(out), "--jobs", "1"], args.repeat))
        warm = subprocess.run([sys.executable, "-c", WARM, str(out)], cwd=ROOT, capture_output=True, text=True, check=True)
        row("warm rebuild of one deck (as --watch)", float(warm.stdout), 0, "in-process")
        one = ["build", "content/deepseek.yaml", "-a", "executive", "-o", str(out)]
        compare = None
        if pandoc:
            run(BRIEFING + one + ["-f", "md"])
            deck_s, deck_mb, p_s, _ = measure_pair(BRIEFING + one + ["-f", "pptx"],
                                                [pandoc, str(out / "deepseek-executive.md"), "-o", str(tmp / "pandoc.pptx")],
                                                args.repeat)
            compare = (p_s, deck_s / p_s)
        else:
            deck_s, deck_mb = measure(BRIEFING + one + ["-f", "pptx"], args.repeat)
        row("one deck (executive)", deck_s, deck_mb, f"{slides(out / 'deepseek-executive.pptx')} slides", compare)
        s, mb = measure(BRIEFING + one + ["-f", "pdf"], args.repeat)
        row("one report (executive)", s, mb, f"{pages(out / 'deepseek-executive.pdf')} pages")
        s, mb = measure(BRIEFING + one + ["-f", "md"], args.repeat)
        row("one Markdown handout (executive)", s, mb)
        content = tmp / "synthetic100.yaml"
        content.write_text(synthetic(100), encoding="utf-8")
        many = BRIEFING + ["build", str(content), "-o", str(tmp / "many")]
        one_s, one_mb, two_s, two_mb = measure_pair(many + ["--jobs", "1"], many + ["--jobs", "2"], args.repeat)
        row("100 topics x 3 audiences x 2 formats, --jobs 1", one_s, one_mb)
        row("100 topics x 3 audiences x 2 formats, --jobs 2", two_s, two_mb, f"{one_s / two_s:.2f}x faster")
        for size in sizes:
            content = tmp / f"synthetic{size}.yaml"
            content.write_text(synthetic(size), encoding="utf-8")
            cmd = BRIEFING + ["build", str(content), "-a", "technical", "-o", str(out)]
            compare = None
            if pandoc:
                run(cmd + ["-f", "md"])
                s, mb, p_s, _ = measure_pair(cmd + ["-f", "pptx"],
                                          [pandoc, str(out / f"synthetic{size}-technical.md"), "-o", str(tmp / "p.pptx")],
                                          args.repeat)
                compare = (p_s, s / p_s)
            else:
                s, mb = measure(cmd + ["-f", "pptx"], args.repeat)
            n = slides(out / f"synthetic{size}-technical.pptx")
            row(f"deck, {size} topics", s, mb, f"{n} slides, {s * 1000 / n:.1f} ms/slide", compare)
            # tagged (PDF/UA, PDF/A) as built, and untagged in turn: what the tagging costs
            s, mb, u_s, u_mb = measure_pair(cmd + ["-f", "pdf"], UNTAGGED + cmd + ["-f", "pdf"], args.repeat)
            n = pages(out / f"synthetic{size}-technical.pdf")
            row(f"report, {size} topics", s, mb, f"{n} pages, {s * 1000 / n:.1f} ms/page")
            row(f"report, {size} topics, untagged", u_s, u_mb, f"tagging costs {(s / u_s - 1) * 100:+.0f}%")


if __name__ == "__main__":
    main()
