"""Short topics share a slide in the deck (each with its title and linked time) and stay sections of
their own in the report and the handout."""
from __future__ import annotations

import json
import re
import subprocess

from pptx import Presentation

from generator.build import build
from generator.document import Bullet, Column, Document, Slide, SourceLink, TimeRef
from generator.short_topics import shared
from generator.writers.pptx.writer import PptxWriter

from .presentability import check

BUDGET = {"max_points": 0, "depth": 3, "charts": True, "tables": True}
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _topic(n: int, points: int = 2, **extra) -> dict:
    return {"id": f"t{n}", "title": f"Topic {n}", "points": [{"text": f"Point {i} of topic {n}", "children": []}
                                                              for i in range(points)],
            "figures": [], "charts": [], "tables": [], **extra}


def test_consecutive_short_topics_are_grouped_and_others_stay_alone():
    topics = [_topic(1), _topic(2), _topic(3, points=5), _topic(4), _topic(5, charts=[{"id": "c"}]), _topic(6),
              _topic(7), _topic(8)]
    assert [[t["id"] for t in g] for g in shared(topics, BUDGET)] == [
        ["t1", "t2"], ["t3"], ["t4"], ["t5"], ["t6", "t7", "t8"]]
    no_charts = {**BUDGET, "charts": False}  # a chart its audience does not show does not count
    assert [len(g) for g in shared(topics[3:5], no_charts)] == [2]
    figures = [_topic(1, figures=[{"value": "27x"}]), _topic(2)]
    assert [len(g) for g in shared(figures, BUDGET)] == [1, 1]
    assert [len(g) for g in shared(figures, BUDGET, own_figures=False)] == [2]  # its figures are elsewhere


def test_a_long_run_of_short_topics_is_spread_within_four_and_75_words():
    assert [len(g) for g in shared([_topic(n) for n in range(9)], BUDGET)] == [3, 3, 3]
    wordy = [_topic(n, points=3) for n in range(4)]
    for t in wordy:
        t["points"] = [{"text": "word " * 9, "children": []} for _ in range(3)]  # 29 words a topic
    assert [len(g) for g in shared(wordy, BUDGET)] == [2, 2]


CONTENT = {"title": "Harbour board", "sources": [{"id": "a", "name": "Recording", "url": "https://example.org/rec"}],
           "topics": [{"id": f"t{i}", "title": title, "at": f"{i * 7}:00", "points": points} for i, (title, points) in
                      enumerate([("Dredging", ["The channel is dredged every spring", "Costs rose by a third"]),
                                 ("Ferry timetable", ["Winter sailings drop to four a day"]),
                                 ("Berth lighting", ["New lamps are fitted by June", "They use half the power"]),
                                 ("Fish market", ["Stalls move to the north quay"])], start=1)]}


def test_short_topics_share_a_deck_slide_and_keep_their_own_report_sections(tmp_path):
    path = tmp_path / "harbour.yaml"
    path.write_text(json.dumps(CONTENT), encoding="utf-8")
    build([path], audiences=["policy"], formats=["pptx", "pdf", "md"], output=tmp_path)
    prs = Presentation(str(tmp_path / "harbour-policy.pptx"))
    # the four short topics on one slide (in the audience's order: by weight after its preferred tags)
    heads = {"Dredging", "Ferry timetable", "Berth lighting", "Fish market"}
    shared_slides = [s for s in prs.slides if heads <= {sh.text_frame.text for sh in s.shapes if sh.has_text_frame}]
    assert len(shared_slides) == 1
    assert shared_slides[0].shapes.title.text_frame.text in heads  # (its first topic's heading: never all joined)
    texts = [sh.text_frame.text for sh in shared_slides[0].shapes if sh.has_text_frame]
    links = {r.find(f"{A}rPr/{A}hlinkClick") is not None and "".join(t.text for t in r.iter(f"{A}t"))
             for sh in shared_slides[0].shapes if sh.has_text_frame for r in sh.text_frame._txBody.iter(f"{A}r")}
    for title, at in (("Dredging", "7:00"), ("Ferry timetable", "14:00"), ("Berth lighting", "21:00"),
                      ("Fish market", "28:00")):
        assert title in texts and at in links  # each block's title, and its time as a link
    assert "Winter sailings drop to four a day" in texts
    assert [v for v in check(tmp_path / "harbour-policy.pptx") if v.rule in ("body-size", "near-empty", "type-scale")] == []
    report = subprocess.run(["pdftotext", str(tmp_path / "harbour-policy.pdf"), "-"], capture_output=True, text=True,
                            check=True).stdout
    handout = (tmp_path / "harbour-policy.md").read_text(encoding="utf-8")
    for title, at in (("Dredging", "7:00"), ("Fish market", "28:00")):
        assert f"## {title}" in handout and f"▶ [{at}](https://example.org/rec" in handout.split(f"## {title}")[1][:60]
        assert re.search(rf"{title}\s+▶\s+{at}", report)  # its own heading, with its time


def test_blocks_that_do_not_fit_go_on_over_slides_each_whole(tmp_path):
    at = TimeRef(seconds=60, label="1:00", links=[SourceLink(source="a", name="A", url="https://example.org/a#t=60")])
    long = "a point long enough to take three or four lines in a narrow column of a shared slide " * 2
    columns = [Column(title=f"Topic {i}", at=at, topic=f"t{i}", bullets=[Bullet(text=long) for _ in range(3)])
               for i in range(4)]
    doc = Document(title="T", audience="x", slides=[Slide(layout="topics", title="Four topics", columns=columns)])
    path = tmp_path / "deck.pptx"
    path.write_bytes(PptxWriter().render(doc))
    slides = list(Presentation(str(path)).slides)
    assert len(slides) > 1
    titles = [s.shapes.title.text_frame.text for s in slides]
    blocks = [[sh.text_frame.text for sh in s.shapes if sh.has_text_frame and sh.name != "Title"
               and sh.text_frame.text.startswith("Topic ")] for s in slides]
    assert sorted(b for page in blocks for b in page) == [f"Topic {i}" for i in range(4)]  # each block once, whole
    assert all(title == " · ".join(page) for title, page in zip(titles, blocks))
    assert [v for v in check(path) if v.rule in ("body-size", "type-scale")] == []
    for slide in slides:  # nothing drawn below the body
        for sh in slide.shapes:
            assert sh.top + sh.height <= 505 * 12700 or sh.top >= 505 * 12700
