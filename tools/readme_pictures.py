"""The README's pictures: chosen slides and report pages, small and optimised, into docs/.

    python tools/readme_pictures.py [FILE:PAGE=NAME ...] [-o OUTPUT] [--docs DIR]

Each FILE (a deck or report already built in OUTPUT, default output/) gives its page PAGE
(counted from 1) as DIR/NAME.png (default docs/), 480 pixels wide, in 256 colours. Without
arguments it makes the README's set from the default content's executive deck and report; run
``make output`` first, and again after a change to how decks or reports look.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PIL import Image

from preview import PreviewError, decks_to_pdf, missing_programs, render_pages, write_png

WIDTH, DPI = 480, 96  # rendered sharper than shown, then scaled down
README_SET = ["deepseek-executive.pptx:1=slide-title", "deepseek-executive.pptx:2=slide-takeaways",
              "deepseek-executive.pptx:3=slide-figures", "deepseek-executive.pptx:4=slide-chart",
              "deepseek-executive.pdf:5=report-page"]


def parse_pick(text: str) -> tuple[str, int, str]:
    """'FILE:PAGE=NAME' as (file, page, name); a malformed pick is a PreviewError."""
    try:
        where, name = text.rsplit("=", 1)
        file, page = where.rsplit(":", 1)
        if int(page) >= 1 and name:
            return file, int(page), name
    except ValueError:
        pass
    raise PreviewError(f"{text}: expected FILE:PAGE=NAME, with PAGE counted from 1")


def small(page: Image.Image) -> Image.Image:
    """``page`` scaled to WIDTH pixels wide and reduced to 256 colours."""
    height = round(page.height * WIDTH / page.width)
    return page.resize((WIDTH, height), Image.LANCZOS).quantize(256, method=Image.Quantize.MEDIANCUT)


def make_pictures(picks: list[str], output: Path, docs: Path) -> list[Path]:
    """Write each picked page as docs/NAME.png; return the files written."""
    chosen = [parse_pick(p) for p in picks]
    files = {file: output / file for file, _, _ in chosen}
    for path in files.values():
        if not path.is_file():
            raise PreviewError(f"{path}: not built (run make output first)")
    docs.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        pdfs = decks_to_pdf([p for p in files.values() if p.suffix == ".pptx"], Path(scratch))
        pages = {file: render_pages(pdfs.get(path, path), Path(scratch), DPI) for file, path in files.items()}
        for file, page, name in chosen:
            if page > len(pages[file]):
                raise PreviewError(f"{file} has {len(pages[file])} pages, not {page}")
            target = docs / f"{name}.png"
            write_png(small(Image.open(pages[file][page - 1]).convert("RGB")), target)
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the pictures; 1 on any failure, said in one line."""
    parser = argparse.ArgumentParser(prog="readme_pictures.py", description=__doc__.split("\n")[0])
    parser.add_argument("picks", nargs="*", default=README_SET, help="FILE:PAGE=NAME (default: the README's set)")
    parser.add_argument("-o", "--output", type=Path, default=Path("output"), help="where the built files are")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="where the pictures go (default: docs)")
    args = parser.parse_args(argv)
    try:
        if missing_programs():
            raise PreviewError("needs " + " and ".join(missing_programs()) + ", not found on PATH")
        for picture in make_pictures(args.picks, args.output, args.docs):
            print(f"{picture} ({picture.stat().st_size // 1024} KB)")
    except PreviewError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
