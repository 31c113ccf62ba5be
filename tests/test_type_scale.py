"""One type scale per deck: first-level points at one size on every slide (sub-points a step
smaller), and every time line at one size."""
from __future__ import annotations

from pptx import Presentation

from generator.document import Bullet, Document, KeyFigure, Slide, SourceLink, TimeRef
from generator.writers.pptx.writer import PptxWriter

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def test_first_level_text_takes_one_size_in_a_deck_and_sub_points_are_a_step_smaller(tmp_path):
    """A slide of short points and a slide that needs the smaller size to fit on one slide: both are
    set at the size the dense one needs (not 24 on one and 20 on the other), sub-points 4 pt smaller."""
    dense = [Bullet(text=f"Point {i}: " + "words that fill the line " * 3, children=[Bullet(text="a sub-point")])
             for i in range(6)]
    doc = Document(title="T", audience="x", slides=[
        Slide(layout="bullets", title="Short", bullets=[Bullet(text="One point", children=[Bullet(text="Under it")])]),
        Slide(layout="bullets", title="Dense", bullets=dense)])
    path = tmp_path / "deck.pptx"
    path.write_bytes(PptxWriter().render(doc))
    sizes = {}
    for number, slide in enumerate(Presentation(str(path)).slides, 1):
        for sh in slide.shapes:
            for p in sh.text_frame._txBody.iter(f"{A}p") if sh.has_text_frame else ():
                char = p.find(f"{A}pPr/{A}buChar")
                if char is not None:
                    sizes.setdefault((number, char.get("char")), set()).update(
                        int(r.find(f"{A}rPr").get("sz")) / 100 for r in p.iter(f"{A}r"))
    assert len(sizes) == 4 and sizes[(1, "•")] == sizes[(2, "•")] and len(sizes[(1, "•")]) == 1
    first, = sizes[(1, "•")]
    assert first < 24 and sizes[(1, "–")] == sizes[(2, "–")] == {max(first - 4, 18)}


def test_every_time_line_of_a_deck_takes_one_size(tmp_path):
    """A moment linked into three sources is too long for a column of a grid of three figures at
    14 pt: every time line of the deck takes the size it fits at, not that one alone."""
    links = [SourceLink(source=s, name=name, url=f"https://example.org/{s}#t=4139") for s, name in
             (("a", "Podcast audio"), ("v", "YouTube video"), ("t", "Full transcript"))]
    long = TimeRef(seconds=4139, label="1:08:59", links=links)
    short = TimeRef(seconds=60, label="1:00", links=links[:1])
    doc = Document(title="T", audience="x", slides=[
        Slide(layout="bullets", title="Points", at=short, bullets=[Bullet(text="A point")]),
        Slide(layout="big_number", title="Figures", figures=[KeyFigure(value=f"{n}0%", label="of the total", at=at)
                                                             for n, at in ((1, long), (2, short), (3, short))])])
    path = tmp_path / "deck.pptx"
    path.write_bytes(PptxWriter().render(doc))
    sizes = {int(r.find(f"{A}rPr").get("sz")) / 100 for slide in Presentation(str(path)).slides for sh in slide.shapes
             if sh.has_text_frame and sh.text_frame.text.startswith("▶") for r in sh.text_frame._txBody.iter(f"{A}r")}
    assert len(sizes) == 1 and sizes.pop() < 14


def test_a_dense_overview_does_not_shrink_the_topics_slides(tmp_path):
    """A bottom line that needs 20 pt to fit one slide sets the overview (summary, agenda, sources) at
    20; the topics' slides stay at 24: two first-level sizes, each for a whole kind of slide."""
    dense = [Bullet(text=f"Takeaway {i}: " + "words that fill the line " * 8) for i in range(5)]
    doc = Document(title="T", audience="x", slides=[
        Slide(layout="bullets", title="The bottom line", role="summary", bullets=dense),
        Slide(layout="bullets", title="Harbour", topic="harbour", bullets=[Bullet(text="The channel is dredged")]),
        Slide(layout="bullets", title="Ferries", topic="ferries", bullets=[Bullet(text="Four sailings a day")]),
        Slide(layout="sources", title="Sources", bullets=[Bullet(text="Recording", url="https://example.org/r")])])
    path = tmp_path / "deck.pptx"
    path.write_bytes(PptxWriter().render(doc))
    sizes = [{int(r.find(f"{A}rPr").get("sz")) / 100 for sh in slide.shapes if sh.has_text_frame
              for p in sh.text_frame._txBody.iter(f"{A}p") if p.find(f"{A}pPr/{A}buChar") is not None
              for r in p.iter(f"{A}r")} for slide in Presentation(str(path)).slides]
    assert len(sizes) == 4 and sizes[0] == sizes[3] and sizes[1] == sizes[2] == {24.0} and max(sizes[0]) < 24
