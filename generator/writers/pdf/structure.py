"""The structure tree written as PDF objects, appended to the report as an incremental update.

A report of a thousand topics has some fifty thousand structure elements; as pikepdf objects
they took over 100 MB (qpdf keeps about 2 KB per object), more than the rest of the writer.
Serialised here as text they take a few MB. The update adds the elements, the parent tree and
the StructTreeRoot, and a new catalog that points to it; pages and annotations got their
/StructParents and /StructParent keys before (``archive``), from the same ``keys``.
"""
from __future__ import annotations

import contextlib
import io
import re
import struct
import sys
import zlib
from typing import Any

import pikepdf

from .script import pdf_string
from .tags import StructElement, Tagger

GIVE_BACK_PAGES = 100  # from this many pages on, memory freed between the archive's steps is returned to the system


def give_back() -> None:
    """Return freed memory to the system where the C library keeps it for reuse: glibc keeps what
    the layout and qpdf freed, and the next step's memory would add to it (a report of 1,000
    heavy topics peaked at 401 MiB without this and freeing the file read again, 362 with)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # a C library without it (musl)
            ctypes.CDLL(None).malloc_trim(0)


def _drawn(node: StructElement) -> bool:
    """Whether anything of ``node`` reached a page (elements with no content are left out)."""
    return any(not isinstance(k, StructElement) or _drawn(k) for k in node.kids)


def append_structure(data: bytes, tagger: Tagger, keys: dict, links: dict) -> bytes:
    """``data`` with ``tagger``'s tree appended. ``keys`` maps (page, annotation index) to the
    annotation's /StructParent; ``links`` maps the same to its description (the Link's /Alt)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:  # read lazily: the catalog, the pages, their annotations
        pages = [p.objgen[0] for p in pdf.pages]
        annots = {(i, n): a.objgen[0] for i, p in enumerate(pdf.pages) for n, a in enumerate(p.get("/Annots", []))}
        catalog = (pdf.Root.objgen[0], pdf.Root.unparse(resolved=True).decode("latin-1"))
        trailer: dict[str, Any] = {"size": int(pdf.trailer.Size), "root": pdf.trailer.Root.objgen[0],
                   "info": pdf.trailer.Info.objgen[0], "id": pdf.trailer.ID.unparse().decode("latin-1")}
    del pdf  # (reading the pages parsed the object streams that hold them, most of the file: that
    # memory is freed and given back before the tree is written, so that the two do not add up)
    if len(pages) >= GIVE_BACK_PAGES:
        give_back()
    size = trailer["size"]
    objects: list[str] = []  # the text of object number size + 1 + i (size itself is the tree root)
    by_mcid: dict[int, dict[int, int]] = {}
    by_key: dict[int, int] = {}

    def write(node: StructElement, parent: int) -> tuple[int, int | None]:
        """Write ``node``'s element and those below it; its number and first page."""
        number = size + 1 + len(objects)
        objects.append("")
        kids, first = [], None
        for kid in node.kids:
            if isinstance(kid, StructElement):
                if _drawn(kid):
                    child, page = write(kid, number)
                    kids.append(f"{child} 0 R")
                    first = page if first is None else first
                continue
            kind, page, n = kid
            first = page if first is None else first
            if kind == "mc":
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
        objects[number - size - 1] = (f"<</Type/StructElem/S/{node.type}/P {parent} 0 R{extra}"
                                      f"/K[{' '.join(kids)}]>>")
        return number, first

    document = write(tagger.root, size)[0] if _drawn(tagger.root) else None
    refs = lambda mcids: " ".join(f"{mcids[n]} 0 R" if n in mcids else "null" for n in range(max(mcids) + 1))
    nums = [f"{page} [{refs(mcids)}]" for page, mcids in sorted(by_mcid.items())]
    nums += [f"{key} {number} 0 R" for key, number in sorted(by_key.items())]
    tree = size + 1 + len(objects)
    objects.append(f"<</Nums[{' '.join(nums)}]>>")
    root = (f"<</Type/StructTreeRoot/K[{f'{document} 0 R' if document else ''}]/ParentTree {tree} 0 R"
            f"/ParentTreeNextKey {len(pages) + len(keys)}>>")
    text = catalog[1][:catalog[1].rindex(">>")] + f" /StructTreeRoot {size} 0 R >>"
    return _update(data, {catalog[0]: text, size: root,
                          **{size + 1 + i: body for i, body in enumerate(objects)}}, trailer)


def _update(data: bytes, objects: dict[int, str], trailer: dict) -> bytes:
    """``data`` followed by an incremental update that (re)defines ``objects`` (number -> text):
    all in one compressed object stream, found through a cross-reference stream. ``trailer``
    has the file's size (its next object number), the numbers of its root and info and its ID."""
    numbers = sorted(objects)
    bodies = [objects[n].encode("latin-1") for n in numbers]
    offsets, at = [], 0
    for body in bodies:
        offsets.append(at)
        at += len(body) + 1
    head = " ".join(f"{n} {o}" for n, o in zip(numbers, offsets)).encode("latin-1") + b"\n"
    packed = zlib.compress(head + b"\n".join(bodies) + b"\n")
    stream_no = max(max(numbers), trailer["size"] - 1) + 1
    xref_no = stream_no + 1
    out = io.BytesIO()
    out.write(data if data.endswith(b"\n") else data + b"\n")
    stream_at = out.tell()
    out.write(f"{stream_no} 0 obj\n<</Type/ObjStm/N {len(numbers)}/First {len(head)}/Filter/FlateDecode"
              f"/Length {len(packed)}>>\nstream\n".encode("latin-1") + packed + b"\nendstream\nendobj\n")
    xref_at = out.tell()
    rows = {n: struct.pack(">BII", 2, stream_no, i) for i, n in enumerate(numbers)}
    rows[stream_no] = struct.pack(">BII", 1, stream_at, 0)
    rows[xref_no] = struct.pack(">BII", 1, xref_at, 0)
    index: list[int] = []
    run: list[int] = []
    for n in sorted(rows):  # one subsection per run of consecutive numbers
        if run and n != run[-1] + 1:
            index += [run[0], len(run)]
            run = []
        run.append(n)
    index += [run[0], len(run)]
    table = zlib.compress(b"".join(rows[n] for n in sorted(rows)))
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out.write(f"{xref_no} 0 obj\n<</Type/XRef/Size {xref_no + 1}/Index[{' '.join(map(str, index))}]/W[1 4 4]"
              f"/Root {trailer['root']} 0 R/Info {trailer['info']} 0 R"
              f"/ID {trailer['id']}/Prev {prev}/Filter/FlateDecode/Length {len(table)}>>"
              f"\nstream\n".encode("latin-1") + table + f"\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n".encode())
    return out.getvalue()
