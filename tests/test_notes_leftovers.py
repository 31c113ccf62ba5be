"""What real notes still carried into a briefing (issue #20's leftovers): a host's name as the title
(wizeup), a page the notes mention taken for the recording (jsparty), the source's kind in English
in a French deck (lescastcodeurs), section labels and announcements as "Why it matters" or bullets
(allin-deep-summary, allin-summit, lex-fridman), a speaker line as a point (allin-summit), time
ranges and unreadable times at a line's start, and `build -f chapters` of notes without times.
Each is imported from the real notes of tests/fixtures/notes, built, and read back from the deck."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.build import build
from generator.cli import main
from generator.errors import BriefingError
from generator.importer import import_file, import_notes
from generator.loader import load_content

from .notes_built import NOTES, built_notes

BUILT = ("wizeup-summary.txt", "jsparty-links.md", "lescastcodeurs-fr.md", "allin-deep-summary.txt",
         "allin-summit-takeaways.txt", "lex-fridman-outline.txt")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Each notes file imported and its executive deck built: the folder."""
    return built_notes(tmp_path_factory.mktemp("leftovers"), BUILT, audiences=["executive"], formats=["pptx"])


def _said(folder: Path, stem: str) -> list[str]:
    """Every paragraph of every slide of the executive deck."""
    deck = Presentation(str(folder / f"{stem}-executive.pptx"))
    return [p.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame
            for p in shape.text_frame.paragraphs if p.text.strip()]


def _cover(folder: Path, stem: str) -> str:
    deck = Presentation(str(folder / f"{stem}-executive.pptx"))
    return deck.slides[0].shapes.title.text


def test_a_hosts_name_is_a_speaker_and_the_line_after_it_the_title(built):
    """wizeup's first line is "Chris Williamson", the episode's title the line after the date stamp."""
    content = load_content(built / "wizeup-summary.yaml")
    assert content.title == "Reflecting on 1000 episodes with McConaughey"
    assert [s.name for s in content.speakers] == ["Chris Williamson"]
    assert _cover(built, "wizeup-summary") == "Reflecting on 1000 episodes with McConaughey"
    assert "Reflecting on 1000 episodes" not in content.introduction  # the title is not said again


def test_a_name_is_the_title_when_no_better_line_exists_and_a_subject_is_no_name():
    alone = import_notes("Chris Williamson\n\nTopics\nA (1:00)\n- a point\n", "n.txt").data
    assert alone["title"] == "Chris Williamson"
    for title in ("Quantum Computing", "The Big Switch", "Daily Digest", "Huberman Lab"):
        data = import_notes(f"{title}\nA short line.\nTopics\nA (1:00)\n- a point\n", "n.txt").data
        assert data["title"] == title and "speakers" not in data, title


def test_a_link_the_notes_list_is_never_the_source(built):
    """jsparty is a list of links (chrome.com first): none of them is the recording."""
    content = load_content(built / "jsparty-links.yaml")
    assert [s.url for s in content.sources] == [None]
    assert not any("chrome.com" in line for line in _said(built, "jsparty-links") if "Source" in line)


def test_a_recording_above_the_topics_is_the_source_and_a_page_below_them_is_not():
    notes = ("My Show\nNotes: https://example.org/notes and the video https://www.youtube.com/watch?v=abcdefghijk\n"
             "Topics\nA (1:00)\n- see https://vimeo.com/12345\n")
    sources = import_notes(notes, "n.txt").data["sources"]
    assert [s["url"] for s in sources] == ["https://www.youtube.com/watch?v=abcdefghijk"]
    below = import_notes("My Show\nTopics\nA (1:00)\n- see https://vimeo.com/12345\n", "n.txt").data["sources"]
    assert below == [{"id": "source", "name": "My Show"}]


def test_a_french_deck_names_its_source_in_french(built):
    content = load_content(built / "lescastcodeurs-fr.yaml")
    assert content.sources[0].name == "vidéo YouTube"
    said = _said(built, "lescastcodeurs-fr")
    assert any("vidéo YouTube" in line for line in said)
    assert not any("YouTube video" in line for line in said)


