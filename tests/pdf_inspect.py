"""Reading a built report as a machine does: its structure tree, its fonts' Unicode maps, the
codes each text operator shows (with pikepdf, which the report writer also uses)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pikepdf

FONTS = Path(__file__).resolve().parent.parent / "generator" / "fonts"
FACES = {"Carlito": "Body", "Carlito-Bold": "Body", "Carlito-Italic": "Body", "DejaVuSans": "Wide",
         "DroidSansFallback": "CJK", "DroidSansFallbackFull": "CJK", "LiberationMono": "Mono"}


def elements(pdf: pikepdf.Pdf):
    """Every structure element as (type, parent type, element), in tree (reading) order."""
    def walk(elem, parent):
        yield str(elem.S)[1:], parent, elem
        kids = elem.get("/K")
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield from walk(kid, str(elem.S)[1:])
    for top in pdf.Root.StructTreeRoot.K:
        yield from walk(top, "StructTreeRoot")


def unicode_map(font) -> dict[int, str]:
    """A simple font's code -> text, from its /ToUnicode CMap."""
    data = font.ToUnicode.read_bytes().decode("latin-1")
    out = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            first = bytes.fromhex(text).decode("utf-16-be")
            for i, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                out[code] = first[:-1] + chr(ord(first[-1]) + i)
    return out


def coverage() -> dict[str, frozenset]:
    """Each embedded face's covered code points (the writer's own table, from the font files)."""
    table = json.loads((FONTS / "coverage.json").read_text(encoding="utf-8"))
    return {name: frozenset(cp for low, high in spans for cp in range(low, high + 1)) for name, spans in table.items()}


def shown_runs(pdf: pikepdf.Pdf):
    """Every run of text shown, as (page number, base font name, codes, text via /ToUnicode)."""
    maps: dict = {}
    for number, page in enumerate(pdf.pages, 1):
        fonts = page.Resources.get("/Font", {})
        font = None
        for operands, op in pikepdf.parse_content_stream(page):
            if op == pikepdf.Operator("Tf"):
                font = fonts[operands[0]]
            elif op in (pikepdf.Operator("Tj"), pikepdf.Operator("'"), pikepdf.Operator("TJ")):
                strings = operands[0] if op == pikepdf.Operator("TJ") else [operands[-1]]
                codes = b"".join(bytes(s) for s in strings if isinstance(s, pikepdf.String))
                key = font.objgen
                if key not in maps:
                    maps[key] = unicode_map(font)
                base = str(font.BaseFont)[1:].split("+")[-1]
                yield number, base, codes, [maps[key].get(c) for c in codes]
