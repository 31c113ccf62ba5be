"""Every XML part of the decks we write validates against the ECMA-376 transitional schemas, and
the package graph holds together: the default decks, a slide of every layout, every chart kind,
a deck on a 4:3 master with renamed layouts, and a dense deck. Each check is shown to fail on a deck broken on purpose."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from generator.build import build
from tests.conftest import AUDIENCES, DEFAULT
from tests.ooxml import package_problems, rewrite, schema_problems
from tests.test_golden import SLIDES, deck_bytes
from tests.test_pptx import ZOO
from tests.test_pptx_template import corporate_audience


def dense_content() -> str:
    """Many topics, long text, wide tables and charts at the limits of a content file."""
    words = "Export controls reshape the supply of accelerators across every cloud region. "
    topics = []
    for i in range(60):
        columns = ", ".join(f"'Column {c} {words[:20]}'" for c in range(12))
        rows = ", ".join("[" + ", ".join(f"'{r}.{c} {words[:40]}'" for c in range(12)) + "]" for r in range(8))
        chart = (f"    charts: [{{id: c{i}, title: 'Chart {i}', kind: {['bar', 'column', 'line'][i % 3]}, "
                 f"categories: [{', '.join(f'k{k}' for k in range(40))}], series: ["
                 + ", ".join(f"{{name: s{s}, values: [{', '.join(str(k * s + 1) for k in range(40))}]}}" for s in range(8))
                 + "]}]\n") if i % 10 == 0 else ""
        topics.append(f"  - id: t{i}\n    title: 'Topic {i}: {words[:60]}'\n    at: '{i}:00'\n"
                      f"    points: ['{words * 12}', {{text: '{words * 3}', points: ['{words * 2}', '{words}']}}]\n"
                      f"    tables: [{{id: w{i}, title: 'Wide {i}', columns: [{columns}], rows: [{rows}]}}]\n" + chart)
    return ("title: Dense\nsources: [{id: a, name: A, url: 'https://example.org/a'}]\n"
            f"takeaways: ['{words * 4}']\ntopics:\n" + "".join(topics))


@pytest.fixture(scope="module")
def decks(tmp_path_factory, built) -> dict[str, Path]:
    """The decks under test, by name."""
    tmp = tmp_path_factory.mktemp("ooxml")
    (tmp / "zoo.yaml").write_text(ZOO, encoding="utf-8")
    (tmp / "dense.yaml").write_text(dense_content(), encoding="utf-8")
    corporate_audience(tmp, "master.pptx")
    build([tmp / "zoo.yaml", tmp / "dense.yaml"], audiences=["technical"], formats=["pptx"], output=tmp / "out")
    build([DEFAULT], audiences=["board"], formats=["pptx"], templates=[tmp / "corp"], output=tmp / "out")
    (tmp / "layouts.pptx").write_bytes(deck_bytes(list(SLIDES.values())))
    named = {a: built / f"deepseek-{a}.pptx" for a in AUDIENCES}
    return {**named, "every layout": tmp / "layouts.pptx", "charts": tmp / "out" / "zoo-technical.pptx",
            "4:3 master": tmp / "out" / "deepseek-board.pptx", "dense": tmp / "out" / "dense-technical.pptx"}


NAMES = [*AUDIENCES, "every layout", "charts", "4:3 master", "dense"]


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_every_xml_part_is_valid(decks, name):
    assert schema_problems(decks[name]) == []


@pytest.mark.parametrize("name", NAMES)
def test_the_package_graph_holds(decks, name):
    assert package_problems(decks[name]) == []


def test_the_decks_are_what_their_names_say(decks):
    """The chart deck has a chart part per chart, the dense one many slides and wide tables."""
    from pptx import Presentation

    charts = Presentation(str(decks["charts"]))
    assert sum(sh.has_chart for s in charts.slides for sh in s.shapes) == 7  # seven charts (one topic: no timeline)
    dense = Presentation(str(decks["dense"]))
    widths = [len(sh.table.columns) for s in dense.slides for sh in s.shapes if sh.has_table]
    assert len(dense.slides) > 100 and widths and max(widths) == 12
    assert Presentation(str(decks["4:3 master"])).slide_width == 9144000


SLIDE = "ppt/slides/slide3.xml"


def _book(data: bytes) -> bytes:
    """The embedded workbook ``data`` with an element its worksheet schema does not allow."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            blob = src.read(name)
            dst.writestr(name, blob.replace(b"<sheetData>", b"<bogus/><sheetData>", 1) if "worksheets/" in name else blob)
    return out.getvalue()


