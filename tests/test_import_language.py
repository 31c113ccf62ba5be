"""Issue #20 §9: `briefing import` writes the language of the notes as the content's `lang`, so the
words the tool adds come in that language (detected by script for ar, he, zh and by common words
for en, fr, de, es; English when unsure)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.cli import main
from generator.importer.language import detect_language
from generator.yamlio import load_yaml_file

from tests.conftest import guarded

FIXTURES = Path(__file__).resolve().parent / "fixtures"

NOTES = {
    "fr": """Le marché de l'énergie en 2026
Résumé de l'épisode
- Les prix de l'électricité ont baissé de 12 % sur un an, mais la demande des centres de données augmente.
- Le nucléaire reste la base du système français et les nouveaux réacteurs ne sont pas attendus avant 2035.
Sujets
00:00 Introduction et présentation des invités
04:30 Pourquoi les prix baissent dans toute l'Europe
- La production solaire a doublé et le gaz est moins cher qu'en 2023.
18:45 Ce que cela change pour les ménages et pour les entreprises
""",
    "de": """Die Zukunft der Bahn
Zusammenfassung der Folge
- Die Pünktlichkeit im Fernverkehr ist auf 63 Prozent gefallen, und die Sanierung der Strecken wird Jahre dauern.
- Der Bund will bis 2030 über 40 Milliarden Euro in das Netz investieren.
Themen
00:00 Begrüßung und Vorstellung der Gäste
06:10 Warum die Züge nicht pünktlich sind
- Baustellen auf den Hauptstrecken und zu wenig Personal in den Stellwerken.
21:30 Was sich für die Fahrgäste ändern wird
""",
    "es": """La crisis del agua en el sur
Resumen del episodio
- Los embalses están al 22 por ciento de su capacidad y las restricciones afectan a más de un millón de personas.
- El Gobierno aprobó un plan de desalinización que no estará listo hasta 2028.
Temas
00:00 Presentación de los invitados
05:20 Por qué la sequía es más larga que las anteriores
- Las lluvias de primavera fueron las más bajas desde que hay registros.
19:40 Qué pueden hacer los agricultores y las ciudades
""",
    "ar": """مستقبل الطاقة الشمسية في المنطقة
ملخص الحلقة
- تضاعفت قدرة الطاقة الشمسية المركبة خلال ثلاث سنوات، وانخفضت تكلفة الألواح إلى النصف.
- تخطط الحكومات لربط الشبكات الكهربائية بين الدول بحلول عام 2030.
المواضيع
00:00 مقدمة وتعريف بالضيوف
07:15 لماذا انخفضت الأسعار بهذه السرعة
22:40 ما الذي يعنيه ذلك للمستهلكين
""",
    "he": """עתיד התחבורה הציבורית בערים
סיכום הפרק
- מספר הנוסעים ברכבת הקלה עלה ב־30 אחוז בשנה האחרונה.
- העירייה מתכננת להוסיף שלושה קווים חדשים עד שנת 2030.
נושאים
00:00 פתיחה והצגת האורחים
08:20 למה הפקקים לא נעלמים
24:10 מה יקרה בשנים הקרובות
""",
    "zh": """城市交通的未来
本期摘要
- 过去一年地铁客流量增长了百分之十五，但公交线路的使用率继续下降。
- 市政府计划在2030年前新建三条地铁线路。
话题
00:00 开场和嘉宾介绍
06:45 为什么公交车越来越少人坐
21:05 未来几年会有哪些变化
""",
}


@pytest.mark.parametrize("lang", sorted(NOTES))
def test_the_language_of_notes_is_detected(lang):
    assert detect_language(NOTES[lang]) == lang


@pytest.mark.parametrize("name", ["seed-notes.txt", "committee-hearing.txt", "panel-chapters.txt"])
def test_english_notes_are_english(name):
    assert detect_language((FIXTURES / name).read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize("text", ["", "12:30 Intro\n14:00 Q&A", "Le DeepSeek", "https://example.org/le-la-les-des-et"])
def test_too_little_to_tell_is_english(text):
    assert detect_language(text) == "en"


def test_imported_french_notes_build_with_french_words(tmp_path):
    notes = tmp_path / "energie.txt"
    notes.write_text(NOTES["fr"], encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(notes), "-o", str(tmp_path / "energie.yaml")])
    assert result.exit_code == 0, result.output
    assert "language: fr (of the words briefing adds" in result.output
    assert load_yaml_file(tmp_path / "energie.yaml").data["lang"] == "fr"
    result = runner.invoke(main, ["build", str(tmp_path / "energie.yaml"), "-a", "technical", "-f", "pptx",
                                  "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    texts = [sh.text_frame.text for slide in Presentation(str(tmp_path / "energie-technical.pptx")).slides
             for sh in slide.shapes if sh.has_text_frame]
    # (one topic with points: an agenda of one item is no agenda, and an About of one line is the report's only, so
    # the French words shown are the "also discussed" slide's)
    assert "Également abordé" in texts and "Also discussed" not in texts and "Agenda" not in texts


def test_imported_english_notes_write_no_lang(tmp_path):
    result = CliRunner().invoke(main, ["import", str(FIXTURES / "seed-notes.txt"), "-o", str(tmp_path / "seed.yaml")])
    assert result.exit_code == 0, result.output
    assert "lang" not in load_yaml_file(tmp_path / "seed.yaml").data and "language:" not in result.output


@pytest.mark.parametrize("text", ["x" * (5 * 2**20), "a://" * (2**20), "@" * (5 * 2**20)])
def test_notes_of_one_long_word_are_told_in_linear_time(text):
    """Hang guard (found by attack): links were searched with a pattern that backtracked over each
    run of letters, quadratic in its length (7 s for 40,000 letters, hours for 5 MiB)."""
    assert guarded(detect_language, text, timeout=5) == ""


@pytest.mark.parametrize("text, lang", [
    ("le la les des et est une un https://x.example/le@la le la les des et est une un", "fr"),
    ("://der die@ x@das der die das und ist nicht mit den", "de"),
])
def test_links_and_addresses_are_not_counted_as_words(text, lang):
    assert detect_language(text) == lang


def test_invisible_characters_in_a_scripts_block_are_not_its_letters():
    """Found by attack: U+FEFF (a zero-width no-break space, in Arabic Presentation Forms-B) made
    English notes Arabic; only letters count for a script."""
    english = "the results of the quarter were good and the team is happy with it " * 2
    assert detect_language(english + "\ufeff" * 200) == "en"
    assert detect_language("مرحبا بكم في هذه الحلقة " * 3 + "\ufeff" * 10) == "ar"
