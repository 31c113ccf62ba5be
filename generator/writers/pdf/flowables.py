"""The report's own flowables: shaped paragraphs, marked paragraphs and bookmarks.

A ``Shaped`` paragraph shapes complex scripts and lays a right-to-left paragraph out line by line in visual
order; a ``Marked`` one records the page its timestamp references land on, which the
timestamp index (``index``) lists; a ``Bookmark`` becomes a bookmark, an outline entry and a contents line.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import _FUZZ, ParaLines, textTransformFrags

from .bidi import reorder_line
from .fonts import shaped_style
from .kept_measures import LAID, height, known, note_height, note_read, paragraph_key, unmade
from .plain_text import fragments, is_plain, read_markup
from .tags import Tagged

TOC_CHARS = 200  # a longer heading is shortened in the contents and the index (it is whole on its page)


def table_style(commands: list) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), "Body")] + commands)


class Measured(Table):
    """A table that measures its rows once for a room: reportlab measures every cell again each time the table is
    wrapped or split at the same size (the frame wraps it, then splits it; the index wraps each part twice), a
    twelfth of a heavy report's time. What is measured depends only on the room and the cells, which do not change."""

    def _calc(self, availWidth, availHeight):
        if self.__dict__.get("_measured") != (availWidth, availHeight):
            super()._calc(availWidth, availHeight)
            self._measured = (availWidth, availHeight)


def bookmarks(flowables):
    """Every Bookmark in a story, in order, also inside KeepTogether and other containers."""
    for f in flowables:
        if isinstance(f, Bookmark):
            yield f
        elif isinstance(f, (list, tuple)):
            yield from bookmarks(f)
        elif isinstance(getattr(f, "_content", None), (list, tuple)):
            yield from bookmarks(f._content)


class Bookmark(Flowable):
    """An invisible mark that adds a bookmark, an outline entry and a contents line. It keeps
    with its heading: a heading pushed to the next page takes its bookmark along."""

    def __init__(self, title: str, level: int, key: str):
        super().__init__()
        self.title, self.level, self.key = title, level, key
        self.width = self.height = 0
        self.keepWithNext = 1

    def draw(self):
        """Nothing to draw: the document template acts on it once it is placed."""


