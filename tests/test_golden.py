"""Golden canonical XML of the deck writer: the chart part of each chart kind and the slide of
each slide layout, from a small Document made here, so that any change to the XML the writer
produces shows up as a readable diff of tests/golden/<name>.xml.

After a deliberate change, review the diff and refresh the files with

    .venv/bin/python -m pytest tests/test_golden.py --update-golden

Without the flag, a missing or different file fails the test: goldens are never rewritten silently.
"""
from __future__ import annotations

import difflib
import io
import zipfile
from pathlib import Path
from typing import get_args

import pytest
from lxml import etree

from generator.document import (LAYOUTS, AgendaItem, Bullet, ChartSpec, Column, Document, KeyFigure, Slide, SourceLink,
                                TableSpec, TimeRef)
from generator.document_charts import SeriesSpec
from generator.writers.pptx.writer import PptxWriter

GOLDEN = Path(__file__).resolve().parent / "golden"
AT = TimeRef(seconds=808, label="13:28", links=[
    SourceLink(source="audio", name="Audio", url="https://example.org/audio#t=808", label="13:28"),
    SourceLink(source="video", name="Video", url="https://example.org/video?t=213", label="3:33")])
POINTS = [Bullet(text="Clusters grow tenfold", at=AT, children=[Bullet(text="Power is the limit")]),
          Bullet(text="Q&A <kept> literally")]
CHARTS = {
    "bar": ChartSpec(id="b", title="GPUs", kind="bar", unit="GPUs", categories=["xAI", "Meta"],
                     series=[SeriesSpec(name="GPUs", values=[200000, 128000], approx=[False, True],
                                        labels=["200,000", "~128,000"])]),
    "column": ChartSpec(id="c", title="Spend", kind="column", categories=["2023", "2024"],
                        series=[SeriesSpec(name="A", values=[1, 2]), SeriesSpec(name="B", values=[3, 4.5])]),
    "line": ChartSpec(id="l", title="Trend", kind="line", unit="$B", categories=["Q1", "Q2", "Q3"],
                      series=[SeriesSpec(name="Spend", values=[1, 2, 3])]),
    "pie": ChartSpec(id="p", title="Share", kind="pie", categories=["H100", "H20"],
                     series=[SeriesSpec(name="Share", values=[70, 30])]),
    "doughnut": ChartSpec(id="d", title="Experts", kind="doughnut", categories=["Active", "Inactive"],
                          series=[SeriesSpec(name="Experts", values=[8, 248])]),
    "bar-ranges": ChartSpec(id="r", title="Clusters", kind="bar", unit="GPUs", categories=["Now", "Planned"],
                            series=[SeriesSpec(name="GPUs", values=[200000, 600000], low=[None, 500000],
                                               high=[None, 700000], labels=["200,000", "500,000–700,000"])]),
    "timeline": ChartSpec(id="timeline", title="The episode", kind="timeline", unit="minutes", categories=["Chips", "Power"],
                          series=[SeriesSpec(name="Topic", values=[10, 20], low=[0, 10], high=[10, 30],
                                             labels=["0:00–10:00", "10:00–30:00"])]),
}
SLIDES = {
    "title": Slide(layout="title", title="Golden briefing", subtitle="A deck small enough to read", at=AT),
    "agenda": Slide(layout="agenda", title="Agenda", agenda=[AgendaItem(title="Chips", at=AT), AgendaItem(title="Power")]),
    "section": Slide(layout="section", title="Part 1: Chips", text="From 13:28 in the episode", at=AT),
    "bullets": Slide(layout="bullets", title="Chips", at=AT, bullets=POINTS, notes="Say this first.\nThen this."),
    "two_column": Slide(layout="two_column", title="Then and now", columns=[
        Column(title="Then", bullets=[Bullet(text="H800 allowed")]), Column(title="Now", bullets=POINTS)]),
    "topics": Slide(layout="topics", title="Chips · Power · Water", columns=[
        Column(title="Chips", at=AT, topic="chips", bullets=POINTS), Column(title="Power", topic="power",
                                                                             bullets=[Bullet(text="Grids lag")]),
        Column(title="Water", at=AT, topic="water", bullets=[Bullet(text="Cooling needs water")])]),
    "big_number": Slide(layout="big_number", title="In numbers", figures=[
        KeyFigure(value="2.2 GW", label="planned power", at=AT), KeyFigure(value="$50B", label="CHIPS Act")]),
    "chart": Slide(layout="chart", title="Cluster sizes", at=AT, chart=CHARTS["bar"]),
    "table": Slide(layout="table", title="Export status", table=TableSpec(
        columns=["GPU", "Status"], rows=[["H100", "Banned"], ["H20", "Permitted"]])),
    "quote": Slide(layout="quote", title="In their words", text="Compute is the currency of AI.", attribution="A speaker", at=AT),
    "timeline": Slide(layout="timeline", title="Where each topic sits", chart=CHARTS["timeline"]),
    "sources": Slide(layout="sources", title="Sources", bullets=[Bullet(text="Audio", url="https://example.org/audio")]),
}


def deck_bytes(slides: list[Slide]) -> bytes:
    """A deck of ``slides``, written with a fixed date."""
    doc = Document(title="Golden briefing", audience="golden", audience_label="Golden",
                   prepared_for="Golden audience", date="2025-02-03",
                   sources=[link.model_copy(update={"label": ""}) for link in AT.links], slides=slides)
    return PptxWriter().render(doc, epoch=0)


def deck(slide: Slide) -> zipfile.ZipFile:
    """A one-slide deck of ``slide``."""
    return zipfile.ZipFile(io.BytesIO(deck_bytes([slide])))


def canonical(xml: bytes) -> str:
    """Canonical XML (C14N: attributes in a fixed order, namespaces declared where the part
    declares them), one element a line; the writer puts no whitespace between elements."""
    root = etree.fromstring(xml)
    etree.indent(root, space="  ")
    return etree.tostring(root, method="c14n").decode("utf-8") + "\n"


def check(name: str, xml: bytes, update: bool) -> None:
    """Compare with tests/golden/<name>.xml, or rewrite it when asked to."""
    path, text = GOLDEN / f"{name}.xml", canonical(xml)
    if update:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"{path} is missing: review the writer's output, then run pytest --update-golden"
    golden = path.read_text(encoding="utf-8")
    if text != golden:
        diff = "".join(difflib.unified_diff(golden.splitlines(True), text.splitlines(True), f"golden/{name}.xml", "now"))
        pytest.fail(f"the writer's XML changed (pytest --update-golden accepts it after review):\n{diff}")


@pytest.mark.parametrize("kind", CHARTS)
def test_chart_part(kind, update_golden):
    layout = "timeline" if kind == "timeline" else "chart"
    check(f"chart-{kind}", deck(Slide(layout=layout, title=kind, chart=CHARTS[kind])).read("ppt/charts/chart1.xml"),
          update_golden)


@pytest.mark.parametrize("layout", SLIDES)
def test_slide(layout, update_golden):
    check(f"slide-{layout}", deck(SLIDES[layout]).read("ppt/slides/slide1.xml"), update_golden)


def test_every_layout_and_chart_kind_has_a_golden():
    """A new slide layout or chart kind needs its golden here too."""
    assert set(SLIDES) == set(LAYOUTS)
    assert {k.split("-")[0] for k in CHARTS} == set(get_args(ChartSpec.model_fields["kind"].annotation))
