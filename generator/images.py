"""Logo images: the size of a PNG or JPEG read from its header (the two kinds a logo may be),
and the checks a logo passes before anything is written.

A header can lie in ways that readers resolve differently: a JPEG may hold a small frame header
and a huge one (in a comment segment that a naive walk lands in, or after fill bytes), so the
size is read by a walk that follows the format (fill bytes, markers without a length) up to the
image data, two frame headers are refused, and the size Pillow will decode to must be the same
before it decodes anything.
"""
from __future__ import annotations

import struct

from .limits import MAX_LOGO_BYTES, MAX_LOGO_PARTS, MAX_LOGO_SIDE

_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # JPEG markers without a length (TEM, RSTn)
_FRAMES = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # start-of-frame markers (DHT, JPG, DAC are not)


def read_image(path) -> bytes:
    """The bytes of the image file ``path``: a regular file of at most 20 MiB, else a BriefingError."""
    from .files import read_regular

    return read_regular(path, MAX_LOGO_BYTES, "logo")


def image_size(blob: bytes) -> tuple[int, int, str] | None:
    """(width, height, 'png' or 'jpg') of the image in ``blob``, or None if it is neither or has no
    size (a JPEG of two frame headers has none)."""
    if blob[:8] == b"\x89PNG\r\n\x1a\n" and blob[12:16] == b"IHDR" and len(blob) >= 24:
        width, height = struct.unpack(">II", blob[16:24])
        return (width, height, "png") if width and height else None
    frames = jpeg_frames(blob)
    if len(frames) != 1 or not all(frames[0]):
        return None
    return (*frames[0], "jpg")


def jpeg_frames(blob: bytes) -> list[tuple[int, int]]:
    """(width, height) of each frame header of the JPEG ``blob`` before its image data; none when it
    is no JPEG or its segments do not follow one another."""
    return _jpeg_walk(blob)[0] if blob[:2] == b"\xff\xd8" else []


def _jpeg_walk(blob: bytes) -> tuple[list[tuple[int, int]], bool]:
    """The frame sizes of the JPEG ``blob``'s segments, walked up to its image data, and whether
    there were more than MAX_LOGO_PARTS markers and fill bytes before it (the walk stops there)."""
    frames: list[tuple[int, int]] = []
    i = 2
    for _ in range(MAX_LOGO_PARTS):
        if i + 1 >= len(blob) or blob[i] != 0xFF:
            return frames, False
        marker = blob[i + 1]
        if marker == 0xFF:  # a fill byte before a marker
            i += 1
            continue
        if marker in _STANDALONE:
            i += 2
            continue
        if marker in (0xD9, 0xDA) or i + 4 > len(blob):  # the end, or the image data: no header after it counts
            return frames, False
        length = struct.unpack(">H", blob[i + 2:i + 4])[0]
        if marker in _FRAMES:
            if length < 7 or i + 9 > len(blob):
                return [], False
            height, width = struct.unpack(">HH", blob[i + 5:i + 9])
            frames.append((width, height))
        if length < 2:
            return [], False
        i += 2 + length
    return frames, True


def _too_many_parts(blob: bytes) -> str | None:
    """What says ``blob`` holds more than MAX_LOGO_PARTS parts before its image data, or None: Pillow
    reads each in Python, once for the check and again for each writer (19 MiB of a JPEG's fill
    bytes took a build of a tiny content 160 s, 1.6 million empty PNG chunks 31 s)."""
    if blob[:2] == b"\xff\xd8":
        if _jpeg_walk(blob)[1]:
            return f"has more than {MAX_LOGO_PARTS:,} markers before its image data (a JPEG has a few dozen): save it again"
        return None
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    i = 8
    for _ in range(MAX_LOGO_PARTS):
        if i + 8 > len(blob) or blob[i + 4:i + 8] == b"IEND":
            return None
        i += 12 + struct.unpack(">I", blob[i:i + 4])[0]
    return f"has more than {MAX_LOGO_PARTS:,} chunks (a PNG has a few thousand at most): save it again"


def logo_problem(blob: bytes) -> str | None:
    """What makes ``blob`` unusable as a logo, or None: not a PNG or JPEG (or a JPEG of two frame
    headers), larger than MAX_LOGO_SIDE on a side (read from its header, so a huge image is never
    decoded), a size that Pillow reads otherwise (checked before it decodes), or truncated or
    corrupt (it is decoded once to know)."""
    too_many = _too_many_parts(blob)
    if too_many:
        return too_many
    frames = jpeg_frames(blob)
    if len(frames) > 1:
        sizes = " and ".join(f"{w:,} x {h:,}" for w, h in frames)
        return f"has {len(frames)} frame headers ({sizes} pixels): a JPEG has one; save it again"
    size = image_size(blob)
    if size is None:
        return "is not a PNG or JPEG image"
    width, height, _ = size
    if max(width, height) > MAX_LOGO_SIDE:
        return _too_large(width, height)
    import io
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # (the checks here are stricter; no noise)
            with Image.open(io.BytesIO(blob)) as image:
                if image.size != (width, height):  # (a header the walk above did not see: never decoded)
                    read_w, read_h = image.size
                    return f"holds two sizes ({width:,} x {height:,} and {read_w:,} x {read_h:,} pixels): save it again"
                image.load()
    except Image.UnidentifiedImageError:  # (its message names the reader object at its address)
        return "cannot be read: its data is damaged (Pillow cannot identify it)"
    except Exception as exc:  # Pillow raises many kinds for a damaged file (OSError, SyntaxError, ValueError...)
        return f"cannot be read: {exc or type(exc).__name__}"
    return None


def _too_large(width: int, height: int) -> str:
    return (f"is {width:,} x {height:,} pixels; scale it down to at most {MAX_LOGO_SIDE:,} on each side "
            "(a logo is shown at most 160 x 80 points)")
