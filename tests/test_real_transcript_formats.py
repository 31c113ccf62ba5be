"""Real transcripts in the formats other than WebVTT, read and aligned as they came: an SRT of
Podcasting 2.0 #124 (speaker labels where a turn starts, the rest of the turn unlabelled, lines
wrapped mid-sentence) and the Whisper JSON of an Apollo 11 recording (whisper-timestamped's
output: every word timed, under "text" rather than "word"). Provenance: tests/fixtures/README.md."""
from __future__ import annotations

from pathlib import Path

from generator.transcripts import read_transcript
from generator.transcripts.align import Claim, align_claims
from generator.transcripts.index import build_index

HERE = Path(__file__).resolve().parent / "fixtures" / "transcripts"


def _align(path: Path, texts: list[str]):
    return align_claims(build_index(read_transcript(path)), [Claim(t, (i,)) for i, t in enumerate(texts)])


def test_a_real_srt_names_the_speaker_of_every_cue_of_a_turn():
    t = read_transcript(HERE / "podcasting20-124-excerpt.srt")
    assert t.format == "srt" and len(t.cues) == 112 and round(t.duration, 2) == 361.11
    assert t.speakers == ["Adam Curry", "Dave Jones"]
    first, second = t.cues[:2]
    assert (first.speaker, first.text) == ("Adam Curry", "podcasting 2.0 March 4 2023 Episode 124 on D flat")
    assert (second.start, second.speaker) == (6.21, "Adam Curry")  # his turn goes on without a label
    assert not any(c.text.startswith(("Adam Curry:", "Dave Jones:")) for c in t.cues)
    turn = next(c for c in t.cues if c.text.startswith("like it just blew the thing off"))
    assert turn.speaker == "Dave Jones"


def test_claims_land_on_their_moment_and_speaker_in_a_real_srt():
    said, unsaid = _align(HERE / "podcasting20-124-excerpt.srt", [
        "Lightning struck the power pole that feeds Dave's office building",
        "The show moved to a new studio in Austin last month"])
    assert said.seconds is not None and abs(said.seconds - 317.5) <= 15 and said.speaker == "Dave Jones"
    assert unsaid.seconds is None
    [bandwidth] = _align(HERE / "podcasting20-124-excerpt.srt",
                         ["Adam's upstream bandwidth fell to about 500 kilobits per second"])
    assert bandwidth.seconds is not None and abs(bandwidth.seconds - 169) <= 15 and bandwidth.speaker == "Adam Curry"


def test_a_real_whisper_json_gives_every_word_its_own_time():
    t = read_transcript(HERE / "apollo11-whisper-excerpt.json")
    assert t.format == "whisper" and len(t.cues) == 6 and t.speakers == []
    assert [(w.text, w.start, w.end) for w in t.cues[0].words[:3]] == [("Apollo", 0.48, 0.96), ("11,", 0.96, 1.5),
                                                                      ("Houston.", 1.5, 1.94)]
    sleep, bags, unsaid = _align(HERE / "apollo11-whisper-excerpt.json", [
        "The crew still sees a sleep restraint", "The helmets are already in their helmet bags",
        "Houston cancels the moon landing"])
    assert sleep.seconds is not None and 23 <= sleep.seconds <= 24  # the words' own times, not the segment's 19.13
    assert bags.seconds is not None and 39.9 <= bags.seconds <= 42.5
    assert unsaid.seconds is None
