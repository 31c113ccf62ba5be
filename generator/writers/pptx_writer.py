"""PptxWriter: the Document as a 16:9 PowerPoint deck with native charts.

Every text box is measured with Calibri's metrics (via Carlito) and fitted: a smaller size
down to a readable floor, then continuation slides. Nothing relies on autofit.

The deck starts from python-pptx's default deck and notes master (read as files); the package
is written by opc.py and the charts by pptx_chart.py. Slides and notes are XML text, one part
each: python-pptx's object API costs about a millisecond a shape and scans every slide for each
new one (a 2,000-slide deck took 20 s with it; it takes about 1.5 s this way, without importing it).
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from xml.etree import ElementTree

from ..document import Bullet, ChartSpec, Document, Slide
from ..errors import BriefingError, Problem
from ..fit import INDENT, SPACE_BEFORE, Para, fit_or_paginate, fit_size, fits, paginate, para_height
from ..images import image_size
from ..measure import LINE_HEIGHT, line_spans, measuring, text_width, wrap
from .common import column_widths, split_row, unique_titles, xml_attr as _attr, xml_text as _esc
from .opc import CORE_RT, RT, XML_HEAD, Package, Part
from .pptx_chart import chart_parts

W, H = 960.0, 540.0  # slide size in points (13.333 x 7.5 in, 16:9)
MARGIN = 40.0
TITLE_Y, TITLE_H = 22.0, 72.0
TIME_Y, TIME_H = 94.0, 22.0
BODY_Y, BODY_H = 122.0, 378.0
FOOT_Y, FOOT_H = 510.0, 20.0
INSET = 4.0
SAFETY = 0.96  # measure against slightly narrower boxes than drawn
BODY_SIZES = (24, 22, 20, 18, 16, 14)
TABLE_SIZES = (20, 18, 16, 14, 12)
MIN_COLUMN = 60.0  # points: no table column is narrower (unless 12 of them cannot be this wide)
CELL_MARGIN = 7.0  # points left and right inside a table cell
TITLE_SIZES = (32, 30, 28, 26, 24, 22, 20)
BULLET_CHARS = ("•", "–", "◦")
EA_FONT, CS_FONT = "Microsoft YaHei", "Arial"  # the East Asian and complex-script slots
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uf900-\uffef]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="{P_NS}" xmlns:r="{R_NS}"')
CT = "application/vnd.openxmlformats-officedocument."
CT_SLIDE, CT_NOTES, CT_CHART = CT + "presentationml.slide+xml", CT + "presentationml.notesSlide+xml", CT + "drawingml.chart+xml"
CT_XLSX = CT + "spreadsheetml.sheet"
_GROUP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
          '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
SLIDE_HEAD = f"{XML_HEAD}<p:sld {NS}><p:cSld><p:spTree>{_GROUP}"
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
NOTES_HEAD = (f"{XML_HEAD}<p:notes {NS}><p:cSld><p:spTree>{_GROUP}"
              '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" '
              'noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
              '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
              '<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>')
NOTES_TAIL = "</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # Medium Style 2 - Accent 1, PowerPoint's default
CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def _at(ref) -> tuple[str, str]:
    """A time reference as (label, link) for a paragraph, or two empty strings."""
    return (ref.label, ref.url or "") if ref else ("", "")


def _flatten(bullets: list[Bullet], level: int = 0) -> list[Para]:
    paras = []
    for b in bullets:
        paras.append(Para(b.text, min(level, 2), False, 1.0 if level == 0 else 0.9, *_at(b.at)))
        paras.extend(_flatten(b.children, level + 1))
    return paras


class PptxWriter:
    """Writes a Document as a .pptx deck."""

    format = "pptx"
    suffix = ".pptx"

    def __init__(self, template: str | Path | None = None):
        self.template = Path(template) if template else None

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The deck as bytes; the same Document and epoch give the same bytes."""
        self.doc, self.theme = doc, doc.theme
        if self.template:
            self.package = open_template(self.template)
            self.theme = theme_from_master(self.package, doc.theme)
            width, height = _slide_size(self.package.main)
            self.k = height / 12700 / H
            self.W = width / 12700 / self.k
        else:
            self.package = Package.read(_pptx_data("default.pptx"))
            self.k, self.W = 1.0, W
            _set_slide_size(self.package.main, int(W * 12700), int(H * 12700))
        with measuring(self.theme.heading_font, self.theme.body_font):
            return self._render(doc, epoch)

    def _render(self, doc: Document, epoch: int | None) -> bytes:
        self.pres = self.package.main
        names = {**DEFAULT_LAYOUTS, **self.theme.layouts}
        layouts = _layouts(self.package)
        self.layouts = {kind: find_layout(layouts, name, self.template) for kind, name in names.items()}
        self.notes_master = self.pres.rels.part("notesMaster") or _add_notes_master(self.package)
        self.slide_list: list[tuple[int, str]] = []
        self._run_heads: dict[tuple, str] = {}
        self.footer = self._footer_text()
        pages = [page for slide in doc.slides if slide.deck for page in self._pages(slide)]
        titles = unique_titles([title for _, title, _ in pages])
        for number, ((slide, _, part), title) in enumerate(zip(pages, titles), start=1):
            self._draw(slide, title, part, number, len(pages))
        _set_slide_list(self.pres, self.slide_list)
        self._properties(doc, epoch)
        return self.package.to_bytes(epoch)

    # -- pagination: one Document slide may need several deck slides ---------------------
    def _pages(self, slide: Slide):
        """Yield (slide, title, part) for each deck slide this Document slide needs."""
        parts = self._split(slide)
        for i, part in enumerate(parts):
            title = slide.title if i == 0 else f"{slide.title} (cont. {i + 1})" if len(parts) > 2 else f"{slide.title} (cont.)"
            yield slide, title, part

    def _split(self, slide: Slide) -> list:
        width = (self.W - 2 * MARGIN - 2 * INSET) * SAFETY
        if slide.layout in ("bullets", "sources"):
            return fit_or_paginate(_flatten(slide.bullets) or [Para("")], width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "agenda":
            paras = [Para(a.title, 0, False, 1.0, *_at(a.at)) for a in slide.agenda] or [Para("")]
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "quote":
            paras = [Para(t) for t in slide.text.split("\n")]
            return fit_or_paginate(paras, width - 80, BODY_H - 60, (28, 26, 24, 22, 20, 18, 16, 14))
        if slide.layout == "big_number":
            groups = [slide.figures[i:i + 3] for i in range(0, len(slide.figures), 3)]
            if all(self._figure_fits(fig, len(group)) for group in groups for fig in group):
                return groups
            # a figure too long for a big number is a bullet, its label under it, continued as bullets are
            paras = [p for f in slide.figures for p in (Para(f.value, 0, True, 1.0, *_at(f.at)), Para(f.label, 1, False, 0.9))]
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "table":
            return self._table_pages(slide)
        if slide.layout == "two_column":
            return [self._column_fit(slide)]
        return [None]

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, slide: Slide, title: str, part, number: int, total: int) -> None:
        dark = slide.layout in ("title", "section")
        s = self._add_slide(slide.layout if dark else "content")
        if dark:
            # on a user's master its design shows: no full-bleed colour, text in its own colours
            light, soft = ("FFFFFF", "DDDDDD") if not self.template else (self.theme.primary, self.theme.muted)
            if not self.template:
                self._rect(s, 0, 0, self.W, H, self.theme.primary)
            cut = self._title(s, title, MARGIN, 150, self.W - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20), light)
            sub = slide.subtitle or ""
            if sub:
                self._text(s, [Para(sub)], MARGIN, 300, self.W - 2 * MARGIN, 60, (24, 22, 20, 18, 16), light)
            if slide.text:
                self._text(s, [Para(slide.text)], MARGIN, 370, self.W - 2 * MARGIN, 50, (20, 18, 16, 14), soft)
            if slide.layout == "title" and self.doc.audience_label:
                self._text(s, [Para(f"Prepared for: {self.doc.audience_label} audience")], MARGIN, 440, self.W - 2 * MARGIN, 30,
                           (16, 14), self.theme.accent if self.theme.accent != self.theme.primary else light)
            if slide.at:
                self._time_line(s, slide.at, 430, light)
            if slide.layout == "title" and self.theme.logo:
                self._picture(s, self.theme.logo, self.W - MARGIN - 160, 40, 160, 80)
        else:
            self._rect(s, 0, 0, self.W, 6, self.theme.accent)
            cut = self._title(s, title, MARGIN, TITLE_Y, self.W - 2 * MARGIN, TITLE_H, TITLE_SIZES, self.theme.primary)
            if slide.at:
                self._time_line(s, slide.at, TIME_Y, self.theme.muted)
            elif slide.subtitle:
                self._text(s, [Para(slide.subtitle)], MARGIN, TIME_Y, self.W - 2 * MARGIN, TIME_H, (14, 12), self.theme.muted)
            getattr(self, f"_body_{slide.layout}")(s, slide, part)
            self._footer(s, number, total)
        s.part.blob = (SLIDE_HEAD + "".join(s.shapes) + SLIDE_TAIL).encode("utf-8")
        notes = "\n".join(([f"Title: {title}"] if cut else []) + ([slide.notes] if slide.notes else []))
        if notes:  # a title shortened to fit its box is whole in the notes
            self._notes(s, notes)

    def _add_slide(self, kind: str) -> "_Slide":
        """A new blank slide part, written as XML text when it is finished.

        python-pptx's add_slide scans every slide relationship and id for each new slide
        (O(n²) over a deck) and builds every shape through its object API (~1 ms a shape);
        a slide here is a part whose XML is written once.
        """
        part = self.package.new_part("/ppt/slides/slide%d.xml", CT_SLIDE)
        part.rels.add(RT + "slideLayout", self.layouts[kind])
        self.slide_list.append((256 + len(self.slide_list), self.pres.rels.add(RT + "slide", part)))
        return _Slide(part)

    def _notes(self, s: "_Slide", text: str) -> None:
        """A notes slide holding ``text`` (the notes master's image and body placeholders)."""
        paras = "".join(f"<a:p><a:r><a:t>{_esc(line)}</a:t></a:r></a:p>" for line in text.split("\n"))
        part = self.package.new_part("/ppt/notesSlides/notesSlide%d.xml", CT_NOTES,
                                     (NOTES_HEAD + paras + NOTES_TAIL).encode("utf-8"))
        part.rels.add(RT + "notesMaster", self.notes_master)
        part.rels.add(RT + "slide", s.part)
        s.part.rels.add(RT + "notesSlide", part)

    def _body_bullets(self, s, slide, part):
        size, paras = part
        self._text(s, paras, MARGIN, BODY_Y, self.W - 2 * MARGIN, BODY_H, (size,), self.theme.text, bullets=True)

    _body_sources = _body_bullets
    _body_agenda = _body_bullets

    def _body_quote(self, s, slide, part):
        size, paras = part
        self._rect(s, MARGIN, BODY_Y + 10, 6, BODY_H - 60, self.theme.accent)
        self._text(s, paras, MARGIN + 30, BODY_Y + 10, self.W - 2 * MARGIN - 80, BODY_H - 60, (size,), self.theme.text,
                   italic=True)
        if slide.attribution:
            self._text(s, [Para("— " + slide.attribution)], MARGIN + 30, BODY_Y + BODY_H - 44, self.W - 2 * MARGIN - 80, 40,
                       (16, 14, 12), self.theme.muted)

    def _figure_fits(self, fig, n: int) -> bool:
        """Whether a big number's value (at 20 points at least) and label (at 8) fit their boxes."""
        inner = ((self.W - 2 * MARGIN - 20 * (n - 1)) / n - 2 * INSET) * SAFETY
        return (len(wrap(fig.value, inner, 20, True)) * 20 * LINE_HEIGHT <= 110 - 2 * INSET
                and fits([Para(fig.label, -1)], inner, 130 - 2 * INSET, 8))

    def _body_big_number(self, s, slide, figures):
        if isinstance(figures, tuple):  # (size, paras): figures too long for big numbers, as bullets
            return self._body_bullets(s, slide, figures)
        n = len(figures)
        col_w = (self.W - 2 * MARGIN - 20 * (n - 1)) / n
        for i, fig in enumerate(figures):
            x = MARGIN + i * (col_w + 20)
            inner = (col_w - 2 * INSET) * SAFETY
            size = next((sz for sz in (72, 64, 56, 48, 40, 32, 28, 24, 20)
                         if len(wrap(fig.value, inner, sz, True)) == 1), 20)
            self._text(s, [Para(fig.value, bold=True)], x, BODY_Y + 40, col_w, 110, (size,), self.theme.accent,
                       align="ctr")
            self._text(s, [Para(fig.label)], x, BODY_Y + 160, col_w, 130, (24, 22, 20, 18, 16, 14, 12, 10, 8),
                       self.theme.text, align="ctr")
            if fig.at:
                self._time_line(s, fig.at, BODY_Y + 300, self.theme.muted, x=x, width=col_w)

    def _body_two_column(self, s, slide, part):
        size, columns = part
        col_w = (self.W - 2 * MARGIN - 30) / 2
        for i, (heading, paras) in enumerate(columns):
            x = MARGIN + i * (col_w + 30)
            self._rect(s, x, BODY_Y, col_w, 4, self.theme.palette[i % len(self.theme.palette)])
            self._text(s, [Para(heading, bold=True)], x, BODY_Y + 8, col_w, 44, (size + 2, size, 16, 14, 12, 10, 8),
                       self.theme.primary)
            self._text(s, paras, x, BODY_Y + 56, col_w, BODY_H - 56, (size,), self.theme.text, bullets=True)

    def _column_fit(self, slide):
        col_w = ((self.W - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY
        cols = [(c.title, _flatten(c.bullets) or [Para("")]) for c in slide.columns[:2]]
        for size in BODY_SIZES + (12, 10, 9, 8):
            if all(sum(para_height(p, col_w, size) for p in paras) <= BODY_H - 56 - 2 * INSET for _, paras in cols):
                return size, cols
        # columns too long even at the smallest size: keep what fits, say so
        kept = []
        for heading, paras in cols:
            page = paginate(paras, col_w, BODY_H - 56 - 2 * INSET - 30, 8)[0]
            kept.append((heading, page + ([Para("(more in the report)")] if len(page) < len(paras) else [])))
        return 8, kept

    def _body_chart(self, s, slide, part):
        spec = slide.chart
        self._chart(s, spec, MARGIN, BODY_Y, self.W - 2 * MARGIN, BODY_H - (26 if spec.caption else 0))
        if spec.caption:
            self._text(s, [Para(spec.caption)], MARGIN, BODY_Y + BODY_H - 26, self.W - 2 * MARGIN, 26, (14, 12, 10, 8),
                       self.theme.muted)

    _body_timeline = _body_chart

    def _body_section(self, s, slide, part):  # pragma: no cover - sections are drawn dark
        pass

    _body_title = _body_section

    # -- tables --------------------------------------------------------------------------
    def _col_widths(self, table) -> list[float]:
        return column_widths(table.column_shares(), self.W - 2 * MARGIN, MIN_COLUMN)

    @staticmethod
    def _inner(widths) -> list[float]:
        """The widths text wraps to inside table cells of ``widths``."""
        return [(w - 2 * CELL_MARGIN) * SAFETY for w in widths]

    def _row_height(self, cells, widths, size, bold=False) -> float:
        lines = max(len(line_spans(c, w, size, bold)) for c, w in zip(cells, self._inner(widths)))
        return lines * size * LINE_HEIGHT + 10

    def _split_row(self, cells, widths, size, bold, max_lines) -> list[list[str]]:
        return split_row(cells, self._inner(widths), size, bold, max_lines)

    def _table_pages(self, slide):
        """Pages of (size, column widths, rows, row heights), a row being (cells, is_header).

        A table that fits one slide at some size is drawn whole; else it goes on at the smallest
        size over as many slides as it needs, the header repeated on each (unless it is itself
        too tall: then it comes once), a row taller than a slide continued in the next row."""
        table, widths = slide.table, self._col_widths(slide.table)
        for size in TABLE_SIZES:
            head = self._row_height(table.columns, widths, size, True)
            heights = [self._row_height(r, widths, size) for r in table.rows]
            if head + sum(heights) <= BODY_H:
                return [(size, widths, [(table.columns, True)] + [(r, False) for r in table.rows], [head] + heights)]
        repeat = head <= BODY_H / 3
        room = BODY_H - (head if repeat else 0)
        max_lines = max(1, int((room - 10) // (size * LINE_HEIGHT)))
        entries = [] if repeat else [(r, True) for r in self._split_row(table.columns, widths, size, True, max_lines)]
        for row, h in zip(table.rows, heights):
            entries += [(row, False)] if h <= room else [(r, False) for r in self._split_row(row, widths, size, False,
                                                                                          max_lines)]
        top = ([(table.columns, True)], [head]) if repeat else ([], [])
        pages, page, used = [], list(top[0]), list(top[1])
        for cells, is_header in entries:
            h = self._row_height(cells, widths, size, is_header)
            if len(page) > len(top[0]) and sum(used) + h > BODY_H:
                pages.append((size, widths, page, used))
                page, used = list(top[0]), list(top[1])
            page.append((cells, is_header))
            used.append(h)
        pages.append((size, widths, page, used))
        return pages

    def _body_table(self, s, slide, part):
        size, widths, rows, heights = part
        e = self._emu
        margins = f'marL="{e(CELL_MARGIN)}" marR="{e(CELL_MARGIN)}" marT="{e(5)}" marB="{e(5)}"'
        out = []
        for (cells, is_header), h in zip(rows, heights):
            fill = f'<a:solidFill><a:srgbClr val="{self.theme.primary}"/></a:solidFill>' if is_header else ""
            tcs = "".join(
                f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>'
                f'{self._p(self._run(s, text, size, "FFFFFF" if is_header else self.theme.text, bold=is_header), size)}'
                f'</a:txBody><a:tcPr {margins}>{fill}</a:tcPr></a:tc>' for text in cells)
            out.append(f'<a:tr h="{e(h)}">{tcs}</a:tr>')
        grid = "".join(f'<a:gridCol w="{e(w)}"/>' for w in widths)
        s.shapes.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{s.new_id()}" name="Table"/><p:cNvGraphicFramePr>'
            f'<a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'{self._xfrm(MARGIN, BODY_Y, self.W - 2 * MARGIN, sum(heights), "p:xfrm")}'
            f'<a:graphic><a:graphicData uri="{TABLE_URI}"><a:tbl>'
            f'<a:tblPr firstRow="{int(rows[0][1])}" bandRow="1"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>'
            f'<a:tblGrid>{grid}</a:tblGrid>{"".join(out)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>')

    # -- charts --------------------------------------------------------------------------
    def _chart(self, s, spec: ChartSpec, x, y, w, h):
        """A native chart (editable in PowerPoint, its data in an embedded workbook)."""
        xml, workbook = chart_parts(spec, self.theme.palette, self.theme.body_font, self.k)
        chart = self.package.new_part("/ppt/charts/chart%d.xml", CT_CHART, xml)
        book = self.package.new_part("/ppt/embeddings/Microsoft_Excel_Sheet%d.xlsx", CT_XLSX, workbook)
        chart.rels.add(RT + "package", book)  # rId1, as the chart's externalData says
        rid = s.part.rels.add(RT + "chart", chart)
        s.shapes.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{s.new_id()}" name="Chart" descr={_attr(spec.alt_text)}/>'
            f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'{self._xfrm(x, y, w, h, "p:xfrm")}'
            f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart xmlns:c="{CHART_URI}" r:id="{rid}"/>'
            f'</a:graphicData></a:graphic></p:graphicFrame>')

    # -- primitives: shapes are written as XML text and parsed once per slide -----------------
    def _rect(self, s, x, y, w, h, color):
        s.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" name="Rectangle"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self._xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></p:spPr></p:sp>')

    # -- units: the layout is drawn in points on a slide 540 points high; k scales it to the real slide
    def _emu(self, points: float) -> int:
        return int(points * 12700 * self.k)

    def _xfrm(self, x, y, w, h, tag: str = "a:xfrm") -> str:
        """Position and size (``tag`` p:xfrm for a graphic frame)."""
        e = self._emu
        return f'<{tag}><a:off x="{e(x)}" y="{e(y)}"/><a:ext cx="{e(w)}" cy="{e(h)}"/></{tag}>'

    def _p(self, runs: str, size, level=None, space=False, align=None, rtl=False) -> str:
        """A paragraph as XML: exact line pitch, spacing, bullet, alignment, direction."""
        attrs = ""
        if level is not None:
            attrs = f' marL="{self._emu(INDENT * (level + 1))}" indent="{-self._emu(INDENT * 0.8)}"'
        if align:
            attrs += f' algn="{align}"'
        if rtl:
            attrs += ' rtl="1"'
        ppr = f'<a:lnSpc><a:spcPts val="{int(round(size * self.k * LINE_HEIGHT * 100))}"/></a:lnSpc>'
        if space:
            ppr += f'<a:spcBef><a:spcPts val="{int(round(size * self.k * SPACE_BEFORE * 100))}"/></a:spcBef>'
        if level is not None:
            ppr += f'<a:buChar char="{BULLET_CHARS[min(level, 2)]}"/>'
        return f"<a:p><a:pPr{attrs}>{ppr}</a:pPr>{runs}</a:p>"

    def _picture(self, s, path, x, y, w, h):
        """A picture fitted into the box (x, y, w, h), aspect kept, aligned top right."""
        blob = Path(path).read_bytes()
        size = image_size(blob)
        if size is None:
            raise BriefingError(Problem("logo: not a PNG or JPEG image", str(path)))
        px_w, px_h, ext = size
        scale = min(w / px_w, h / px_h)
        pw, ph = px_w * scale, px_h * scale
        rid = s.part.rels.relate(RT + "image", self.package.image_part(blob, ext))
        s.shapes.append(
            f'<p:pic><p:nvPicPr><p:cNvPr id="{s.new_id()}" name="Logo" descr={_attr("Logo: " + Path(path).name)}/><p:cNvPicPr><a:picLocks '
            f'noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{rid}"/><a:stretch>'
            f'<a:fillRect/></a:stretch></p:blipFill><p:spPr>{self._xfrm(x + w - pw, y, pw, ph)}<a:prstGeom prst="rect">'
            f'<a:avLst/></a:prstGeom></p:spPr></p:pic>')

    def _title(self, s, text, x, y, w, h, sizes, color) -> bool:
        """The title at the largest of ``sizes`` that fits; shortened with … if none does (then True)."""
        para = Para(text, bold=True)
        inner = (w - 2 * INSET) * SAFETY
        size = next((sz for sz in sizes if len(wrap(text, inner, sz, True)) * sz * LINE_HEIGHT <= h - 2 * INSET), None)
        cut = size is None
        if cut:  # too long even at the smallest size: shorten; the notes keep it whole
            size = sizes[-1]
            max_lines = max(1, int((h - 2 * INSET) // (size * LINE_HEIGHT)))
            lines = wrap(text, inner, size, True)[:max_lines]
            lines[-1] = lines[-1][: max(1, len(lines[-1]) - 2)] + "…"
            para = Para(" ".join(lines), bold=True)
        self._text(s, [para], x, y, w, h, (size,), color, anchor="b" if y < 100 else "t",
                   font=self.theme.heading_font)
        return cut

    def _time_line(self, s, at, y, color, x=MARGIN, width=None):
        width = self.W - 2 * MARGIN if width is None else width
        link_color = self.theme.accent if color != "FFFFFF" else "FFFFFF"
        runs = [("▶ ", color, None, False)]
        for i, link in enumerate(at.links):
            if i:
                runs.append(("  ·  ", color, None, False))
            label = at.label if i == 0 else f"{link.name} {link.label or at.label}"
            runs.append((label, link_color, link.url, i == 0))
        if not at.links:
            runs.append((at.label, color, None, True))
        size, text = 14, "".join(r[0] for r in runs)
        while size > 8 and text_width(text, size, True) > (width - 2 * INSET) * SAFETY:
            size -= 1
        body = "".join(self._run(s, text, size, run_color, bold=bold, url=url) for text, run_color, url, bold in runs)
        self._box(s, x, y, width, TIME_H, self._p(body, size))

    def _footer_text(self) -> str:
        """The deck's footer, shortened with … to fit its box (the same on every slide)."""
        text = f"{self.doc.title} · {self.doc.audience_label or self.doc.audience}"
        inner = (self.W - 2 * MARGIN - 80) * SAFETY
        if text_width(text, 11) > inner:
            while text and text_width(text + "…", 11) > inner:
                text = text[:-1]
            text += "…"
        return text

    def _footer(self, s, number, total):
        self._text(s, [Para(self.footer)], MARGIN, FOOT_Y, self.W - 2 * MARGIN - 80, FOOT_H, (11,), self.theme.muted)
        self._text(s, [Para(f"{number} / {total}")], self.W - MARGIN - 80, FOOT_Y, 80, FOOT_H, (11,), self.theme.muted,
                   align="r")

    def _box(self, s, x, y, w, h, paragraphs: str, anchor="t"):
        """A text box that never autofits: the build measured what goes in it."""
        inset = self._emu(INSET)
        s.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" name="TextBox"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self._xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
            f'bIns="{inset}" anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>')

    def _text(self, s, paras, x, y, w, h, sizes, color, bullets=False, align=None, anchor="t", font=None,
              italic=False):
        """A text box holding ``paras`` at the first of ``sizes`` that fits (the last one otherwise)."""
        size = sizes[0]
        if len(sizes) > 1:
            plain = [Para(p.text, -1 if not bullets else p.level, p.bold, p.scale, p.at_label, p.at_url) for p in paras]
            size = fit_size(plain, (w - 2 * INSET) * SAFETY, h - 2 * INSET, sizes) or sizes[-1]
        out = []
        for i, para in enumerate(paras):
            psize = size * para.scale
            runs = "<a:br/>".join(self._run(s, line, psize, color, bold=para.bold, font=font, italic=italic)
                                  for line in para.text.split("\n"))  # lines of a paragraph split across slides
            if para.at_label:
                runs += (self._run(s, " (", psize, self.theme.muted)
                         + self._run(s, para.at_label, psize, self.theme.accent, url=para.at_url or None)
                         + self._run(s, ")", psize, self.theme.muted))
            out.append(self._p(runs, psize, level=para.level if bullets else None, space=bool(i and bullets), align=align,
                          rtl=_right_to_left(para.text)))
        self._box(s, x, y, w, h, "".join(out), anchor)

    def _run(self, s, text, size, color, bold=False, url=None, font=None, italic=False) -> str:
        """A run as XML: size, colour, fonts for every script, and a link."""
        key = (size, color, bold, font, italic)
        head = self._run_heads.get(key)
        if head is None:  # a deck has a few dozen kinds of run: each is written once
            attrs = f' sz="{int(round(size * self.k * 100))}" b="{1 if bold else 0}"' + (' i="1"' if italic else "")
            head = self._run_heads[key] = (f'<a:r><a:rPr{attrs}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
                                           f'<a:latin typeface={_attr(font or self.theme.body_font)}/>')
        inner = ""
        if _CJK.search(text):
            inner += f'<a:ea typeface="{EA_FONT}"/>'
        if _RTL.search(text):
            inner += f'<a:cs typeface="{CS_FONT}"/>'
        if url:
            inner += f'<a:hlinkClick r:id="{s.part.rels.relate(RT + "hyperlink", url, True)}"/>'
        return f"{head}{inner}</a:rPr><a:t>{_esc(text)}</a:t></a:r>"

    def _properties(self, doc: Document, epoch):
        """The deck's document properties (title, subject, author, keywords, language, dates)."""
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch or 0))
        dated = ' xsi:type="dcterms:W3CDTF"'
        fields = [("dc:title", doc.title), ("dc:subject", doc.subject), ("dc:creator", doc.author),
                  ("cp:keywords", ", ".join(doc.keywords)),
                  ("dc:description", f"Briefing for the {doc.audience_label or doc.audience} audience"),
                  ("cp:lastModifiedBy", "briefing"), ("cp:revision", "1"), ("dc:language", doc.lang)]
        body = "".join(f"<{tag}>{_esc(value or '')}</{tag}>" for tag, value in fields)
        body += "".join(f"<{tag}{dated if tag.startswith('dcterms') else ''}>{stamp}</{tag}>"
                        for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"))
        xml = (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
               'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
               f'{body}</cp:coreProperties>').encode("utf-8")
        part = self.package.rels.part(CORE_RT)
        if part is None:
            part = Part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            self.package.rels.add(CORE_RT, part)
        part.blob = xml


DEFAULT_LAYOUTS = {"title": "Title Slide", "section": "Section Header", "content": "Blank"}


def open_template(path: Path) -> Package:
    """A user's .pptx or .potx as a package with no slides (its sample slides, custom shows,
    sections and any macros dropped), or a BriefingError naming the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefingError(Problem(f"cannot read the PowerPoint template: {exc.strerror or exc}", str(path))) from None
    try:
        package = Package.read(data)
        pres = package.main
        if pres is None or not pres.content_type.endswith(".main+xml"):
            raise ValueError("it has no presentation part")
        pres.content_type = CT + "presentationml.presentation.main+xml"  # a template or macro deck becomes a deck
        for rid, (reltype, _, _) in list(pres.rels.items.items()):
            if reltype.endswith(("/slide", "/vbaProject")):
                pres.rels.drop(rid)
        xml, p = _pres_xml(pres)
        xml = _without(_without(xml, p, "sldIdLst"), p, "custShowLst")  # custom shows name the dropped slides
        # the sections list (an extension) names the dropped slides too
        xml = re.sub(rf"<({p})ext\b[^>]*>(?:(?!</{p}ext>).)*?sectionLst.*?</{p}ext>", "", xml, flags=re.S)
        pres.blob = xml.encode("utf-8")
        package.forget_unreachable()
        _slide_size(pres)
        _layouts(package)
    except Exception as exc:  # a zip that is not a deck fails in many ways
        raise BriefingError(Problem(f"not a PowerPoint template (.pptx or .potx): {exc}", str(path))) from None
    return package


def check_template(path: str | Path, layouts: dict) -> None:
    """Raise BriefingError if the master at ``path`` cannot be opened or lacks a layout the deck uses."""
    found = _layouts(open_template(Path(path)))
    for name in {**DEFAULT_LAYOUTS, **layouts}.values():
        find_layout(found, name, Path(path))


def find_layout(layouts: list[tuple[str, Part]], name: str, template: Path | None) -> Part:
    """The layout called ``name`` (case and spacing ignored), or an error listing the layouts there are."""
    want = " ".join(name.split()).casefold()
    for found, part in layouts:
        if " ".join(found.split()).casefold() == want:
            return part
    names = ", ".join(f"'{found}'" for found, _ in layouts)
    raise BriefingError(Problem(f"the master has no layout '{name}'; its layouts are {names}. Name the ones "
                                "to use in the audience's theme.yaml, e.g. layouts: {title: ..., section: ..., content: ...}",
                                str(template or "the default template")))


def _masters(package: Package) -> list[Part]:
    """The slide masters, in the presentation's order."""
    pres = package.main
    ids = ElementTree.fromstring(pres.blob).iter(f"{{{P_NS}}}sldMasterId")
    return [pres.rels.items[i.get(f"{{{R_NS}}}id")][1] for i in ids]


def _layouts(package: Package) -> list[tuple[str, Part]]:
    """(name, part) of every slide layout, master by master, in their order."""
    out = []
    for master in _masters(package):
        for i in ElementTree.fromstring(master.blob).iter(f"{{{P_NS}}}sldLayoutId"):
            layout = master.rels.items[i.get(f"{{{R_NS}}}id")][1]
            name = re.search(rb"<(?:\w+:)?cSld\b([^>]*)>", layout.blob)
            name = name and re.search(rb"""\bname=(["'])(.*?)\1""", name.group(1))
            out.append((_unescape(name.group(2).decode("utf-8")) if name else "", layout))
    return out


def theme_from_master(package: Package, theme):
    """The deck theme with the master's theme colours and fonts."""
    masters = _masters(package)
    theme_part = masters[0].rels.part("theme") if masters else None
    if theme_part is None:
        return theme
    root = ElementTree.fromstring(theme_part.blob)
    ns = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main"}

    def colour(slot: str) -> str | None:
        found = root.find(f".//a:clrScheme/a:{slot}", ns)
        if found is None or not len(found):
            return None
        value = found[0].get("val") if found[0].tag.endswith("srgbClr") else found[0].get("lastClr")
        return value.upper() if value and re.fullmatch(r"[0-9A-Fa-f]{6}", value) else None

    def font(kind: str) -> str | None:
        found = root.find(f".//a:fontScheme/a:{kind}/a:latin", ns)
        return found.get("typeface") if found is not None and found.get("typeface") else None

    accents = [c for c in (colour(f"accent{i}") for i in range(1, 7)) if c]
    update = {"primary": colour("dk2") or theme.primary, "accent": accents[0] if accents else theme.accent,
              "text": colour("dk1") or theme.text, "palette": accents or theme.palette,
              "heading_font": font("majorFont") or theme.heading_font, "body_font": font("minorFont") or theme.body_font}
    return theme.model_copy(update=update)


def _pptx_data(name: str) -> bytes:
    """A file of python-pptx's templates (its default deck, notes master, theme), read without
    importing python-pptx (0.13 s): the deck starts from the same files python-pptx uses."""
    import importlib.util

    return (Path(importlib.util.find_spec("pptx").submodule_search_locations[0]) / "templates" / name).read_bytes()


def _add_notes_master(package: Package) -> Part:
    """A notes master (python-pptx's default one, with its theme) for a deck that has none."""
    pres = package.main
    master = package.new_part("/ppt/notesMasters/notesMaster%d.xml", CT + "presentationml.notesMaster+xml",
                              _pptx_data("notesMaster.xml"))
    master.rels.add(RT + "theme", package.new_part("/ppt/theme/theme%d.xml", CT + "theme+xml", _pptx_data("theme.xml")))
    rid = pres.rels.add(RT + "notesMaster", master)
    xml, p = _pres_xml(pres)
    if f"<{p}notesMasterIdLst" not in xml:  # after the slide masters, as PowerPoint lists it
        at = xml.index(f"</{p}sldMasterIdLst>") + len(f"</{p}sldMasterIdLst>")
        r = _prefix(xml, R_NS)
        xml = f'{xml[:at]}<{p}notesMasterIdLst><{p}notesMasterId {r}:id="{rid}"/></{p}notesMasterIdLst>{xml[at:]}'
        pres.blob = xml.encode("utf-8")
    return master


def _pres_xml(pres: Part) -> tuple[str, str]:
    """presentation.xml as text and the prefix its PresentationML elements use ('p:' or '')."""
    xml = pres.blob.decode("utf-8")
    found = re.search(r"<(\w+:)?presentation[\s>]", xml)
    return xml, (found.group(1) or "") if found else "p:"


def _without(xml: str, p: str, tag: str) -> str:
    """``xml`` without the element ``tag`` (prefixed ``p``)."""
    return re.sub(rf"<{p}{tag}\b[^>]*/>|<{p}{tag}\b.*?</{p}{tag}>", "", xml, flags=re.S)


def _prefix(xml: str, namespace: str) -> str:
    found = re.search(rf'xmlns:(\w+)="{re.escape(namespace)}"', xml)
    if not found:
        raise ValueError(f"presentation.xml does not declare {namespace}")
    return found.group(1)


def _slide_size(pres: Part) -> tuple[int, int]:
    """(width, height) of the slides in EMU (4:3 where the deck does not say)."""
    xml, p = _pres_xml(pres)
    tag = re.search(rf"<{p}sldSz\b[^>]*>", xml)
    size = [re.search(rf'\b{a}="(\d+)"', tag.group(0)) if tag else None for a in ("cx", "cy")]
    width, height = (int(v.group(1)) if v else d for v, d in zip(size, (9144000, 6858000)))
    if not (914400 <= width <= 51206400 and 914400 <= height <= 51206400):
        raise ValueError(f"its slide size {width} x {height} EMU is outside PowerPoint's 1 to 56 inches")
    return width, height


def _set_slide_size(pres: Part, width: int, height: int) -> None:
    xml, p = _pres_xml(pres)
    pres.blob = re.sub(rf"<{p}sldSz\b[^>]*>", f'<{p}sldSz cx="{width}" cy="{height}"/>', xml, count=1).encode("utf-8")


def _set_slide_list(pres: Part, slides: list[tuple[int, str]]) -> None:
    """Write the slide list (id, relationship) into presentation.xml, before the slide size."""
    xml, p = _pres_xml(pres)
    xml = _without(xml, p, "sldIdLst")
    r = _prefix(xml, R_NS)
    items = "".join(f'<{p}sldId id="{i}" {r}:id="{rid}"/>' for i, rid in slides)
    at = re.search(rf"<{p}(?:sldSz|notesSz)\b", xml).start()
    pres.blob = f"{xml[:at]}<{p}sldIdLst>{items}</{p}sldIdLst>{xml[at:]}".encode("utf-8")


def _unescape(text: str) -> str:
    """An XML attribute's text (the five named entities; numeric ones are rare in layout names)."""
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


class _Slide:
    """A slide being written: its part, its shapes as XML text, and shape ids."""

    __slots__ = ("part", "shapes", "next_id")

    def __init__(self, part):
        self.part, self.shapes, self.next_id = part, [], 2

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


def _right_to_left(text: str) -> bool:
    """A paragraph reads right to left when its first letter is Hebrew or Arabic (the Unicode
    bidi rule): "Jane Roe, مريم" stays left to right, "مريم, Jane" does not."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first and _RTL.match(first))
