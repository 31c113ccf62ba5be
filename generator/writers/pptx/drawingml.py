"""DrawingML of the deck writer: shapes, pictures, charts, text boxes, paragraphs and runs as XML
text, in points scaled to the slide. The writer makes one ``DrawingML`` per deck (its Document, theme,
package, scale and type scale) and hands it to each slide kind's ``draw``; the slide being written
(``slide_xml.SlideXml``) carries its own width and the colour behind its text."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ...contrast import readable, required
from ...document import ChartSpec, Document, Slide, Theme
from ...errors import BriefingError, Problem
from ..common import Para
from .fit import INDENT, SPACE_BEFORE, fit_size
from ...images import image_size, read_image
from ..measure import LINE_HEIGHT, text_width
from ...scripts import RIGHT_TO_LEFT, has_east_asian, is_rtl
from ...short_title import short_title
from ...words import fill
from ...emoji import without_emoji
from ..common import longest_start, xml_attr as _attr, xml_text as _esc
from .charts import chart_parts
from .east_asian import east_asian
from .geometry import BULLET_CHARS, FOOT_H, FOOT_Y, INSET, KICKER_SIZE, MARGIN, SAFETY, TIME_H
from .namespaces import RT
from .package import Package
from .titling import fit_kicker, kicker_box, title_box
from .theme import LINK_IN_RUN_COLOUR, link_colour
from .timeline import time_runs, time_size
from .xml import CHART_URI, CT_CHART, CT_XLSX, DECORATIVE, TITLE_STYLE

if TYPE_CHECKING:
    from .scale import DeckScale

CS_FONT = "Arial"  # the complex-script slot (Hebrew, Arabic); the East Asian one: east_asian.py
CODE_FONT = "Courier New"  # code: on every PowerPoint; LibreOffice shows its metric twin, Liberation Mono


class DrawingML:
    """Writing one deck's shapes: rectangles, pictures, charts, text boxes fitted to their size, runs
    that meet AA contrast. ``k`` is the real slide's points per layout point; ``width`` the slide's
    width in layout points (for the footer); ``on_master``: the deck is drawn on a user's master."""

    def __init__(self, doc: Document, theme: Theme, package: Package, k: float, width: float, scale: DeckScale,
                 on_master: bool):
        self.doc, self.theme, self.package, self.k, self.scale = doc, theme, package, k, scale
        self.on_master = on_master
        self.link = link_colour(theme)  # the colour of links
        self.footer_text = footer_text(doc, width)  # the same on every slide
        self._run_heads: dict[tuple, str] = {}

    def title(self, s, slide: Slide, size: int, text: str, color: str, kicker_color: str = "", ph: str = "title") -> None:
        """The slide's title placeholder (the title screen readers announce; ``ph`` its type, ctrTitle
        on a title slide) at its fitted size, and its kicker above it, in ``kicker_color``; a slide with
        no title of its own has one above the slide, where no one sees it."""
        x, y, w, h, _ = title_box(slide.layout, s.width, slide.kicker)
        if not slide.title.strip():
            y = -h
        self.text(s, [Para(text, bold=True)], x, y, w, h, (size,), color, anchor="b" if y < 100 else "t",
                  font=self.theme.heading_font, ph=ph)
        if slide.kicker.strip():
            kx, ky, kw, kh = kicker_box(slide.layout, s.width)
            self.text(s, [Para(fit_kicker(slide.kicker, slide.layout, s.width), bold=True)], kx, ky, kw, kh,
                      (KICKER_SIZE,), kicker_color or color, anchor="b", font=self.theme.heading_font)

    # -- primitives: shapes are written as XML text and parsed once per slide -----------------
    def rect(self, s, x, y, w, h, color):
        s.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" name="Decoration">{DECORATIVE}</p:cNvPr><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self.xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></p:spPr></p:sp>')

    # -- units: the layout is drawn in points on a slide 540 points high; k scales it to the real slide
    def emu(self, points: float) -> int:
        return int(points * 12700 * self.k)

    def xfrm(self, x, y, w, h, tag: str = "a:xfrm") -> str:
        """Position and size (``tag`` p:xfrm for a graphic frame)."""
        e = self.emu
        return f'<{tag}><a:off x="{e(x)}" y="{e(y)}"/><a:ext cx="{e(w)}" cy="{e(h)}"/></{tag}>'

    def paragraph(self, runs: str, size, level=None, space=False, align=None, rtl=False, bullet=True, bullet_color=None) -> str:
        """A paragraph as XML: exact line pitch, spacing, bullet (or, without ``bullet``, indented as
        the level's text: a point's second paragraph; ``bullet_color`` where the first run's colour,
        which a bullet takes, is a link's), alignment, direction."""
        attrs = ""
        if level is not None:
            attrs = f' marL="{self.emu(INDENT * (level + 1))}"' + (f' indent="{-self.emu(INDENT * 0.8)}"' if bullet else "")
        if rtl and not align:  # right-to-left text at the right margin (a point's bullet there too): DrawingML's
            align = "r"  # alignment is absolute, a title's list style says "l", and rtl="1" alone leaves it there
        if align:
            attrs += f' algn="{align}"'
        if rtl:
            attrs += ' rtl="1"'
        ppr = f'<a:lnSpc><a:spcPts val="{int(round(size * self.k * LINE_HEIGHT * 100))}"/></a:lnSpc>'
        if space:
            ppr += f'<a:spcBef><a:spcPts val="{int(round(size * self.k * SPACE_BEFORE * 100))}"/></a:spcBef>'
        if level is not None:
            if bullet and bullet_color:
                ppr += f'<a:buClr><a:srgbClr val="{bullet_color}"/></a:buClr>'
            ppr += f'<a:buChar char="{BULLET_CHARS[min(level, 2)]}"/>' if bullet else "<a:buNone/>"
        return f"<a:p><a:pPr{attrs}>{ppr}</a:pPr>{runs}</a:p>"

    def picture(self, s, path, x, y, w, h):
        """A picture fitted into the box (x, y, w, h), aspect kept, aligned top right."""
        blob = read_image(path)
        size = image_size(blob)
        if size is None:
            raise BriefingError(Problem("logo: not a PNG or JPEG image", str(path)))
        px_w, px_h, ext = size
        scale = min(w / px_w, h / px_h)
        pw, ph = px_w * scale, px_h * scale
        rid = s.part.rels.relate(RT + "image", self.package.image_part(blob, ext))
        alt = fill(self.doc.words["logo_alt"], name=Path(path).name)
        s.shapes.append(
            f'<p:pic><p:nvPicPr><p:cNvPr id="{s.new_id()}" name="Logo" descr={_attr(alt)}/>'
            f'<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{rid}"/>'
            f'<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{self.xfrm(x + w - pw, y, pw, ph)}'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>')

    def chart(self, s, spec: ChartSpec, x, y, w, h, scale: tuple | None = None):
        """A native chart (editable in PowerPoint, its data in an embedded workbook); ``scale`` fixes
        its value axis (a part of a chart continued over slides)."""
        xml, workbook = chart_parts(spec, self.theme.palette, self.theme.body_font, self.k, self.theme.text,
                                    self.theme.background, w, h, scale)
        chart = self.package.new_part("/ppt/charts/chart%d.xml", CT_CHART, xml)
        book = self.package.new_part("/ppt/embeddings/Microsoft_Excel_Sheet%d.xlsx", CT_XLSX, workbook)
        chart.rels.add(RT + "package", book)  # rId1, as the chart's externalData says
        rid = s.part.rels.add(RT + "chart", chart)
        alt = spec.alt_text(self.doc.words)
        s.shapes.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{s.new_id()}" name="Chart" descr={_attr(alt)}/>'
            f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'{self.xfrm(x, y, w, h, "p:xfrm")}'
            f'<a:graphic><a:graphicData uri="{CHART_URI}"><c:chart xmlns:c="{CHART_URI}" r:id="{rid}"/>'
            f'</a:graphicData></a:graphic></p:graphicFrame>')

    def time_line(self, s, at, y, color, x=MARGIN, width=None, link_color=None):
        """A moment's time line ("▶ 13:28 · YouTube video 3:33", each time a link) at the deck's time size."""
        width = s.width - 2 * MARGIN if width is None else width
        runs = time_runs(at, color, link_color or self.link)
        size = time_size(at, width, self.scale.time_size)
        body = "".join(self.run(s, text, size, run_color, bold=bold, url=url) for text, run_color, url, bold in runs)
        self.box(s, x, y, width, TIME_H, self.paragraph(body, size))

    def footer(self, s, number, total):
        self.text(s, [Para(self.footer_text)], MARGIN, FOOT_Y, s.width - 2 * MARGIN - 80, FOOT_H, (11,), self.theme.muted)
        self.text(s, [Para(f"{number} / {total}")], s.width - MARGIN - 80, FOOT_Y, 80, FOOT_H, (11,), self.theme.muted,
                  align="r")

    def box(self, s, x, y, w, h, paragraphs: str, anchor="t", ph=None):
        """A text box that never autofits: the build measured what goes in it. With ``ph`` (title
        or ctrTitle) it is the slide's title placeholder, in the same place and look."""
        inset = self.emu(INSET)
        if ph:
            head = f'name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="{ph}"/></p:nvPr>'
            line, styles = "<a:ln><a:noFill/></a:ln>", TITLE_STYLE
        else:
            head, line, styles = 'name="TextBox"/><p:cNvSpPr txBox="1"/><p:nvPr/>', "", "<a:lstStyle/>"
        s.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{s.new_id()}" {head}</p:nvSpPr>'
            f'<p:spPr>{self.xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>{line}</p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" '
            f'bIns="{inset}" anchor="{anchor}"><a:noAutofit/></a:bodyPr>{styles}{paragraphs}</p:txBody></p:sp>')

    def text(self, s, paras, x, y, w, h, sizes, color, bullets=False, align=None, anchor="t", font=None,
             italic=False, ph=None):
        """A text box holding ``paras`` at the first of ``sizes`` that fits (the last one otherwise)."""
        size = sizes[0]
        if len(sizes) > 1:
            plain = [replace(p, level=-1 if not bullets else p.level) for p in paras]
            size = fit_size(plain, (w - 2 * INSET) * SAFETY, h - 2 * INSET, sizes) or sizes[-1]
        out = []
        for i, para in enumerate(paras):
            psize = para.size_at(size)
            if para.runs:
                runs = self.runs(s, para.runs, psize, color, bold=para.bold, font=font, italic=italic)
            else:
                runs = "<a:br/>".join(self.run(s, line, psize, color, bold=para.bold, font=font, italic=italic)
                                      for line in para.text.split("\n"))  # lines of a paragraph split across slides
            link = self.run(s, para.at_label if para.own_line else f"({para.at_label})", psize, self.link,
                            url=para.at_url or None) if para.at_label else ""
            if link and not para.own_line:  # a viewer may break a line at either end of a link: its brackets are in it
                runs += self.run(s, " ", psize, self.theme.muted) + link
            level = para.level if bullets else None
            first_link = bool(para.runs and para.runs[0].url)  # its bullet in the text's colour, not the link's
            out.append(self.paragraph(runs, psize, level=level, space=bool(i and bullets), align=align,
                                      bullet_color=readable(color, s.behind) if first_link else None,
                                      rtl=is_rtl(para.text)))
            if link and para.own_line:  # an address under its text, left to right whatever the text's direction
                out.append(self.paragraph(link, psize, level=level, align=align, bullet=False))
        self.box(s, x, y, w, h, "".join(out), anchor, ph)

    def runs(self, s, runs, size, color, bold=False, font=None, italic=False) -> str:
        """Inline runs as XML runs: bold, italic, code in the monospace face, links in the link colour
        (a line break inside a run, from a paragraph split across slides, as a break)."""
        out = []
        for run in runs:
            for i, line in enumerate(run.text.split("\n")):
                if i:
                    out.append("<a:br/>")
                if line:
                    out.append(self.run(s, line, size, self.link if run.url else color, bold=bold or run.bold,
                                        url=run.url or None, font=CODE_FONT if run.code else font,
                                        italic=italic or run.italic))
        return "".join(out)

    def run(self, s, text, size, color, bold=False, url=None, font=None, italic=False) -> str:
        """A run as XML: size, colour (made to meet AA on what is behind it), fonts for every script, and a
        link; without emoji."""
        color = readable(color, s.behind, required(size, bold))
        key = (size, color, bold, font, italic)
        head = self._run_heads.get(key)
        if head is None:  # a deck has a few dozen kinds of run: each is written once
            attrs = f' sz="{int(round(size * self.k * 100))}" b="{1 if bold else 0}"' + (' i="1"' if italic else "")
            head = self._run_heads[key] = (f'<a:r><a:rPr{attrs}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
                                           f'<a:latin typeface={_attr(font or self.theme.body_font)}/>')
        inner = ""
        if has_east_asian(text):
            tag, face = east_asian(text, self.doc.lang)
            head = head.replace("<a:rPr", f'<a:rPr lang="{tag}"', 1) if tag else head
            inner += f'<a:ea typeface="{face}"/>'
        if RIGHT_TO_LEFT.search(text):
            inner += f'<a:cs typeface="{CS_FONT}"/>'
        if url:
            inner += f'<a:hlinkClick r:id="{s.part.rels.relate(RT + "hyperlink", url, True)}">{LINK_IN_RUN_COLOUR}</a:hlinkClick>'
        # emoji are left out: no font of a deck has them (a viewer without one draws empty boxes)
        return f"{head}{inner}</a:rPr><a:t>{_esc(without_emoji(text))}</a:t></a:r>"


def footer_text(doc: Document, width: float) -> str:
    """The deck's footer, the title in short (short_title: the cover says it whole), shortened with … to fit its
    box on slides ``width`` points wide (the same on every slide)."""
    text = f"{short_title(doc.title)} · {doc.audience_label or doc.audience}"
    inner = (width - 2 * MARGIN - 80) * SAFETY
    if text_width(text, 11) > inner:
        text = longest_start(text, lambda start: text_width(start + "…", 11) <= inner) + "…"
    return text