@pytest.mark.parametrize("lang, kind", [("en", "YouTube video"), ("fr", "vidéo YouTube"), ("de", "YouTube-Video"),
                                        ("es", "vídeo de YouTube"), ("ar", "فيديو على YouTube"),
                                        ("he", "סרטון YouTube"), ("zh", "YouTube 视频")])
def test_source_kinds_come_from_the_notes_language(lang, kind):
    notes = "Show\nVideo: https://www.youtube.com/watch?v=abcdefghijk\nTopics\nA (1:00)\n- a point\n"
    assert import_notes(notes, "n.txt", lang=lang).data["sources"][0]["name"] == kind


def test_section_labels_and_announcements_reach_no_slide(built):
    """allin-deep-summary's "Chapter Summaries (7)", "AI-Generated Summary:", "Chapter-by-Chapter Deep
    Dive" and its chapters' "Core Concepts & Main Points:"; allin-summit's "Here’s my takeaways.";
    lex-fridman's "Here’s the outline of the episode." and its note on players."""
    deep = load_content(built / "allin-deep-summary.yaml")
    summit = load_content(built / "allin-summit-takeaways.yaml")
    lex = load_content(built / "lex-fridman-outline.yaml")
    labels = ("Chapter Summaries", "AI-Generated Summary", "Chapter-by-Chapter", "Core Concepts", "Key Insights &",
              "Actionable Advice:", "Here’s my takeaways", "outline of the episode", "click the timestamp")
    said = [line for stem in ("allin-deep-summary", "allin-summit-takeaways", "lex-fridman-outline")
            for line in _said(built, stem)]
    text = [deep.introduction, summit.introduction, lex.introduction, *(t.summary for t in deep.topics)]
    assert not [label for label in labels if any(label in line for line in said + text)]
    assert summit.introduction.startswith("I had the privilege of attending The All-In Summit last week in Miami.")
    assert deep.introduction.startswith("This episode of the All-In Podcast provides an in-depth analysis")
    assert [p.text for p in deep.topics[0].points][0].startswith("The hosts set a casual, friendly tone")


def test_a_sentence_that_leads_into_its_points_stays():
    notes = "Title\nTopics\nCost (1:00)\nDeepSeek achieved remarkable cost efficiency through:\n- a\n- b\n"
    assert import_notes(notes, "n.txt").data["topics"][0]["summary"] == "DeepSeek achieved remarkable cost efficiency through:"


def test_talk_from_is_no_point_and_no_speaker_of_the_briefing(built):
    """allin-summit's "Talk from Claire Thielke" heads one topic's points: a topic has no speaker of its
    own, and she is not a speaker of the whole briefing (the cover would name her): left out."""
    content = load_content(built / "allin-summit-takeaways.yaml")
    china = next(t for t in content.topics if t.title == "On China")
    assert not any("Talk from" in p.text for p in china.points)
    assert china.points[0].text.startswith("The average white-collar worker")
    assert content.speakers == []
    assert not any("Talk from" in line or "Claire Thielke" in line for line in _said(built, "allin-summit-takeaways"))


def test_a_podcasts_plugs_and_its_hosts_boilerplate_are_no_text():
    """lex-fridman's sponsors, code and plea for stars; huberman's "Thank you to our sponsors …" and
    Megaphone's "Learn more about your ad choices. Visit megaphone.fm/adchoices" (on its last chapter)."""
    lex = import_notes((NOTES / "lex-fridman-outline.txt").read_text(encoding="utf-8"), "lex.txt").data
    assert lex["introduction"].startswith("Scott Aaronson is a professor at UT Austin")
    for plug in ("Cash App", "use code", "5 stars", "Patreon", "Ride Home", "@lexfridman"):
        assert plug not in lex["introduction"], plug
    huberman = import_notes((NOTES / "huberman-episode-date.txt").read_text(encoding="utf-8"), "h.txt").data
    assert huberman["introduction"].endswith("his efforts to make that dream a reality.")
    last = huberman["topics"][-1]
    assert last["title"].startswith("Concluding Statements") and "ad choices" not in last["title"]
    assert not any("adchoices" in t["title"] for t in huberman["topics"])


