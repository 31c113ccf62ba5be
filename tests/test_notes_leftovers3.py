"""Issue #20's last leftovers, on the real notes of tests/fixtures/notes: a web page's "read more"
cut inside a word (huberman), a one-paragraph panel summary's heading and title (panel-civo), and
notes whose only chapter is the hosts' banter (allin-deep-summary)."""
from __future__ import annotations

from pathlib import Path

from generator.importer import import_file, import_notes
from generator.loader import load_content

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


def _imported(name: str, tmp_path: Path):
    """The content imported from tests/fixtures/notes/``name`` and the import's warnings."""
    target = tmp_path / (Path(name).stem + ".yaml")
    _, imported = import_file(NOTES / name, target)
    return load_content(target), imported.warnings


def test_a_word_a_read_more_cut_is_whole_again(tmp_path):
    """huberman's description says "He is also the hos...t of the Lex Fridman Podcast" (the page's
    "read more" cut): the introduction says "host"."""
    content, _ = _imported("huberman-episode-date.txt", tmp_path)
    assert "He is also the host of the Lex Fridman Podcast" in content.introduction
    assert "..." not in content.introduction


def test_an_ellipsis_between_whole_words_stays():
    """Only a marker before a word's short tail is a cut: "wait...what", "so...so", "win… if" stay."""
    text = "Title\n\nIntro: wait...what, so...so, they can win… if they try.\n\nTopics\nA (1:00)\n- a point\n"
    assert "wait...what, so...so, they can win… if they try." in import_notes(text, "n.txt").data["introduction"]


def test_a_paragraphs_heading_is_what_it_is_about_never_a_cut_sentence(tmp_path):
    """panel-civo is one paragraph whose first sentence is 34 words (five panelists' names): its
    heading was that sentence cut with "…"; it is what the paragraph says the panel explores."""
    content, _ = _imported("panel-civo.txt", tmp_path)
    assert [t.title for t in content.topics] == ["The future of machine learning and artificial intelligence"]
    assert len(content.topics[0].points) == 3  # its sentences stay its points


def test_a_paragraph_that_names_no_subject_is_headed_by_the_title():
    text = ("Board notes\n\nIn this meeting, Ann Smith, Bob Jones, Carl Ray, Dee Fox, Ed Lane and Flo Hart, all "
            "board members, met for the day. They agreed on a plan for the year ahead.\n")
    assert [t["title"] for t in import_notes(text, "n.txt").data["topics"]] == ["Board notes"]


def test_notes_without_a_title_line_say_what_they_explore_as_their_title(tmp_path):
    """panel-civo (one paragraph) holds no title line but says what the panel explores: that is its
    title (tests/test_import_pasted.py; a list of links only: tests/test_link_titles.py)."""
    content, warnings = _imported("panel-civo.txt", tmp_path)
    assert content.title == "The future of machine learning and artificial intelligence"


def test_chapters_that_are_only_the_hosts_banter_give_way_to_the_subjects_the_title_lists(tmp_path):
    """allin-deep-summary holds one chapter of the seven it announces, "Bestie intros" (the hosts'
    banter, an aside); its title lists what the episode covers: those are the topics (without
    points or times), the intros stay, without their time (all topics have a time or none)."""
    content, warnings = _imported("allin-deep-summary.txt", tmp_path)
    assert [t.title for t in content.topics] == ["Bestie intros", "Big Beautiful Bill", "Elon/Trump",
                                                 "Dollar Down Big", "Harvard's Money Problems", "Figma IPO"]
    assert all(t.at is None for t in content.topics) and len(content.topics[0].points) == 7
    assert any("the topics are the 5 subjects the title lists" in w.message for w in warnings)


def test_a_title_that_lists_no_subjects_or_chapters_of_substance_change_nothing(tmp_path):
    """huberman's title ("Machines, Creativity & Love") lists two things; notes with a chapter of
    substance beside the intro keep their chapters, with their times."""
    content, _ = _imported("huberman-episode-date.txt", tmp_path)
    assert content.topics[0].title == "Introduction: Lex Fridman" and content.topics[0].at == 0
    text = "Tax, Trade, Chips, Jobs\n\nChapters\n0:00 Intros\n- we say hello\n5:00 The chip tariff\n- it rose 5%\n"
    assert [(t["title"], t.get("at")) for t in import_notes(text, "n.txt").data["topics"]] == [
        ("Intros", "0:00"), ("The chip tariff", "5:00")]
