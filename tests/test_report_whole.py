"""The report and the handout show every point of a topic whole: no "And N more" line of any language (issue #21,
review 17). A deck slide that shows a few of a topic's points ends on that line (its notes name the rest:
budgets.shown_points); the report has no slide to fill, so its twin of that slide shows them all, and the deck is as
it was. Read back from the real notes' PDFs (pdftotext) and handouts, every built-in audience."""
from __future__ import annotations

import re

import pytest

from generator.budgets import shown_points
from generator.inline import plain
from generator.more_lines import more_count
from generator.words import load_words

from .conftest import AUDIENCES, have
from .notes_built import NOTES, imported_content, notes_build, rendered_document
from .presentable_words import handout_pages, pdf_pages

LANGS = ("en", "de", "es", "fr", "ar", "he", "zh")
NAMES = sorted(p.name for p in NOTES.iterdir() if p.suffix in (".txt", ".md"))
_BULLET = " \t•◦▪‣–—-*"
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # (pdftotext wraps the runs of an RTL line in them)


def _words(text: str) -> str:
    """``text``'s words run together, case-folded, without punctuation or spaces: a point reads the same however a
    page wraps it (pdftotext breaks lines, a CJK line has no spaces to break at)."""
    return "".join(re.findall(r"\w+", plain(text).casefold()))


def _more_lines(pages) -> list[str]:
    """The lines of ``pages`` that say some points are left out, in any language's words."""
    langs = [load_words(code) for code in LANGS]
    return [line for _, lines in pages for line in lines
            if any(more_count(_BIDI.sub("", line).strip(_BULLET), words) is not None for words in langs)]


def _counted(document) -> dict[str, str]:
    """The topics (by id) a deck slide of ``document`` shows a few points of, its last line counting the rest, each
    with the slide's title (a point can title its slide, then it is not one of its lines: titles.strongest)."""
    counted = {}
    for slide in (s for s in document.slides if s.deck):
        for topic, bullets in [(slide.topic, slide.bullets), *((c.topic, c.bullets) for c in slide.columns)]:
            if bullets and more_count(bullets[-1].text, document.words) is not None:
                counted[topic] = slide.title
    return counted


def _points(points, depth: int) -> list[str]:
    """The text of ``points`` and of those under them, ``depth`` levels deep."""
    return [t for p in points for t in (p.text, *(_points(p.points, depth - 1) if depth > 1 else []))]


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
@pytest.mark.parametrize("name", NAMES)
def test_the_report_and_handout_show_every_point_a_deck_slide_counts(name):
    """AMD's executive report ended "Business Segment Results" on "And 5 more" (Server CPU revenue, Desktop CPU
    sales, three segments' operating income nowhere in it), lescast's on "Et 3 autres", talkgo's on "另有 4 个". Now
    no page of any report or handout says such a line, and each point of a topic a deck slide cuts is in both, in
    its words; the deck still ends that slide on the line."""
    built = notes_build(NOTES / name)
    assert built.problem is None, built.problem
    content = imported_content(name)
    pages = {(audience, fmt): (pdf_pages if fmt == "pdf" else handout_pages)(
        built.content.with_name(f"{built.content.stem}-{audience}.{fmt}")) for audience in AUDIENCES for fmt in ("pdf", "md")}
    read = {key: _words("\n".join(line for _, lines in got for line in lines)) for key, got in pages.items()}
    for audience in AUDIENCES:
        pdf, md = pages[audience, "pdf"], pages[audience, "md"]
        assert not _more_lines(pdf) and not _more_lines(md), (audience, _more_lines(pdf), _more_lines(md))
        depth = {"executive": 2}.get(audience, 3)
        counted = _counted(rendered_document(content, audience))
        for topic in (t for t in content.topics if t.id in counted):
            title = _words(counted[topic.id])
            # (a point the technical report, which no budget cuts, does not show either is said by its slide's
            # title in other words: titles.strongest; a point that titles the slide is in no line of it)
            points = [_words(p) for p in _points(topic.points, depth) if _words(p) in read["technical", "pdf"]]
            for fmt in ("pdf", "md"):
                missing = [p for p in points if p not in read[audience, fmt] and title not in p]
                assert not missing, (audience, fmt, topic.title, missing)


def test_shown_points_gives_the_report_every_point_in_order():
    """The filter: the deck's three points (no line counts the other two: review 18 finding 3); the report's
    ``whole``, all five in the content's order; where none is cut, the report's points are the deck's."""
    words = load_words("en")
    points = [{"text": f"Point {n} says {'a figure of 5%' if n == 4 else 'something'}.", "children": []} for n in range(5)]
    shown = shown_points(points, 3, 2, (), words)
    assert [p["text"] for p in shown["points"]] == [points[n]["text"] for n in (0, 1, 4)]  # (the figure's first)
    assert [p["text"] for p in shown["whole"]] == [p["text"] for p in points]
    assert shown_points(points[:3], 3, 2, (), words)["whole"] == points[:3]


_SIDES = """title: Two sides and short topics
lang: en
sources:
  - {id: s, name: A hearing}
topics:
  - id: sides
    title: The bill
    points:
      - text: "For the bill:"
        points: [%s]
      - text: "Against the bill:"
        points: [%s]
  - {id: one, title: Roads, points: ["Road repairs start in May.", "Bridges are checked first.", "Crews work at night."]}
  - {id: two, title: Parks, points: ["Parks open an hour earlier.", "Two new playgrounds open.", "Dogs stay on leads."]}
"""


def test_a_two_column_and_a_shared_slide_show_every_point_in_the_report(tmp_path):
    """Generated content at the limits: a two-sided topic (policy: a comparison) of six points a side, and two short
    topics of three points on one slide, for an audience that shows two points a topic. The deck's columns show what
    their share of the slide holds, no line counting the others (review 18 finding 3), which the speaker notes name;
    the report and the handout show every point of each side and topic."""
    from generator.build import build

    sides = [", ".join(f'"{side} argument number {n} holds."' for n in range(6)) for side in ("Supporters", "Critics")]
    content = tmp_path / "sides.yaml"
    content.write_text(_SIDES % tuple(sides), encoding="utf-8")
    audience = tmp_path / "aud" / "terse"
    audience.mkdir(parents=True)
    (audience / "audience.yaml").write_text("extends: policy\nbudget:\n  max_points: 2\n", encoding="utf-8")
    build([content], audiences=["terse"], formats=["pptx", "pdf", "md"], output=tmp_path, templates=[tmp_path / "aud"])
    from pptx import Presentation

    slides = list(Presentation(tmp_path / "sides-terse.pptx").slides)
    deck = [p.text for s in slides for sh in s.shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in slides if s.has_notes_slide)
    argued = [f"{side} argument number {n} holds" for side in ("Supporters", "Critics") for n in range(6)]
    assert not [line for line in deck if re.search(r"\d+ more$", line)], deck
    assert 2 < sum(a + "." in deck for a in argued) < 12 and all(a + "." in deck or a in notes for a in argued), deck
    points = [f"{side} argument number {n} holds." for side in ("Supporters", "Critics") for n in range(6)] + [
        p for line in _SIDES.splitlines() if line.startswith("  - {id: ") and "points: [" in line
        for p in re.findall(r'"([^"]+)"', line)]
    for pages in (pdf_pages(tmp_path / "sides-terse.pdf"), handout_pages(tmp_path / "sides-terse.md")):
        assert not _more_lines(pages), _more_lines(pages)
        read = _words("\n".join(line for _, lines in pages for line in lines))
        assert not [p for p in points if _words(p) not in read]
