"""The report's last step: structure tree, XMP, output intent and annotation flags (PDF/UA-1, PDF/A-2U).

ReportLab writes the pages; this step adds what ReportLab cannot, as one incremental update
(``update``) after its bytes: the catalog entries (``/MarkInfo``, ``/Lang``,
``/ViewerPreferences``), XMP metadata that identifies the file as PDF/UA-1 and PDF/A-2U, an
sRGB output intent for the DeviceRGB colours, the document info's dates, and the structure tree
recorded by ``tags.Tagger`` (``structure``). The pages and links have their entries already
(``marks``) and the file is compact as written (``packed``): pikepdf (qpdf) only reads the
catalog, the info and the trailer. Rewriting the whole file with qpdf, as this step did, loaded
every object of it: at 1,000 heavy topics ~96 MiB over what the layout left, the report's peak.
Everything here is computed from the Document and the epoch, so the bytes are repeatable.
"""
from __future__ import annotations

import io
import time
import zlib
from functools import lru_cache
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Dictionary, Name, String

from .structure import structure_objects
from .tags import Tagger
from .update import append_update

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
    """``data`` (ReportLab's PDF, its pages and links marked: ``marks``, ``packed``) with its structure tree
    and archival metadata, as one incremental update; ``meta`` has title, author, subject,
    keywords, lang, creator and producer."""
    stamp = time.gmtime(epoch or 946684800)  # reportlab's invariant date when no epoch is set
    with pikepdf.open(io.BytesIO(data)) as pdf:  # read lazily: the catalog, the info and the trailer
        size = int(pdf.trailer.Size)
        intent, profile, metadata, tree = size, size + 1, size + 2, size + 3
        root = pdf.Root
        for key in ("/OutputIntents", "/Metadata", "/StructTreeRoot"):
            if key in root:
                del root[key]
        root.MarkInfo = Dictionary(Marked=True)
        root.Lang = String(meta["lang"])
        root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        text = root.unparse(resolved=True).decode("latin-1")
        objects = {root.objgen[0]: text[:text.rindex(">>")] + f"/OutputIntents[{intent} 0 R]/Metadata {metadata} 0 R"
                                                              f"/StructTreeRoot {tree} 0 R>>"}
        info = pdf.trailer.Info
        info.CreationDate = info.ModDate = String(time.strftime("D:%Y%m%d%H%M%S+00'00'", stamp))
        for key, value in (("Title", "title"), ("Author", "author"), ("Subject", "subject"),
                           ("Keywords", "keywords"), ("Creator", "creator"), ("Producer", "producer")):
            info[Name("/" + key)] = String(str(meta[value]))
        objects[info.objgen[0]] = info.unparse(resolved=True).decode("latin-1")
        trailer = {"size": size, "root": root.objgen[0], "info": info.objgen[0],
                   "id": pdf.trailer.ID.unparse().decode("latin-1")}
    del pdf, root, info
    objects[intent] = ("<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)"
                       f"/Info(sRGB IEC61966-2.1)/DestOutputProfile {profile} 0 R>>")
    xmp = _XMP.format(date=time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp),
                      **{k: escape(str(v)) for k, v in meta.items()})
    streams = {profile: ("<</N 3/Filter/FlateDecode", zlib.compress(srgb_profile())),
               metadata: ("<</Type/Metadata/Subtype/XML", xmp.encode("utf-8"))}  # (PDF/A: metadata unfiltered)
    pages, annots = tagger.numbers
    texts = structure_objects(tagger, pages, annots, tagger.keys, tagger.links, tree)
    return append_update(data, objects, streams, trailer, (tree, texts))
