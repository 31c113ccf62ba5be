"""Notes as people paste them from other places (issue #20): a web page with its navigation, a PDF's
minutes with their outline numbering, German show notes whose links are titled in English. Each
test imports a real notes file of tests/fixtures/notes and reads what the import wrote."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from pptx import Presentation

from generator.build import build
from generator.headline import labelled
from generator.importer import import_file, import_notes
from generator.importer.language import detect_language
from generator.importer.titling import unstopped
from generator.loader import load_content

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


def _imported(tmp_path: Path, name: str):
    target, _ = import_file(NOTES / name, tmp_path / (Path(name).stem + ".yaml"))
    return yaml.safe_load(Path(target).read_text(encoding="utf-8")), load_content(target)


def test_a_colon_inside_a_links_text_is_no_label_and_gives_no_message(tmp_path):
    data, content = _imported(tmp_path, "binaergewitter-de.md")
    assert labelled("[TypeScript 6.0: Letztes Release vor Go-Umstellung](https://www.heise.de/x)") == (
        "", "[TypeScript 6.0: Letztes Release vor Go-Umstellung](https://www.heise.de/x)")
    assert all("](" not in (t.get("message") or "") for t in data["topics"])
    assert all(t.message is None or "](" not in t.message for t in content.topics)


def test_notes_whose_own_words_are_german_are_german_though_their_links_are_titled_in_english(tmp_path):
    data, content = _imported(tmp_path, "binaergewitter-de.md")
    assert data["lang"] == "de" and content.lang == "de"
    assert detect_language((NOTES / "lescastcodeurs-fr.md").read_text(encoding="utf-8")) == "fr"
    assert detect_language((NOTES / "jsparty-links.md").read_text(encoding="utf-8")) == "en"  # (nothing but links)


def test_minutes_numbered_as_an_outline_keep_every_numbered_item_as_a_topic_without_its_numbering(tmp_path):
    _, content = _imported(tmp_path, "okeechobee-council-minutes.txt")
    titles = [t.title for t in content.topics]
    assert titles[:4] == ["Call to Order", "Attendance", "Agenda and Public Comments", "Presentations"]
    first = content.topics[0]
    assert [p.text for p in first.points][:2] == ["Invocation", "Pledge of Allegiance"]
    assert content.topics[3].points[0].text.startswith("Present Sandra Bostwick")


def _under(content, words: str) -> list[str]:
    """The titles of the topics that hold a point (at any depth) with ``words``."""
    def texts(points):
        return [t for p in points for t in [p.text] + texts(p.points)]
    return [t.title for t in content.topics if any(words in text for text in texts(t.points))]


def test_the_record_of_two_column_minutes_goes_under_the_agenda_item_it_tells_of(tmp_path):
    _, content = _imported(tmp_path, "okeechobee-council-minutes.txt")
    assert _under(content, "The Pledge of Allegiance was led by") == ["Call to Order"]
    assert _under(content, "called the roll") == ["Attendance"]  # (between the record of I and of III)
    assert _under(content, "asked whether there were any requests") == ["Agenda and Public Comments"]
    assert _under(content, "presented Ms. Sandra Bostwick") == ["Presentations"]


def test_a_roll_call_holds_its_names_and_not_the_prose_after_it(tmp_path):
    _, content = _imported(tmp_path, "okeechobee-council-minutes.txt")
    roll = next(p for t in content.topics for p in t.points if p.text.endswith("called the roll:"))
    names = [p.text for p in roll.points]
    assert len(names) == 12 and names[-1] == "Public Works Director David Allen Present", names


def test_no_agenda_letter_or_numeral_reaches_a_slide_of_the_minutes(tmp_path):
    target, _ = import_file(NOTES / "okeechobee-council-minutes.txt", tmp_path / "minutes.yaml")
    build([target], audiences=["executive", "technical"], formats=["pptx"], output=tmp_path)
    for deck in tmp_path.glob("*.pptx"):
        texts = [p.text for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_text_frame
                 for p in shape.text_frame.paragraphs]
        assert not [t for t in texts if re.match(r"(?:[A-Z]|[IVX]{1,4})\. ", t)], deck.name


def test_a_quoted_statement_is_one_point_with_its_attribution(tmp_path):
    _, content = _imported(tmp_path, "house-cliff-notes.txt")
    points = [p.text for t in content.topics for p in t.points] + [q.text for t in content.topics for q in t.quotes]
    opened = [p for p in points if p.startswith("“China is")]
    assert len(opened) == 1 and "the next 30 years could be devastating" in opened[0], points
    assert "(R-AL)" not in points  # a party and state in brackets belong to the name before them


def test_a_web_pages_skip_link_and_section_name_are_no_title(tmp_path):
    data, content = _imported(tmp_path, "house-cliff-notes.txt")
    assert "Skip to Content" not in (content.title, data["sources"][0]["name"])
    assert content.title.startswith("Committee Cliff Notes")
    assert all(t.title not in ("Skip to Content", "Press Releases") for t in content.topics)


def test_a_site_generators_published_flag_is_no_date_to_warn_about(tmp_path):
    _, imported = import_file(NOTES / "binaergewitter-de.md", tmp_path / "bg.yaml")
    assert not [w for w in imported.warnings if "published" in str(w)]
    assert imported.data["date"] == "2026-04-04"  # (from its 'date:' line)


def test_a_title_in_capitals_is_set_in_title_case_as_topic_titles_are(tmp_path):
    _, content = _imported(tmp_path, "okeechobee-council-minutes.txt")
    assert content.title == "City of Okeechobee" and content.date == "2019-08-20"
    assert content.subtitle == "Regular City Council Meeting and Second Budget Workshop"  # (after the date on its line)


def test_a_line_that_only_leads_into_the_recap_is_no_introduction(tmp_path):
    data, _ = _imported(tmp_path, "house-cliff-notes.txt")
    assert "recap of key moments" not in data.get("introduction", "")


def test_a_takeaway_that_quotes_two_sentences_is_one_takeaway(tmp_path):
    data, _ = _imported(tmp_path, "gop-hearing-readouts.txt")
    quoted = [t for t in data["takeaways"] if "Chairman Upton concluded" in t]
    assert len(quoted) == 1 and quoted[0].endswith("can assure the public that they are safe.”")


def test_notes_without_a_title_line_are_titled_by_what_their_first_paragraph_says_they_explore(tmp_path):
    _, imported = import_file(NOTES / "panel-civo.txt", tmp_path / "panel.yaml")
    assert imported.data["title"] == "The future of machine learning and artificial intelligence"
    assert [w.message for w in imported.warnings if "no title" in w.message] == [
        "no title line in the notes; used 'The future of machine learning and "
        "artificial intelligence', what their first paragraph says they are about (give --title)"]
    _, seed = import_file(NOTES.parent / "seed-notes.txt", tmp_path / "seed.yaml")  # (its third sentence says it)
    assert seed.data["title"] == "Recent developments in AI"


def test_a_link_that_ends_a_label_shows_its_sites_name_not_its_address(tmp_path):
    """lescastcodeurs ends each news item's label with ``[https://…](https://…)``: the item's last
    point is the link, shown by its site's name (the address is printed on the sources slide only). A line
    that is only that name is no bullet: the deck's sources slide lists it with its topic, linked
    (link_lines.py); the slides before never print an address."""
    target, _ = import_file(NOTES / "lescastcodeurs-fr.md", tmp_path / "lcc.yaml")
    build([target], audiences=["technical"], formats=["pptx"], output=tmp_path)
    slides = list(Presentation(str(tmp_path / "lcc-technical.pptx")).slides)
    def shown(slides):
        return {p.text: [r.hyperlink.address for r in p.runs if r.hyperlink.address]
                for slide in slides for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs}
    sources = shown(slides[-1:])
    assert [links for text, links in sources.items() if text.startswith("openjdk.org — ")] == [["https://openjdk.org/legal/ai"]]
    assert not [text for text in shown(slides[:-1]) if re.search(r"\w\.(?:org|com|io)/", text)], list(shown(slides[:-1]))


def test_a_nested_chapters_full_stop_after_a_number_is_the_lists_not_an_initials(tmp_path):
    data, _ = _imported(tmp_path, "syntax-year-review.md")
    names = [p["text"] if isinstance(p, dict) else p for t in data["topics"] for p in t.get("points", [])]
    assert "Vite 6" in names and "Vite 6." not in names
    assert unstopped("Plan A.") == "Plan A." and unstopped("U.S.") == "U.S."  # (the stop is the letter's)


def test_an_outline_whose_items_each_have_their_text_keeps_it_where_it_is():
    """Only the items of an agenda's column (no text of their own in the paste) take lines of the
    record: a report numbered I., II. keeps each section's text, whatever words it shares."""
    text = ("Water report\n\nI. WATER QUALITY\nTesting found lead in two schools.\nII. WATER SUPPLY COSTS\n"
            "Water quality reports were published in May.\n")
    topics = import_notes(text, "report.txt").data["topics"]
    assert [(t["title"], t["points"]) for t in topics] == [
        ("Water Quality", ["Testing found lead in two schools."]),
        ("Water Supply Costs", ["Water quality reports were published in May."])]


def test_items_lettered_under_a_numbered_chapter_are_its_points_without_their_letters():
    """``   a. Welcome`` under ``1. Intro (0:00)`` was glued to the chapter's title ("Intro a. Welcome …")."""
    text = ("My Show\n\n## Chapters\n1. Intro (0:00)\n   a. Welcome to the show\n   b. Our sponsors today\n"
            "2. Main part (5:00)\n   a) The first point is made.\n")
    topics = import_notes(text, "show.md").data["topics"]
    assert [(t["title"], t.get("points")) for t in topics] == [
        ("Intro", ["Welcome to the show", "Our sponsors today"]), ("Main part", ["The first point is made."])]


def test_the_lines_under_an_outline_item_keep_their_order():
    text = ("Minutes\n\nI. ITEMS\n\n- a first bullet here\n\nSome text says this.\n\n- another bullet here\n\n"
            "II. MORE\n\nOther text.\n")
    topics = import_notes(text, "o.txt").data["topics"]
    assert topics[0]["points"] == ["a first bullet here", "Some text says this.", "another bullet here"]
