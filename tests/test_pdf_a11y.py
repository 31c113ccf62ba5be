"""The report as a screen reader and an archive read it: tags, metadata, fonts (issue #16)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pikepdf
import pytest

from .conftest import AUDIENCES
from .pdf_inspect import FACES, coverage, elements, shown_runs

# Children each structure type may have in the report (ISO 32000-1 14.8.4, PDF/UA-1 7.2-7.10)
ALLOWED = {
    "StructTreeRoot": {"Document"}, "Document": {"H1", "H2", "H3", "P", "L", "Table", "Figure", "TOC"},
    "L": {"LI"}, "LI": {"Lbl", "LBody"}, "LBody": {"P", "L"}, "Table": {"TR"}, "TR": {"TH", "TD"},
    "TOC": {"TOCI"}, "TOCI": {"Reference", "NonStruct"}, "NonStruct": {"Link"},
    "H1": {"Link"}, "H2": {"Link"}, "H3": {"Link"}, "P": {"Link"},
    "TH": {"Link"}, "TD": {"Link", "P", "L"}, "Reference": {"Link"}, "Figure": set(), "Link": set(),
}
WORLD = """title: 世界简报 — a world briefing
lang: en
sources:
  - {id: video, name: Video, url: 'https://www.youtube.com/watch?v=abc', duration: '1:00:00'}
topics:
  - id: mixed
    title: 深度求索 and the Gulf
    at: '13:28'
    points:
      - '深度求索 发布了 模型'
      - 'مرحبا بالعالم من الخليج'
      - 'שלום עולם'
      - 'Arabic beside a link: مرحبا https://example.org/a?b=1'
      - text: 'Plain English point'
        at: '20:00'
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Path:
    """A report with Chinese, Arabic, Hebrew and mixed lines (content written for this test)."""
    from generator.build import build

    out = tmp_path_factory.mktemp("world")
    path = out / "world.yaml"
    path.write_text(WORLD, encoding="utf-8")
    build([path], audiences=["technical"], formats=["pdf"], output=out)
    return out / "world-technical.pdf"


def reports(built, world) -> list[Path]:
    return [built / f"deepseek-{a}.pdf" for a in AUDIENCES] + [world]


def test_every_character_is_drawn_with_a_font_that_has_it(built, world):
    faces = coverage()
    for path in reports(built, world):
        runs = 0
        for page, base, codes, texts in shown_runs(pikepdf.open(path)):
            runs += 1
            for code, text in zip(codes, texts):
                assert text is not None and "\x00" not in text, (path.name, page, base, code)
                missing = [ch for ch in text if not ch.isspace() and ord(ch) not in faces[FACES[base]]]
                assert not missing, (path.name, page, base, missing)
        assert runs > 50


def test_the_play_mark_before_each_time_is_a_real_glyph(built):
    with pikepdf.open(built / "deepseek-technical.pdf") as pdf:
        marks = [base for _, base, _, texts in shown_runs(pdf) if "▶" in "".join(t or "" for t in texts)]
    assert marks and set(marks) == {"DejaVuSans"}


def test_structure_tree_nests_as_pdf_ua_requires(built, world):
    for path in reports(built, world):
        with pikepdf.open(path) as pdf:
            found = list(elements(pdf))
            assert pdf.Root.MarkInfo.Marked is True
            for kind, parent, elem in found:
                assert kind in ALLOWED[parent], (path.name, parent, kind)
                if kind == "Figure":
                    assert len(str(elem.Alt)) > 20
                if kind == "TH":
                    assert elem.A.Scope == "/Column"
            kinds = {k for k, _, _ in found}
            assert {"H1", "P", "L", "LI", "LBody", "Link", "TOC", "TOCI", "Table", "TH", "TD"} <= kinds, path.name


def test_figures_carry_the_charts_alt_text(built):
    from pptx import Presentation

    for audience in AUDIENCES:
        with pikepdf.open(built / f"deepseek-{audience}.pdf") as pdf:
            alts = [str(e.Alt) for k, _, e in elements(pdf) if k == "Figure"]
        deck = Presentation(str(built / f"deepseek-{audience}.pptx"))
        described = {shape._element.nvGraphicFramePr.cNvPr.get("descr") for slide in deck.slides
                     for shape in slide.shapes if shape.has_chart}
        assert alts and set(alts) <= described and all(re.search(r"\d", a) for a in alts), audience


def _struct_text(path: Path) -> str:
    return subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout


def test_headings_follow_the_bookmarks_and_furniture_stays_out(built):
    from pypdf import PdfReader

    for audience in AUDIENCES:
        path = built / f"deepseek-{audience}.pdf"
        text = _struct_text(path)
        headings = re.findall(r'^\s*H[123] \(block\)\n\s*"(.*)"$', text, re.M)
        assert headings[1] == "Contents"

        def flat(items):
            for item in items:
                yield from flat(item) if isinstance(item, list) else [item.title]
        squash = lambda s: re.sub(r"\s+", "", s)  # (pdfinfo drops the space at a line break)
        titles = list(flat(PdfReader(str(path)).outline))
        assert len(headings) == len(titles) + 2  # (the cover's title and "Contents" have no bookmark)
        for heading, title in zip(headings[2:], titles):  # a heading ends with its time links
            assert squash(heading).startswith(squash(title)), (heading, title)
        drawn = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(path), "-"], capture_output=True, text=True).stdout
        header = drawn.strip().splitlines()[0]  # the running header, drawn on the page but no part of the structure
        assert "Page 3 of" in drawn and header.endswith("…")
        assert "Page 3 of" not in text and f'"{header}' not in text


