"""The pages' and annotations' tagging entries, set on ReportLab's objects before it writes them.

Each page gets /Tabs /S and (when something on it is tagged) its /StructParents key; each link
the Print flag, a description and (when drawn inside an element) its /StructParent key. Once
the file is written, ``numbers`` reads the object numbers ReportLab gave the pages and links,
which the structure tree refers to (``structure``). Setting them here, not by rewriting the file
afterwards, is what keeps the archive step from loading the whole file (``archive``).
"""
from __future__ import annotations

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDictionary, PDFName, PDFPage, PDFString

from ...words import fill
from .tags import StructElement, Tagger

PRINT = 4  # the annotation flag that makes a link part of the printed (and archived) page
_PAGE_KEYS = [*PDFPage.__NoDefault__, "Tabs", "StructParents"]


def mark_links(canv, tagger: Tagger, page: int, total: int) -> None:
    """Give the links of page ``page`` (of ``total``), about to be written, their entries;
    record their parent-tree keys and descriptions in ``tagger.keys`` and ``tagger.links``."""
    for n, ref in enumerate(canv._annotationrefs):
        annot = canv._doc.idToObject[ref.name]
        node = tagger.annots[page][n] if page < len(tagger.annots) and n < len(tagger.annots[page]) else None
        text = _describe(annot, node, tagger.words)
        entries: dict = {"F": PRINT}
        if node is not None:
            entries["StructParent"] = tagger.keys[(page, n)] = total + len(tagger.keys)
            tagger.links[(page, n)] = text
        if isinstance(annot, LinkAnnotation):  # a link within the report
            annot.Contents = text
            annot.otherkw.update(entries)
            annot.permitted = (*LinkAnnotation.permitted, "StructParent")
        else:  # a web address (canvas.linkURL's dictionary)
            annot["Contents"] = PDFString(text)
            for key, value in entries.items():
                annot[key] = value


def mark_page(page: PDFPage, tagger: Tagger, number: int) -> None:
    """Give page ``number``, just made, its tab order and (when tagged content is on it) its parent-tree key."""
    page.Tabs = PDFName("S")
    if number < len(tagger.pages) and tagger.pages[number]:
        page.StructParents = number
    page.__NoDefault__ = _PAGE_KEYS


def numbers(doc, annotations: list[list[str]]) -> tuple[list[int], dict]:
    """The object numbers ReportLab gave the pages of ``doc`` (written) and their links
    (``annotations``: their names, page by page), by (page, index)."""
    of = doc.idToObjectNumberAndVersion
    pages = [of[page.__InternalName__][0] for page in doc.Pages.pages]
    return pages, {(i, n): of[name][0] for i, names in enumerate(annotations) for n, name in enumerate(names)}


def _describe(annot, node: StructElement | None, words: dict) -> str:
    action = annot.dict.get("A") if isinstance(annot, PDFDictionary) else None
    if action is not None and "URI" in action.dict:
        url = action["URI"].s
        return fill(words["link_to"], url=url.decode("latin-1") if isinstance(url, bytes) else url)
    return fill(words["go_to"], title=node.text) if node is not None and node.text else words["go_to_page"]
