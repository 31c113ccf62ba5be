"""Paragraphs a rebuild has measured before (issue #25 §4): their heights, kept by what sets them.

A report is laid out twice a build (a pass that measures, then the pass that draws: pages.Doc.multiBuild),
and under ``--watch`` again at each rebuild, though most of its paragraphs did not change. The lines a
paragraph breaks into, and so its height, depend only on its text, its style (every attribute), its
class and the width it is set in. Under ``--watch`` (``kept_renders.keeping``) a paragraph measured
before is not read nor broken into lines until something needs them (``flowables.Shaped``): the
measuring pass, which draws nothing, needs only its height and its plain text (the structure tree's).
Kept for the paragraphs whose markup reads into the style they were given, up to ``MOST`` of them
(then all are forgotten and measured again).
"""
from __future__ import annotations

from reportlab.platypus import Paragraph

from ...kept_renders import keeping

MOST = 1 << 16  # paragraphs kept at most
_MEASURES: dict[tuple, dict] = {}  # key -> {"same": whether it reads into its style, "plain": its plain text,
# "heights": {width: height}}
_STYLES: dict[int, tuple] = {}  # id(style) -> (the style, held so that no other takes its id; what sets it)


def paragraph_key(paragraph, text, style, bullet) -> tuple | None:
    """What sets the lines of ``paragraph`` (its class, ``text`` as given, ``style`` and ``bullet``), or None
    where it is not kept (not under ``--watch``)."""
    if not keeping():
        return None
    kept = _STYLES.get(id(style))
    if kept is None or kept[0] is not style:
        if len(_STYLES) >= 1024:
            _STYLES.clear()
        kept = _STYLES[id(style)] = (style, (type(style), tuple(sorted(
            (name, repr(value)) for name, value in vars(style).items() if name != "parent"))))
    return type(paragraph), text, kept[1], repr(bullet), getattr(paragraph, "caseSensitive", None)


def known(key: tuple) -> dict | None:
    """What was kept of the paragraph ``key`` (when it reads into the style it was given), or None."""
    found = _MEASURES.get(key)
    return found if found is not None and found["same"] else None


def note_read(key: tuple, same: bool, plain: str) -> None:
    """Note that the paragraph ``key`` reads into the style it was given (``same``), and its plain text."""
    if key not in _MEASURES:
        if len(_MEASURES) >= MOST:
            _MEASURES.clear()
        _MEASURES[key] = {"same": same, "plain": plain, "heights": {}}


def height(key: tuple, width: float) -> float | None:
    """The height the paragraph ``key`` took at ``width`` before, or None."""
    found = _MEASURES.get(key)
    return found["heights"].get(width) if found is not None else None


def note_height(key: tuple, width: float, high: float) -> None:
    """Note the height of the paragraph ``key`` at ``width``."""
    found = _MEASURES.get(key)
    if found is not None:
        found["heights"][width] = high


def read_now(paragraph) -> bool:
    """Read a paragraph ``Shaped._setup`` left unread (measured before); whether there was one."""
    unread = paragraph.__dict__.pop("_unread", None)
    if unread is not None:
        text, style, bullet, cleaner, _ = unread
        paragraph._read(text, style, bullet, None, cleaner)
    return unread is not None


def lay_now(paragraph) -> bool:
    """Break into lines a paragraph ``Shaped.wrap`` left unbroken (measured before); whether there was one."""
    unlaid = paragraph.__dict__.pop("_unlaid", None)
    if unlaid is not None:
        Paragraph.wrap(paragraph, *unlaid)
        paragraph._wrapped = unlaid[0]
    return unlaid is not None


class Made:
    """An attribute of a paragraph measured before (``kept_measures``) made when it is first asked for
    (``make(paragraph)``: whether it made it), as a cold build makes it."""

    def __init__(self, make):
        self.make = make

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, paragraph, owner=None):
        if paragraph is None:
            return self
        held = paragraph.__dict__
        if self.name not in held:
            self.make(paragraph)
        try:
            return held[self.name]
        except KeyError:
            raise AttributeError(self.name) from None

    def __set__(self, paragraph, value) -> None:
        paragraph.__dict__[self.name] = value

    def __delete__(self, paragraph) -> None:
        try:
            del paragraph.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
