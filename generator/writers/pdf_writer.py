"""PdfWriter: the Document as a PDF report (reportlab platypus) with vector charts.

Cover, contents, bookmarks, running header and footer with "page X of Y", the summary
in a box, a section per topic, numbered figures. All text is escaped before it reaches
reportlab's markup, and set in embedded TrueType fonts chosen per run by glyph coverage.
"""
from __future__ import annotations

import gc
import io
import os
import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.doughnut import Doughnut
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBG, Indenter, KeepTogether,
                                ListFlowable, ListItem, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)
from reportlab.platypus.tableofcontents import IndexingFlowable

from .pdf_bidi import is_rtl, reorder_line
from .pdf_tags import Tagged, TaggedContents, Tagger, pagination

from ..contrast import readable
from ..document import Bullet, ChartSpec, Document, Slide, TimeRef
from . import Writer
from .common import clock, column_widths, figure_label, split_row, time_step, value_axis

FONTS = Path(__file__).resolve().parent.parent / "fonts"
FACES = {"Body": "Carlito-Regular", "Body-Bold": "Carlito-Bold", "Wide": "DejaVuSans", "CJK": "DroidSansFallbackFull"}
PAPERS = {"a4": A4, "letter": LETTER}
NBSP = "\u00a0"
MIN_COLUMN = 40.0  # points: no table column is narrower (unless 12 of them cannot be this wide)
CELL_PADDING = 6.0  # reportlab's default left and right padding in a table cell
ROW_HEIGHT = 320.0  # points of a table row before it continues in the next row (about half a page)
TOC_CHARS = 200  # a longer heading is shortened in the contents and the index (it is whole on its page)


@cache
def _register() -> dict:
    """Register the body fonts once; return each face's set of covered code points.

    The fallback faces are large (Droid Sans Fallback is 4 MB), so they are read from their
    coverage table here and registered by ``_use`` only when some text needs them.
    """
    import json

    from .pdf_shape import install

    install()
    for name in ("Body", "Body-Bold"):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{FACES[name]}.ttf")))
    pdfmetrics.registerFontFamily("Body", normal="Body", bold="Body-Bold", italic="Body", boldItalic="Body-Bold")
    table = json.loads((FONTS / "coverage.json").read_text(encoding="utf-8"))
    return {name: frozenset(cp for low, high in spans for cp in range(low, high + 1)) for name, spans in table.items()}


@cache
def _use(face: str) -> str:
    """Register a fallback face the first time text needs it."""
    pdfmetrics.registerFont(TTFont(face, str(FONTS / f"{FACES[face]}.ttf")))
    return face


def _face_for(ch: str, coverage: dict) -> str | None:
    """The fallback face for ``ch``; None for the body font (which has it, or nothing has)."""
    cp = ord(ch)
    if cp in coverage["Body"] or ch.isspace():
        return None
    for name in ("Wide", "CJK"):
        if cp in coverage[name]:
            return name
    return None


def markup(text: str) -> str:
    """``text`` as reportlab paragraph markup: escaped, with fonts switched by glyph coverage."""
    return markup_parts([(text, False)])


def markup_parts(parts: list[tuple[str, bool]]) -> str:
    """Several (text, bold) pieces as one line of markup, fonts chosen across the pieces (so that
    the punctuation between two right-to-left pieces joins them, whatever their weight)."""
    coverage = _register()
    out, run, face, weight = [], [], None, False
    for text, bold in parts:
        for ch in text:
            f = _face_for(ch, coverage)
            if f is None and face is not None and not ch.isalnum() and ord(ch) in coverage[face]:
                # spaces and punctuation stay in the run they follow: a comma in another font between
                # two Arabic runs breaks their shaping (the glyph is looked up in the wrong font)
                f = face
            if (f != face or bold != weight) and run:
                out.append(_wrap_face("".join(run), face, weight))
                run = []
            face, weight = f, bold
            run.append(ch)
    if run:
        out.append(_wrap_face("".join(run), face, weight))
    return "".join(out)


def _wrap_face(text: str, face: str | None, bold: bool = False) -> str:
    escaped = escape(text)
    marked = f'<font face="{_use(face)}">{escaped}</font>' if face else escaped
    return f"<b>{marked}</b>" if bold else marked


def link(label: str, url: str, color: str) -> str:
    """A clickable link in paragraph markup (the URL was validated as http(s) or mailto)."""
    return f'<a href="{escape(url, {chr(34): "&quot;"})}" color="#{color}">{markup(label)}</a>'


def _bookmarks(flowables):
    """Every _Bookmark in a story, in order, also inside KeepTogether and other containers."""
    for f in flowables:
        if isinstance(f, _Bookmark):
            yield f
        elif isinstance(f, (list, tuple)):
            yield from _bookmarks(f)
        elif isinstance(getattr(f, "_content", None), (list, tuple)):
            yield from _bookmarks(f._content)


