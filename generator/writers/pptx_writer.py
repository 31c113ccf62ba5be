"""PptxWriter: the Document as a 16:9 PowerPoint deck with native charts.

Every text box is measured with Calibri's metrics (via Carlito) and fitted: a smaller size
down to a readable floor, then continuation slides. Nothing relies on autofit.

The deck starts from python-pptx's default deck and notes master (read as files); the package
is written by opc.py and the charts by pptx_chart.py. Slides and notes are XML text, one part
each: python-pptx's object API costs about a millisecond a shape and scans every slide for each
new one (a 2,000-slide deck took 20 s with it; it takes about 1.5 s this way, without importing it).
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

from ..contrast import readable, required, text_on
from ..document import MAX_FIGURES, Bullet, ChartSpec, Document, Slide
from ..errors import BriefingError, Problem
from ..fit import INDENT, SPACE_BEFORE, Para, fit_or_paginate, fit_size, fits, paginate
from ..images import image_size, read_image
from ..measure import LINE_HEIGHT, line_spans, measuring, text_width, wrap
from .common import column_widths, split_row, unique_titles, xml_attr as _attr, xml_text as _esc
from .opc import CORE_RT, RT, XML_HEAD, Package, Part
from .pptx_chart import chart_parts
from . import Writer
from .pptx_master import (DEFAULT_LAYOUTS, add_notes_master, check_template, find_layout, masters, open_template,
                          set_slide_list, set_slide_size, slide_layouts, slide_size, theme_from_master)
from .pptx_theme import LINK_IN_RUN_COLOUR, link_colour, themed

W, H = 960.0, 540.0  # slide size in points (13.333 x 7.5 in, 16:9)
MARGIN = 40.0
TITLE_Y, TITLE_H = 22.0, 72.0
TIME_Y, TIME_H = 94.0, 22.0
BODY_Y, BODY_H = 122.0, 378.0
FOOT_Y, FOOT_H = 510.0, 20.0
INSET = 4.0
SAFETY = 0.96  # measure against slightly narrower boxes than drawn
BODY_SIZES = (24, 22, 20, 18)  # body text on a content slide is never smaller: it continues instead
TABLE_SIZES = (20, 18)  # the same for table cells
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
SLIDE_HEAD = f"{XML_HEAD}<p:sld {NS}><p:cSld>{{background}}<p:spTree>{_GROUP}"
BACKGROUND = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="{}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
# a shape that only decorates: screen readers and PowerPoint's accessibility checker pass over it
DECORATIVE = ('<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative '
              'xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>')
# a title placeholder takes the master's title style (centred, in capitals, ...): the deck's own look is restated
TITLE_STYLE = ('<a:lstStyle><a:lvl1pPr marL="0" indent="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef>'
               '<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/><a:defRPr i="0" u="none" strike="noStrike" '
               'cap="none" spc="0" baseline="0"/></a:lvl1pPr></a:lstStyle>')
SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
# a dark slide maps the link colour to the light one (a viewer draws links in the theme's link colour)
DARK_TAIL = ('</p:spTree></p:cSld><p:clrMapOvr><a:overrideClrMapping bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
             'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
             'accent6="accent6" hlink="{link}" folHlink="{link}"/></p:clrMapOvr></p:sld>')
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
        link = _at(b.at) if b.at or not b.url else (b.url, b.url)  # a link point shows its address, linked
        paras.append(Para(b.text, min(level, 2), False, 1.0 if level == 0 else 0.9, *link))
        paras.extend(_flatten(b.children, level + 1))
    return paras


class PptxWriter(Writer):
    """Writes a Document as a .pptx deck."""

    name = "pptx"
    suffix = ".pptx"

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
            self.package = Package.read(_pptx_data("default.pptx"))
            self.k, self.W = 1.0, W
            set_slide_size(self.package.main, int(W * 12700), int(H * 12700))
            theme_part = masters(self.package)[0].rels.part("theme")
            theme_part.blob = themed(theme_part.blob, doc.theme)
        self.link = link_colour(self.theme)
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
        self._run_heads: dict[tuple, str] = {}
        self.footer = self._footer_text()
        pages = [page for slide in doc.slides if slide.deck for page in self._pages(slide)]
        for number, ((slide, _, part), title) in enumerate(zip(pages, self._titles(pages)), start=1):
            self._draw(slide, title, part, number, len(pages))
        set_slide_list(self.pres, self.slide_list)
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
            return fit_or_paginate(paras, width - 80, BODY_H - 20 - self._attribution_h(slide), (28, 26) + BODY_SIZES)
        if slide.layout == "big_number":
            groups = [slide.figures[i:i + MAX_FIGURES] for i in range(0, len(slide.figures), MAX_FIGURES)]
            if all(self._figure_fits(fig, len(group)) for group in groups for fig in group):
                return groups
            # a figure too long for a big number is a bullet, its label under it, continued as bullets are
            paras = [p for f in slide.figures for p in (Para(f.value, 0, True, 1.0, *_at(f.at)), Para(f.label, 1, False, 0.9))]
            return fit_or_paginate(paras, width, BODY_H - 2 * INSET, BODY_SIZES)
        if slide.layout == "table":
            return self._table_pages(slide)
        if slide.layout == "two_column":
            return self._column_pages(slide)
        return [None]

    # -- titles: each deck slide's title is its title placeholder, unique in the deck --------
    def _titles(self, pages) -> list[tuple[str, int, str]]:
        """(title, size, text shown) of each deck slide: titles made unique ("(2)"); a slide whose
        title is empty gets "Slide N" (drawn above the slide); a title too long for its box is
        shortened with … before its "(cont.)" or number, so the titles shown are unique too."""
        names = unique_titles([title if slide.title.strip() else f"Slide {number}"
                               for number, (slide, title, _) in enumerate(pages, start=1)])
        shown, seen = [], set()
        for (slide, _, _), name in zip(pages, names):
            tail = name[len(slide.title):] if slide.title.strip() else ""
            size, text = self._fit_title(name, tail, slide.layout)
            n = 1
            while text in seen:
                n += 1
                size, text = self._fit_title(f"{name} ({n})", f"{tail} ({n})", slide.layout)
            seen.add(text)
            shown.append((name, size, text))
        return shown

    def _title_box(self, layout: str) -> tuple:
        """Where the title of a slide of ``layout`` goes: x, y, width, height, and its sizes."""
        if layout in ("title", "section"):
            return MARGIN, 150, self.W - 2 * MARGIN, 140, (44, 40, 36, 32, 28, 24, 20)
        return MARGIN, TITLE_Y, self.W - 2 * MARGIN, TITLE_H, TITLE_SIZES

    def _fit_title(self, text: str, tail: str, layout: str) -> tuple[int, str]:
        """The largest title size ``text`` fits its box at, and ``text``; if none, the smallest size
        and ``text`` shortened with … before ``tail`` (the end that tells it from other titles)."""
        _, _, w, h, sizes = self._title_box(layout)
        inner, room = (w - 2 * INSET) * SAFETY, h - 2 * INSET
        for size in sizes:
            if len(wrap(text, inner, size, True)) * size * LINE_HEIGHT <= room:
                return size, text
        size = sizes[-1]
        max_lines = max(1, int(room // (size * LINE_HEIGHT)))
        head = " ".join(wrap(text[:len(text) - len(tail)], inner, size, True)[:max_lines])
        head = head[:max(1, len(head) - 2)]
        while len(head) > 1 and len(wrap(head.rstrip() + "…" + tail, inner, size, True)) > max_lines:
            head = head[:-1]
        return size, head.rstrip() + "…" + tail

    def _title(self, s, slide: Slide, size: int, text: str, color: str) -> None:
        """The slide's title placeholder (the title screen readers announce) at its fitted size;
        a slide with no title of its own has one above the slide, where no one sees it."""
        x, y, w, h, _ = self._title_box(slide.layout)
        if not slide.title.strip():
            y = -h
        self._text(s, [Para(text, bold=True)], x, y, w, h, (size,), color, anchor="b" if y < 100 else "t",
                   font=self.theme.heading_font, ph="ctrTitle" if slide.layout == "title" else "title")

    # -- drawing -------------------------------------------------------------------------
    def _draw(self, slide: Slide, shown: tuple[str, int, str], part, number: int, total: int) -> None:
        dark = slide.layout in ("title", "section")
        s = self._add_slide(slide.layout if dark else "content")
        title, size, text = shown
        tail, self.behind, background = SLIDE_TAIL, self.theme.background, ""
        if dark:
            # on a user's master its design shows: no full-bleed colour, text in its own colours
            if self.template:
                back, light = self.theme.background, self.theme.primary
                soft = readable(self.theme.muted, back)
            else:  # text and links in whichever of the text and background colours reads on the primary
                back = self.theme.primary
                light = text_on(back, self.theme.text, self.theme.background)
                on_light = light == self.theme.background
                soft = readable("DDDDDD" if on_light else self.theme.muted, back)
                tail = DARK_TAIL.format(link="lt1" if on_light else "dk1")
                background = BACKGROUND.format(back)
            self.behind = back
            self._title(s, slide, size, text, light)
            sub = slide.subtitle or ""
            if sub:
                self._text(s, [Para(sub)], MARGIN, 300, self.W - 2 * MARGIN, 60, (24, 22, 20, 18, 16), light)
            if slide.text:
                self._text(s, [Para(slide.text)], MARGIN, 370, self.W - 2 * MARGIN, 50, (20, 18, 16, 14), soft)
            if slide.layout == "title" and self.doc.audience_label:
                self._text(s, [Para(f"Prepared for: {self.doc.audience_label} audience")], MARGIN, 440, self.W - 2 * MARGIN, 30,
                           (16, 14), readable(self.theme.accent, back))
            if slide.at:
                self._time_line(s, slide.at, 430, light, link_color=light)
            if slide.layout == "title" and self.theme.logo:
                self._picture(s, self.theme.logo, self.W - MARGIN - 160, 40, 160, 80)
        else:
            self._title(s, slide, size, text, self.theme.primary)
            self._rect(s, 0, 0, self.W, 6, self.theme.accent)
            if slide.at:
                self._time_line(s, slide.at, TIME_Y, self.theme.muted)
            elif slide.subtitle:
                self._text(s, [Para(slide.subtitle)], MARGIN, TIME_Y, self.W - 2 * MARGIN, TIME_H, (14, 12), self.theme.muted)
            getattr(self, f"_body_{slide.layout}")(s, slide, part)
            self._footer(s, number, total)
        s.part.blob = (SLIDE_HEAD.format(background=background) + "".join(s.shapes) + tail).encode("utf-8")
        notes = "\n".join(([f"Title: {title}"] if text != title else []) + ([slide.notes] if slide.notes else []))
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

    def _attribution_h(self, slide) -> float:
        """The height a quote's attribution takes under it, at body size."""
        if not slide.attribution:
            return 40.0
        lines = wrap("— " + slide.attribution, (self.W - 2 * MARGIN - 80 - 2 * INSET) * SAFETY, 18)
        return len(lines) * 18 * LINE_HEIGHT + 2 * INSET + 4

    def _body_quote(self, s, slide, part):
        size, paras = part
        attribution_h = self._attribution_h(slide)
        quote_h = BODY_H - 20 - attribution_h
        self._rect(s, MARGIN, BODY_Y + 10, 6, quote_h, self.theme.accent)
        self._text(s, paras, MARGIN + 30, BODY_Y + 10, self.W - 2 * MARGIN - 80, quote_h, (size,), self.theme.text,
                   italic=True)
        if slide.attribution:
            self._text(s, [Para("— " + slide.attribution)], MARGIN + 30, BODY_Y + 14 + quote_h, self.W - 2 * MARGIN - 80,
                       attribution_h, (18,), self.theme.muted)

    def _grid(self, n: int) -> tuple:
        """The grid of ``n`` figures (a row of up to three; four as two by two): columns, rows,
        column width, cell height, and the heights of a value and of a label."""
        cols = n if n <= 3 else 2
        rows = -(-n // cols)
        col_w = (self.W - 2 * MARGIN - 20 * (cols - 1)) / cols
        cell_h = (BODY_H - 10 * (rows - 1)) / rows
        value_h = min(110, cell_h * 0.4)
        return cols, rows, col_w, cell_h, value_h, 130 if rows == 1 else cell_h - value_h - TIME_H

    def _figure_fits(self, fig, n: int) -> bool:
        """Whether a figure's value (at 20 points at least) and label (at the body's 18) fit a grid of ``n``."""
        _, _, col_w, _, value_h, label_h = self._grid(n)
        inner = (col_w - 2 * INSET) * SAFETY
        return (len(wrap(fig.value, inner, 20, True)) * 20 * LINE_HEIGHT <= value_h - 2 * INSET
                and fits([Para(fig.label, -1)], inner, label_h - 2 * INSET, BODY_SIZES[-1]))

    def _body_big_number(self, s, slide, figures):
        """One to four figures in a grid, each with its label and, when it differs from the
        slide's, its time; figures too long for a grid come as bullets (``figures`` is then (size, paras))."""
        if isinstance(figures, tuple):
            return self._body_bullets(s, slide, figures)
        cols, rows, col_w, cell_h, value_h, label_h = self._grid(len(figures))
        for i, fig in enumerate(figures):
            x = MARGIN + (i % cols) * (col_w + 20)
            y = BODY_Y + (i // cols) * (cell_h + 10) + (40 if rows == 1 else 0)
            inner = (col_w - 2 * INSET) * SAFETY
            size = next((sz for sz in (72, 64, 56, 48, 40, 32, 28, 24, 20)
                         if len(wrap(fig.value, inner, sz, True)) == 1 and sz * 1.3 <= value_h), 20)
            self._text(s, [Para(fig.value, bold=True)], x, y, col_w, value_h, (size,), self.theme.accent, align="ctr")
            self._text(s, [Para(fig.label)], x, y + value_h + 10 * (rows == 1), col_w, label_h, BODY_SIZES,
                       self.theme.text, align="ctr")
            if fig.at:
                self._time_line(s, fig.at, y + value_h + label_h + 10 * (rows == 1), self.theme.muted, x=x, width=col_w)

    def _body_two_column(self, s, slide, part):
        size, columns = part
        col_w = (self.W - 2 * MARGIN - 30) / 2
        for i, (heading, paras) in enumerate(columns):
            x = MARGIN + i * (col_w + 30)
            self._rect(s, x, BODY_Y, col_w, 4, self.theme.palette[i % len(self.theme.palette)])
            self._text(s, [Para(heading, bold=True)], x, BODY_Y + 8, col_w, 44, (size + 2, size), self.theme.primary)
            self._text(s, paras, x, BODY_Y + 56, col_w, BODY_H - 56, (size,), self.theme.text, bullets=True)

    def _column_pages(self, slide):
        """Pages of (size, [(heading, paras)] for each column): one page at the largest size both
        columns fit, else both columns continued side by side at the smallest body size."""
        col_w = ((self.W - 2 * MARGIN - 30) / 2 - 2 * INSET) * SAFETY
        height = BODY_H - 56 - 2 * INSET
        cols = [(c.title, _flatten(c.bullets) or [Para("")]) for c in slide.columns[:2]]
        for size in BODY_SIZES:
            if all(fits(paras, col_w, height, size) for _, paras in cols):
                return [(size, cols)]
        size = BODY_SIZES[-1]
        split = [paginate(paras, col_w, height, size) for _, paras in cols]
        return [(size, [(heading, pages[i] if i < len(pages) else [Para("")]) for (heading, _), pages in zip(cols, split)])
                for i in range(max(map(len, split)))]

    def _body_chart(self, s, slide, part):
        spec = slide.chart
        caption_h = 0.0
        if spec.caption:  # up to three lines at body size under the chart
            lines = len(wrap(spec.caption, (self.W - 2 * MARGIN - 2 * INSET) * SAFETY, 18))
            caption_h = min(lines, 3) * 18 * LINE_HEIGHT + 18 * SPACE_BEFORE + 2 * INSET
        self._chart(s, spec, MARGIN, BODY_Y, self.W - 2 * MARGIN, BODY_H - caption_h)
        if spec.caption:
            self._text(s, [Para(spec.caption)], MARGIN, BODY_Y + BODY_H - caption_h, self.W - 2 * MARGIN, caption_h,
                       (18, 16, 14), self.theme.muted)

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
        head_colour = text_on(self.theme.primary, self.theme.text, self.theme.background, required(size, True))
        out, slide_back = [], self.behind
        for (cells, is_header), h in zip(rows, heights):
            self.behind = self.theme.primary if is_header else slide_back
            fill = f'<a:solidFill><a:srgbClr val="{self.theme.primary}"/></a:solidFill>' if is_header else ""
            tcs = "".join(
                f'<a:tc><a:txBody><a:bodyPr wrap="square"/><a:lstStyle/>'
                f'{self._p(self._run(s, text, size, head_colour if is_header else self.theme.text, bold=is_header), size)}'
                f'</a:txBody><a:tcPr {margins}>{fill}</a:tcPr></a:tc>' for text in cells)
            out.append(f'<a:tr h="{e(h)}">{tcs}</a:tr>')
        self.behind = slide_back
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
        xml, workbook = chart_parts(spec, self.theme.palette, self.theme.body_font, self.k, self.theme.text,
                                    self.theme.background, w, h)
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
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" name="Decoration">{DECORATIVE}</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
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
        blob = read_image(path)
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

    def _time_line(self, s, at, y, color, x=MARGIN, width=None, link_color=None):
        width = self.W - 2 * MARGIN if width is None else width
        link_color = link_color or self.link
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

    def _box(self, s, x, y, w, h, paragraphs: str, anchor="t", ph=None):
        """A text box that never autofits: the build measured what goes in it. With ``ph`` (title
        or ctrTitle) it is the slide's title placeholder, in the same place and look."""
        inset = self._emu(INSET)
        if ph:
            head = f'name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{ph}"/></p:nvPr>'
            line, styles = "<a:ln><a:noFill/></a:ln>", TITLE_STYLE
        else:
            head, line, styles = 'name="TextBox"/><p:cNvSpPr txBox="1"/><p:nvPr/>', "", "<a:lstStyle/>"
        s.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" {head}</p:nvSpPr>'
            f'<p:spPr>{self._xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>{line}</p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
            f'bIns="{inset}" anchor="{anchor}"><a:noAutofit/></a:bodyPr>{styles}{paragraphs}</p:txBody></p:sp>')

    def _text(self, s, paras, x, y, w, h, sizes, color, bullets=False, align=None, anchor="t", font=None,
              italic=False, ph=None):
        """A text box holding ``paras`` at the first of ``sizes`` that fits (the last one otherwise)."""
        size = sizes[0]
        if len(sizes) > 1:
            plain = [Para(p.text, -1 if not bullets else p.level, p.bold, p.scale, p.at_label, p.at_url) for p in paras]
            size = fit_size(plain, (w - 2 * INSET) * SAFETY, h - 2 * INSET, sizes) or sizes[-1]
        out = []
        for i, para in enumerate(paras):
            psize = para.size_at(size)
            runs = "<a:br/>".join(self._run(s, line, psize, color, bold=para.bold, font=font, italic=italic)
                                  for line in para.text.split("\n"))  # lines of a paragraph split across slides
            if para.at_label:
                runs += (self._run(s, " (", psize, self.theme.muted)
                         + self._run(s, para.at_label, psize, self.link, url=para.at_url or None)
                         + self._run(s, ")", psize, self.theme.muted))
            out.append(self._p(runs, psize, level=para.level if bullets else None, space=bool(i and bullets), align=align,
                          rtl=_right_to_left(para.text)))
        self._box(s, x, y, w, h, "".join(out), anchor, ph)

    def _run(self, s, text, size, color, bold=False, url=None, font=None, italic=False) -> str:
        """A run as XML: size, colour (made to meet AA on what is behind it), fonts for every script, and a link."""
        color = readable(color, self.behind, required(size, bold))
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
            inner += f'<a:hlinkClick r:id="{s.part.rels.relate(RT + "hyperlink", url, True)}">{LINK_IN_RUN_COLOUR}</a:hlinkClick>'
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


def _pptx_data(name: str) -> bytes:
    """A file of the deck's starting point: python-pptx 1.0.2's default deck, notes master and theme,
    shipped in ``pptx_data/`` (MIT licence beside them), so a deck needs no python-pptx at run time."""
    return (Path(__file__).resolve().parent / "pptx_data" / name).read_bytes()


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
