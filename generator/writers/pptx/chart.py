"""A ChartSpec as a native PowerPoint chart part (DrawingML chart XML) and its workbook.

The XML follows what python-pptx writes for the same charts (element order per the schema,
data in Sheet1 of the embedded workbook), written as text in one pass. Labels are drawn where
they can be read: a label inside a bar or slice takes the text colour that meets WCAG AA on
that fill; one that would not fit inside its bar is written beside its category instead; a
thin doughnut slice has its label moved outside the ring. A label that a number format can
show ("~128,000") follows the value when the data is edited; a range's label is its text.
"""
from __future__ import annotations

import math

from ...contrast import readable, text_on
from ...document import ChartSpec
from ..measure import text_width
from ...scripts import RIGHT_TO_LEFT
from ..common import shortened, time_step, xml_attr, xml_text as escape
from .namespaces import A_NS, C_NS, R_NS
from .workbook import TIME, SheetColumn, Formula, column, workbook

NS = f'xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}"'
CAT_AX, VAL_AX = 50010, 50020
LABEL_PT = 13  # data and axis labels
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
LABEL_SHARE = 0.4  # of a horizontal bar chart's width: the most a category's label (on one line) takes
_FLAGS = ('<c:showLegendKey val="0"/><c:showVal val="{val}"/><c:showCatName val="{cat}"/><c:showSerName val="0"/>'
          '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')


def number_format(values) -> str:
    """A number format with thousands separators and as many decimals (up to 2) as ``values`` need."""
    places = max((len(f"{round(v, 2):.2f}".rstrip("0").split(".")[1]) for v in values if v is not None), default=0)
    return "#,##0" + ("." + "0" * places if places else "")


def _shown(value: float, code: str, approx: bool) -> str:
    places = len(code.split(".")[1]) if "." in code else 0
    return ("~" if approx else "") + f"{value:,.{places}f}"


def _series_columns(spec: ChartSpec, ranged: bool) -> tuple[list[SheetColumn], list[tuple[int, int]]]:
    """The workbook's columns and, for each drawn series, (its values' column, its name's column):
    the data as stated, and for floating bars a start and a length computed from it."""
    columns: list[SheetColumn] = []
    drawn = []
    time = spec.kind == "timeline"
    scale = 1 / 1440 if time else 1  # a timeline's minutes as days: spreadsheets count time in days
    for s in spec.series:
        if not ranged:
            columns.append(SheetColumn(s.name, list(s.values)))
            drawn.append((len(columns) - 1,) * 2)
        else:
            low = [lo * scale if lo is not None else None for lo in s.low]
            high = [(hi if hi is not None else v) * scale for v, hi in zip(s.values, s.high)]
            lo_col, hi_col = column(len(columns) + 1), column(len(columns) + 2)
            columns += [SheetColumn(f"{s.name}: from", low, TIME if time else 0), SheetColumn(s.name, high, TIME if time else 0)]
            named = len(columns) - 1
            columns.append(SheetColumn(f"{s.name}: bar start", [Formula(f"IF(ISNUMBER({lo_col}{{r}}),{lo_col}{{r}},0)", lo or 0)
                                                           for lo in low], TIME if time else 0))
            st_col = column(len(columns))
            columns.append(SheetColumn(f"{s.name}: bar length", [Formula(f"{hi_col}{{r}}-{st_col}{{r}}", hi - (lo or 0))
                                                            for lo, hi in zip(low, high)], TIME if time else 0))
            drawn += [(len(columns) - 2, len(columns) - 2), (len(columns) - 1, named)]
        if any(s.approx):
            columns.append(SheetColumn(f"{s.name}: approximate", [True if a else None for a in s.approx]))
    return columns, drawn


def chart_parts(spec: ChartSpec, palette: list[str], font: str, k: float = 1.0, text: str = "222222",
                background: str = "FFFFFF", width: float = 880.0, height: float = 350.0,
                scale: tuple | None = None) -> tuple[bytes, bytes]:
    """(the chart part's XML, its embedded workbook), from the same data; the XML names the
    workbook as its relationship rId1. ``width`` and ``height`` are the chart's box in points;
    ``scale`` (min, max, major unit; a timeline's in minutes) fixes the value axis, else it fits the data."""
    ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
    columns, drawn = _series_columns(spec, ranged)
    categories = list(spec.categories)
    xml, shown = _chart_xml(spec, ranged, columns, drawn, categories, palette, font, k, text, background, width, height,
                            scale)
    return xml, workbook(shown, columns)


