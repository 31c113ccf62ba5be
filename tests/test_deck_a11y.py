"""The deck's accessibility, read back with python-pptx: every slide has a title placeholder whose
text is the slide's title (unique in the deck), the title comes first in the shape tree and the
footer last, shapes that only decorate say so, tables mark their header row, charts and pictures
keep their alt text. On the default decks, on decks from content written here (with a logo,
continued slides and continued tables), and on a deck of every layout."""
from __future__ import annotations

import re
import subprocess
from io import BytesIO

import pytest
from pptx import Presentation
from pptx.util import Emu

from generator.audiences import load_audience
from generator.build import build
from generator.document import Bullet, Document, Slide
from generator.loader import load_content
from generator.render import render_document
from generator.writers.pptx.geometry import BODY_Y, TIME_Y
from generator.writers.pptx.writer import PptxWriter
from tests.conftest import AUDIENCES, DEFAULT, have
from tests.test_audiences import logo_audience, png
from tests.test_golden import SLIDES, deck_bytes

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
DECORATIVE = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
NUMBER = re.compile(r"\d+ / \d+")

OWN = """\
title: City Library Renewal
subtitle: Notes from the library board's public meeting
sources:
  - {id: meeting, name: Board meeting, url: 'https://example.org/board', deep_link: fragment, duration: 1:40:00}
takeaways:
""" + "".join(f"  - Point {i} of the board, the reading rooms stay open on weekday evenings while the east wing "
              f"is rebuilt, and the lending desk moves to the ground floor of the old post office\n" for i in range(14)) + """\
topics:
  - id: rooms
    title: Reading rooms
    at: 5:10
    points: [East wing closes in March, Evening opening kept]
    charts:
      - id: visits
        title: Visits a year
        unit: visits
        kind: bar
        categories: [Last year, This year, Planned]
        series: [{name: Visits, values: ['410,000', '~380,000', '450,000-500,000']}]
    figures: [{value: 3 floors, label: rebuilt in the east wing}, {value: '120', label: new study desks}]
  - id: books
    title: Collections
    at: 31:00
    points: [Rare books go to climate-controlled storage]
    charts:
      - id: share
        title: Loans by kind
        kind: pie
        categories: [Print, E-books, Audio]
        series: [{name: Loans, values: [60, 30, 10]}]
    tables:
      - id: branches
        title: Branch hours during the works
        columns: [Branch, Weekday hours, Weekend hours]
        rows:
""" + "".join(f"          - [Branch {i}, 9:00 to 20:00 with a late desk on Thursdays, 10:00 to 16:00 on Saturdays]\n"
              for i in range(40))


def check_accessible(prs) -> list[str]:
    """Assert every property above on the deck ``prs``; return its slide titles."""
    titles = []
    total = len(prs.slides)
    for number, slide in enumerate(prs.slides, 1):
        shapes = list(slide.shapes)
        title = slide.shapes.title
        assert title is not None and title.text.strip(), number
        assert shapes[0].shape_id == title.shape_id, (number, "the title is not first")
        titles.append(title.text)
        spoken = [s for s in shapes if not _decorative(s)]
        numbers = [i for i, s in enumerate(shapes) if s.has_text_frame and NUMBER.fullmatch(s.text_frame.text)]
        if slide.slide_layout.name == "Blank":  # a content slide: the footer, then its page number, last
            assert numbers == [len(shapes) - 1] and shapes[-1].text_frame.text == f"{number} / {total}", number
            band = [s for s in spoken if Emu(s.top).pt < BODY_Y - 1]  # the title and the time line above the body
            assert spoken[:len(band)] == band, (number, "the time line comes right after the title")
        for shape in shapes:
            element = shape._element
            filled = element.find(f"{{*}}spPr/{A}solidFill") is not None
            if element.tag.endswith("}sp") and filled and not "".join(t.text or "" for t in element.iter(f"{A}t")):
                assert _decorative(shape), (number, shape.name, "a filled shape without text is not marked decorative")
            if shape.has_chart or shape.shape_type == 13:  # a chart or a picture
                assert (_cnvpr(shape).get("descr") or "").strip(), (number, shape.name, "no alt text")
            if shape.has_table:
                assert shape._element.find(f".//{A}tblPr").get("firstRow") == "1", (number, "no header row")
                assert shape.table.first_row
    assert len(set(titles)) == len(titles), [t for t in titles if titles.count(t) > 1]
    return titles


def _cnvpr(shape):
    return shape._element.find(".//{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr")


def _decorative(shape) -> bool:
    ext = _cnvpr(shape).find(f"{A}extLst/{A}ext[@uri='{DECORATIVE}']")
    return ext is not None and ext[0].get("val") == "1"


def check_titles(titles: list[str], doc: Document) -> None:
    """The deck's titles are the Document's deck slides' titles, in order, a slide continued
    over several deck slides titled "(cont.)" or "(cont. N)" after the first; a slide of one figure
    may have joined its topic's points (then it has no title of its own). A deck's title has no final full
    stop (titling.py: one rule of punctuation for the deck)."""
    deck = [s for s in doc.slides if s.deck]
    expected = [re.sub(r"(?<![.\s]\w)(?<!\.)\.\Z", "", s.title) for s in deck]
    at = 0
    for title in titles:
        if at and re.fullmatch(re.escape(expected[at - 1]) + r" \(cont\.( \d+)?\)", title):
            continue
        if at < len(deck) and title != expected[at] and deck[at].layout == "big_number" and len(deck[at].figures) == 1:
            at += 1
        assert at < len(expected) and title == expected[at], (title, expected[at:at + 1])
        at += 1
    assert at == len(expected) or at == len(expected) - 1 and len(deck[-1].figures) == 1


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_default_decks_are_accessible(built, audience):
    titles = check_accessible(Presentation(str(built / f"deepseek-{audience}.pptx")))
    check_titles(titles, render_document(load_content(DEFAULT), load_audience(audience)))


