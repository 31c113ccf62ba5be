"""Text measuring: Calibri (Carlito's metrics), Arial (Liberation Sans's), the wider of both for
other fonts; wrapping that never lets a line exceed its width."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.measure import text_width, use_font, wrap

SAMPLE = "Export controls on GPUs to China, 500,000-700,000 GPUs"


@pytest.fixture(autouse=True)
def calibri_after():
    yield
    use_font("Calibri")


def test_each_font_family_measures_with_its_twin():
    widths = {}
    for font in ("Calibri", "Arial", "Some Corporate Font"):
        use_font(font)
        widths[font] = text_width(SAMPLE, 12)
    assert widths["Arial"] > widths["Calibri"] * 1.05  # Arial is wider than Calibri
    assert widths["Some Corporate Font"] >= max(widths["Arial"], widths["Calibri"])  # unknown: the wider
    assert use_font("Liberation Sans") == "arial" and use_font("CARLITO") == "calibri"


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=200),
       st.sampled_from([20.0, 60.0, 200.0]), st.sampled_from([8.0, 14.0, 24.0]),
       st.sampled_from(["Calibri", "Arial", "Other"]))
def test_wrapped_lines_fit_and_keep_every_character(text, width, size, font):
    use_font(font)
    lines = wrap(text, width, size)
    for line in lines:
        assert text_width(line, size) <= width + 1e-6 or len(line) == 1
    assert "".join(lines).replace(" ", "") == text.replace("\n", "").replace(" ", "")
