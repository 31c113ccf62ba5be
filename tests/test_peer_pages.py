"""Issue #21, review 14's finding 4: a topic's points continue on at most one more page, cut at a boundary of peers.

AMD's technical segment slide, titled "…fell for Embedded", showed Embedded on "(cont.)" beside the Server CPU
and Desktop records of the segments before it; lescastcodeurs-fr's Java 26 took three pages ("(suite 1)",
"(suite 2)") of three points; jsparty's 45 links took three slides. Now a slide of points shows them whole
within a quarter more words than the budget, else on two pages cut where a list of peers begins or ends (its
names on the first page), else on one page of the points ranked first, the speaker notes naming the others (no
line counts them: review 18 finding 3); the report keeps every point. These tests read every built deck of every
real fixture and the default content (the session's builds: tests/notes_built.py).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from generator.document import Bullet
from generator.peer_pages import names, peer_pages, ranked
from generator.words import load_words
from generator.word_count import count_words

from .conftest import AUDIENCES, DEFAULT
from .deck_colours import A
from .notes_built import FIXTURES, NOTES, notes_build

ALL_NOTES = sorted(p for p in NOTES.iterdir() if p.suffix in (".txt", ".md")) + [
    FIXTURES / name for name in ("committee-hearing.txt", "panel-chapters.txt", "seed-notes.txt")]
LANGS = [p.stem for p in (Path(__file__).resolve().parents[1] / "generator" / "lang").glob("*.yaml")]


def _marks(key: str, number: str) -> list[re.Pattern]:
    """Each built-in language's continuation mark of ``key`` ("cont", "cont_number") as a pattern at a title's end."""
    return [re.compile(re.escape(load_words(code)[key]).replace(re.escape("{number}"), number) + r"$") for code in LANGS]


LATER = _marks("cont_number", r"(?:[2-9]|\d\d+)")  # "(cont. 2)", "(suite 2)", "(Forts. 3)"…
CONTINUED = _marks("cont", "") + _marks("cont_number", r"\d+")
MORE = [re.compile(re.escape(load_words(code)[key].strip()).replace(re.escape("{count}"), r"\d+"), re.I)
        for code in LANGS for key in ("also_more_notes", "also_one_more_notes")]


@pytest.fixture(scope="module")
def decks(built) -> dict[tuple[str, str], list[tuple[str, list[str], list[str]]]]:
    """(fixture, audience) -> each slide's (title, bullet paragraphs, all body paragraphs), of every built deck."""
    paths = {("deepseek", a): built / f"{DEFAULT.stem}-{a}.pptx" for a in AUDIENCES}
    for notes in ALL_NOTES:
        made = notes_build(notes, ("pptx",))
        if made.problem is None:
            paths.update({(notes.stem, a): made.content.with_name(f"{made.content.stem}-{a}.pptx") for a in AUDIENCES})
    out = {}
    for key, path in paths.items():
        slides = []
        for slide in Presentation(str(path)).slides:
            title = " ".join(slide.shapes.title.text_frame.text.split()) if slide.shapes.title is not None else ""
            paras = [p for shape in slide.shapes if shape.has_text_frame and shape != slide.shapes.title
                     for p in shape.text_frame.paragraphs if p.text.strip()]
            slides.append((title, [p.text for p in paras if p._p.find(f"{A}pPr/{A}buChar") is not None],
                           [p.text for p in paras]))
        out[key] = slides
    return out


def _continued(decks) -> list[tuple[tuple[str, str], str, list[str], list[str]]]:
    return [(key, title, bullets, body) for key, slides in decks.items() for title, bullets, body in slides
            if any(mark.search(title) for mark in CONTINUED)]


def test_no_topic_takes_a_third_page(decks):
    """No deck of any fixture and audience has a "(cont. 2)" page, in any built-in language's words (lescast's
    "(suite 2)", jsparty's "45 links (cont. 2)" were)."""
    third = [(key, title) for key, slides in decks.items() for title, _, _ in slides if any(m.search(title) for m in LATER)]
    assert third == []
    assert len(decks) >= 3 * 20


