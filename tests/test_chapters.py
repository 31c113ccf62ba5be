"""`briefing build -f chapters`: for each source with a link, Podcasting 2.0 chapters, YouTube
description chapters and WebVTT chapters, in that source's own timeline."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.timestamps import parse_timestamp
from generator.transcripts import read_transcript
from generator.writers.chapters import youtube_chapters

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "content" / "deepseek.yaml"


def _youtube(path: Path) -> list[tuple[int, str]]:
    rows = [line.split(" ", 1) for line in path.read_text(encoding="utf-8").splitlines()]
    return [(parse_timestamp(at), title) for at, title in rows]


def test_each_linked_source_gets_three_chapter_files_in_its_own_timeline(tmp_path):
    built = build([DEFAULT], formats=["chapters"], output=tmp_path)
    assert sorted(b.path.name for b in built) == [
        "deepseek-audio.chapters.json", "deepseek-audio.chapters.vtt", "deepseek-audio.youtube.txt",
        "deepseek-video.chapters.json", "deepseek-video.chapters.vtt", "deepseek-video.youtube.txt"]  # not the transcript page
    audio = json.loads((tmp_path / "deepseek-audio.chapters.json").read_text(encoding="utf-8"))
    video = json.loads((tmp_path / "deepseek-video.chapters.json").read_text(encoding="utf-8"))
    assert audio["version"] == "1.2.0" and audio["title"].startswith("DeepSeek, China")
    first = audio["chapters"][0]
    assert first == {"startTime": parse_timestamp("13:28"), "title": "DeepSeek Models and Architecture"}
    assert video["chapters"][0] == {"startTime": parse_timestamp("3:33"), "title": "DeepSeek Models and Architecture"}
    assert [c["startTime"] - parse_timestamp("9:55") for c in audio["chapters"]] == [c["startTime"] for c in video["chapters"]]
    times = [c["startTime"] for c in video["chapters"]]
    assert times == sorted(times) and all(t < parse_timestamp("5:06:00") for t in times)


def test_youtube_chapters_start_at_zero_with_an_intro_and_keep_youtubes_rules(tmp_path):
    build([DEFAULT], formats=["chapters"], output=tmp_path)
    for name in ("deepseek-audio.youtube.txt", "deepseek-video.youtube.txt"):
        rows = _youtube(tmp_path / name)
        assert rows[0] == (0, "Intro")  # both start later than 0:00
        assert len(rows) >= 3 and all(b[0] - a[0] >= 10 for a, b in zip(rows, rows[1:]))
    assert (3 * 60 + 33, "DeepSeek Models and Architecture") in _youtube(tmp_path / "deepseek-video.youtube.txt")
    assert youtube_chapters([(0, "Start"), (5, "Too soon"), (20, "Next"), (40, "Last")], None) == [
        (0, "Start"), (20, "Next"), (40, "Last")]  # a chapter 5 s after the one before is dropped
    assert youtube_chapters([(0, "A"), (30, "B"), (95, "C")], 100) is None  # the last starts 5 s before the end: two left
    assert youtube_chapters([(0, "A"), (30, "B"), (60, "C"), (95, "D")], 100) == [(0, "A"), (30, "B"), (60, "C")]
    assert youtube_chapters([(40, "A"), (90, "B")], None) == [(0, "Intro"), (40, "A"), (90, "B")]


def test_webvtt_chapters_read_back_as_cues_that_end_where_the_next_begins(tmp_path):
    build([DEFAULT], formats=["chapters"], output=tmp_path)
    chapters = read_transcript(tmp_path / "deepseek-video.chapters.vtt")
    video = json.loads((tmp_path / "deepseek-video.chapters.json").read_text(encoding="utf-8"))
    assert [(c.start, c.text) for c in chapters.cues] == [(c["startTime"], c["title"]) for c in video["chapters"]]
    assert all(a.end == b.start for a, b in zip(chapters.cues, chapters.cues[1:]))
    assert chapters.cues[-1].end == parse_timestamp("5:06:00")  # the source's duration


def test_titles_are_plain_text(tmp_path):
    content = tmp_path / "talk.yaml"
    content.write_text("""title: "A **talk**"
sources:
  - {id: video, name: Video, url: "https://www.youtube.com/watch?v=x", offset: "-1:00", duration: "30:00"}
topics:
  - {id: b, title: "**Bold** and [a link](https://example.org) and `code`", at: "2:00"}
  - {id: c, title: "Second", at: "12:00"}
  - {id: d, title: "Third", at: "20:00"}
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-f", "chapters", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    rows = _youtube(tmp_path / "out" / "talk-video.youtube.txt")
    assert rows == [(0, "Intro"), (60, "Bold and a link and code"), (660, "Second"), (1140, "Third")]
    data = json.loads((tmp_path / "out" / "talk-video.chapters.json").read_text(encoding="utf-8"))
    assert data["title"] == "A talk" and len(data["chapters"]) == 3


def test_titles_are_the_contents_text_literally_and_the_webvtt_escapes_them(tmp_path):
    """Content holds no HTML: "<b>" and "snake_case" are text, shown as written in every file
    (they were dropped: "R&D tags", "snakecase"); the WebVTT escapes what it must ("&", "<",
    and the "-->" a cue may not hold), so it reads back as the same titles."""
    content = tmp_path / "talk.yaml"
    content.write_text("""title: "Q&A <live>"
sources:
  - {id: video, name: Video, url: "https://www.youtube.com/watch?v=x", duration: "30:00"}
topics:
  - {id: a, title: "R&D <b>tags</b> --> next", at: "1:00"}
  - {id: b, title: "snake_case and __init__ &amp; *more*", at: "12:00"}
  - {id: c, title: "Third", at: "20:00"}
""", encoding="utf-8")
    build([content], formats=["chapters"], output=tmp_path / "out")
    titles = ["R&D <b>tags</b> --> next", "snake_case and __init__ &amp; more", "Third"]
    data = json.loads((tmp_path / "out" / "talk-video.chapters.json").read_text(encoding="utf-8"))
    assert data["title"] == "Q&A <live>" and [c["title"] for c in data["chapters"]] == titles
    assert [t for _, t in _youtube(tmp_path / "out" / "talk-video.youtube.txt")] == ["Intro", *titles]
    vtt = read_transcript(tmp_path / "out" / "talk-video.chapters.vtt")
    assert [c.text for c in vtt.cues] == titles and [c.start for c in vtt.cues] == [60, 720, 1200]


def test_the_added_intro_is_in_the_contents_language(tmp_path):
    """The chapter YouTube needs at 0:00 is a word the tool adds: in the content's language."""
    content = tmp_path / "talk.yaml"
    content.write_text("""title: 深入浅出 Golang Runtime
lang: zh
sources:
  - {id: video, name: 视频, url: "https://www.youtube.com/watch?v=x", duration: "30:00"}
topics:
  - {id: a, title: 调度, at: "1:00"}
  - {id: b, title: 内存分配, at: "12:00"}
""", encoding="utf-8")
    build([content], formats=["chapters"], output=tmp_path / "out")
    assert _youtube(tmp_path / "out" / "talk-video.youtube.txt") == [(0, "开场"), (60, "调度"), (720, "内存分配")]


def test_chapters_build_beside_the_decks(tmp_path):
    built = build([DEFAULT], audiences=["executive"], formats=["md", "chapters"], output=tmp_path)
    assert {b.path.name for b in built} >= {"deepseek-executive.md", "deepseek-video.youtube.txt"}
