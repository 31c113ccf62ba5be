"""Work and memory the report's writer spends once, not again (issues #24, #25): a chart is drawn once per
report (its first layout pass only measures; the shapes its fitting measured are the ones drawn), and the
archive step's incremental update holds little more than the text it packs."""
from __future__ import annotations

import io
import tracemalloc
from collections import Counter

import pikepdf
from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.pdfgen import canvas

from generator.writers.pdf.update import append_update
from generator.writers.pdf.writer import PdfWriter

from .conftest import DEFAULT


def test_each_chart_of_a_report_is_drawn_once(rendered, monkeypatch):
    """A chart was drawn three times: measured in the first pass (which draws nothing), measured again
    in the second and drawn again to be put on its page (a seventh of a heavy report's time)."""
    drawn: Counter = Counter()
    for kind in (BarChart, HorizontalLineChart):
        monkeypatch.setattr(kind, "draw", lambda self, _draw=kind.draw: drawn.update([id(self)]) or _draw(self))
    document = rendered(DEFAULT, "technical")
    data = PdfWriter().render(document)
    charts = [s.chart for s in document.handout_slides() if s.chart and s.chart.kind not in ("pie", "doughnut")]
    assert charts and len(drawn) == len(charts) and set(drawn.values()) == {1}, drawn  # (before: {1, 2}, twice as many)
    assert data.startswith(b"%PDF")


def _update(objects: dict[int, str]) -> tuple[bytes, int]:
    """A one-page PDF with ``objects`` (numbered from its size) appended as an update; its size."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 72, "page")
    page.save()
    data = buffer.getvalue()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        trailer = {"size": int(pdf.trailer.Size), "root": pdf.Root.objgen[0], "info": pdf.trailer.Info.objgen[0],
                   "id": pdf.trailer.ID.unparse().decode("latin-1") if "/ID" in pdf.trailer else "[<00><00>]"}
    size, texts = trailer["size"], list(objects.values())
    streams = {size + len(texts): ("<</N 3", b"abc")}  # (and the info dictionary again, as the archive step does)
    return append_update(data, {trailer["info"]: "<</Title(again)>>"}, streams, trailer, (size, texts)), size


def test_an_update_is_read_back_object_by_object():
    updated, size = _update({i: f"<</Nth {i}>>" for i in range(2000)})
    with pikepdf.open(io.BytesIO(updated)) as pdf:
        assert [int(pdf.get_object((size + i, 0)).Nth) for i in (0, 1, 999, 1999)] == [0, 1, 999, 1999]
        assert pdf.get_object((size + 2000, 0)).read_raw_bytes() == b"abc"
        assert len(pdf.pages) == 1 and str(pdf.docinfo.Title) == "again"


def test_an_update_holds_little_more_than_the_text_it_packs():
    """The object stream was compressed into pieces, joined and copied three times more, and the
    cross-reference rows were a dict of small bytes: 6 times the text at the peak (28 MB for 4.5 MB)."""
    objects = {1000 + i: f"<</Type/StructElem/S/P/P {999 + i} 0 R/K[{i}]>>" for i in range(100_000)}
    text = sum(map(len, objects.values()))  # (as a dict: what the update was given before it took a run)
    data = b"%PDF-1.7\n" + b"x" * 1000 + b"\nstartxref\n9\n%%EOF\n"
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        append_update(data, objects, {5: ("<</N 3", b"abc")}, {"size": 1000, "root": 1, "info": 2, "id": "[<00><00>]"})
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert peak < 2 * text, (peak, text)
