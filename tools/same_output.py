"""Whether the working tree builds the same files as a git revision, byte for byte.

    .venv/bin/python tools/same_output.py REV [-f pptx -f pdf -f md] [--topics 100] [--keep DIR]

Extracts REV (``git archive``) into a scratch folder, makes the inputs once (the content files
under content/, each chapter list and set of notes in tests/fixtures and tests/fixtures/notes
imported with the working tree's importer, every .yaml in tests/fixtures, and ``bench/run.py``'s
synthetic content of ``--topics`` topics), builds them for every audience in every format with each tree's own code
(``python -m generator.cli build`` run in that tree, one process, SOURCE_DATE_EPOCH unset), and
compares the outputs. Prints ``identical: N files`` and exits 0, or lists the files that differ
(or exist on one side only) and exits 1. For refactorings that promise not to change a byte.
"""
from __future__ import annotations

import argparse
import filecmp
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("pptx", "pdf", "md")


def extract(rev: str, into: Path) -> Path:
    """The tree of ``rev`` (a commit, branch or tag of this repository) extracted into ``into``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))  # (3.10.12+)
    return into


def make_inputs(into: Path, topics: int) -> list[Path]:
    """The content files both trees build, written into ``into``."""
    into.mkdir(parents=True)
    files = [shutil.copy(path, into / path.name) for path in sorted((ROOT / "content").glob("*.yaml"))]
    fixtures = ROOT / "tests" / "fixtures"
    files += [shutil.copy(path, into / path.name) for path in sorted(fixtures.glob("*.yaml"))]
    for notes in sorted(fixtures.glob("*.txt")) + sorted(fixtures.glob("notes/*")):
        target = into / f"{notes.stem}.yaml"
        _run(["import", str(notes), "-o", str(target), "--source-url", "https://example.org/recording"], ROOT)
        files.append(target)
    sys.path.insert(0, str(ROOT / "bench"))
    from run import synthetic

    target = into / f"synthetic-{topics}.yaml"
    target.write_text(synthetic(topics), encoding="utf-8")
    return [Path(f) for f in files] + [target]


def _run(args: list[str], cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "PYTHONPATH")}
    done = subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"failed in {cwd}: briefing {' '.join(args)}\n{done.stdout}{done.stderr}")


def build(tree: Path, inputs: list[Path], formats: list[str], out: Path) -> None:
    """Build ``inputs`` for every audience in ``formats`` with the code of ``tree`` into ``out``."""
    options = [opt for fmt in formats for opt in ("-f", fmt)]
    _run(["build", *map(str, inputs), *options, "-o", str(out), "--paper", "a4", "-j", "1"], tree)


def compare(old: Path, new: Path) -> tuple[int, list[str]]:
    """(files compared, the names that differ or exist on one side only)."""
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    differ = [name for name in names if not ((old / name).is_file() and (new / name).is_file()
                                              and filecmp.cmp(old / name, new / name, shallow=False))]
    return len(names), differ


def main() -> None:
    """Build at REV and in the working tree; print the outcome; exit 1 on a difference."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rev", help="the git revision to compare with (e.g. main, cf67697)")
    parser.add_argument("-f", "--format", action="append", choices=FORMATS, help="formats (default: all three)")
    parser.add_argument("--topics", type=int, default=100, help="topics of the synthetic content (default 100)")
    parser.add_argument("--keep", type=Path, help="build here and keep the files (default: a scratch folder)")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="same-output-"))
    work = args.keep or scratch
    try:
        inputs = make_inputs(work / "inputs", args.topics)
        old_tree = extract(args.rev, scratch / "tree")
        build(old_tree, inputs, args.format or list(FORMATS), work / "old")
        build(ROOT, inputs, args.format or list(FORMATS), work / "new")
        count, differ = compare(work / "old", work / "new")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if differ:
        print(f"differ: {len(differ)} of {count} files", *differ, sep="\n  ")
        raise SystemExit(1)
    print(f"identical: {count} files ({len(inputs)} content files x audiences x {', '.join(args.format or FORMATS)};"
          f" {args.rev} against the working tree)")


if __name__ == "__main__":
    main()
