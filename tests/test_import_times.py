"""Times as people write them in notes (generator/importer/times.py), on real lines of the notes
fixtures: imported with `briefing import`, read back from the written content, and built."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.build import build
from generator.cli import main
from generator.importer import import_notes
from generator.loader import load_content

from .conftest import guarded, have
from .notes_built import notes_build

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


def imported(tmp_path: Path, notes: Path | str) -> tuple[list[tuple[str, int]], str, Path]:
    """`briefing import` of ``notes`` (a fixture, or lines written to notes.md): the written
    content's topics as (title, seconds), what import printed, and the content file."""
    if isinstance(notes, str):
        path = tmp_path / "notes.md"
        path.write_text(notes, encoding="utf-8")
        notes = path
    content = tmp_path / "content.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(content)])
    assert result.exit_code == 0, result.output
    return [(t.title, t.at) for t in load_content(content).topics], result.output, content


def built_text(tmp_path: Path, content: Path, audience: str = "technical") -> str:
    """The words of the deck, the handout and (with pdftotext) the report ``content`` builds into."""
    build([content], formats=["pptx", "pdf", "md"], output=tmp_path)
    return _words(tmp_path / f"{content.stem}-{audience}")


def notes_text(notes: Path, audience: str = "technical") -> str:
    """``built_text`` of a notes fixture imported as it came (the session's import and build:
    tests/notes_built.py)."""
    made = notes_build(notes)
    assert made.problem is None, made.problem
    return _words(made.content.with_name(f"{made.content.stem}-{audience}"))


def _words(stem: Path) -> str:
    deck = [shape.text_frame.text for slide in Presentation(str(stem.with_suffix(".pptx"))).slides
            for shape in slide.shapes if shape.has_text_frame]
    report = subprocess.run(["pdftotext", "-enc", "UTF-8", str(stem.with_suffix(".pdf")), "-"], check=True,
                            capture_output=True, text=True).stdout if have("pdftotext") else ""
    return "\n".join(deck) + "\n" + stem.with_suffix(".md").read_text(encoding="utf-8") + "\n" + report


def test_syntax_times_written_as_bold_links_are_topics(tmp_path):
    """`* **[03:49](#t=03:49)** Number 1 - …` under `### Show Notes`: the time read, the link's address
    dropped, the rest of the line the title; the sponsor and closing lines are topics like the others."""
    topics, output, content = imported(tmp_path, NOTES / "syntax-tips.md")
    assert len(topics) == 18 and "found 0 takeaways, 18 topics" in output
    assert topics[:4] == [("Welcome to Syntax!", 0), ("Brought to you by [Sentry.io](https://sentry.io/syntax)", 129),
                          ("13 Web Development Tips I Wish I Knew Sooner", 225), ("Number 1 - No one is all-knowing", 229)]
    assert topics[-2:] == [("Number 14 - You can interview without accepting a job offer", 2568),
                           ("Sick Picks & Shameless Plugs", 2729)]
    assert not [title for title, _ in topics if "#t=" in title or title.startswith(("*", "["))]
    text = notes_text(NOTES / "syntax-tips.md")
    assert "No one is all-knowing" in text and "3:49" in text and "45:29" in text  # ("Number 1 - " is the list's numbering)
    assert "](#t=" not in text  # the notes' own anchors; the handout's time links (…mp3#t=229) are its own


def test_syntax_nested_chapters_keep_hours_and_nesting(tmp_path):
    """The 52-time nested list: six topics, the indented times their timed points, `[01:00:57]` past the hour."""
    topics, output, content = imported(tmp_path, NOTES / "syntax-year-review.md")
    assert topics == [("Welcome to Syntax!", 0), ("Changes to the Syntax podcast", 90), ("What happened this year?", 356),
                      ("What did we do?", 1337),
                      ("[Our 2024 Predictions](https://syntax.fm/show/712/2024-predictions) Reviewed", 1772),
                      ("Sick Picks + Shameless Plugs", 3889)]
    predictions = load_content(content).topics[4]
    points = [(p.text, p.at) for p in predictions.points]
    assert len(points) == 29 and points[0] == ("Types in JS will have real movement.", 1786)
    assert points[-3:] == [("Small Models that run in the browser.", 3657), ("Apps get Sherlocked by OpenAI.", 3698),
                           ("On prem corporate AI.", 3724)]
    assert "' read as " not in output  # every time is written in full: nothing read other than as written
    text = notes_text(NOTES / "syntax-year-review.md")
    assert "1:04:49" in text and "1:00:57" in text and "Small Models that run in the browser." in text


