"""The report as a screen reader and an archive read it: tags, metadata, fonts (issue #16)."""
from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest

from generator.audiences import load_audience
from generator.loader import load_content
from generator.render import render_document

from .conftest import AUDIENCES, DEFAULT
from .pdf_inspect import FACES, coverage, elements, shown_runs
from .pdf_contents import contents_always

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
    with contents_always():  # (its tags are checked: TOC, TOCI too)
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
            tables = {"Table", "TH", "TD"} if "technical" in path.name else set()  # (the index; none in the others)
            assert {"H1", "P", "L", "LI", "LBody", "Link", "TOC", "TOCI", *tables} <= kinds, path.name


def test_figures_carry_the_charts_alt_text(built):
    from pptx import Presentation

    for audience in AUDIENCES:
        with pikepdf.open(built / f"deepseek-{audience}.pdf") as pdf:
            alts = [str(e.Alt) for k, _, e in elements(pdf) if k == "Figure"]
        deck = Presentation(str(built / f"deepseek-{audience}.pptx"))
        described = {shape._element.nvGraphicFramePr.cNvPr.get("descr") for slide in deck.slides
                     for shape in slide.shapes if shape.has_chart}
        # (the report keeps every chart: the executive deck leaves the doughnut of how the model works to it,
        # chart_signals.py)
        assert alts and described <= set(alts) and all(re.search(r"\d", a) for a in alts), audience
        assert described == set(alts) or audience in ("executive", "policy"), audience  # (policy too: review 21)


def _struct_text(path: Path) -> str:
    return subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True).stdout


def test_headings_follow_the_bookmarks_and_furniture_stays_out(built):
    from pypdf import PdfReader

    for audience in AUDIENCES:
        path = built / f"deepseek-{audience}.pdf"
        text = _struct_text(path)
        headings = re.findall(r'^\s*H[123] \(block\)\n\s*"(.*)"$', text, re.M)
        assert "Contents" in headings[2:4]  # (after the cover's title, the bottom line and, where it has one, About)

        def flat(items):
            for item in items:
                yield from flat(item) if isinstance(item, list) else [item.title]
        squash = lambda s: re.sub(r"\s+", "", s)  # (pdfinfo drops the space at a line break)
        titles = list(flat(PdfReader(str(path)).outline))
        assert len(headings) == len(titles) + 2  # (the cover's title and "Contents" have no bookmark)
        # a bookmark names its section by the kicker over the heading, when it has one
        document = render_document(load_content(DEFAULT), load_audience(audience))
        said = [s.title for s in document.handout_slides()]
        headings.remove("Contents")  # (its own heading, after the summary's)
        for heading, title in zip(headings[1:], titles):  # a heading ends with its time links
            stated = said.pop(0) if said else title
            assert squash(heading).startswith(squash(stated)), (heading, stated, title)
        drawn = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(path), "-"], capture_output=True, text=True).stdout
        header = drawn.strip().splitlines()[0]  # the running header: the section's name, drawn but not read
        assert header in titles and "Page 3 of" in drawn
        everything = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        # (read where it is drawn as text, its contents line, its heading or kicker, never where it heads a page)
        assert 0 < text.count(f'"{header}"') < everything.count(header), header
        assert "Page 3 of" not in text


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


SCRIPTS = Path(__file__).resolve().parent / "fixtures" / "scripts.yaml"
TITLES = {"ar": "إدارة المياه في وادي النيل", "he": "מים וערים בעמק הירדן", "en": "Plans for the next dry year"}


@pytest.fixture(scope="module")
def scripts(tmp_path_factory) -> Path:
    """A report whose topics have Arabic, Hebrew, Chinese and Latin titles (tests/fixtures/scripts.yaml)."""
    from generator.build import build

    out = tmp_path_factory.mktemp("scripts")
    with contents_always():  # (its contents' right-to-left titles are checked)
        build([SCRIPTS], audiences=["technical"], formats=["pdf"], output=out)
    return out / "scripts-technical.pdf"


def _page_text(path: Path, page: int, layout: bool = False) -> str:
    """One page as pdftotext reads it (it puts right-to-left runs in logical order), NFKC, no bidi marks."""
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch not in "\u202a\u202b\u202c\u202d\u202e")


def _contents_page(path: Path) -> int:
    """The number of the page the contents are on (after the summary: writers/pdf/writer._story)."""
    from pypdf import PdfReader

    return next(n for n, page in enumerate(PdfReader(str(path)).pages, 1) if "Contents" in page.extract_text().split("\n"))


