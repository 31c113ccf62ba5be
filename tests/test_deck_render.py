"""Render decks with LibreOffice (autofit off) and check that no character is drawn outside
its shape or off the slide. Skips where LibreOffice or poppler is not installed."""
from __future__ import annotations

import subprocess

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.writers.measure import text_width
from tests.conftest import AUDIENCES, have

pytestmark = [pytest.mark.slow,  # every deck rendered through LibreOffice
              pytest.mark.skipif(not (have("soffice") and have("pdftoppm")),
                                 reason="LibreOffice (soffice) and poppler (pdftoppm) are needed to render decks")]

TOLERANCE = 3.0  # points


def dense_content(path):
    """Content built to overflow: a long title, hundreds of points, a 5,000-character word, a long figure."""
    points = "\n".join(f"      - Point {i}, " + "a fairly long sentence that needs wrapping on the slide " * 2
                       for i in range(300))
    path.write_text(
        "title: " + "A very long title that goes on and on about megaclusters " * 4 + "\n"
        "sources:\n  - {id: audio, name: Audio, url: 'https://example.org/a'}\n"
        "takeaways:\n  - " + "x" * 5000 + "\n"
        "topics:\n"
        "  - id: dense\n    title: Dense topic\n    at: 1:00\n    points:\n" + points + "\n"
        "    figures:\n      - {value: '" + "a long figure " * 60 + "', label: '" + "its label " * 150 + "'}\n"
        "    tables:\n      - id: t\n        title: Long table\n        columns: [Name, Value]\n        rows:\n"
        + "\n".join(f"          - [row {i}, \"{'cell text ' * 12}\"]" for i in range(60)) + "\n"
    )
    return path


def boxes(slide):
    out = []
    for shape in slide.shapes:
        if shape.has_text_frame or shape.has_table or shape.has_chart:
            out.append((shape.left / 12700, shape.top / 12700, (shape.left + shape.width) / 12700,
                        (shape.top + shape.height) / 12700))
    return out


def strays(pdf_path, pptx_path):
    """Characters drawn outside every text shape of their slide, or off the slide."""
    prs = Presentation(str(pptx_path))
    width, height = prs.slide_width / 12700, prs.slide_height / 12700
    found = []
    for number, (page, slide) in enumerate(zip(PdfReader(str(pdf_path)).pages, prs.slides), start=1):
        allowed = boxes(slide)

        def visit(text, cm, tm, font, size, *, allowed=allowed, number=number):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = height - (tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            scale = (tm[0] * cm[0]) or 1
            right = x + text_width(text.strip(), size * abs(scale)) * 0.98
            ok = any(x0 - TOLERANCE <= x and right <= x1 + TOLERANCE and y0 - TOLERANCE <= y <= y1 + TOLERANCE
                     for x0, y0, x1, y1 in allowed)
            if not ok or not (x >= 0 and right <= width and 0 <= y <= height):
                found.append((number, round(x), round(y), text[:40]))

        page.extract_text(visitor_text=visit)
    return found


def overflowing(path):
    """A deck that does overflow: the check must catch it."""
    from pptx.util import Pt

    prs = Presentation()
    box = prs.slides.add_slide(prs.slide_layouts[6]).shapes.add_textbox(Pt(40), Pt(40), Pt(100), Pt(30))
    box.text_frame.word_wrap = True
    box.text_frame.text = "This sentence is much too long for its small box. " * 6
    prs.save(str(path))
    return path


@pytest.fixture(scope="module")
def rendered(built, tmp_path_factory):
    from generator.build import build

    folder = tmp_path_factory.mktemp("rendered")
    dense = dense_content(folder / "dense.yaml")
    whole = folder / "audiences" / "whole"  # every word on the deck (max_words 0): pages continue
    whole.mkdir(parents=True)
    (whole / "audience.yaml").write_text("extends: technical\nbudget: {max_words: 0}\n", encoding="utf-8")
    build([dense], audiences=["whole"], formats=["pptx"], output=folder, templates=[folder / "audiences"])
    decks = [built / f"deepseek-{a}.pptx" for a in AUDIENCES] + [folder / "dense-whole.pptx",
                                                                  overflowing(folder / "overflowing.pptx")]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, decks)],
                   check=True, capture_output=True, timeout=300)
    return {deck.stem: (folder / f"{deck.stem}.pdf", deck) for deck in decks}


@pytest.mark.parametrize("name", [f"deepseek-{a}" for a in AUDIENCES] + ["dense-whole"])
def test_no_character_outside_its_shape(rendered, name):
    pdf, pptx = rendered[name]
    assert len(PdfReader(str(pdf)).pages) == len(Presentation(str(pptx)).slides)
    assert strays(pdf, pptx) == []


@pytest.mark.parametrize("name", [f"deepseek-{a}" for a in AUDIENCES])
def test_no_line_ends_in_an_opening_bracket(rendered, name):
    """A time "(13:28)" and a source's address wrap whole: LibreOffice breaks lines at a link's
    edges, so a bracket outside the link was left at the end of the line before it."""
    pdf, _ = rendered[name]
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert [line for line in text.splitlines() if line.rstrip().endswith("(")] == []


def test_dense_content_continues_on_numbered_slides(rendered):
    prs = Presentation(str(rendered["dense-whole"][1]))
    titles = [next(s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip())
              for slide in prs.slides]
    assert any(t.startswith("Dense topic (cont. 2)") for t in titles)
    assert any(t.startswith("Long table (cont") for t in titles)
    assert len(titles) == len(set(titles))


def test_the_check_catches_overflow(rendered):
    assert len(strays(*rendered["overflowing"])) > 3


@pytest.mark.parametrize("count", [24, 40])
def test_every_topic_is_named_on_a_long_timeline(tmp_path, count):
    """A timeline of many topics names each one, over as many slides as it needs: LibreOffice hid
    every other name once the names crowded their rows (from about 21 topics on)."""
    from generator.build import build

    topics = "".join(f"  - {{id: t{i}, title: 'Subject {i} of the hearing', at: '{i}:00', points: "
                     f"['The committee heard {i + 2} witnesses on subject {i}.']}}\n" for i in range(count))
    # (topics with a point each: a deck of titles only is a chapter list, with no timeline to repeat it: h-lists4)
    path = tmp_path / "many.yaml"
    path.write_text("title: Many topics\nsources:\n  - {id: audio, name: Audio, url: 'https://example.org/a'}\n"
                    "topics:\n" + topics, encoding="utf-8")
    build([path], audiences=["technical"], formats=["pptx"], output=tmp_path)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "many-technical.pptx")],
                   check=True, capture_output=True, timeout=300)
    pages = [p.extract_text() for p in PdfReader(str(tmp_path / "many-technical.pdf")).pages]
    shown = "\n".join(p for p in pages if "The topics in time order" in p)  # the timeline and its (cont.) slides
    assert all(f"Subject {i} of the hearing" in shown for i in range(count)), shown
