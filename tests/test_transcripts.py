"""Reading transcripts as they come: WebVTT, SRT (also YouTube's rolling captions), Whisper and
whisperX JSON, YouTube caption JSON; the format from the content; broken timings at FILE:LINE:COL."""
from __future__ import annotations

import json
import os

import pytest

from generator.errors import BriefingError
from generator.transcripts import BUILTIN, Reader, load, parse_transcript, read_transcript, registry
from tests.conftest import guarded

VTT = """\ufeffWEBVTT - a talk
Kind: captions
Language: en

NOTE This comment
spans two lines --> and has an arrow

STYLE
::cue(v[voice="Ann"]) { color: red }

intro
00:00:01.000 --> 00:00:04.000 align:start position:10% line:0
<v.loud Ann Lee>It&apos;s <b>27x</b>&nbsp;cheaper &amp; <i>faster</i></v>

00:05.000 --> 00:07.500
<v Bo>Hello <c.yellow>there</c>
second line &lt;3

00:00:08.000 --> 00:00:09.000
<00:00:08.000><c> word</c><00:00:08.600><c> timed</c>
"""


def _read(text: str, name: str = "talk.vtt"):
    return parse_transcript(text, name)


def _error(text: str, name: str) -> str:
    with pytest.raises(BriefingError) as info:
        _read(text, name)
    return str(info.value)


def test_webvtt_voices_settings_notes_styles_tags_and_entities():
    t = _read(VTT)
    assert t.format == "webvtt"
    assert [(c.start, c.end, c.speaker, c.text) for c in t.cues] == [
        (1.0, 4.0, "Ann Lee", "It's 27x cheaper & faster"),
        (5.0, 7.5, "Bo", "Hello there second line <3"),
        (8.0, 9.0, None, "word timed"),
    ]
    assert [(w.text, w.start) for w in t.cues[2].words] == [("word", 8.0), ("timed", 8.6)]
    assert t.cues[0].line == 12 and t.speakers == ["Ann Lee", "Bo"]


def test_srt_with_mixed_line_ends_and_speaker_labels():
    text = ("1\r\n00:00:01,000 --> 00:00:02,500\r\n[SPEAKER_01]: Good morning.\n\n"
            "2\n00:00:03,000 --> 00:00:05,000\n>> SEN. SMITH: The committee\r\nwill come to order.\r\n\r\n"
            "3\r00:00:06,000 --> 00:00:07,000\rDylan Patel: Eight of 256 experts.\r")
    t = _read(text, "hearing.srt")
    assert t.format == "srt"
    assert [(c.start, c.speaker, c.text) for c in t.cues] == [
        (1.0, "SPEAKER_01", "Good morning."), (3.0, "SEN. SMITH", "The committee will come to order."),
        (6.0, "Dylan Patel", "Eight of 256 experts.")]


def test_srt_tags_and_ssa_position_overrides_are_no_words():
    text = ("1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:200 Y1:10 Y2:20\n"
            "<font color=\"#ffffff\">{\\an8}Hello</font> <i>world</i>{\\i0}\n")
    assert [c.text for c in _read(text, "broadcast.srt").cues] == ["Hello world"]


def test_json_with_a_byte_order_mark_is_read_and_its_columns_are_the_files():
    whisper = "\ufeff" + json.dumps({"segments": [{"start": 0.0, "end": 1.0, "text": " Hi."}]})
    assert _read(whisper, "episode.json").cues[0].text == "Hi."
    listed = "\ufeff" + json.dumps([{"text": "hi", "start": 1.0, "duration": 1.0}])
    assert _read(listed, "video.json").format == "youtube"
    assert _error("\ufeff{\"segments\": [1,", "bad.json").startswith("bad.json:1:18: not valid JSON")


