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
_MEASURING = [False]  # whether the story being made is for the pass that only measures


def measuring(on: bool) -> None:
    """Say whether the story being made is for the pass that only measures (``writer._pass_story``): the drawing
    pass reads and breaks every paragraph into lines anyway, and reading one later cost it more than it saved."""
    _MEASURING[0] = on


def paragraph_key(paragraph, text, style, bullet) -> tuple | None:
    """What sets the lines of ``paragraph`` (its class, ``text`` as given, ``style`` and ``bullet``), or None
    where it is not kept (not under ``--watch``, or not for the pass that only measures)."""
    if not (_MEASURING[0] and keeping()):
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


_READ = frozenset(("text", "frags", "bulletText"))  # what reading a paragraph makes (``Shaped._setup``)
LAID = frozenset(("blPara", "_wrapWidths", "_width_max"))  # what breaking it into lines makes (``Shaped.wrap``)
_UNMADE: dict[type, type] = {}  # a paragraph class -> its class for paragraphs not yet read or broken into lines
_OWN: dict[type, type] = {}  # and back


def unmade(paragraph) -> None:
    """Give ``paragraph`` (left unread, or not broken into lines: ``_unread``, ``_unlaid``) the class that makes
    them when they are first asked for (a class of its own: a cold build's paragraphs pay nothing for it)."""
    cls = type(paragraph)
    if cls not in _OWN:
        made = _UNMADE.get(cls)
        if made is None:
            made = _UNMADE[cls] = type(cls.__name__, (cls,), {"__getattr__": _made, "__module__": cls.__module__,
                                                             "__doc__": cls.__doc__})
            _OWN[made] = cls
        paragraph.__class__ = made


def _made(paragraph, name: str):
    """What ``paragraph`` has not made yet, made as a cold build makes it: its fragments (read as ``_setup``
    reads them), its lines (broken as ``wrap`` breaks them); then the paragraph takes its own class again."""
    held = paragraph.__dict__
    if name in _READ and "_unread" in held:
        text, style, bullet, cleaner, _ = held.pop("_unread")
        paragraph._read(text, style, bullet, None, cleaner)
    elif name in LAID and "_unlaid" in held:
        width, high = held.pop("_unlaid")
        Paragraph.wrap(paragraph, width, high)
        paragraph._wrapped = width
    else:
        raise AttributeError(name)
    if "_unread" not in held and "_unlaid" not in held and type(paragraph) in _OWN:  # (not made already, within)
        paragraph.__class__ = _OWN[type(paragraph)]
    return getattr(paragraph, name)