class _Bookmark(Flowable):
    """An invisible mark that adds a bookmark, an outline entry and a contents line. It keeps
    with its heading: a heading pushed to the next page takes its bookmark along."""

    def __init__(self, title: str, level: int, key: str):
        super().__init__()
        self.title, self.level, self.key = title, level, key
        self.width = self.height = 0
        self.keepWithNext = 1

    def draw(self):
        pass


_COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]")


def _can_shape() -> bool:
    from reportlab.pdfbase import ttfonts

    return getattr(ttfonts, "uharfbuzz", None) is not None


@cache
def _shaped(style: ParagraphStyle, rtl: bool = False) -> ParagraphStyle:
    if rtl:  # (centred styles stay centred)
        return ParagraphStyle(f"{style.name}-shaped-rtl", style, shaping=1,
                              alignment=style.alignment if style.alignment == TA_CENTER else TA_RIGHT)
    return ParagraphStyle(f"{style.name}-shaped", style, shaping=1)


def shaped_style(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """``style`` with shaping on (HarfBuzz: joined Arabic letters, right-to-left runs in order)
    for text in a script that needs it, aligned right when it starts right-to-left; shaping
    costs time, so only there."""
    if not (_COMPLEX.search(text) and _can_shape()):
        return style
    return _shaped(style, is_rtl(re.sub("<[^>]*>", "", text)))


class _Para(Tagged, Paragraph):
    """A paragraph that shapes complex scripts (Arabic, Hebrew, Indic, Thai) when it has them,
    and lays out a right-to-left one line by line in visual order."""

    def __init__(self, text, style=None, *args, **kwargs):
        if isinstance(text, str) and style is not None:  # (a split paragraph comes back with no text)
            style = shaped_style(style, text)
        super().__init__(text, style, *args, **kwargs)

    def breakLines(self, width):
        """The lines, each in visual order when the paragraph runs right to left."""
        lines = super().breakLines(width)
        if self.style.name.endswith("-rtl") and lines.kind == 1:
            for line in lines.lines:
                if not all(getattr(f, "_visual", False) for f in line.words):  # (a split part's are)
                    line.words = reorder_line(line.words)
        return lines

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        # a list item refuses a split that leaves one line over (a widow), even for a paragraph one
        # line taller than a page, which then fits nowhere (LayoutError): leave two lines over instead
        lines = [len(p.blPara.lines) if hasattr(p, "blPara") else 0 for p in (self, *parts)]
        if len(parts) == 2 and lines[1] == lines[0] - 1 > 1:
            parts = super().split(aw, ah - self.style.leading)
        return parts


class _Marked(_Para):
    """A paragraph that records the page its timestamp references land on."""

    def __init__(self, text, style, pages: dict | None = None, keys: list = (), **kwargs):
        super().__init__(text, style, **kwargs)  # (reportlab makes the parts of a split paragraph with kwargs)
        self.pages, self.keys = pages, keys

    def split(self, aw, ah):
        parts = super().split(aw, ah)
        for part in parts[:1]:
            part.__class__, part.pages, part.keys = _Marked, self.pages, self.keys
        return parts

    def draw(self):
        for key in self.keys:
            self.pages.setdefault(key, self.canv.getPageNumber())
        super().draw()


class _TimestampIndex(IndexingFlowable):
    """Appendix table: every timestamp reference, its topic, its page and its links.

    Pages come from the previous pass; multiBuild runs again until they stop changing.
    """

    tag = None  # its structure element, filled with the table's rows on each layout

    def __init__(self, writer):
        super().__init__()
        self.writer, self._last, self._table = writer, {}, None

    def beforeBuild(self):
        self._last = dict(self.writer.ts_pages)
        self.writer.ts_pages.clear()

    def isSatisfied(self):
        return self._last == self.writer.ts_pages

    def wrap(self, aw, ah):
        st, w = self.writer.styles, self.writer
        linked = any(at.links for at, _ in w.ts_entries.values())  # no "Open in" column of dashes
        rows = [[_Para(h, st["head"]) for h in ("Time", "Where", "Page", "Open in")[:4 if linked else 3]]]
        for key, (at, context) in sorted(w.ts_entries.items(), key=lambda kv: (kv[1][0].seconds, kv[0])):
            links = "<br/>".join(link(at.named(source), source.url, w.link_color) for source in at.links) or "—"
            rows.append([_Para(markup(at.label), st["cell"]), _Para(markup(_clip(context, TOC_CHARS)), st["cell"]),
                         _Para(str(self._last.get(key, "?")), st["cell"]), _Para(links, st["cell"])][:4 if linked else 3])
        widths = [aw * f for f in ((0.12, 0.46, 0.08, 0.34) if linked else (0.14, 0.74, 0.12))]
        self._table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        self._table.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#" + w.theme.primary)),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        if self.tag is not None:
            w.tagger.tag_table(None, self._table, self.tag)
        return self._table.wrap(aw, ah)

    def split(self, aw, ah):
        self.wrap(aw, ah)
        return self._table.split(aw, ah)

    def drawOn(self, canvas, x, y, _sW=0):
        self._table.drawOn(canvas, x, y, _sW)


class _Doc(BaseDocTemplate):
    """The report's pages; ``page_section`` is the section in force at the top of the page (the
    running header's), ``section`` the last one begun."""

    def __init__(self, buffer, writer, **kw):
        super().__init__(buffer, **kw)
        self.writer = writer
        self.section = self.page_section = ""

    def beforeDocument(self):
        self.section = self.page_section = ""
        if self.writer.tagger:
            self.writer.tagger.reset()

    def beforePage(self):
        self.page_section = self.section

    def handle_keepWithNext(self, flowables):
        """reportlab's, except that the last of a group made here keeps with nothing: what follows
        cannot join the group (a container) or there is nothing. Else a heading taller than a page
        was grouped alone again after every split of its group, a blank page each time, forever."""
        first = flowables[0]
        super().handle_keepWithNext(flowables)
        if flowables[0] is not first and flowables[0]._content[-1].getKeepWithNext():
            last = flowables[0]._content[-1]
            if "keepWithNext" in last.__dict__:
                self._multiBuildEdits((setattr, last, "keepWithNext", last.keepWithNext))
            else:
                self._multiBuildEdits((delattr, last, "keepWithNext"))  # it comes from its style
            last.__dict__["keepWithNext"] = 0

    def afterFlowable(self, flowable):
        if isinstance(flowable, _Bookmark):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.title, flowable.key, flowable.level, closed=flowable.level > 0)
            # the contents line is paragraph markup: the title is escaped like every other text
            self.notify("TOCEntry", (flowable.level, markup(_clip(flowable.title, TOC_CHARS)), self.page, flowable.key))
            if flowable.level == 0:
                self.section = flowable.title
                if self.frame._atTop:  # nothing drawn above it: the page starts with this section
                    self.page_section = flowable.title


