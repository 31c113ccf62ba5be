"""Logos whose headers lie (issue #24): a JPEG with a small frame header and a huge one, a frame
header a naive walk skips, a PNG of two sizes — each refused at its theme line before anything is
decoded or written; a JPEG that follows the format in ways a naive walk does not is kept."""
from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from pptx import Presentation

from generator.audiences import load_audience
from tests.conftest import ROOT, guarded


def jpeg(width: int, height: int, mode: str = "RGB") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new(mode, (width, height), 128).save(buffer, "JPEG", quality=10)
    return buffer.getvalue()


def frame(blob: bytes) -> tuple[int, bytes]:
    """The offset and the bytes of the frame header (SOF0) of a JPEG Pillow wrote."""
    at = 2
    while blob[at + 1] != 0xC0:
        at += 2 + struct.unpack(">H", blob[at + 2:at + 4])[0]
    return at, blob[at:at + 2 + struct.unpack(">H", blob[at + 2:at + 4])[0]]


def sized(header: bytes, width: int, height: int, marker: int = 0xC0) -> bytes:
    return bytes([0xFF, marker]) + header[2:5] + struct.pack(">HH", height, width) + header[9:]


def two_frames(width: int, height: int, marker: int = 0xC0) -> bytes:
    """A 64 x 32 JPEG with a frame header of that size, then one of ``width`` x ``height``."""
    blob = jpeg(64, 32)
    at, header = frame(blob)
    return blob[:at] + sized(header, 64, 32, marker) + sized(header, width, height) + blob[at + len(header):]


def hidden_frame(blob: bytes, width: int, height: int) -> bytes:
    """``blob`` (a JPEG) whose frame header says ``width`` x ``height``, after a fill byte, followed by
    a comment holding a 64 x 32 frame header where a walk that reads the fill byte as a marker with
    a length lands ("FF FF C0 00": a length of 0xC000): such a walk reads the small size, Pillow
    decodes the huge one."""
    at, header = frame(blob)
    lands = at + 2 + struct.unpack(">H", header[1:3])[0]
    first = at + 1 + len(header) + 4  # the comment's first byte
    data = b"\x00" * (lands - first) + sized(header, 64, 32) + b"\x00" * 16
    comment = b"\xff\xfe" + struct.pack(">H", len(data) + 2) + data
    return blob[:at] + b"\xff" + sized(header, width, height) + comment + blob[at + len(header):]


def png_of_two_sizes() -> bytes:
    from tests.test_audiences import png

    blob = png(64, 32)
    data = b"IHDR" + struct.pack(">IIBBBBB", 13000, 13000, 8, 2, 0, 0, 0)
    return blob[:33] + struct.pack(">I", 13) + data + struct.pack(">I", zlib.crc32(data)) + blob[33:]


def logo_folder(root: Path, logo: bytes, name: str) -> Path:
    folder = root / "mine" / "lying"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\n", encoding="utf-8")
    (folder / "theme.yaml").write_text(f"logo: {name}\n", encoding="utf-8")
    (folder / name).write_bytes(logo)
    return folder


SMALL = ("title: Small\nsources: [{id: a, name: A, url: 'https://example.org'}]\n"
         "topics:\n  - {id: t, title: Topic, at: '1:00', points: ['A point about it']}\n")


@pytest.mark.parametrize("make, name, message", [
    (lambda: two_frames(13000, 13000), "logo.jpg",
     "has 2 frame headers (64 x 32 and 13,000 x 13,000 pixels): a JPEG has one; save it again"),
    (lambda: two_frames(65535, 65535, marker=0xC2), "logo.jpg",  # a progressive one first
     "has 2 frame headers (64 x 32 and 65,535 x 65,535 pixels): a JPEG has one; save it again"),
    (lambda: hidden_frame(jpeg(64, 32), 12000, 12000), "logo.jpg",
     "is 12,000 x 12,000 pixels; scale it down to at most 4,096 on each side (a logo is shown at most 160 x 80 points)"),
    (png_of_two_sizes, "logo.png", "holds two sizes (64 x 32 and 13,000 x 13,000 pixels): save it again"),
])
def test_a_logo_whose_headers_disagree_is_refused_at_its_theme_line(tmp_path, make, name, message):
    logo_folder(tmp_path, make(), name)
    (tmp_path / "small.yaml").write_text(SMALL, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "generator.cli", "build", "small.yaml", "-t", "mine", "-a", "lying"],
                          capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"mine/lying/theme.yaml:1:7: logo: '{name}' {message}"
    assert not (tmp_path / "output").exists()


def test_a_jpeg_with_fill_bytes_before_its_frame_header_keeps_its_size(tmp_path):
    """Fill bytes (0xFF) may come before any marker: the walk skips them (it read one as a marker
    with a length and refused the logo as "not a PNG or JPEG image")."""
    blob = jpeg(150, 50)
    at, header = frame(blob)
    logo_folder(tmp_path, blob[:at] + b"\xff\xff" + blob[at:], "logo.jpg")
    audience = load_audience("lying", [tmp_path / "mine"])
    from generator.build import build

    (tmp_path / "small.yaml").write_text(SMALL, encoding="utf-8")
    build([tmp_path / "small.yaml"], audiences=[audience.name], formats=["pptx"], output=tmp_path / "out",
          templates=[tmp_path / "mine"])
    picture = next(sh for sh in Presentation(str(tmp_path / "out" / "small-lying.pptx")).slides[0].shapes
                   if sh.shape_type == 13)
    assert picture.width / picture.height == pytest.approx(3, rel=0.01)


def _load(folder: Path) -> None:
    load_audience("lying", [folder])


@pytest.mark.slow  # (makes a 12,000 x 12,000 JPEG: about a second)
def test_a_decodable_huge_jpeg_behind_a_small_header_is_never_decoded(tmp_path):
    """The hidden frame header of a JPEG that really decodes to 12,000 x 12,000 pixels (1.7 MB of
    file, 144 MB decoded; the build peaked at 780 MB): refused from its header, within the guard's
    512 MiB (the child fails with a MemoryError past it)."""
    logo_folder(tmp_path, hidden_frame(jpeg(12000, 12000, "L"), 12000, 12000), "logo.jpg")
    error = guarded(_load, tmp_path / "mine", timeout=30)
    assert error.endswith("logo: 'logo.jpg' is 12,000 x 12,000 pixels; scale it down to at most 4,096 on each side "
                          "(a logo is shown at most 160 x 80 points)"), error
