"""PdfWriter: the Document as a PDF report (reportlab platypus) with vector charts.

Cover, contents, bookmarks, running header and footer with "page X of Y", the summary
in a box, a section per topic, numbered figures: the story of flowables, laid out on the
pages of ``pages.Doc``. Each kind of section's content is its module's in ``sections``; fonts and
markup are ``fonts``'s, charts ``charts``'s.
"""
from __future__ import annotations

import gc
import io
import os
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Frame, FrameBG, Indenter, ListFlowable, ListItem,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer)

from ...contrast import readable
from ...document import Bullet, Document, Slide, TimeRef
from ...inline import plain
from ...scripts import is_rtl
from .. import Writer
from . import OPTIONS
from ..common import Para as Text
from .appendices import appendices
from .contents import TaggedContents, contents_pay
from .cover import cover_page
from .flowables import TOC_CHARS, Bookmark, Marked, Shaped, bookmarks, table_style
from .fonts import clip, link, markup, markup_runs, markup_text, register
from .furniture import running_header
from .keep import RoomFor
from .kept_measures import measuring
from .pages import COLLECT_PAGES, Doc, numbered_canvas
from .sections import section_kind
from .styles import paragraph_styles
from .tags import Tagger

PAPERS = {"a4": A4, "letter": LETTER}
NBSP = "\u00a0"

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
    declares = OPTIONS
    toc: TaggedContents | None  # the contents of the layout pass under way
    measuring = False  # whether the story under way is for the pass that draws nothing (the first)
    contents_shown: bool | None  # whether the report has a contents page (None: not decided before the first pass)
    laid_pages = 0  # the pages of the last layout pass

    @classmethod
    def options(cls, settings: dict, audience) -> dict:
        """The paper: the build's, else the locale's."""
        return {"paper": settings.get("paper") or default_paper()}

    @classmethod
    def prepare(cls) -> None:
        """The body fonts read, the archive's modules imported (pikepdf) and its sRGB profile made."""
        from .archive import srgb_profile

        register()
        srgb_profile()

    def __init__(self, paper: str = "a4", tagged: bool | None = None):
        self.paper = PAPERS[paper]
        # tagged (PDF/UA-1, PDF/A-2U) unless turned off, which only the benchmark does
        self.tagged = os.environ.get("BRIEFING_PDF_UNTAGGED") != "1" if tagged is None else tagged

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The report as bytes; the same Document and epoch give the same bytes."""
        register()
        self.doc, self.theme = doc, doc.theme
        self.link_color = readable(doc.theme.accent, "FFFFFF")  # links on the page, at AA contrast
        self.figure_no = 0
        self.ts_entries: dict[int, tuple[TimeRef, str]] = {}  # timestamp key -> (time, its context)
        self.ts_pages: dict[int, int] = {}  # timestamp key -> page (this layout pass's)
        self.styles = paragraph_styles(doc.theme)
        self.tagger = Tagger(doc.lang, doc.words) if self.tagged else None
        buffer = io.BytesIO()
        width, height = self.paper
        margin = 20 * mm
        pdf = Doc(buffer, self, pagesize=self.paper, leftMargin=margin, rightMargin=margin, topMargin=margin + 6 * mm,
                  bottomMargin=margin, title=doc.title, author=doc.author, subject=doc.subject,
                  keywords=", ".join(doc.keywords), lang=doc.lang, invariant=1, creator="briefing",
                  producer="briefing (reportlab)",
                  initialFontName="Body", initialFontSize=11)  # else every page references Helvetica
        frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin - 6 * mm, id="body")
        pdf.addPageTemplates([
            PageTemplate("cover", [frame]),
            PageTemplate("body", [frame], onPageEnd=partial(running_header, self)),
        ])
        self.frame_width = width - 2 * margin
        self.toc, self.contents_shown = None, None
        pdf.multiBuild(self._pass_story, canvasmaker=numbered_canvas(self))
        if not self.tagger:
            return _fix_dates(buffer.getvalue(), epoch)
        from .archive import finish

        # what the layout left is garbage now: free it (build pauses the cycle collector) before
        # the structure tree is written, so that the two never take memory at once; a short
        # report's is small, and a full collection would cost it a tenth of its time
        data, pages = buffer.getvalue(), pdf.page
        buffer.close()  # (a second copy of the file)
        del pdf, self.toc
        if pages >= COLLECT_PAGES:
            gc.collect()
        return finish(data, self.tagger, {
            "title": doc.title, "author": doc.author, "subject": doc.subject, "keywords": ", ".join(doc.keywords),
            "lang": doc.lang, "creator": "briefing", "producer": "briefing (reportlab)"}, epoch)

    # -- story ---------------------------------------------------------------------------
    def _pass_story(self) -> list:
        """The story of one layout pass, made afresh (see ``Doc.multiBuild``) and tagged; its
        contents have the entries of the pass before. The first pass's contents start with every
        entry they will have (pages unknown yet), so it lays out the pages as the last will: two
        passes instead of three. The first pass only measures (``Doc.beforeDocument``: it draws nothing)."""
        self.figure_no = 0
        self.measuring = self.toc is None
        measuring(self.measuring)  # (its paragraphs measured before are not read: kept_measures)
        if self.toc is not None and self.contents_shown is None:  # (decided once, after the measuring pass)
            self.contents_shown = contents_pay(self.toc._entries, self.laid_pages)
        self.ts_entries.clear()
        toc = self._contents()
        story = self._story(self.doc, toc)
        if self.tagger:  # before bookmarks(), which makes each list lay out its items
            self.tagger.tag(story)
        toc._entries = (self.toc._entries if self.toc is not None else
                        [(f.level, markup(clip(f.title, TOC_CHARS)), 0, f.key) for f in bookmarks(story)])
        self.toc = toc
        return story

    def _contents(self) -> TaggedContents:
        """The contents (no entries yet), in the body's type."""
        st = self.styles
        toc = TaggedContents()
        toc.tableStyle = table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        toc.levelStyles = [ParagraphStyle("toc0", st["body"], fontSize=11, leading=15, leftIndent=0, firstLineIndent=0),
                           ParagraphStyle("toc1", st["body"], fontSize=10, leading=13, leftIndent=14, firstLineIndent=0)]
        return toc

    def _story(self, doc: Document, toc: TaggedContents) -> list:
        """The cover, the contents, a section per handout slide (a topic's later slides one level down), the appendices."""
        st, words = self.styles, doc.words
        story = cover_page(self, doc) + [NextPageTemplate("body")]
        if self.contents_shown is False:  # a short report: the body follows the cover's title on its page
            story.append(Spacer(1, 18))
        else:  # (the measuring pass lays them out too: it finds how long the body runs)
            story += [PageBreak(), Shaped(markup(words["contents"]), st["h1"]), toc, PageBreak()]
        current_topic = None
        body = doc.handout_slides()
        for i, slide in enumerate(body):
            if slide.topic and slide.topic == current_topic:
                story += self._block(slide, level=1, key=f"s{i}")
                continue
            current_topic = slide.topic or None
            story += self._block(slide, level=0, key=f"s{i}")
        return story + appendices(self, doc)

    def _heading(self, title: str, at: TimeRef | None, level: int, key: str, kicker: str = "") -> list:
        """A section's heading (with its time), and its kicker in small type above it; the contents and
        bookmarks name the section by its kicker (what it is about), the page states its point."""
        text = markup(title)
        if at:  # the time reference is one unbreakable unit, bound to the title's last word
            text += NBSP * 2 + self._time_links(at)
        above = [Shaped(markup(kicker), self.styles["kicker"])] if kicker.strip() else []
        # (the kicker stands in for the heading's space above)
        style = self.styles[("h1" if level == 0 else "h2") + ("-kicked" if above else "")]
        name = kicker.strip() or title  # what the contents, the bookmarks and the timestamp index call it
        heading = self._para(text, style, at, name)
        return [RoomFor([*above, heading]), Bookmark(name, level, key), *above, heading]  # (keep.py)

    def _para(self, text: str, style, at: TimeRef | None, context: str) -> Paragraph:
        """A paragraph; one holding a timestamp is listed, with its page, in the timestamp index."""
        if at is None:
            return Shaped(text, style)
        key = len(self.ts_entries)
        self.ts_entries[key] = (at, context)
        return Marked(text, style, self.ts_pages, [key])

    def _time_links(self, at: TimeRef) -> str:
        if not at.links:
            return f'<font size="10">{markup(at.label)}</font>'
        parts = [link(label.replace(" ", NBSP), url, self.link_color) for label, url in at.labelled_links()]
        return f'<font size="10">{markup("▶")}{NBSP}{f"{NBSP}·{NBSP}".join(parts)}</font>'

    def _block(self, slide: Slide, level: int, key: str) -> list:
        """A slide as a section: its heading (and subtitle), then its content as its kind sets it."""
        out = self._heading(slide.title, slide.at, level, key, slide.kicker)
        if slide.subtitle:
            out.append(Shaped(markup(slide.subtitle), self.styles["body"]))
        return section_kind(slide.layout).body(self, slide, out)

    def _bullets(self, bullets: list[Bullet], depth: int = 0):
        items = []
        for b in bullets:
            words = plain(b.text)
            text = link(words, b.url, self.theme.accent) if b.url else markup_text(b.text, self.link_color)
            if b.at:
                text += " " + self._time_links(b.at)
            flow = [self._para(text, self.styles["body"], b.at, words)]
            if b.children:
                flow.append(self._bullets(b.children, depth + 1))
            if is_rtl(words):  # its bullet at the right, where the line starts (the text is aligned there)
                items.append(ListItem(flow, leftIndent=0, rightIndent=19 + 4 * depth, bulletDir="rtl"))
            else:
                items.append(ListItem(flow, leftIndent=14 + 4 * depth))
        return ListFlowable(items, bulletType="bullet", start=["•", "–", "◦"][min(depth, 2)], leftIndent=14,
                            bulletFontName="Body", bulletFontSize=9)

    def _boxed(self, bullets: list[Bullet]) -> list:
        """The bullets on a shaded, framed background that goes on over as many pages as they need
        (a table cell cannot split: 12 takeaways, or one of 20,000 characters, did not fit a page)."""
        accent = colors.HexColor("#" + self.theme.accent)
        return [FrameBG(color=colors.HexColor("#F5F5F5"), strokeColor=accent, strokeWidth=1.2), Spacer(1, 6),
                Indenter(10, 10), self._bullets(bullets), Indenter(-10, -10), FrameBG(start=False), Spacer(1, 6)]

    def _rich(self, text: Text) -> str:
        """A measured piece of content text (a table cell, a figure's label) as paragraph markup."""
        return markup_runs(text.runs, self.link_color) if text.runs else markup(text.text)


def _fix_dates(data: bytes, epoch: int | None) -> bytes:
    """Invariant mode writes a fixed date; replace it with SOURCE_DATE_EPOCH's when set."""
    if not epoch:
        return data
    import time
    stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(epoch)).encode()
    old = b"20000101000000"
    return data.replace(b"D:" + old, b"D:" + stamp) if len(stamp) == len(old) else data
