"""What real notes carry that is not content (issue #20): a date stamp and a misspelt section
heading (wizeup), a sentence cut after "Dr." and a "Show - Title | Guest" title (huberman), the
hosts' social pages taken for the source (allin-e52), emoji drawn as empty boxes, an overview
paragraph hard-wrapped into half sentences (allin-deep-summary). Each is imported from the real
notes of tests/fixtures/notes, built, and read back from the deck (python-pptx) and the report (pypdf)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.importer.sources import is_profile
from generator.loader import load_content

from .notes_built import built_notes

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"
PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF]")  # (a text symbol such as ❤ is in DejaVu Sans: drawn)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each notes file imported and built for the policy audience (deck, report, handout): name -> folder."""
    return built_notes(tmp_path_factory.mktemp("cleanup"), ("wizeup-summary.txt", "huberman-episode-date.txt",
                       "allin-e52-shownotes.txt", "allin-deep-summary.txt", "jsparty-links.md"),
                       audiences=["policy"], formats=["pptx", "pdf", "md"])


def _slides(folder: Path, stem: str) -> list[list[str]]:
    """Each slide's paragraphs."""
    deck = Presentation(str(folder / f"{stem}-policy.pptx"))
    return [[p.text for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
            for slide in deck.slides]


def _report(folder: Path, stem: str) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(folder / f"{stem}-policy.pdf")).pages)


def test_a_date_stamp_and_a_misspelt_takeaways_heading_are_not_introduction(built):
    content = load_content(built / "wizeup-summary.yaml")
    said = [line for slide in _slides(built, "wizeup-summary") for line in slide] + [_report(built, "wizeup-summary")]
    assert not any("17:04" in line or "10/12/25" in line or "Takeways" in line for line in said)
    assert "1000 episodes and a billion views mark seven years of continuous growth and effort." in [
        t.text for t in content.takeaways]
    assert "17:04" not in content.introduction and "Takeways" not in content.introduction


def test_a_timed_paragraph_is_a_topic_under_the_heading_above_it_with_its_sentences_as_points(built):
    """"The Journey to 1000 Episodes" then "00:01:17 <three sentences>": the heading titles the topic (it
    was an introduction line, and the 80-word paragraph the topic's title), the sentences are its points."""
    content = load_content(built / "wizeup-summary.yaml")
    [topic] = content.topics
    assert topic.title == "The Journey to 1000 Episodes" and topic.at == 77
    assert [p.text[:30] for p in topic.points] == ["Achieving 1000 episodes repres", "The host expresses the immense",
                                                   "From its inception in a Newcas"]
    assert "Journey" not in content.introduction
    # its slide is titled with it, or with the topic's point and it as the kicker above
    assert any("The Journey to 1000 Episodes" in slide[:2] for slide in _slides(built, "wizeup-summary"))


def test_no_sentence_is_cut_after_a_title_such_as_dr(built):
    slides = _slides(built, "huberman-episode-date")  # (the episode's description leads the cover: cover_lead.py)
    assert any(line.startswith("Here we discuss humans, robots") for line in slides[0]), slides[0]
    assert not any("Dr." in slide for slide in slides)
    report = _report(built, "huberman-episode-date")
    assert not re.search(r"^\s*Dr\.\s*$", report, re.MULTILINE)
    assert "Dr. Lex Fridman Ph.D., is a scientist at MIT" in " ".join(report.split())  # (the biography whole)


def test_show_title_guest_gives_the_title_the_show_and_a_speaker(built):
    content = load_content(built / "huberman-episode-date.yaml")
    assert (content.title, content.subtitle) == ("Machines, Creativity & Love", "Huberman Lab")
    assert [s.name for s in content.speakers] == ["Dr. Lex Fridman"]
    cover = _slides(built, "huberman-episode-date")[0]
    assert "Machines, Creativity & Love" in cover and any(line.startswith("Huberman Lab") for line in cover), cover


