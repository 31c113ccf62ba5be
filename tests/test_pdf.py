import hashlib
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import AUDIENCES, DEFAULT, assert_links_into_every_source
from tests.pdf_contents import contents_always


def report(built, audience):
    return PdfReader(str(built / f"deepseek-{audience}.pdf"))


def uris(reader):
    out = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action and "/URI" in action:
                out.append(action["/URI"])
    return out


@pytest.mark.parametrize("audience", AUDIENCES)
def test_report_has_cover_contents_and_topics(built, audience):
    reader = report(built, audience)
    assert len(reader.pages) >= 4
    cover = reader.pages[0].extract_text()
    assert "DeepSeek, China, OpenAI" in cover and "Dylan Patel" in cover
    assert "Prepared for" not in cover  # a built-in audience's label says no one
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents and "Export Controls and Geopolitical Implications" in contents
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last


@pytest.mark.parametrize("audience", AUDIENCES)
def test_timestamps_are_links_into_each_source(built, audience):
    assert_links_into_every_source(uris(report(built, audience)))


def test_bookmarks_cover_every_topic(built):
    reader = report(built, "technical")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for topic in ("DeepSeek Models and Architecture", "Training Cost and Efficiency", "TSMC and Semiconductor Manufacturing",
                  "Future of AI Development"):
        assert topic in titles


def test_charts_are_vector_and_numbered(built):
    reader = report(built, "technical")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Figure 1: Experts active per token" in text
    # the unit in brackets after the title, then the caption as its own sentence (as in the handout)
    assert re.search(r"Figure 2: AI cluster sizes \(GPUs\)\.\s+\S", text) and "sizes, GPUs" not in text
    assert "~128,000" in text and "500,000–700,000" in text  # chart labels are text, not pixels
    assert not any("/Image" in str(p.get("/Resources", {}).get("/XObject", {})) for p in reader.pages)


def test_fonts_are_embedded_and_metadata_set(built):
    reader = report(built, "policy")
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            fonts.add(font["/BaseFont"])
    assert fonts
    meta = reader.metadata
    assert meta.title.startswith("DeepSeek") and meta.author == "Briefing team"
    assert "export controls" in meta["/Keywords"]