def test_right_to_left_titles_in_the_contents_are_shaped_and_read_in_logical_order(scripts):
    from pypdf import PdfReader

    at = _contents_page(scripts)
    contents = _page_text(scripts, at).split("Contents", 1)[1]
    assert all(title in contents for title in TITLES.values())
    with pikepdf.open(scripts) as pdf:
        faces, drawn = coverage(), []
        for page, base, _, texts in shown_runs(pdf):
            if page == at:  # the contents: every glyph maps back to text that its font has (no glyph 0)
                assert all(t is not None and not {"\x00", "\uffff"} & set(t) for t in texts), (base, texts)
                assert all(ord(ch) in faces[FACES[base]] for t in texts for ch in t if not ch.isspace()), base
                drawn += texts
        found = list(elements(pdf))
    drawn_text = "".join(drawn)
    assert any("\ufe70" <= ch <= "\ufeff" for ch in drawn_text), "the Arabic title was not shaped (joined)"
    hebrew = "".join(ch for ch in drawn_text if "\u0590" <= ch <= "\u05ff")  # drawn left to right: visual order
    assert TITLES["he"][::-1].replace(" ", "") in hebrew
    references = {str(e.ActualText): e for kind, _, e in found if kind == "Reference" and "/ActualText" in e}
    assert {TITLES["ar"], TITLES["he"]} <= set(references)  # read in logical order
    assert str(references[TITLES["ar"]].Lang) == "ar" and str(references[TITLES["he"]].Lang) == "he"
    assert all(kind in ALLOWED[parent] for kind, parent, _ in found)
    # the leader and page number end each line, and the number is the page the heading is on
    reader = PdfReader(str(scripts))
    pages = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline
             if not isinstance(item, list)}
    lines = _page_text(scripts, at, layout=True).split("Contents", 1)[1].splitlines()
    for title in TITLES.values():
        line = next(line for line in lines if title in line)
        assert re.search(rf"{re.escape(title)} ?(\. )+\.? ?{pages[title]}$", line.strip()), line


def test_right_to_left_titles_in_the_timestamp_index_read_in_logical_order(scripts):
    from pypdf import PdfReader

    index = next(i for i, page in enumerate(PdfReader(str(scripts)).pages, 1)
                 if "timestamp index" in page.extract_text() and "Open in" in page.extract_text())
    text = _page_text(scripts, index)
    assert all(title in text for title in TITLES.values())
    with pikepdf.open(scripts) as pdf:
        cells = {str(e.ActualText) for kind, _, e in elements(pdf) if kind == "TD" and "/ActualText" in e}
    assert {TITLES["ar"], TITLES["he"]} <= cells


def test_a_right_to_left_section_shows_in_the_running_header_within_the_page(tmp_path):
    """The header names the section in force at its right margin; an Arabic name was aligned right
    inside a box wider than its room, and so drawn past the page's edge. (The Arabic topic is made long enough
    to run over a page's top, wherever the report's layout puts it.)"""
    from pypdf import PdfReader

    from generator.build import build

    points = "".join(f"      - \"نقطة رقم {n} عن المياه\"\n" for n in range(60))
    text = SCRIPTS.read_text(encoding="utf-8").replace("    points:\n      - \"السدود الجديدة", "    points:\n" + points
                                                       + "      - \"السدود الجديدة", 1)
    (tmp_path / "long.yaml").write_text(text, encoding="utf-8")
    build([tmp_path / "long.yaml"], audiences=["technical"], formats=["pdf"], output=tmp_path / "out")
    scripts = tmp_path / "out" / "long-technical.pdf"
    firsts = [_page_text(scripts, n, layout=True).splitlines()[0] for n in range(2, len(PdfReader(str(scripts)).pages) + 1)]
    headers = [line for line in firsts if TITLES["ar"] in line]
    assert headers and all(line.strip() == TITLES["ar"] for line in headers), firsts


def test_right_to_left_chart_labels_are_shaped_and_read_in_logical_order(scripts):
    """A chart's category labels in Arabic or Hebrew (a bar chart's rivers, the timeline's topic
    titles) were drawn as plain strings: letters unjoined and in logical order, so read backwards."""
    from pypdf import PdfReader

    pages = [n for n, page in enumerate(PdfReader(str(scripts)).pages, 1) if "Figure " in page.extract_text()]
    text = " ".join(_page_text(scripts, n) for n in pages)
    assert "Figure 1: Storage by basin" in text and "Figure 2: Where each topic sits" in text
    for words in ("النيل", "הירדן", TITLES["ar"], TITLES["he"]):
        assert words in text and words[::-1] not in text, words
    with pikepdf.open(scripts) as pdf:
        drawn = "".join(t for page, _, _, ts in shown_runs(pdf) if page in pages for t in ts if t)
    assert "النيل" not in drawn  # joined: drawn in presentation forms, not the logical letters


