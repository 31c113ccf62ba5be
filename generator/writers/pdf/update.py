"""An incremental update: objects (re)defined after a PDF's last byte, found through a new cross-reference stream.

The report's archive step writes everything it adds or changes this way (catalog, document info,
pages, annotations, metadata, output intent, structure tree) instead of having qpdf rewrite the
whole file, which loaded every object of it: at 1,000 heavy topics some 96 MiB over the layout.
"""
from __future__ import annotations

import io
import re
import struct
import zlib


def append_update(data: bytes, objects: dict[int, str], streams: dict[int, tuple[str, bytes]], trailer: dict) -> bytes:
    """``data`` followed by an update that (re)defines ``objects`` (number -> Latin-1 text of a
    dictionary or array, all in one compressed object stream) and ``streams`` (number -> the text of its
    dictionary without /Length, and its bytes as they are stored). ``trailer`` has the file's size
    (its next object number), the numbers of its root and info and its ID."""
    numbers = sorted(objects)
    offsets, at = [], 0
    for n in numbers:  # (Latin-1 text: a character is a byte)
        offsets.append(at)
        at += len(objects[n]) + 1
    head = " ".join(f"{n} {o}" for n, o in zip(numbers, offsets)).encode("latin-1") + b"\n"
    # compressed text by text, never joined: the tree of 1,000 heavy topics is some 12 MB of text
    packer = zlib.compressobj()
    parts = [packer.compress(head)]
    for n in numbers:
        parts.append(packer.compress(objects[n].encode("latin-1") + b"\n"))
    packed = b"".join(parts) + packer.flush()
    del parts
    stream_no = max([*numbers, *streams, trailer["size"] - 1]) + 1
    xref_no = stream_no + 1
    sep = b"" if data.endswith(b"\n") else b"\n"
    out = io.BytesIO()  # what follows the file (``data`` itself is not copied into it)
    base = len(data) + len(sep)
    rows: dict[int, bytes] = {}
    for n, (head_text, body) in sorted(streams.items()):
        rows[n] = struct.pack(">BII", 1, base + out.tell(), 0)
        out.write(_stream(n, head_text, body))
    rows[stream_no] = struct.pack(">BII", 1, base + out.tell(), 0)
    out.write(_stream(stream_no, f"<</Type/ObjStm/N {len(numbers)}/First {len(head)}/Filter/FlateDecode", packed))
    rows |= {n: struct.pack(">BII", 2, stream_no, i) for i, n in enumerate(numbers)}
    xref_at = base + out.tell()
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
    return data + sep + out.getvalue()


def _stream(number: int, head: str, body: bytes) -> bytes:
    """Object ``number``: a stream whose dictionary is ``head`` (open: its /Length is added)."""
    return (f"{number} 0 obj\n{head}/Length {len(body)}>>\nstream\n".encode("latin-1") + body
            + b"\nendstream\nendobj\n")
