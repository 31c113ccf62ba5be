"""Issue #20 §9: the words the tool adds come from a language file picked by the content's `lang`,
an audience folder overrides or adds one, a missing word is the English one. Read from the built
deck, report and handout."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from generator.audiences import load_audience
from generator.build import build
from generator.cli import main
from generator.errors import BriefingError
from generator.loader import load_content
from generator.render import render_document
from generator.words import LANG_DIR, codes, load_words
from tests.conftest import DEFAULT

LANGUAGES = ("en", "fr", "de", "es", "ar", "he", "zh")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def read(code: str) -> dict:
    return yaml.safe_load((LANG_DIR / f"{code}.yaml").read_text(encoding="utf-8"))


def in_language(tmp_path: Path, lang: str, name: str = "briefing") -> Path:
    """The default content with its `lang` set to ``lang``."""
    text = DEFAULT.read_text(encoding="utf-8")
    assert "\nlang: en\n" in text
    path = tmp_path / f"{name}.yaml"
    path.write_text(text.replace("\nlang: en\n", f"\nlang: {lang}\n"), encoding="utf-8")
    return path


def deck_text(path) -> str:
    return "\n".join(sh.text_frame.text for slide in Presentation(str(path)).slides for sh in slide.shapes
                     if sh.has_text_frame)


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize("code", LANGUAGES[1:])
def test_every_language_file_has_every_word_of_english_with_its_placeholders(code):
    english, words = read("en"), read(code)
    assert set(words) == set(english)
    for key, text in words.items():
        assert isinstance(text, str) and text.strip(), key
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(english[key])), key
        if key not in ("sources", "source", "conclusion", "agenda", "index_page", "index_links", "page_of", "cont",
                       "cont_number", "chart_part", "logo_alt", "appendix_letters", "moved_then", "links",
                       "chapter_quoted", "question_labels"):  # (Chinese quotes a title as English does; "Q:" in French too)
            assert text != english[key], f"{code}.yaml: '{key}' is not translated"


def test_every_shipped_language_file_is_listed_in_the_tests():
    assert {p.stem for p in LANG_DIR.glob("*.yaml")} == set(LANGUAGES)


def test_french_content_gets_french_words_in_deck_report_and_handout(tmp_path):
    path = in_language(tmp_path, "fr")
    # a topic of three slides (points, chart, a grid of two figures), so the technical deck has a divider ("Partie 1")
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: training-cost\n", (
        "    figures:\n      - {value: 671B, label: parameters in DeepSeek V3}\n"
        "      - {value: 37B, label: parameters active for each token}\n\n  - id: training-cost\n"), 1), encoding="utf-8")
    build([path], formats=["pptx", "pdf", "md"], output=tmp_path)
    executive = deck_text(tmp_path / "briefing-executive.pptx")
    # (the executive deck has no agenda and no figures slide of its own: its storyline)
    assert "L’essentiel" in executive and "Également abordé" in executive and "Ce que cela signifie" in executive
    assert "The bottom line" not in executive and "Also discussed" not in executive
    assert "Sommaire" in deck_text(tmp_path / "briefing-technical.pptx")  # (the policy deck has none: review 18)
    technical = deck_text(tmp_path / "briefing-technical.pptx")
    assert "Points clés" in technical and "Partie 1\u00a0: " in technical  # (no slide continues: each fits its words)
    assert "Les sujets dans l’ordre chronologique" in technical and "Key takeaways" not in technical
    report = pdf_text(tmp_path / "briefing-policy.pdf")
    assert "Page 2 sur " in report and "Sources" in report  # (no index: its sources are no appendix, review 21)
    assert "Ce que les décideurs publics doivent savoir" in report and "Contents" not in report
    whole = pdf_text(tmp_path / "briefing-technical.pdf")  # (the technical report: its contents and the index)
    assert "Table des matières" in whole and "Annexe B" in whole and "Contents" not in whole
    assert "Appendix" not in report and "Figure 1\u00a0: " in report.replace(" : ", "\u00a0: ")
    handout = (tmp_path / "briefing-technical.md").read_text(encoding="utf-8")
    assert "## Index des horodatages" in handout and "| Temps | Où | Liens |" in handout
    assert "## Sources" in handout and "Prepared for" not in handout  # (no built-in audience says who it is for)
    deck = Presentation(str(tmp_path / "briefing-technical.pptx"))
    alts = [sh._element.xpath("./*[1]/p:cNvPr/@descr")[0] for slide in deck.slides for sh in slide.shapes if sh.has_chart]
    assert alts and all(a.startswith(("Graphique", "Histogramme", "Frise chronologique")) for a in alts), alts


def test_english_content_keeps_its_words():
    document = render_document(load_content(DEFAULT), load_audience("executive"))
    assert document.words == read("en") and document.slides[1].title == "The bottom line"


def test_an_audience_overrides_words_adds_a_language_and_an_unknown_language_is_english(tmp_path):
    board = tmp_path / "audiences" / "board"
    (board / "lang").mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (board / "document.yaml.j2").write_text('{% extends "executive/document.yaml.j2" %}\n'  # with an agenda
                                            '{% block agenda %}{% include "slides/agenda.yaml.j2" %}{% endblock %}\n',
                                            encoding="utf-8")
    (board / "lang" / "fr.yaml").write_text("bottom_line: En bref\n", encoding="utf-8")
    (board / "lang" / "en.yaml").write_text("agenda: Running order\n", encoding="utf-8")
    (board / "lang" / "nl.yaml").write_text("bottom_line: De kern\n", encoding="utf-8")
    french = in_language(tmp_path, "fr", "french")
    build([french], audiences=["board"], formats=["pptx"], output=tmp_path, templates=[tmp_path / "audiences"])
    text = deck_text(tmp_path / "french-board.pptx")
    assert "En bref" in text and "L’essentiel" not in text  # the audience's word wins
    assert "Sommaire" in text and "Running order" not in text  # its English word yields to French
    audience = load_audience("board", [tmp_path / "audiences"])
    dutch = load_words("nl", audience.chain)
    assert dutch["bottom_line"] == "De kern" and dutch["agenda"] == "Running order" and dutch["contents"] == "Contents"
    assert load_words("pt-BR", audience.chain)["bottom_line"] == "The bottom line"
    assert load_words("fr-CA")["contents"] == "Table des matières" and codes("fr-CA") == ["fr", "fr-ca"]
    # an audience extending board keeps board's words
    (tmp_path / "audiences" / "board-fr").mkdir()
    (tmp_path / "audiences" / "board-fr" / "audience.yaml").write_text("extends: board\n", encoding="utf-8")
    assert load_words("fr", load_audience("board-fr", [tmp_path / "audiences"]).chain)["bottom_line"] == "En bref"


def test_a_wrong_word_in_an_audience_language_file_is_reported_at_its_line(tmp_path):
    board = tmp_path / "board"
    (board / "lang").mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    words = board / "lang" / "fr.yaml"
    words.write_text("bottom_line: En bref\nagnda: Ordre du jour\npage_of: Page {page} sur {total}\n", encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        load_words("fr", load_audience("board", [tmp_path]).chain)
    messages = [str(p) for p in caught.value.problems]
    assert messages[0].startswith(f"{words}:2:1: unknown word 'agnda'")
    assert messages[1].startswith(f"{words}:3:10: page_of: {{total}} is not filled in here (this word takes {{page}}, {{pages}})")
    result = CliRunner().invoke(main, ["build", str(in_language(tmp_path, "fr")), "-a", "board", "-t", str(tmp_path),
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "unknown word 'agnda'" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("word, why", [('"[board](javascript:alert(1))"', "links must be http, https or mailto"),
                                       ('"see [this](file:///etc/passwd)"', "links must be http, https or mailto"),
                                       ('""', "is blank"), ('"   "', "is blank"),
                                       ('"' + "w" * 20_001 + '"', "longer than 20000 characters")])
def test_a_word_no_document_may_hold_is_reported_in_its_language_file_not_at_a_template(tmp_path, word, why):
    """A word the Document would refuse (an unsafe link, blank, too long) is an error at the word
    in the audience's lang file, not at the base template line that writes it; no output is made."""
    board = tmp_path / "board"
    (board / "lang").mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    words = board / "lang" / "en.yaml"
    words.write_text(f"agenda: Running order\nbottom_line: {word}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "board", "-t", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{words}:2:14: bottom_line: ") and why in result.output
    assert "templates" not in result.output and "internal error" not in result.output
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("lang", ["ar", "he", "zh"])
def test_right_to_left_and_chinese_words_reach_deck_and_report(tmp_path, lang):
    path = in_language(tmp_path, lang)
    build([path], audiences=["policy", "technical"], formats=["pptx", "pdf"], output=tmp_path)
    words = read(lang)
    deck = deck_text(tmp_path / "briefing-policy.pptx")
    assert words["policy_summary"] in deck and words["implications"] in deck
    assert words["agenda"] in deck_text(tmp_path / "briefing-technical.pptx")  # (the policy deck has none: review 18)
    report = unicodedata.normalize("NFKC", pdf_text(tmp_path / "briefing-policy.pdf"))  # Arabic as drawn: its shaped forms
    # a right-to-left word is extracted in reading order or reversed (as drawn); either shows it is there
    assert any(w in report for w in (words["contents"], words["contents"][::-1])), report[:400]


