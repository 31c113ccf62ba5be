"""Regenerate generator/fonts/metrics.json: advance widths of Carlito (Calibri's metric twin).

Run from the repository root: python tools/make_metrics.py. The deck writer measures text
with this table, so it needs neither the font files nor a font library at build time.
"""
import json
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parent.parent / "generator" / "fonts"


def widths(name: str) -> dict:
    face = TTFont(name, str(FONTS / f"{name}.ttf")).face
    return {"ascent": face.ascent, "descent": face.descent,
            "widths": {str(cp): round(w) for cp, w in sorted(face.charWidths.items()) if cp < 0x30000}}


if __name__ == "__main__":
    data = {"regular": widths("Carlito-Regular"), "bold": widths("Carlito-Bold")}
    (FONTS / "metrics.json").write_text(json.dumps(data, separators=(",", ":"), sort_keys=True))
