"""Inline markup in content text (generator/inline.py): parsed once, drawn natively by every writer.

The parser is checked against markdown-it-py (CommonMark's reference behaviour) on the subset it
reads; the outputs are read back: the deck's XML, the report's text, links, fonts and tags, the
handout's Markdown.
"""
from __future__ import annotations

import re
import subprocess
import time

import pikepdf
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from generator.cli import main
from generator.inline import Run, links, marks, plain, runs, shown_address
from generator.writers.measure import line_spans, text_width

from . import presentability
from .pdf_inspect import FACES, coverage, shown_runs
from .pdf_contents import contents_always

_md = MarkdownIt("zero").enable(["emphasis", "backticks", "link", "escape"])
_md.validateLink = lambda url: True  # (the schemes are checked by validation, not dropped)
_md.normalizeLink = lambda url: url


def reference(text: str, md: MarkdownIt = _md) -> tuple[Run, ...]:
    """What CommonMark (markdown-it-py) makes of ``text``, as runs."""
    out: list[Run] = []
    bold = italic = 0
    url, opened = "", 0
    for tok in md.parseInline(text)[0].children or []:
        if tok.type in ("strong_open", "strong_close"):
            bold += 1 if tok.type.endswith("open") else -1
        elif tok.type in ("em_open", "em_close"):
            italic += 1 if tok.type.endswith("open") else -1
        elif tok.type == "link_open":
            url, opened = str(tok.attrs["href"]), len(out)
        elif tok.type == "link_close":
            if not any(r.text for r in out[opened:]):  # (a link without text shows its address: the one difference)
                out.append(Run(url, bold > 0, italic > 0, url=url))
            url = ""
        elif tok.type in ("text", "code_inline", "softbreak", "hardbreak"):
            piece = "\n" if tok.type.endswith("break") else tok.content
            out.append(Run(piece, bold > 0, italic > 0, tok.type == "code_inline", url))
    merged: list[Run] = []
    for run in out:
        if merged and merged[-1][1:] == run[1:]:
            merged[-1] = merged[-1]._replace(text=merged[-1].text + run.text)
        elif run.text:
            merged.append(run)
    return tuple(merged) or (Run(""),)


@pytest.mark.parametrize("text", [
    "a **b** c", "*i* and **b**", "***bi***", "***a** b*", "5 * 3 * 2", "2*3*4", "**a *b* c**", "*a **b* c**",
    "[text](https://x.org/a) after", "see [**bold** link](https://e.org)", "`code` x", "``a`b``", "` a `",
    "unclosed `tick", "\\[not\\] \\*a\\*", "**foo*", "*foo**", "foo***bar***baz", "[x](https://a.b/c_(d))",
    "[x]  (y)", "[x](a b)", "**a\nb**", "{{ x }} <b>hi</b>", "a * b", "**", "*(a)*", 'a*"b"*', "[`code`](https://e.com)",
    "[a](<https://x.y>)", "x \\` y", "[x\\]](https://a)", "[a\\](b)", "****", "**a**b", "*a*b", "a*b*"])
def test_the_subset_reads_as_commonmark_reads_it(text):
    assert runs(text) == reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b ", " ", "*", "**", "`", "[", "](mailto:a@e.org)", "]", "(", ")", "\\*",
                                 "\\[", ".", "x y"]), max_size=14).map("".join))
def test_any_mix_of_the_subset_reads_as_commonmark_reads_it(text):
    assert runs(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b ", " ", "*", "**", "***", "`", "``", "[", "](mailto:a@e.org)", "]", "(", ")",
                                 "\\*", "\\[", "\\`", ".", "x y", "!", "<b>", "{{", "_", "#", "- ", "1. "]),
                max_size=16).map("".join))
