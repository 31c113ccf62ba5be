"""`briefing align` measured on real transcripts: the share of claims placed within 15 s of the
moment they are said, how many claims the recordings never make are pinned somewhere, and how
often the speaker is right where the transcript labels speakers."""
from __future__ import annotations

import pytest

from generator.timestamps import parse_timestamp
from generator.transcripts.align import align_claims
from generator.transcripts.index import build_index
from tests.alignment_figures import claims_files, figures

# The targets are 90% near on every transcript and at most one unsaid claim pinned over
# all; the aligner reaches 90-100% (94, 95, 95, 90, 100, 92) and pins one of nineteen (see README, "Aligning
# to a transcript"), so the floors below are what it reaches today, and a change that loses a claim fails here.
NEAR_FLOOR = {"talkpython-386-h2o-wave": 20, "talkpython-448-open-source-full-time": 20,
              "talkpython-527-mcp-servers": 18, "talkpython-532-python-2025-review": 21,
              "talkpython-534-diskcache": 22, "apollo13-air-ground": 31}
# Transcripts where the 90% target is not met today, and why (strict both ways: one that reaches
# it must be taken off). None: the Apollo 13 air-ground loop (3 h 21 min) reached it (31 of 33) when a
# read-back's first saying, a long line's start and a number's own clause were taken into account.
BELOW_TARGET: set[str] = set()
PINNED_CEILING = 1  # the target
# Contradictions of what is said (tests/fixtures/transcripts/contradictions.yaml): how many of the 20
# are pinned today. A lexical aligner cannot tell "written in Go" from "written in Rust": the ceiling
# records where it stands, so a change that pins more fails.
CONTRADICTIONS_CEILING = 7


def ours(transcript, claims):
    return align_claims(build_index(transcript), claims)


@pytest.fixture(scope="module")
def measured():
    return [figures(path, ours) for path in claims_files()]


def test_the_fixtures_are_real_transcripts_with_enough_claims(measured):
    assert len(measured) >= 6
    for f in measured:
        assert f.said >= 20 and f.unsaid >= 3, f.name
    assert sum(f.labelled > 0 for f in measured) >= 2  # transcripts that label their speakers
    assert max(f.hours for f in measured) >= 3  # the "at least one three hours or longer"


def test_claims_are_placed_near_their_moment(measured):
    for f in measured:
        assert f.near >= NEAR_FLOOR[f.name], f"{f.name}: {f.near} of {f.said} within 15 s"
        assert (f.near / f.said >= 0.9) == (f.name not in BELOW_TARGET), f"{f.name}: {f.near} of {f.said}"


def test_claims_the_recording_does_not_make_are_almost_never_pinned(measured):
    assert sum(f.unsaid for f in measured) >= 15
    assert sum(f.pinned for f in measured) <= PINNED_CEILING, [(f.name, f.pinned) for f in measured]


@pytest.mark.parametrize("moved", [None, 1200, -1200])
def test_a_topics_time_is_a_hint_never_a_requirement(moved):
    """Without the topics' times, or with every one 20 minutes off, claims are still found where
    they are said (over 80% within 15 s over all six transcripts: 117 to 118 of 140 today, 132
    with the right times), and unsaid claims are still not pinned: a hint only breaks near-ties."""
    import dataclasses

    def misled(transcript, claims):
        wrong = [dataclasses.replace(c, hint=None if moved is None else (c.hint[0] + moved, c.hint[1] + moved))
                 for c in claims]
        return ours(transcript, wrong)

    found = [figures(path, misled) for path in claims_files()]
    said, near = sum(f.said for f in found), sum(f.near for f in found)
    assert near >= 0.8 * said, f"{near} of {said} within 15 s"
    assert sum(f.pinned for f in found) <= PINNED_CEILING


def test_contradictions_of_what_is_said_are_pinned_no_more_often_than_today():
    from generator.timestamps import parse_timestamp
    from generator.transcripts import read_transcript
    from generator.transcripts.align import Claim
    from generator.yamlio import load_yaml_file
    from tests.alignment_figures import CHAPTER, FIXTURES

    pinned, count = [], 0
    for name, items in load_yaml_file(FIXTURES / "contradictions.yaml").data.items():
        index = build_index(read_transcript(FIXTURES / f"{name}.vtt"))
        for i, item in enumerate(items):
            start = parse_timestamp(item["near"]) // CHAPTER * CHAPTER
            [match] = align_claims(index, [Claim(item["text"], (i,), hint=(start, start + CHAPTER))])
            count += 1
            if match.seconds is not None:
                pinned.append(item["text"])
    assert count == 20
    assert len(pinned) <= CONTRADICTIONS_CEILING, pinned


def test_the_speaker_is_right_where_the_transcript_labels_speakers(measured):
    labelled = [f for f in measured if f.labelled]
    for f in labelled:
        assert f.speaker / f.labelled >= 0.8, f"{f.name}: {f.speaker} of {f.labelled}"


def test_a_misheard_name_is_found_under_its_near_spelling():
    """The DiskCache transcript writes "Mremo" where Vincent says Marimo's caching plans (2:56)
    and "DiscCache" for DiskCache; a claim naming Marimo is placed there, not at the first
    "Marimo" (2:27, his introduction), and a word written in lower case is not looked up so."""
    from generator.transcripts import read_transcript
    from generator.transcripts.align import Claim
    from tests.alignment_figures import FIXTURES

    index = build_index(read_transcript(FIXTURES / "talkpython-534-diskcache.vtt"))
    assert "mremo" in index.near_spellings("marimo") and "disccach" in index.near_spellings("diskcach")
    assert index.near_spellings("cache") == [] or all(w != "cache" for w in index.near_spellings("cache"))
    [match] = align_claims(index, [Claim("Marimo is also working on its own caching mechanisms for notebooks", (0,),
                                         hint=(0, 600))])
    assert match.seconds is not None and abs(match.seconds - 176) <= 15, match
    [lower] = align_claims(index, [Claim("marimo is also working on its own caching mechanisms for notebooks", (0,),
                                         hint=(0, 600))])
    assert lower.seconds is not None and abs(lower.seconds - 147) <= 15, lower  # without the name's near spelling