def _chart_xml(spec, ranged, columns, drawn, categories, palette, font, k, text, background, width, height, scale):
    """(the chart's XML, its categories as shown: with the labels that sit beside them)."""
    n = len(categories)
    layout = ("ranged_bar" if spec.kind in ("bar", "timeline") else "ranged_column") if ranged else spec.kind
    pie = layout in ("pie", "doughnut")
    ink = readable(text, background)

    def txpr(points: float, color: str = ink) -> str:
        return _txpr(points, color, k)

    def fill(color: str) -> str:
        return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'

    values = [c for c in columns if c.header in {s.name for s in spec.series}]
    code = "[h]:mm" if spec.kind == "timeline" else number_format([v for c in values for v in c.cells])
    # (visible series, point) -> its label's XML, or None where it is written beside the category
    labels: dict[tuple[int, int], str | None] = {}
    axis_max = (scale[1] - scale[0] if scale else max((v for c in values for v in c.cells if v is not None),
                                                      default=1) * 1.2) or 1
    if layout == "ranged_bar":  # the length a bar can take, and its thickness
        bar_room = (width - min(200, max(text_width(c, LABEL_PT) for c in categories) + 40) - 20, (height - 60) / n / 1.6)
    else:
        bar_room = (height - 80, (width - 80) / n / 1.6 / len(spec.series))
    moved = _thin_slices(spec, width, height) if layout == "doughnut" else {}
    for i, s in enumerate(spec.series):
        color = palette[i % len(palette)]
        for j, label in enumerate(s.labels):
            if spec.kind == "timeline":
                labels[i, j] = None
            elif ranged:  # inside the span, if it fits there
                span = (s.high[j] - s.low[j]) if s.low[j] is not None else s.values[j]
                along, across = (text_width(label, LABEL_PT) + 12, LABEL_PT * 1.5)[::1 if layout == "ranged_bar" else -1]
                fits = span / axis_max * bar_room[0] >= along and bar_room[1] >= across
                labels[i, j] = _label(j, label, (text_on(color), k), "inBase") if fits else None
            elif pie:
                fmt = _shown(s.values[j], code, s.approx[j])
                inside = layout == "doughnut" and j not in moved  # a pie's labels are outside it, on the background
                on = text_on(palette[j % len(palette)]) if inside else ink
                labels[i, j] = _label(j, f"{categories[j]}: {label}", (on, k),
                                      "outEnd" if layout == "pie" else "", fmt == label, code, s.approx[j], True,
                                      moved.get(j, ""))
            else:
                fmt = _shown(s.values[j], code, s.approx[j])
                labels[i, j] = _label(j, label, (ink, k), "outEnd" if layout in ("bar", "column") else "t",
                                      fmt == label, code, s.approx[j])
    beside = [[s.labels[j] for i, s in enumerate(spec.series) if labels[i, j] is None] for j in range(n)]
    # values after a right-to-left name are marked left to right, or bidi shows 150,000–180,000 as 180,000–150,000
    tails = [f" {LRM if RIGHT_TO_LEFT.search(c) else ''}({', '.join(values)})" if values else ""
             for c, values in zip(categories, beside)]
    room = LABEL_SHARE * width if layout in ("bar", "ranged_bar") else None
    shown = [_fit_label(c, tail, room) for c, tail in zip(categories, tails)]
    cat = (f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>'
           + "".join(f'<c:pt idx="{j}"><c:v>{escape(c)}</c:v></c:pt>' for j, c in enumerate(shown))
           + '</c:strCache></c:strRef></c:cat>')
    series_xml = []
    for i, (col_index, name_index) in enumerate(drawn):
        col, name_col = column(col_index + 1), column(name_index + 1)
        base = ranged and i % 2 == 0
        visible = i // 2 if ranged else i
        color = palette[visible % len(palette)]
        xml = [f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>Sheet1!${name_col}$1</c:f><c:strCache>'
               f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(columns[name_index].header)}</c:v></c:pt></c:strCache>'
               '</c:strRef></c:tx>']
        if base:
            xml.append('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>')
        elif layout == "line":
            xml.append(f'<c:spPr><a:ln>{fill(color)}</a:ln></c:spPr>')
        elif not pie:
            xml.append(f'<c:spPr>{fill(color)}</c:spPr>')
        else:
            xml += [f'<c:dPt><c:idx val="{j}"/><c:spPr>{fill(palette[j % len(palette)])}</c:spPr></c:dPt>' for j in range(n)]
        if not base:
            points = "".join(labels[visible, j] or f'<c:dLbl><c:idx val="{j}"/><c:delete val="1"/></c:dLbl>' for j in range(n))
            xml.append(f'<c:dLbls>{points}{_FLAGS.format(val=0, cat=0)}<c:showLeaderLines val="1"/></c:dLbls>')
        cells = columns[col_index].cells
        pts = "".join(f'<c:pt idx="{j}"><c:v>{float(getattr(v, "value", v))!r}</c:v></c:pt>'
                      for j, v in enumerate(cells) if v is not None)
        xml.append(f'{cat}<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>'
                   f'{escape(code)}</c:formatCode><c:ptCount val="{n}"/>{pts}</c:numCache></c:numRef></c:val>')
        if layout == "line":
            xml.append('<c:smooth val="0"/>')
        xml.append("</c:ser>")
        series_xml.append("".join(xml))
    series = "".join(series_xml)
    axes_ids = f'<c:axId val="{CAT_AX}"/><c:axId val="{VAL_AX}"/>'
    horizontal = layout in ("bar", "ranged_bar")
    plot_layout = "<c:layout/>"
    if pie:
        hole = '<c:holeSize val="50"/>' if layout == "doughnut" else ""
        plot = f'<c:{layout}Chart><c:varyColors val="1"/>{series}<c:firstSliceAng val="0"/>{hole}</c:{layout}Chart>'
        side = min(height * 0.7, width * 0.45)
        plot_layout = ('<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/>'
                       f'<c:x val="{(width - side) / 2 / width:.4f}"/><c:y val="{(height - side) / 2 / height:.4f}"/>'
                       f'<c:w val="{side / width:.4f}"/><c:h val="{side / height:.4f}"/></c:manualLayout></c:layout>')
    elif layout == "line":
        plot = (f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/>'
                f'{axes_ids}</c:lineChart>')
    else:
        gap = '<c:gapWidth val="60"/><c:overlap val="100"/>' if ranged else '<c:gapWidth val="150"/>'
        plot = (f'<c:barChart><c:barDir val="{"bar" if horizontal else "col"}"/><c:grouping '
                f'val="{"stacked" if ranged else "clustered"}"/><c:varyColors val="0"/>{series}{gap}{axes_ids}</c:barChart>')
    # a row per category: LibreOffice hides every other name when they crowd their rows (13 pt names
    # shown in 14 pt rows, hidden in 12 pt ones); smaller names, at 1.3 rows a point, all show
    row = (height - 60) / max(n, 1)
    names_pt = LABEL_PT if not horizontal or row >= LABEL_PT else row / 1.3 // 0.5 * 0.5
    axes = "" if pie else _axes(spec, horizontal, ink, txpr, fill, code, k, names_pt, scale)
    legend = ""
    if pie or len(spec.series) > 1:  # a floating bar's invisible base has no legend entry
        hidden = "".join(f'<c:legendEntry><c:idx val="{i}"/><c:delete val="1"/></c:legendEntry>'
                         for i in range(0, len(drawn), 2)) if ranged else ""
        legend = f'<c:legend><c:legendPos val="{"r" if pie else "b"}"/>{hidden}<c:overlay val="0"/>{txpr(LABEL_PT)}</c:legend>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {NS}><c:date1904 val="0"/>'
            f'<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>{plot_layout}{plot}{axes}'
            f'</c:plotArea>{legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
            f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{int(14 * k * 100)}">{fill(ink)}'
            f'<a:latin typeface={xml_attr(font)}/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
            f'<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>').encode(), shown