@example("*a* *a*")  # two runs of a style, blank space between: once written "*a a*", one run
@example("*[******`***``**")  # a closing *** and a reopening ** once touched: one run of five *, read otherwise
@example("**[*****`**``**")
@example("````(_*]****!*<***_.")  # markers between punctuation open and close both: the rule of three pairs them
@example("  **_[******.`***(*[_")
@example("`***](****!(``**.<(***")
@example("[](`)")  # a link's address read back percent-encoded
def test_the_handout_writes_what_it_read(text):
    """The handout's Markdown of a text reads back (CommonMark) as the text's runs: the same words in
    the same styles and links (blank space aside)."""
    from generator.writers.md_writer import rich

    md = MarkdownIt("commonmark")

    def words(parts):  # (an address as CommonMark keeps it: "`" is "%60", the same address)
        return tuple(r._replace(text=" ".join(r.text.split()), url=r.url and md.normalizeLink(r.url))
                     for r in parts if r.text.strip() or r.code)

    back = reference(rich(text), md)
    assert words(back) == words(runs(text)), rich(text)


def test_what_the_subset_leaves_alone():
    for text in ("{{ 7*7 }}", "<b>not bold</b>", "_not italic_", "__init__", "~~no strike~~", "![image](https://e.org/i.png)",
                 "# no heading", "&amp;", "C:\\Users\\x", "no markup at all"):
        shown = plain(text)
        assert shown == text.replace("![image](https://e.org/i.png)", "!image"), text
    assert plain("\\[a\\] \\*b\\* \\`c\\` \\\\") == "[a] *b* `c` \\"


def test_a_bare_address_shows_its_host_and_path_linked_to_the_whole():
    url = "https://www.example.com/news/2024/01/a-very-long-article-name-here?utm=1#top"
    parts = runs(f"See {url}. And http://x.org/a/.")
    assert parts[1] == Run("example.com/news/2024/01/a-very-long-ar…", url=url)
    assert parts[2] == Run(". And ") and parts[3] == Run("x.org/a", url="http://x.org/a/") and parts[4] == Run(".")
    assert shown_address("https://user@Example.org/") == "example.org"
    assert plain("[see](https://e.org) `https://e.org/x`") == "see https://e.org/x"  # not inside a link or code


def test_links_are_found_with_their_offsets_and_measured_marks():
    text = "a [b](javascript:x) **c** `d` [e](https://e.org)"
    assert links(text) == ((2, "javascript:x"), (30, "https://e.org"))
    assert marks(runs(text)) == ((4, 5, "b"), (6, 7, "c"))
    line = "the quick brown fox jumps over the lazy dog"
    room = text_width(line, 18) * 1.01  # the line just fits in the regular face
    assert len(line_spans(line, room, 18)) == 1
    assert len(line_spans(line, room, 18, marks=((4, 9, "b"), (10, 15, "b"), (16, 19, "b")))) == 2  # bold is wider
    assert len(line_spans(line, room, 18, marks=((0, 3, "c"),))) == 2  # so is code (0.6 em a character)


@pytest.mark.parametrize("text", ["*a " * 7000, "[" * 20000, "[a](" * 5000, "`" * 20000, "` `` " * 4000, "**a" * 6000,
                                  "[a](b" * 4000, "(" * 10000 + ")" * 10000, "[](" * 6000, "\\*" * 10000])
def test_hostile_text_takes_linear_time(text):
    start = time.process_time()  # processor time: a loaded machine does not fail it (a quadratic parse takes minutes)
    runs(text + "x")  # (not cached)
    assert time.process_time() - start < 1.0


