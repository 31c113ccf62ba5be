"""A ChartSpec as a native PowerPoint chart part (DrawingML chart XML) and its data.

The XML follows what python-pptx writes for the same charts (element order per the schema,
data in Sheet1 of the embedded workbook: categories in column A, one series per column from
B), written as text in one pass: python-pptx builds it through lxml objects, ~5 ms a chart.
"""
from __future__ import annotations

from ..document import ChartSpec
from .common import xml_attr, xml_text as escape

NS = ('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
NUMBER_FORMAT = "#,##0.##"
CAT_AX, VAL_AX = 50010, 50020
_FLAGS = ('<c:showLegendKey val="0"/><c:showVal val="{val}"/><c:showCatName val="0"/><c:showSerName val="0"/>'
          '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')


def column(i: int) -> str:
    """The spreadsheet column letter(s) of column ``i`` (0 is A)."""
    return chr(65 + i) if i < 26 else chr(64 + i // 26) + chr(65 + i % 26)


def chart_data(spec: ChartSpec) -> tuple[str, list[tuple[str, list[float]]]]:
    """(layout, series) of the chart as drawn: a ranged chart becomes floating bars, an invisible
    base series then the visible span for each series; ``layout`` names the plot."""
    ranged = spec.kind == "timeline" or any(s.has_ranges() for s in spec.series)
    if not ranged:
        return spec.kind, [(s.name, list(s.values)) for s in spec.series]
    series = []
    for s in spec.series:
        series.append((f"{s.name} (start)", [lo if lo is not None else 0 for lo in s.low]))
        series.append((s.name, [(hi - lo) if lo is not None else v for v, lo, hi in zip(s.values, s.low, s.high)]))
    return ("ranged_bar" if spec.kind in ("bar", "timeline") else "ranged_column"), series


def chart_parts(spec: ChartSpec, palette: list[str], font: str, k: float = 1.0) -> tuple[bytes, bytes]:
    """(the chart part's XML, its embedded workbook), from the same data; the XML names the
    workbook as its relationship rId1."""
    layout, data = chart_data(spec)
    return _chart_xml(spec, layout, data, palette, font, k), _workbook(spec.categories, data)


def _chart_xml(spec: ChartSpec, layout: str, data: list, palette: list[str], font: str, k: float) -> bytes:
    n = len(spec.categories)
    pie = layout in ("pie", "doughnut")
    ranged = layout.startswith("ranged")

    def size(points: float) -> int:
        return int(points * k * 100)

    def txpr(points: float) -> str:
        return f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size(points)}"/></a:pPr></a:p></c:txPr>'

    def fill(color: str) -> str:
        return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'

    categories = "".join(f'<c:pt idx="{j}"><c:v>{escape(c)}</c:v></c:pt>' for j, c in enumerate(spec.categories))
    cat = (f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>{categories}'
           f'</c:strCache></c:strRef></c:cat>')
    visible = iter(spec.series)
    series_xml = []
    for i, (name, values) in enumerate(data):
        col = column(i + 1)
        base = ranged and i % 2 == 0
        color = palette[(i // 2 if ranged else i) % len(palette)]
        xml = [f'<c:ser><c:idx val="{i}"/><c:order val="{i}"/><c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache>'
               f'<c:ptCount val="1"/><c:pt idx="0"><c:v>{escape(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>']
        if base:
            xml.append('<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>')
        elif layout == "line":
            xml.append(f'<c:spPr><a:ln>{fill(color)}</a:ln></c:spPr>')
        elif not pie:
            xml.append(f'<c:spPr>{fill(color)}</c:spPr>')
        else:
            xml += [f'<c:dPt><c:idx val="{j}"/><c:spPr>{fill(palette[j % len(palette)])}</c:spPr></c:dPt>' for j in range(n)]
        if not base:  # labels show ~ and ranges as written
            src = next(visible)
            position = ('<c:dLblPos val="inBase"/>' if ranged else
                        '<c:dLblPos val="outEnd"/>' if layout in ("bar", "column") else "")
            labels = "".join(
                f'<c:dLbl><c:idx val="{j}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>'
                f'{escape(f"{spec.categories[j]}: {label}" if pie else label)}</a:t></a:r></a:p></c:rich></c:tx>'
                f'{txpr(13)}{position}{_FLAGS.format(val=1)}</c:dLbl>' for j, label in enumerate(src.labels))
            xml.append(f'<c:dLbls>{labels}{_FLAGS.format(val=0)}<c:showLeaderLines val="1"/></c:dLbls>')
        points = "".join(f'<c:pt idx="{j}"><c:v>{float(v)!r}</c:v></c:pt>' for j, v in enumerate(values) if v is not None)
        xml.append(f'{cat}<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>'
                   f'{NUMBER_FORMAT}</c:formatCode><c:ptCount val="{n}"/>{points}</c:numCache></c:numRef></c:val>')
        if layout == "line":
            xml.append('<c:smooth val="0"/>')
        xml.append("</c:ser>")
        series_xml.append("".join(xml))
    series = "".join(series_xml)
    axes_ids = f'<c:axId val="{CAT_AX}"/><c:axId val="{VAL_AX}"/>'
    horizontal = layout in ("bar", "ranged_bar")
    if pie:
        hole = '<c:holeSize val="50"/>' if layout == "doughnut" else ""
        plot = f'<c:{layout}Chart><c:varyColors val="1"/>{series}<c:firstSliceAng val="0"/>{hole}</c:{layout}Chart>'
    elif layout == "line":
        plot = f'<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>{series}<c:marker val="1"/>{axes_ids}</c:lineChart>'
    else:
        gap = '<c:gapWidth val="60"/><c:overlap val="100"/>' if ranged else '<c:gapWidth val="150"/>'
        plot = (f'<c:barChart><c:barDir val="{"bar" if horizontal else "col"}"/><c:grouping '
                f'val="{"stacked" if ranged else "clustered"}"/><c:varyColors val="0"/>{series}{gap}{axes_ids}</c:barChart>')
    axes = ""
    if not pie:
        title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr sz="{size(13)}"/><a:t>{escape(spec.unit)}'
                 f'</a:t></a:r></a:p></c:rich></c:tx><c:layout/><c:overlay val="0"/></c:title>') if spec.unit else ""
        ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        axes = (f'<c:catAx><c:axId val="{CAT_AX}"/><c:scaling><c:orientation val="{"maxMin" if horizontal else "minMax"}"/>'
                f'</c:scaling><c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/>{ticks}{txpr(13)}'
                f'<c:crossAx val="{VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
                f'<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
                f'<c:valAx><c:axId val="{VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
                f'<c:axPos val="{"b" if horizontal else "l"}"/><c:majorGridlines><c:spPr><a:ln>{fill("DDDDDD")}</a:ln>'
                f'</c:spPr></c:majorGridlines>{title}{ticks}{txpr(12)}<c:crossAx val="{CAT_AX}"/>'
                f'<c:crosses val="autoZero"/></c:valAx>')
    legend = ""
    if pie or len(spec.series) > 1:
        legend = f'<c:legend><c:legendPos val="{"r" if pie else "b"}"/><c:overlay val="0"/></c:legend>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace {NS}><c:date1904 val="0"/>'
            f'<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>{plot}{axes}'
            f'</c:plotArea>{legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
            f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size(14)}"><a:latin typeface={xml_attr(font)}/>'
            f'</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>'
            f'<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>').encode("utf-8")


def _workbook(categories: list[str], series: list[tuple[str, list[float]]]) -> bytes:
    """The smallest .xlsx that holds the chart's data where its XML refers to it (categories in
    A2:A(n+1), series k named in row 1 of column B+k, values below). XlsxWriter makes a complete
    workbook (about 3 ms a chart); PowerPoint's "Edit Data" only needs the sheet."""
    from .opc import XML_HEAD, write_zip

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'

    rows = ['<row r="1">' + "".join(text(f"{column(k + 1)}1", name) for k, (name, _) in enumerate(series)) + "</row>"]
    for i, category in enumerate(categories):
        r = i + 2
        cells = [text(f"A{r}", category)]
        cells += [f'<c r="{column(k + 1)}{r}"><v>{float(values[i])!r}</v></c>' for k, (_, values) in enumerate(series)
                  if values[i] is not None]
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    files = {
        "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types"><Default Extension="rels" '
                               f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                               f'<Default Extension="xml" ContentType="application/xml"/>'
                               f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                               f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
                       f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Sheet1" sheetId="1" '
                           f'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
                                      f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(rows)}</sheetData></worksheet>',
    }
    return write_zip((name, (XML_HEAD + body).encode("utf-8")) for name, body in files.items())
