"""A --watch rebuild keeps what its files are made of (issue #25 §4): a file whose Document did not change is
not written again (generator/kept_files.py), unless a file its writer read changed; a report's paragraphs
measured before are not read nor broken into lines by the pass that only measures
(generator/writers/pdf/kept_measures.py). Every file is byte for byte what a cold build (a fresh process) writes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import kept_renders
from generator.build import build
from generator.writers.pdf import flowables
from generator.writers.pdf.writer import PdfWriter
from generator.writers.pptx.writer import PptxWriter

from .conftest import DEFAULT, ROOT
from .test_audiences import logo_audience, png

EPOCH = "1700000000"


@pytest.fixture
def watching(monkeypatch):
    """Builds keep what they make for the next, as under --watch; the writers' renders and the paragraphs
    read, counted (by format, and in all)."""
    counts = {"pdf": 0, "pptx": 0, "read": 0}
    for writer, fmt in ((PdfWriter, "pdf"), (PptxWriter, "pptx")):
        def counting(self, doc, epoch=None, render=writer.render, fmt=fmt):
            counts[fmt] += 1
            return render(self, doc, epoch)

        monkeypatch.setattr(writer, "render", counting)
    read = flowables.Shaped._read

    def reading(self, *args):
        counts["read"] += 1
        return read(self, *args)

    monkeypatch.setattr(flowables.Shaped, "_read", reading)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    kept_renders.keep_renders()
    yield counts
    kept_renders.keep_renders(False)


def _built(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _cold(content: Path, out: Path, audience: str, *extra: str) -> dict[str, bytes]:
    """The files a fresh ``briefing build`` process writes for ``content``."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([sys.executable, "-m", "generator.cli", "build", str(content), "-a", audience, "-f", "pptx",
                    "-f", "pdf", "-o", str(out), *extra], cwd=ROOT, env=env, check=True, capture_output=True)
    return _built(out)


def test_an_edit_of_one_topic_writes_the_report_as_a_cold_build_does(tmp_path, watching):
    content = tmp_path / "deepseek.yaml"
    text = DEFAULT.read_text(encoding="utf-8")
    content.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    once = lambda: build([content], audiences=["executive"], formats=["pptx", "pdf"], output=out)
    once()
    first, read = _built(out), watching["read"]
    assert watching["pdf"] == watching["pptx"] == 1 and read > 100
    content.write_text(text.replace("Memphis", "Nashville"), encoding="utf-8")  # one topic edited
    once()
    assert watching["pdf"] == watching["pptx"] == 2
    # the measuring pass read only the paragraphs it had not measured before; the drawing pass reads every one
    assert watching["read"] - read < read * 0.75
    edited = _built(out)
    assert edited != first and edited == _cold(content, tmp_path / "cold", "executive")


def test_nothing_changed_writes_nothing_again(tmp_path, watching):
    out = tmp_path / "out"
    once = lambda: build([DEFAULT], audiences=["executive"], formats=["pptx", "pdf"], output=out)
    once()
    first = _built(out)
    os.utime(out / "deepseek-executive.pdf", (1, 1))
    once()  # the same Documents: their bytes of the build before, put in place again
    assert watching["pdf"] == watching["pptx"] == 1
    assert _built(out) == first and os.stat(out / "deepseek-executive.pdf").st_mtime > 1


def test_a_file_the_writer_read_that_changed_is_read_again(tmp_path, watching):
    templates = tmp_path / "templates"
    folder = templates / "mine"
    logo_audience(folder, "executive", png(64, 32))
    out = tmp_path / "out"
    once = lambda: build([DEFAULT], audiences=["mine"], formats=["pptx", "pdf"], output=out, templates=[templates])
    once()
    first = _built(out)
    logo = next(folder.glob("logo.*"))
    logo.write_bytes(png(32, 64))  # the logo, another image (the Document names the same file)
    once()
    assert watching["pdf"] == watching["pptx"] == 2
    again = _built(out)
    assert again["deepseek-mine.pptx"] != first["deepseek-mine.pptx"]
    assert again == _cold(DEFAULT, tmp_path / "cold", "mine", "-t", str(templates))


def test_a_library_build_keeps_nothing(tmp_path, monkeypatch):
    from generator import kept_files
    from generator.writers.pdf import kept_measures

    monkeypatch.setattr(kept_measures, "_MEASURES", {})
    kept_renders.keep_renders(False)
    build([DEFAULT], audiences=["executive"], formats=["pdf"], output=tmp_path / "out")
    assert kept_files._KEPT == {} and kept_measures._MEASURES == {}