def test_briefing_words_prints_a_language_file_that_reads_back_as_written(tmp_path):
    runner = CliRunner()
    printed = runner.invoke(main, ["words", "ar"])
    assert printed.exit_code == 0, printed.output
    assert yaml.safe_load(printed.output) == load_words("ar")
    board = tmp_path / "board"
    (board / "lang").mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: policy\n", encoding="utf-8")
    (board / "lang" / "fr.yaml").write_text(runner.invoke(main, ["words", "fr"]).output.replace(
        '"Sommaire"', '"Au programme"'), encoding="utf-8")  # the printed file, edited, is an audience's
    shown = runner.invoke(main, ["words", "fr", "-a", "board", "-t", str(tmp_path)])
    assert shown.exit_code == 0 and 'agenda: "Au programme"\n' in shown.output
    assert yaml.safe_load(shown.output) == {**read("fr"), "agenda": "Au programme"}
    refused = runner.invoke(main, ["words", "../../etc/passwd"])
    assert refused.exit_code == 1 and "is not a language code" in refused.output


@pytest.mark.parametrize("word, said", [
    ("We cover {count[0]} topics", "'{count[0]}' is not a placeholder"), ("We cover {} topics", "'{}' is not a placeholder"),
    ("We cover {count topics", "'{count topic' is not a placeholder"), ("We cover count} topics", "'}' is not a placeholder"),
    ("{count}{{count}}", "'{{count}' is not a placeholder"), ("We cover {total} topics", "{total} is not filled in here")])
def test_a_word_with_a_brace_that_is_not_its_placeholder_is_an_error_at_its_line(tmp_path, word, said):
    """Found by the attack: `{count[0]}`, `{}` and an unclosed `{page` passed `briefing words` (and
    were written literally); a brace in a word is only a placeholder of that word."""
    board = tmp_path / "board"
    (board / "lang").mkdir(parents=True)
    (board / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    words = board / "lang" / "en.yaml"
    words.write_text(f'agenda: Running order\nagenda_notes: "{word}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["words", "-a", "board", "-t", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"{words}:2:15: agenda_notes: {said}" + (
        ": a brace in a word only opens or closes one" if "placeholder" in said else "") + " (this word takes {count})"
    words.write_text('agenda_notes: "We cover {count} topics, {count} in all"\n', encoding="utf-8")
    assert CliRunner().invoke(main, ["words", "-a", "board", "-t", str(tmp_path)]).exit_code == 0
