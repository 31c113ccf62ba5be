"""The report's contents: a line per bookmark, its title set as the body sets text, then a
dotted leader and the page number at the right.

reportlab's TableOfContents makes each line one paragraph whose page number an ``onDraw``
callback draws after the text. HarfBuzz shaping does not go through that callback, so an
Arabic or Hebrew title came out unjoined and letter by letter backwards. Here each line is
made whole instead: the title is a ``Shaped`` (shaped, its words in visual order, its logical
text as /ActualText) wrapped short of the number, and the leader and number are drawn after
its last line. Tagged as TOC > TOCI > Reference (the title, a link to its heading) and
NonStruct (leader and number, which read as the number).
"""
from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from .flowables import Shaped
from .fonts import markup, shaped_style
from .keep import RoomFor
from .tags import StructElement, marked

DOT = " . "  # the leader's unit, as reportlab draws it
# A contents page pays for itself only in a report too long to see at a glance: a body of up to four pages
# (two sheets printed on both sides) is read by turning them, and a contents page added 25-50% to it (review 19: amd,
# cliff and lex spent page 2 of 3-4 on contents, page 1 on a mostly empty cover). The outline (bookmarks) and the
# headings stay; only the printed page of contents goes, and the short body follows the cover's title on page 1.
CONTENTS_AFTER = 4  # the most pages a body runs to without a contents page


def contents_pay(entries: list, pages: int) -> bool:
    """Whether the report gets a contents page: its body, from the first section's page (``entries``: the contents'
    lines of a layout pass, each (level, title, page, key)) to its last page (``pages``), runs past CONTENTS_AFTER."""
    first = min((entry[2] for entry in entries), default=pages)
    return pages - first + 1 > CONTENTS_AFTER


def contents_block(w, toc) -> list:
    """The contents ``toc`` of the report writer ``w`` under their heading, kept with two of their lines; the body goes
    on after them on their page (review 21: a contents page of its own was mostly empty)."""
    heading = Shaped(markup(w.doc.words["contents"]), w.styles["h1"])
    return [RoomFor([heading]), heading, toc, Spacer(1, 12)]


class _Title(Shaped):
    """A contents line's title, a link to the heading it names."""

    def __init__(self, text: str, style: ParagraphStyle, key: str | None):
        super().__init__(text, shaped_style(style, text, keep_alignment=True))  # (in line with the others)
        self.key = key

    def draw(self):
        """The title, and over it the link (inside the title's marked content, so a Link of its Reference)."""
        super().draw()
        if self.key:
            self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)


class ContentsLine(Flowable):
    """One line of the contents: title, dotted leader, page number (a link too)."""

    number_tag: StructElement | None = None  # the NonStruct element of the leader and number

    def __init__(self, text: str, page: int, key: str | None, style: ParagraphStyle):
        super().__init__()
        self.title, self.page, self.key, self.style = _Title(text, style, key), str(page), key, style

    def wrap(self, availWidth, availHeight):
        """The title wraps short of the number and one leader dot; the line is as tall as the title."""
        style = self.style
        self.number_width = stringWidth(self.page, style.fontName, style.fontSize)
        self.dot_width = stringWidth(DOT, style.fontName, style.fontSize)
        _, height = self.title.wrap(availWidth - self.number_width - self.dot_width, availHeight)
        self.width, self.height = availWidth, max(height, style.leading)  # (a blank title is a line too)
        return self.width, self.height

    def draw(self):
        """The title, then the leader and number on the baseline of its last line."""
        canv, style, title = self.canv, self.style, self.title
        widths = title.getActualLineWidths0()  # (read before drawing: a drawn Shaped lets its lines go)
        end = widths[-1] if widths else 0  # (a blank title has no line: the leader runs from the start)
        baseline = self.height - style.fontSize - (max(len(title.blPara.lines), 1) - 1) * style.leading
        title.drawOn(canv, 0, 0)
        dots = max(0, int((self.width - end - self.number_width) / self.dot_width))
        with marked(canv, self.number_tag):
            canv.saveState()
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(style.textColor)
            canv.drawRightString(self.width, baseline, DOT * dots + self.page)
            canv.restoreState()
            if self.key:
                canv.linkRect("", self.key, (self.width - self.number_width, baseline,
                                             self.width, baseline + style.fontSize), relative=1)


class TaggedContents(TableOfContents):
    """The contents, from the entries of the last layout pass (reportlab's bookkeeping), as
    ContentsLines in a table; TOC > TOCI (one per line) > Reference, NonStruct when tagged."""

    tag: StructElement | None = None

    def wrap(self, availWidth, availHeight):
        """Make the lines (again on every pass: the pages change) and lay them out."""
        tagger = getattr(self.canv, "tagger", None)
        toc = self.tag if tagger is not None else None
        if toc is not None:
            toc.kids = []
        rows = []
        for level, text, page, key in self._lastEntries or [(0, "", 0, None)]:
            line = ContentsLine(text, page, key, self.getLevelStyle(level))
            if toc is not None and tagger is not None:
                item = toc.add("TOCI")
                tagger.leaf(item, "Reference", line.title)
                line.number_tag = item.add("NonStruct", actual=line.page)
            rows.append([line])
        self._table = Table(rows, colWidths=(availWidth,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        """The table's parts; the table is let go once split (the parts are placed instead): kept
        to the end of the pass, the lines of a long contents were some tens of MB."""
        parts = super().split(availWidth, availHeight)
        if parts:
            self._table = None
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw the table, then let it go."""
        super().drawOn(canvas, x, y, _sW)
        self._table = None
