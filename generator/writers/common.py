"""Helpers every writer shares: unique titles, repeatable bytes."""
from __future__ import annotations

import io
import re
import time
import zipfile

COMPRESSION = 1  # deflate level: XML compresses well at 1, three times faster than the default 6
_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def unique_titles(titles: list[str]) -> list[str]:
    """Titles with a number added where one repeats, so every title is unique."""
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        candidate, n = title, 1
        while candidate in seen:
            n += 1
            candidate = f"{title} ({n})"
        seen[candidate] = 1
        out.append(candidate)
    return out


def save_package(package, epoch: int | None) -> bytes:
    """A python-pptx package as .pptx bytes in one pass, repeatable: fixed entry times,
    fixed document dates, [Content_Types].xml first, parts in a fixed order.

    python-pptx's own save builds every .rels file through its XML API and the bytes then
    need a second pass to fix times; this writes each part once.
    """
    import posixpath
    from xml.sax.saxutils import escape

    from pptx.opc.oxml import serialize_part_xml
    from pptx.opc.serialized import _ContentTypesItem

    stamp = time.gmtime(max(epoch or 0, 315532800))[:6]
    out = io.BytesIO()
    parts = list(package.iter_parts())

    refs: dict = {}

    def target(base: str, rel) -> str:
        if rel.is_external:
            return escape(rel.target_ref, {'"': "&quot;"})
        name = str(rel.target_part.partname)
        folder, file = name.rsplit("/", 1)
        if folder == base:
            return file
        if folder.rsplit("/", 1)[0] == base.rsplit("/", 1)[0] and base != "/":  # a sibling folder
            return f"../{folder.rsplit('/', 1)[1]}/{file}"
        key = (base, name)
        if key not in refs:
            refs[key] = escape(posixpath.relpath(name, base), {'"': "&quot;"})
        return refs[key]

    def rels_xml(base: str, rels) -> bytes:
        def order(rid):
            return (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)

        lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
        for rid in sorted(rels.keys(), key=order):
            rel = rels[rid]
            mode = ' TargetMode="External"' if rel.is_external else ""
            lines.append(f'<Relationship Id="{rid}" Type="{rel.reltype}" Target="{target(base, rel)}"{mode}/>')
        lines.append("</Relationships>")
        return "".join(lines).encode("utf-8")

    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION) as dst:
        def put(name: str, data: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data, compresslevel=COMPRESSION)

        put("[Content_Types].xml", serialize_part_xml(_ContentTypesItem.xml_for(parts)))
        put("_rels/.rels", rels_xml("/", package._rels))
        for part in parts:
            name = part.partname.membername
            data = part.blob
            if name == "docProps/core.xml":
                iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch or 0)).encode()
                data = _DATES.sub(rb"\g<1>" + iso + rb"\g<2>", data)
            put(name, data)
            if part._rels:
                put(part.partname.rels_uri.membername, rels_xml(part.partname.baseURI, part._rels))
    return out.getvalue()


def chart_workbook(categories: list[str], series: list[tuple[str, list]]) -> bytes:
    """The smallest .xlsx that holds a chart's data, laid out as python-pptx's chart XML refers to
    it (categories in A2:A(n+1), series k named in row 1 of column B+k, values below).

    XlsxWriter makes a complete workbook (about 3 ms a chart); PowerPoint's "Edit Data" only
    needs the sheet.
    """
    from xml.sax.saxutils import escape

    def col(i: int) -> str:
        return chr(ord("A") + i) if i < 26 else chr(ord("A") + i // 26 - 1) + chr(ord("A") + i % 26)

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'

    rows = ['<row r="1">' + "".join(text(f"{col(k + 1)}1", name) for k, (name, _) in enumerate(series)) + "</row>"]
    for i, category in enumerate(categories):
        r = i + 2
        cells = [text(f"A{r}", category)]
        cells += [f'<c r="{col(k + 1)}{r}"><v>{float(values[i])!r}</v></c>' for k, (_, values) in enumerate(series)
                  if values[i] is not None]
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION) as z:
        for name, body in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, (head + body).encode("utf-8"))
    return out.getvalue()
