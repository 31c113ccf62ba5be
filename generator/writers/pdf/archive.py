"""The report's last step: structure tree, XMP, output intent and annotation flags (PDF/UA-1, PDF/A-2U).

ReportLab writes the pages; pikepdf (qpdf) then adds what ReportLab cannot: the catalog entries (``/MarkInfo``, ``/Lang``,
``/ViewerPreferences``), XMP metadata that identifies the file as PDF/UA-1 and PDF/A-2U, an sRGB
output intent for the DeviceRGB colours, and on every link a description and the Print flag.
The structure tree recorded by ``tags.Tagger`` follows as an update (``structure``).
Everything here is computed from the Document and the epoch, so the bytes are repeatable.
"""
from __future__ import annotations

import io
import time
from functools import lru_cache
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from ...words import fill
from .structure import GIVE_BACK_PAGES, append_structure, give_back
from .tags import StructElement, Tagger

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
<pdf:Keywords>{keywords}</pdf:Keywords><pdf:Producer>{producer}</pdf:Producer><pdf:Trapped>False</pdf:Trapped>
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
    keys, links = _annotate(pdf, tagger)
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
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate, min_version="1.7")
    pdf.close()  # (its objects are all loaded now: freed before the structure is appended)
    del pdf, root, info
    if len(tagger.pages) >= GIVE_BACK_PAGES:
        give_back()  # qpdf's objects (some 80 MB at 1,000 topics), before the structure's step adds its own
    saved = out.getvalue()
    del out
    return append_structure(saved, tagger, keys, links)


def _describe(annot, node: StructElement | None, words: dict) -> str:
    uri = annot.A.get("/URI") if "/A" in annot else None
    if uri is not None:
        return fill(words["link_to"], url=bytes(uri).decode("latin-1"))
    return fill(words["go_to"], title=node.text) if node is not None and node.text else words["go_to_page"]


def _annotate(pdf: pikepdf.Pdf, tagger: Tagger) -> tuple[dict, dict]:
    """Give each page /Tabs /S and its /StructParents, each annotation the Print flag, a
    description and (when drawn inside an element) its /StructParent; return the annotations'
    parent-tree keys and descriptions by (page, index)."""
    keys: dict = {}
    links: dict = {}
    npages = len(pdf.pages)
    for i, page in enumerate(pdf.pages):
        page.Tabs = Name.S
        if i < len(tagger.pages) and tagger.pages[i]:
            page.StructParents = i
        for n, annot in enumerate(page.get("/Annots", [])):
            node = tagger.annots[i][n] if i < len(tagger.annots) and n < len(tagger.annots[i]) else None
            annot.F = PRINT
            annot.Contents = String(_describe(annot, node, tagger.words))
            if node is not None:
                keys[(i, n)] = annot.StructParent = npages + len(keys)
                links[(i, n)] = str(annot.Contents)
    return keys, links