def test_minutes_past_59_and_unpadded_fields(tmp_path):
    """`0:0`, `42:2`, `63:8`, `68:37`, `86:46` as a tool printed them: minutes past 59 are minutes
    (no warning: there is no other reading); a one-digit field is read unpadded (42:02) with a
    warning at its FILE:LINE:COL, since a cut-off 42:2x looks the same. `0:0` is 0:00 either way."""
    notes = NOTES / "allin-chapters-odd-times.txt"
    topics, output, content = imported(tmp_path, notes)
    assert [at for _, at in topics] == [0, 230, 810, 1071, 1367, 2522, 2915, 3788, 4117, 5206]
    assert topics[7] == ("Antisemitism rising, Josh Shapiro as a VP candidate", 3788)
    assert topics[8] == ("Sacks responds to smear campaign", 4117)
    assert f"{notes}:11:1: warning: '42:2' read as 42:02" in output
    assert f"{notes}:13:1: warning: '63:8' read as 1:03:08" in output
    assert output.count("' read as ") == 2  # not 0:0, 68:37 or 86:46
    text = notes_text(notes)
    assert "1:08:37" in text and "1:26:46" in text and "42:02" in text and "68:37" not in text


def test_fractions_as_webvtt_and_srt_write_them(tmp_path):
    """`00:13:28.500 Intro` is 13:28 titled "Intro" (issue #24 §11), not 0:13 titled "28.500 Intro";
    the fraction is dropped with a warning at the time's column."""
    notes = ("Chapters\n"
             "00:00:00.000 Bestie intros: Nostracanis appears!\n"
             "00:13:28.500 Intro\n"
             "  00:13:30,000 CrowdStrike's rough week\n"
             "- 01:08:37.250 Sacks responds to smear campaign\n")
    topics, output, content = imported(tmp_path, notes)
    assert topics == [("Bestie intros: Nostracanis appears!", 0), ("Intro", 808), ("CrowdStrike's rough week", 810),
                      ("Sacks responds to smear campaign", 4117)]
    path = tmp_path / "notes.md"
    assert f"{path}:3:1: warning: '00:13:28.500' read as 13:28 (the fraction of a second is dropped)" in output
    assert f"{path}:4:3: warning: '00:13:30,000' read as 13:30" in output
    assert f"{path}:5:3: warning: '01:08:37.250' read as 1:08:37" in output
    assert "28.500" not in built_text(tmp_path, content)


@pytest.mark.parametrize("line, title, seconds, col", [
    ("00:18:00.123456 Microseconds", "Microseconds", 1080, 1), ("00:18:00.5000000 Seven digits", "Seven digits", 1080, 1),
    ("- 18:00,1234 Four digits", "Four digits", 1080, 3), ("Bracketed (1:00:00.99999999)", "Bracketed", 3600, 12),
    ("[00:18:00.1234] In brackets", "In brackets", 1080, 2)])
def test_a_fraction_of_any_length_is_dropped_with_a_warning(tmp_path, line, title, seconds, col):
    """Four digits or more after the second are read as one to three are: dropped, with a warning at
    the time's column; nothing of the line is lost to the topic before it."""
    topics, output, content = imported(tmp_path, f"Chapters\n0:00 Intro\n{line}\n")
    assert topics == [("Intro", 0), (title, seconds)]
    time = line.lstrip("-[ ").split()[0].strip("()[]") if "(" not in line else line[line.index("(") + 1:-1]
    assert f"{tmp_path / 'notes.md'}:3:{col}: warning: '{time}' read as " in output
    assert "(the fraction of a second is dropped)" in output
    assert time not in content.read_text(encoding="utf-8")


@pytest.mark.parametrize("line, title", [("00:20:00. Dot", "Dot"), ("00:20:00, Comma first", "Comma first"),
                                         ("- 20:00. A bullet's title", "A bullet's title")])
def test_a_period_or_comma_after_the_time_sets_the_title_apart(tmp_path, line, title):
    """`00:20:00. Dot` is the topic "Dot" at 20:00, read as `00:20:00 - Dot` is: not a line of text
    that a topic before it swallows, and "Dot" is kept."""
    topics, output, _ = imported(tmp_path, f"Chapters\n0:00 Intro\n{line}\n")
    assert topics == [("Intro", 0), (title, 1200)]
    assert "read as" not in output


@pytest.mark.parametrize("line", ["00:18:00.1234Glued", "00:18:00.123.456 Two dots", "00:18:00.", "12:30.5e3 units"])
def test_what_is_not_a_time_with_a_fraction_stays_text(tmp_path, line):
    """A time with a fraction that is not set apart from what follows is not read as one, and the
    line is kept whole as text of the topic before it."""
    topics, _, content = imported(tmp_path, f"Chapters\n0:00 Intro\n- A point\n{line}\n")
    assert topics == [("Intro", 0)]
    assert line in content.read_text(encoding="utf-8")


def test_a_pasted_chapter_list_with_fractions_is_split():
    found = import_notes("Chapters\n00:00:00.000 Intro 00:01:00.250 Bee 00:02:00.1234 Cee\n", "n.txt")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [("Intro", "0:00"), ("Bee", "1:00"), ("Cee", "2:00")]
    assert [(w.line, w.col) for w in found.warnings if "read as" in w.message] == [(2, 1), (2, 20), (2, 37)]


