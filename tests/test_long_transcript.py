"""A real transcript of more than three hours, end to end: the Apollo 13 air-ground loop from the
evening TV broadcast to the first LM burn PAD (mission elapsed time 55:46:11 to 59:07:07), read by
briefing's WebVTT reader, aligned with `briefing align`, and the aligned content built into a deck,
a report and a handout whose times open the recording at each claim's own moment."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.loader import load_content
from generator.timestamps import parse_timestamp
from tests.apollo_script import read, to_webvtt

HERE = Path(__file__).resolve().parent / "fixtures" / "transcripts"
SOURCE = HERE / "apollo13-air-ground.txt"
CONTENT = HERE / "apollo13-air-ground.yaml"
URL = "https://archive.org/details/Apollo13Audio"
# Where each claim of the content is said (the start of the line where it begins, read in the
# transcript), and who says it; None: the recording does not say it.
TRUTH = {
    "A MAIN B bus undervolt and a pretty large bang came together, and the spacecraft was venting a gas into space":
        ("55:55:35", None),
    "Houston figured the command module had about 15 minutes of power left, so the crew moved into the LM":
        ("57:36:14", "CAPCOM"),
    "Houston ordered the crew to come home on the service module engine at once": (None, None),
    "The commander said he believed they had a problem": ("55:55:20", "CDR"),
    "The computer had a restart and showed a PGNCS light": ("55:57:29", "CDR"),
    "Looking out the hatch, the commander saw the spacecraft venting a gas into space": ("56:09:07", "CDR"),
    "Houston said lots and lots of people were working on the problem": ("56:28:07", "CAPCOM"),
    "Oxygen tank 1 pressure fell below 300": ("57:14:10", "LMP"),
    "The crew reported a fire in the command module cabin": (None, None),
    "From Aquarius, the lunar module pilot said he didn't think he'd be back this soon": ("58:00:40", "LMP"),
    "Odyssey was completely powered down following the procedure read to Jack": ("58:40:14", "CDR"),
    "15 min of power left in the command module": ("57:36:14", "CAPCOM"),
    "The DPS trim angles were pitch 5.86 and roll 6.75": ("59:03:20", "CAPCOM"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The content and the transcript as WebVTT, side by side."""
    where = tmp_path_factory.mktemp("apollo13")
    (where / "loop.vtt").write_text(to_webvtt(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
    (where / "c.yaml").write_bytes(CONTENT.read_bytes())
    return where


def test_the_fixture_is_the_published_transcript_of_more_than_three_hours():
    text = SOURCE.read_text(encoding="utf-8")
    assert text.startswith("[55 46 11 - 55 46 28] CDR\nRoger. Sounds good.")
    assert text.endswith("[59 07 01 - 59 07 07] LMP\nHey, Jack? Do you still have a mission timer? You don't? Okay.\n")
    transcript = read(SOURCE)
    assert transcript.format == "webvtt" and len(transcript.cues) == text.count("\n[") + 1 == 668
    first, last = transcript.cues[0], transcript.cues[-1]
    assert (first.start, last.end) == (parse_timestamp("55:46:11"), parse_timestamp("59:07:07"))
    assert last.end - first.start >= 3 * 3600
    assert transcript.speakers == ["CDR", "CAPCOM", "CMP", "LMP"]
    said = " ".join(c.text for c in transcript.cues)
    assert "The scriptwriters felt" not in said  # the project's notes are NOTE blocks, not speech
    assert "Houston, we've had a problem. We've had a MAIN B BUS UNDERVOLT." in said  # its {braces} dropped
    assert "I just hope the G&N hangs up" in said  # & escaped in the WebVTT, read back by its entity
    # "[55 48 40 -]" is cut off by the CMP's "Go ahead." at 55:48:45 and goes on in "[- 55 49 12]"
    cut, answer, rest = transcript.cues[2:5]
    assert (cut.speaker, cut.start, cut.end) == ("CAPCOM", parse_timestamp("55:48:40"), parse_timestamp("55:48:45"))
    assert (answer.speaker, answer.text) == ("CMP", "Go ahead.")
    assert (rest.speaker, rest.start, rest.end) == ("CAPCOM", answer.end, parse_timestamp("55:49:12"))
    assert rest.text.startswith("- we'd like you to roll right to 060")


def test_align_ties_each_claim_to_its_moment_and_speaker_three_hours_in(folder):
    result = CliRunner().invoke(main, ["align", str(folder / "c.yaml"), str(folder / "loop.vtt"), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == list(TRUTH)
    matched = 0
    for row in rows:
        at, speaker = TRUTH[row["text"]]
        if at is None:
            assert row["seconds"] is None, row  # not said: pinned nowhere
            continue
        if row["seconds"] is None:
            continue
        matched += 1
        assert abs(row["seconds"] - parse_timestamp(at)) <= 15, row
        assert parse_timestamp(row["at"]) == round(row["seconds"]) and row["at"].startswith(("55:", "56:", "57:", "58:", "59:"))
        assert speaker is None or row["speaker"] == speaker, row
    assert matched >= 9  # of the 11 said
    assert f"{matched} of 13 claims matched" in result.stderr
    assert f"{folder / 'c.yaml'}:29:9: warning: not in the transcript: The crew reported a fire" in result.stderr


def test_the_deck_report_and_handout_open_the_recording_at_each_claims_moment(folder):
    from pptx import Presentation
    from pypdf import PdfReader

    from generator.build import build

    out = folder / "aligned.yaml"
    result = CliRunner().invoke(main, ["align", str(folder / "c.yaml"), str(folder / "loop.vtt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    content = load_content(out)
    point = next(p for t in content.topics for p in t.points if p.text.startswith("Houston said lots and lots"))
    topic = next(t for t in content.topics if point in t.points)
    assert abs(point.at - parse_timestamp("56:28:07")) <= 15 and point.at != topic.at and point.speaker == "CAPCOM"
    link = f"{URL}#t={point.at}"
    built = {b.format: b.path for b in build([out], audiences=["technical"], formats=["pptx", "pdf", "md"],
                                              output=folder / "out")}
    handout = built["md"].read_text(encoding="utf-8")
    [line] = [ln for ln in handout.splitlines() if "lots and lots of people" in ln]
    assert f"({link})" in line
    deck = Presentation(built["pptx"])
    slide = next(s for s in deck.slides if any(sh.has_text_frame and "lots and lots of people" in sh.text_frame.text
                                               for sh in s.shapes))
    addresses = {r.hyperlink.address for sh in slide.shapes if sh.has_text_frame
                 for p in sh.text_frame.paragraphs for r in p.runs if r.hyperlink.address}
    assert link in addresses
    uris = {a.get_object()["/A"].get("/URI") for page in PdfReader(built["pdf"]).pages
            for a in page.get("/Annots", []) if "/A" in a.get_object()}
    assert link in uris
    times = {f"{URL}#t={p.at}" for t in content.topics for p in t.points if p.at is not None}
    assert len(times) >= 6 and times <= uris  # every aligned point links to its own moment in the report