def test_chapter_titles_lose_the_full_stop_a_list_ends_its_lines_with():
    """syntax-year-review writes "Changes to the Syntax podcast." and "Brought to you by Sentry.io."."""
    tips = import_notes((NOTES / "syntax-tips.md").read_text(encoding="utf-8"), "s.md").data
    titles = [t["title"] for t in tips["topics"]]
    assert "Number 1 - No one is all-knowing" in titles and not [t for t in titles if t.endswith(".")]
    kept = import_notes("X\nTopics\nAcme Inc. (1:00)\n- a\nThe U.S. (2:00)\n- b\nWait... (3:00)\n- c\n", "n.txt")
    assert [t["title"] for t in kept.data["topics"]] == ["Acme Inc.", "The U.S.", "Wait..."]


def test_a_leading_time_range_starts_the_topic_and_leaves_the_title():
    notes = "Ranges\n(00:18:00-00:19:00) First\n- a\n00:22:00–00:23:00 Second\n- b\n[0:30:00 - 0:29:00] Third\n- c\n"
    found = import_notes(notes, "n.txt")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [("First", "18:00"), ("Second", "22:00"),
                                                                    ("Third", "30:00")]
    [late] = [w for w in found.warnings if "ends before it starts" in w.message]
    assert (late.line, late.col) == (6, 2)


def test_an_unreadable_time_is_warned_at_its_column_and_kept_as_its_own_item():
    notes = ("Odd\n00:20:00 A\n- first point\n00:26:00.5.6 Broken fraction\n  0:28:00:00 Four fields\n"
             "- " + "1" * 26 + ":00:00 Huge hour\n00:30:00 B\n- last\n")
    found = import_notes(notes, "n.txt")
    a, b = found.data["topics"]
    assert [p["text"] if isinstance(p, dict) else p for p in a["points"]] == [
        "first point", "00:26:00.5.6 Broken fraction", "0:28:00:00 Four fields", "1" * 26 + ":00:00 Huge hour"]
    assert b["title"] == "B"
    odd = [(w.line, w.col) for w in found.warnings if "is not a time this reads" in w.message]
    assert odd == [(4, 1), (5, 3), (6, 3)]