@pytest.mark.slow  # (a hang guard at a limit: in make test, not test-fast)
def test_a_fraction_of_a_million_digits_is_read_in_linear_time_and_not_quoted_whole():
    notes = "Chapters\n0:00:00." + "5" * 2**20 + " Long\n(0:01." + "1" * 2**20 + "\n(0:0.1" * 2**16 + "\n"
    assert guarded(import_notes, notes, "n.txt", timeout=5) == ""
    found = import_notes(notes, "n.txt")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [("Long", "0:00")]
    assert all("5" * 50 not in w.message and "1" * 50 not in w.message for w in found.warnings)  # shortened


def test_times_in_brackets_parentheses_and_units(tmp_path):
    """`[01:00:57] …`, `(12:30) …` and `1h2m3s`/`1h02m`/`2m30s` start topics; none is swallowed
    into the topic before it. A lone `45m` is read here, as the notes write times in units."""
    notes = ("Chapters\n"
             "(22:17) What did we do?\n"
             "[29:32] [Our 2024 Predictions](https://syntax.fm/show/712/2024-predictions) Reviewed.\n"
             "45m Vite isn't going to release anything big in 2024.\n"
             "[01:00:57] Small Models that run in the browser.\n"
             "1h1m38s Apps get Sherlocked by OpenAI.\n"
             "1h02m On prem corporate AI.\n"
             "**[1h04m49s](#t=01:04:49)** Sick Picks + Shameless Plugs.\n")
    topics, output, content = imported(tmp_path, notes)
    assert topics == [("What did we do?", 1337),
                      ("[Our 2024 Predictions](https://syntax.fm/show/712/2024-predictions) Reviewed", 1772),
                      ("Vite isn't going to release anything big in 2024", 2700),
                      ("Small Models that run in the browser", 3657), ("Apps get Sherlocked by OpenAI", 3698),
                      ("On prem corporate AI", 3720), ("Sick Picks + Shameless Plugs", 3889)]
    assert "' read as " not in output and "not read as a time" not in output
    assert "1:01:38" in built_text(tmp_path, content)


def test_a_lone_unit_is_a_quantity_unless_the_notes_use_units(tmp_path):
    """Without other times in units, `45m Vite …` is not read as 45:00 (45m is as often 45 million):
    the line stays text under the topic before it, and import says so at FILE:LINE:COL; in
    brackets it is a time. A lone unit before a word in lower case (`- 5m downloads`) is left quietly."""
    notes = ("Chapters\n"
             "42:16 New TypeScript typechecker.\n"
             "- 5m downloads a week\n"
             "45m Vite isn't going to release anything big in 2024.\n"
             "[46m] Relative color will land in all major browsers.\n")
    topics, output, _ = imported(tmp_path, notes)
    assert topics == [("New TypeScript typechecker", 2536), ("Relative color will land in all major browsers", 2760)]
    path = tmp_path / "notes.md"
    assert f"{path}:4:1: warning: '45m' at the start of the line is not read as a time" in output
    assert output.count("warning: '") == 1


def test_a_warning_is_where_an_editor_shows_the_time():
    """A line that starts with form feeds (a page break pasted from a PDF): its warning's column counts them."""
    found = import_notes("Chapters\n0:00 Intro\n\f\f00:13:28.500 Deep dive\n", "notes.txt")
    assert [(t["title"], t["at"]) for t in found.data["topics"]] == [("Intro", "0:00"), ("Deep dive", "13:28")]
    assert [(w.line, w.col) for w in found.warnings if "read as" in w.message] == [(3, 3)]


@pytest.mark.slow  # (a hang guard at a limit: in make test, not test-fast)
@pytest.mark.parametrize("line", ["a (1:00" * 150_000, "**[1h2m](#t=" * 90_000, "a " + " " * 2**20 + "b",
                                  "(" + "1:2," * 250_000])
def test_a_long_line_of_near_times_is_read_in_linear_time(line):
    """Hang guard: 1 MiB lines that each time pattern starts to match at every position."""
    assert guarded(import_notes, f"A (1:00)\n- {line}\n{line}\n", "n.txt", timeout=5) == ""


@pytest.mark.parametrize("line, col, why", [("Bad one (1:75:00)", 10, "minutes and seconds go up to 59"),
                                            ("1h75m Too many minutes", 1, "minutes and seconds go up to 59"),
                                            ("- 3:75 Too many seconds", 3, "minutes and seconds go up to 59")])
def test_a_time_that_is_no_time_is_still_an_error(tmp_path, line, col, why):
    notes = tmp_path / "notes.md"
    notes.write_text(f"Chapters\n0:00 Intro\n{line}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "c.yaml")])
    assert result.exit_code == 1 and f"{notes}:3:{col}: broken timestamp: " in result.output and why in result.output
    assert not (tmp_path / "c.yaml").exists()
