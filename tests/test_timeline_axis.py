"""The timeline chart's time axis starts at the first topic's time (rounded down to a tick) when that
is far from 0: a recording whose times start at 55 hours (the Apollo 13 air-ground loop, in mission
elapsed time) is not squeezed against the right edge of an axis from 0:00. Checked on the real
outputs: the chart's XML in the deck, the axis labels drawn in the report."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.writers.common import time_axis

CONTENT = Path(__file__).resolve().parent / "fixtures" / "transcripts" / "apollo13-air-ground.yaml"


@pytest.mark.parametrize("values", [[300], [60, 45], [5, 1, 9, 3], [120, 61, 61, 400, 7], [2, 3]])
def test_the_median_of_topic_lengths_is_the_statistics_module_s(values):
    """A topic's estimated end and the longest chapter use ``chapter_times.median`` (statistics is
    not imported by a deck): the same value, an odd count's middle or an even count's mean."""
    import statistics

    from generator.chapter_times import median

    assert median(values) == statistics.median(values) and type(median(values)) is type(statistics.median(values))


def test_an_axis_starts_at_zero_unless_its_times_start_far_from_it():
    assert time_axis(0, 67.5) == (0, 70, 10)  # a talk: from 0, as always
    assert time_axis(20, 67.5) == (0, 70, 10)  # less empty before the first time than the times span
    start, end, step = time_axis(3350, 3545)  # 55:50 to 59:05
    assert (start, end, step) == (3330, 3570, 30) and start <= 3350 < start + step


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from generator.build import build

    out = tmp_path_factory.mktemp("timeline")
    return {b.format: b.path for b in build([CONTENT], audiences=["technical"], formats=["pptx", "pdf"], output=out)}


def _first_and_last(content_path: Path) -> tuple[float, float]:
    from generator.context import timeline_spec
    from generator.loader import load_content

    spec = timeline_spec(load_content(content_path), {k: "{x}" for k in _WORDS})
    [series] = spec["series"]
    return min(series["low"]), max(series["high"])


_WORDS = ("timeline_chart", "timeline_unit", "timeline_series", "timeline_from", "timeline_caption",
          "timeline_untold", "timeline_first")


def test_the_decks_timeline_axis_starts_at_the_first_topic(built):
    from pptx import Presentation

    first, last = _first_and_last(CONTENT)
    assert first > 55 * 60  # the recording's times start at 55 hours
    charts = [sh.chart for s in Presentation(built["pptx"]).slides for sh in s.shapes if sh.has_chart]
    xml = next(c.part.blob.decode() for c in charts if "[h]:mm" in c.part.blob.decode())
    low = float(re.search(r'<c:valAx>.*?<c:min val="([^"]+)"/>', xml).group(1)) * 1440
    high = float(re.search(r'<c:valAx>.*?<c:max val="([^"]+)"/>', xml).group(1)) * 1440
    step = float(re.search(r'<c:majorUnit val="([^"]+)"/>', xml).group(1)) * 1440
    assert round(low) % round(step) == 0 and low <= first < low + step, (low, first, step)
    assert high >= last and high - low <= 8 * step


def test_the_reports_timeline_axis_starts_at_the_first_topic(built):
    from pypdf import PdfReader

    first, _ = _first_and_last(CONTENT)
    start, _, step = time_axis(first, _first_and_last(CONTENT)[1])
    title = _english("timeline_chart")
    [text] = [t for t in (p.extract_text() for p in PdfReader(built["pdf"]).pages) if title in t]
    axis = text[text.index(title):]  # the figure: its heading, bars, labels, axis and caption
    hours, minutes = divmod(int(start), 60)
    assert re.search(rf"(?<![\d:]){hours}:{minutes:02d}(?![\d:])", axis), axis  # the axis's first label
    assert not re.search(r"(?<![\d:])0:00(?![\d:])", axis), axis  # and no 0:00


def _english(key: str) -> str:
    from generator.yamlio import load_yaml_file

    return load_yaml_file(Path(__file__).resolve().parent.parent / "generator" / "lang" / "en.yaml").data[key]
