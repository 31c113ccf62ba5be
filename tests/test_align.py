"""`briefing align`: every claim of a content file tied to its own moment, speaker and words in a
transcript, or to no moment at all when the transcript does not say it."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.loader import load_content
from generator.timestamps import parse_timestamp

HERE = Path(__file__).resolve().parent / "fixtures" / "transcripts"
CONTENT = HERE / "talkpython-534-diskcache.yaml"
TRANSCRIPT = HERE / "talkpython-534-diskcache.vtt"


def _align(*args: str):
    return CliRunner().invoke(main, ["align", str(CONTENT), str(TRANSCRIPT), *args])


def _rows(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_gives_every_claim_in_file_order_with_its_moment_speaker_words_and_score():
    result = _align("--json")
    assert result.exit_code == 0, result.output
    rows = _rows(result)
    assert all(set(r) == {"where", "text", "seconds", "at", "speaker", "quote", "score"} for r in rows)
    places = [tuple(int(n) for n in r["where"].rsplit(":", 2)[1:]) for r in rows]
    assert places == sorted(places) and len(rows) == 15  # 3 takeaways, 11 points at two levels, 1 figure
    by_text = {r["text"]: r for r in rows}
    maximum = by_text["You can set a maximum size for the cache"]
    assert abs(maximum["seconds"] - parse_timestamp("42:53")) <= 15 and maximum["at"].startswith("0:42:")
    assert maximum["speaker"] == "Vincent Warmerdam" and "maximum to the cache" in maximum["quote"]
    figure = by_text["80-90% disk space saved by compressing text-heavy values"]
    assert abs(figure["seconds"] - parse_timestamp("54:19")) <= 15 and "90% savings" in figure["quote"]
    for unsaid in ("DiskCache replaced Memcached at Instagram in 2012",
                   "The cache encrypts every value with AES before writing it to disk"):
        assert by_text[unsaid] | {"score": 0} == {"where": by_text[unsaid]["where"], "text": unsaid, "seconds": None,
                                                  "at": None, "speaker": None, "quote": None, "score": 0}
    assert "of 15 claims matched" in result.stderr
    assert f"{CONTENT}:23:5: warning: not in the transcript: DiskCache replaced Memcached at Instagram in 2012" in result.stderr


def test_the_sources_offset_converts_the_transcripts_times_and_the_result_is_deterministic():
    audio, video = _rows(_align("--json")), _rows(_align("--json", "--source", "video"))
    assert _rows(_align("--json")) == audio
    for a, v in zip(audio, video):
        assert (a["seconds"] is None) == (v["seconds"] is None)
        if a["seconds"] is not None:
            assert round(a["seconds"] - v["seconds"], 2) == 30.0  # the video is 0:30 later: its times are earlier here
    result = _align("--source", "slides")
    assert result.exit_code == 1 and "--source: no source 'slides' (sources: audio, video)" in result.output


def test_a_claim_said_before_the_contents_timeline_starts_is_said_so_and_gets_no_moment(tmp_path):
    """Read as the video's (0:30 later), the podcast's first words fall 26 s before the content's
    0:00: --json gives the moment as it is (-0:00:26), the summary warns at the claim's place, and
    -o leaves the claim's own time rather than write one the timeline does not have."""
    out = tmp_path / "aligned.yaml"
    result = _align("--source", "video", "-o", str(out))
    assert result.exit_code == 0, result.output
    first = next(r for r in _rows(_align("--json", "--source", "video")) if r["where"].endswith(":20:11"))
    assert first["at"] == "-0:00:26" and first["speaker"] == "Michael Kennedy"
    assert (f"{CONTENT}:20:11: warning: said at -0:00:26, before the content's timeline starts (is the source's "
            "offset right?); -o writes no moment for it: DiskCache is a simple cache") in result.stderr
    assert sum("before the content's timeline" in line for line in result.stderr.splitlines()) == 1
    written = load_content(out)
    assert written.takeaways[0].at == 0 and written.takeaways[0].speaker is None  # as the content had it
    assert abs(written.topics[2].points[1].at - parse_timestamp("42:23")) <= 15  # the rest: in the video's time


