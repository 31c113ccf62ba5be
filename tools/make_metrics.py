"""Regenerate generator/fonts/metrics.json and coverage.json.

metrics.json: advance widths of Carlito (Calibri's metric twin). The deck writer measures text
with this table, so it needs neither the font files nor a font library at build time.
coverage.json: the code points each report font has, as ranges, so the report loads a large
fallback font (DejaVu Sans, Droid Sans Fallback) or the code face (Liberation Mono) only when the
text needs it.

Run from the repository root: python tools/make_metrics.py.
"""
import json
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parent.parent / "generator" / "fonts"


LIBERATION = Path("/usr/share/fonts/truetype/liberation2")  # Debian's fonts-liberation2


def widths(name: str, folder: Path = FONTS) -> dict:
    face = TTFont(name, str(folder / f"{name}.ttf")).face
    return {"ascent": face.ascent, "descent": face.descent,
            "widths": {str(cp): round(w) for cp, w in sorted(face.charWidths.items()) if cp < 0x30000}}


def ranges(name: str) -> list:
    points = sorted(TTFont(name, str(FONTS / f"{name}.ttf")).face.charToGlyph)
    out = []
    for cp in points:
        if out and cp == out[-1][1] + 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


if __name__ == "__main__":
    # (Carlito Italic covers what Carlito Regular does)
    faces = {"Body": "Carlito-Regular", "Wide": "DejaVuSans", "CJK": "DroidSansFallbackFull", "Mono": "LiberationMono-Regular"}
    (FONTS / "coverage.json").write_text(json.dumps({k: ranges(v) for k, v in faces.items()}, separators=(",", ":")))
    data = {"regular": widths("Carlito-Regular"), "bold": widths("Carlito-Bold"),
            # Arial's metric twin, for masters whose theme fonts are Arial
            "arial-regular": widths("LiberationSans-Regular", LIBERATION),
            "arial-bold": widths("LiberationSans-Bold", LIBERATION)}
    (FONTS / "metrics.json").write_text(json.dumps(data, separators=(",", ":"), sort_keys=True))