def _slide(change):
    return lambda members: members.__setitem__(SLIDE, change(members[SLIDE]))


@pytest.mark.parametrize("change, expected", [
    (_slide(lambda b: b.replace(b"<p:spTree>", b"<p:spTree><p:bogus/>", 1)), "Unexpected element 'bogus'"),
    (_slide(lambda b: re.sub(rb'<a:off x="\d+"', b'<a:off x="left"', b, count=1)), "Invalid value for attribute 'x'"),
    (_slide(lambda b: re.sub(rb"(<a:off [^>]*/>)(<a:ext [^>]*/>)", rb"\2\1", b, count=1)), "Unexpected element"),
    (_slide(lambda b: b.replace(b"<p:cSld>", b'<p:cSld colour="red">', 1)), "'colour' attribute is not declared"),
    (_slide(lambda b: b.replace(b"http://schemas.openxmlformats.org/presentationml/2006/main",
                                b"http://purl.oclc.org/ooxml/presentationml/main")), "no schema knows its root"),
    (lambda m: m.__setitem__("ppt/embeddings/Microsoft_Excel_Sheet1.xlsx",
                             _book(m["ppt/embeddings/Microsoft_Excel_Sheet1.xlsx"])), "Unexpected element 'bogus'"),
], ids=["unknown element", "bad attribute value", "elements out of order", "unknown attribute", "unknown root",
        "broken workbook"])
def test_the_schema_check_finds_a_broken_part(decks, tmp_path, change, expected):
    problems = schema_problems(rewrite(decks["executive"], tmp_path / "broken.pptx", change))
    assert any(expected in p and ("slide3.xml" in p or "Sheet1.xlsx" in p) for p in problems), problems


TYPES = "[Content_Types].xml"


def _types(old: bytes, new: bytes):
    def change(members):
        assert old in members[TYPES]
        members[TYPES] = members[TYPES].replace(old, new, 1)
    return change


@pytest.mark.parametrize("change, expected", [
    (lambda m: m.pop("ppt/notesSlides/notesSlide1.xml"), "points to missing ppt/notesSlides/notesSlide1.xml"),
    (lambda m: m.__setitem__("ppt/media/stray.png", b"\x89PNG"), "ppt/media/stray.png is not reached"),
    (lambda m: m.__setitem__("ppt/slides/_rels/slide999.xml.rels", m["ppt/slides/_rels/slide1.xml.rels"]),
     "slide999.xml.rels belongs to no part"),
    (lambda m: m.__setitem__("_rels/.rels", m["_rels/.rels"].replace(b"docProps/app.xml", b"docProps/app.dat")) or
     m.__setitem__("docProps/app.dat", m.pop("docProps/app.xml")), "docProps/app.dat has no content type"),
    (_types(b"</Types>", b'<Override PartName="/ppt/slides/slide999.xml" ContentType="application/xml"/></Types>'),
     "Override for missing part /ppt/slides/slide999.xml"),
    (_types(b'PartName="/ppt/slides/slide2.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"',
            b'PartName="/ppt/slides/slide2.xml" '
            b'ContentType="application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"'),
     "ppt/slides/slide2.xml is typed application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"),
], ids=["dangling relationship", "unreached part", "orphan relationships", "no content type", "override for nothing",
        "wrong content type"])
def test_the_package_check_finds_a_broken_graph(decks, tmp_path, change, expected):
    problems = package_problems(rewrite(decks["executive"], tmp_path / "broken.pptx", change))
    assert any(expected in p for p in problems), problems
