"""Colour contrast as WCAG 2.2 measures it, and text colours chosen to meet it.

Both writers ask here what colour a label, link or line of text takes on what is behind it:
a label inside a bar is measured against the bar, a link on a dark cover against the cover.
Colours are hex ``RRGGBB`` strings, as themes write them.
"""
from __future__ import annotations

from functools import lru_cache

AA = 4.5  # normal text
AA_LARGE = 3.0  # 18 pt and up, or 14 pt bold


def required(size: float, bold: bool = False) -> float:
    """The AA contrast ratio text of ``size`` points needs (3:1 for large text, else 4.5:1)."""
    return AA_LARGE if size >= 18 or (bold and size >= 14) else AA


@lru_cache(maxsize=1024)
def luminance(color: str) -> float:
    """The relative luminance of ``color`` (0 for black, 1 for white)."""
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(color[i:i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    """The contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(color: str, toward: str, t: float) -> str:
    return "".join(f"{round(int(color[i:i + 2], 16) * (1 - t) + int(toward[i:i + 2], 16) * t):02X}" for i in (0, 2, 4))


@lru_cache(maxsize=1024)
def readable(color: str, background: str, need: float = AA) -> str:
    """``color`` if it meets ``need`` on ``background``, else the least change of it toward black or
    white (whichever the background lets reach further) that does: a theme's orange stays orange."""
    color, background = color.upper(), background.upper()
    if ratio(color, background) >= need:
        return color
    toward = "000000" if ratio("000000", background) >= ratio("FFFFFF", background) else "FFFFFF"
    for step in range(1, 21):
        mixed = _mix(color, toward, step / 20)
        if ratio(mixed, background) >= need:
            return mixed
    return toward


def text_on(fill: str, dark: str = "222222", light: str = "FFFFFF", need: float = AA) -> str:
    """The text colour for a label drawn on ``fill``: ``dark`` or ``light``, whichever meets ``need``
    (the one with more contrast if both or neither do, made readable if neither does)."""
    best = max((dark, light), key=lambda c: ratio(c, fill))
    return readable(best, fill, need)
