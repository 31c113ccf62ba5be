"""Text measuring: Calibri (Carlito's metrics), Arial (Liberation Sans's), the wider of both for
other fonts; wrapping that never lets a line exceed its width."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.writers.measure import text_width, use_font, wrap

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


@pytest.mark.parametrize("width", [0, -12.5])
def test_wrap_refuses_a_width_that_is_not_positive(width):
    with pytest.raises(ValueError, match="must be > 0"):
        wrap("any text", width, 12)


def test_a_word_at_the_limit_is_broken_in_linear_time_at_any_positive_width():
    import time

    word = "W中m" * 6667  # 20,001 characters, the text limit
    for width in (0.01, 3, 40):  # narrower than one character, then a few characters a line
        start = time.monotonic()
        lines = wrap(word, width, 12)
        assert time.monotonic() - start < 5  # it was quadratic, and looped forever at width <= 0
        assert "".join(lines) == word and all(lines)
        assert width < 12 or all(text_width(line, 12) <= width for line in lines)


@settings(max_examples=200)
@given(st.text(alphabet="ab W中\n", max_size=60), st.floats(0.5, 300))
def test_lines_lose_nothing_but_the_spaces_or_newline_they_break_at(text, width):
    from generator.writers.measure import line_spans

    spans = line_spans(text, width, 12)
    assert text[:spans[0][0]].strip(" ") == "" and text[spans[-1][1]:].strip(" ") == ""
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert text[end:start].strip(" ") in ("", "\n")  # a break eats spaces (or a newline), a broken word nothing


def test_a_table_is_read_back_from_the_cache_as_the_file_gives_it(tmp_path, monkeypatch):
    """A family's widths are kept in the cache folder ``fonts`` (parsing the file and keying its widths by number
    was ~2.4% of a cold deck): a new process reads them back without the file's JSON, the same widths; a changed
    file is read afresh."""
    import json
    import os

    from generator.writers import measure

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    fresh = {int(k): v for k, v in json.loads(measure.METRICS.read_text())["bold"]["widths"].items()}
    metrics = tmp_path / "metrics.json"
    metrics.write_bytes(measure.METRICS.read_bytes())
    monkeypatch.setattr(measure, "METRICS", metrics)
    monkeypatch.setattr(measure, "_table", measure._table.__wrapped__)  # (made again at each call while tested)
    monkeypatch.setattr(measure, "_metrics", measure._metrics.__wrapped__)
    assert measure._table(True) == fresh and (tmp_path / "cache" / "briefing" / "fonts").is_dir()
    monkeypatch.setattr(measure, "_metrics", lambda: pytest.fail("the file was read again"))
    assert measure._table(True) == fresh
    os.utime(metrics, ns=(1, 1))  # (changed): read afresh
    read: list = []
    monkeypatch.setattr(measure, "_metrics", lambda: read.append(1) or json.loads(metrics.read_text()))
    assert measure._table(True) == fresh and read == [1]
