"""Two corrections to ReportLab's HarfBuzz shaping, installed once by the report writer.

- A word whose letters come from two fonts (``中文:``, the colon in the body font) was shaped
  whole with the first font, so the glyph ids of the second font's letters were wrong: the
  colon was drawn as whatever Carlito has at Droid Sans's colon id. Here each font's run of
  a word is shaped with its own font.
- Optional Latin ligatures are off: ReportLab maps a ligature glyph ("tt" in https) to a
  private-use character, which a reader extracts as nothing (Arabic's required forms stay).
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph


def shape_by_font(word, features=None, force=False):
    """ReportLab's ``shapeFragWord`` (a word: [width, (frag, text), ...]) one font run at a time."""
    runs = word[1:]
    if len({f.fontName for f, _ in runs}) < 2 or any(hasattr(f, "cbDefn") for f, _ in runs):
        return _shape(word, force=force) if features is None else _shape(word, features, force)
    groups: list[list] = []
    for f, text in runs:
        if groups and groups[-1][0][0].fontName == f.fontName:
            groups[-1].append((f, text))
        else:
            groups.append([(f, text)])
    width, parts = 0.0, []
    for group in groups:
        sub = word.__class__([sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)] + group)
        shaped = _shape(sub, force=True)
        width += shaped[0]
        parts += shaped[1:]
    return ttfonts.makeShapedFragWord(word)([width] + parts)


_shape = ttfonts.shapeFragWord


def install() -> None:
    """Put both corrections in place (when HarfBuzz is there at all)."""
    if ttfonts.uharfbuzz is None or paragraph.shapeFragWord is shape_by_font:
        return
    _shape.__defaults__ = (dict(kern=True, liga=False, dlig=False), False)
    paragraph.shapeFragWord = shape_by_font
