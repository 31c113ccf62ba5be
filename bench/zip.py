"""The zip step alone: the deck writer's own zip writer (generator/writers/opc.py) against the
standard library's zipfile, on the same entries of one large deck, at the same deflate level.

    .venv/bin/python bench/zip.py [--parts 9000] [--repeat 5]

A synthetic deck is built once (the technical audience keeps every topic) with about
--parts zip entries; its entries, in their order, are then written by each writer in turn, each
run right after one of the other's (timings on a shared machine drift). Prints the median
time and the size of each archive and checks that both hold the same entries. Asserts nothing.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from run import ROOT, synthetic

sys.path.insert(0, str(ROOT))

from generator.build import build
from generator.writers.pptx import zipwrite as opc

EPOCH = 1_700_000_000


def with_zipfile(entries: list[tuple[str, bytes]], epoch: int) -> bytes:
    """The same archive written with zipfile: fixed times and order, deflate at opc's level."""
    out = io.BytesIO()
    stamp = time.gmtime(epoch)[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=opc.COMPRESSION) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data, compresslevel=opc.COMPRESSION)
    return out.getvalue()


def deck_entries(parts: int, folder: Path) -> tuple[list[tuple[str, bytes]], float]:
    """The (name, bytes) entries of a synthetic deck with about ``parts`` of them, and the
    seconds its whole build took."""
    def entries(topics: int) -> tuple[list[tuple[str, bytes]], float]:
        content = folder / f"synthetic{topics}.yaml"
        content.write_text(synthetic(topics), encoding="utf-8")
        start = time.perf_counter()
        (built,) = build([content], audiences=["technical"], formats=["pptx"], output=folder)
        seconds = time.perf_counter() - start
        with zipfile.ZipFile(built.path) as z:
            return [(i.filename, z.read(i.filename)) for i in z.infolist()], seconds

    small, large = len(entries(100)[0]), len(entries(200)[0])  # entries grow linearly with topics
    return entries(max(1, 100 + round((parts - small) * 100 / (large - small))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, default=9000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        entries, build_seconds = deck_entries(args.parts, Path(tmp))
    size = sum(len(data) for _, data in entries)
    print(f"{len(entries)} entries, {size / 1e6:.1f} MB of XML, built in {build_seconds:.1f} s; "
          f"deflate level {opc.COMPRESSION}; median of {args.repeat}")
    times: dict[str, list[float]] = {"opc.write_zip": [], "zipfile": []}
    archives: dict[str, bytes] = {}
    for _ in range(args.repeat):
        for name, write in (("opc.write_zip", opc.write_zip), ("zipfile", with_zipfile)):
            start = time.perf_counter()
            archives[name] = write(entries, EPOCH)
            times[name].append(time.perf_counter() - start)
    for name, data in archives.items():
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            same = [(i.filename, z.read(i.filename)) for i in z.infolist()] == entries
        print(f"{name:<14} {statistics.median(times[name]) * 1000:>7.0f} ms {len(data) / 1e6:>8.2f} MB"
              f"  {'same entries' if same else 'ENTRIES DIFFER'}")


if __name__ == "__main__":
    main()
