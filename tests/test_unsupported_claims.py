"""The report's list, for the author, of the claims the transcript does not support (issue #22 §5):
on in an audience whose budget says ``unsupported: true``, off in the built-in audiences, never in
the deck. Checked on the real DiskCache transcript and a content file written from its episode."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from generator.build import build
from generator.cli import main
from generator.errors import BriefingError
from generator.words import appendix_letter, fill, load_words

from .pdf_contents import contents_always

HERE = Path(__file__).resolve().parent / "fixtures" / "transcripts"
CONTENT = HERE / "talkpython-534-diskcache.yaml"
UNSAID = ("DiskCache replaced Memcached at Instagram in 2012", "The cache encrypts every value with AES")
SAID = "You can set a maximum size for the cache"
HEADING = "Appendix C: claims the transcript does not support"  # the report's, after A (times) and B (sources)
PLAIN = "Claims the transcript does not support"  # the handout's: it letters no appendix


def _author(tmp_path: Path, template: str = "") -> Path:
    """A folder with the audience 'author': technical with the list on (and ``template`` as its document)."""
    folder = tmp_path / "aud" / "author"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: technical\nbudget:\n  unsupported: true\n", encoding="utf-8")
    if template:
        (folder / "document.yaml.j2").write_text(template, encoding="utf-8")
    return tmp_path / "aud"


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("unsupported")
    with contents_always():  # (the appendices are read from the contents' lines)
        files = build([CONTENT], audiences=["author", "technical"], formats=["pdf", "md", "pptx"], output=tmp / "out",
                      templates=[_author(tmp)])
    return {(b.audience, b.format): b.path for b in files}


def test_the_authors_report_lists_the_claims_the_transcript_does_not_say_with_their_places(built):
    text = _pdf_text(built["author", "pdf"])
    assert HEADING in text
    appendix = text[text.rindex(HEADING):]  # (the contents name it first)
    for claim in UNSAID:
        assert claim in appendix
    assert "talkpython-534-diskcache.yaml:23:5" in appendix and "talkpython-534-diskcache.yaml:40:9" in appendix
    assert SAID not in appendix and SAID in text  # a claim the recording makes is in the report, not the list
    assert "transcript of Podcast episode" in appendix  # the source whose transcript was read


def test_the_authors_handout_lists_them_too(built):
    text = built["author", "md"].read_text(encoding="utf-8")
    assert "Appendix" not in text
    appendix = text[text.index(f"## {PLAIN}"):]
    lines = [ln for ln in appendix.splitlines() if ln.startswith("- ")]
    unmatched = [ln.split(": warning: not in the transcript: ") for ln in CliRunner().invoke(
        main, ["align", str(CONTENT)]).stderr.splitlines() if ": warning: " in ln]
    assert lines == [f"- {text} ({where})" for where, text in unmatched]  # what `briefing align` says is not said
    assert any(ln.startswith(f"- {UNSAID[0]} (") and ln.endswith(":23:5)") for ln in lines)
    assert not any(SAID in ln for ln in lines)


def test_the_audiences_reports_and_every_deck_leave_it_out(built):
    assert HEADING not in _pdf_text(built["technical", "pdf"])
    assert PLAIN not in built["technical", "md"].read_text(encoding="utf-8")
    deck = " ".join(shape.text_frame.text for slide in Presentation(built["author", "pptx"]).slides
                    for shape in slide.shapes if shape.has_text_frame)
    assert UNSAID[1] in deck  # the claim is a point of the deck, but the list is not there
    assert "does not support" not in deck and "talkpython-534-diskcache.yaml:" not in deck


def test_without_a_transcript_there_is_no_list(tmp_path):
    content = tmp_path / "c.yaml"
    content.write_text(CONTENT.read_text(encoding="utf-8").replace("    transcript: talkpython-534-diskcache.vtt\n", ""),
                       encoding="utf-8")
    files = build([content], audiences=["author"], formats=["md"], output=tmp_path / "out", templates=[_author(tmp_path)])
    assert PLAIN not in files[0].path.read_text(encoding="utf-8")


def _untimed(tmp_path: Path, lang: str = "en") -> Path:
    """The DiskCache content without a time anywhere (in ``lang``), beside its transcript."""
    shutil.copy(HERE / "talkpython-534-diskcache.vtt", tmp_path)
    lines = [ln for ln in CONTENT.read_text(encoding="utf-8").splitlines() if not ln.lstrip().startswith("at: ")]
    text = "\n".join(lines) + f"\nlang: {lang}\n"
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "c.yaml"


def _appendices(text: str, word: str) -> list[str]:
    """The appendix headings of a report's text, as the contents list them (``word``: "Appendix")."""
    return re.findall(rf"{word} \S+ ?: [^.]+?(?= \.)", text)


