"""Start-up, the default build and --watch rebuilds in processor time, against pandoc and against
an earlier revision (issue #25 §1, §2, §4). It prints figures and asserts nothing.

    .venv/bin/python bench/speed.py [--against REV] [--repeat N]     (make bench runs it against HEAD)

Processor time (user + system, the process and the workers it waited for, from wait4) is what
a run costs whatever else the machine is doing; on a shared machine the time on the clock
says more about the neighbours. Every figure is the median of N runs; the commands of one row
run in turn (ours, REV's, pandoc's), so a ratio compares runs that met the same machine. REV
(default ``HEAD``: what the uncommitted changes do) is extracted with ``git archive`` and run
with this tree's Python. Without pandoc on PATH the pandoc columns stay empty.

The last line is a user's cold start: the wheel of this tree installed in a fresh virtual
environment (its dependencies are this Python's, reached through a ``.pth`` file), its ``briefing``
command building the example content it ships from an empty folder, paired with the same build
from the source tree and with pandoc.
"""
from __future__ import annotations

import argparse
import os
import shutil
import site
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".git", ".venv", "output", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"}
sys.path.insert(0, str(ROOT / "tools"))
from same_output import extract  # noqa: E402

REBUILD = """
import os, sys, time
from pathlib import Path
from generator.build import build
try:  # as build --watch does (REV may not have it)
    from generator.kept_renders import keep_renders
    keep_renders()
except ImportError:
    pass
out, fmt, n, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
source = Path(out).parent / 'edited.yaml'
source.parent.mkdir(parents=True, exist_ok=True)
text = Path('content/deepseek.yaml').read_text(encoding='utf-8')
source.write_text(text, encoding='utf-8')
once = lambda: build([source], audiences=['executive'], formats=[fmt], output=out)
once()
times = []
for i in range(n):
    if mode == 'touch':
        os.utime(source)  # as an editor's save of the same text: --watch rebuilds in the same process
    else:  # an edit: one word of the content, back and forth
        source.write_text(text.replace('Memphis', 'Nashville') if i % 2 == 0 else text, encoding='utf-8')
    start = time.process_time()
    once()
    times.append(time.process_time() - start)
print(sorted(times)[len(times) // 2], min(times))
"""


