"""PptxWriter: the Document as a 16:9 PowerPoint deck with native charts.

Every text box is measured with Calibri's metrics (via Carlito) and fitted: a smaller size
down to a readable floor, then continuation slides. Nothing relies on autofit.

The deck starts from python-pptx's default deck and notes master (read as files); the package is written
by package.py and the charts by charts/; pagination (the overflow policy) is in pages.py, the type scale
in scale.py, each slide kind's measuring and drawing in slides/, the DrawingML primitives in drawingml.py
(one ``DrawingML`` per deck, which the writer holds and hands to each kind's ``draw``). Slides and notes
are XML text, one part each: python-pptx's object API costs about a millisecond a shape and scans every
slide for each new one (a 2,000-slide deck took 20 s with it; it takes about 1.5 s this way, without
importing it).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from ...document import Document, Slide
from ...errors import BriefingError, Problem
from ...inline import plain
from ..common import Para
from ..measure import measuring
from ...scripts import has_east_asian
from ...words import fill
from ..common import xml_text as _esc
from .. import Writer
from . import OPTIONS
from .drawingml import DrawingML
from .slide_xml import SlideXml
from .east_asian import document_face, east_asian
from .geometry import H, MARGIN, TIME_H, TIME_Y, W
from .master import (DEFAULT_LAYOUTS, add_notes_master, check_template, find_layout, masters, open_template,
                     set_slide_list, set_slide_size, slide_layouts, slide_size, theme_from_master)
from .namespaces import CORE_RT, CP_NS, DC_NS, DCMITYPE_NS, DCTERMS_NS, RT, XSI_NS
from .opc_read import read_package
from .package import XML_HEAD, Part
from .pages import Pagination, deck_pages
from .titling import notes_title, titles
from .parts import ShownTitle
from .scale import DeckScale, choose_scale, choose_time_size
from .slides import slide_kind
from .theme import themed
from .timeline import GAP, SUBTITLE_SIZES, beside_subtitle
from .xml import CT_NOTES, CT_SLIDE, NOTES_HEAD, NOTES_TAIL, SLIDE_HEAD, SLIDE_TAIL


class PptxWriter(Writer):
    """Writes a Document as a .pptx deck."""

    name = "pptx"
    suffix = ".pptx"
    declares = OPTIONS

    @classmethod
    def options(cls, settings: dict, audience) -> dict:
        """The master: the build's (--pptx-template), else the audience's master.pptx, else the built-in one."""
        template = settings.get("pptx_template") or audience.master
        return {"template": str(template)} if template else {}

    @classmethod
    def check(cls, planned: list) -> list[Problem]:
        """Every master the build uses, with the layouts its documents name, opened and checked before
        anything is written; the warnings (what the masters drop), each once."""
        masters = {(options.get("template"), tuple(sorted(doc.theme.layouts.items()))) for options, doc in planned}
        missing = sorted({t for t, _ in masters if t and not os.path.lexists(t)})
        if missing:
            raise BriefingError([Problem("PowerPoint template not found", t) for t in missing])
        warnings = [w for template, layouts in sorted(masters, key=str) if template
                    for w in check_template(template, dict(layouts))]
        return list(dict.fromkeys(warnings))

    def __init__(self, template: str | Path | None = None):
        self.template = Path(template) if template else None

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The deck as bytes; the same Document and epoch give the same bytes."""
        self.doc, self.theme = doc, doc.theme
        if self.template:
            self.package = open_template(self.template)
            self.theme = theme_from_master(self.package, doc.theme)
            width, height = slide_size(self.package.main)
            self.k = height / 12700 / H
            self.W = width / 12700 / self.k
        else:
            self.package = read_package(_pptx_data("default.pptx"))
            self.k, self.W = 1.0, W
            set_slide_size(self.package.main, int(W * 12700), int(H * 12700))
            theme_part = masters(self.package)[0].rels.part("theme")
            theme_part.blob = themed(theme_part.blob, doc.theme, (document_face(doc.lang) or ("", ""))[1])
        with measuring(self.theme.heading_font, self.theme.body_font):
            return self._render(doc, epoch)

    def _render(self, doc: Document, epoch: int | None) -> bytes:
        self.pres = self.package.main
        names = {**DEFAULT_LAYOUTS, **self.theme.layouts}
        layouts = slide_layouts(self.package)
        self.layouts = {kind: find_layout(layouts, name, self.template) for kind, name in names.items()}
        self.notes_master = self.pres.rels.part("notesMaster") or add_notes_master(
            self.package, _pptx_data("notesMaster.xml"), _pptx_data("theme.xml"))
        self.slide_list: list[tuple[int, str]] = []
        self.said = ""  # the title the notes of the slide before said whole (said once for its continuations)
        shown = [slide for slide in doc.slides if slide.deck]
        scale = DeckScale()
        pagination = Pagination(self.W, doc.words, scale)
        choose_scale(shown, scale, lambda slides: len(deck_pages(pagination, slides)))
        pages = deck_pages(pagination, shown)
        scale.time_size = choose_time_size(pages, self.W)
        self.drawing = DrawingML(doc, self.theme, self.package, self.k, self.W, scale, self.template is not None)
        for number, ((slide, _, part), title) in enumerate(zip(pages, titles(pages, self.W, doc.words)), start=1):
            self._draw(slide, title, part, number, len(pages))
        set_slide_list(self.pres, self.slide_list)
        self._properties(doc, epoch)
        return self.package.to_bytes(epoch)

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, slide: Slide, shown: ShownTitle, part, number: int, total: int) -> None:
        """Deck slide ``number``: a cover drawn whole, else a content slide's title, rule, time and footer
        around its kind's body (``part``); its notes."""
        kind = slide_kind(slide.layout)
        s = self._add_slide(slide.layout if kind.cover else "content")
        title, size, text = shown
        d = self.drawing
        if kind.cover:
            tail, background = kind.cover(d, s, slide, size, text)
        else:
            tail, background = SLIDE_TAIL, ""
            d.title(s, slide, size, text, self.theme.primary, self.theme.accent)
            d.rect(s, 0, 0, s.width, 6, self.theme.accent)
            self._time_row(s, slide)
            kind.draw(d, s, slide, part)
            d.footer(s, number, total)
        s.part.blob = (SLIDE_HEAD.format(background=background) + "".join(s.shapes) + tail).encode("utf-8")
        # (notes are plain text, a link its text: the notes of a slide say its points as written, markup and all)
        whole = notes_title(shown, self.said, self.doc.words)
        self.said = whole or (self.said if text != title else "")
        notes = "\n".join(([fill(self.doc.words["notes_title"], title=whole)] if whole else [])
                          + ([plain(slide.notes)] if slide.notes else []))
        if notes:  # a title shortened to fit its box is whole in the notes (once for a slide and its continuations)
            self._notes(s, notes)

    def _time_row(self, s: SlideXml, slide: Slide) -> None:
        """The row under a content slide's title: its time line, and its subtitle after it where both
        fit on one line (timeline.beside_subtitle), else the time line alone; without a time, the subtitle."""
        d, row, muted = self.drawing, s.width - 2 * MARGIN, self.theme.muted
        line = beside_subtitle(slide.at, slide.subtitle, row, d.scale.time_size) if slide.at else None
        if slide.at:
            d.time_line(s, slide.at, TIME_Y, muted, width=line)
        if slide.subtitle and (line or not slide.at):
            x = MARGIN + (line + GAP if line else 0)
            d.text(s, [Para(slide.subtitle)], x, TIME_Y, MARGIN + row - x, TIME_H, SUBTITLE_SIZES, muted)

    def _add_slide(self, kind: str) -> SlideXml:
        """A new blank slide part, written as XML text when it is finished.

        python-pptx's add_slide scans every slide relationship and id for each new slide
        (O(n²) over a deck) and builds every shape through its object API (~1 ms a shape);
        a slide here is a part whose XML is written once.
        """
        part = self.package.new_part("/ppt/slides/slide%d.xml", CT_SLIDE)
        part.rels.add(RT + "slideLayout", self.layouts[kind])
        self.slide_list.append((256 + len(self.slide_list), self.pres.rels.add(RT + "slide", part)))
        return SlideXml(part, self.W, self.theme.background)

    def _notes(self, s: SlideXml, text: str) -> None:
        """A notes slide holding ``text`` (the notes master's image and body placeholders)."""
        paras = "".join(f"<a:p><a:r>{_notes_run_fonts(line, self.doc.lang)}<a:t>{_esc(line)}</a:t></a:r></a:p>"
                        for line in text.split("\n"))
        part = self.package.new_part("/ppt/notesSlides/notesSlide%d.xml", CT_NOTES,
                                     (NOTES_HEAD + paras + NOTES_TAIL).encode("utf-8"))
        part.rels.add(RT + "notesMaster", self.notes_master)
        part.rels.add(RT + "slide", s.part)
        s.part.rels.add(RT + "notesSlide", part)

    def _properties(self, doc: Document, epoch):
        """The deck's document properties (title, subject, author, keywords, language, dates)."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch or 0))
        dated = ' xsi:type="dcterms:W3CDTF"'
        fields = [("dc:title", doc.title), ("dc:subject", doc.subject), ("dc:creator", doc.author),
                  ("cp:keywords", ", ".join(doc.keywords)),
                  ("dc:description", fill(doc.words["deck_description"], audience=doc.audience_label or doc.audience)),
                  ("cp:lastModifiedBy", "briefing"), ("cp:revision", "1"), ("dc:language", doc.lang)]
        body = "".join(f"<{tag}>{_esc(value or '')}</{tag}>" for tag, value in fields)
        body += "".join(f"<{tag}{dated if tag.startswith('dcterms') else ''}>{stamp}</{tag}>"
                        for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"))
        xml = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="{CP_NS}" xmlns:dc="{DC_NS}" xmlns:dcterms="{DCTERMS_NS}" '
               f'xmlns:dcmitype="{DCMITYPE_NS}" xmlns:xsi="{XSI_NS}">'
               f'{body}</cp:coreProperties>').encode()
        part = self.package.rels.part(CORE_RT)
        if part is None:
            part = Part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            self.package.rels.add(CORE_RT, part)
        part.blob = xml


def _pptx_data(name: str) -> bytes:
    """A file of the deck's starting point: python-pptx 1.0.2's default deck, notes master and theme,
    shipped in ``data/`` (MIT licence beside them), so a deck needs no python-pptx at run time."""
    return (Path(__file__).resolve().parent / "data" / name).read_bytes()


def _notes_run_fonts(line: str, lang: str) -> str:
    """The run properties of a notes line with Chinese, Japanese or Korean letters (their language and
    typeface), else ''."""
    tag, face = east_asian(line, lang) if has_east_asian(line) else ("", "")
    return f'<a:rPr lang="{tag}"><a:ea typeface="{face}"/></a:rPr>' if tag else ""