def _numbered_canvas(writer):
    class NumberedCanvas(pdfcanvas.Canvas):
        """Holds pages back until the end so each footer can say 'page X of Y'."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages, self._marks = [], []
            self.tagger = writer.tagger
            self._artifact()

        def bookmarkPage(self, key, **kwargs):
            """Held back with its page: a page has its reference only once it is written (else
            every bookmark, outline entry and contents link would lead to page 1)."""
            self._marks.append((key, kwargs))

        def _artifact(self):
            if self.tagger:  # what no tagged flowable draws is page furniture
                self._code.append("/Artifact BMC")

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self._startPage()
            self._artifact()

        def _addAnnotation(self, annotation, name=None, addtopage=1):
            super()._addAnnotation(annotation, name, addtopage)
            if self.tagger and addtopage:
                self.tagger.annotation(self)

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                for key, kwargs in self._marks:
                    super().bookmarkPage(key, **kwargs)
                with pagination(self, "Footer"):
                    writer.footer(self, total)
                if self.tagger:
                    self._code.append("EMC")
                super().showPage()
            super().save()

    return NumberedCanvas


def default_paper() -> str:
    """letter where the locale is US or Canadian English, else a4."""
    for name in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "letter" if value.startswith(("en_US", "en_CA", "es_US", "fr_CA")) else "a4"
    return "a4"


class PdfWriter(Writer):
    """Writes a Document as a .pdf report."""

    name = "pdf"
    suffix = ".pdf"
    cost = 3.0  # a page costs about three times a slide

    @classmethod
    def options(cls, settings: dict, audience) -> dict:
        """The paper: the build's, else the locale's."""
        return {"paper": settings.get("paper") or default_paper()}

    def __init__(self, paper: str = "a4", tagged: bool | None = None):
        self.paper = PAPERS[paper]
        # tagged (PDF/UA-1, PDF/A-2U) unless turned off, which only the benchmark does
        self.tagged = os.environ.get("BRIEFING_PDF_UNTAGGED") != "1" if tagged is None else tagged

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The report as bytes; the same Document and epoch give the same bytes."""
        _register()
        self.doc, self.theme = doc, doc.theme
        self.link_color = readable(doc.theme.accent, "FFFFFF")  # links on the page, at AA contrast
        self.figure_no = 0
        self.ts_entries, self.ts_pages = {}, {}
        self.styles = self._styles()
        self.tagger = Tagger(doc.lang) if self.tagged else None
        buffer = io.BytesIO()
        width, height = self.paper
        margin = 20 * mm
        pdf = _Doc(buffer, self, pagesize=self.paper, leftMargin=margin, rightMargin=margin, topMargin=margin + 6 * mm,
                   bottomMargin=margin, title=doc.title, author=doc.author, subject=doc.subject,
                   keywords=", ".join(doc.keywords), lang=doc.lang, invariant=1, creator="briefing",
                   producer="briefing (reportlab)",
                   initialFontName="Body", initialFontSize=11)  # else every page references Helvetica
        frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin - 6 * mm, id="body")
        pdf.addPageTemplates([
            PageTemplate("cover", [frame]),
            PageTemplate("body", [frame], onPageEnd=self._paginated_header),
        ])
        self.pdf = pdf
        self.frame_width = width - 2 * margin
        story = self._story(doc)
        # The contents start with every entry they will have (pages unknown yet), so the first
        # pass already lays out the pages as the last will: two passes instead of three.
        if self.tagger:  # before _bookmarks, which makes each list lay out its items
            self.tagger.tag_story(story)
        self.toc._entries = [(f.level, markup(_clip(f.title, TOC_CHARS)), 0, f.key) for f in _bookmarks(story)]
        pdf.multiBuild(story, canvasmaker=_numbered_canvas(self))
        if not self.tagger:
            return _fix_dates(buffer.getvalue(), epoch)
        from .pdf_archive import finish

        # the laid-out story is garbage now: free it (build pauses the cycle collector) before
        # the structure tree is written, so that the two never take memory at once
        data, story, pdf, self.pdf, self.toc = buffer.getvalue(), None, None, None, None
        gc.collect()
        return finish(data, self.tagger, {
            "title": doc.title, "author": doc.author, "subject": doc.subject, "keywords": ", ".join(doc.keywords),
            "lang": doc.lang, "creator": "briefing", "producer": "briefing (reportlab)"}, epoch)

    # -- page furniture ------------------------------------------------------------------
    def _paginated_header(self, canv, pdf):
        with pagination(canv, "Header"):
            self._header(canv, pdf)

    def _header(self, canv, pdf):
        width, height = self.paper
        canv.saveState()
        canv.setFont("Body", 9)
        canv.setFillColor(colors.HexColor("#" + self.theme.muted))
        room = width - pdf.leftMargin - pdf.rightMargin
        used = _line(canv, width - pdf.rightMargin, height - 14 * mm, _clip(pdf.page_section, 50), self.theme.muted,
                     right=True, room=room / 2) if pdf.page_section else 0
        _line(canv, pdf.leftMargin, height - 14 * mm, _clip(self.doc.title, 70), self.theme.muted,
              room=room - used - 18)
        canv.setStrokeColor(colors.HexColor("#" + self.theme.accent))
        canv.line(pdf.leftMargin, height - 15.5 * mm, width - pdf.rightMargin, height - 15.5 * mm)
        canv.restoreState()

    def footer(self, canv, total):
        """Draw 'page X of Y' (called once the page count is known)."""
        if canv.getPageNumber() == 1:
            return
        width, _ = self.paper
        canv.saveState()
        canv.setFont("Body", 9)
        canv.setFillColor(colors.HexColor("#" + self.theme.muted))
        canv.drawCentredString(width / 2, 10 * mm, f"Page {canv.getPageNumber()} of {total}")
        _line(canv, 20 * mm, 10 * mm, _clip(f"{self.doc.audience_label or self.doc.audience} briefing", 40),
              self.theme.muted)
        canv.restoreState()

    # -- styles --------------------------------------------------------------------------
    def _styles(self) -> dict:
        t = self.theme
        base = ParagraphStyle("body", fontName="Body", fontSize=11, leading=15, textColor=colors.HexColor("#" + t.text),
                              spaceAfter=4, splitLongWords=1)
        return {
            "body": base,
            "cover": ParagraphStyle("cover", base, fontName="Body-Bold", fontSize=28, leading=34,
                                    textColor=colors.HexColor("#" + t.primary), spaceAfter=12),
            "coversub": ParagraphStyle("coversub", base, fontSize=15, leading=20, spaceAfter=16),
            "h1": ParagraphStyle("h1", base, fontName="Body-Bold", fontSize=18, leading=23, spaceBefore=10,
                                 spaceAfter=6, textColor=colors.HexColor("#" + t.primary), keepWithNext=1),
            "h2": ParagraphStyle("h2", base, fontName="Body-Bold", fontSize=13, leading=17, spaceBefore=8,
                                 spaceAfter=4, textColor=colors.HexColor("#" + t.primary), keepWithNext=1),
            "meta": ParagraphStyle("meta", base, fontSize=10, leading=13, textColor=colors.HexColor("#" + t.muted)),
            "caption": ParagraphStyle("caption", base, fontSize=9.5, leading=12, alignment=TA_CENTER,
                                      textColor=colors.HexColor("#" + t.muted), spaceAfter=10),
            "cell": ParagraphStyle("cell", base, fontSize=10, leading=13, spaceAfter=0),
            "head": ParagraphStyle("head", base, fontName="Body-Bold", fontSize=10, leading=13, spaceAfter=0,
                                   textColor=colors.white),
            "big": ParagraphStyle("big", base, fontName="Body-Bold", fontSize=26, leading=30, alignment=TA_CENTER,
                                  textColor=colors.HexColor("#" + t.accent)),
            "biglabel": ParagraphStyle("biglabel", base, fontSize=10, leading=13, alignment=TA_CENTER),
            "quote": ParagraphStyle("quote", base, fontSize=12, leading=17, leftIndent=14,
                                    borderColor=colors.HexColor("#" + t.accent), borderPadding=(0, 0, 0, 8)),
        }

    # -- story ---------------------------------------------------------------------------
    def _story(self, doc: Document) -> list:
        st = self.styles
        story = []
        if self.theme.logo:
            from reportlab.lib.utils import ImageReader
            from reportlab.platypus import Image

            from ..images import read_image

            logo = read_image(self.theme.logo)  # read as every input is: a regular file, capped
            px_w, px_h = ImageReader(io.BytesIO(logo)).getSize()
            scale = min(140 / px_w, 70 / px_h)
            story += [Image(io.BytesIO(logo), px_w * scale, px_h * scale, hAlign="LEFT"), Spacer(1, 18)]
        story.append(_Para(markup(doc.title), st["cover"]))
        if doc.subtitle:
            story.append(_Para(markup(doc.subtitle), st["coversub"]))
        for sp in doc.speakers:
            story.append(_Para(markup_parts([(sp.name, True)] + ([(", " + sp.role, False)] if sp.role else [])), st["body"]))
        story.append(Spacer(1, 10))
        if doc.date:
            story.append(_Para(f"Published {markup(doc.date)}", st["meta"]))
        for src in doc.sources:
            story.append(_Para(markup(src.name) + (f": {link(src.url, src.url, self.link_color)}" if src.url else ""), st["meta"]))
        story.append(Spacer(1, 14))
        story.append(_Para(f"Prepared for: <b>{markup(doc.audience_label or doc.audience)}</b> audience", st["coversub"]))
        story += [NextPageTemplate("body"), PageBreak()]
        toc = self.toc = TaggedContents(dotsMinLevel=0)
        toc.tableStyle = _table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        toc.levelStyles = [ParagraphStyle("toc0", st["body"], fontSize=11, leading=15, leftIndent=0, firstLineIndent=0),
                           ParagraphStyle("toc1", st["body"], fontSize=10, leading=13, leftIndent=14, firstLineIndent=0)]
        story += [_Para("Contents", st["h1"]), toc, PageBreak()]
        current_topic = None
        body = doc.handout_slides()
        for i, slide in enumerate(body):
            if slide.topic and slide.topic == current_topic:
                story += self._block(slide, level=1, key=f"s{i}")
                continue
            current_topic = slide.topic or None
            story += self._block(slide, level=0, key=f"s{i}")
        story += [PageBreak(), _Bookmark("Appendix A: timestamp index", 0, "ts-index"),
                  _Para("Appendix A: timestamp index", st["h1"]),
                  _Para("Every timestamp reference in this report, in the order of the episode, with the page "
                        "it is on and a link into each source.", st["body"]), _TimestampIndex(self)]
        story += [CondPageBreak(120), _Bookmark("Appendix B: sources", 0, "sources"),
                  _Para("Appendix B: sources", st["h1"]),
                  _Para("Every timestamp in this report links into these sources.", st["body"])]
        for src in doc.sources:
            story.append(_Para(f"<b>{markup(src.name)}</b>" + (f": {link(src.url, src.url, self.link_color)}"
                                                              if src.url else ""), st["body"]))
        return story

    def _heading(self, title: str, at: TimeRef | None, level: int, key: str) -> list:
        text = markup(title)
        if at:  # the time reference is one unbreakable unit, bound to the title's last word
            text += NBSP * 2 + self._time_links(at)
        style = self.styles["h1" if level == 0 else "h2"]
        return [CondPageBreak(60 if level == 0 else 40), _Bookmark(title, level, key), self._para(text, style, at, title)]

    def _para(self, text: str, style, at: TimeRef | None, context: str) -> Paragraph:
        """A paragraph; one holding a timestamp is listed, with its page, in the timestamp index."""
        if at is None:
            return _Para(text, style)
        key = len(self.ts_entries)
        self.ts_entries[key] = (at, context)
        return _Marked(text, style, self.ts_pages, [key])

    def _time_links(self, at: TimeRef) -> str:
        if not at.links:
            return f'<font size="10">{markup(at.label)}</font>'
        parts = [link(label.replace(" ", NBSP), url, self.link_color) for label, url in at.labelled_links()]
        return f'<font size="10">{markup("▶")}{NBSP}{f"{NBSP}·{NBSP}".join(parts)}</font>'

    def _block(self, slide: Slide, level: int, key: str) -> list:
        title = slide.title
        out = self._heading(title, slide.at, level, key)
        st = self.styles
        if slide.subtitle and slide.layout != "two_column":
            out.append(_Para(markup(slide.subtitle), st["body"]))
        if slide.layout in ("bullets", "sources", "agenda"):
            out += self._boxed(slide.bullets) if slide.role == "summary" else [self._bullets(slide.points())]
        elif slide.layout == "two_column":
            if slide.subtitle:
                out.append(_Para(markup(slide.subtitle), st["body"]))
            for col in slide.columns:
                out.append(_Para(f"<b>{markup(col.title)}</b>", st["body"]))
                out.append(self._bullets(col.bullets))
        elif slide.layout == "big_number":
            out.append(self._figures(slide.figures))
        elif slide.layout in ("chart", "timeline") and slide.chart:
            out = out[:1] + [KeepTogether(out[1:] + self._figure(slide.chart))]
        elif slide.layout == "table" and slide.table:
            out.append(self._table(slide.table))
        elif slide.layout == "quote":
            for para in slide.text.split("\n"):
                out.append(_Para(f"<i>{markup(para)}</i>", st["quote"]))
            if slide.attribution:
                out.append(_Para("— " + markup(slide.attribution), st["meta"]))
        elif slide.text:
            out.append(_Para(markup(slide.text), st["body"]))
        return out

    def _figures(self, figures) -> Table:
        """Big numbers three to a row, each over its label; a long value or label goes on in the next row."""
        n = max(1, min(len(figures), 3))
        width = self.frame_width / n
        data = []
        for i in range(0, len(figures), 3):
            group = figures[i:i + 3]
            for style, texts in ((self.styles["big"], [f.value for f in group]),
                                 (self.styles["biglabel"], [f.label for f in group])):
                inner = [width - 2 * CELL_PADDING - 2] * len(group)
                for row in split_row(texts, inner, style.fontSize, style.fontName.endswith("Bold"),
                                     int(ROW_HEIGHT // style.leading)):
                    data.append([_Para(markup(t), style) for t in row])
        return Table(data, colWidths=[width] * n, style=_table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def _bullets(self, bullets: list[Bullet], depth: int = 0):
        items = []
        for b in bullets:
            text = link(b.text, b.url, self.theme.accent) if b.url else markup(b.text)
            if b.at:
                text += " " + self._time_links(b.at)
            flow = [self._para(text, self.styles["body"], b.at, b.text)]
            if b.children:
                flow.append(self._bullets(b.children, depth + 1))
            items.append(ListItem(flow, leftIndent=14 + 4 * depth))
        return ListFlowable(items, bulletType="bullet", start=["•", "–", "◦"][min(depth, 2)], leftIndent=14,
                            bulletFontName="Body", bulletFontSize=9)

    def _boxed(self, bullets: list[Bullet]) -> list:
        """The bullets on a shaded, framed background that goes on over as many pages as they need
        (a table cell cannot split: 12 takeaways, or one of 20,000 characters, did not fit a page)."""
        accent = colors.HexColor("#" + self.theme.accent)
        return [FrameBG(color=colors.HexColor("#F5F5F5"), strokeColor=accent, strokeWidth=1.2), Spacer(1, 6),
                Indenter(10, 10), self._bullets(bullets), Indenter(-10, -10), FrameBG(start=False), Spacer(1, 6)]

    def _table(self, table):
        st = self.styles
        widths = column_widths(table.column_shares(), self.frame_width, MIN_COLUMN)
        # a row longer than half a page is cut between lines into rows that each fit (reportlab
        # splits a tall row itself, but wraps its rest again on every page: hours for 20,000 characters)
        inner = [w - 2 * CELL_PADDING - 2 for w in widths]
        lines = int(ROW_HEIGHT // st["cell"].leading)
        head = split_row(table.columns, inner, st["head"].fontSize, True, lines // 2)  # repeated if it is one row
        rows = [part for row in table.rows for part in split_row(row, inner, st["cell"].fontSize, False, lines)]
        data = [[_Para(markup(c), st["head"]) for c in row] for row in head]
        data += [[_Para(markup(c), st["cell"]) for c in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1 if len(head) == 1 else 0, splitInRow=1)
        t.setStyle(_table_style([
            ("BACKGROUND", (0, 0), (-1, len(head) - 1), colors.HexColor("#" + self.theme.primary)),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, len(head)), (-1, -1), [colors.white, colors.HexColor("#F3F3F3")]),
        ]))
        return t

    # -- charts --------------------------------------------------------------------------
    def _figure(self, spec: ChartSpec) -> list:
        self.figure_no += 1
        drawing = self._drawing(spec)
        caption = figure_label(self.figure_no, spec) + (f". {spec.caption}" if spec.caption else "")
        return [drawing, _Para(markup(caption), self.styles["caption"])]

    def _drawing(self, spec: ChartSpec) -> Drawing:
        width = self.frame_width - 12  # the frame's own padding
        palette = [colors.HexColor("#" + c) for c in self.theme.palette]
        ink = colors.HexColor("#" + readable(self.theme.text, "FFFFFF"))
        n = len(spec.categories)
        if spec.kind in ("pie", "doughnut"):
            d = _Chart(width, 200)
            if not any(spec.series[0].values):  # content refuses this; a user's template may still write it
                d.add(String(width / 2, 100, "No data: every value is 0", fontName="Body", fontSize=11,
                             textAnchor="middle"))
                return _described(d, spec)
            chart = Doughnut() if spec.kind == "doughnut" else Pie()
            chart.x, chart.y, chart.width, chart.height = width / 2 - 80, 20, 160, 160
            chart.sideLabels = 1
            chart.data = spec.series[0].values
            chart.labels = [f"{c}: {lab}" for c, lab in zip(spec.categories, spec.series[0].labels)]
            chart.slices.fontName = _font_covering(chart.labels)
            chart.slices.fontSize = 9
            chart.slices.fontColor = ink  # labels sit beside the ring, on the page
            for i in range(n):
                chart.slices[i].fillColor = palette[i % len(palette)]
                chart.slices[i].strokeColor = colors.white
            d.add(chart)
            return _described(d, spec)
        horizontal = spec.kind in ("bar", "timeline")
        ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
        label_w = min(180, 12 + max(_width(c, 8.5) for c in spec.categories)) if horizontal else 0
        height = min(80 + n * 24 * len(spec.series), 480) if horizontal else 240  # a page holds it and its caption
        d = _Chart(width, height)
        if spec.kind == "line":
            chart = HorizontalLineChart()
        else:
            chart = HorizontalBarChart() if horizontal else VerticalBarChart()
        chart.x, chart.y = 10 + label_w, 36
        chart.width, chart.height = width - label_w - 40, height - 56
        data, labels = [], []
        for s in spec.series:
            if ranged:
                data.append([lo if lo is not None else 0 for lo in s.low])
                data.append([(hi - lo) if lo is not None else v for v, lo, hi in zip(s.values, s.low, s.high)])
                labels += [[""] * n, list(s.labels)]
            else:
                data.append(list(s.values))
                labels.append(list(s.labels))
        chart.data = data
        mixed = _font_covering(spec.categories, whole=True) is None
        # labels no single font can draw (Chinese with Latin) are drawn here, a run per font
        chart.categoryAxis.categoryNames = [""] * n if mixed else list(spec.categories)
        chart.categoryAxis.labels.fontName = _font_covering(spec.categories)
        chart.valueAxis.labels.fontName = "Body"
        chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8.5
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labelTextFormat = lambda v: f"{v:,.2f}".rstrip("0").rstrip(".")
        top = max((v for s in spec.series for v in (*s.values, *(h for h in s.high if h is not None))), default=0)
        if spec.kind != "timeline" and top > 0:  # a round end above the data: no bar touches the edge
            chart.valueAxis.valueMax, chart.valueAxis.valueStep = value_axis(top)
        if spec.kind == "timeline":  # minutes on the clock the labels use
            end = max(hi for s in spec.series for hi in s.high if hi is not None)
            chart.valueAxis.valueStep = time_step(end)
            chart.valueAxis.valueMax = -(-end // chart.valueAxis.valueStep) * chart.valueAxis.valueStep
            chart.valueAxis.labelTextFormat = clock
        if horizontal:
            chart.categoryAxis.reverseDirection = 1
            chart.categoryAxis.labels.boxAnchor = "e"
        if spec.kind != "line":
            if ranged:
                chart.categoryAxis.style = "stacked"
            for i in range(len(data)):
                hidden = ranged and i % 2 == 0
                chart.bars[i].fillColor = colors.transparent if hidden else palette[(i // (2 if ranged else 1)) % len(palette)]
                chart.bars[i].strokeColor = None
            chart.barLabelFormat = "values"
            chart.barLabelArray = labels
            chart.barLabels.fontName = _font_covering([label for row in labels for label in row])
            chart.barLabels.fontSize = 8
            chart.barLabels.fillColor = ink  # labels sit beyond their bars, on the page
            chart.barLabels.boxAnchor = "w" if horizontal else "s"
            chart.barLabels.dx = 3 if horizontal else 0
            chart.barLabels.dy = 0 if horizontal else 2
        else:
            for i in range(len(data)):
                chart.lines[i].strokeColor = palette[i % len(palette)]
        d.add(chart)
        if mixed:
            for i, name in enumerate(spec.categories):
                if horizontal:  # right-aligned beside each bar, first category on top
                    _runs(d, chart.x - 5, chart.y + chart.height * (1 - (i + 0.5) / n) - 3, name, 8.5, "end")
                else:  # centred under each column or point
                    _runs(d, chart.x + chart.width * (i + 0.5) / n, chart.y - 12, name, 8.5, "middle")
        if spec.unit:
            d.add(String(chart.x + chart.width / 2, 4, spec.unit, fontName=_font_covering([spec.unit]), fontSize=9,
                         textAnchor="middle"))
        return _described(d, spec)


def _font_covering(texts, whole: bool = False) -> str | None:
    """The embedded font that has every character of ``texts`` (else the one that has most, or
    None when ``whole``): chart labels are drawn in one font each."""
    coverage = _register()
    chars = {ord(ch) for text in texts for ch in text if not ch.isspace()}
    best = max(("Body", "Wide", "CJK"), key=lambda face: (len(chars & coverage[face]), face == "Body"))
    if whole and not chars <= coverage[best]:
        return None
    return _use(best) if best != "Body" else "Body"


def _pieces(text: str) -> list:
    """``text`` as [font, run] pieces, each run in a font that has its characters."""
    coverage, pieces, face = _register(), [], None
    for ch in text:
        f = _face_for(ch, coverage) or "Body"
        if pieces and f == face:
            pieces[-1][1] += ch
        else:
            pieces.append([_use(f) if f != "Body" else f, ch])
        face = f
    return pieces


def _width(text: str, size: float, pieces: list | None = None) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in pieces or _pieces(text))


def _runs(d: Drawing, x: float, y: float, text: str, size: float, anchor: str) -> None:
    """``text`` drawn as runs of the fonts that have its characters (anchor: end or middle)."""
    pieces = _pieces(text)
    width = _width(text, size, pieces)
    start = x - width if anchor == "end" else x - width / 2
    for font, piece in pieces:
        d.add(String(start, y, piece, fontName=font, fontSize=size))
        start += pdfmetrics.stringWidth(piece, font, size)


def _table_style(commands: list) -> TableStyle:
    """A table style whose cells use the embedded font (reportlab's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), "Body")] + commands)


class _Chart(Tagged, Drawing):
    """A chart: a Figure in the structure, its alternative text made from its data."""


def _described(d: Drawing, spec: ChartSpec) -> Drawing:
    d.hAlign = "CENTER"
    d.initialFontName = "Body"  # else reportlab's default (Helvetica, not embedded) is referenced
    d.__dict__["_alt"] = spec.alt_text
    return d


def _line(canv, x: float, y: float, text: str, color: str, right: bool = False, room: float = 400) -> float:
    """One line of running header or footer at 9 pt, shortened to ``room`` points; its width.
    Drawn directly when the body font has every glyph, else as a paragraph, so a title in
    Chinese or Arabic shows in its own font."""
    text = _fit(text, 9, room)
    coverage = _register()["Body"]
    if all(ord(ch) in coverage or ch.isspace() for ch in text):
        (canv.drawRightString if right else canv.drawString)(x, y, text)
        return pdfmetrics.stringWidth(text, "Body", 9)
    para = _Para(markup(text), _furniture_style(color))
    w, _ = para.wrap(room * 1.5, 20)  # (shaping may make it a little wider than measured: still one line)
    width = max(para.getActualLineWidths0() or [w])
    para.drawOn(canv, x - width if right else x, y - 2)
    return width


def _fit(text: str, size: float, room: float) -> str:
    """``text``, or as much of it as fits ``room`` points at ``size`` followed by "…"."""
    text = _clip(text, int(room / size * 4))  # no glyph is narrower than a quarter of the size
    if _width(text, size) <= room:
        return text
    used, end = pdfmetrics.stringWidth("…", "Body", size), 0
    for font, piece in _pieces(text):
        for ch in piece:
            used += pdfmetrics.stringWidth(ch, font, size)
            if used > room:
                return text[:end].rstrip() + "…"
            end += 1
    return text


@cache
def _furniture_style(color: str) -> ParagraphStyle:
    return ParagraphStyle("furniture", fontName="Body", fontSize=9, leading=11, textColor=colors.HexColor("#" + color))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _fix_dates(data: bytes, epoch: int | None) -> bytes:
    """Invariant mode writes a fixed date; replace it with SOURCE_DATE_EPOCH's when set."""
    if not epoch:
        return data
    import time
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch)).encode()
    old = b"20000101000000"
    return data.replace(b"D:" + old, b"D:" + stamp) if len(stamp) == len(old) else data
