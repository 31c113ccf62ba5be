"""The chart part's XML, the same for every kind but for the parts its kind writes (``kind.DeckChartKind``):
the categories (with the labels written beside them), each series' data and labels, the plot, the
axes and the legend."""
from __future__ import annotations

from ....contrast import readable
from ....scripts import RIGHT_TO_LEFT
from ...common import xml_attr, xml_text as escape
from ..namespaces import A_NS, C_NS, R_NS
from ..workbook import column
from .axes import axes
from .kind import DeckChartKind, Plot
from .labels import FLAGS, LABEL_PT, LABEL_SHARE, LRM, fit_label, number_format, solid_fill

CHART_XMLNS = f'xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}"'


def chart_xml(kind: DeckChartKind, spec, ranged, columns, drawn, categories, palette, font, k, text, background, width, height,
              scale):
    """(the chart's XML, its categories as shown: with the labels that sit beside them)."""
    n = len(categories)
    ink = readable(text, background)
    values = [c for c in columns if c.header in {s.name for s in spec.series}]
    code = "[h]:mm" if spec.kind == "timeline" else number_format([v for c in values for v in c.cells])
    axis_max = (scale[1] - scale[0] if scale else max((v for c in values for v in c.cells if v is not None),
                                                      default=1) * 1.2) or 1
    plot = Plot(spec, ranged, palette, ink, k, width, height, code, axis_max, categories, background)
    # (visible series, point) -> its label's XML, or None where it is written beside the category
    labels: dict[tuple[int, int], str | None] = kind.labels(plot)
    beside = [[s.labels[j] for i, s in enumerate(spec.series) if labels[i, j] is None] for j in range(n)]
    # values after a right-to-left name are marked left to right, or bidi shows 150,000–180,000 as 180,000–150,000
    tails = [f" {LRM if RIGHT_TO_LEFT.search(c) else ''}({', '.join(values)})" if values else ""
             for c, values in zip(categories, beside)]
    horizontal = kind.horizontal(plot)
    room = LABEL_SHARE * width if horizontal else None
    shown = [fit_label(c, tail, room) for c, tail in zip(categories, tails)]
    cat = (f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>'
           + "".join(f'<c:pt idx="{j}"><c:v>{escape(c)}</c:v></c:pt>' for j, c in enumerate(shown))
           + '</c:strCache></c:strRef></c:cat>')
    series_xml = []
    for i, (col_index, name_index) in enumerate(drawn):
        col, name_col = column(col_index + 1), column(name_index + 1)
        base = ranged and i % 2 == 0
        visible = i // 2 if ranged else i
        xml = [f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>Sheet1!${name_col}$1</c:f><c:strCache>'
               f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(columns[name_index].header)}</c:v></c:pt></c:strCache>'
               '</c:strRef></c:tx>', kind.series_fill(plot, visible, base)]
        if not base:
            points = "".join(labels[visible, j] or f'<c:dLbl><c:idx val="{j}"/><c:delete val="1"/></c:dLbl>' for j in range(n))
            xml.append(f'<c:dLbls>{points}{FLAGS.format(val=0, cat=0)}<c:showLeaderLines val="1"/></c:dLbls>')
        cells = columns[col_index].cells
        pts = "".join(f'<c:pt idx="{j}"><c:v>{float(getattr(v, "value", v))!r}</c:v></c:pt>'
                      for j, v in enumerate(cells) if v is not None)
        xml.append(f'{cat}<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>'
                   f'{escape(code)}</c:formatCode><c:ptCount val="{n}"/>{pts}</c:numCache></c:numRef></c:val>')
        xml.append(kind.series_end + "</c:ser>")
        series_xml.append("".join(xml))
    plot_layout, plot_xml = kind.plot(plot, "".join(series_xml))
    # a row per category: LibreOffice hides every other name when they crowd their rows (13 pt names
    # shown in 14 pt rows, hidden in 12 pt ones); smaller names, at 1.3 rows a point, all show
    row = (height - 60) / max(n, 1)
    names_pt = LABEL_PT if not horizontal or row >= LABEL_PT else row / 1.3 // 0.5 * 0.5
    axes_xml = axes(spec, horizontal, ink, plot.txpr, solid_fill, code, k, names_pt, scale) if kind.axes else ""
    legend = ""
    if kind.always_legend or len(spec.series) > 1:  # a floating bar's invisible base has no legend entry
        hidden = "".join(f'<c:legendEntry><c:idx val="{i}"/><c:delete val="1"/></c:legendEntry>'
                         for i in range(0, len(drawn), 2)) if ranged else ""
        legend = (f'<c:legend><c:legendPos val="{kind.legend}"/>{hidden}<c:overlay val="0"/>{plot.txpr(LABEL_PT)}'
                  '</c:legend>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {CHART_XMLNS}><c:date1904 val="0"/>'
            f'<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>{plot_layout}{plot_xml}'
            f'{axes_xml}</c:plotArea>{legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
            f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{int(14 * k * 100)}">{solid_fill(ink)}'
            f'<a:latin typeface={xml_attr(font)}/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
            f'<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>').encode(), shown
