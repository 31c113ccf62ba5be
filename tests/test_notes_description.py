"""What real notes still carried into a briefing after round 1 (issue #20's leftovers, round 2): a
provenance line as "Why it matters" (hearing-daily-digest), a show's boilerplate and blurb as the
introduction (lex-fridman-outline, allin-e52-shownotes) — both now the source's description, shown with the
source — and
no key figure from a sentence that compares its figure (earnings-call-amd). Each is imported from
the real notes of tests/fixtures/notes, built, and read back from the outputs."""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.build import build
from generator.importer import import_file, import_notes
from generator.importer.evidence import salient
from generator.loader import load_content

from .deck_colours import table_lines
from .notes_built import NOTES, built_notes

BUILT = ("hearing-daily-digest.txt", "lex-fridman-outline.txt", "allin-e52-shownotes.txt", "earnings-call-amd.txt")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each notes file imported, and its decks and handouts built: the folder."""
    return built_notes(tmp_path_factory.mktemp("description"), BUILT, formats=["pptx", "md"])


def _shown(folder: Path, stem: str) -> str:
    """All the text of every audience's deck and handout of ``stem``."""
    out = []
    for deck in folder.glob(f"{stem}-*.pptx"):
        out += [p.text for slide in Presentation(str(deck)).slides for shape in slide.shapes
                if shape.has_text_frame for p in shape.text_frame.paragraphs]
    out += [md.read_text(encoding="utf-8") for md in folder.glob(f"{stem}-*.md")]
    return "\n".join(out)


@pytest.mark.parametrize("stem, said", [
    ("hearing-daily-digest", "From the Congressional Record Online through the Government Publishing Office"),
    ("lex-fridman-outline", "This conversation is part of the Artificial Intelligence podcast."),
    ("allin-e52-shownotes", "cover all things economic, tech, political, social & poker."),
])
def test_what_describes_the_source_is_its_description_not_the_introduction(built, stem, said):
    """A provenance line ("From the Congressional Record Online …"), a show's boilerplate ("This
    conversation is part of the … podcast") and its blurb ("… besties … cover all things …") say
    what the source is, not what it says: the source's description, shown with the source only (the
    sources slide, the handout's sources: see test_opening_notes.py)."""
    content = load_content(built / f"{stem}.yaml")
    assert said in (content.sources[0].description or "")
    assert said not in (content.introduction or "")
    for deck in built.glob(f"{stem}-*.pptx"):
        for slide in list(Presentation(str(deck)).slides)[:-1]:  # (the last: the sources)
            assert not any(said in shape.text_frame.text for shape in slide.shapes if shape.has_text_frame), deck
    for md in built.glob(f"{stem}-*.md"):
        text = md.read_text(encoding="utf-8")
        assert said not in text[:text.index("## Sources")].replace("\\", ""), md


def test_a_bio_stays_the_introduction_when_boilerplate_leaves_it(built):
    """lex-fridman-outline: the guest's biography is what the episode is about; it stays."""
    content = load_content(built / "lex-fridman-outline.yaml")
    assert (content.introduction or "").startswith("Scott Aaronson is a professor at UT Austin")


def test_an_episode_description_is_no_source_description():
    """allin-deep-summary: "This episode of the All-In Podcast provides an in-depth analysis of …"
    says what the episode holds: it stays the introduction."""
    found = import_notes((NOTES / "allin-deep-summary.txt").read_text(encoding="utf-8"), "allin-deep-summary.txt")
    assert found.data["introduction"].startswith("This episode of the All-In Podcast provides")
    assert "This episode" not in found.data["sources"][0]["description"]


