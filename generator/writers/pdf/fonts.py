"""The report's fonts: registration, the font of each run of text, markup and shaping styles.

Text is set in embedded TrueType fonts chosen per run by glyph coverage: Carlito for the body
(its italic for italic runs), Liberation Mono for code, DejaVu Sans and Droid Sans Fallback for
what those lack. All text is escaped before it reaches reportlab's paragraph markup; inline
markup arrives as runs (``generator.inline``) and becomes ``markup_runs``. Complex scripts
(Arabic, Hebrew, Indic, Thai) are shaped by HarfBuzz, only where they occur.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ... import inline
from ...emoji import is_emoji
from ...scripts import COMPLEX, is_rtl

FONTS = Path(__file__).resolve().parent.parent.parent / "fonts"
FACES = {"Body": "Carlito-Regular", "Body-Bold": "Carlito-Bold", "Wide": "DejaVuSans", "CJK": "DroidSansFallbackFull",
         "Body-Italic": "Carlito-Italic", "Mono": "LiberationMono-Regular"}


@cache
def register() -> dict:
    """Register the body fonts once; return each face's set of covered code points.

    The fallback faces are large (Droid Sans Fallback is 4 MB), so they are read from their
    coverage table here and registered by ``use`` only when some text needs them.
    """
    import json

    from .shape import install

    install()
    for name in ("Body", "Body-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{FACES[name]}.ttf")))
    pdfmetrics.registerFontFamily("Body", normal="Body", bold="Body-Bold", italic="Body", boldItalic="Body-Bold")
    table = json.loads((FONTS / "coverage.json").read_text(encoding="utf-8"))
    return {name: frozenset(cp for low, high in spans for cp in range(low, high + 1)) for name, spans in table.items()}


@cache
def use(face: str) -> str:
    """Register a fallback, italic or code face the first time text needs it (a face not used is
    neither read nor embedded)."""
    pdfmetrics.registerFont(TTFont(face, str(FONTS / f"{FACES[face]}.ttf")))
    if face == "Mono":  # (bold code is drawn in the one weight there is)
        pdfmetrics.registerFontFamily("Mono", normal="Mono", bold="Mono", italic="Mono", boldItalic="Mono")
    return face


def _face_for(ch: str, coverage: dict, base: str = "Body") -> str | None:
    """The fallback face for ``ch``; None for the ``base`` font (which has it, or nothing has)."""
    cp = ord(ch)
    if cp in coverage[base] or ch.isspace():
        return None
    for name in ("Wide", "CJK"):
        if cp in coverage[name]:
            return name
    return None


MISSING = "\ufffd"  # drawn (in DejaVu Sans) for a character no embedded font has (but emoji: left out)


def _placed(ch: str, coverage: dict, base: str = "Body") -> tuple[str, str | None]:
    """(what is drawn for ``ch``, its fallback face: None for the ``base`` font). A character no
    embedded font has is drawn as U+FFFD in DejaVu Sans (a visible mark, never glyph 0), or left
    out ("") when it is an invisible format character (a bidi isolate, say) or a pictograph (an
    emoji: a mark in its place would only say that a picture is missing)."""
    face = _face_for(ch, coverage, base)
    if face is None and ord(ch) not in coverage[base] and not ch.isspace():  # in no font
        return ("", None) if unicodedata.category(ch) in ("Cf", "So") or is_emoji(ch) else (MISSING, "Wide")
    return ch, face


@cache
def _body_chars() -> frozenset:
    return frozenset(map(chr, register()["Body"]))


def _all_in_body(text: str) -> bool:
    """Whether the body font has every character of ``text``."""
    return _body_chars().issuperset(text)


def markup(text: str) -> str:
    """``text`` as reportlab paragraph markup: escaped, with fonts switched by glyph coverage."""
    return markup_parts([(text, False)])


def markup_parts(parts: list[tuple]) -> str:
    """Several (text, bold) or (text, bold, italic, code) pieces as one line of markup, fonts chosen
    across the pieces (so that the punctuation between two right-to-left pieces joins them, whatever
    their weight). Code is in the monospace face where it has the character."""
    coverage = register()
    out: list[str] = []
    run: list[str] = []
    face: str | None = None
    style: tuple = (False, False)
    for text, bold, *rest in parts:
        italic, code = (rest + [False, False])[:2]
        base = "Mono" if code else "Body"
        if base == "Body" and face in (None, "Mono") and text and _all_in_body(text):
            # the common case, decided at once: every character in the body font, so none is
            # kept in a fallback run (what the loop below would find, a character at a time)
            if (face is not None or (bold, italic) != style) and run:
                out.append(_wrap_face("".join(run), face, *style))
                run = []
            face, style = None, (bold, italic)
            run.append(text)
            continue
        for ch in text:
            ch, f = _placed(ch, coverage, base)
            if not ch:
                continue
            f = f or (None if base == "Body" else base)
            if f is None and face not in (None, "Mono") and not ch.isalnum() and ord(ch) in coverage[face]:
                # spaces and punctuation stay in the run they follow: a comma in another font between
                # two Arabic runs breaks their shaping (the glyph is looked up in the wrong font)
                f = face
            if (f != face or (bold, italic) != style) and run:
                out.append(_wrap_face("".join(run), face, *style))
                run = []
            face, style = f, (bold, italic)
            run.append(ch)
    if run:
        out.append(_wrap_face("".join(run), face, *style))
    return "".join(out)


def _wrap_face(text: str, face: str | None, bold: bool = False, italic: bool = False) -> str:
    escaped = escape(text)
    if italic and not bold and face is None:  # Carlito's italic (bold italic is drawn bold)
        face = "Body-Italic"
    marked = f'<font face="{use(face)}">{escaped}</font>' if face else escaped
    return f"<b>{marked}</b>" if bold else marked


def link(label: str, url: str, color: str) -> str:
    """A clickable link in paragraph markup (the URL was validated as http(s) or mailto)."""
    return f'<a href="{escape(url, {chr(34): "&quot;"})}" color="{_css(color)}">{markup(label)}</a>'


@cache
def _css(color: str) -> str:
    """A hex colour (RRGGBB) as ``rgb(r,g,b)``: reportlab reads that form at once and makes the same colour
    (a link's "#RRGGBB" went through its named colours and a literal evaluation: a third of a link's parsing)."""
    if len(color) != 6 or any(c not in "0123456789abcdefABCDEF" for c in color):
        return "#" + color
    return "rgb({},{},{})".format(*(int(color[i:i + 2], 16) for i in (0, 2, 4)))


def markup_runs(runs, color: str) -> str:
    """Inline runs (``generator.inline.Run``) as paragraph markup: bold, italic, code in the
    monospace face, and each link a clickable link in ``color`` (a Link to a screen reader)."""
    out = []
    for url, group in groupby(runs, key=lambda run: run.url):
        text = markup_parts([(r.text, r.bold, r.italic, r.code) for r in group])
        out.append(f'<a href="{escape(url, {chr(34): "&quot;"})}" color="{_css(color)}">{text}</a>' if url else text)
    return "".join(out)


def markup_text(text: str, color: str) -> str:
    """Content text that may hold inline markup as paragraph markup (``markup`` where it has none)."""
    return markup_runs(inline.runs(text), color) if inline.has_markup(text) else markup(text)


def font_runs(text: str) -> list:
    """``text`` as [font, run] pieces, each run in a font that has its characters."""
    coverage = register()
    pieces: list[list[str]] = []
    face: str | None = None
    for ch in text:
        ch, placed = _placed(ch, coverage)
        if not ch:
            continue
        f = placed or "Body"
        if pieces and f == face:
            pieces[-1][1] += ch
        else:
            pieces.append([use(f) if f != "Body" else f, ch])
        face = f
    return pieces


def text_width(text: str, size: float, pieces: list | None = None) -> float:
    """The width of ``text`` at ``size`` points, each run in its font (``pieces``: its runs, if known)."""
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in pieces or font_runs(text))


def clip(text: str, n: int) -> str:
    """``text``, or its first ``n`` - 1 characters followed by "…"."""
    return text if len(text) <= n else text[: n - 1] + "…"


def _can_shape() -> bool:
    from reportlab.pdfbase import ttfonts

    return getattr(ttfonts, "uharfbuzz", None) is not None


@cache
def _shaped(style: ParagraphStyle, rtl: bool = False, keep_alignment: bool = False) -> ParagraphStyle:
    if rtl:  # (centred styles stay centred)
        alignment = style.alignment if keep_alignment or style.alignment == TA_CENTER else TA_RIGHT
        return ParagraphStyle(f"{style.name}-shaped-rtl", style, shaping=1, alignment=alignment)
    return ParagraphStyle(f"{style.name}-shaped", style, shaping=1)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` has letters of a script HarfBuzz must shape (Arabic, Hebrew, Indic, Thai)."""
    return bool(COMPLEX.search(text))


def shaped_style(style: ParagraphStyle, text: str, keep_alignment: bool = False) -> ParagraphStyle:
    """``style`` with shaping on (HarfBuzz: joined Arabic letters, right-to-left runs in order)
    for text in a script that needs it, aligned right when it starts right-to-left (unless
    ``keep_alignment``); shaping costs time, so only there. A shaped style stays as it is."""
    if getattr(style, "shaping", 0) or not (needs_shaping(text) and _can_shape()):
        return style
    return _shaped(style, is_rtl(re.sub("<[^>]*>", "", text)), keep_alignment)
