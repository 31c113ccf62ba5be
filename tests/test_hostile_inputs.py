"""Attacks on inputs not tried before (issue #24): audience folders (a template that is not UTF-8, a
link loop), a quote's speaker of 20,000 characters, a cast of thousands of speakers. Each is an
error at its place or a build in linear time; never a traceback or a quadratic layout."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.build import build
from generator.cli import main
from tests.conftest import guarded

SOURCES = [{"id": "a", "name": "A", "url": "https://example.org/a"}]


def audience(root, name: str, files: dict):
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\n", encoding="utf-8")
    for path, data in files.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    return folder


def test_a_template_that_is_not_utf8_is_an_error_at_its_byte(project):
    """It was placed at the base template's include line, with Python's codec message."""
    audience(project / "mine", "latin", {"slides/title.yaml.j2": b"title: caf\xe9\n"})
    result = CliRunner().invoke(main, ["build", "-t", "mine", "-a", "latin", "-f", "md"])
    assert result.exit_code == 1
    assert result.output.strip().endswith("mine/latin/slides/title.yaml.j2:1:11: template is not UTF-8 text"), result.output
    assert not (project / "output").exists()


def test_a_link_loop_in_an_audience_folder_is_an_error_at_the_link(project):
    """A link to itself ended every command that searched the folder with Python's "Symlink loop
    from …"; now it is the folder's error, and `briefing audiences` lists the others."""
    folder = audience(project / "mine", "looped", {})
    (folder / "loop.yaml.j2").symlink_to("loop.yaml.j2")
    audience(project / "mine", "fine", {})
    listed = CliRunner().invoke(main, ["audiences", "-t", "mine"])
    assert listed.exit_code == 1 and "\nfine " in listed.output
    assert "mine/looped/loop.yaml.j2: is a link in a loop (to itself, or through other links)" in listed.output
    built = CliRunner().invoke(main, ["build", "-t", "mine", "-a", "looped", "-f", "md"])
    assert built.exit_code == 1
    assert built.output.strip() == "mine/looped/loop.yaml.j2: is a link in a loop (to itself, or through other links)"


def _build_deck(folder) -> None:
    build([folder / "long.yaml"], audiences=["technical"], formats=["pptx"], output=folder / "out")


@pytest.mark.slow  # (a hang guard at a limit: in make test, not test-fast)
def test_quotes_by_a_speaker_of_20000_characters_lay_out_in_linear_time(tmp_path):
    """Each page of a long quote fitted its title by wrapping the whole title at every size and
    measured the attribution again: 8 quotes of 18,000 characters by a speaker of 20,000 took
    minutes; now the title is read as far as its box holds at each size, the attribution once. The
    attribution took more than the slide, so the quote's box had a negative height (invalid
    OOXML, and 170 slides a quote): now at most three lines, shortened with "…"."""
    quote = {"text": "words of the quote " * 950, "speaker": "S" * 20000}
    data = {"title": "Quotes", "sources": SOURCES,
            "topics": [{"id": f"t{i}", "title": f"Topic {i}", "at": f"{i}:00", "points": ["A point about it"],
                        "quotes": [quote]} for i in range(8)]}
    (tmp_path / "long.yaml").write_text(json.dumps(data), encoding="utf-8")
    assert guarded(_build_deck, tmp_path, timeout=60) == ""
    slides = Presentation(str(tmp_path / "out" / "long-technical.pptx")).slides
    titles = [sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame and sh.name.startswith("Title")]
    assert any(t.startswith("SSSS") and t.endswith("…") for t in titles)  # (shortened with "…", whole in the notes)
    shapes = [sh for s in slides for sh in s.shapes]
    assert all(sh.width >= 0 and sh.height >= 0 for sh in shapes)
    said = [sh.text_frame.text for sh in shapes if sh.has_text_frame and sh.text_frame.text.startswith("— SSS")]
    assert said and all(t.endswith("…") and len(t) < 400 for t in said)
    assert len(slides) < 8 * 40