def test_every_continuation_of_points_holds_three(decks):
    """A page that continues a slide of points shows at least three of them (a continuation is worth a slide): a
    point of three words or more, not the line that says how many more the notes name, nor a fragment cut off a
    quote (house-cliff-notes' "Armed Services (cont.)" was the end of a quote, "(R-AL)" and one point)."""
    def items(bullets):
        return [b for b in bullets if count_words(b) >= 3 and not any(m.fullmatch(b) for m in MORE)]  # (CJK: word_count)
    short = [(key, title, bullets) for key, title, bullets, _ in _continued(decks) if bullets and len(items(bullets)) < 3]
    assert short == []


def test_a_continued_title_names_only_what_its_page_shows(decks):
    """Each name a continued page of points has in its title ("Embedded", "JEPs") is on that page: "Java 26 est
    une version non-LTS avec 10 JEPs (suite 2)" titled three points that named no JEP."""
    wrong = []
    for key, title, bullets, body in _continued(decks):
        held = {w.casefold().rstrip("s") for line in body for w in re.findall(r"[\w-]+", line)}
        missing = {n.rstrip("s") for n in names(title)} - held
        if bullets and missing:
            wrong.append((key, title, sorted(missing)))
    assert wrong == []


def test_amd_segments_keep_their_lines(decks):
    """AMD technical: each segment's lines are on the page of its segment ("Gaming revenue…" with Client and
    Gaming; Embedded on the slide whose title names it), and the segment slide is not continued."""
    slides = decks[("earnings-call-amd", "technical")]
    summary = load_words("en")["key_takeaways"]  # (the bottom line says a segment's revenue too: h-bottom5)
    pages = [(title, body) for title, _, body in slides if title != summary and any("segment revenue" in line for line in body)]
    assert len(pages) == 1, [t for t, _ in pages]
    title, body = pages[0]
    for segment in ("Data Center", "Client and Gaming", "Embedded"):
        assert segment in title and any(line.startswith(f"{segment} segment revenue") for line in body), segment
    assert any(line.startswith("Gaming revenue") for line in body)
    assert any("Server CPU revenue reached an all-time high" in line for line in body)


def test_a_list_is_cut_where_its_peers_end():
    """Points that overflow two pages are cut where a parallel list ends, its background (a point before the
    list that does not announce it) left to the notes where the pages would not fit with it; the title's names
    stay on the first page; with no list, none is cut and the points are ranked: figures, then consequences."""
    def fits(page):
        return sum(len(b.text.split()) for b in page) <= 50
    lead = Bullet(text="The release is the language's sixth since its nine, published twice a year")
    jeps = [Bullet(text=f"JEP {n} : a change of some weight to the platform") for n in (500, 504, 516, 517)]
    rest = [Bullet(text=t) for t in ("Process is closeable", "UUIDv7 is supported now", "Nothing leaves preview yet")]
    pages, left = peer_pages("The release ships 10 JEPs", [lead, *jeps, *rest], fits)
    assert pages == [jeps, rest] and left == [lead]
    assert peer_pages("Short", rest, fits) == ([rest], [])
    plain = [Bullet(text=f"Point {n} says something long enough to fill a page of its own here") for n in range(6)]
    assert peer_pages("Points", plain, fits) == ([], [])
    figured = Bullet(text="Revenue rose 22% to $4.3 billion")
    lang = load_words("en")
    order = ranked([*plain[:2], Bullet(text="This could lead to fewer sales"), figured], lang)
    assert order[:2] == [[3], [2]]
    backing = ranked([*plain[:2], Bullet(text="This could lead to fewer sales"), figured], lang, [plain[1].text + "."])
    assert backing[:2] == [[1], [3]]  # (a point the bottom line says, then the figure)
    assert names("Segment revenue fell for Embedded and JEPs") == {"embedded", "jep"}
