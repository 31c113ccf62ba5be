"""The report's pages: the document template (bookmarks, contents entries, the section in force)
and the canvas that holds pages back until "page X of Y" can be written (the lines of the running
header and footer are ``furniture``'s).
"""
from __future__ import annotations

import gc
import zlib

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Table

from .flowables import TOC_CHARS, Bookmark
from .fonts import clip, markup
from .furniture import page_footer
from .marks import mark_links, mark_page, numbers
from .packed import PackedDocument
from .tags import pagination

# streams compressed only, not also written as ASCII85 text (a quarter larger): no step after
# ReportLab rewrites them (the archive's is an incremental update)
rl_config.useA85 = 0
COLLECT_PAGES = 100  # a longer report frees what its layout left (a collection) before its pages are written


class Doc(BaseDocTemplate):
    """The report's pages; ``page_section`` is the section in force at the top of the page (the
    running header's), ``section`` the last one begun."""

    def __init__(self, buffer, writer, **kw):
        super().__init__(buffer, **kw)
        self.writer = writer
        self.section = self.page_section = ""
        self.passes = 0
        self.table_page = 0  # the last page a ruled table was placed on (keep.ClearOfTables)

    def multiBuild(self, make_story, canvasmaker, max_passes: int = 10) -> int:
        """Lay out a story made afresh by ``make_story()`` for each pass until the contents and the
        timestamp index list the pages of the pass before; save the last pass; the number of passes.

        reportlab's multiBuild keeps one story through every pass, and each flowable in it what
        its layout left (lines, cell styles, row positions): most of a large report's memory. A
        story made for its pass is consumed as it is placed, and each flowable freed with it."""
        self._doSave = 0
        for _ in range(max_passes):
            story = make_story()
            self._indexingFlowables = [f for f in story if f.isIndexing()]
            for flowable in self._indexingFlowables:
                flowable.beforeBuild()
            self.build(story, canvasmaker=canvasmaker)
            self.writer.laid_pages = self.page  # (the pages of this pass: the next one's contents are decided by them)
            for flowable in self._indexingFlowables:
                flowable.afterBuild()
            if self._allSatisfied():
                if self.page >= COLLECT_PAGES:  # (the build pauses the cycle collector)
                    gc.collect()
                self.canv.save()
                return self.passes
        raise IndexError(f"the contents' pages still changed after {max_passes} passes")

    def beforeDocument(self):
        """Start a layout pass with no section. The first pass only finds the pages of the
        contents and the timestamp index: it lays the story out but is dry (its tagged flowables
        draw nothing and its canvas keeps no page), and another always follows."""
        self.passes += 1
        self.canv.dry = self.passes == 1
        self.section = self.page_section = ""
        self.table_page = 0

    def beforePage(self):
        """The page starts in the section the last one ended in."""
        self.page_section = self.section

    def _allSatisfied(self):
        """Never after a dry pass: what it drew is not the report."""
        return not self.canv.dry and super()._allSatisfied()

    def handle_keepWithNext(self, flowables):
        """reportlab's, except that the last of a group made here keeps with nothing: what follows
        cannot join the group (a container) or there is nothing. Else a heading taller than a page
        was grouped alone again after every split of its group, a blank page each time, forever."""
        first = flowables[0]
        super().handle_keepWithNext(flowables)
        if flowables[0] is not first and flowables[0]._content[-1].getKeepWithNext():
            # (nothing to undo for the next pass: its story is made afresh, see multiBuild)
            flowables[0]._content[-1].__dict__["keepWithNext"] = 0

    def afterFlowable(self, flowable):
        """A Bookmark placed: its bookmark, outline entry and contents line; a section begins. A ruled table (a
        content table's grid) placed: its page is noted (the index starts on a page without one, keep.ClearOfTables)."""
        if isinstance(flowable, Table) and flowable._linecmds:
            self.table_page = self.page
        if isinstance(flowable, Bookmark):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.title, flowable.key, flowable.level, closed=flowable.level > 0)
            # the contents line is paragraph markup: the title is escaped like every other text
            self.notify("TOCEntry", (flowable.level, markup(clip(flowable.title, TOC_CHARS)), self.page, flowable.key))
            if flowable.level == 0:
                self.section = flowable.title
                if self.frame._atTop:  # nothing drawn above it: the page starts with this section
                    self.page_section = flowable.title


