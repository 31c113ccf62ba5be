"""Notes without times (issue #20): imported, not refused. Topics come from headings, label lines,
list items or paragraphs and have no `at`; a content file gives every topic a time or none; the
outputs show no time, no timeline and no share of a recording for them. Each test reads the built
outputs of real notes (tests/fixtures/notes)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from generator.cli import main
from generator.errors import BriefingError
from generator.importer import import_file
from generator.headline import sentences
from generator.loader import load_content

from .notes_built import built_notes

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"
TRANSCRIPT = Path(__file__).resolve().parent / "fixtures" / "transcripts" / "talkpython-534-diskcache.vtt"
TIME = re.compile(r"\b\d{1,2}:\d\d\b")


def _imported(tmp_path: Path, name: str):
    target, _ = import_file(NOTES / name, tmp_path / (Path(name).stem + ".yaml"))
    return target, load_content(target)


@pytest.mark.parametrize("name, titles", [
    ("hearing-daily-digest.txt", ["Missile Defense Agency", "Business Meeting", "DOD Management Challenges",
                                  "Curbing COVID Cons"]),  # (title case of the record's capitals; "COVID" as its text writes it)
    ("earnings-call-amd.txt", ["Key Financial Results", "Business Segment Results", "Capital Allocation"]),
    ("allin-summit-takeaways.txt", ["Declining Birth Rate", "Importance of Military Technology", "On China"]),
    ("lescastcodeurs-fr.md", ["Retour d'expérience d’une migration vers graalVM chez Trivago",
                              "OpenJDK Interim Policy on Generative AI",
                              "GraalVM Native Image et la Closed-World Assumption en Java", "Java 26 : les nouveautés"]),
])
def test_untimed_notes_take_their_topics_from_labels_and_headings(tmp_path, name, titles):
    _, content = _imported(tmp_path, name)
    assert [t.title for t in content.topics] == titles
    assert all(t.at is None for t in content.topics)
    assert all(t.points for t in content.topics)  # the lines under a label are its points


def test_a_wrapped_paragraph_is_one_point_and_its_sentences_are_not_cut_at_initials(tmp_path):
    _, content = _imported(tmp_path, "hearing-daily-digest.txt")
    assert content.subtitle == "Daily Digest"  # (its first line, "[Daily Digest]", names the record: publication.py)
    first = content.topics[0].points[0].text
    assert first.startswith("Committee on Appropriations: Subcommittee on Defense concluded a closed hearing to examine")
    assert first.endswith("Vice Admiral Jon A. Hill, USN, Director, Missile Defense Agency, Department of Defense.")
    assert sentences('Dr. Fridman met Jon A. Hill. "Then it rained!" Done') == [
        "Dr. Fridman met Jon A. Hill.", '"Then it rained!"', "Done"]


def test_a_list_of_links_is_a_list_of_topics_and_a_paragraph_is_a_topic(tmp_path):
    _, links = _imported(tmp_path, "jsparty-links.md")
    assert len(links.topics) == 45 and links.topics[2].title == "[Igalia](https://www.igalia.com/)"
    _, panel = _imported(tmp_path, "panel-civo.txt")
    assert len(panel.topics) == 1 and [p.text for p in panel.topics[0].points][1].startswith("The conversation covers")


def test_a_trailing_link_of_a_label_is_its_last_point(tmp_path):
    _, content = _imported(tmp_path, "lescastcodeurs-fr.md")
    assert content.topics[1].points[-1].text == "[openjdk.org](https://openjdk.org/legal/ai)"  # (no address shown)
    assert content.topics[1].points[0].text.startswith("OpenJDK adopte une politique intérimaire")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hearing digest and the earnings call, imported and built for every audience."""
    return built_notes(tmp_path_factory.mktemp("untimed"), ("hearing-daily-digest.txt", "earnings-call-amd.txt"),
                       formats=["pptx", "pdf", "md"])


