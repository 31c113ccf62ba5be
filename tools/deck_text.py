"""What a built deck says, as text, for a person reviewing it (../shared/REVIEW.md asks for every slide read):

    python tools/deck_text.py DECK.pptx [DECK.pptx ...]

prints, per deck, every slide as ``=== slide N [layout] TITLE: '…'``, then its other lines, each ``- text``
indented by its level with the shape's name and the size of its first sized run, its charts (type, title,
categories, each series' values), its tables (a row a line) and its speaker notes on one line. Reading the
titles alone tells the storyline; reading the lines tells what each slide proves; reviewers compare two builds
by diffing this text. Renders are for layout: ``make preview``.
"""
from __future__ import annotations

import sys
from pathlib import Path

from pptx import Presentation


def _lines(shape) -> list[str]:
    """A shape's paragraphs, charts and tables as lines (its title aside: the caller prints it)."""
    out = []
    if shape.has_text_frame:
        for p in shape.text_frame.paragraphs:
            text = "".join(r.text for r in p.runs)
            if text.strip():
                size = next((r.font.size.pt for r in p.runs if r.font.size), None)
                out.append(f"  {'  ' * p.level}- {text}   ({shape.name}{f', {size:g}pt' if size else ''})")
    if getattr(shape, "has_chart", False) and shape.has_chart:
        chart = shape.chart
        title = chart.chart_title.text_frame.text if chart.has_title else ""
        categories = list(chart.plots[0].categories) if len(chart.plots) else []
        out.append(f"  CHART {chart.chart_type} title={title!r} categories={categories}")
        out += [f"    series {s.name!r}: {list(s.values)}" for s in chart.series]
    if getattr(shape, "has_table", False) and shape.has_table:
        out += ["  | " + " | ".join(cell.text for cell in row.cells) for row in shape.table.rows]
    return out


def deck_text(path: Path) -> str:
    """The text of the deck at ``path`` (see the module doc)."""
    out = []
    for number, slide in enumerate(Presentation(str(path)).slides, 1):
        title = slide.shapes.title
        heading = title.text_frame.text if title is not None and title.has_text_frame else ""
        out.append(f"=== slide {number} [{slide.slide_layout.name}] TITLE: {heading!r}")
        for shape in slide.shapes:
            if title is None or shape.shape_id != title.shape_id:
                out += _lines(shape)
        notes = slide.notes_slide.notes_text_frame.text.strip() if slide.has_notes_slide else ""
        if notes:
            out.append("  NOTES: " + notes.replace("\n", " / "))
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    for name in argv:
        path = Path(name)
        try:
            text = deck_text(path)
        except Exception as exc:  # (a file that is no deck: said in one line, never a traceback)
            print(f"{name}: not a readable deck: {exc}", file=sys.stderr)
            return 1
        print(f"##### {path.name}\n{text}", end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