# -- the outputs ------------------------------------------------------------------------------
MARKED = """\
title: "Notes on [Our Predictions](https://example.org/predictions) **Reviewed**"
subtitle: A test of *inline* markup
sources:
  - {id: audio, name: Podcast audio, url: 'https://example.org/episode.mp3', duration: '10:00'}
takeaways:
  - text: "Read [the full report](https://example.org/report) before **Friday**"
    at: '1:00'
  - "Run `pip install briefing` and see https://www.example.com/docs/getting-started/installation?ref=1"
  - "[The docs](https://example.org/docs) come first"
introduction: "An introduction with a [first link](https://example.org/intro) and **bold**."
topics:
  - id: one
    title: "[Chapter One](https://example.org/one): `the` start"
    at: '1:00'
    points:
      - "A point with **strong words**, *slanted words* and `some_code()` and [a link](https://example.org/a)"
      - text: "**Costs:**"
        points: ["child with [mail](mailto:someone@example.org)"]
    figures: [{value: 27x, label: "cheaper per [token](https://example.org/t)"}]
  - id: two
    title: Two **bold** title
    at: '2:00'
    points: ["x and *y*", "more points here"]
    tables:
      - id: t
        title: "A *table*"
        columns: [Name, Link]
        rows: [["`cmd`", "[site](https://example.org/s)"], ["**b**", plain], ["`load_state_dict()`", "a, b"]]
  - id: three
    title: "Three *slanted* title"
    at: '3:00'
    points: ["a third point here", "and one more point"]
conclusion: "Conclusion with `code`."
"""
PLAIN_TITLES = ["Chapter One: the start", "Two bold title", "Three slanted title"]  # (three: an agenda of two is none)


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    from generator.build import build

    out = tmp_path_factory.mktemp("marked")
    (out / "marked.yaml").write_text(MARKED, encoding="utf-8")
    with contents_always():  # (its contents' lines are read)
        build([out / "marked.yaml"], audiences=["technical"], formats=["pptx", "pdf", "md"], output=out)
    return out


def _deck_runs(path):
    deck = Presentation(str(path))
    for number, slide in enumerate(deck.slides, 1):
        for shape in slide.shapes:
            frames = [shape.text_frame] if shape.has_text_frame else [
                cell.text_frame for row in shape.table.rows for cell in row.cells] if shape.has_table else []
            for frame in frames:
                for para in frame.paragraphs:
                    yield number, shape, para, para.runs


def test_the_deck_draws_links_bold_italic_and_code_as_runs(marked):
    deck = marked / "marked-technical.pptx"
    found = {}
    texts = []
    last = len(Presentation(str(deck)).slides)
    for number, _, _, parts in _deck_runs(deck):
        text = "".join(r.text for r in parts)
        if number != last:  # the sources slide prints its addresses
            texts.append(text)
        for r in parts:
            rpr = r._r.find("{http://schemas.openxmlformats.org/drawingml/2006/main}rPr")
            latin = rpr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}latin")
            found.setdefault(r.text, (rpr.get("b"), rpr.get("i"), latin.get("typeface"), r.hyperlink.address))
    assert found["a link"][3] == "https://example.org/a"
    assert found["the full report"][3] == "https://example.org/report"
    assert found["mail"][3] == "mailto:someone@example.org"
    assert found["site"][3] == "https://example.org/s"  # in a table cell
    assert found["example.com/docs/getting-started/instal…"][3] == "https://www.example.com/docs/getting-started/installation?ref=1"
    assert found["strong words"][0] == "1" and found["slanted words"][1] == "1"
    assert found["some_code()"][2] == found["pip install briefing"][2] == found["cmd"][2] == "Courier New"
    assert found["Friday"][0] == "1"
    for _, _, para, parts in _deck_runs(deck):  # a bullet takes its first run's colour: not a link's
        if parts and parts[0].text == "The docs":
            ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
            bullet = para._p.find(f"{ns}pPr/{ns}buClr/{ns}srgbClr").get("val")
            assert bullet != parts[0]._r.find(f"{ns}rPr/{ns}solidFill/{ns}srgbClr").get("val")
            assert bullet == parts[1]._r.find(f"{ns}rPr/{ns}solidFill/{ns}srgbClr").get("val")
            break
    else:
        raise AssertionError("no point starts with a link")
    shown = "\n".join(texts)
    for marker in ("[", "](", "**", "`", "http"):
        assert marker not in shown, marker
    assert "A point with strong words, slanted words and some_code() and a link" in shown
    assert "Costs" in shown and "Costs:" not in shown.replace("Costs:\n", "")  # (its child follows)


