"""Contact sheets of the built decks and reports, for a person to look at (``make preview``).

    python tools/preview.py [CONTENT...] [-o OUTPUT] [--no-build]

Builds the content files (default: content/*.yaml) into OUTPUT (default: output/), or with
``--no-build`` takes the decks and reports already there; converts each deck to PDF with
LibreOffice in a scratch folder under OUTPUT/preview/ (never over the reports), renders every
page with poppler's ``pdftoppm -png -r 40`` and writes one PNG per deck and per report,
``OUTPUT/preview/<name>-deck.png`` and ``<name>-report.png``: the pages in a grid, each numbered
(48 to a sheet; the rest on ``<name>-deck-2.png`` and so on).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PROGRAMS = {"soffice": "LibreOffice (Debian: libreoffice-impress)", "pdftoppm": "poppler (Debian: poppler-utils)"}
COLUMNS = {"deck": 4, "report": 6}
PER_SHEET = 48               # pages on one sheet; a longer file gets <name>-deck-2.png and so on
PAD, LABEL = 10, 22          # pixels around each page, and the strip above it for its number
BACKGROUND, INK = (224, 226, 230), (40, 44, 52)


class PreviewError(Exception):
    """A missing program, or one that failed: said in one line, without a traceback."""


def run(command: list[str]) -> None:
    """Run ``command``; a failure or a hang is a PreviewError with what it printed."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PreviewError(f"{command[0]}: {exc}") from None
    if done.returncode != 0:
        raise PreviewError(f"{command[0]} failed (exit {done.returncode}): {(done.stderr or done.stdout).strip()}")


def missing_programs() -> list[str]:
    """What is needed and not on PATH, each as 'program (package)'."""
    return [f"{name} ({package})" for name, package in PROGRAMS.items() if shutil.which(name) is None]


def built_files(contents: list[str], output: Path, build: bool) -> list[Path]:
    """The decks and reports to preview: built now from ``contents`` or, without ``build``,
    every .pptx and .pdf already in ``output``."""
    if not build:
        return sorted(p for p in output.glob("*") if p.suffix in (".pptx", ".pdf"))
    from generator.build import build as build_files

    return [b.path for b in build_files(contents, formats=("pptx", "pdf"), output=output, jobs=None)]


def decks_to_pdf(decks: list[Path], scratch: Path) -> dict[Path, Path]:
    """Each deck converted to PDF by LibreOffice in ``scratch``, with a profile of its own (a
    LibreOffice already running under the default profile would take the job and drop it)."""
    if not decks:
        return {}
    profile = (scratch / "profile").resolve().as_uri()
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(scratch), *map(str, decks)])
    return {deck: scratch / f"{deck.stem}.pdf" for deck in decks}


def render_pages(pdf: Path, scratch: Path, dpi: int = 40) -> list[Path]:
    """The pages of ``pdf`` as PNG files at ``dpi`` (40: a contact sheet's), in order."""
    folder = Path(tempfile.mkdtemp(prefix=pdf.stem + "-", dir=scratch))
    run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(folder / "page")])
    pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        raise PreviewError(f"{pdf}: pdftoppm rendered no page")
    return pages


def grid(count: int, columns: int, size: tuple[int, int]) -> tuple[tuple[int, int], list[tuple[int, int, int, int]]]:
    """The sheet's size and the box (left, top, right, bottom) of each of ``count`` pages of at
    most ``size``, ``columns`` to a row."""
    columns = max(1, min(columns, count))
    cell_w, cell_h = size[0] + 2 * PAD, size[1] + LABEL + 2 * PAD
    rows = -(-count // columns)
    boxes = []
    for i in range(count):
        left, top = (i % columns) * cell_w + PAD, (i // columns) * cell_h + PAD + LABEL
        boxes.append((left, top, left + size[0], top + size[1]))
    return (columns * cell_w, rows * cell_h), boxes


def contact_sheet(files: list[Path], columns: int, first: int = 1) -> Image.Image:
    """The pages in a grid on a grey ground, each with a thin frame and its number (from
    ``first``) above it."""
    pages = [Image.open(f).convert("RGB") for f in files]
    size = (max(p.width for p in pages), max(p.height for p in pages))
    sheet_size, boxes = grid(len(pages), columns, size)
    sheet = Image.new("RGB", sheet_size, BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=16)
    for number, (page, (left, top, _, _)) in enumerate(zip(pages, boxes), start=first):
        sheet.paste(page, (left, top))
        draw.rectangle((left - 1, top - 1, left + page.width, top + page.height), outline=INK)
        draw.text((left, top - LABEL + 2), str(number), fill=INK, font=font)
    return sheet


def write_png(image: Image.Image, target: Path) -> None:
    """Save ``image`` as an optimised PNG, replacing ``target`` whole."""
    partial = target.with_name(f".{target.name}.tmp")
    image.save(partial, format="PNG", optimize=True)
    os.replace(partial, target)


def preview(files: list[Path], output: Path) -> list[Path]:
    """One contact sheet per deck and per report in ``files``; return the sheets written."""
    folder = output / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="scratch-", dir=folder) as scratch:
        deck_pdfs = decks_to_pdf([f for f in files if f.suffix == ".pptx"], Path(scratch))
        for file in files:
            kind = "deck" if file.suffix == ".pptx" else "report"
            pdf = deck_pdfs.get(file, file)
            if not pdf.is_file():
                raise PreviewError(f"{file}: LibreOffice did not convert it to PDF")
            for stale in folder.glob(f"{file.stem}-{kind}-[0-9]*.png"):
                stale.unlink()
            pages = render_pages(pdf, Path(scratch))
            for start in range(0, len(pages), PER_SHEET):
                part = f"-{start // PER_SHEET + 1}" if start else ""
                target = folder / f"{file.stem}-{kind}{part}.png"
                write_png(contact_sheet(pages[start:start + PER_SHEET], COLUMNS[kind], start + 1), target)
                written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, build, render, and print each sheet written; 1 on any failure."""
    parser = argparse.ArgumentParser(prog="preview.py", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="*", help="content files (default: content/*.yaml)")
    parser.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output)")
    parser.add_argument("--no-build", action="store_true", help="take the decks and reports already in OUTPUT")
    args = parser.parse_args(argv)
    missing = missing_programs()
    if missing:
        print("preview needs " + " and ".join(missing) + ", not found on PATH", file=sys.stderr)
        return 1
    from generator.errors import BriefingError

    try:
        files = built_files(args.content, args.output, not args.no_build)
        if not files:
            raise PreviewError(f"{args.output}: no .pptx or .pdf to preview")
        for sheet in preview(files, args.output):
            print(sheet)
    except (BriefingError, PreviewError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