class Shaped(Tagged, Paragraph):
    """A paragraph that shapes complex scripts (Arabic, Hebrew, Indic, Thai) when it has them,
    and lays out a right-to-left one line by line in visual order."""


    def __init__(self, text, style=None, *args, **kwargs):
        if isinstance(text, str) and style is not None:  # (a split paragraph comes back with no text)
            style = shaped_style(style, text)
        super().__init__(text, style, *args, **kwargs)

    def _setup(self, text, style, bulletText, frags, cleaner):
        """reportlab's, except that plain words are not parsed as markup, and the report's markup is read without
        the HTML tokenizer (``plain_text``); under ``--watch``, a paragraph measured before is read when first
        needed (``kept_measures``: the measuring pass needs only its height)."""
        key = paragraph_key(self, text, style, bulletText) if frags is None and isinstance(text, str) else None
        if key is not None:
            self.__dict__["_key"] = key
            kept = known(key)
            if kept is not None:
                self.__dict__["_unread"] = (text, style, bulletText, cleaner, kept["plain"])
                self.style, self.debug = style, 0
                unmade(self)
                return
        self._read(text, style, bulletText, frags, cleaner)
        if key is not None:
            note_read(key, self.style is style, self.getPlainText())

    def _read(self, text, style, bulletText, frags, cleaner):
        """reportlab's ``_setup``, the report's markup read as ``_setup`` says."""
        if frags is None and isinstance(text, str):
            cleaned = cleaner(text)
            read = (style, fragments(cleaned, style), None) if is_plain(cleaned) else \
                read_markup(cleaned, style, self.caseSensitive)
            if read is not None:
                text, (style, frags, bullets) = cleaned, read
                textTransformFrags(frags, style)
                bulletText = bullets or bulletText
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth, availHeight):
        """reportlab's, but a second call at the same width keeps the lines of the first (a table
        lays each cell out up to three times: to measure, to split and to draw); under ``--watch``, a
        paragraph measured before at this width takes its height (``kept_measures``)."""
        if self.__dict__.get("_wrapped") == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        key = self.__dict__.get("_key")
        high = height(key, availWidth) if key is not None else None
        if high is not None:  # measured before: broken into lines when they are needed (``kept_measures.unmade``)
            for made in (*LAID, "_wrapped"):  # (those of another width, and the width they were made for)
                self.__dict__.pop(made, None)
            self.__dict__.update(width=availWidth, height=high, _unlaid=(availWidth, availHeight))
            unmade(self)
            return availWidth, high
        self.__dict__.pop("_unlaid", None)
        size = super().wrap(availWidth, availHeight)
        self._wrapped = availWidth
        if key is not None and availWidth >= _FUZZ:
            note_height(key, availWidth, size[1])
        return size

    def getPlainText(self, identify=None):
        """reportlab's; of a paragraph not read yet, the plain text it had when it was read before."""
        if "_unread" in self.__dict__ and not identify:
            return self.__dict__["_unread"][-1]
        return super().getPlainText(identify)

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw, then forget the lines: the next pass lays the paragraph out afresh, and the lines
        of all paragraphs, kept to the end, were a tenth of a large report's memory."""
        super().drawOn(canvas, x, y, _sW)
        self.__dict__.pop("blPara", None)

    def breakLines(self, width):
        """The lines, each in visual order when the paragraph runs right to left."""
        lines = super().breakLines(width)
        if self.style.name.endswith("-rtl") and lines.kind == 1:
            for line in lines.lines:
                if not all(getattr(f, "_visual", False) for f in line.words):  # (a split part's are)
                    line.words = reorder_line(line.words, self.__dict__.setdefault("_orders", {}))
        return lines

    def split(self, aw, ah):
        """reportlab's split, except that it never leaves a list item a widow it would refuse, and
        a paragraph that does not split here keeps its lines for the next frame (``wrap`` checks
        the width)."""
        kept = self.__dict__.get("blPara")
        parts = super().split(aw, ah)
        if not parts and kept is not None:  # (reportlab forgets them)
            self.blPara = kept
        # a list item refuses a split that leaves one line over (a widow), even for a paragraph one
        # line taller than a page, which then fits nowhere (LayoutError): leave two lines over instead
        lines = [len(p.blPara.lines) if hasattr(p, "blPara") else 0 for p in (self, *parts)]
        if len(parts) == 2 and lines[1] == lines[0] - 1 > 1:
            parts = super().split(aw, ah - self.style.leading)
        if "_orders" in self.__dict__:  # the parts' lines are this paragraph's: each is ordered once
            for part in parts:
                part._orders = self._orders
        if len(parts) == 2:
            _keep_rest(self, parts[0], parts[1], aw)
        return parts


def _keep_rest(whole: Shaped, first: Shaped, rest: Shaped, width: float) -> None:
    """The parts of a paragraph split at a page keep the lines ``whole`` was broken into, for a
    frame of the same ``width`` (``wrap`` checks it): reportlab breaks both again, the rest at every
    page the paragraph runs over, which is quadratic in its length (right-to-left words were shaped
    again each time: 30 paragraphs of 20,000 Hebrew characters took 23 s of processor time, 10 s
    now). Only for lines at one leading, as the report sets them."""
    lines = whole.blPara
    if getattr(whole, "autoLeading", getattr(whole.style, "autoLeading", "")) not in ("", "off"):
        return
    cut = len(first.blPara.lines)
    if lines.kind == 1:
        start = lines.lines[cut].sFW  # the lines count the whole paragraph's words; the rest's start at this one
        first.blPara = ParaLines(kind=1, lines=lines.lines[:cut])
        rest.blPara = ParaLines(kind=1, lines=[line.clone(sFW=line.sFW - start) for line in lines.lines[cut:]])
    else:  # one font: lines of words, with the paragraph's font
        first.blPara, rest.blPara = lines.clone(lines=lines.lines[:cut]), lines.clone(lines=lines.lines[cut:])
    rest.width, rest.height = width, len(rest.blPara.lines) * rest.style.leading
    first._wrapped = rest._wrapped = width


class Marked(Shaped):
    """A paragraph that records the page its timestamp references land on."""

    def __init__(self, text, style, pages: dict | None = None, keys: list | tuple = (), **kwargs):
        super().__init__(text, style, **kwargs)  # (reportlab makes the parts of a split paragraph with kwargs)
        self.pages, self.keys = {} if pages is None else pages, keys

    def split(self, aw, ah):
        """The parts of a split; the first (the one drawn first) records the page."""
        parts = super().split(aw, ah)
        for part in parts[:1]:
            part.__class__, part.pages, part.keys = Marked, self.pages, self.keys
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        """Record the page of each reference (the first time; also on a dry pass), then draw."""
        for key in self.keys:
            self.pages.setdefault(key, canvas.getPageNumber())
        super().drawOn(canvas, x, y, _sW)