@pytest.mark.parametrize("line, value, label", [
    ("Operating income was $2.2 billion, representing a 24% operating margin.", "$2.2 billion", "Operating income"),
    ("Diluted earnings per share were $1.20, compared to $0.92 a year ago, an increase of 30% year-over-year.",
     "$1.20", "Diluted earnings per share"),
])
def test_a_sentence_that_compares_its_figure_gives_the_leading_one(line, value, label):
    """earnings-call-amd: the later quantities only restate or compare the first: the first is the figure."""
    assert line in (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8")
    assert salient(line) == (value, label)


@pytest.mark.parametrize("line", ["Revenue rose from $5B to $11B", "Revenue was $9.2 billion, and gross margin was 54%.",
                                  "Marketing spend rose 12% to $4 billion."])
def test_two_figures_of_their_own_give_none(line):
    assert salient(line) is None


def test_the_earnings_calls_operating_income_is_a_key_figure_and_eps_stays_a_point(built):
    """A topic's figures come from at most half its points: the financial results' six points give
    three (net income, gross margin, operating income); EPS stays a point the deck shows, or a row of its results'
    table (tabled_points.py, review 19)."""
    content = load_content(built / "earnings-call-amd.yaml")
    results = next(t for t in content.topics if t.title == "Key Financial Results")
    assert [(f.value, f.label) for f in results.figures] == [
        ("31%", "Net income increased"), ("54%", "Gross margin"), ("$2.2 billion", "Operating income")]
    assert all(f.value not in f.label for topic in content.topics for f in topic.figures)
    assert all(len(t.figures) <= -(-len(t.points) // 2) for t in content.topics)
    slides = Presentation(str(built / "earnings-call-amd-executive.pptx")).slides
    deck = "\n".join([p.text for slide in slides for shape in slide.shapes if shape.has_text_frame
                      for p in shape.text_frame.paragraphs] + [line for slide in slides for line in table_lines(slide)])
    assert ("$2.2 billion\nOperating income" in deck or "Operating income was $2.2 billion" in deck
            or "Operating income | $2.2 billion" in deck)  # (big, the title, or a row)
    assert "Diluted earnings per share were $1.20" in deck or "Diluted earnings per share | $1.20" in deck


def test_a_pages_heading_pasted_after_a_one_line_chapter_list_is_no_part_of_its_last_chapter(tmp_path):
    """huberman-episode-date: "… 03:01:17 Concluding Statements Disclaimer & Disclosures Learn more
    about your ad choices …": the last chapter is "Concluding Statements"; the page's disclaimers
    reach no topic, no slide (a chapter named by such a word alone stays)."""
    target = import_file(NOTES / "huberman-episode-date.txt", tmp_path / "huberman.yaml")[0]
    content = load_content(target)
    assert content.topics[-1].title == "Concluding Statements"
    build([target], audiences=["technical"], formats=["pptx"], output=tmp_path)
    deck = Presentation(str(tmp_path / "huberman-technical.pptx"))
    said = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    notes = " ".join(slide.notes_slide.notes_text_frame.text for slide in deck.slides if slide.has_notes_slide)
    # (an aside, "Concluding Statements" is on no line of the deck: its speaker notes name it)
    assert "Concluding Statements" in notes and "Disclaimer" not in said + notes and "Disclosures" not in said + notes
    credits = import_notes("Show\n\n00:00 Intro 00:02 Links and stuff 03:01 Credits\n", "n.txt")
    assert [t["title"] for t in credits.data["topics"]] == ["Intro", "Links and stuff", "Credits"]


def test_a_level_reached_is_labelled_by_what_reached_it():
    """earnings-call-amd: "Gaming revenue rose to $1.3 billion, up 181% year-over-year": the figure is
    the level, "Gaming revenue" (not "Gaming revenue rose"); a change keeps its verb ("Net income increased")."""
    assert salient("Gaming revenue rose to $1.3 billion, up 181% year-over-year.") == ("$1.3 billion", "Gaming revenue")
    assert salient("Net income increased 31%.") == ("31%", "Net income increased")


def test_a_sentence_about_the_notes_themselves_is_no_introduction():
    """allin-deep-summary: "The chapters build upon each other, moving from …" says how the notes are
    laid out: the source's description; the episode's description stays the introduction."""
    found = import_notes((NOTES / "allin-deep-summary.txt").read_text(encoding="utf-8"), "allin-deep-summary.txt")
    assert "The chapters build upon each other" not in found.data["introduction"]
    assert found.data["sources"][0]["description"].startswith("The chapters build upon each other")


def test_a_nested_chapters_closing_stop_is_left_out_as_a_topics_is(tmp_path):
    """syntax-year-review: "* **[06:07](#t=06:07)** React." under "What happened this year?" is a
    chapter title: "React" on the slide and the page, as "Changes to the Syntax podcast." is a topic's;
    a point without a time keeps its stop."""
    target = import_file(NOTES / "syntax-year-review.md", tmp_path / "syntax.yaml")[0]
    topic = next(t for t in load_content(target).topics if t.title == "What happened this year?")
    assert [p.text for p in topic.points][:3] == ["React", "Solid Start", "Tanstack Start"]
    build([target], audiences=["technical"], formats=["md"], output=tmp_path)
    handout = (tmp_path / "syntax-technical.md").read_text(encoding="utf-8")
    assert "React." not in handout.replace("React Miami Episode", "")
    did = next(t for t in load_content(target).topics if t.title == "What did we do?")
    assert any(c.text.endswith(").") for p in did.points for c in p.points)  # "[React Miami Episode](…)."


@pytest.mark.parametrize("lang, sentence, said", [
    ("en", "Source: NPR.", True),
    ("en", "From the start, the hosts argue that the market is wrong about chips.", False),  # a statement
    ("fr", "Cet épisode fait partie de la série Les Cast Codeurs.", True),
    ("zh", "本节目是科技播客的一部分。", True),  # found without spaces
    ("zh", "模型很大。", False),
])
def test_every_language_reads_what_describes_the_source(lang, sentence, said):
    from generator.importer.furniture import describes
    from generator.words import load_words

    assert describes(sentence, load_words(lang)) is said


def test_a_paragraph_that_opens_on_the_show_is_the_shows_description_whole():
    """allin-summit-takeaways: "The All-In Podcast is run by investors … It was started out of … They
    debate wide-ranging topics …" describes the show: the source's description, all three sentences;
    the author's own line stays the introduction."""
    data = import_notes((NOTES / "allin-summit-takeaways.txt").read_text(encoding="utf-8"),
                        "allin-summit-takeaways.txt").data
    assert data["introduction"] == "I had the privilege of attending The All-In Summit last week in Miami."
    description = data["sources"][0]["description"]
    assert description.startswith("The All-In Podcast is run by investors") and "They debate wide-ranging" in description
