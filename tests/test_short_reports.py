"""Review 19's smaller issues: a short report spends no page on a cover alone nor on a contents page (the body
follows the title; the outline stays, and the PDF stays tagged); a source that only repeats the title, with no link,
is listed nowhere (no "Sources" heading over it alone); the About slide does not list again the sources its deck's
Sources slide lists. Read back from the real notes' PDFs (pypdf, pikepdf) and decks (python-pptx)."""
from __future__ import annotations

import pikepdf
from pptx import Presentation
from pypdf import PdfReader

from generator.named_sources import names_something
from generator.words import english

from .notes_built import NOTES, notes_build

TITLE = "Advanced Micro Devices Inc Earnings - Q3 2025 Analysis & Highlights"


def _built(name: str, fmt: str, audience: str):
    """The ``fmt`` file of the notes fixture ``name`` built for ``audience``."""
    made = notes_build(NOTES / name, (fmt,))
    assert made.problem is None, made.problem
    return made.content.parent / f"{made.content.stem}-{audience}.{fmt}"


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_a_source_that_only_repeats_the_title_names_nothing():
    """No address, no description, the title's words (whatever their case and punctuation): nothing said."""
    assert not names_something(TITLE.upper() + ".", None, "", TITLE)
    assert names_something(TITLE, "https://example.com", "", TITLE)
    assert names_something(TITLE, None, "The call's transcript.", TITLE)
    assert names_something("Senate press release", None, None, TITLE)


def test_a_short_report_has_no_cover_page_nor_contents_page_and_stays_tagged():
    """amd's report was 4 pages (cover, contents, 2 of body); cliff's 3: now the body follows the title on page 1,
    with no contents page, its sections still in the outline and the file still tagged PDF/UA."""
    for name, most in (("earnings-call-amd.txt", 2), ("house-cliff-notes.txt", 1)):
        path = _built(name, "pdf", "executive")
        reader = PdfReader(str(path))
        assert len(reader.pages) <= most, (name, len(reader.pages))
        assert english()["contents"] not in [line.strip() for line in _text(path).splitlines()]
        sections = [item for item in reader.outline if not isinstance(item, list)]
        assert len(sections) >= 3 and reader.get_destination_page_number(sections[0]) == 0  # (the body on page 1)
        with pikepdf.open(path) as pdf:
            assert pdf.Root.MarkInfo.Marked and "/StructTreeRoot" in pdf.Root
            assert "pdfuaid" in str(pdf.open_metadata())


def test_a_long_report_keeps_its_contents_page(built):
    """The default content's technical report runs past four pages of body: its contents follow what page 1 opens on
    (the title, the key takeaways, what the briefing is about), at the top of page 2."""
    reader = PdfReader(str(built / "deepseek-technical.pdf"))
    assert len(reader.pages) > 6
    assert english()["key_takeaways"] in [line.strip() for line in reader.pages[0].extract_text().splitlines()]
    assert reader.pages[1].extract_text().splitlines()[0].strip() == english()["contents"]


def test_a_source_that_only_repeats_the_title_is_listed_nowhere():
    """amd's only source is its title, with no link: no "Sources" heading over it, no line of it under the title."""
    path = _built("earnings-call-amd.txt", "pdf", "executive")
    lines = [line.strip() for line in _text(path).splitlines()]
    assert english()["sources"] not in lines
    assert lines.count(TITLE) <= 1  # (the title, set on two lines, once; before, the cover and the appendix again)


def _about(path) -> list[str]:
    """The lines of the deck's "About this briefing" slide ([] where it has none)."""
    for slide in Presentation(str(path)).slides:
        if slide.shapes.title is not None and slide.shapes.title.text == english()["about"]:
            return [p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    return []


def test_the_about_slide_lists_no_source_the_sources_slide_lists(built):
    """The default deck's Sources slide lists its three sources (each linked): the About slide does not again; guide's
    About slide had "Source" over the deck's own title."""
    # (the default deck has none since review 20: it said the cover's speakers again over one reason)
    assert _about(built / "deepseek-policy.pptx") == []
    guide = _built("guide-to-live-chapters.txt", "pptx", "policy")
    title = Presentation(str(guide)).slides[0].shapes.title.text
    assert all(line != title for line in _about(guide)) and english()["source"] not in _about(guide)


def test_the_about_section_names_no_source_by_the_reports_own_title():
    """Review 21: allin's report said "About this briefing → Source: The All-In Summit 2022 – Takeaways", its own title:
    the source has a description (the show's blurb), but the About section shows only its name."""
    path = _built("allin-summit-takeaways.txt", "pdf", "executive")
    lines = [line.strip(" •–") for line in _text(path).splitlines()]
    about = lines.index(english()["about"])
    section = lines[about + 1:about + 6]
    assert "The All-In Summit 2022 – Takeaways" not in section and english()["source"] not in section, section
