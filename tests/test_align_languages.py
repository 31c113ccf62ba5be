"""Transcripts in a script written without spaces (Chinese, Japanese): a run of characters is no
word, so claims and quotes are compared by its characters. The transcript here is made of the real
Chinese sentences of a Go 夜读 session's notes (tests/fixtures/notes/talkgo-runtime-zh.md), one
caption each, ten seconds apart; the claims paraphrase three of them, and two are never said."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.transcripts import parse_transcript
from generator.transcripts.align import Claim, align_claims
from generator.transcripts.index import build_index

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes" / "talkgo-runtime-zh.md"


def _lines() -> list[str]:
    text = NOTES.read_text(encoding="utf-8").splitlines()
    return [ln.strip("- ；").strip() for ln in text if any("\u4e00" <= c <= "\u9fff" for c in ln)
            and not ln.startswith(("#", "---", "- http"))]


def _webvtt(lines: list[str]) -> str:
    stamp = lambda s: f"00:{s // 60:02d}:{s % 60:02d}.000"
    return "WEBVTT\n\n" + "\n".join(f"{stamp(10 * i)} --> {stamp(10 * i + 9)}\n{line}\n" for i, line in enumerate(lines))


def test_chinese_claims_are_found_in_a_chinese_transcript_and_unsaid_ones_are_not():
    lines = _lines()
    transcript = parse_transcript(_webvtt(lines), "zh.vtt")
    said = {"NOW 直播的后台运行着 300 多个 Go 服务": "目前 NOW 直播后台有 300 多个 Go 服务。",
            "这次分享讲解 go runtime 的调度和内存分配": "本次分享将会对 go runtime 的调度",
            "Golang 三色标记的实现细节和写屏障": "Golang GC 发展，Golang 三色标记实现"}
    unsaid = ["Rust 的所有权模型和借用检查器", "微服务的数据库分库分表方案"]
    texts = [*said, *unsaid]
    matches = align_claims(build_index(transcript), [Claim(t, (i,)) for i, t in enumerate(texts)])
    for match, line in zip(matches, said.values()):
        truth = 10 * next(i for i, ln in enumerate(lines) if ln.startswith(line))
        assert match.seconds == truth, (match.claim.text, match.seconds, truth)
    assert [m.seconds for m in matches[len(said):]] == [None, None]


def test_a_chinese_quote_that_starts_inside_a_run_of_characters_is_the_transcripts_words(tmp_path):
    (tmp_path / "zh.vtt").write_text(_webvtt(_lines()), encoding="utf-8")
    content = tmp_path / "c.yaml"
    quote = "播后台有 300 多个 Go 服务"  # "目前 NOW 直播后台有 …": it starts inside "直播后台有"
    content.write_text(f"""title: Go 夜读
lang: zh
sources:
  - {{id: talk, name: Talk, url: "https://example.org/talk", transcript: zh.vtt}}
topics:
  - id: now
    title: NOW
    quotes:
      - text: "{quote}"
      - text: "播后台有 500 多个 Go 服务"
""", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(content)])
    assert result.exit_code == 0, result.output
    warned = [ln for ln in result.output.splitlines() if "not in the transcript" in ln]
    assert len(warned) == 1 and warned[0].startswith(f"{content}:10:") and "nearest passage at 2:0" in warned[0]