def test_more_speakers_than_the_limit_is_an_error_at_the_first_past_it(tmp_path):
    """The report lists every speaker (5,000 took it 12 s, and nothing bounded them but the file's
    5 MiB): the 1,001st is an error at its line; 1,000 validate."""
    from generator.limits import MAX_SPEAKERS

    topics = [{"id": "t", "title": "Topic", "at": "1:00", "points": ["A point about it"]}]
    lines = ["title: Cast", "sources: [{id: a, name: A, url: 'https://example.org'}]", "topics: " + json.dumps(topics),
             "speakers:"]
    for count in (MAX_SPEAKERS, MAX_SPEAKERS + 1):
        path = tmp_path / f"cast{count}.yaml"
        path.write_text("\n".join(lines + [f"  - {{name: Speaker {i}, role: Panelist}}" for i in range(count)]) + "\n",
                        encoding="utf-8")
        result = CliRunner().invoke(main, ["validate", str(path)])
        if count == MAX_SPEAKERS:
            assert result.exit_code == 0, result.output
        else:
            assert result.exit_code == 1
            assert f"cast{count}.yaml:{len(lines) + MAX_SPEAKERS + 1}:5: at most 1,000 speakers (this is #1,001 of 1,001)" \
                in result.output, result.output


def test_a_content_file_that_is_a_link_loop_is_named_as_one(tmp_path):
    """It was one line of Python's own words ("Symlink loop from '…'"), unlike every other error."""
    (tmp_path / "l1.yaml").symlink_to(tmp_path / "l2.yaml")
    (tmp_path / "l2.yaml").symlink_to(tmp_path / "l1.yaml")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "l1.yaml"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.output.strip() == f"{tmp_path / 'l1.yaml'}: is a link in a loop (to itself, or through other links)"
    assert not (tmp_path / "o").exists()


@pytest.mark.slow  # (a stress test at a limit: make test runs it, make test-fast leaves it out)
def test_a_transcript_past_its_words_limit_is_an_error_at_the_cue_that_passes_it(tmp_path):
    """Its index holds about 500 bytes a word: one 10 MB cue of 2 million words (within the 64 MiB a
    transcript may have) peaked the import at 1.2 GB. At most 500,000 words (about 55 hours of speech)."""
    from generator.limits import MAX_TRANSCRIPT_WORDS

    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\n## First part (0:01)\n- The council approved the budget for the roads.\n",
                     encoding="utf-8")
    cue = "00:00:01.000 --> 00:00:05.000\n"
    for count, code in ((MAX_TRANSCRIPT_WORDS // 2, 0), (MAX_TRANSCRIPT_WORDS // 2 + 1, 1)):
        (tmp_path / "t.vtt").write_text(f"WEBVTT\n\n{cue}{'word ' * (MAX_TRANSCRIPT_WORDS // 2)}\n\n{cue}{'word ' * count}\n",
                                        encoding="utf-8")
        result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "c.yaml"), "--force",
                                           "--transcript", str(tmp_path / "t.vtt")])
        assert result.exit_code == code, result.output
    assert ("t.vtt:6:1: the transcript has more than 500,000 words (about 55 hours of speech): this cue passes the "
            "limit; split the transcript") in result.output


def test_thousands_of_problems_print_the_first_200_and_how_many_more(tmp_path):
    """50,000 topics with an unknown key printed 50,000 lines."""
    lines = ["title: T", "sources: [{id: a, name: A, url: 'https://example.org'}]", "topics:"]
    lines += [f"  - {{id: t{i}, title: T{i}, at: '1:00', bogus: 1}}" for i in range(5000)]
    path = tmp_path / "bad.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    shown = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(shown) == 201
    assert shown[0].endswith("bad.yaml:4:37: unknown field 'bogus'")
    assert shown[199].endswith("bad.yaml:203:41: unknown field 'bogus'")
    assert shown[-1] == "… and 4,800 more problems (fix these, then run it again)"


@pytest.mark.parametrize("title", ["\u0301" * 50, "\u20dd\u0301 \u200b"])
def test_a_title_of_accents_with_no_letter_is_blank(tmp_path, title):
    """Combining marks with no letter to sit on showed nothing readable on the title slide; a
    letter with many accents is still a title."""
    path = tmp_path / "marks.yaml"
    data = {"title": title, "sources": SOURCES, "topics": [{"id": "t", "title": "T" + title, "at": "1:00"}]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and result.output.strip().endswith("marks.yaml:1:11: title: is blank: the title is what "
                                                                     "its slide shows"), result.output
