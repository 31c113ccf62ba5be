"""PptxWriter: the Document as a 16:9 PowerPoint deck with native charts.

Every text box is measured with Calibri's metrics (via Carlito) and fitted: a smaller size
down to a readable floor, then continuation slides. Nothing relies on autofit.
"""
from __future__ import annotations

import io

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ..document import Bullet, ChartSpec, Document, Slide
from ..fit import INDENT, SPACE_BEFORE, Para, fit_or_paginate, fit_size, paginate, para_height
from ..measure import LINE_HEIGHT, text_width, wrap
from .common import reproducible_zip, unique_titles

W, H = 960.0, 540.0  # slide size in points (13.333 x 7.5 in, 16:9)
MARGIN = 40.0
TITLE_Y, TITLE_H = 22.0, 72.0
TIME_Y, TIME_H = 94.0, 22.0
BODY_Y, BODY_H = 122.0, 378.0
FOOT_Y, FOOT_H = 510.0, 20.0
INSET = 4.0
SAFETY = 0.96  # measure against slightly narrower boxes than drawn
BODY_SIZES = (24, 22, 20, 18, 16, 14)
TITLE_SIZES = (32, 30, 28, 26, 24, 22, 20)
BULLET_CHARS = ("•", "–", "◦")
CHART_TYPES = {"bar": XL_CHART_TYPE.BAR_CLUSTERED, "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
               "line": XL_CHART_TYPE.LINE_MARKERS, "pie": XL_CHART_TYPE.PIE,
               "doughnut": XL_CHART_TYPE.DOUGHNUT}


def _flatten(bullets: list[Bullet], level: int = 0) -> list[Para]:
    paras = []
    for b in bullets:
        at_label, at_url = (b.at.label, b.at.url or "") if b.at else ("", "")
        paras.append(Para(b.text, min(level, 2), False, 1.0 if level == 0 else 0.9, at_label, at_url))
        paras.extend(_flatten(b.children, level + 1))
    return paras