def test_decks_from_other_content_are_accessible_continued_slides_and_tables_included(tmp_path):
    logo_audience(tmp_path / "audiences" / "branded", "technical", png(90, 30))
    content = tmp_path / "library.yaml"
    content.write_text(OWN, encoding="utf-8")
    audiences = [*AUDIENCES, "branded"]
    build([content], audiences=audiences, formats=["pptx"], output=tmp_path, templates=[tmp_path / "audiences"])
    continued = tables = pictures = 0
    for audience in audiences:
        prs = Presentation(str(tmp_path / f"library-{audience}.pptx"))
        titles = check_accessible(prs)
        check_titles(titles, render_document(load_content(content), load_audience(audience, [tmp_path / "audiences"])))
        continued += sum("(cont." in t for t in titles)
        tables += sum(s.has_table for slide in prs.slides for s in slide.shapes)
        pictures += sum(s.shape_type == 13 for slide in prs.slides for s in slide.shapes)
    assert continued >= 4 and tables >= 4 and pictures == 1  # what is checked is there


def test_every_layout_has_its_title_placeholder_first_and_its_decorations_marked():
    prs = Presentation(BytesIO(deck_bytes(list(SLIDES.values()))))
    assert check_accessible(prs) == [s.title for s in SLIDES.values()]
    kinds = [slide.shapes.title._element.find(".//{*}ph").get("type") for slide in prs.slides]
    assert kinds == ["ctrTitle"] + ["title"] * (len(SLIDES) - 1)
    decorations = {layout: sum(_decorative(s) for s in slide.shapes) for layout, slide in zip(SLIDES, prs.slides)}
    assert decorations["title"] == decorations["section"] == 0  # their colour is the slide's background
    assert decorations["bullets"] == 1 and decorations["quote"] == 2 and decorations["two_column"] == 3
    for layout, slide in zip(SLIDES, prs.slides):  # the time line comes right after the title
        spoken = [s for s in slide.shapes if not _decorative(s)]
        if SLIDES[layout].at and layout not in ("title", "section"):
            assert Emu(spoken[1].top).pt == pytest.approx(TIME_Y) and spoken[1].text_frame.text.startswith("▶")


def _deck(slides: list[Slide]):
    doc = Document(title="Long titles", audience="test", audience_label="Test", slides=slides)
    return Presentation(BytesIO(PptxWriter().render(doc, epoch=0)))


def test_titles_too_long_for_their_box_stay_unique_when_shortened():
    """Two titles alike for longer than their box shows, and a long title continued: each shown
    shortened with … before what tells it apart, whole in the notes once (not again on each continuation)."""
    stem = "The reading rooms of the renewed city library and their opening hours during the works " * 4
    many = [Bullet(text=f"Point {i} about the reading rooms and the lending desk") for i in range(30)]
    slides = [Slide(layout="bullets", title=stem + "in spring", bullets=many),
              Slide(layout="bullets", title=stem + "in autumn", bullets=[Bullet(text="One point")])]
    prs = _deck(slides)
    titles = check_accessible(prs)
    assert len(titles) >= 3 and all("…" in t for t in titles), titles
    ends = [re.search(r"… \(cont\. \d+\)$", t) for t in titles[1:-1]]
    assert all(ends) and titles[-1].endswith("… (2)"), titles
    fulls = [slides[0].title] + ["" for _ in ends] + [slides[1].title]
    for slide, full in zip(prs.slides, fulls):
        assert (slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "") == (full and f"Title: {full}")


def test_a_slide_without_a_title_gets_one_above_the_slide():
    prs = _deck([Slide(layout="bullets", title="Slide 2", bullets=[Bullet(text="A")]),
                 Slide(layout="bullets", title=" ", bullets=[Bullet(text="B")])])
    titles = check_accessible(prs)
    assert titles == ["Slide 2", "Slide 2 (2)"]
    hidden = prs.slides[1].shapes.title
    assert hidden.top + hidden.height <= 0 and prs.slides[0].shapes.title.top > 0


@pytest.mark.slow  # (a render through LibreOffice)
@pytest.mark.skipif(not (have("soffice") and have("pdftotext")), reason="LibreOffice and poppler render the deck")
def test_title_placeholders_look_as_the_text_boxes_did(tmp_path):
    """The master's title styles (centred; in capitals on the section layout) do not show:
    LibreOffice draws each title left-aligned at the margin, as written."""
    path = tmp_path / "titles.pptx"
    path.write_bytes(deck_bytes([SLIDES["title"], SLIDES["section"], SLIDES["bullets"]]))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    html = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "titles.pdf"), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = html.split("<page ")[1:]
    assert len(pages) == 3
    for page, slide in zip(pages, [SLIDES["title"], SLIDES["section"], SLIDES["bullets"]]):
        first = slide.title.split()[0]
        words = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', page)
        x = next(float(x_min) for x_min, word in words if word == first)  # found as written, not in capitals
        assert x == pytest.approx(44, abs=3), (slide.title, x)  # the margin and inset: left-aligned