def test_the_list_is_lettered_after_the_appendices_the_report_has(built, tmp_path):
    """Timed content: A the index, B the sources, C the list. Untimed content has neither lettered
    appendix ahead of it (its sources are not one), so its list is Appendix A."""
    assert _appendices(_pdf_text(built["author", "pdf"]), "Appendix") == [
        "Appendix A: timestamp index", "Appendix B: sources", HEADING]
    with contents_always():  # (the appendices are read from the contents' lines)
        [report] = build([_untimed(tmp_path)], audiences=["author"], formats=["pdf"], output=tmp_path / "out",
                         templates=[_author(tmp_path)])
    text = _pdf_text(report.path)
    assert _appendices(text, "Appendix") == ["Appendix A: claims the transcript does not support"]
    assert "Appendix B" not in text and "Appendix C" not in text and "Sources" in text


@pytest.mark.parametrize("lang, word, first", [("fr", "Annexe", "Annexe A : affirmations que la transcription ne"),
                                                ("de", "Anhang", "Anhang A: Aussagen, die das Transkript nicht")])
def test_the_letter_is_counted_in_every_language(tmp_path, lang, word, first):
    with contents_always():  # (the appendices are read from the contents' lines)
        [report] = build([_untimed(tmp_path, lang)], audiences=["author"], formats=["pdf"], output=tmp_path / "out",
                         templates=[_author(tmp_path)])
    found = _appendices(_pdf_text(report.path), word)
    assert len(found) == 1 and found[0].startswith(first), found


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "ar", "he", "zh"])
def test_each_language_letters_the_list_as_its_other_appendices(code):
    """The list's heading is the index's with the letter of its place: "Appendix A: …", "Appendix B:
    …", then "Appendix C: …" (or "A" alone); in Hebrew א ב ג, in Arabic أ ب ج."""
    words = load_words(code)
    letters = words["appendix_letters"].split()
    prefix = words["unsupported_appendix"].split("{letter}")[0]  # "Appendix ", "Annexe ", "נספח "
    assert len(letters) == 3 and prefix.strip()
    assert words["index_appendix"].startswith(prefix + letters[0]), code
    assert words["sources_appendix"].startswith(prefix + letters[1]), code
    for before in (0, 2):
        heading = fill(words["unsupported_appendix"], letter=appendix_letter(words, before))
        assert heading.startswith(prefix + letters[before]) and "{" not in heading, (code, heading)
    assert appendix_letter(words, 5) == "6"  # a language naming too few letters numbers the rest


def test_a_broken_transcript_is_an_error_at_its_position_and_nothing_is_written(tmp_path):
    content = tmp_path / "c.yaml"
    shutil.copy(CONTENT, content)
    (tmp_path / "talkpython-534-diskcache.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nHello\n",
                                                           encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-t", str(_author(tmp_path)), "-a", "author", "-f", "md",
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "talkpython-534-diskcache.vtt:3:18: '00:00:0x.000' is not a time" in result.output
    assert not list(tmp_path.glob("out/*.md"))


def test_a_template_cannot_write_the_list(tmp_path):
    forged = "unsupported: [{text: x, where: 'c.yaml:1:1'}]\nslides:\n  - {layout: bullets, title: T, bullets: [{text: x}]}\n"
    with pytest.raises(BriefingError, match="a template cannot set the unsupported: the build finds them"):
        build([CONTENT], audiences=["author"], formats=["md"], output=tmp_path / "out",
              templates=[_author(tmp_path, forged)])
