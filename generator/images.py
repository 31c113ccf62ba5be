"""Logo images: the size of a PNG or JPEG read from its header (the two kinds a logo may be),
and the checks a logo passes before anything is written."""
from __future__ import annotations

import struct

from .limits import MAX_LOGO_BYTES, MAX_LOGO_SIDE


def read_image(path) -> bytes:
    """The bytes of the image file ``path``: a regular file of at most 20 MiB, else a BriefingError."""
    from .files import read_regular

    return read_regular(path, MAX_LOGO_BYTES, "logo")


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


def logo_problem(blob: bytes) -> str | None:
    """What makes ``blob`` unusable as a logo, or None: not a PNG or JPEG, larger than
    MAX_LOGO_SIDE on a side (read from its header, so a huge image is never decoded), or
    truncated or corrupt (it is decoded once to know)."""
    size = image_size(blob)
    if size is None:
        return "is not a PNG or JPEG image"
    width, height, _ = size
    if max(width, height) > MAX_LOGO_SIDE:
        return (f"is {width:,} x {height:,} pixels; scale it down to at most {MAX_LOGO_SIDE:,} on each side "
                "(a logo is shown at most 160 x 80 points)")
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(blob)) as image:
            image.load()
    except Exception as exc:  # Pillow raises many kinds for a damaged file (OSError, SyntaxError, ValueError...)
        return f"cannot be read: {exc or type(exc).__name__}"
    return None
