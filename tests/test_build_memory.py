"""What a build holds while it writes (issue #25: the report of 1,000 heavy topics peaked at 336 MB): the key
words kept per text by the renders are let go before the writers run unless the build keeps its renders for a
--watch rebuild, and the report's headings share their styles instead of making one each."""
from __future__ import annotations

from generator import fitted, kept_renders, key_words, quantities
from generator.build import build
from generator.document import Theme
from generator.writers.pdf.styles import paragraph_styles
from generator.writers.pdf.writer import PdfWriter

from .conftest import DEFAULT


def _held() -> int:
    """How many texts' key words, spaced words, summary items and quantities are kept."""
    return key_words._keys.cache_info().currsize + key_words._spaced.cache_info().currsize + _statements()


def _statements() -> int:
    """How many texts' summary items (fitted.fitted) and quantities (quantities.said_quantities) are kept."""
    return fitted.fitted.cache_info().currsize + quantities._said.cache_info().currsize


def test_a_build_that_keeps_no_renders_lets_go_of_the_key_words_of_its_texts(tmp_path, monkeypatch):
    written = []
    monkeypatch.setattr(PdfWriter, "render", lambda self, doc, epoch=None: written.append(_held()) or b"%PDF")
    build([DEFAULT], audiences=["technical"], formats=["pdf"], output=tmp_path)
    assert written == [0]  # (the render read thousands of texts: see the --watch case below)


def test_a_watch_build_keeps_the_key_words_of_its_texts_for_the_next(tmp_path):
    kept_renders.keep_renders()
    try:
        build([DEFAULT], audiences=["technical"], formats=["md"], output=tmp_path)
        assert _held() > 100 and fitted.fitted.cache_info().currsize > 0 and quantities._said.cache_info().currsize > 10
    finally:
        kept_renders.keep_renders(False)


def test_kicked_headings_share_one_style_per_level():
    writer = PdfWriter()
    writer.styles, writer.ts_entries = paragraph_styles(Theme()), {}
    first = writer._heading("One", None, 0, "s0", kicker="Kicker one")[-1]
    second = writer._heading("Two", None, 0, "s1", kicker="Kicker two")[-1]
    assert first.style is second.style and first.style.spaceBefore == 0  # (the kicker stands in for the space)
    assert writer._heading("Three", None, 0, "s2")[-1].style is writer.styles["h1"] and writer.styles["h1"].spaceBefore > 0
    assert writer._heading("Four", None, 1, "s3", kicker="K")[-1].style is writer.styles["h2-kicked"]
