"""ReportLab's document written compactly: its dictionaries in compressed object streams, found
through a cross-reference stream (PDF 1.5), as qpdf's rewrite of the file used to leave them.

A report of 1,000 heavy topics has some 24,000 links, 4,000 outline entries and 1,400 pages:
as ReportLab writes them, plain text of 7 MB (the file 13 MB against qpdf's 5.9). Packed here as
they are written, object by object, the file needs no rewrite, which loaded every object of it.
"""
from __future__ import annotations

import struct
import zlib

from reportlab.pdfbase.pdfdoc import PDFDocument, PDFFile, format as pdf_format

PER_STREAM = 200  # objects in one object stream


class PackedDocument(PDFDocument):
    """A ``PDFDocument`` whose ``format`` packs every object that is not a stream."""

    def format(self):
        """The file's bytes (what ``PDFDocument.format`` gives, packed)."""
        self.encrypt.prepare(self)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        file = self.__accum__ = PDFFile(self._pdfVersion)  # (objects may ask where they are in it)
        rows: dict[int, tuple[int, int, int]] = {0: (0, 0, 65535)}  # number -> cross-reference row
        packs: list[tuple[list[int], bytes, int]] = []  # each stream's objects, compressed text, /First
        numbers: list[int] = []
        bodies: list[bytes] = []
        counter = 0
        while counter + 1 in self.numberToId:  # (objects may be registered while others are written)
            counter += 1
            name = self.numberToId[counter]
            self.encrypt.register(counter, 0)
            body = pdf_format(self.idToObject[name], self, toplevel=1)
            if body.rstrip().endswith(b"endstream"):
                rows[counter] = (1, file.add(f"{counter} 0 obj\n".encode("latin-1") + body
                                             + (b"" if body.endswith(b"\n") else b"\n") + b"endobj\n"), 0)
            else:
                numbers.append(counter)
                bodies.append(body.strip())
                if len(numbers) == PER_STREAM:
                    packs.append(_pack(numbers, bodies))
                    numbers, bodies = [], []
        del self.__accum__
        if numbers:
            packs.append(_pack(numbers, bodies))
        for stream, (members, packed, first) in enumerate(packs, start=counter + 1):
            rows[stream] = (1, file.add(f"{stream} 0 obj\n<</Type/ObjStm/N {len(members)}/First {first}"
                                        f"/Filter/FlateDecode/Length {len(packed)}>>\nstream\n".encode("latin-1")
                                        + packed + b"\nendstream\nendobj\n"), 0)
            rows |= {n: (2, stream, i) for i, n in enumerate(members)}
        xref = counter + len(packs) + 1
        rows[xref] = (1, file.offset, 0)
        table = zlib.compress(b"".join(struct.pack(">BII", *rows[n]) for n in range(xref + 1)))
        ids = self.ID().split(b"\n")[1].decode("latin-1")  # [<…><…>], without ReportLab's comment
        catalog, info = (self.idToObjectNumberAndVersion[o.__InternalName__][0] for o in (self.Catalog, self.info))
        file.add(f"{xref} 0 obj\n<</Type/XRef/Size {xref + 1}/W[1 4 4]/Root {catalog} 0 R/Info {info} 0 R/ID {ids}"
                 f"/Filter/FlateDecode/Length {len(table)}>>\nstream\n".encode("latin-1") + table
                 + f"\nendstream\nendobj\nstartxref\n{rows[xref][1]}\n%%EOF\n".encode("latin-1"))
        return file.format(self)


def _pack(numbers: list[int], bodies: list[bytes]) -> tuple[list[int], bytes, int]:
    """Objects ``numbers`` (their texts ``bodies``) as one object stream: its compressed text and /First."""
    offsets, at = [], 0
    for body in bodies:
        offsets.append(at)
        at += len(body) + 1
    head = " ".join(f"{n} {o}" for n, o in zip(numbers, offsets)).encode("latin-1") + b"\n"
    return numbers, zlib.compress(head + b"\n".join(bodies) + b"\n"), len(head)
