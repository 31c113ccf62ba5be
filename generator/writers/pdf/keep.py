"""A heading kept with what it introduces (review 20: a three-line heading of the default executive report sat alone
at the foot of p.3, its body starting on p.4).

reportlab keeps a heading with its next flowable (``keepWithNext``), but it measures the group without the space
around its paragraphs, and a heading of three lines passed with six points to spare while its first line did not fit;
a fixed page-break allowance (60 points) did not see that the heading alone took 102. ``RoomFor`` breaks the page
unless the frame holds the heading's flowables as drawn (each measured at the frame's width, with its space before
and after) and LEAD points of what follows: at least two lines of its body.
"""
from __future__ import annotations

from reportlab.platypus import CondPageBreak

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