def numbered_canvas(writer):
    """A canvas class for ``writer``'s report: tagged page furniture, footers drawn at the end."""

    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds pages back until the end so each footer can say 'page X of Y'."""

        def __init__(self, *args, **kwargs):
            if writer.tagger:  # object streams and cross-reference streams (PDF 1.5): ``packed``, the archive's update
                kwargs["pdfVersion"] = (1, 7)
            super().__init__(*args, **kwargs)
            if writer.tagger:
                self._doc.__class__ = PackedDocument
            self._pages, self._marks = [], []
            self.tagger = writer.tagger
            self.dry = False  # a layout pass whose pages are thrown away (see Doc.beforeDocument)
            self._artifact()

        def bookmarkPage(self, key, **kwargs):
            """Held back with its page: a page has its reference only once it is written (else
            every bookmark, outline entry and contents link would lead to page 1)."""
            self._marks.append((key, kwargs))

        def _artifact(self):
            if self.tagger:  # what no tagged flowable draws is page furniture
                self._code.append("/Artifact BMC")

        def showPage(self):
            """Keep the page (its state) for the end, unless the pass is dry, and begin the next."""
            if not self.dry:
                state = dict(self.__dict__)
                # the page's operators as one string (as reportlab joins them) instead of some
                # thousand small ones, compressed until the page is written: they were a third of
                # the memory a large report holds back
                state["_code"] = [_pack("\n".join(self._code))] if self._code else []
                self._pages.append(state)
            self._marks = []
            self._startPage()
            self._artifact()

        def drawText(self, aTextObject):
            """Draw a text object, then free it: a paragraph's binds a method to itself, a cycle
            that the collector (paused during a build) never freed, with its lines and styles."""
            super().drawText(aTextObject)
            aTextObject.__dict__.pop("_do_line", None)

        def _addAnnotation(self, annotation, name=None, addtopage=1):
            super()._addAnnotation(annotation, name, addtopage)
            if self.tagger and addtopage:
                self.tagger.annotation(self)

        def save(self):
            """Write every page with its bookmarks and its footer, then the file."""
            total = len(self._pages)
            links = []  # each page's links (their names)
            self._pages.reverse()  # each page's state let go once it is written
            for number in range(total):
                state = self._pages.pop()
                self.__dict__.update(state, _code=[_unpack(code) for code in state["_code"]])
                for key, kwargs in self._marks:
                    super().bookmarkPage(key, **kwargs)
                with pagination(self, "Footer"):
                    page_footer(writer, self, total)
                if self.tagger:
                    self._code.append("EMC")
                    mark_links(self, self.tagger, number, total)
                    links.append([ref.name for ref in self._annotationrefs])
                super().showPage()
                _compress_now(self._doc.Pages.pages[-1])
                if self.tagger:
                    mark_page(self._doc.Pages.pages[-1], self.tagger, number)
            super().save()
            if self.tagger:
                self.tagger.numbers = numbers(self._doc, links)

    return NumberedCanvas


def _compress_now(page) -> None:
    """The content stream of ``page`` (just written) compressed now, as ReportLab compresses it when it
    writes the file: it held every page's operators as text until then, 20 MiB of a heavy report's peak."""
    if not page.compression or rl_config.useA85 or not page.stream:
        return
    stream = PDFStream(content=PDFZCompress.encode(page.stream), filters=[PDFZCompress])
    stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])  # (so it is not compressed again)
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None


def _pack(code: str) -> bytes:
    """A held page's operators, compressed (about a seventh of their size)."""
    return zlib.compress(code.encode("utf-8", "surrogatepass"), 1)


def _unpack(packed: bytes) -> str:
    """The operators ``_pack`` compressed."""
    return zlib.decompress(packed).decode("utf-8", "surrogatepass")
