"""Issue #21, the bottom line on real notes (review round 4's helpers' findings), read back from the
built decks (python-pptx):

- a statement is said once: the bottom line leaves a takeaway to the slide whose title must say it
  (the default content's executive deck said "The release of DeepSeek V3 and R1 is a pivotal
  moment in AI development" as bottom-line item 1 and as slide 5's title, its topic's message and
  nothing else able to title that slide);
- a chapter list's bottom line takes only chapter titles with a verb (syntax-tips said "People with
  extremely strong opinions"), and a list that numbers its chapters shows them without "Number N - "
  (syntax-tips ran onto a second chapters slide with every prefix);
- a long takeaway is cut at ", and" rather than dropped (Apollo 13's 21-word first takeaway);
- a summary item is never cut before a contrast (guide-to-live-chapters: "…with Twitch focusing on passive
  viewing and engagement" without ", while TikTok Live emphasizes real-time interaction");
- a big-number slide is not titled with its topic's slide of points' title (earnings-call-amd: "Gross
  margin was 54%, up 40 basis points year-over-year." twice, the second with "(2)").
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.audiences import load_audience
from generator.build import build
from generator.loader import load_content
from generator.render import render_document
from generator.sentence_kinds import has_verb
from generator.words import load_words

from . import deck_storyline as storyline
from .deck_colours import table_rows
from .notes_built import built_notes
from .test_opening_notes import _bottom_line, _items

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes"
APOLLO = ROOT / "tests" / "fixtures" / "transcripts" / "apollo13-air-ground.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The default content and syntax-tips (imported as it came) built for every audience: the folder."""
    folder = built_notes(tmp_path_factory.mktemp("said-once"), ("syntax-tips.md", "earnings-call-amd.txt",
                         "guide-to-live-chapters.txt"), formats=["pptx"])
    build([ROOT / "content" / "deepseek.yaml"], formats=["pptx"], output=folder)
    return folder


def _slides(folder: Path, stem: str, audience: str) -> list:
    return list(Presentation(str(folder / f"{stem}-{audience}.pptx")).slides)


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_slide_keeps_its_statement_as_title(built, audience):
    """DeepSeek: slide 5 keeps its statement as title; no title narrates (review 13: "Discussion of US
    export controls…" on policy 6 and technical 8 when the bottom line took the slide's message)."""
    slides = _slides(built, "deepseek", audience)
    assert storyline.narrating_titles(slides) == []
    items = _bottom_line(built, "deepseek", audience)
    assert 3 <= len(items) <= 5, items
    assert not any("China's AI capabilities" in item for item in items), items
    titled = [storyline.heads(s) for s in slides[2:]]
    assert any("The release of DeepSeek V3 and R1 demonstrates China's AI capabilities and puts pressure on US "
               "companies to be more open" in h for h in titled)


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_chapter_list_bottom_line_states_and_its_numbering_goes(built, audience):
    """syntax-tips: the bottom line is its five longest tips (chapter_points.py: review 21, its tips written with a
    verb left out longer ones), the chapters without "Number N - ". (Its one statement, its description, leads the
    cover, the chapters listed once: test_bottom_line_overview.py, test_lone_statement.py.)"""
    slides = _slides(built, "syntax-tips", audience)
    summary = [t for s in slides if set(storyline.heads(s)) & storyline.SUMMARY for t in _items(s)]
    assert len(summary) == 5 and not any(t.startswith("Number ") for t in summary), summary
    cover = [p.text for sh in slides[0].shapes if sh.has_text_frame for p in sh.text_frame.paragraphs]
    assert not any(t.rstrip(".") == "People with extremely strong opinions" or t.startswith("You don’t need a SAAS")
                   for t in cover), cover
    chapters = [s for s in slides if "Chapters" in storyline.heads(s)
                or any(h.endswith("(cont.)") and "chapter" in h for h in storyline.heads(s))]
    lines = [t for s in chapters for t in _items(s)]
    assert any(t.startswith("No one is all-knowing") for t in lines), lines
    assert not any(t.startswith("Number ") for t in lines), lines
    if audience == "executive":
        assert len(chapters) == 1  # (fourteen tips and the intro fit one slide without their numbering)


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_figure_slide_has_a_title_of_its_own(built, audience):
    """earnings-call-amd: no slide is told from another by "(2)"; the results slide keeps its message, which
    the bottom line says too (review 13: the bottom line sums up the titles), and the operating income, the
    title it took to avoid the repeat, is on it: a row of its table of results (tabled_points.py, review 19: "Operating
    income | $2.2 billion (24% operating margin)"), the sentence in its speaker notes."""
    slides = _slides(built, "earnings-call-amd", audience)
    titles = [h for s in slides for h in storyline.heads(s)]
    assert not [t for t in titles if t.endswith(("(2)", "(3)"))], titles
    results = next(s for s in slides if "Revenue grew 36% year-over-year to $9.2 billion" in storyline.heads(s))
    rows = [row for row in table_rows(results) if row[0] == "Operating income"]
    assert len(rows) == 1 and "$2.2 billion" in rows[0][1] and "24% operating margin" in rows[0][1], table_rows(results)
    assert "Operating income was $2.2 billion, representing a 24% operating margin" in \
        results.notes_slide.notes_text_frame.text


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_a_summary_item_keeps_its_contrast(built, audience):
    """guide-to-live-chapters: takeaway 3 whole where it fits (20 words: policy, technical); its only cut is
    before ", while", which is never left out (review 10, finding 1), so the executive's 15 words left it out; review
    19 (the lead's decision) keeps a takeaway of the notes whole up to 22 words in every audience: never cut."""
    items = _bottom_line(built, "guide-to-live-chapters", audience)
    assert not any(item.endswith("passive viewing and engagement") for item in items), items
    whole = [item for item in items if item.startswith("Different platforms have different requirements")]
    assert whole == [
        "Different platforms have different requirements for success, with Twitch focusing on passive viewing and "
        "engagement, while TikTok Live emphasizes real-time interaction"], items


def test_has_verb_on_real_chapter_titles():
    """The verb marks of ``en``: the fixtures' chapter titles that state something have one, a name none."""
    words = load_words("en")
    assert not has_verb("People with extremely strong opinions", words)
    assert not has_verb("Quantum machine learning, questionable claims, and cautious optimism", words)
    for said in ("Everyone doesn’t learn the same", "Learning the fundamentals will always pay off",
                 "Sam Altman's UBI study was a mixed bag", "You can interview without accepting a job offer"):
        assert has_verb(said, words), said


def test_a_long_takeaway_is_cut_at_and_not_dropped():
    """Apollo 13: the 21-word first takeaway ("…came together, and the spacecraft was venting…") is on the
    executive bottom line (after the takeaways that say a quantity: consequence.py): as its clause before ", and",
    now whole (review 19, the lead's decision: a takeaway of the notes stays whole up to 22 words)."""
    document = render_document(load_content(APOLLO), load_audience("executive"))
    summary = next(s for s in document.slides if s.title == load_words("en")["bottom_line"])
    assert [b.text for b in summary.bullets if b.text.startswith(
        "A MAIN B bus undervolt and a pretty large bang came together, and the spacecraft was venting")]