def test_same_input_same_bytes(tmp_path, built):
    from generator.build import build

    build([DEFAULT], audiences=["policy"], formats=["pdf"], output=tmp_path)
    assert hashlib.sha256((tmp_path / "deepseek-policy.pdf").read_bytes()).digest() == \
        hashlib.sha256((built / "deepseek-policy.pdf").read_bytes()).digest()


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(tmp_path, paper, size):
    from generator.build import build

    build([DEFAULT], audiences=["executive"], formats=["pdf"], output=tmp_path, paper=paper)
    box = PdfReader(str(tmp_path / "deepseek-executive.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


SCRIPTS = {"cjk": "深度求索 DeepSeek", "greek": "Ελληνικά κείμενο", "cyrillic": "Русский текст",
           "arabic": "مرحبا بالعالم", "markup": "Q&A, R&D, a<b, <b>bold?</b> <img src=\"/etc/passwd\"/> <a href=\"#x\">x</a>"}


def test_every_script_and_markup_survive_into_the_pdf(tmp_path, write, minimal):
    from generator.build import build

    points = "\n".join(f"      - '{text}'" for text in SCRIPTS.values())
    path = write("scripts.yaml", minimal.replace("    points: [First point]", "    points:\n" + points))
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path / "out")
    reader = PdfReader(str(tmp_path / "out" / "scripts-technical.pdf"))
    text = "\n".join(p.extract_text() for p in reader.pages)
    for name, sample in SCRIPTS.items():
        if name == "arabic":
            # shaped: the letters are joined (Arabic presentation forms in the PDF), and each word
            # reads back as written once those forms are normalised
            assert any("\ufe70" <= ch <= "\ufeff" for ch in text), "Arabic was not shaped"
            normalised = unicodedata.normalize("NFKC", text)
            assert all(word in normalised for word in sample.split()), name
        else:
            assert sample in text, name
    fonts = {str(f.get_object()["/BaseFont"]).split("+")[-1] for p in reader.pages
             for f in p["/Resources"]["/Font"].values()}
    assert {"Carlito", "DejaVuSans", "DroidSansFallback"} <= fonts


def test_timestamp_index_lists_each_reference_with_its_page(built):
    reader = report(built, "technical")
    pages = [p.extract_text() for p in reader.pages]
    start = next(i for i, t in enumerate(pages) if "Appendix A: timestamp index" in t and "Open in" in t)
    index = "\n".join(pages[start:])
    assert "?" not in index.replace("?v=", "")
    for label in ("13:28", "35:02", "1:08:52", "1:41:00", "3:45:59", "5:04:24"):
        assert label in index
    match = re.search(r"TSMC and Semiconductor Manufacturing\s+(\d+)\s", index)
    page = int(match.group(1))
    assert "TSMC and Semiconductor Manufacturing" in pages[page - 1] and page - 1 < start
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[-2:] == ["Appendix A: timestamp index", "Appendix B: sources"]
    sources = next(i for i, t in enumerate(pages) if "Appendix B: sources" in t and "Every timestamp in this" in t)
    assert sources >= start and "https://www.youtube.com/watch?v=_1f-o0nqpEI" in "".join(pages[sources:])
    assert not any("Sources" in line for t in pages[:start] for line in t.splitlines()[:3])


def test_punctuation_between_arabic_pieces_stays_in_their_font():
    """A comma set in another font between two Arabic runs breaks their shaping (a wrong glyph
    shows); punctuation and spaces stay in the run they follow, across bold and plain pieces."""
    from generator.writers.pdf.fonts import markup_parts

    line = markup_parts([("مريم الحسن", True), (", باحثة في السياسات", False)])
    assert line == ('<b><font face="Wide">مريم الحسن</font></b>'
                    '<font face="Wide">, باحثة في السياسات</font>')
    assert markup_parts([("Jane Roe", True), (", Analyst", False)]) == "<b>Jane Roe</b>, Analyst"


def test_markup_in_titles_stays_text_in_the_contents_and_outline(tmp_path, write, minimal):
    """A title is shown literally in the contents (reportlab paragraph markup) and the outline:
    no image is read, no tag applies, nothing fails."""
    from generator.build import build

    title = 'Q&A <b>bold?</b> <img src="/etc/passwd"/> a<b'
    path = write("titles.yaml", minimal.replace("title: One", f"title: '{title}'"))
    with contents_always():
        build([path], audiences=["technical"], formats=["pdf"], output=tmp_path / "out")
    reader = PdfReader(str(tmp_path / "out" / "titles-technical.pdf"))
    contents = next(text for page in reader.pages if "Contents" in (text := page.extract_text()))
    assert "Contents" in contents and title in contents.replace("\n", " ")
    assert title in [item.title for item in reader.outline if not isinstance(item, list)]


def test_chart_labels_mixing_chinese_and_latin_are_drawn_a_run_per_font():
    """No embedded font has both Chinese and Latin letters, so such a label is drawn in runs."""
    from reportlab.graphics.shapes import String

    from generator.document import Theme
    from generator.document_charts import ChartSpec, SeriesSpec
    from generator.words import english
    from generator.writers.pdf.charts import chart_drawing

    spec = ChartSpec(id="c", title="t", kind="bar", categories=["出口管制 Export controls", "Plain"],
                     series=[SeriesSpec(name="s", values=[1, 2])])
    drawing = chart_drawing(spec, Theme(), 480, spec.alt_text(english()))
    runs = [(s.text, s.fontName) for s in drawing.contents if isinstance(s, String)]
    assert ("出口管制", "CJK") in runs and (" Export controls", "Body") in runs
    assert ("Plain", "Body") in runs


def page_lines(path, number: int) -> list[str]:
    """The non-blank lines of one page as pdftotext lays them out (the running header first); the
    file is laid out once (a form feed ends each page: the same text as pdftotext of that page alone)."""
    stat = Path(path).stat()
    return [line.strip() for line in _laid_out(str(path), stat.st_mtime_ns, stat.st_size)[number - 1].splitlines()
            if line.strip()]


@lru_cache(maxsize=4)
def _laid_out(path: str, mtime: int, size: int) -> list[str]:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout.split("\f")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_running_header_names_the_section_in_force_at_the_top_of_the_page(built, audience):
    """Each bookmark is on the page its heading is on (a heading pushed to the next page takes it
    along), and each page's header names the last section begun before the page's first line."""
    path = built / f"deepseek-{audience}.pdf"
    reader = PdfReader(str(path))
    marks = []
    for item in reader.outline:
        for entry in item if isinstance(item, list) else [item]:
            page = reader.get_destination_page_number(entry) + 1
            assert entry.title[:20] in " ".join(page_lines(path, page)), (entry.title, page)
            if not isinstance(item, list):
                marks.append((page, entry.title))
    checked = 0
    for number in range(3, len(reader.pages) + 1):
        header, first = page_lines(path, number)[:2]
        begun = [title for page, title in marks if page < number]
        begun += [title for page, title in marks if page == number and first.startswith(title[:15])]
        section = begun[-1] if begun else ""
        if section:  # the header is the section's name alone, shortened with "…" only if it must be
            assert header == section or (header.endswith("…") and section.startswith(header[:-1])), (number, header)
            checked += 1
    assert checked > 3


@pytest.mark.parametrize("kind", ["bar", "column", "line"])
@pytest.mark.parametrize("values", [[100_000, 600_000, 700_000], [0.25, 1, 0.5], [3, 12.5, 7]])
def test_value_axis_ends_at_a_round_tick_above_the_largest_value(kind, values):
    """The longest bar stops short of the plot's edge (its label beside it inside the plot), and
    the axis ends on a labelled tick."""
    from generator.document import Theme
    from generator.document_charts import ChartSpec, SeriesSpec
    from generator.writers.pdf.charts import chart_drawing

    spec = ChartSpec(id="c", title="t", kind=kind, unit="GPUs", categories=["a", "b", "c"],
                     series=[SeriesSpec(name="s", values=values)])
    chart = next(c for c in chart_drawing(spec, Theme(), 480, "").contents if hasattr(c, "valueAxis"))
    chart.draw()  # lays out the axis
    ticks = chart.valueAxis._tickValues
    assert ticks[0] == 0 and ticks[-1] == pytest.approx(chart.valueAxis._valueMax)
    assert ticks[-1] >= 1.1 * max(values) and len(ticks) <= 8


def test_a_chinese_topic_title_at_the_length_limit_is_laid_out_in_seconds(tmp_path, write, minimal):
    """A heading taller than a page, kept with what follows, was grouped alone again after each
    split (a blank page each time, without end): at the limit it runs on over pages, whole."""
    import subprocess
    import time

    from generator.build import build
    from generator.limits import MAX_TEXT

    title = ("数据中心芯片出口管制" * MAX_TEXT)[:MAX_TEXT]
    path = write("long.yaml", minimal.replace("title: One", f"title: {title}\n    summary: A summary"))
    start = time.monotonic()
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path / "out", jobs=1)
    assert time.monotonic() - start < 30  # (a few seconds here; it did not end before)
    pdf = tmp_path / "out" / "long-technical.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    furniture = ("Minimal", "Technical briefing")  # the running header (its section clipped: …) and footer
    body = "".join(line for line in text.splitlines()
                   if line not in furniture and not line.endswith("…") and not line.startswith("Page "))
    assert title in body  # whole, over consecutive pages
    assert 15 < len(PdfReader(str(pdf)).pages) < 40
    # the header is one line, its section shortened to fit (on the topic's first page, after the summary's)
    header, first = next(lines[:2] for n in range(3, 7) if (lines := page_lines(pdf, n))[0].endswith("…"))
    assert header.endswith("…") and title.startswith(header[:-1]) and first.startswith(title[:10])