def test_titles_agenda_timeline_and_metadata_show_plain_text(marked):
    deck = Presentation(str(marked / "marked-technical.pptx"))
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    assert "Notes on Our Predictions Reviewed" in titles
    assert all(t in titles for t in PLAIN_TITLES) and "A table" in titles
    assert deck.core_properties.title == "Notes on Our Predictions Reviewed"
    agenda = next(s for s in deck.slides if s.shapes.title.text == "Agenda")  # (the timeline, where it draws the
    # agenda's topics: review 21; else a list)
    listed = [p.text.split(" (")[0] for sh in agenda.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs
              if "(" in p.text]
    drawn = [c.split(" (")[0] for sh in agenda.shapes if sh.has_chart for c in sh.chart.plots[0].categories]
    assert (listed or drawn) == PLAIN_TITLES and not (listed and drawn)
    # the timeline (a deck has it from three topics on) names each topic by its plain text
    from generator.context import timeline_spec
    from generator.document import ChartSpec
    from generator.loader import load_content
    from generator.words import english

    timeline = ChartSpec(**timeline_spec(load_content(marked / "marked.yaml"), english()))
    assert [c.split(" (")[0] for c in timeline.categories] == PLAIN_TITLES
    reader = PdfReader(str(marked / "marked-technical.pdf"))
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert all(t in outline for t in PLAIN_TITLES)
    assert reader.metadata.title == "Notes on Our Predictions Reviewed"
    contents = reader.pages[1].extract_text()
    assert "Chapter One: the start" in contents and "[" not in contents and "`" not in contents


def test_the_report_links_the_text_and_sets_code_in_the_monospace_face(marked):
    path = marked / "marked-technical.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout \
        if _has("pdftotext") else "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    flat = " ".join(text.split())
    assert "A point with strong words, slanted words and some_code() and a link" in flat
    assert "Read the full report before Friday" in flat
    body = flat[:flat.index("Appendix B")]
    for marker in ("[", "](", "**", "`"):
        assert marker not in body, marker
    with pikepdf.open(path) as pdf:
        uris = {str(a.A.URI) for p in pdf.pages for a in p.get("/Annots", []) if "/A" in a and "/URI" in a.A}
        assert {"https://example.org/a", "https://example.org/report", "https://example.org/s",
                "mailto:someone@example.org", "https://www.example.com/docs/getting-started/installation?ref=1"} <= uris
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        parents = dict(zip(nums[::2], nums[1::2]))
        for page in pdf.pages:  # every link, as the time links, in a Link element with its text
            for annot in page.get("/Annots", []):
                assert str(annot.Contents) and parents[int(annot.StructParent)].S == "/Link"
        faces = coverage()
        code_fonts, italic = set(), set()
        for _, base, _, texts in shown_runs(pdf):
            shown = "".join(t or "" for t in texts)
            assert not [ch for ch in shown if not ch.isspace() and ord(ch) not in faces[FACES[base]]], base
            if "some_code()" in shown or "pip install briefing" in shown:
                code_fonts.add(base)
            if "slanted words" in shown:
                italic.add(base)
        assert code_fonts == {"LiberationMono"} and italic == {"Carlito-Italic"}


def test_the_handout_writes_markdown(marked):
    text = (marked / "marked-technical.md").read_text(encoding="utf-8")
    assert ("- A point with **strong words**, *slanted words* and `some_code()` and [a link](https://example.org/a)"
            in text)
    assert "- Read [the full report](https://example.org/report) before **Friday**" in text
    assert "| `cmd` | [site](https://example.org/s) |" in text
    assert "[example.com/docs/getting-started/instal…](https://www.example.com/docs/getting-started/installation?ref=1)" in text
    assert "## Chapter One: the start" in text and "# Notes on Our Predictions Reviewed" in text
    tokens = MarkdownIt("commonmark").parse(text)
    hrefs = {t.attrs["href"] for tok in tokens if tok.children for t in tok.children if t.type == "link_open"}
    assert "https://example.org/intro" in hrefs and "mailto:someone@example.org" in hrefs


