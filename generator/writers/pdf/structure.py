"""The structure tree written as PDF objects, for the report's incremental update (``update``).

A report of a thousand topics has some fifty thousand structure elements; as pikepdf objects
they took over 100 MB (qpdf keeps about 2 KB per object), more than the rest of the writer.
Serialised here as text they take a few MB: the elements, the parent tree and the
StructTreeRoot; pages and annotations get their /StructParents and /StructParent keys in the
same update (``archive``), from the same ``keys``.
"""
from __future__ import annotations

from .script import pdf_string
from .tags import StructElement, Tagger, kid_parts


def _drawn(node: StructElement) -> bool:
    """Whether anything of ``node`` reached a page (elements with no content are left out)."""
    return any(not isinstance(k, StructElement) or _drawn(k) for k in node.kids)


def structure_objects(tagger: Tagger, pages: list[int], annots: dict, keys: dict, links: dict,
                      size: int) -> list[str]:
    """``tagger``'s tree as the texts of objects ``size``, ``size + 1``, …: its StructTreeRoot is ``size``,
    its elements and parent tree follow (a list: a dict of them took another 9 MB at 1,000 heavy
    topics). ``pages`` has the pages' object numbers, ``annots`` the annotations' by (page, index);
    ``keys`` maps (page, index) to the annotation's /StructParent, ``links`` to its description (the
    Link's /Alt)."""
    objects: list[str] = [""]  # the text of object number size + i (the tree root's is made last)
    by_mcid: dict[int, dict[int, int]] = {}
    by_key: dict[int, int] = {}

    def write(node: StructElement, parent: int) -> tuple[int, int | None]:
        """Write ``node``'s element and those below it; its number and first page."""
        number = size + len(objects)
        objects.append("")
        kids, first = [], None
        for kid in node.kids:
            if isinstance(kid, StructElement):
                if _drawn(kid):
                    child, page = write(kid, number)
                    kids.append(f"{child} 0 R")
                    first = page if first is None else first
                continue
            annotation, page, n = kid_parts(kid)
            first = page if first is None else first
            if not annotation:
                kids.append(str(n) if page == first else f"<</Type/MCR/Pg {pages[page]} 0 R/MCID {n}>>")
                by_mcid.setdefault(page, {})[n] = number
            else:
                kids.append(f"<</Type/OBJR/Pg {pages[page]} 0 R/Obj {annots[(page, n)]} 0 R>>")
                by_key[keys[(page, n)]] = number
                node.alt = links[(page, n)]
        extra = f"/Pg {pages[first]} 0 R" if first is not None else ""
        if node.alt:
            extra += "/Alt " + pdf_string(node.alt)
        if node.actual is not None:
            extra += "/ActualText " + pdf_string(node.actual)
        if node.lang:
            extra += "/Lang " + pdf_string(node.lang)
        if node.scope:
            extra += f"/A<</O/Table/Scope/{node.scope}>>"
        objects[number - size] = (f"<</Type/StructElem/S/{node.type}/P {parent} 0 R{extra}"
                                      f"/K[{' '.join(kids)}]>>")
        return number, first

    document = write(tagger.root, size)[0] if _drawn(tagger.root) else None
    refs = lambda mcids: " ".join(f"{mcids[n]} 0 R" if n in mcids else "null" for n in range(max(mcids) + 1))
    nums = [f"{page} [{refs(mcids)}]" for page, mcids in sorted(by_mcid.items())]
    nums += [f"{key} {number} 0 R" for key, number in sorted(by_key.items())]
    tree = size + len(objects)
    objects.append(f"<</Nums[{' '.join(nums)}]>>")
    objects[0] = (f"<</Type/StructTreeRoot/K[{f'{document} 0 R' if document else ''}]/ParentTree {tree} 0 R"
                  f"/ParentTreeNextKey {len(pages) + len(keys)}>>")
    return objects