def test_output_writes_each_claims_own_moment_and_never_replaces_a_file_without_force(tmp_path):
    out = tmp_path / "aligned.yaml"
    out.write_text("mine\n", encoding="utf-8")
    refused = _align("-o", str(out))
    assert refused.exit_code == 1 and f"{out}: exists; give --force to replace it" in refused.output
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert _align("-o", str(out), "--force").exit_code == 0
    content = load_content(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# A briefing on Talk Python To Me #534")  # the file's own header comment is kept
    maximum = next(p for t in content.topics for p in t.points if p.text.startswith("You can set a maximum"))
    assert abs(maximum.at - parse_timestamp("42:53")) <= 15 and maximum.speaker == "Vincent Warmerdam" and maximum.quote
    unsaid = next(p for p in content.takeaways if "Instagram" in p.text)
    assert unsaid.at is None and unsaid.speaker is None and unsaid.quote is None
    assert content.topics[2].figures[0].at is not None
    assert [t.at for t in content.topics] == [t.at for t in load_content(CONTENT).topics]  # topics keep their times


def test_the_takeaways_key_figures_are_claims_too(tmp_path):
    """A key figure of the takeaways (the content's own ``figures``, where `briefing import` puts
    one that belongs to no topic) is aligned as a topic's figure is: its moment, speaker and words
    in --json, in -o's file, and its place in the summary when the recording does not say it."""
    content = tmp_path / "c.yaml"
    (tmp_path / TRANSCRIPT.name).write_bytes(TRANSCRIPT.read_bytes())
    text = CONTENT.read_text(encoding="utf-8")
    figures = ("figures:\n  - value: 80 to 90%\n    label: disk space saved by compressing text-heavy values\n"
               "  - value: 40x\n    label: faster than Redis on every read\n")
    content.write_text(text.replace("topics:\n", figures + "topics:\n", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(content), "--json"])
    assert result.exit_code == 0, result.output
    by_text = {r["text"]: r for r in _rows(result)}
    said = by_text["80 to 90% disk space saved by compressing text-heavy values"]
    assert abs(said["seconds"] - parse_timestamp("54:19")) <= 15 and said["speaker"] == "Vincent Warmerdam"
    unsaid = by_text["40x faster than Redis on every read"]
    assert unsaid["seconds"] is None
    assert f"{content}:{unsaid['where'].rsplit(':', 2)[1]}:" in result.stderr and "of 17 claims matched" in result.stderr
    out = tmp_path / "aligned.yaml"
    assert CliRunner().invoke(main, ["align", str(content), "-o", str(out)]).exit_code == 0
    written = load_content(out).figures
    assert written[0].at == round(said["seconds"]) and written[0].speaker == "Vincent Warmerdam" and written[0].quote
    assert written[1].at is None


def test_a_broken_transcript_is_an_error_at_its_position(tmp_path):
    broken = tmp_path / "broken.vtt"
    broken.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:0.5\nhello\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(CONTENT), str(broken)])
    assert result.exit_code == 1 and f"{broken}:3:18: '00:00:0.5' is not a time" in result.output


NOTES = """DiskCache on Talk Python
Video: https://talkpython.fm/episodes/show/534/diskcache-your-secret-python-perf-weapon

Topics Discussed

Why cache at all (0:00)
- Marimo is also working on its own caching mechanisms for notebooks
- DiskCache replaced Memcached at Instagram in 2012

In practice (37:00)
- You can set a maximum size for the cache
- Compressing text-heavy values can save 80 to 90% of the disk space
"""


