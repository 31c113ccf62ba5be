"""Colours in a built deck, for the presentability check: theme colours resolved through the
master's colour map, what is behind a shape, and WCAG AA contrast of text runs and chart labels."""
from __future__ import annotations

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Emu

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _luminance(hex_color: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fore: str, back: str) -> float:
    """The WCAG contrast ratio of two RRGGBB colours (1 to 21)."""
    a, b = sorted((_luminance(fore), _luminance(back)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Theme:
    """A master's colours: scheme names (tx1, accent1, …) to RRGGBB through its clrMap."""

    def __init__(self, master, slide=None):
        from lxml import etree

        theme = etree.fromstring(master.part.part_related_by(RT.THEME).blob)
        self.scheme = {}
        for slot in theme.find(f".//{A}clrScheme"):
            value = slot[0].get("lastClr") or slot[0].get("val")
            self.scheme[slot.tag.replace(A, "")] = value
        cmap = master._element.find(f"{P}clrMap")
        self.map = dict(cmap.attrib) if cmap is not None else {"tx1": "dk1", "bg1": "lt1", "tx2": "dk2", "bg2": "lt2"}
        override = slide._element.find(f"{P}clrMapOvr/{A}overrideClrMapping") if slide is not None else None
        if override is not None:  # a slide may map the scheme its own way (a dark slide: links in lt1)
            self.map.update(override.attrib)

    def color(self, element) -> str | None:
        """The RRGGBB of a colour element (srgbClr, schemeClr, sysClr), or None."""
        if element is None:
            return None
        if element.tag == f"{A}srgbClr":
            return element.get("val").upper()
        if element.tag == f"{A}sysClr":
            return (element.get("lastClr") or "000000").upper()
        if element.tag == f"{A}schemeClr":
            name = element.get("val")
            return (self.scheme.get(self.map.get(name, name)) or self.scheme.get(name) or "000000").upper()
        return None

    def fill(self, element) -> str | None:
        """The solid fill colour inside ``element`` (a shape's spPr, a cell's tcPr, a bg), or None."""
        if element is None:
            return None
        solid = element.find(f".//{A}solidFill")
        return self.color(solid[0]) if solid is not None and len(solid) else None


def background(slide, theme: Theme) -> str:
    """The colour of a slide's background (its own, its layout's or its master's; else white)."""
    for owner in (slide, slide.slide_layout, slide.slide_layout.slide_master):
        color = theme.fill(owner._element.find(f".//{P}bg"))
        if color:
            return color
    return theme.color(_scheme("bg1")) or "FFFFFF"


def _scheme(name: str):
    from lxml import etree

    return etree.fromstring(f'<a:schemeClr xmlns:a="{A[1:-1]}" val="{name}"/>')


def once(slide, name: str, read):
    """``read(slide)``, worked out once per slide of an opened deck and kept on it (the rules ask the same
    of a slide many times; python-pptx gives one Slide object per slide of a Presentation, but new
    shape objects at each walk of its shapes): shared, so read it, do not change it."""
    kept = vars(slide)
    if name not in kept:
        kept[name] = read(slide)
    return kept[name]


def shapes_of(slide) -> list:
    """A slide's shapes, made once (see ``once``)."""
    return once(slide, "_shapes", lambda s: list(s.shapes))


def table_rows(slide) -> list[list[str]]:
    """Each row of each native table of ``slide`` (its header row first), as its cells' texts: a table's row says
    what a point would ("Revenue | $9.2 billion | +36% year-over-year": tabled_points.py), so a test that reads
    a slide's text reads its cells too."""
    return [[cell.text for cell in row.cells] for shape in shapes_of(slide)
            if getattr(shape, "has_table", False) and shape.has_table for row in shape.table.rows]


def table_lines(slide) -> list[str]:
    """Each row of ``slide``'s tables as one line, its filled cells joined by " | "."""
    return [" | ".join(cell for cell in row if cell) for row in table_rows(slide)]


_XFRM = {f"{P}sp": f"{P}spPr/{A}xfrm", f"{P}pic": f"{P}spPr/{A}xfrm", f"{P}cxnSp": f"{P}spPr/{A}xfrm",
         f"{P}graphicFrame": f"{P}xfrm", f"{P}grpSp": f"{P}grpSpPr/{A}xfrm"}  # where each kind of shape keeps its place


def box(shape) -> tuple[float, float, float, float]:
    """A shape's left, top, width and height in points: python-pptx's values, read from the shape's own
    offset and extent (python-pptx's properties look each one up again: the checks ask for thousands);
    a shape without both (a placeholder takes its layout's) through python-pptx."""
    xfrm = shape._element.find(_XFRM.get(shape._element.tag, f"{P}none"))
    off, ext = (None, None) if xfrm is None else (xfrm.find(f"{A}off"), xfrm.find(f"{A}ext"))
    if off is None or ext is None:
        return tuple(Emu(v or 0).pt for v in (shape.left, shape.top, shape.width, shape.height))
    return tuple(Emu(int(v)).pt for v in (off.get("x"), off.get("y"), ext.get("cx"), ext.get("cy")))


def behind(shapes, index: int, theme: Theme, default: str) -> str:
    """The colour under shape ``index``: its own fill, else the last filled shape before it
    that holds its centre, else ``default``."""
    own = theme.fill(shapes[index]._element.find(f"{P}spPr"))
    if own:
        return own
    x, y, w, h = box(shapes[index])
    cx, cy = x + w / 2, y + h / 2
    for shape in reversed(shapes[:index]):
        sx, sy, sw, sh = box(shape)
        color = theme.fill(shape._element.find(f"{P}spPr"))
        if color and sx <= cx <= sx + sw and sy <= cy <= sy + sh:
            return color
    return default


def _run_color(run, paragraph, theme: Theme) -> str:
    for holder in (run.find(f"{A}rPr"), paragraph.find(f"{A}pPr/{A}defRPr")):
        color = theme.fill(holder) if holder is not None else None
        if color:
            return color
    return theme.color(_scheme("tx1"))


def size_of(run, default: float = 18.0) -> float:
    """A run's size in points (the default when it states none)."""
    rpr = run.find(f"{A}rPr")
    return int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else default


def _needed(size: float, bold: bool) -> float:
    return 3.0 if size >= 18 or (bold and size >= 14) else 4.5


def runs_against(txbody, back: str, theme: Theme) -> list[str]:
    """Runs of ``txbody`` below WCAG AA against ``back``, described; a link is checked in its own
    colour and in the theme's hyperlink colour."""
    out = []
    for p in txbody.iter(f"{A}p"):
        for r in p.iter(f"{A}r"):
            text = "".join(t.text or "" for t in r.iter(f"{A}t")).strip()
            if not text:
                continue
            rpr = r.find(f"{A}rPr")
            size = size_of(r)
            colours = {_run_color(r, p, theme)}
            if rpr is not None and rpr.find(f"{A}hlinkClick") is not None:
                colours.add(theme.color(_scheme("hlink")))  # LibreOffice (and older PowerPoint) draw links so
            for fore in sorted(colours):
                ratio = contrast(fore, back)
                if ratio < _needed(size, rpr is not None and rpr.get("b") == "1"):
                    out.append(f"text '{text[:40]}': #{fore} on #{back} is {ratio:.2f}:1 at {size:g} pt")
    return out


def chart_contrast(chart_space, theme: Theme, back: str) -> list[str]:
    """Data labels against the bar or slice they sit in (or the slide when outside)."""
    out = []
    for plot in chart_space.iter():
        if not isinstance(plot.tag, str) or not plot.tag.endswith("Chart") or plot.tag == f"{C}chart":
            continue
        pie = plot.tag in (f"{C}pieChart", f"{C}doughnutChart")
        for ser in plot.iter(f"{C}ser"):
            base = theme.fill(ser.find(f"{C}spPr"))
            points = {int(d.find(f"{C}idx").get("val")): theme.fill(d.find(f"{C}spPr")) for d in ser.iter(f"{C}dPt")}
            for label in ser.iter(f"{C}dLbl"):
                idx = int(label.find(f"{C}idx").get("val"))
                deleted = label.find(f"{C}delete")
                if deleted is not None and deleted.get("val") in ("1", "true"):
                    continue
                pos = label.find(f"{C}dLblPos")
                inside = (pos.get("val") in ("inEnd", "ctr", "inBase")) if pos is not None else pie
                # a label given a manual layout has been moved off its slice (a thin one): it sits on the slide
                inside = inside and label.find(f"{C}layout/{C}manualLayout") is None
                under = (points.get(idx) or base or back) if inside else back
                text = "".join(t.text or "" for t in label.iter(f"{A}t"))
                rpr = label.find(f".//{A}defRPr")
                size = int(rpr.get("sz")) / 100 if rpr is not None and rpr.get("sz") else 10
                fore = theme.fill(rpr) if rpr is not None else None
                fore = fore or theme.color(_scheme("tx1"))
                ratio = contrast(fore, under)
                if ratio < _needed(size, False):
                    out.append(f"chart label '{text}': #{fore} on #{under} is {ratio:.2f}:1")
    return out
