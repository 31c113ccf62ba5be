"""The size of a PNG or JPEG image, read from its header (the two kinds a logo may be)."""
from __future__ import annotations

import struct

MAX_BYTES = 20 * 1024 * 1024


def read_image(path) -> bytes:
    """The bytes of the image file ``path``: a regular file of at most 20 MiB, else a BriefingError."""
    from .files import read_regular

    return read_regular(path, MAX_BYTES, "logo")


def image_size(blob: bytes) -> tuple[int, int, str] | None:
    """(width, height, 'png' or 'jpg') of the image in ``blob``, or None if it is neither or has no size."""
    if blob[:8] == b"\x89PNG\r\n\x1a\n" and blob[12:16] == b"IHDR" and len(blob) >= 24:
        width, height = struct.unpack(">II", blob[16:24])
        return (width, height, "png") if width and height else None
    if blob[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(blob) and blob[i] == 0xFF:
        marker, length = blob[i + 1], struct.unpack(">H", blob[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a frame header holds the size
            height, width = struct.unpack(">HH", blob[i + 5:i + 9])
            return (width, height, "jpg") if width and height else None
        i += 2 + length
    return None
