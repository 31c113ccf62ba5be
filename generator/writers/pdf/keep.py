"""A heading kept with what it introduces (review 20: a three-line heading of the default executive report sat alone
at the foot of p.3, its body starting on p.4).

reportlab keeps a heading with its next flowable (``keepWithNext``), but it measures the group without the space
around its paragraphs, and a heading of three lines passed with six points to spare while its first line did not fit;
a fixed page-break allowance (60 points) did not see that the heading alone took 102. ``RoomFor`` breaks the page
unless the frame holds the heading's flowables as drawn (each measured at the frame's width, with its space before
and after) and LEAD points of what follows: at least two lines of its body.
"""
from __future__ import annotations

from reportlab.platypus import CondPageBreak, PageBreak

LEAD = 40.0  # points of what follows a heading that its page must hold too: two lines of body text and their space


class RoomFor(CondPageBreak):
    """A page break unless the frame has room for ``flowables`` (a heading and its kicker) and ``lead`` points more;
    none at the top of a frame (a heading taller than a page would otherwise break every page)."""

    def __init__(self, flowables: list, lead: float = LEAD):
        super().__init__(0)
        self.flowables, self.lead = flowables, lead

    def wrap(self, availWidth, availHeight):
        """Measure the heading at ``availWidth``, then break as a CondPageBreak of that height would."""
        frame = self._doctemplateAttr("frame")
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0
        self.height = self.lead + sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                                      for f in self.flowables)
        return super().wrap(availWidth, availHeight)


SHORT = 0.5  # of a page: the most that the body's last section and the closing appendices together take to be kept


class Together(RoomFor):
    """A page break unless the frame holds all of ``flowables`` — only where they are short (at most ``SHORT`` of a
    page): the body's last section moves to the next page with the short appendices that follow it, where the page it
    ends has no room for them (review 21: talkgo's and knesset's last page held only the sources, a heading and a
    line or three). The page breaks among ``flowables`` are not measured (they are zero where the group fits)."""

    def wrap(self, availWidth, availHeight):
        """Measure the group at ``availWidth``; break as a CondPageBreak of its height would, if it is short."""
        frame = self._doctemplateAttr("frame")
        if frame is None or getattr(frame, "_atTop", False):
            return 0, 0
        need = sum(f.wrapOn(self.canv, availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                   for f in self.flowables if not isinstance(f, (CondPageBreak, PageBreak)))
        self.height = need if need <= SHORT * frame._height else 0
        return CondPageBreak.wrap(self, availWidth, availHeight)


class ClearOfTables(RoomFor):
    """``RoomFor`` (a heading, its intro and ``lead`` points of its table), and a page break where a table was placed on
    the page: the timestamp index goes on on the page the body ends on (review 21: wizeup's one-row index and
    syntax-year's two-line last section each had a page of their own), but a table tagged above another on one page
    is read by a checker as one grid no /Table covers (TBL-014)."""

    def wrap(self, availWidth, availHeight):
        """Break as ``RoomFor`` does, or wholly where this page holds a table."""
        if self._doctemplateAttr("table_page") == self._doctemplateAttr("page"):
            self.height = availHeight + 1
            return CondPageBreak.wrap(self, availWidth, availHeight)
        return super().wrap(availWidth, availHeight)


def closed(body: list, tail: list) -> list:
    """``body`` then ``tail`` (the appendices), the body's last section (from its heading's ``RoomFor``) kept on one
    page with a tail that flows on after it (no index's page break first), where the two are short."""
    if not tail or isinstance(tail[0], (PageBreak, ClearOfTables)):
        return body + tail
    start = max((n for n, f in enumerate(body) if type(f) is RoomFor), default=None)
    if start is None:
        return body + tail
    return body[:start] + [Together(body[start:] + tail, lead=0)] + body[start:] + tail