def test_chapters_of_notes_without_times_is_an_error_and_a_missing_one_a_warning(tmp_path):
    untimed, _ = import_file(NOTES / "panel-civo.txt", tmp_path / "panel-civo.yaml")
    timed, _ = import_file(NOTES / "syntax-tips.md", tmp_path / "syntax-tips.yaml")
    with pytest.raises(BriefingError) as error:
        build([untimed], formats=["chapters"], output=tmp_path / "out")
    assert "no chapters file: its topics have no times" in str(error.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    result = CliRunner().invoke(main, ["build", str(untimed), "-f", "chapters", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "panel-civo.yaml: no chapters file" in result.output
    warned = []
    written = build([untimed, timed], formats=["chapters"], output=tmp_path / "out", on_warning=warned.append)
    assert [w.file for w in warned] == [str(untimed)] and "no chapters file" in warned[0].message
    assert written and all(b.path.name.startswith("syntax-tips") for b in written)
    assert json.loads((tmp_path / "out" / "syntax-tips-source.chapters.json").read_text())["chapters"]


def test_an_episode_line_gives_the_title_and_the_first_line_names_the_show():
    """allin-e52: the first line is the show, "E52: Trump's SPAC, …" (twice) the episode's title."""
    data = import_notes((NOTES / "allin-e52-shownotes.txt").read_text(encoding="utf-8"), "allin-e52-shownotes.txt").data
    assert data["title"] == "Trump's SPAC, peak venture liquidity, tech as an economic ladder, Dems overplaying their hand"
    assert data["subtitle"] == "All-In with Chamath, Jason, Sacks & Friedberg, episode 52"
    assert "E52" not in data.get("introduction", "")
    assert not any("twitter.com" in t.get("summary", "") or "Credit:" in t.get("summary", "") for t in data["topics"])


@pytest.mark.parametrize("notes, title", [
    ("## My Episode Title\n\n- [A link](https://example.org/a)\n- [B link](https://example.org/b)\n", "My Episode Title"),
    ("## My Episode Title\n\n### Chapters\n0:00 A\n5:00 B\n", "My Episode Title"),
    ("**My Episode Title**\n\n- item one\n- item two\n", "My Episode Title"),
    ("Episode 12: My Episode\n\n- item one\n- item two\n", "My Episode"),
    ("Title: My Episode\n\n- item one\n- item two\n", "My Episode"),
])
def test_notes_without_a_first_level_heading_find_their_title_before_the_file_name(notes, title):
    found = import_notes(notes, "my-file.md")
    assert found.data["title"] == title
    assert not any("no title in the notes" in w.message for w in found.warnings)


def test_notes_without_any_title_line_take_the_file_name_with_a_warning(built):
    """Notes of headings and plain items name nothing: the file name, and `import` says so (a list of
    links only says what it is: tests/test_link_titles.py)."""
    two = import_notes("## First part\n- a\n## Second part\n- b\n", "my-file.md")
    assert [w.message for w in two.warnings if "no title" in w.message] == [
        "no title in the notes; used 'My file' (give --title)"]
    assert two.data["title"] == "My file" and [t["title"] for t in two.data["topics"]] == ["First part", "Second part"]


def test_french_notes_date_and_download_line_are_metadata(built):
    """lescastcodeurs: "Enregistré le 7 mai 2026" is the date, and "Téléchargement de l’épisode [….mp3](…)
    ou en vidéo [sur YouTube](…)." gives the sources (the audio after the front matter's video), not text."""
    content = load_content(built / "lescastcodeurs-fr.yaml")
    assert str(content.date) == "2026-05-07"
    assert [(s.name, s.url) for s in content.sources] == [
        ("vidéo YouTube", "https://www.youtube.com/watch?v=MtAbley8Uwk"),
        ("libsyn.com — enregistrement audio", "https://traffic.libsyn.com/lescastcodeurs/LesCastCodeurs-Episode-340.mp3")]
    assert "Enregistré" not in content.introduction and "Téléchargement" not in content.introduction
    assert content.introduction.endswith("Bon week-ends de mai !")


@pytest.mark.parametrize("line, date", [("Aufgenommen am 7. Mai 2026", "2026-05-07"),
                                        ("Grabado el 7 de mayo de 2026", "2026-05-07"),
                                        ("Publié le 1er août 2025", "2025-08-01")])
def test_a_dated_line_in_another_language_is_the_date(line, date):
    assert import_notes(f"Titel\n{line}\nTopics\nA (1:00)\n- a\n", "n.txt").data["date"] == date


def test_a_line_with_a_link_that_is_no_recording_stays_text():
    notes = "Title\nRead the minutes [here](https://example.org/minutes).\nTopics\nA (1:00)\n- a\n"
    assert import_notes(notes, "n.txt").data["introduction"] == "Read the minutes [here](https://example.org/minutes)."


def test_lines_of_social_links_and_credits_under_a_topic_are_no_text():
    """syntax-tips ends with "Syntax: [X](…) [Instagram](…) …", one line per host; allin-e52 with
    "Follow the besties:", "Intro Music Credit:" and their links: none is the topic's summary."""
    for name in ("syntax-tips.md", "syntax-year-review.md", "allin-e52-shownotes.txt"):
        data = import_notes((NOTES / name).read_text(encoding="utf-8"), name).data
        summaries = [t.get("summary", "") for t in data["topics"]]
        assert not [s for s in summaries if "instagram.com" in s or "twitter.com" in s or "rb.gy" in s or "Follow" in s], name
    kept = import_notes("T\nTopics\nA (1:00)\nRead [the paper](https://arxiv.org/abs/1) and [the post](https://x.com/a/status/1)\n"
                        "- a\n", "n.txt").data["topics"][0]
    assert kept["summary"].startswith("Read [the paper]")