def test_every_link_is_described_printable_and_in_a_link_element(built, world):
    for path in reports(built, world):
        with pikepdf.open(path) as pdf:
            nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
            parents = dict(zip(nums[::2], nums[1::2]))
            links = 0
            for page in pdf.pages:
                assert page.Tabs == "/S"
                for annot in page.get("/Annots", []):
                    links += 1
                    assert int(annot.F) & 4 and str(annot.Contents)
                    assert parents[int(annot.StructParent)].S == "/Link"
            assert links > 3


def test_marked_content_ids_match_the_parent_tree(built):
    with pikepdf.open(built / "deepseek-policy.pdf") as pdf:
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        parents = dict(zip(nums[::2], nums[1::2]))
        for page in pdf.pages:
            mcids = [int(ops[1].MCID) for ops, op in pikepdf.parse_content_stream(page)
                     if op == pikepdf.Operator("BDC") and "/MCID" in ops[1]]
            assert mcids == list(range(len(mcids)))
            assert len(parents[int(page.StructParents)]) == len(mcids)


def test_archive_metadata_output_intent_and_title(built, world):
    for path in reports(built, world):
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            info = pdf.docinfo
            assert meta["dc:title"] == str(info.Title) and meta["pdf:Producer"] == str(info.Producer)
            assert meta["pdf:Keywords"] == str(info.Keywords) and meta["pdf:Trapped"] == str(info.Trapped)[1:]
            assert meta["xmp:ModifyDate"].replace("-", "").replace(":", "").replace("T", "")[:14] == str(info.ModDate)[2:16]
            assert meta["pdfuaid:part"] == "1" and meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "U"
            intent = pdf.Root.OutputIntents[0]
            assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3
            assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"
            assert pdf.Root.ViewerPreferences.DisplayDocTitle is True and str(pdf.Root.Lang) == "en"


def test_other_scripts_are_tagged_with_their_language(world):
    with pikepdf.open(world) as pdf:
        langs = {str(e.Lang) for _, _, e in elements(pdf) if "/Lang" in e}
    assert {"zh", "ar", "he"} <= langs


def test_chinese_reads_back_as_written(world):
    text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(world), "-"], capture_output=True,
                                                        text=True, check=True).stdout)
    assert "深度求索 发布了 模型" in text and "世界简报" in text


def test_outside_checker_finds_no_pdf_ua_error(built, world, tmp_path):
    """outloud (PyPI, not ours) checks the Matterhorn Protocol 1.1 conditions a machine can.
    TAG-002 is its prose heuristic, not a Matterhorn condition: it takes a running header whose
    section name appears on one page only for prose, though the header is a /Pagination artifact."""
    report = tmp_path / "outloud.json"
    subprocess.run([str(Path(sys.executable).parent / "outloud"), "--json", str(report), "--skip", "TAG-002",
                    "--fail-on", "never", *map(str, reports(built, world))], capture_output=True, check=True)
    results = json.loads(report.read_text())["results"]
    assert len(results) == 4
    for result in results:
        errors = [f for f in result["findings"] if f["severity"] == "error"]
        assert not errors and result["error"] is None, (result["path"], errors)
        matterhorn = result["criteria"]
        assert "fail" not in json.dumps(matterhorn).lower().replace("failure", ""), result["path"]


def test_a_colon_after_chinese_in_a_shaped_line_is_a_colon(tmp_path):
    from generator.build import build

    path = tmp_path / "mixed.yaml"
    path.write_text(WORLD.replace("Plain English point", "中文: مرحبا"), encoding="utf-8")
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path)
    with pikepdf.open(tmp_path / "mixed-technical.pdf") as pdf:
        texts = [t for _, base, _, ts in shown_runs(pdf) if base == "Carlito" for t in ts]
    assert "\uffff" not in texts and ":" in texts


def test_right_to_left_lines_are_drawn_in_visual_order_and_read_in_logical_order(world):
    with pikepdf.open(world) as pdf:
        hebrew = "".join(t for _, _, _, ts in shown_runs(pdf) for t in ts if t and "\u0590" <= t <= "\u05ff")
        actual = {str(e.Lang): str(e.ActualText) for _, _, e in elements(pdf) if "/ActualText" in e and "/Lang" in e}
    # drawn left to right, a right-to-left line is its logical text backwards (word order included)
    assert hebrew.replace(" ", "") == "שלום עולם"[::-1].replace(" ", "")
    assert actual["he"] == "שלום עולם" and actual["ar"] == "مرحبا بالعالم من الخليج"
    text = unicodedata.normalize("NFKC", subprocess.run(["pdftotext", str(world), "-"], capture_output=True,
                                                        text=True, check=True).stdout)
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e")
    assert "مرحبا بالعالم من الخليج" in text and "שלום עולם" in text


def test_word_levels_follow_the_bidi_algorithm():
    from generator.writers.pdf.bidi import visual_order, word_levels

    words = ["مرحبا", " ", "بالعالم", " ", "123", " ", "hello", " ", "world", " ", "من"]
    visual = "".join(words[i] for i in visual_order(word_levels(words, 1)))
    assert visual == "من hello world 123 بالعالم مرحبا"
    latin = ["see", " ", "שלום", " ", "עולם", " ", "here"]
    assert "".join(latin[i] for i in visual_order(word_levels(latin, 0))) == "see עולם שלום here"

