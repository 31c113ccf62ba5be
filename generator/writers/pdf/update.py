"""An incremental update: objects (re)defined after a PDF's last byte, found through a new cross-reference stream.

The report's archive step writes everything it adds or changes this way (catalog, document info,
pages, annotations, metadata, output intent, structure tree) instead of having qpdf rewrite the
whole file, which loaded every object of it: at 1,000 heavy topics some 96 MiB over the layout.
"""
from __future__ import annotations

import heapq
import io
import re
import struct
import zlib
from collections.abc import Iterable


def append_update(data: bytes, objects: dict[int, str], streams: dict[int, tuple[str, bytes]], trailer: dict,
                  run: tuple[int, list[str]] = (0, [])) -> bytes:
    """``data`` followed by an update that (re)defines ``objects`` (number -> Latin-1 text of a
    dictionary or array) and the objects of ``run`` (the first one's number and their texts, numbered on
    from it: the structure tree's, some 114,000 at 1,000 heavy topics, with no dict of them), all in one
    compressed object stream, each text let go once packed; and ``streams`` (number -> the text of its
    dictionary without /Length, and its bytes as they are stored). ``trailer`` has the file's size (its
    next object number), the numbers of its root and info and its ID.

    The update is written into one buffer and joined to ``data`` once, each text let go as it is packed:
    its object stream was compressed into pieces, joined, then copied into its object, into the update and
    into the file, with every text still held (at 1,000 heavy topics the report's peak memory was in this
    step: these copies and the cross-reference rows, ``_xref``, 24 MiB of it)."""
    first, texts = run
    keys = sorted(objects)
    numbered = lambda: heapq.merge(keys, range(first, first + len(texts)))  # the stream's objects, in order
    head, at = bytearray(), 0  # (Latin-1 text: a character is a byte)
    for n in numbered():
        head += f"{n} {at} ".encode("latin-1")
        at += len(objects[n] if n in objects else texts[n - first]) + 1
    head[-1:] = b"\n"
    # compressed text by text, never joined: the tree of 1,000 heavy topics is some 12 MB of text
    packer = zlib.compressobj()
    packed = io.BytesIO()
    packed.write(packer.compress(head))
    for n in numbered():
        if n in objects:
            text = objects.pop(n)
        else:
            text, texts[n - first] = texts[n - first], ""
        packed.write(packer.compress(text.encode("latin-1") + b"\n"))
    packed.write(packer.flush())
    count = len(keys) + len(texts)
    stream_no = max([*keys, first + len(texts) - 1, *streams, trailer["size"] - 1]) + 1
    xref_no = stream_no + 1
    sep = b"" if data.endswith(b"\n") else b"\n"
    out = io.BytesIO()  # what follows the file (``data`` itself is not copied into it)
    base = len(data) + len(sep)
    placed: dict[int, int] = {}  # the objects written whole (not in the object stream): where each starts
    for n, (head_text, body) in sorted(streams.items()):
        placed[n] = base + out.tell()
        _stream(out, n, head_text, body)
    placed[stream_no] = base + out.tell()
    with packed.getbuffer() as view:
        _stream(out, stream_no, f"<</Type/ObjStm/N {count}/First {len(head)}/Filter/FlateDecode", view)
    packed.close()
    xref_at = placed[xref_no] = base + out.tell()
    table, index = _xref(numbered(), placed, stream_no)
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out.write(f"{xref_no} 0 obj\n<</Type/XRef/Size {xref_no + 1}/Index[{' '.join(map(str, index))}]/W[1 4 4]"
              f"/Root {trailer['root']} 0 R/Info {trailer['info']} 0 R"
              f"/ID {trailer['id']}/Prev {prev}/Filter/FlateDecode/Length {len(table)}>>"
              f"\nstream\n".encode("latin-1") + table + f"\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n".encode())
    with out.getbuffer() as update:
        return b"".join((data, sep, update))


def _xref(packed: Iterable[int], placed: dict[int, int], stream_no: int) -> tuple[bytes, list[int]]:
    """The cross-reference stream's rows (compressed) and its /Index: a row per object, in order, for the
    ``packed`` ones (in order) the i-th of the object stream ``stream_no``, for the ``placed`` ones their
    offset; a subsection per run of consecutive numbers. Made row by row: a dict of the rows (114,000 at
    1,000 heavy topics) took 17 MB."""
    rows, i = bytearray(), 0
    index: list[int] = []
    for n in heapq.merge(packed, sorted(placed)):
        if n in placed:
            rows += struct.pack(">BII", 1, placed[n], 0)
        else:
            rows += struct.pack(">BII", 2, stream_no, i)
            i += 1
        if index and index[-2] + index[-1] == n:
            index[-1] += 1
        else:
            index += [n, 1]
    return zlib.compress(rows), index


def _stream(out: io.BytesIO, number: int, head: str, body: bytes | memoryview) -> None:
    """Object ``number`` written to ``out``: a stream whose dictionary is ``head`` (open: its /Length is
    added) and whose bytes are ``body``."""
    out.write(f"{number} 0 obj\n{head}/Length {len(body)}>>\nstream\n".encode("latin-1"))
    out.write(body)
    out.write(b"\nendstream\nendobj\n")