def test_a_right_to_left_point_has_its_bullet_at_the_right(scripts):
    """A point in Arabic or Hebrew is aligned right; its bullet was at the left margin, a page's
    width away from where its line starts."""
    import xml.etree.ElementTree as ET

    def rtl(text: str) -> bool:
        return any("\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc" for ch in text)

    box = subprocess.run(["pdftotext", "-bbox", str(scripts), "-"], capture_output=True, text=True, check=True).stdout
    checked = 0
    for page in ET.fromstring(box.replace('xmlns="http://www.w3.org/1999/xhtml"', "")).iter("page"):
        words = [(float(w.get("xMin")), (float(w.get("yMin")) + float(w.get("yMax"))) / 2, w.text or "")
                 for w in page.iter("word")]
        for x, y, mark in words:
            line = [(wx, t) for wx, wy, t in words if abs(wy - y) < 4 and t != mark]
            if mark in ("•", "–") and line and all(rtl(t) or not any(ch.isalpha() for ch in t) for _, t in line) \
                    and any(rtl(t) for _, t in line):
                assert x > max(line)[0], (mark, sorted(line))  # right of its line's words
                checked += 1
    assert checked >= 6  # the fixture's Arabic and Hebrew takeaways, points and speakers


def test_a_character_in_no_embedded_font_is_a_visible_mark_never_glyph_0(tmp_path):
    """Most emoji are in none of the report's fonts: each is left out (never an empty box or a
    U+FFFD), in text, headings and chart labels, as is an invisible format character no font has;
    a letter no font has is drawn as U+FFFD (in DejaVu Sans)."""
    from generator.build import build

    path = tmp_path / "emoji.yaml"
    path.write_text("title: Launch day 🚀\nsources:\n  - {id: v, name: Video, url: 'https://example.org/v'}\n"
                    "topics:\n  - id: a\n    title: 'Shipped ✅ on time'\n    at: '1:00'\n"
                    "    points: ['We 🔥 it\u2066 here', 'Plain point', 'Old \U00010338 letter']\n"
                    "    charts:\n      - {id: c, title: Votes, unit: votes, categories: ['Yes 👍', 'No'],"
                    " series: [{name: Votes, values: [3, 2]}]}\n", encoding="utf-8")
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path)
    pdf = tmp_path / "emoji-technical.pdf"
    faces = coverage()
    for page, base, _, texts in shown_runs(pikepdf.open(pdf)):
        for text in texts:
            assert text is not None and "\x00" not in text, (page, base)
            assert all(ch.isspace() or ord(ch) in faces[FACES[base]] for ch in text), (page, base, text)
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "We it here" in shown and "Shipped on time" in shown and "Launch day" in shown
    assert "\ufffd" not in shown.replace("Old \ufffd letter", "")  # (a Gothic letter: in no font)
    assert "Old \ufffd letter" in shown


def test_the_archive_appends_one_update_to_reportlabs_file_and_rewrites_no_page_or_link(built, world):
    """ReportLab's file is kept as written, its dictionaries packed in object streams (never
    rewritten whole: that loaded every object of it, the peak of a large report), and one update
    after it adds the catalog's entries, the metadata and the structure tree; the pages and links
    had their tagging entries when first written."""
    for path in reports(built, world):
        data = path.read_bytes()
        first = data.index(b"%%EOF") + len(b"%%EOF\n")
        assert data.count(b"%%EOF") == 2 and data[first:].count(b"/Type/XRef") == 1
        assert b"ReportLab Generated PDF document" in data[:200]
        assert b"/Annot" not in data  # pages and links packed in compressed object streams as written
        with pikepdf.open(path) as pdf:
            written_once = {p.objgen[0] for p in pdf.pages}
            written_once |= {a.objgen[0] for p in pdf.pages for a in p.get("/Annots", [])}
            index = list(pdf.trailer.Index)
            redefined = {n for start, count in zip(index[::2], index[1::2]) for n in range(int(start), int(start) + int(count))}
            assert written_once and not written_once & redefined
            assert pdf.Root.objgen[0] in redefined and pdf.pdf_version == "1.7"


def test_held_page_operators_come_back_as_drawn():
    """A held page's operators are compressed until it is written and read back unchanged,
    whatever the text drawn (non-Latin, a lone surrogate that reportlab escapes later)."""
    from generator.writers.pdf.pages import _pack, _unpack

    code = "BT /F1 11 Tf (Hello) Tj ET\n深度求索 مرحبا \ud800 EMC /P <</MCID 3>> BDC" * 50
    packed = _pack(code)
    assert len(packed) < len(code) / 5 and _unpack(packed) == code


def test_a_drawn_kid_is_one_int_that_gives_back_its_page_and_number():
    """A structure element's marked content and annotations are kept as ints (tuples were ~7 MB of a
    1,000-topic report): each gives back what it was made of, marked content and annotation apart."""
    from generator.writers.pdf.tags import drawn_kid, kid_parts

    seen = set()
    for annotation in (False, True):
        for page in (0, 1, 7, 1_000, 2**40):
            for number in (0, 1, 255, 65_536, 2**32 - 1):
                kid = drawn_kid(annotation, page, number)
                assert kid_parts(kid) == (annotation, page, number)
                seen.add(kid)
    assert len(seen) == 2 * 5 * 5
