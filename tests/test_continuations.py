"""Issue #21, review 11's finding 4: a continuation page says its own point, and a link line is no point.

lescastcodeurs-fr's technical deck (``cut_points: false``: every point continues whole on later pages) had 6
of 14 slides titled "<title> (suite)", one cut mid-phrase ("…modèles de diffusion ou systèmes… (suite)"),
and "medium.com", "openjdk.org", "pvs-studio.com", "foojay.io" as bullets. A continuation page is now titled
by its own first statement (the point leaves the page whole); a line that is only a link goes to the
Sources slide; the report keeps it where the notes wrote it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.link_lines import link_of

from .deck_colours import A

from .notes_built import NOTES, notes_build

LESCAST = "lescastcodeurs-fr.md"
PARTIAL = "Même éditer partiellement du code AI-généré ne le rend pas acceptable à la contribution"
DOMAINS = ("medium.com", "openjdk.org", "pvs-studio.com", "foojay.io")


@pytest.fixture(scope="module")
def lescast() -> Path:
    """lescastcodeurs-fr's content, imported, beside its decks and reports (the session's build)."""
    made = notes_build(NOTES / LESCAST, ("pptx", "pdf"))
    assert made.problem is None, made.problem
    return made.content


def _slides(path: Path) -> list[tuple[str, list[str]]]:
    """(title, body paragraphs) of each slide of the deck at ``path``."""
    out = []
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        body = [p.text for shape in slide.shapes if shape.has_text_frame and shape != slide.shapes.title
                for p in shape.text_frame.paragraphs if p.text.strip()]
        out.append((" ".join(title.split()), body))
    return out


def test_a_continuation_is_titled_by_its_own_statement(lescast):
    """No title of the deck is cut with "…" (the OpenJDK policy's second page repeated its first page's 22-word
    title cut with "…" and "(suite)"); since review 14 the policy is one slide, its risks under its title, and
    the point it leaves off ("Même éditer partiellement…") is named in its speaker notes; a second page that no
    title covers is not made (Java 26's "(suite)" would show no JEP under "…avec 10 JEPs (suite)"). Since round
    2 of this session the slide is titled by the clause of the notes' overview that says the ban ("OpenJDK
    interdit le code généré par LLM", 7 words where the ban is 21: titles._named_short), and the ban is not
    its first line again (review 15, finding 4: the first bullet never restates the title)."""
    path = lescast.with_name(f"{lescast.stem}-technical.pptx")
    slides = _slides(path)
    risks = next(i for i, (_, body) in enumerate(slides) if any(b.startswith("Trois risques") for b in body))
    assert slides[risks][0] == "OpenJDK interdit le code généré par LLM", slides[risks]
    assert not [b for b in slides[risks][1] if b.startswith("OpenJDK adopte une politique")], slides[risks]
    notes = Presentation(str(path)).slides[risks].notes_slide.notes_text_frame.text
    assert PARTIAL in notes and PARTIAL not in slides[risks][1]
    assert [title for title, _ in slides if "…" in title] == []
    assert [title for title, _ in slides if title.endswith(("(suite)", "(suite 1)", "(suite 2)"))] == []


def test_no_part_of_a_continued_slide_is_under_three_lines(lescast):
    """Review 12: lescastcodeurs-fr's technical deck split GraalVM's 7 points 3/3/1 and Java 26's 9 lines 4/3/2;
    review 14: still 3/3 and 3/3/3, cut by count. Now GraalVM, whose points are no list of peers, is one slide of
    the four that matter most (the consequence "C'est pourquoi…" among them), its notes naming the two others; Java
    26 is one slide of its five JEPs, its notes naming the four others (no line counts them: review 18 finding 3; its three other
    points would be a second page that its title, "…avec 10 JEPs", does not cover, and the heading states
    nothing). No point is cut, and the list of JEPs titles no page by one of its items."""
    deck = Presentation(str(lescast.with_name(f"{lescast.stem}-technical.pptx")))
    pages: dict[str, list[int]] = {}
    notes: dict[str, str] = {}
    for slide in deck.slides:
        heads = [p.text for shape in slide.shapes if shape.has_text_frame and shape != slide.shapes.title
                 for p in shape.text_frame.paragraphs if p.text.strip() and not p.text.startswith("▶")]
        points = [p for shape in slide.shapes if shape.has_text_frame and shape != slide.shapes.title
                  for p in shape.text_frame.paragraphs if p.text.strip() and p._p.find(f"{A}pPr/{A}buChar") is not None]
        title = " ".join(slide.shapes.title.text_frame.text.split())
        if heads and points:
            key = next((k for k in ("GraalVM Native Image et", "Java 26 :") if heads[0].startswith(k) or title.startswith(k)),
                       heads[0])
            pages.setdefault(key, []).append(len(points))
            notes[key] = notes.get(key, "") + slide.notes_slide.notes_text_frame.text
    assert pages["GraalVM Native Image et"] == [4] and pages["Java 26 :"] == [5], pages
    titles = [" ".join(slide.shapes.title.text_frame.text.split()) for slide in deck.slides]
    assert not [t for t in titles if t.startswith("JEP ")], titles
    assert "fonctionne sur JVM, échoue en Native Image sans config" in notes["GraalVM Native Image et"]
    assert "Java est le langage de la JVM" in notes["Java 26 :"] and "Process devient AutoCloseable" in notes["Java 26 :"]


def test_a_link_line_goes_to_the_sources_slide(lescast):
    """No deck shows a bullet that is only a link ("medium.com"); each is on the Sources slide beside its
    topic's heading, linked to its address; the report keeps the line where the notes wrote it."""
    for audience in ("executive", "policy", "technical"):
        deck = Presentation(str(lescast.with_name(f"{lescast.stem}-{audience}.pptx")))
        slides = _slides(lescast.with_name(f"{lescast.stem}-{audience}.pptx"))
        body = [b for title, lines in slides if title != "Sources" for b in lines]
        assert not [b for b in body if b.strip() in DOMAINS], (audience, body)
    sources = [lines for title, lines in slides if title == "Sources"][-1]
    assert "openjdk.org — OpenJDK Interim Policy on Generative AI" in sources
    addresses = {run.hyperlink.address for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
                 for p in shape.text_frame.paragraphs for run in p.runs if run.hyperlink.address}
    assert "https://openjdk.org/legal/ai" in addresses
    report = "".join(page.extract_text() for page in PdfReader(str(lescast.with_name(f"{lescast.stem}-technical.pdf"))).pages)
    assert all(domain in report for domain in DOMAINS)


def test_what_a_link_line_is():
    """A line that shows only a linked domain or an address is a link line; a sentence with a link, a named link
    or an unlinked name with a dot is not."""
    assert link_of("[medium.com](https://medium.com/x)") == "https://medium.com/x"
    assert link_of("Node.js") == ""
    assert link_of("https://foojay.io/today/") == "https://foojay.io/today/"
    assert link_of("Voir [medium.com](https://medium.com/x) pour les détails") == ""
    assert link_of("[CS3 in Oslo](https://indico.cern.ch/event/1560960/)") == ""
    assert link_of("Java 26 est là.") == ""


def test_a_list_of_bare_titles_gets_one_slide():
    """syntax-year-review's technical deck showed its 29 predictions (each a line at its own time) over four
    slides, "(cont. 1)" to "(cont. 3)": now one; no line says how many more the speaker notes name (review 18
    finding 3; review 12: "listed in the report" pointed a deck built alone to a report it was not given); the
    speaker notes name them and the report keeps them all."""
    made = notes_build(NOTES / "syntax-year-review.md", ("pptx", "pdf"))
    assert made.problem is None, made.problem
    deck = Presentation(str(made.content.with_name(f"{made.content.stem}-technical.pptx")))
    shown = [(slide, " ".join(slide.shapes.title.text_frame.text.split())) for slide in deck.slides
             if slide.shapes.title is not None]
    predictions = [slide for slide, title in shown if title.startswith("Our 2024 Predictions Reviewed")]
    assert len(predictions) == 1, [title for _, title in shown]
    lines = [p.text for shape in predictions[0].shapes if shape.has_text_frame and shape != predictions[0].shapes.title
             for p in shape.text_frame.paragraphs if p.text.strip()]
    assert not [line for line in lines if "report" in line or re.fullmatch(r"And \d+ more", line)], lines
    assert 3 <= sum(bool(re.search(r"\(\d+:\d\d\)$", line)) for line in lines) < 29, lines
    assert "On prem corporate AI" in predictions[0].notes_slide.notes_text_frame.text
    report = "".join(page.extract_text() for page in PdfReader(str(made.content.with_name(
        f"{made.content.stem}-technical.pdf"))).pages)
    assert "On prem corporate AI" in report and "Paid Arc features" in report


def test_link_lines_on_slides():
    """A link line goes to the Sources slide once (the deck's twin of it; the report's keeps its own), a
    point's own link line links the point's words, and without a Sources slide the point before takes it."""
    from generator.document import Bullet, Slide
    from generator.link_lines import without_link_lines

    link = "[medium.com](https://medium.com/a)"
    points = Slide(layout="bullets", title="T", kicker="Topic", bullets=[
        Bullet(text="React Miami", children=[Bullet(text="[youtube.com](https://youtube.com/v)")]),
        Bullet(text="A point that says something."), Bullet(text=link)])
    sources = Slide(layout="sources", title="Sources", bullets=[Bullet(text="Audio", url="https://a.example/x")])
    out = without_link_lines([points, points.model_copy(update={"title": "U"}), sources], "Also: {items}")
    deck = [s for s in out if s.deck]
    assert [b.text for b in deck[0].bullets] == ["[React Miami](https://youtube.com/v)", "A point that says something."]
    assert [b.text for b in deck[-1].bullets[1:]] == ["[medium.com](https://medium.com/a) — Topic"]
    report = [s for s in out if s.report]
    assert report[0].bullets == points.bullets and report[-1].bullets == sources.bullets
    alone = [s for s in without_link_lines([points], "Also: {items}") if s.deck][0]
    assert alone.bullets[-1].url == "https://medium.com/a" and len(alone.bullets) == 2
