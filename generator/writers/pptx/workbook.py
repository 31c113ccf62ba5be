"""The workbook embedded behind a chart: its data as stated, where the chart's XML refers to it.

A range is two columns (from, to) and an approximate value is marked in a column of its own;
the bars a chart draws for them are formulas of those columns, so PowerPoint's "Edit Data"
changes a range by its ends and the chart follows.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..common import xml_text as escape
from .namespaces import PKG_NS, R_NS, SML_NS

TIME = 1  # cell style: a duration as [h]:mm:ss (values in days, as spreadsheets count time)


@dataclass(frozen=True)
class Formula:
    """A cell formula (``{r}`` stands for the cell's row) with its value as last computed."""

    text: str
    value: float


@dataclass
class SheetColumn:
    """One column of Sheet1: a header in row 1, then one cell a category (None leaves it empty)."""

    header: str
    cells: list = field(default_factory=list)
    style: int = 0


def column(i: int) -> str:
    """The spreadsheet column letter(s) of column ``i`` (0 is A)."""
    return chr(65 + i) if i < 26 else chr(64 + i // 26) + chr(65 + i % 26)


def _cell(col: str, row: int, value, style: int) -> str:
    ref, s = f"{col}{row}", f' s="{style}"' if style else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, Formula):
        return f'<c r="{ref}"{s}><f>{escape(value.text.format(r=row))}</f><v>{value.value!r}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    return f'<c r="{ref}"{s}><v>{float(value)!r}</v></c>'


def workbook(categories: list[str], columns: list[SheetColumn]) -> bytes:
    """The smallest .xlsx holding ``categories`` in A2:A(n+1) and ``columns`` from B, each headed
    in row 1 (XlsxWriter makes a complete workbook in about 3 ms a chart; "Edit Data" needs the sheet)."""
    from .package import XML_HEAD
    from .zipwrite import write_zip

    rows = ['<row r="1">' + "".join(_cell(column(k + 1), 1, c.header, 0) for k, c in enumerate(columns)) + "</row>"]
    for i, category in enumerate(categories):
        r = i + 2
        cells = [_cell("A", r, category, 0)] + [_cell(column(k + 1), r, c.cells[i], c.style)
                                                 for k, c in enumerate(columns)]
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main, rel, pkg = SML_NS, R_NS, PKG_NS.rstrip("/")
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    files = {
        "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types"><Default Extension="rels" '
                               f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                               f'<Default Extension="xml" ContentType="application/xml"/>'
                               f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                               f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
                               f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
                       f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Sheet1" sheetId="1" '
                           f'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
                                      f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
                                      f'Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/>'
                         '</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                         '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
                         'patternType="gray125"/></fill></fills><borders count="1"><border/></borders>'
                         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                         '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                         '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                         '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                         '</styleSheet>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{"".join(rows)}</sheetData></worksheet>',
    }
    return write_zip((name, (XML_HEAD + body).encode("utf-8")) for name, body in files.items())
