"""A slide's title is its topic's strongest statement with its number, even where the bottom line says it
(review 9 finding 3, issue #21): the title never falls to a side point, a label without its number or the
heading because the bottom line took the topic's main point."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation

from generator.audiences import load_audience
from generator.build import build
from generator.cli import main
from generator.context import build_context
from generator.loader import load_content
from generator.render import render_document
from generator.title_claims import sole_titles
from generator.titles import strongest
from generator.words import load_words

from . import deck_storyline as storyline
from .conftest import AUDIENCES

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"
EN = load_words("en")
MATTRESS = "There have been more mattress unicorns than defense industry unicorns in the last 30 years"


def _imported(folder: Path, notes: str) -> Path:
    path = folder / (Path(notes).stem + ".yaml")
    assert CliRunner().invoke(main, ["import", str(NOTES / notes), "-o", str(path)]).exit_code == 0
    return path


def _deck(path: Path, audience: str) -> list:
    return [s for s in render_document(load_content(path), load_audience(audience)).slides if s.deck]


@pytest.fixture(scope="module")
def allin(tmp_path_factory) -> Path:
    return _imported(tmp_path_factory.mktemp("allin"), "allin-summit-takeaways.txt")


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_label_without_its_number_takes_its_list_s_first_item(tmp_path, audience):
    """Les Cast Codeurs' Trivago slide was titled by the label "Résultats spectaculaires après migration vers
    GraalVM Native Image", the 43→12 replicas in the bullet under it. The title now says the label with its
    list's first item, the one with the number; the other items stay the slide's first point."""
    slides = _deck(_imported(tmp_path, "lescastcodeurs-fr.md"), audience)
    trivago = next(s for s in slides if s.kicker.startswith("Retour d'expérience") and s.bullets)
    assert trivago.title.startswith("Résultats spectaculaires après migration vers GraalVM Native Image")
    assert trivago.title.endswith("réduction des réplicas de 43 à 12")
    said = [b.text for b in trivago.bullets]
    # (the deck's points may be cut at a clause to leave the band its words: title_band.py, review 18; since review 20
    # the band is the CPUs' "15 → 5 cœurs", which its point no longer says: "Images Docker plus légères")
    assert said[0] in ("CPU de 15 à 5 cœurs, images Docker plus légères", "CPU de 15 à 5 cœurs", "Images Docker plus légères")
    assert not [t for t in said if "43 à 12" in t]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_allin_s_slides_keep_a_statement_with_its_number_not_trivia_or_the_heading(allin, audience):
    """allin's China slide was titled "China government does 5-year plans…" over "China real estate is
    10-15 years ahead of the US in technology: …" (a leading statement a colon ends: a label of twelve
    words), its military slide by its heading "Importance of Military Technology" once the bottom line
    took the mattress unicorns (the semiconductor point is two sentences, the second paired with the first by its
    "Meanwhile,": both title the slide, review 14 finding 5, contrast_titles.py). Since
    review 11 (finding 3) its five-year plan and KPIs, which share no key word with the real-estate statement,
    are nested under the plan (covered.py); no statement covers all three, and the heading states nothing
    (review 12: "On China"), so the real-estate statement, with its number, titles it."""
    slides = _deck(allin, audience)
    titles = {s.kicker: s.title for s in slides if s.topic and s.layout == "bullets"}
    assert titles["On China"] == "China real estate is 10-15 years ahead of the US in technology"
    # (review 13: the mattress unicorns, the bottom line's, titled it again once titles might repeat the bottom
    # line: open, see test_titles_real.test_allin_s_slides_are_not_titled_with_statements_their_points_do_not_support)
    assert titles["Importance of Military Technology"] == ("The US is spending 52 billion on semiconductors within our "
                                                          "borders; meanwhile, Apple is investing over 200 billion into China")
    military = next(s for s in slides if s.kicker == "Importance of Military Technology" and s.layout == "bullets")
    # (the title states both, contrast_titles.py; no other line backs it: the report keeps the point under it,
    # title_backing.py, the deck says it once, as the title: title_echo.py, review 18)
    assert not [b.text for b in military.bullets if b.text.endswith("Apple is investing over 200 billion into China")]
    assert MATTRESS not in [b.text for b in slides[1].bullets]  # (an aside of the talk, no item: subject_ties.py)


def test_a_topic_s_only_strong_statement_is_its_title_and_the_bottom_line_takes_the_next(allin, tmp_path):
    """Without its semiconductor point, allin's military topic has one statement with a number, the
    mattress unicorns, which the bottom line said: the slide fell to its heading. The title keeps the
    statement (title_claims.sole_titles claims it); the bottom line, which has other statements, takes the next."""
    path = tmp_path / "allin.yaml"
    path.write_text("".join(line for line in allin.read_text(encoding="utf-8").splitlines(keepends=True)
                            if "The US is spending 52 billion" not in line), encoding="utf-8")
    military = next(t for t in build_context(load_content(path), {}, EN)["topics"]
                    if t["title"] == "Importance of Military Technology")
    assert strongest(military, EN, [{"text": MATTRESS}])["title"] == "Importance of Military Technology"
    assert sole_titles([[military]], EN) == [MATTRESS]
    for audience in AUDIENCES:
        slides = _deck(path, audience)
        assert next(s.title for s in slides if s.kicker == "Importance of Military Technology") == MATTRESS
        summary = [b.text for b in slides[1].bullets]
        assert len(summary) >= 3 and not [t for t in summary if MATTRESS in t]


def test_a_quotation_s_first_sentence_titles_a_slide_closed_with_its_speaker(tmp_path):
    """house-cliff-notes' Armed Services point opens a quotation of two sentences ("“China is the most
    challenging national security threat America has faced in 30 years. If we fail…”"): its first
    sentence alone would open a quotation it never closes, and lose who said it; it titles the slide closed, with
    its speaker (title_voice.py: review 20 found the slide titled "Armed Services", a topic's name)."""
    path = _imported(tmp_path, "house-cliff-notes.txt")
    armed = next(t for t in build_context(load_content(path), {}, EN)["topics"] if t["title"] == "Armed Services")
    assert any(p["text"].startswith("“China is the most challenging") for p in armed["points"])
    title = strongest(armed, EN)["title"]
    assert title == "“China is the most challenging national security threat America has faced in 30 years.” — Mike Rogers"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_point_the_notes_summary_names_titles_its_slide_over_a_side_point(tmp_path, audience):
    """Les Cast Codeurs' OpenJDK slide was titled by a detail, "Même éditer partiellement du code AI-généré
    ne le rend pas acceptable…", the ban itself (21 words, the point the notes' headline "OpenJDK interdit
    le code généré par LLM" names) a bullet under it. Review 14: the ban whole (21 words, two lines) then titled
    it; the headline that names it, a statement within 15 words, titles it now. Review 15 (finding 4): the ban
    as its first point restated the title, and took the room of the contributors' point ("…mais ne peuvent pas
    contribuer le contenu généré", left off); a slide of three other lines or more no longer shows the point its
    shorter title says. The detail stays a point (where the budget keeps it)."""
    slides = _deck(_imported(tmp_path, "lescastcodeurs-fr.md"), audience)
    policy = [s for s in slides if s.kicker == "OpenJDK Interim Policy on Generative AI"]
    assert policy[0].title == "OpenJDK interdit le code généré par LLM"
    assert not [b.text for b in policy[0].bullets if b.text.startswith("OpenJDK adopte une politique")]
    assert len(policy[0].bullets) >= 2  # (the contributors' point and the three risks: five lines)
    # (the detail may title a continuation page of its own — continued_titles.py — and is then no bullet of it)
    assert not [b.text for s in policy if s.title.startswith("Même éditer")
                for b in s.bullets if b.text.startswith("Même éditer")]


def test_a_slide_is_not_titled_by_its_heading_because_the_summary_took_its_statement(tmp_path):
    """The Okeechobee council minutes' "Agenda and Public Comments" slide (policy, technical) was titled by
    its heading: its one statement that fits a title, "Citizen comments are limited to 3 minutes per speaker
    unless otherwise approved by the Mayor.", was the summary's. The storyline rule heading-title no longer
    excuses a statement the summary says: the title keeps it, the summary takes the next statement."""
    path = _imported(tmp_path, "okeechobee-council-minutes.txt")
    build([path], formats=["pptx"], output=tmp_path, audiences=["policy", "technical"])
    for audience in ("policy", "technical"):
        slides = list(Presentation(str(tmp_path / f"{path.stem}-{audience}.pptx")).slides)
        # (but "Call to Order": no statement that fits a title covers its invocation, pledge and call: covered.py)
        assert [d for *_, d in storyline.heading_titles(slides, path) if not d.startswith("'Call to Order'")] == []
        titles = [h for s in slides for h in storyline.heads(s)]
        assert "Citizen comments are limited to 3 minutes per speaker unless otherwise approved by the Mayor" in titles
        assert storyline.narrating_titles(slides) == []


@pytest.mark.parametrize("summary, message", [("Discussion of US export controls on AI hardware to China.", ""),
                                              ("", "Discussion of export controls.")])
def test_a_narrating_sentence_never_titles_a_slide(summary, message):
    """Review 13: "Discussion of US export controls on AI hardware to China" (the topic's summary) titled the
    default's policy slide 6 once the bottom line took its message. A sentence that opens on a narration
    opener (the language's ``narration_openers``) titles no slide: the slide's statement does."""
    point = lambda text: {"text": text, "children": [], "at": None}
    points = [point("Export controls could push China to build its own AI chips faster than expected"),
              point("The H100 was banned from export to China in 2022"),
              point("The H800 was first allowed, then restricted a year later"),
              point("The H20 is now permitted with reduced capabilities")]
    topic = {"title": "Export Controls", "message": message, "summary": summary, "at": None, "points": points}
    assert strongest(topic, EN)["title"] == points[0]["text"]


def test_of_two_points_that_rank_alike_the_one_the_bottom_line_does_not_say_titles_the_slide(allin):
    """allin's military slide: the mattress unicorns and the semiconductor spending both say a number, but "in the
    last 30 years" is a span of time, a frame (weigh.quantity_rank): the 52 billion outranks it and titles the
    slide, also where the bottom line says it (review 13: a title may repeat the bottom line)."""
    topic = next(t for t in build_context(load_content(allin), {}, EN)["topics"] if t["title"].startswith("Importance"))
    spending = "The US is spending 52 billion"
    assert strongest(topic, EN)["title"].startswith(spending)
    assert strongest(topic, EN, summed=[{"text": spending + " on semiconductors within our borders"}])["title"].startswith(
        spending)
    assert strongest(topic, EN, summed=[{"text": MATTRESS}])["title"].startswith(spending)