def test_a_number_said_half_a_minute_away_is_not_the_claims():
    """ "Python 3.14 made free threading the default build" is not said: at 37:34 Thomas says "not
    the default and then making it the default", and "Python 3.14, it is officially supported" 40 s
    later. Together they held nearly all its words; its number must be said where it is, or the
    claim scores as one without it (and is not pinned). Said 40 s later on its own, it is found."""
    from generator.transcripts import read_transcript
    from generator.transcripts.align import Claim
    from tests.alignment_figures import FIXTURES

    index = build_index(read_transcript(FIXTURES / "talkpython-532-python-2025-review.vtt"))
    [made, supported] = align_claims(index, [
        Claim("Python 3.14 made free threading the default build", (0,), hint=(2400, 3000)),
        Claim("Free threading is officially supported in Python 3.14", (1,), hint=(2400, 3000))])
    assert made.seconds is None, made
    assert supported.seconds is not None and abs(supported.seconds - 2286) <= 15, supported


def test_a_passage_with_another_number_for_the_same_thing_does_not_support_a_claim():
    """At 52:49 "now we have three developers as residents": a claim of ten developers in residence
    is not said there (nor anywhere); with three it is found."""
    from generator.transcripts import read_transcript
    from generator.transcripts.align import Claim
    from tests.alignment_figures import FIXTURES

    index = build_index(read_transcript(FIXTURES / "talkpython-532-python-2025-review.vtt"))
    [ten, three] = align_claims(index, [
        Claim("The core team has ten developers in residence paid by Microsoft", (0,), hint=(3000, 3600)),
        Claim("The core team has three developers in residence", (1,), hint=(3000, 3600))])
    assert ten.seconds is None, ten
    assert three.seconds is not None and abs(three.seconds - 3170) <= 15, three


def test_a_read_back_a_long_line_a_comma_and_a_lead_in_on_the_three_hour_loop():
    """The Apollo 13 loop: Houston asks for a power-down at 56:16:08 and says it again a minute
    later (the first saying is the moment); "TANK 1 ... barely holding its own at 300" is 15 s into
    a 36 s line whose words the format does not time (the moment is the line's start); "As tank 1
    went slowly to zero, Houston started ..." does not count Houstons ("zero, Houston"), and opens
    at CAPCOM's line that says most of it, not at the CMP's "tank 1 pressure" just before; "FUEL CELL 1
    is closed" 26 s before "The FUEL CELL shutdown procedure is complete for FUEL CELL 1" names only
    what that line says too, and does not open it."""
    from generator.transcripts.align import Claim
    from tests.alignment_figures import FIXTURES, read_fixture

    index = build_index(read_fixture(FIXTURES / "apollo13-air-ground.txt"))
    texts = ["Houston asked for a power-down from the pink pages until the load dropped by 10 amps",
             "Oxygen tank 1 was barely holding its own at 300 while tank 2 read zero",
             "As tank 1 went slowly to zero, Houston started to think about the LM as a lifeboat",
             "The shutdown procedure for fuel cell 1 was completed"]
    matches = align_claims(index, [Claim(text, (i,)) for i, text in enumerate(texts)])
    assert [(m.seconds, m.speaker) for m in matches] == [
        (parse_timestamp("56:16:08"), "CAPCOM"), (parse_timestamp("56:50:58"), "LMP"), (parse_timestamp("57:24:14"), "CAPCOM"),
        (parse_timestamp("57:18:47"), "CMP")]


def test_a_quote_stops_where_another_speaker_answers_or_the_speech_stops():
    """The Apollo 13 loop: the commander's "we've had a problem here" is answered at once by
    CAPCOM's "This is Houston." (the quote ran into it); words said half a minute or more after the
    claim's last are not its words either (a line 99 hours on ran into a quote)."""
    from generator.transcripts import parse_transcript
    from generator.transcripts.align import Claim
    from tests.alignment_figures import FIXTURES, read_fixture

    index = build_index(read_fixture(FIXTURES / "apollo13-air-ground.txt"))
    [problem] = align_claims(index, [Claim("The commander said he believed they had a problem", (0,))])
    assert problem.speaker == "CDR" and problem.quote and problem.quote.endswith("had a problem here.")
    assert "Houston" not in problem.quote
    far = parse_transcript("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\ndeep seek is twenty seven times cheaper\n\n"
                           "99:00:00.000 --> 99:00:02.000\nand the weather\n", "far.vtt")
    [claim] = align_claims(build_index(far), [Claim("DeepSeek is 27x cheaper", (0,))])
    assert claim.seconds == 1.0 and claim.quote == "deep seek is twenty seven times cheaper"


def test_done_is_a_form_of_do():
    """ "Unlike LRU cache, the work does not have to be redone every time" is said at 22:49 as "we
    got to redo it every single time": the two are one word to the aligner."""
    from generator.transcripts.words import tokens

    assert [t for t, _ in tokens("redone, redoing, redo")] == ["redo", "redo", "redo"]