def test_the_hosts_social_pages_are_never_the_source(built):
    content = load_content(built / "allin-e52-shownotes.yaml")
    assert not any(s.url and is_profile(s.url) for s in content.sources)
    assert content.sources[0].name == "All-In with Chamath, Jason, Sacks & Friedberg"
    said = "\n".join(line for slide in _slides(built, "allin-e52-shownotes") for line in slide)
    assert "twitter.com" not in said and "linktr.ee" not in said
    assert [is_profile(u) for u in ("https://twitter.com/chamath", "https://x.com/a/status/123456789",
                                    "https://www.youtube.com/@allin", "https://www.youtube.com/watch?v=abc",
                                    "https://linktr.ee/calacanis", "https://example.org/chamath")] == [
        True, False, True, False, True, False]


def test_no_emoji_is_drawn_in_the_deck_or_the_report_and_the_handout_keeps_them(built):
    for stem in ("allin-deep-summary", "jsparty-links"):
        assert not any(PICTOGRAPH.search(line) for slide in _slides(built, stem) for line in slide), stem
        assert not PICTOGRAPH.search(_report(built, stem)) and "\ufffd" not in _report(built, stem), stem
    content = load_content(built / "allin-deep-summary.yaml")
    assert not PICTOGRAPH.search(content.introduction)  # the lines' decoration is gone at import
    assert "🙌🏾" in (built / "jsparty-links-policy.md").read_text(encoding="utf-8")  # inside a link's text: kept
    assert any("Like and Subscribe" in line for slide in _slides(built, "jsparty-links") for line in slide)


def test_a_hard_wrapped_overview_is_whole_sentences(built):
    content = load_content(built / "allin-deep-summary.yaml")
    assert "Watch on YouTube" not in content.introduction  # (where to find it, without its link: no introduction)
    assert ("This episode of the All-In Podcast provides an in-depth analysis of recent major US legislative changes, "
            "their ripple effects on technology") in content.introduction
    # (the report's About: a deck without topic slides shows none since review 21, its introduction describing the
    # chapters its list shows)
    report = " ".join(_report(built, "allin-deep-summary").split())
    assert ("This episode of the All-In Podcast provides an in-depth analysis of recent major US legislative "
                    "changes, their ripple effects on technology, energy, fiscal policy, the US dollar, higher "
                    "education, and the future of software in the age of AI.") in report  # a sentence of five lines, whole


def test_html_entities_of_notes_copied_from_a_web_page_are_their_characters():
    """lescastcodeurs' notes say "Foreign Function &amp; Memory API": the deck showed "&amp;" (found by the review)."""
    from generator.importer import import_notes

    found = import_notes("Chapters\n0:00 Foreign Function &amp; Memory API\n- a &lt;b&gt; tag, &#233;t&#xE9;, &#0; and "
                         "&bogus; stay\n", "n.txt")
    topic = found.data["topics"][0]
    assert topic["title"] == "Foreign Function & Memory API"
    assert topic["points"][0] == "a <b> tag, été, &#0; and &bogus; stay"


def test_titles_in_capitals_are_in_title_case_and_acronyms_stay():
    """A congressional record prints its headings in capitals: the deck's titles shouted them (found by the review)."""
    from generator.importer import import_notes

    found = import_notes("Daily Digest\n\nMISSILE DEFENSE AGENCY\nThe subcommittee heard testimony.\nDOD MANAGEMENT CHALLENGES\n"
                         "The committee examined them.\nTHE STATE OF THE UNION\nA speech.\n", "n.txt")
    assert [t["title"] for t in found.data["topics"]] == ["Missile Defense Agency", "DOD Management Challenges",
                                                         "The State of the Union"]


def test_a_line_wholly_in_brackets_is_no_introduction():
    """A record's furniture ("[Pages D434-D435]", "(Committees not listed did not meet)") was "Why it
    matters" (found by the review); a first line in brackets is still the title."""
    from generator.importer import import_notes

    found = import_notes("[Daily Digest]\n[Pages D434-D435]\nThe Senate met.\n(Committees not listed did not meet)\n"
                         "MISSILE DEFENSE AGENCY\nThe subcommittee heard testimony.\n", "n.txt")
    assert found.data["title"] == "Daily Digest" and found.data["introduction"] == "The Senate met."