def test_youtube_rolling_captions_are_read_once():
    cues = []
    lines = ["so today we are talking about", "deepseek and why it is twenty", "seven times cheaper than the", "others"]
    shown: list[str] = []
    for i, line in enumerate(lines):
        shown = (shown + [line])[-2:]
        start = 2 * i
        cues.append(f"{2 * i + 1}\n00:00:{start:02d},000 --> 00:00:{start + 2:02d},000\n" + "\n".join(shown))
        cues.append(f"{2 * i + 2}\n00:00:{start + 2:02d},000 --> 00:00:{start + 2:02d},010\n{line}")  # YouTube's 10 ms repeat
    t = _read("\n\n".join(cues) + "\n", "auto.srt")
    assert [c.text for c in t.cues] == lines
    assert [c.start for c in t.cues] == [0, 2, 4, 6]


@pytest.mark.parametrize(("text", "where", "what"), [
    ("1\n00:00:01,000 --> 00:00:0x,000\nhello\n", "cap.srt:2:18", "'00:00:0x,000' is not a time"),
    ("1\n00:00:01,000 -> 00:00:02,000\nhello\n", "cap.srt:2:1", "expected a timing line"),
    ("1\n00:01:75,000 --> 00:01:80,000\nhello\n", "cap.srt:2:1", "'00:01:75,000' is not a time"),
    ("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:05,000 --> 00:00:04,000\nback\n", "cap.srt:6:18",
     "ends (00:00:04,000) before it starts"),
])
def test_a_broken_srt_timing_is_an_error_at_its_position(text, where, what):
    message = _error(text, "cap.srt")
    assert message.startswith(where) and what in message


def test_a_broken_webvtt_timing_is_an_error_at_its_position():
    message = _error("WEBVTT\n\nNOTE fine\n\nid-1\n00:00:01.000 --> soon\nhello\n", "talk.vtt")
    assert message.startswith("talk.vtt:6:18: 'soon' is not a time")
    assert _error("WEBVTT\n\nid-only\n", "talk.vtt").startswith("talk.vtt:3:1: a cue 'id-only' without a timing line")


WHISPERX = {"segments": [
    {"start": 0.5, "end": 3.2, "text": " DeepSeek is 27 times cheaper.", "speaker": "SPEAKER_00",
     "words": [{"word": "DeepSeek", "start": 0.5, "end": 1.0, "score": 0.9, "speaker": "SPEAKER_00"},
               {"word": "is", "start": 1.1, "end": 1.2}, {"word": "27"},  # whisperX: a number it could not align
               {"word": "times", "start": 1.9, "end": 2.2}, {"word": "cheaper.", "start": 2.3, "end": 3.2}]},
    {"start": 4.0, "end": 6.0, "text": " Yes.", "speaker": "SPEAKER_01"}], "language": "en"}


def test_whisperx_segments_words_and_speakers():
    t = _read(json.dumps(WHISPERX, indent=2), "episode.json")
    assert t.format == "whisper"
    assert [(c.start, c.speaker, c.text) for c in t.cues] == [(0.5, "SPEAKER_00", "DeepSeek is 27 times cheaper."),
                                                           (4.0, "SPEAKER_01", "Yes.")]
    assert [w.text for w in t.cues[0].words] == ["DeepSeek", "is", "times", "cheaper."]
    plain = [{"id": 0, "start": 0.0, "end": 2.0, "text": " Whisper's own list."}]  # a bare list of segments
    assert _read(json.dumps(plain), "a.json").cues[0].text == "Whisper's own list."


def test_a_broken_whisper_segment_is_an_error_at_the_segment():
    data = json.loads(json.dumps(WHISPERX))
    data["segments"][1]["start"] = "soon"
    message = _error(json.dumps(data, indent=2), "episode.json")
    assert message.startswith("episode.json:") and "segment 2: start is \"soon\", not a number of seconds" in message
    line = int(message.split(":")[1])
    assert json.dumps(data, indent=2).splitlines()[line - 1].strip() == "{"  # the line of segment 2's brace
    assert line > 20
    assert _error('{"segments": [1,', "bad.json").startswith("bad.json:1:17: not valid JSON")