@pytest.mark.parametrize("stem", ["hearing-daily-digest", "earnings-call-amd"])
@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_no_time_no_timeline_and_no_none_in_any_output(built, stem, audience):
    deck = Presentation(str(built / f"{stem}-{audience}.pptx"))
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    notes = [slide.notes_slide.notes_text_frame.text for slide in deck.slides if slide.has_notes_slide]
    assert not any(shape.has_chart for slide in deck.slides for shape in slide.shapes)  # no timeline
    for text in texts + notes:
        assert "▶" not in text and "None" not in text and not TIME.search(text), text
    report = "\n".join(page.extract_text() for page in PdfReader(str(built / f"{stem}-{audience}.pdf")).pages)
    assert "None" not in report and "Timestamp index" not in report and not TIME.search(report)
    assert "Appendix" not in report  # one appendix, not a "B" without an "A"
    # (amd's only source is its own title with no link: no "Sources" heading over it, review 19)
    assert ("Sources" in report) == (stem != "earnings-call-amd")
    handout = (built / f"{stem}-{audience}.md").read_text(encoding="utf-8")
    assert "None" not in handout and "▶" not in handout and not TIME.search(handout)


def test_the_agenda_lists_every_untimed_topic_in_the_notes_order_without_a_time(built):
    deck = Presentation(str(built / "earnings-call-amd-technical.pptx"))
    agenda = next(slide for slide in deck.slides if slide.shapes.title is not None and slide.shapes.title.text == "Agenda"
                  or any(s.has_text_frame and s.text_frame.text == "Agenda" for s in slide.shapes))
    body = next(s for s in agenda.shapes if s.has_text_frame and "Capital Allocation" in s.text_frame.text)
    assert [p.text for p in body.text_frame.paragraphs] == ["Key Financial Results", "Business Segment Results",
                                                           "Capital Allocation"]


def test_without_times_the_heaviest_topic_leads_the_executive_deck(built):
    """Weight without a recording: points, figures and charts (the segment results: nine points and
    four key figures — "… operating income was $1.1 billion, or 25% of revenue, compared to …" gives
    its leading figure, the rest compares it — against capital allocation's three points and two). A
    topic holding the headline results ("Key Financial Results": named.is_headline) still comes first
    (review 9: the P&L before the segments)."""
    deck = Presentation(str(built / "earnings-call-amd-executive.pptx"))
    heads = [" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in deck.slides]
    order = [next(i for i, h in enumerate(heads) if t in h)
             for t in ("Key Financial Results", "Business Segment Results", "Capital Allocation")]
    assert order == sorted(order), order


UNTIMED = """\
title: Untimed
sources:
  - id: s
    name: Notes
topics:
  - id: a
    title: A
    points: [one]
  - id: b
    title: B
    at: "1:00"
    points: [two]
"""


def test_a_content_file_gives_every_topic_a_time_or_none(tmp_path):
    path = tmp_path / "mixed.yaml"
    path.write_text(UNTIMED, encoding="utf-8")
    with pytest.raises(BriefingError) as found:
        load_content(path)
    assert f"{path}:9:5: topic 'B' has a time and topic 'A' has none" in str(found.value)
    path.write_text(UNTIMED.replace('    at: "1:00"\n', ""), encoding="utf-8")
    assert [t.at for t in load_content(path).topics] == [None, None]


def test_align_and_validate_take_untimed_content(tmp_path):
    path = tmp_path / "untimed.yaml"
    path.write_text(UNTIMED.replace('    at: "1:00"\n', "").replace("name: Notes", "name: Notes\n    transcript: "
                                                                     + str(TRANSCRIPT)), encoding="utf-8")
    aligned = CliRunner().invoke(main, ["align", str(path), "--json"])
    assert aligned.exit_code == 0, aligned.output
    assert aligned.output.count('"where"') == 2  # one line a point
    written = CliRunner().invoke(main, ["align", str(path), "-o", str(tmp_path / "aligned.yaml")])
    assert written.exit_code == 0, written.output
    assert [t.at for t in load_content(tmp_path / "aligned.yaml").topics] == [None, None]  # points got times, topics none
    checked = CliRunner().invoke(main, ["validate", str(path)])
    assert checked.exit_code == 0, checked.output


def test_import_says_the_topics_were_read_without_times(tmp_path):
    result = CliRunner().invoke(main, ["import", str(NOTES / "earnings-call-amd.txt"), "-o", str(tmp_path / "e.yaml")])
    assert result.exit_code == 0, result.output
    assert "found 3 takeaways, 3 topics" in result.output
    assert "warning: the notes give no times: their 3 topics were read from their labels" in result.output
