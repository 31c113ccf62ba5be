"""A zip written in one pass with repeatable bytes: the deck's package and a chart's workbook.

Written directly (zipfile costs ~40 us an entry around the compression, and a deck with notes and
charts has 4 entries a slide); large packages are compressed on every core (zlib lets go of the
GIL). Zip64 sizes go to zipfile.
"""
from __future__ import annotations

import io
import os
import struct
import time
import zipfile
import zlib

DOS_FIRST, DOS_LAST = 315532800, 4354819198  # 1980-01-01 00:00:00 and 2107-12-31 23:59:58 UTC

COMPRESSION = 1  # deflate level: XML compresses well at 1, three times faster than the default 6
KEPT = 16 * 2**20  # bytes of blobs kept deflated for the next build (a rebuild's unchanged parts)
_DEFLATED: dict[bytes, bytes] = {}
_kept = [0]  # (the bytes of the blobs in _DEFLATED)
ZIP64_ENTRIES = 0xFFFF  # from this many entries (or 4 GiB) a zip needs zip64 records: zipfile writes those


def write_zip(entries, epoch: int | None = None) -> bytes:
    """A zip of (name, bytes) entries in that order, with fixed entry times: repeatable bytes."""
    entries = list(entries)
    # a zip entry's date holds 1980 to 2107 (DOS dates): earlier and later ones are clamped to those
    year, month, day, hour, minute, second = time.gmtime(min(max(epoch or 0, DOS_FIRST), DOS_LAST))[:6]
    size = sum(len(data) for _, data in entries)  # deflate grows incompressible data by under 1%
    if len(entries) >= ZIP64_ENTRIES or size + size // 100 + 64 * len(entries) >= 0xFFFFFFFF:
        return _write_zip64(entries, (year, month, day, hour, minute, second))
    dos_time, dos_date = hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day
    packed = _deflate_all([data for _, data in entries])
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for (name, data), deflated in zip(entries, packed):
        raw = name.encode("utf-8")
        flags = 0 if raw.isascii() else 0x800  # the name is UTF-8
        fields = (20, flags, 8, dos_time, dos_date, zlib.crc32(data), len(deflated), len(data), len(raw))
        local = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0)
        central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 3 << 8 | 20, *fields, 0, 0, 0, 0, 0o644 << 16, offset) + raw)
        out += (local, raw, deflated)
        offset += len(local) + len(raw) + len(deflated)
    directory = b"".join(central)
    out += (directory, struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0))
    return b"".join(out)


def _deflate(data: bytes) -> bytes:
    """``data`` raw-deflated (no zlib header; zlib.compress takes ``wbits`` only from Python 3.11)."""
    packer = zlib.compressobj(COMPRESSION, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _deflate_all(blobs: list[bytes]) -> list[bytes]:
    """Each blob raw-deflated (as zip stores it). The last KEPT bytes of blobs are kept deflated: a
    --watch rebuild deflates only the parts that changed."""
    missing = list(dict.fromkeys(b for b in blobs if b not in _DEFLATED))
    for blob, deflated in zip(missing, _deflate_new(missing)):
        _DEFLATED[blob] = deflated
        _kept[0] += len(blob)
    found = [_DEFLATED[b] for b in blobs]
    while _kept[0] > KEPT and _DEFLATED:  # the oldest let go
        oldest = next(iter(_DEFLATED))
        _kept[0] -= len(oldest)
        del _DEFLATED[oldest]
    return found


def _deflate_new(blobs: list[bytes]) -> list[bytes]:
    """Each blob raw-deflated, on several threads when there is much to do."""
    def deflate(batch):
        return [_deflate(b) for b in batch]

    workers = min(os.cpu_count() or 1, 4)
    if workers == 1 or sum(len(b) for b in blobs) < 2_000_000:
        return deflate(blobs)
    from concurrent.futures import ThreadPoolExecutor

    size = -(-len(blobs) // (workers * 4))
    with ThreadPoolExecutor(workers) as pool:
        return [d for batch in pool.map(deflate, [blobs[i:i + size] for i in range(0, len(blobs), size)]) for d in batch]


def _write_zip64(entries, stamp) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data, compresslevel=COMPRESSION)
    return out.getvalue()