def _fit_label(name: str, tail: str, room: float | None) -> str:
    """A category's label, ``name`` then ``tail`` (its values), in at most ``room`` points: beside a
    bar a longer one would wrap, and a viewer then hides every other label to keep them apart."""
    if room is None:
        return name + tail
    return shortened(name, room, lambda text: text_width(text, LABEL_PT), tail)


def _props(tag: str, points: float, color: str, k: float) -> str:
    """Text properties (``tag`` a:defRPr or a:rPr): size and colour."""
    return f'<a:{tag} lang="en-US" sz="{int(points * k * 100)}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:{tag}>'


def _txpr(points: float, color: str, k: float) -> str:
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{_props("defRPr", points, color, k)}</a:pPr>'
            '<a:endParaRPr lang="en-US"/></a:p></c:txPr>')


def _label(j: int, text: str, style: tuple, position: str, linked: bool = False, code: str = "", approx: bool = False,
           category: bool = False, move: str = "") -> str:
    """A point's data label: the value in a number format where one shows the label as written
    (it then follows edits), else the label's text; ``move`` is a layout that places it."""
    pos = f'<c:dLblPos val="{position}"/>' if position else ""
    txpr = _txpr(LABEL_PT, *style)
    if linked:
        fmt = ('"~"' if approx else "") + code
        sep = "<c:separator>: </c:separator>" if category else ""
        return (f'<c:dLbl><c:idx val="{j}"/>{move}<c:numFmt formatCode={xml_attr(fmt)} sourceLinked="0"/><c:spPr><a:noFill/>'
                f'<a:ln><a:noFill/></a:ln></c:spPr>{txpr}{pos}{_FLAGS.format(val=1, cat=int(category))}{sep}</c:dLbl>')
    return (f'<c:dLbl><c:idx val="{j}"/>{move}<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
            f'{_props("rPr", LABEL_PT, *style)}<a:t>{escape(text)}</a:t></a:r></a:p></c:rich></c:tx>'
            f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{txpr}{pos}'
            f'{_FLAGS.format(val=1, cat=0)}</c:dLbl>')