def test_a_paragraph_keeps_its_lines_only_for_the_width_they_were_broken_at():
    """Shaped.wrap reuses its lines when called again at the same width (a table measures, splits
    and draws each cell); at another width, after a split, or once drawn, it breaks them anew."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas

    from generator.writers.pdf.flowables import Shaped
    from generator.writers.pdf.fonts import register

    register()
    para = Shaped("word " * 60, ParagraphStyle("t", fontName="Body", fontSize=10, leading=12))
    wide = para.wrap(400, 1000)
    narrow = para.wrap(100, 1000)
    assert narrow[1] > wide[1] and len(para.blPara.lines) == narrow[1] / 12
    assert para.wrap(400, 1000) == wide and len(para.blPara.lines) == wide[1] / 12
    first, rest = para.split(400, 30)  # two lines here, the rest on: each part is laid out anew
    assert first.wrap(400, 1000)[1] == 24 and rest.wrap(400, 1000)[1] == wide[1] - 24
    para.drawOn(Canvas(None), 0, 0)
    assert "blPara" not in para.__dict__  # drawn: its lines are let go
    assert para.wrap(100, 1000) == narrow
def test_a_big_number_is_on_the_page_of_its_label(tmp_path, write, minimal):
    """Figures three to a row: a page break never falls between a value and its label (it did:
    the fourth value at a page's foot, its label alone at the next page's head)."""
    from generator.build import build

    figures = "".join(f"      - {{value: '{n}0 Zq', label: 'label {n} of the figure'}}\n" for n in range(1, 7))
    split = False
    for count in range(10, 44, 2):  # points before the figures, moving them down past a page's foot
        points = ", ".join(f"'Point {i}'" for i in range(count))
        text = minimal.replace("    points: [First point]\n", f"    points: [{points}]\n    figures:\n{figures}")
        out = tmp_path / str(count)
        with contents_always():  # (the page breaks this test moves through are a report's with one)
            build([write(f"f{count}.yaml", text)], audiences=["technical"], formats=["pdf"], output=out)
        for page in PdfReader(str(out / f"f{count}-technical.pdf")).pages:
            words = page.extract_text()
            for n in range(1, 7):
                assert (f"{n}0 Zq" in words) == (f"label {n} of" in words), (count, n, words)
            split |= "10 Zq" in words and "40 Zq" not in words
    assert split  # in some build a page break fell inside the figures


def test_the_timestamp_index_is_made_a_page_at_a_time_and_split_as_the_whole_table_is():
    """Each page's part of the index holds the rows its page needs (and at most ``ROWS`` more), and
    the pages get the rows, heights, lines and background that splitting one table of all of them gives."""
    from types import SimpleNamespace

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from generator.writers.pdf import index
    from generator.writers.pdf.fonts import register

    register()
    style = ParagraphStyle("cell", fontName="Body", fontSize=9, leading=11)
    texts = [" ".join(["word"] * (1 + i * 7 % 60)) for i in range(400)]  # rows of one to six lines

    class Rows:
        entries, linked, made = texts, True, 0
        head = [Paragraph(h, style) for h in ("Time", "Where", "Page", "Open")]
        w = SimpleNamespace(theme=SimpleNamespace(primary="1F3864"))
        table = index._Rows.table

        def row(self, i):
            self.made += 1
            return [Paragraph(str(i), style), Paragraph(texts[i], style), Paragraph("3", style), Paragraph("-", style)]

    def text(cell):  # (a row split inside itself has cells of several flowables)
        return " ".join(text(c) for c in cell) if isinstance(cell, (list, tuple)) else cell.getPlainText()

    def shape(table):
        table.wrap(aw, ah)
        return ([[text(c) for c in row] for row in table._cellvalues], table._rowHeights, table._linecmds,
                table._bkgrndcmds)

    aw, ah = 450.0, 700.0
    rows = Rows()
    whole = rows.table([rows.row(i) for i in range(len(texts))], aw, [None] * (len(texts) + 1), None)
    expected = []
    while whole.wrap(aw, ah)[1] > ah:
        first, whole = whole.split(aw, ah)
        expected.append(shape(first))
    expected.append(shape(whole))
    rows.made, got = 0, []
    part = index.IndexPart(rows, 0, None)
    while part.wrap(aw, ah)[1] > ah:
        first, part = part.split(aw, ah)
        got.append(shape(first))
        assert rows.made <= sum(len(g[0]) - 1 for g in got) + 64  # rows made: a page or two ahead, never all
    got.append(shape(part._made(aw, ah)))
    assert len(got) > 5 and got == expected
