"""The report's last step: structure tree, XMP, output intent and annotation flags (PDF/UA-1, PDF/A-2U).

ReportLab writes the pages; pikepdf (qpdf) then adds what ReportLab cannot: the structure tree
recorded by ``pdf_tags.Tagger``, the catalog entries (``/MarkInfo``, ``/Lang``,
``/ViewerPreferences``), XMP metadata that identifies the file as PDF/UA-1 and PDF/A-2U, an sRGB
output intent for the DeviceRGB colours, and on every link a description and the Print flag.
Everything here is computed from the Document and the epoch, so the bytes are repeatable.
"""
from __future__ import annotations

import io
import time
from functools import lru_cache
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .pdf_tags import Node, Tagger

PRINT = 4  # the annotation flag that makes a link part of the printed (and archived) page

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{keywords}</pdf:Keywords><pdf:Producer>{producer}</pdf:Producer>
<xmp:CreatorTool>{creator}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate><xmp:MetadataDate>{date}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance><pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (Little CMS's, through Pillow) with a fixed creation date."""
    from PIL import ImageCms

    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    data[24:36] = bytes([0x07, 0xD0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0])  # 2000-01-01 00:00:00
    return bytes(data)


def finish(data: bytes, tagger: Tagger, meta: dict, epoch: int | None) -> bytes:
    """``data`` (ReportLab's PDF) with its structure tree and archival metadata; ``meta`` has
    title, author, subject, keywords, lang, creator and producer."""
    pdf = pikepdf.open(io.BytesIO(data))
    write_structure(pdf, tagger)
    stamp = time.gmtime(epoch or 946684800)  # reportlab's invariant date when no epoch is set
    root = pdf.Root
    root.MarkInfo = Dictionary(Marked=True)
    root.Lang = String(meta["lang"])
    root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    root.OutputIntents = Array([pdf.make_indirect(Dictionary(
        Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String("sRGB IEC61966-2.1"),
        Info=String("sRGB IEC61966-2.1"), DestOutputProfile=pdf.make_stream(srgb_profile(), N=3)))])
    xmp = _XMP.format(date=time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp),
                      **{k: escape(str(v)) for k, v in meta.items()})
    root.Metadata = pdf.make_stream(xmp.encode("utf-8"), Type=Name.Metadata, Subtype=Name.XML)
    date = time.strftime("D:%Y%m%d%H%M%S+00'00'", stamp)
    info = pdf.docinfo
    info.CreationDate = info.ModDate = String(date)
    for key, value in (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                       ("Keywords", "keywords"), ("Creator", "creator"), ("Producer", "producer")):
        info[Name("/" + key)] = String(str(meta[value]))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
             min_version="1.7")
    return out.getvalue()


def _describe(annot, node: Node | None) -> str:
    uri = annot.A.get("/URI") if "/A" in annot else None
    if uri is not None:
        return f"Link to {bytes(uri).decode('latin-1')}"
    return f"Go to {node.text}" if node is not None and node.text else "Go to another page of this report"


def write_structure(pdf: pikepdf.Pdf, tagger: Tagger) -> None:
    """Write ``tagger``'s tree as the StructTreeRoot (with its ParentTree), give each page its
    /StructParents and /Tabs /S, and each annotation its /StructParent, /Contents and flags."""
    pages = [p.obj for p in pdf.pages]
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    by_mcid = [[None] * len(kids) for kids in tagger.pages]
    annot_parent: dict[tuple[int, int], pikepdf.Object] = {}

    def build(node: Node, parent) -> tuple[pikepdf.Object | None, int]:
        """The element for ``node`` (None when nothing of it was drawn) and its first page."""
        elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.type), P=parent))
        kids, first = Array(), -1
        for kid in node.kids:
            if isinstance(kid, Node):
                child, page = build(kid, elem)
                if child is None:
                    continue
                kids.append(child)
            else:
                kind, page, n = kid
                if kind == "mc":
                    same = first in (-1, page)
                    kids.append(n if same else Dictionary(Type=Name.MCR, Pg=pages[page], MCID=n))
                    by_mcid[page][n] = elem
                else:
                    annot = pages[page].Annots[n]
                    kids.append(Dictionary(Type=Name.OBJR, Pg=pages[page], Obj=annot))
                    annot_parent[(page, n)] = elem
                    elem.Alt = annot.Contents = String(_describe(annot, node))
            if first == -1:
                first = page
                elem.Pg = pages[page]
        if not len(kids):
            return None, -1
        elem.K = kids
        if node.alt:
            elem.Alt = String(node.alt)
        if node.actual is not None:
            elem.ActualText = String(node.actual)
        if node.lang:
            elem.Lang = String(node.lang)
        if node.scope:
            elem.A = Dictionary(O=Name.Table, Scope=Name("/" + node.scope))
        return elem, first

    document, _ = build(tagger.root, root)
    nums = []
    for i, page in enumerate(pages):
        page.Tabs = Name.S
        if i < len(by_mcid) and by_mcid[i]:
            page.StructParents = i
            nums.extend([i, Array(by_mcid[i])])
    key = len(pages)
    for i, page in enumerate(pages):
        for n, annot in enumerate(page.get("/Annots", [])):
            annot.F = PRINT
            if "/Contents" not in annot:
                annot.Contents = String(_describe(annot, None))
            if (i, n) in annot_parent:
                annot.StructParent = key
                nums.extend([key, annot_parent[(i, n)]])
                key += 1
    root.K = Array([document]) if document is not None else Array()
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
    root.ParentTreeNextKey = key
    pdf.Root.StructTreeRoot = root