def test_youtube_json3_and_the_list_form():
    json3 = {"wireMagic": "pb3", "events": [
        {"tStartMs": 0, "dDurationMs": 5000, "id": 1, "wpWinPosId": 1, "wsWinStyleId": 1},  # a window, no text
        {"tStartMs": 120, "dDurationMs": 4000, "wWinId": 1, "segs": [
            {"utf8": "so", "acAsrConf": 0}, {"utf8": " deepseek", "tOffsetMs": 400}, {"utf8": " &amp; more", "tOffsetMs": 900}]},
        {"tStartMs": 2500, "dDurationMs": 1600, "wWinId": 1, "aAppend": 1, "segs": [{"utf8": "\n"}]},
        {"tStartMs": 4120, "dDurationMs": 2000, "wWinId": 1, "segs": [{"utf8": "is cheaper"}]}]}
    t = _read(json.dumps(json3), "video.json3")
    assert t.format == "youtube" and [c.text for c in t.cues] == ["so deepseek & more", "is cheaper"]
    assert [(w.text, w.start) for w in t.cues[0].words] == [("so", 0.12), ("deepseek", 0.52), ("&", 1.02), ("more", 1.02)]
    listed = [{"text": "hello &#39;world&#39;", "start": 1.5, "duration": 2.0}, {"text": "again", "start": 3.5, "duration": 1}]
    t = _read(json.dumps(listed), "video.json")
    assert t.format == "youtube" and [(c.start, c.end, c.text) for c in t.cues] == [(1.5, 3.5, "hello 'world'"),
                                                                                  (3.5, 4.5, "again")]


@pytest.mark.parametrize(("data", "where", "what"), [
    ({"wireMagic": "pb3", "events": [{"tStartMs": 0, "dDurationMs": 900, "segs": [{"utf8": "hi"}]},
                                     {"tStartMs": "1:05", "dDurationMs": 900, "segs": [{"utf8": "x"}]}]},
     "caption 2: tStartMs is \"1:05\", not a number of milliseconds", 13),
    ({"events": [{"tStartMs": 10, "dDurationMs": 900, "segs": [{"utf8": "a"}, {"utf8": " b", "tOffsetMs": -40}]}]},
     "caption 1: tOffsetMs is -40, not a number of milliseconds", 3),
    ([{"text": "hello", "start": 1.5, "duration": 2.0}, {"text": "again", "start": None, "duration": 1}],
     "caption 2: start is null, not a number of seconds", 7),
])
def test_a_broken_youtube_caption_timing_is_an_error_at_its_event(data, where, what):
    """Either YouTube form: the error names the caption, the field and its unit, at the line of the
    caption's brace (json3 counts milliseconds, the list form seconds)."""
    text = json.dumps(data, indent=1)
    message = _error(text, "video.json")
    line = int(message.split(":")[1])
    assert message.startswith("video.json:") and where in message
    assert line == what and text.splitlines()[line - 1].strip() == "{"


def test_the_format_comes_from_the_content_not_the_extension(tmp_path):
    srt = tmp_path / "captions.txt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nhello\n", encoding="utf-8")
    vtt = tmp_path / "captions.srt"
    vtt.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", encoding="utf-8")
    assert read_transcript(srt).format == "srt" and read_transcript(vtt).format == "webvtt"
    other = tmp_path / "notes.txt"
    other.write_text("just some notes\n", encoding="utf-8")
    known = r"\(srt, webvtt, whisper, youtube\)"
    with pytest.raises(BriefingError, match=r"notes.txt:1:1: not a transcript in a known format " + known):
        read_transcript(other)
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\nNOTE nothing\n", encoding="utf-8")
    with pytest.raises(BriefingError, match="empty.vtt:1:1: the transcript has no cues"):
        read_transcript(empty)