def _thin_slices(spec: ChartSpec, width: float, height: float) -> dict[int, str]:
    """For each doughnut slice too thin to hold its label: a layout moving the label out of the
    ring, beside the slice (the ring's size is fixed by the plot area's layout)."""
    values = spec.series[0].values
    moved = {}
    total = sum(v for v in values if v and v > 0) or 1
    radius = min(height * 0.7, width * 0.45) / 2
    start = 0.0
    for j, v in enumerate(values):
        share = max(v or 0, 0) / total
        label = f"{spec.categories[j]}: {spec.series[0].labels[j]}"
        w, h = text_width(label, LABEL_PT) + 8, LABEL_PT * 1.6
        angle = 2 * math.pi * (start + share / 2)
        start += share
        if 0.75 * radius * 2 * math.pi * share >= w and radius / 2 >= h:
            continue  # the label fits in its slice
        out = radius * 0.25 + 10 + abs(math.sin(angle)) * w / 2 + abs(math.cos(angle)) * h / 2
        dx, dy = out * math.sin(angle) / width, -out * math.cos(angle) / height
        moved[j] = f'<c:layout><c:manualLayout><c:x val="{dx:.4f}"/><c:y val="{dy:.4f}"/></c:manualLayout></c:layout>'
    return moved


def _axes(spec, horizontal, ink, txpr, fill, code, k, names_pt=LABEL_PT, fixed=None) -> str:
    title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr sz="{int(LABEL_PT * k * 100)}">{fill(ink)}'
             f'</a:rPr><a:t>{escape(spec.unit)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
             ) if spec.unit else ""
    ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    scale, unit = "", ""
    if fixed:  # a part of a chart: every part on the same scale
        days = 1 / 1440 if spec.kind == "timeline" else 1
        scale = f'<c:max val="{fixed[1] * days!r}"/><c:min val="{fixed[0] * days!r}"/>'
        unit = f'<c:majorUnit val="{fixed[2] * days!r}"/>'
    elif spec.kind == "timeline":  # whole minutes on a clock the labels share
        end = max(hi for s in spec.series for hi in s.high if hi is not None)
        step = time_step(end)
        scale = f'<c:max val="{math.ceil(end / step) * step / 1440!r}"/><c:min val="0"/>'
        unit = f'<c:majorUnit val="{step / 1440!r}"/>'
    elif spec.kind in ("bar", "column") and all(v >= 0 for s in spec.series for v in s.values):
        scale = '<c:min val="0"/>'  # a bar's length is its value: a viewer's own scale may start at 35
    crosses = "max" if horizontal else "autoZero"  # with the first category on top, the values go under the bars
    return (f'<c:catAx><c:axId val="{CAT_AX}"/><c:scaling><c:orientation val="{"maxMin" if horizontal else "minMax"}"/>'
            f'</c:scaling><c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/>{ticks}{txpr(names_pt)}'
            f'<c:crossAx val="{VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            f'<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
            f'<c:valAx><c:axId val="{VAL_AX}"/><c:scaling><c:orientation val="minMax"/>{scale}</c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{"b" if horizontal else "l"}"/><c:majorGridlines><c:spPr><a:ln>{fill("DDDDDD")}</a:ln>'
            f'</c:spPr></c:majorGridlines>{title}<c:numFmt formatCode={xml_attr(code)} sourceLinked="0"/>{ticks}'
            f'{txpr(12)}<c:crossAx val="{CAT_AX}"/><c:crosses val="{crosses}"/><c:crossBetween val="between"/>{unit}</c:valAx>')