def test_the_deck_with_markup_stays_presentable(marked):
    rules = {"contrast", "dangling-colon", "split-bracket", "broken-word", "body-size"}
    assert [v for v in presentability.check(marked / "marked-technical.pptx") if v.rule in rules] == []


LITERAL = """\
title: Literal
sources: [{id: a, name: A, url: 'https://example.org/a'}]
topics:
  - id: one
    title: 'One {{ x }}'
    at: '1:00'
    points:
      - 'Escapes: \\[not a link\\](x) and \\*not italic\\* and \\`not code\\`'
      - 'Literal {{ x }} and <b>not bold</b> and snake_case_name'
"""


def test_escapes_show_the_character_and_the_rest_stays_literal(tmp_path):
    from generator.build import build

    (tmp_path / "literal.yaml").write_text(LITERAL, encoding="utf-8")
    build([tmp_path / "literal.yaml"], audiences=["technical"], output=tmp_path, formats=["pptx", "pdf", "md"])
    deck = "\n".join("".join(r.text for r in parts) for *_, parts in _deck_runs(tmp_path / "literal-technical.pptx"))
    report = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "literal-technical.pdf")).pages).split())
    for shown in ("Escapes: [not a link](x) and *not italic* and `not code`",
                  "Literal {{ x }} and <b>not bold</b> and snake_case_name", "One {{ x }}"):
        assert shown in deck and shown in report, shown
    md = (tmp_path / "literal-technical.md").read_text(encoding="utf-8")
    assert "Escapes: \\[not a link\\](x) and \\*not italic\\* and \\`not code\\`" in md


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "relative/page.html", "data:text/html,x"])
def test_a_link_with_a_bad_scheme_is_an_error_at_its_position(tmp_path, url):
    path = tmp_path / "bad.yaml"
    path.write_text(LITERAL.replace("'Literal {{ x }}", f"'See [this]({url}) and {{{{ x }}}}"), encoding="utf-8")
    for command in (["validate", str(path)], ["build", str(path), "-o", str(tmp_path / "out")]):
        result = CliRunner().invoke(main, command)  # (in this process: what is said and the exit status are the command's)
        assert result.exit_code == 1, result.output
        assert re.search(rf"bad\.yaml:9:9: .*the link at character 5: links must be http, https or mailto, not "
                         rf"'{re.escape(url)}'", result.stderr), result.output
    assert not (tmp_path / "out").exists()


def _has(tool: str) -> bool:
    import shutil

    return shutil.which(tool) is not None


def test_the_deck_with_markup_is_valid_open_xml(marked):
    from .ooxml import package_problems, schema_problems

    deck = marked / "marked-technical.pptx"
    assert schema_problems(deck) == [] and package_problems(deck) == []


def test_the_schema_documents_the_subset():
    shown = CliRunner().invoke(main, ["schema"]).stdout
    assert "[text](https://…)" in shown and "**bold**" in shown and "`code`" in shown


def test_the_report_with_markup_passes_an_outside_checker(marked):
    """outloud (PyPI), every rule run: no error, no failed Matterhorn checkpoint, no warning."""
    from .test_pdf_checker import outloud

    result = outloud([marked / "marked-technical.pdf"], marked / "outloud.json")["marked-technical.pdf"]
    assert result["error"] is None and result["findings"] == []
    assert not [c["id"] for group in result["criteria"].values() for c in group if c["status"] == "fail"]


def test_a_code_word_in_a_table_has_a_column_wide_enough_for_its_monospace_face(marked):
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    deck = Presentation(str(marked / "marked-technical.pptx"))
    table = next(sh.table for s in deck.slides for sh in s.shapes if sh.has_table)
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            margins = sum(int(cell._tc.find(f"{a}tcPr").get(side)) for side in ("marL", "marR")) / 12700
            for r in cell._tc.iter(f"{a}r"):
                if r.find(f"{a}rPr/{a}latin").get("typeface") == "Courier New":
                    size = int(r.find(f"{a}rPr").get("sz")) / 100
                    word = max(r.find(f"{a}t").text.split(), key=len)
                    assert len(word) * 0.6 * size <= column.width / 12700 - margins, word
