"""A chart with more categories than a viewer labels every one of continues over slides of the deck:
parts spread evenly, each with only its data, all on one value scale."""
from __future__ import annotations

import io
import re
import subprocess
import zipfile

import pytest

from generator.document import ChartSpec
from generator.writers.pptx.geometry import BODY_H
from generator.writers.pptx.split import MOST_CATEGORIES, split_chart
from generator.words import english
from tests.conftest import have

WORDS = ["Harbor", "Lantern", "Quartz", "Meadow", "Falcon", "Copper", "Willow", "Summit", "Ember", "Orchid"]


CAPTION = " ".join(["A caption long enough to take a line under the chart on the slide, or so it seems."] * 4)


def content(topics: int, kind: str = "", categories: int = 0, caption: str = "") -> str:
    """A chapter list of ``topics`` titled topics a minute apart in a two-hour video, the first
    with a chart of ``kind`` over ``categories`` named categories (values 10, 17, 24, ...)."""
    lines = ["title: Split", "sources:", "  - id: video", "    name: Video",
             "    url: https://www.youtube.com/watch?v=abc", "    duration: 2:00:00", "topics:"]
    for i in range(topics):
        lines += [f"  - id: t{i}", f"    title: {WORDS[i % 10]} {WORDS[i * 3 % 10]} {i + 1}", f"    at: {i + 1}:05"]
    lines[8:8] = ["    points: [Ridership grew by a fifth last year.]"]  # (a statement: titles-only notes, no deck timeline)
    if kind:
        names = "".join(f"\n          - {WORDS[j % 10]} row {j + 1}" for j in range(categories))
        values = ", ".join(str(10 + 7 * j) for j in range(categories))
        lines[9:9] = ["    charts:", "      - id: c", "        title: Many rows",
                      f"        kind: {kind}", "        categories:" + names, "        series:",
                      f"          - {{name: S, values: [{values}]}}"] + ([f"        caption: {caption}"] if caption else [])
    return "\n".join(lines) + "\n"


def deck(tmp_path, text: str) -> str:
    """The technical deck built from ``text``."""
    from generator.build import build

    path = tmp_path / "split.yaml"
    path.write_text(text, encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path / "out", jobs=1)
    return str(tmp_path / "out" / "split-technical.pptx")


def charts(path: str, title: str) -> list[tuple[str, object, object]]:
    """(slide title, chart, its graphic frame) of every chart slide whose title starts with ``title``."""
    from pptx import Presentation

    return [(slide.shapes.title.text, shape.chart, shape) for slide in Presentation(path).slides
            for shape in slide.shapes if shape.has_chart and slide.shapes.title.text.startswith(title)]


def workbook_rows(chart) -> list[str]:
    """The categories in column A of a chart's embedded workbook."""
    blob = chart.part.chart_workbook.xlsx_part.blob
    sheet = zipfile.ZipFile(io.BytesIO(blob)).read("xl/worksheets/sheet1.xml").decode()
    return re.findall(r'<c r="A\d+" t="inlineStr"><is><t xml:space="preserve">(.*?)</t>', sheet)


@pytest.mark.parametrize("n, sizes", [(45, [15, 15, 15]), (41, [14, 14, 13]), (25, [13, 12]), (20, [20])])
def test_parts_are_spread_evenly(n, sizes):
    """41 categories at 20 a slide are 14+14+13, not 20+20+1; 20 stay one chart on its own scale."""
    spec = ChartSpec(id="c", title="T", kind="bar", categories=[f"C{i}" for i in range(n)],
                     series=[{"name": "S", "values": list(range(n)), "low": [None] * n}])
    parts = split_chart(spec, BODY_H, english()['chart_part'])
    assert [len(p.categories) for p, _ in parts] == sizes
    assert [c for p, _ in parts for c in p.categories] == spec.categories
    assert [v for p, _ in parts for v in p.series[0].values] == spec.series[0].values
    assert len({scale for _, scale in parts}) == 1 and (parts[0][1] is None) == (n <= MOST_CATEGORIES)


def test_a_pie_is_not_cut():
    """A pie's slices are its whole: it stays one chart."""
    spec = ChartSpec(id="c", title="T", kind="pie", categories=[f"C{i}" for i in range(30)],
                     series=[{"name": "S", "values": [1] * 30}])
    assert split_chart(spec, BODY_H, english()['chart_part']) == [(spec, None)]


