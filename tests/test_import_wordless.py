"""Chapters titled by no word (issue #24's side effect on #20): "13:30 🔥🔥" in real notes. The
deck and the report draw no emoji and a symbol names nothing, so the import drops such a title, with
a warning at its line and column, and the content it writes validates and builds."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.loader import load_content

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _import(tmp_path: Path, name: str, old: str, new: str):
    """Import the real notes ``name`` with the line ``old`` written as ``new``: (exit code, output, content file)."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert old in text
    notes = tmp_path / Path(name).name
    notes.write_text(text.replace(old, new), encoding="utf-8")
    target = tmp_path / "c.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(target)])
    return result.exit_code, result.output, target, notes


def test_a_chapter_titled_only_by_emoji_and_holding_nothing_is_left_out_with_a_warning(tmp_path):
    code, output, target, notes = _import(tmp_path, "notes/allin-chapters-odd-times.txt",
                                          "13:30 CrowdStrike's rough week", "13:30 🔥🔥")
    assert code == 0, output
    line = notes.read_text(encoding="utf-8").splitlines().index("13:30 🔥🔥") + 1
    assert f"{notes}:{line}:7: warning: the chapter '🔥🔥' at 13:30 has no word to show" in output
    content = load_content(target)
    assert [t.at for t in content.topics][1:3] == [230, 1071]  # 3:50, 17:51 (the chapter before runs on)
    built = build([target], audiences=["executive"], formats=["pptx", "pdf"], output=tmp_path / "out")
    assert len(built) == 2


def test_a_chapter_titled_only_by_symbols_keeps_its_time_and_points_under_its_first_points_heading(tmp_path):
    code, output, target, notes = _import(tmp_path, "seed-notes.txt", "Training Cost and Efficiency (35:02)",
                                          "★ ☆ 💸 (35:02)")
    assert code == 0, output
    line = notes.read_text(encoding="utf-8").splitlines().index("★ ☆ 💸 (35:02)") + 1
    assert f"{notes}:{line}:1: warning: the chapter '★ ☆' at 35:02 has no word to show" in output
    content = load_content(target)
    topic = next(t for t in content.topics if t.at == 35 * 60 + 2)
    assert topic.title.startswith("DeepSeek achieved remarkable cost efficiency") and topic.points
    build([target], audiences=["technical"], formats=["pptx"], output=tmp_path / "out")


def test_notes_titled_only_by_emoji_take_the_file_name_with_a_warning(tmp_path):
    code, output, target, _ = _import(tmp_path, "notes/allin-chapters-odd-times.txt",
                                      "Mag 7 sell-off, Wiz rejects Google, UBI, Kamala in, China's nuclear buildout, "
                                      "Sacks responds to PG", "🎙️🎙️")
    assert code == 0, output
    assert load_content(target).title == "Allin chapters odd times" and "no title in the notes" in output


def test_a_quote_of_only_emoji_is_left_out_with_a_warning(tmp_path):
    code, output, target, notes = _import(
        tmp_path, "notes/allin-summit-takeaways.txt",
        "  • “Whoever becomes the leader in artificial intelligence will become the ruler of the world” – Vladimir Putin",
        "> “🤖🤖” — Vladimir Putin")
    assert code == 0, output
    line = notes.read_text(encoding="utf-8").splitlines().index("> “🤖🤖” — Vladimir Putin") + 1
    assert f"{notes}:{line}:4: warning: the quote '🤖🤖' has no word to show" in output
    assert not [q for t in load_content(target).topics for q in t.quotes]