class PptxWriter:
    """Writes a Document as a .pptx deck."""

    format = "pptx"
    suffix = ".pptx"

    def render(self, doc: Document, epoch: int | None = None) -> bytes:
        """The deck as bytes; the same Document and epoch give the same bytes."""
        self.doc, self.theme = doc, doc.theme
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Emu(Pt(W)), Emu(Pt(H))
        self.blank = self.prs.slide_layouts[6]
        pages = [page for slide in doc.slides if slide.deck for page in self._pages(slide)]
        titles = unique_titles([title for _, title, _ in pages])
        for number, ((slide, _, part), title) in enumerate(zip(pages, titles), start=1):
            self._draw(slide, title, part, number, len(pages))
        self._properties(doc, epoch)
        buffer = io.BytesIO()
        self.prs.save(buffer)
        return reproducible_zip(buffer.getvalue(), epoch)

    # -- pagination: one Document slide may need several deck slides ---------------------
    def _pages(self, slide: Slide):
        """Yield (slide, title, part) for each deck slide this Document slide needs."""
        parts = self._split(slide)
        for i, part in enumerate(parts):
            title = slide.title if i == 0 else f"{slide.title} (cont. {i + 1})" if len(parts) > 2 else f"{slide.title} (cont.)"
            yield slide, title, part

    def _split(self, slide: Slide) -> list:
        width = (W - 2 * MARGIN - 2 * INSET) * SAFETY
        if slide.layout in ("bullets", "sources"):
            return fit_or_paginate(_flatten(slide.bullets) or [Para("")], width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "agenda":
            paras = [Para(a.title, 0, False, 1.0, a.at.label if a.at else "", a.at.url or "" if a.at else "")
                     for a in slide.agenda] or [Para("")]
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "quote":
            paras = [Para(t) for t in slide.text.split("\n")]
            return fit_or_paginate(paras, width - 80, BODY_H - 60, (28, 26, 24, 22, 20, 18, 16, 14))
        if slide.layout == "big_number":
            return [slide.figures[i:i + 3] for i in range(0, len(slide.figures), 3)]
        if slide.layout == "table":
            return self._table_pages(slide)
        if slide.layout == "two_column":
            return [self._column_fit(slide)]
        return [None]

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, slide: Slide, title: str, part, number: int, total: int) -> None:
        s = self.prs.slides.add_slide(self.blank)
        dark = slide.layout in ("title", "section")
        if dark:
            self._rect(s, 0, 0, W, H, self.theme.primary)
            self._title(s, title, MARGIN, 150, W - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20), "FFFFFF")
            sub = slide.subtitle or ""
            if sub:
                self._text(s, [Para(sub)], MARGIN, 300, W - 2 * MARGIN, 60, (24, 22, 20, 18, 16), "FFFFFF")
            if slide.text:
                self._text(s, [Para(slide.text)], MARGIN, 370, W - 2 * MARGIN, 50, (20, 18, 16, 14), "DDDDDD")
            if slide.layout == "title" and self.doc.audience_label:
                self._text(s, [Para(f"Prepared for: {self.doc.audience_label} audience")], MARGIN, 440, W - 2 * MARGIN, 30,
                           (16, 14), self.theme.accent if self.theme.accent != self.theme.primary else "FFFFFF")
            if slide.at:
                self._time_line(s, slide.at, 430, "FFFFFF")
        else:
            self._rect(s, 0, 0, W, 6, self.theme.accent)
            self._title(s, title, MARGIN, TITLE_Y, W - 2 * MARGIN, TITLE_H, TITLE_SIZES, self.theme.primary)
            if slide.at:
                self._time_line(s, slide.at, TIME_Y, self.theme.muted)
            elif slide.subtitle:
                self._text(s, [Para(slide.subtitle)], MARGIN, TIME_Y, W - 2 * MARGIN, TIME_H, (14, 12), self.theme.muted)
            getattr(self, f"_body_{slide.layout}")(s, slide, part)
            self._footer(s, number, total)
        if slide.notes:
            s.notes_slide.notes_text_frame.text = slide.notes

    def _body_bullets(self, s, slide, part):
        size, paras = part
        self._text(s, paras, MARGIN, BODY_Y, W - 2 * MARGIN, BODY_H, (size,), self.theme.text, bullets=True)

    _body_sources = _body_bullets
    _body_agenda = _body_bullets

    def _body_quote(self, s, slide, part):
        size, paras = part
        self._rect(s, MARGIN, BODY_Y + 10, 6, BODY_H - 60, self.theme.accent)
        box = self._text(s, paras, MARGIN + 30, BODY_Y + 10, W - 2 * MARGIN - 80, BODY_H - 60, (size,), self.theme.text)
        for p in box.text_frame.paragraphs:
            for r in p.runs:
                r.font.italic = True
        if slide.attribution:
            self._text(s, [Para("— " + slide.attribution)], MARGIN + 30, BODY_Y + BODY_H - 44, W - 2 * MARGIN - 80, 40,
                       (16, 14, 12), self.theme.muted)

    def _body_big_number(self, s, slide, figures):
        n = len(figures)
        col_w = (W - 2 * MARGIN - 20 * (n - 1)) / n
        for i, fig in enumerate(figures):
            x = MARGIN + i * (col_w + 20)
            inner = (col_w - 2 * INSET) * SAFETY
            size = next((sz for sz in (72, 64, 56, 48, 40, 32, 28, 24, 20)
                         if len(wrap(fig.value, inner, sz, True)) == 1), 20)
            self._text(s, [Para(fig.value, bold=True)], x, BODY_Y + 40, col_w, 110, (size,), self.theme.accent,
                       align=PP_ALIGN.CENTER)
            self._text(s, [Para(fig.label)], x, BODY_Y + 160, col_w, 130, (24, 22, 20, 18, 16, 14, 12, 10, 8),
                       self.theme.text, align=PP_ALIGN.CENTER)
            if fig.at:
                self._time_line(s, fig.at, BODY_Y + 300, self.theme.muted, x=x, width=col_w)

    def _body_two_column(self, s, slide, part):
        size, columns = part
        col_w = (W - 2 * MARGIN - 30) / 2
        for i, (heading, paras) in enumerate(columns):
            x = MARGIN + i * (col_w + 30)
            self._rect(s, x, BODY_Y, col_w, 4, self.theme.palette[i % len(self.theme.palette)])
            self._text(s, [Para(heading, bold=True)], x, BODY_Y + 8, col_w, 44, (size + 2, size, 16, 14, 12, 10, 8),
                       self.theme.primary)
            self._text(s, paras, x, BODY_Y + 56, col_w, BODY_H - 56, (size,), self.theme.text, bullets=True)

    def _column_fit(self, slide):
        col_w = ((W - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY
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
        gf = self._chart(s, spec, MARGIN, BODY_Y, W - 2 * MARGIN, BODY_H - (26 if spec.caption else 0))
        gf._element.nvGraphicFramePr.cNvPr.set("descr", spec.alt_text)
        if spec.caption:
            self._text(s, [Para(spec.caption)], MARGIN, BODY_Y + BODY_H - 26, W - 2 * MARGIN, 26, (14, 12, 10, 8),
                       self.theme.muted)

    _body_timeline = _body_chart

    def _body_section(self, s, slide, part):  # pragma: no cover - sections are drawn dark
        pass

    _body_title = _body_section

    # -- tables --------------------------------------------------------------------------
    def _col_widths(self, table) -> list[float]:
        return [(W - 2 * MARGIN) * share for share in table.column_shares()]

    def _row_height(self, cells, widths, size, bold=False) -> float:
        lines = max(len(wrap(c, (w - 14) * SAFETY, size, bold)) for c, w in zip(cells, widths))
        return lines * size * LINE_HEIGHT + 10

    def _table_pages(self, slide):
        table, widths = slide.table, self._col_widths(slide.table)
        for size in (20, 18, 16, 14, 12):
            head = self._row_height(table.columns, widths, size, True)
            heights = [self._row_height(r, widths, size) for r in table.rows]
            if head + sum(heights) <= BODY_H:
                return [(size, widths, table.rows, heights, head)]
        pages, page, used = [], [], head
        for row, h in zip(table.rows, heights):
            if h + head > BODY_H:  # a cell longer than a slide: split its text across rows
                row = [c if len(c) < 400 else c[:400] + "…" for c in row]
                h = self._row_height(row, widths, size)
            if page and used + h > BODY_H:
                pages.append((size, widths, page, None, head))
                page, used = [], head
            page.append(row)
            used += h
        pages.append((size, widths, page, None, head))
        return pages

    def _body_table(self, s, slide, part):
        size, widths, rows, _, _ = part
        table = slide.table
        heights = [self._row_height(table.columns, widths, size, True)] + [self._row_height(r, widths, size) for r in rows]
        shape = s.shapes.add_table(len(rows) + 1, len(table.columns), Pt(MARGIN), Pt(BODY_Y),
                                   Pt(W - 2 * MARGIN), Pt(sum(heights)))
        grid = shape.table
        for i, w in enumerate(widths):
            grid.columns[i].width = Emu(Pt(w))
        for r, h in enumerate(heights):
            grid.rows[r].height = Emu(Pt(h))
        for r, cells in enumerate([table.columns] + list(rows)):
            for c, text in enumerate(cells):
                cell = grid.cell(r, c)
                cell.margin_left = cell.margin_right = Pt(7)
                cell.margin_top = cell.margin_bottom = Pt(5)
                tf = cell.text_frame
                tf.word_wrap = True
                p = tf.paragraphs[0]
                self._run(p, text, size, "FFFFFF" if r == 0 else self.theme.text, bold=r == 0)
                p.line_spacing = Pt(size * LINE_HEIGHT)
                if r == 0:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string(self.theme.primary)

    # -- charts --------------------------------------------------------------------------
    def _chart(self, s, spec: ChartSpec, x, y, w, h):
        ranged = spec.kind == "timeline" or any(series.has_ranges() for series in spec.series)
        data = CategoryChartData(number_format="#,##0.##")
        data.categories = spec.categories
        if ranged:  # floating bars: an invisible base, then the visible span
            for series in spec.series:
                base = [lo if lo is not None else 0 for lo in series.low]
                span = [(hi - lo) if lo is not None else v for v, lo, hi in zip(series.values, series.low, series.high)]
                data.add_series(f"{series.name} (start)", base)
                data.add_series(series.name, span)
            kind = XL_CHART_TYPE.BAR_STACKED if spec.kind in ("bar", "timeline") else XL_CHART_TYPE.COLUMN_STACKED
        else:
            for series in spec.series:
                data.add_series(series.name, series.values)
            kind = CHART_TYPES[spec.kind]
        gf = s.shapes.add_chart(kind, Pt(x), Pt(y), Pt(w), Pt(h), data)
        chart = gf.chart
        chart.font.size = Pt(14)
        chart.font.name = self.theme.body_font
        pie = spec.kind in ("pie", "doughnut")
        chart.has_legend = pie or (len(spec.series) > 1)
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.RIGHT if pie else XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        plot = chart.plots[0]
        visible = list(plot.series)[1::2] if ranged else list(plot.series)
        if ranged:
            plot.gap_width = 60
            plot.overlap = 100
            for base in list(plot.series)[0::2]:
                base.format.fill.background()
                base.format.line.fill.background()
        for i, (series, src) in enumerate(zip(visible, spec.series)):
            color = self.theme.palette[i % len(self.theme.palette)]
            if pie:
                for j in range(len(spec.categories)):
                    pt = series.points[j]
                    pt.format.fill.solid()
                    pt.format.fill.fore_color.rgb = RGBColor.from_string(self.theme.palette[j % len(self.theme.palette)])
            elif spec.kind == "line":
                series.format.line.color.rgb = RGBColor.from_string(color)
            else:
                series.format.fill.solid()
                series.format.fill.fore_color.rgb = RGBColor.from_string(color)
            for j, label in enumerate(src.labels):  # labels show ~ and ranges as written
                dl = series.points[j].data_label
                dl.has_text_frame = True
                dl.text_frame.text = f"{spec.categories[j]}: {label}" if pie else label
                dl.font.size = Pt(13)
                if not pie and not ranged and spec.kind != "line":
                    dl.position = XL_LABEL_POSITION.OUTSIDE_END
                elif ranged:
                    dl.position = XL_LABEL_POSITION.INSIDE_BASE
        if not pie:
            category_axis, value_axis = chart.category_axis, chart.value_axis
            if spec.kind in ("bar", "timeline"):
                category_axis.reverse_order = True  # first category on top
            value_axis.has_major_gridlines = True
            value_axis.major_gridlines.format.line.color.rgb = RGBColor.from_string("DDDDDD")
            value_axis.has_title = bool(spec.unit)
            if spec.unit:
                value_axis.axis_title.text_frame.text = spec.unit
                value_axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(13)
            category_axis.tick_labels.font.size = Pt(13)
            value_axis.tick_labels.font.size = Pt(12)
        return gf

    # -- primitives ----------------------------------------------------------------------
    def _rect(self, s, x, y, w, h, color):
        shape = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(color)
        shape.line.fill.background()
        shape.shadow.inherit = False
        return shape

    def _title(self, s, text, x, y, w, h, sizes, color):
        para = Para(text, bold=True)
        inner = (w - 2 * INSET) * SAFETY
        size = next((sz for sz in sizes if len(wrap(text, inner, sz, True)) * sz * LINE_HEIGHT <= h - 2 * INSET), None)
        if size is None:  # too long even at the smallest size: shorten; the notes keep it whole
            size = sizes[-1]
            max_lines = max(1, int((h - 2 * INSET) // (size * LINE_HEIGHT)))
            lines = wrap(text, inner, size, True)[:max_lines]
            lines[-1] = lines[-1][: max(1, len(lines[-1]) - 2)] + "…"
            para = Para(" ".join(lines), bold=True)
        self._text(s, [para], x, y, w, h, (size,), color, anchor=MSO_ANCHOR.BOTTOM if y < 100 else MSO_ANCHOR.TOP,
                   font=self.theme.heading_font)

    def _time_line(self, s, at, y, color, x=MARGIN, width=W - 2 * MARGIN):
        box = self._box(s, x, y, width, TIME_H)
        p = box.text_frame.paragraphs[0]
        self._run(p, "▶ ", 14, color)
        for i, link in enumerate(at.links):
            if i:
                self._run(p, "  ·  ", 14, color)
            label = at.label if i == 0 else f"{link.name} {link.label or at.label}"
            self._run(p, label, 14, self.theme.accent if color != "FFFFFF" else "FFFFFF", url=link.url, bold=i == 0)
        if not at.links:
            self._run(p, at.label, 14, color, bold=True)
        _shrink_to_line(p, (width - 2 * INSET) * SAFETY)

    def _footer(self, s, number, total):
        text = f"{self.doc.title} · {self.doc.audience_label or self.doc.audience}"
        inner = (W - 2 * MARGIN - 80) * SAFETY
        if text_width(text, 11) > inner:
            while text and text_width(text + "…", 11) > inner:
                text = text[:-1]
            text += "…"
        self._text(s, [Para(text)], MARGIN, FOOT_Y, W - 2 * MARGIN - 80, FOOT_H, (11,), self.theme.muted)
        self._text(s, [Para(f"{number} / {total}")], W - MARGIN - 80, FOOT_Y, 80, FOOT_H, (11,), self.theme.muted,
                   align=PP_ALIGN.RIGHT)

    def _box(self, s, x, y, w, h):
        box = s.shapes.add_textbox(Pt(x), Pt(y), Pt(w), Pt(h))
        tf = box.text_frame
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        tf.margin_left = tf.margin_right = Pt(INSET)
        tf.margin_top = tf.margin_bottom = Pt(INSET)
        return box

    def _text(self, s, paras, x, y, w, h, sizes, color, bullets=False, align=None, anchor=MSO_ANCHOR.TOP, font=None):
        """A text box holding ``paras`` at the first of ``sizes`` that fits (the last one otherwise)."""
        inner = (w - 2 * INSET) * SAFETY
        plain = [Para(p.text, -1 if not bullets else p.level, p.bold, p.scale, p.at_label, p.at_url) for p in paras]
        size = sizes[0] if len(sizes) == 1 else (fit_size(plain, inner, h - 2 * INSET, sizes) or sizes[-1])
        box = self._box(s, x, y, w, h)
        tf = box.text_frame
        tf.vertical_anchor = anchor
        for i, para in enumerate(paras):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            psize = size * para.scale
            for j, line in enumerate(para.text.split("\n")):  # lines of a paragraph split across slides
                if j:
                    p.add_line_break()
                self._run(p, line, psize, color, bold=para.bold, font=font)
            if para.at_label:
                self._run(p, " (", psize, self.theme.muted)
                self._run(p, para.at_label, psize, self.theme.accent, url=para.at_url or None)
                self._run(p, ")", psize, self.theme.muted)
            p.line_spacing = Pt(psize * LINE_HEIGHT)
            if i and bullets:
                p.space_before = Pt(psize * SPACE_BEFORE)
            if align is not None:
                p.alignment = align
            if bullets:
                _bullet(p, para.level)
        return box

    def _run(self, p, text, size, color, bold=False, url=None, font=None):
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = font or self.theme.body_font
        run.font.color.rgb = RGBColor.from_string(color)
        _script_fonts(run, text, font or self.theme.body_font)
        if url:
            run.hyperlink.address = url
        return run

    def _properties(self, doc: Document, epoch):
        from datetime import datetime, timezone
        props = self.prs.core_properties
        props.title = doc.title
        props.subject = doc.subject
        props.author = doc.author
        props.keywords = ", ".join(doc.keywords)
        props.language = doc.lang
        props.comments = f"Briefing for the {doc.audience_label or doc.audience} audience"
        props.last_modified_by = "briefing"
        props.revision = 1
        stamp = datetime.fromtimestamp(epoch or 0, tz=timezone.utc).replace(tzinfo=None)
        props.created = props.modified = stamp
        props.last_printed = stamp


def _shrink_to_line(p, width):
    """Shrink a one-line paragraph's runs until they fit ``width`` points."""
    runs = list(p.runs)
    text = "".join(r.text for r in runs)
    size = runs[0].font.size.pt
    while size > 8 and text_width(text, size, True) > width:
        size -= 1
    for r in runs:
        r.font.size = Pt(size)


def _bullet(p, level: int) -> None:
    pPr = p._p.get_or_add_pPr()
    pPr.set("marL", str(int(Pt(INDENT * (level + 1)))))
    pPr.set("indent", str(int(-Pt(INDENT * 0.8))))
    for tag in ("a:buFont", "a:buChar", "a:buNone"):
        for old in pPr.findall(qn(tag)):
            pPr.remove(old)
    char = pPr.makeelement(qn("a:buChar"), {"char": BULLET_CHARS[min(level, 2)]})
    pPr.append(char)


def _script_fonts(run, text: str, latin: str) -> None:
    """Set the East Asian and complex-script font slots so CJK and Arabic display."""
    rPr = run._r.get_or_add_rPr()
    if any("\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\uffef" for ch in text):
        rPr.append(rPr.makeelement(qn("a:ea"), {"typeface": "Microsoft YaHei"}))
    if any("\u0590" <= ch <= "\u08ff" for ch in text):
        rPr.append(rPr.makeelement(qn("a:cs"), {"typeface": "Arial"}))
        run._r.getparent().get_or_add_pPr().set("rtl", "1")