def test_a_long_timeline_continues_on_one_scale(tmp_path):
    """45 chapters: the timeline (its first 40 topics, the most it places) is 20 + 20 on two slides
    titled "(cont.)", every topic once, each part's time axis the same, its alt text its own topics."""
    title = "Where each topic sits in the recording"  # (never how long a topic takes: review 14's finding 3)
    found = charts(deck(tmp_path, content(45)), title)
    assert [t for t, *_ in found] == [title, f"{title} (cont.)"]
    shown = [c for _, chart, _ in found for c in chart.plots[0].categories]
    titles = [f"{WORDS[i % 10]} {WORDS[i * 3 % 10]} {i + 1}" for i in range(40)]
    assert [re.sub(r" \(.*\)$", "", c) for c in shown] == titles
    assert [len(chart.plots[0].categories) for _, chart, _ in found] == [20, 20]
    assert len({chart.value_axis.maximum_scale for _, chart, _ in found}) == 1
    assert found[0][1].value_axis.maximum_scale * 1440 >= 41  # minutes: the whole span, to the 41st topic
    first, second = (frame._element.xpath(".//p:cNvPr")[0].get("descr") for *_, frame in found)
    assert titles[19] in first and titles[20] not in first and titles[20] in second and titles[0] not in second


def test_a_chart_of_25_bars_is_two_slides_with_their_own_data(tmp_path):
    """25 bars: 13 and 12 on two slides, each workbook holding its own rows, the value axes alike."""
    found = charts(deck(tmp_path, content(2, "bar", 25)), "Many rows")
    assert [t for t, *_ in found] == ["Many rows", "Many rows (cont.)"]
    assert [list(chart.plots[0].categories) for _, chart, _ in found] == [
        [f"{WORDS[j % 10]} row {j + 1}" for j in range(a, b)] for a, b in ((0, 13), (13, 25))]
    assert [workbook_rows(chart) for _, chart, _ in found] == [list(chart.plots[0].categories) for _, chart, _ in found]
    assert [list(chart.plots[0].series[0].values) for _, chart, _ in found] == [
        [10.0 + 7 * j for j in range(a, b)] for a, b in ((0, 13), (13, 25))]
    maxima = {chart.value_axis.maximum_scale for _, chart, _ in found}
    assert len(maxima) == 1 and maxima.pop() >= 10 + 7 * 24
    assert {chart.value_axis.minimum_scale for _, chart, _ in found} == {0.0}  # a bar's length is its value
    alt = [frame._element.xpath(".//p:cNvPr")[0].get("descr") for *_, frame in found]
    assert alt[0].startswith("Bar chart: Many rows, part 1 of 2.") and alt[1].startswith("Bar chart: Many rows, part 2 of 2.")
    assert "row 25 " in alt[1] and "row 13 " not in alt[1] and "row 13 " in alt[0] and "row 14 " not in alt[0]


@pytest.mark.parametrize("kind", ["bar", "column"])
def test_a_chart_of_20_stays_one_slide(tmp_path, kind):
    """20 categories are labelled in one chart: one slide, its own scale (no fixed maximum)."""
    found = charts(deck(tmp_path, content(2, kind, 20)), "Many rows")
    assert len(found) == 1 and len(found[0][1].plots[0].categories) == 20
    assert found[0][1].value_axis.maximum_scale is None


def test_bars_under_a_long_caption_continue_sooner(tmp_path):
    """A caption of three lines leaves the chart room to label 19 bars: 20 are 10 + 10."""
    found = charts(deck(tmp_path, content(2, "bar", 20, CAPTION)), "Many rows")
    assert [len(chart.plots[0].categories) for _, chart, _ in found] == [10, 10]


@pytest.mark.slow  # (a render through LibreOffice)
@pytest.mark.skipif(not (have("soffice") and have("pdftotext")),
                    reason="LibreOffice (soffice) and poppler (pdftotext) are needed to see the labels drawn")
def test_every_category_label_is_drawn(tmp_path):
    """Rendered by LibreOffice, every one of 40 bars' labels (under a caption of three lines) and of
    the timeline's topics is on a slide."""
    path = deck(tmp_path, content(45, "bar", 40, CAPTION))
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/chartsplit/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), path], check=True, capture_output=True, timeout=240)
    text = " ".join(subprocess.run(["pdftotext", str(tmp_path / "split-technical.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    missing = [f"{WORDS[j % 10]} row {j + 1}" for j in range(40) if f"{WORDS[j % 10]} row {j + 1} " not in text]
    missing += [f"{WORDS[i % 10]} {WORDS[i * 3 % 10]} {i + 1} (" for i in range(40)
                if f"{WORDS[i % 10]} {WORDS[i * 3 % 10]} {i + 1} (" not in text]
    assert not missing