def test_import_with_a_transcript_aligns_and_names_it_and_validate_checks_quotes(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "content" / "diskcache.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(out), "--transcript", str(TRANSCRIPT)])
    assert result.exit_code == 0, result.output
    assert "aligned 4 of 5 claims" in result.output  # the four points and the key figure "80 to 90%"
    content = load_content(out)
    assert (out.parent / content.sources[0].transcript).resolve() == TRANSCRIPT.resolve()  # relative to the content
    maximum = content.topics[1].points[0]
    assert abs(maximum.at - parse_timestamp("42:53")) <= 15 and maximum.speaker == "Vincent Warmerdam"
    assert content.topics[0].points[1].at is None  # not said: no moment
    checked = CliRunner().invoke(main, ["validate", str(out)])
    assert checked.exit_code == 0 and "warning" not in checked.output, checked.output

    text = out.read_text(encoding="utf-8")
    quote = maximum.quote
    assert quote and quote in text
    assert "maximum" in quote
    altered = text.replace(quote, quote.replace("maximum", "minimum"), 1)  # one word changed
    out.write_text(altered, encoding="utf-8")
    line = altered.splitlines().index(next(ln for ln in altered.splitlines() if "minimum" in ln)) + 1
    checked = CliRunner().invoke(main, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    assert f"{out}:{line}:" in checked.output
    assert "warning: this quote is not in the transcript of source 'source'" in checked.output
    assert "nearest passage at 42:" in checked.output

    # case, punctuation and how numbers are written do not matter
    out.write_text(text.replace(quote, quote.upper().replace(",", ""), 1), encoding="utf-8")
    assert "warning" not in CliRunner().invoke(main, ["validate", str(out)]).output


def test_import_with_a_transcript_lists_the_claims_not_said_at_their_lines_in_the_written_file(tmp_path):
    """As align does: each claim the transcript does not say is warned, at its place in the content
    file import wrote (after the aligned points above it grew their at, speaker and quote)."""
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "c.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(out), "--transcript", str(TRANSCRIPT)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if "DiskCache replaced Memcached" in text)
    col = lines[line - 1].index("DiskCache") + 1
    warned = [ln for ln in result.output.splitlines() if "not in the transcript" in ln]
    assert warned == [f"{out}:{line}:{col}: warning: not in the transcript: DiskCache replaced Memcached at Instagram in 2012"]


def test_a_broken_transcript_given_to_import_leaves_nothing_written(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    broken = tmp_path / "broken.srt"
    broken.write_text("1\n00:00:01,000 --> later\nhello\n", encoding="utf-8")
    out = tmp_path / "c.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(out), "--transcript", str(broken)])
    assert result.exit_code == 1 and f"{broken}:2:18: 'later' is not a time" in result.output
    assert not out.exists()


def test_a_wrong_source_given_to_import_leaves_nothing_written(tmp_path):
    """`--source` names none of the imported sources: said at once, and the content file is not
    written (nor, with --force, replaced): before, the unaligned content was written, then the error."""
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "c.yaml"
    args = ["import", str(notes), "-o", str(out), "--transcript", str(TRANSCRIPT), "--source", "slides"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1 and f"{notes}: --source: no source 'slides' (sources: source)" in result.output
    assert not out.exists()
    out.write_text("mine\n", encoding="utf-8")
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 1
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert CliRunner().invoke(main, [*args[:-2], "--force", "--source", "source"]).exit_code == 0
    assert load_content(out).sources[0].transcript


def test_an_aligned_point_links_to_its_own_moment_not_its_topics(tmp_path):
    from generator.build import build

    out = tmp_path / "aligned.yaml"
    assert _align("-o", str(out)).exit_code == 0
    content = load_content(out)
    point = next(p for t in content.topics for p in t.points if p.text.startswith("You can set a maximum"))
    topic = next(t for t in content.topics if point in t.points)
    assert point.at != topic.at
    built = build([out], audiences=["technical"], formats=["md"], output=tmp_path / "md")
    line = next(ln for ln in built[0].path.read_text(encoding="utf-8").splitlines() if "You can set a maximum" in ln)
    assert f"#t={point.at})" in line and f"&t={point.at + 30}s)" in line  # the podcast, and the video 0:30 later


def test_without_a_transcript_argument_the_sources_own_transcript_is_read():
    named = CliRunner().invoke(main, ["align", str(CONTENT), "--json"])  # audio names the .vtt beside it
    assert named.exit_code == 0, named.output
    assert _rows(named) == _rows(_align("--json"))
    result = CliRunner().invoke(main, ["align", str(CONTENT), "--source", "video"])
    assert result.exit_code == 1 and "give a TRANSCRIPT: source 'video' names none" in result.output


def test_a_named_transcript_that_cannot_be_read_is_an_error_at_the_line_that_names_it(tmp_path):
    """align without TRANSCRIPT, and the author's report of unsupported claims, read the transcript a
    source names: when it is missing or broken, the error says which line of the content names it."""
    from generator.build import build
    from generator.errors import BriefingError

    content = tmp_path / "c.yaml"
    text = CONTENT.read_text(encoding="utf-8")
    content.write_text(text, encoding="utf-8")  # (the transcript it names is not beside it)
    line = text.splitlines().index("    transcript: talkpython-534-diskcache.vtt") + 1
    result = CliRunner().invoke(main, ["align", str(content)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{content}:{line}:17: transcript of source 'audio': ")
    assert "cannot read transcript: No such file or directory" in result.output
    (tmp_path / TRANSCRIPT.name).write_text("WEBVTT\n\n00:00:01.000 --> soon\nhi\n", encoding="utf-8")
    folder = tmp_path / "aud" / "author"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\nbudget:\n  unsupported: true\n", encoding="utf-8")
    try:
        build([content], audiences=["author"], formats=["md"], output=tmp_path / "out", templates=[tmp_path / "aud"])
    except BriefingError as exc:
        message = str(exc)
    assert message.startswith(f"{content}:{line}:17: transcript of source 'audio': ") and ":3:18: 'soon' is not a time" in message


def test_a_quote_carries_its_speaker_and_moment_in_deck_report_and_handout(tmp_path):
    """Vincent's words at 42:53, as the transcript has them, quoted on their topic: the deck's
    pull-quote slide, the report and the handout each show the words, the speaker and the moment
    (in the podcast's timeline and the video's, 30 s later); validate finds the words said."""
    from pptx import Presentation
    from pypdf import PdfReader

    from generator.build import build

    (tmp_path / TRANSCRIPT.name).write_bytes(TRANSCRIPT.read_bytes())
    content = tmp_path / "c.yaml"
    text = CONTENT.read_text(encoding="utf-8")
    topic = "  - id: in-practice\n    title: In practice\n    at: \"37:00\"\n"
    assert topic in text
    content.write_text(text.replace(topic, topic + "    quotes:\n      - text: You can set a maximum to the cache\n"
                                    "        speaker: Vincent Warmerdam\n        at: \"42:53\"\n"), encoding="utf-8")
    checked = CliRunner().invoke(main, ["validate", str(content)])
    assert checked.exit_code == 0 and "not in the transcript" not in checked.output, checked.output
    built = {b.format: b.path for b in build([content], audiences=["technical"], formats=["pptx", "pdf", "md"],
                                              output=tmp_path / "out")}
    quote = "“You can set a maximum to the cache”"
    [slide] = [[sh.text_frame.text for sh in s.shapes if sh.has_text_frame] for s in Presentation(built["pptx"]).slides
               if any(sh.has_text_frame and quote in sh.text_frame.text for sh in s.shapes)]
    shown = " ".join(slide)
    # (the topic's one quote is the last point of its slide, at its moment, in the deck: lone_quotes.py)
    assert f"{quote} — Vincent Warmerdam (42:53)" in shown
    report = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(built["pdf"]).pages)
    at = report.index(quote)
    assert "Vincent Warmerdam" in report[at - 80:at + 80] and "42:53" in report[at - 80:at]
    handout = built["md"].read_text(encoding="utf-8")
    at = handout.index(quote)
    assert "— Vincent Warmerdam" in handout[at:at + 80] and "#t=2573" in handout[at - 200:at]