def run(cmd: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, float]:
    """(processor seconds, wall seconds, peak MiB) of one run of ``cmd``; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed in {cwd}: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def installed(tmp: Path) -> Path:
    """A fresh virtual environment in ``tmp`` with this tree's wheel installed (pip compiles its
    bytecode, as for a user) and this Python's packages as its dependencies; its folder."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=lambda folder, names: [n for n in names if n in SKIP or n.endswith(".egg-info")])
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(tmp / "dist"), str(source)], check=True, capture_output=True)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run([*pip, "--python", str(venv / "bin" / "python"), "install", "--no-deps",
                    str(next((tmp / "dist").glob("briefing-*.whl")))], check=True, capture_output=True)
    inside = next(venv.glob("lib/python*/site-packages"))
    (inside / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    return venv


def paired(commands: list[tuple], repeat: int) -> list[tuple[float, float, float]]:
    """(median processor s, median wall s, largest peak MiB) of each (cmd, cwd, env), the commands
    run in turn."""
    runs = [[run(*c) for c in commands] for _ in range(repeat)]
    return [(statistics.median(r[i][0] for r in runs), statistics.median(r[i][1] for r in runs),
             max(r[i][2] for r in runs)) for i in range(len(commands))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="the revision to compare with (default: HEAD)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        before = extract(args.against, tmp / "before")
        for tree in (ROOT, before):  # cold means no template compiled in this process, with bytecode as pip leaves it
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "generator")], check=True)
        env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
        env_cache = {**env, "XDG_CACHE_HOME": str(tmp / "cache")}
        env_none = {**env_cache, "BRIEFING_NO_CACHE": "1"}
        out = tmp / "out"
        one = [sys.executable, "-m", "generator.cli", "build", str(ROOT / "content/deepseek.yaml"), "-a", "executive",
               "-o", str(out)]
        run(one + ["-f", "md"], ROOT, env)
        slides = [pandoc or "pandoc", str(out / "deepseek-executive.md"), "-o", str(tmp / "pandoc.pptx")]
        run(one + ["-f", "pptx"], ROOT, env_cache)  # fills the cache, as a first run does
        print(f"briefing speed: processor time (user+sys), median of {args.repeat} paired runs; "
              f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; "
              f"against {args.against}")
        print(f"{'what':<46} {'now':>8} {args.against:>8} {'pandoc':>8} {'now/pandoc':>11} {'was/pandoc':>11}  wall now")

        def row(name: str, ours: list, env_now: dict, with_pandoc: bool = True) -> None:
            with_pandoc = with_pandoc and pandoc is not None
            commands = [(ours, ROOT, env_now), (ours, before, env_now)] + ([(slides, ROOT, env)] if with_pandoc else [])
            figures = paired(commands, args.repeat)
            (now, wall, _), (was, _, _) = figures[:2]
            p = figures[2][0] if with_pandoc else 0
            ratios = f"{now / p:>10.2f}x {was / p:>10.2f}x" if p else " " * 23
            print(f"{name:<46} {now * 1000:>6.0f}ms {was * 1000:>6.0f}ms {p * 1000 if p else 0:>6.0f}ms {ratios}  "
                  f"{wall * 1000:.0f} ms", flush=True)

        module = [sys.executable, "-m", "generator.cli"]
        row("briefing --help", module + ["--help"], env_cache, False)
        row("briefing validate (default content)", module + ["validate", str(ROOT / "content/deepseek.yaml")],
            env_cache, False)
        row("one deck (executive), cold, templates cached", one + ["-f", "pptx"], env_cache)
        row("one deck (executive), cold, no template cache", one + ["-f", "pptx"], env_none)
        row("one report (executive), cold", one + ["-f", "pdf"], env_cache)
        default = module + ["build", "-o", str(tmp / "default")]
        row("default build (3 x deck + report), --jobs auto", default, env_cache)
        row("default build, --jobs 1", default + ["--jobs", "1"], env_cache)
        for fmt, cold in (("pptx", one + ["-f", "pptx"]), ("pdf", one + ["-f", "pdf"])):
            process = paired([(cold, ROOT, env_cache)], args.repeat)[0][0]
            for mode, what in (("touch", "the same text saved"), ("edit", "a word edited")):
                found = []
                for tree in (ROOT, before):
                    done = subprocess.run([sys.executable, "-c", REBUILD, str(tmp / "rebuilt" / "out"), fmt,
                                           str(args.repeat), mode], cwd=tree, env=env_cache, capture_output=True,
                                          text=True, check=True)
                    found.append([float(x) for x in done.stdout.split()])
                (now, least), (was, _) = found
                print(f"--watch rebuild of one {fmt:<4}, {what:<19}: {now * 1000:.0f} ms (least {least * 1000:.0f}), "
                      f"{args.against} {was * 1000:.0f} ms, against {process * 1000:.0f} ms cold "
                      f"(1/{process / now:.1f}, {args.against} 1/{process / was:.1f})", flush=True)
        venv, empty = installed(tmp / "wheel"), tmp / "empty"
        empty.mkdir()
        example = next(venv.glob("lib/python*/site-packages/generator/example/deepseek.yaml"))
        deck = ["build", str(example), "-a", "executive", "-f", "pptx", "-o", str(tmp / "wheel-out")]
        commands = [([str(venv / "bin" / "briefing"), *deck], empty, env_cache), (module + deck, ROOT, env_cache)]
        run(*commands[0])  # fills the installed package's template cache entries
        figures = paired(commands + ([(slides, ROOT, env)] if pandoc else []), args.repeat)
        (wheel, wall, _), (source, _, _) = figures[:2]
        versus = f", {wheel / figures[2][0]:.2f}x pandoc's {figures[2][0] * 1000:.0f} ms" if pandoc else ""
        print(f"installed wheel, one deck (executive), cold: {wheel * 1000:.0f} ms{versus}; from the source tree "
              f"{source * 1000:.0f} ms (wall {wall * 1000:.0f} ms)", flush=True)


if __name__ == "__main__":
    main()
