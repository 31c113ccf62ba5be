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