def test_transcripts_are_read_with_the_same_caps_as_every_input(tmp_path):
    big = tmp_path / "big.vtt"
    with open(big, "wb") as f:
        f.truncate(65 * 2**20)
    assert "transcript is larger than 64 MiB" in guarded(read_transcript, big)
    fifo = tmp_path / "pipe.vtt"
    os.mkfifo(fifo)
    assert "it is a FIFO, not a regular file" in guarded(read_transcript, fifo)
    assert "not a regular file" in guarded(read_transcript, "/dev/zero")
    latin = tmp_path / "latin.srt"
    latin.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\ncaf\xe9\n")
    assert "latin.srt:3:4: transcript is not UTF-8 text" in guarded(read_transcript, latin)
    nul = tmp_path / "nul.srt"
    nul.write_bytes(b"1\n00:00:01,000 --> 00:00:02,000\nab\x00c\n")
    assert "nul.srt:3:3: control character U+0000 is not allowed" in guarded(read_transcript, nul)


class PlainReader(Reader):
    """A plugin format: lines of ``seconds text``."""

    name = "plain"

    @classmethod
    def sniff(cls, text: str) -> bool:
        return text.startswith("PLAIN")

    def read(self, text, file):
        from generator.transcripts import Cue, Transcript

        rows = [line.split(" ", 1) for line in text.splitlines()[1:]]
        return Transcript(file, self.name, [Cue(float(s), float(s) + 1, t) for s, t in rows])


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    def declare(lines: str) -> None:
        info = tmp_path / "plugin" / "briefing_plain-1.0.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text("Metadata-Version: 2.1\nName: briefing-plain\nVersion: 1.0\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[briefing.importers]\n{lines}\n", encoding="utf-8")
        monkeypatch.syspath_prepend(str(tmp_path / "plugin"))
        registry.cache_clear()

    yield declare
    registry.cache_clear()


def test_a_transcript_format_is_one_module_and_its_entry_point(plugin):
    for name in BUILTIN:
        assert issubclass(load(name), Reader) and load(name).name == name
    plugin("plain = tests.test_transcripts:PlainReader")
    assert [c.text for c in _read("PLAIN\n1.5 hello\n3 world\n", "x.txt").cues] == ["hello", "world"]


def test_a_transcript_format_declared_twice_is_an_error(plugin):
    plugin("srt = tests.test_transcripts:PlainReader")
    with pytest.raises(BriefingError, match="transcript format 'srt' is declared twice"):
        registry()


def test_youtubes_automatic_webvtt_keeps_each_lines_own_word_times():
    text = """WEBVTT
Kind: captions
Language: en

00:00:00.160 --> 00:00:02.070 align:start position:0%
\x20
so<00:00:00.480><c> today</c><00:00:00.799><c> deepseek</c>

00:00:02.070 --> 00:00:02.080 align:start position:0%
so today deepseek
\x20

00:00:02.080 --> 00:00:04.470 align:start position:0%
so today deepseek
is<00:00:02.399><c> twenty</c><00:00:02.800><c> seven</c><00:00:03.100><c> times</c>

00:00:04.470 --> 00:00:04.480 align:start position:0%
is twenty seven times
\x20
"""
    t = _read(text, "auto.vtt")
    assert [c.text for c in t.cues] == ["so today deepseek", "is twenty seven times"]
    assert [(w.text, w.start) for w in t.cues[1].words] == [("is", 2.08), ("twenty", 2.399), ("seven", 2.8), ("times", 3.1)]


def test_a_webvtt_timing_line_starts_a_cue_even_without_a_blank_line_before_it():
    t = _read("WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\n  \n00:03.000 --> 00:04.000\nsecond\n", "sloppy.vtt")
    assert [(c.start, c.text) for c in t.cues] == [(1.0, "first"), (3.0, "second")]
