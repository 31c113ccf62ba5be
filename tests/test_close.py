"""What a deck ends on (issue #21 rule 6, review 7 finding 4, review 12 finding 5), on real notes: the
notes' concluding and forward-looking statements close it — a recommendation, what is under way, a
consequence — also where they sit on a topic that has a slide (the deck then says them once, in the
close), from one topic or the first of each of several; never a topic's figure, never one that leaves its slide under two points,
never promotion, a biography or the bottom line again; a conclusion's title has 15 words at most.
And a sentence that runs on after a list is never cut into lower-case fragments ("unlocks your doors").
Each fixture is imported, built, and read back with python-pptx."""
from __future__ import annotations

import json

from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.build import build
from generator.clause_bounds import list_items
from generator.long_points import split_long
from generator.close import closes, outlook
from generator.document import Bullet
from generator.importer import import_file
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, built_notes

BUILT = ("lescastcodeurs-fr.md", "allin-summit-takeaways.txt", "gop-hearing-readouts.txt")
EN, FR = load_words("en"), load_words("fr")
RECOMMENDED = ("Approche recommandée : commencer par les services les moins complexes, investir massivement dans "
               "les tests automatisés")
UNDER_WAY = "Oracle, sponsor corporatif d'OpenJDK, travaille sur une politique complète à soumettre au Governing Board"
LIKELY = "As it stands China is likely to have a population of 600 million by 2095"
NEXT = "The committee will continue to investigate why GM and NHTSA failed to connect the dots and take action sooner."


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Every audience's deck and report of each BUILT notes file: the folder."""
    return built_notes(tmp_path_factory.mktemp("close"), BUILT, formats=["pptx", "pdf"])


@pytest.fixture(scope="module")
def decks(built) -> dict[tuple[str, str], list]:
    """Every audience's deck of each BUILT notes file, as its slides, by (file stem, audience)."""
    return {(Path(n).stem, a): list(Presentation(str(built / f"{Path(n).stem}-{a}.pptx")).slides)
            for n in BUILT for a in AUDIENCES}


def _lines(slide) -> list[str]:
    return [p.text.strip() for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
            if p.text.strip()]


def _close(slides: list, sources: str) -> tuple[int, list[str]]:
    """The slide a deck ends on before its sources: its number and lines."""
    last = len(slides) - (2 if sources in _lines(slides[-1])[:1] else 1)
    return last, _lines(slides[last])


def test_topics_statements_close_the_deck_under_the_close_word_never_titling_it(decks, built):
    """lescastcodeurs-fr's concluding and forward-looking points come from three topics (the Trivago
    recommendation, what Oracle is working on, "La configuration n'est pas un défaut…"). Review 7 found
    them closing the deck untitled as "what it means"; review 12 found the deck ending on Sources; review 13
    found the first titling the others, of other topics; review 14 found three unrelated lines; review 15, no
    common point; review 16, the Trivago advice titling the close over the bottom line's top item; review 18 found
    the deck ending on a list of raw links, with no "what it means" at all (finding 4). Each statement follows from
    an item of the bottom line (close_ties.backing, in its order), so together they close the deck under the
    audience's word for a close, which titles it: a topic's statement never titles a close (close.titled: only the
    notes' own do). Each is said once in the deck, and on its topic's page of the report."""
    for audience, heading in zip(AUDIENCES, (FR["what_it_means"], FR["implications"], FR["conclusion"])):
        slides = decks["lescastcodeurs-fr", audience]
        last, lines = _close(slides, FR["sources"])
        assert lines[0] == heading and last == len(slides) - 2, (audience, lines)
        assert RECOMMENDED in lines and UNDER_WAY in lines, (audience, lines)
        titles = [_lines(s)[0] for s in slides]
        assert not {RECOMMENDED, UNDER_WAY} & set(titles), audience
        everywhere = [line for s in slides for line in _lines(s)]
        assert everywhere.count(RECOMMENDED) == 1 and everywhere.count(UNDER_WAY) == 1, audience
    pages = PdfReader(built / "lescastcodeurs-fr-technical.pdf").pages  # (the report: on their topics' pages too)
    report = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert report.count(RECOMMENDED) >= 1 and report.count(UNDER_WAY) >= 1


def test_a_topics_projection_figure_stays_on_its_slide_and_is_no_close(decks):
    """allin-summit-takeaways closed on the birth-rate topic's projection ("China is likely to have a
    population of 600 million by 2095"), which left that topic's slide one point (review 7): a point
    with a quantity is its topic's evidence, and a close never leaves a topic slide under two points. (The deck has
    no close: its last slide may be that topic's, which the executive's evidence order puts last: evidence_order.py.)"""
    for audience in AUDIENCES:
        slides = decks["allin-summit-takeaways", audience]
        last, lines = _close(slides, EN["sources"])
        assert not any(line.startswith(LIKELY) for line in lines) or "Declining Birth Rate" in lines[:2], audience
        [birth] = [s for s in slides if any(line.startswith(LIKELY) for line in _lines(s))]
        assert len(_lines(birth)) - 4 >= 2, audience  # (title, kicker, footer and page, then two points or more)


def test_a_close_never_leaves_its_topic_slide_under_two_points():
    """lescastcodeurs-fr's Trivago topic, cut to its results and its recommendation: the recommendation
    closes only where the slide keeps two other points (it left one of 16 words before)."""
    def point(text: str) -> dict:
        return {"text": text, "at": None, "children": []}
    lines = (NOTES / "lescastcodeurs-fr.md").read_text(encoding="utf-8").split("\n")
    results, gateway = (next(line[2:] for line in lines if line.startswith(f"- {start}"))
                        for start in ("Résultats spectaculaires", "La passerelle GraphQL"))
    topic = {"index": 0, "title": "Retour d'expérience d'une migration vers graalVM chez Trivago", "figures": [],
             "points": [point(results), point(RECOMMENDED)], "aside": False, "message": "", "summary": "", "at": None}
    opened = [point("GraalVM cartonne chez Trivago (43 à 12 réplicas !)")]  # (the topic backs the bottom line)
    topic["id"] = "trivago"
    assert outlook([], opened, [topic], [topic], [], FR) == []
    topic["points"].insert(1, point(gateway))
    assert [p["text"] for p in outlook([], opened, [topic], [topic], [], FR)] == [RECOMMENDED]
    assert outlook([], [], [topic], [topic], [], FR) == []  # (no bottom line: nothing a close follows from)


def test_one_topics_statement_of_what_comes_next_alone_is_no_close(decks):
    """gop-hearing-readouts: what the committee will do next closed, with the chairman's words after it (30 words,
    a quotation: never cut, so no line of a close, which holds 25 words at most). One statement alone is no close
    (a close holds two to four): the deck ends on its evidence, and no slide shows the chairman's words cut."""
    for audience in AUDIENCES:
        slides = decks["gop-hearing-readouts", audience]
        last, lines = _close(slides, EN["sources"])
        assert lines[0] not in (EN["what_it_means"], EN["implications"], EN["conclusion"]), (audience, lines)
        cut = "And we will work until we have those answers"
        assert not any(line.endswith(cut) for s in slides for line in _lines(s)), audience


def test_a_conclusion_sentence_over_15_words_is_no_title_and_the_close_keeps_whole_sentences(tmp_path):
    """A conclusion's first sentence titled the close up to 20 words (the default content's: 20 vague
    words, review 7): over 15, the audience's word for it is the title and the sentence a point. Past
    the deck's words the close's last sentences go whole to the report, never cut to "…"."""
    target, _ = import_file(NOTES / "gop-hearing-readouts.txt", tmp_path / "gop.yaml")
    lines = (NOTES / "gop-hearing-readouts.txt").read_text(encoding="utf-8").split("\n")
    said = " ".join(next(line for line in lines if line.startswith(start)) for start in (NEXT, "While the committee"))
    with target.open("a", encoding="utf-8") as out:
        out.write(f"conclusion: {json.dumps(said)}\n")
    build([target], formats=["pptx"], output=tmp_path, audiences=["executive"])
    last, shown = _close(list(Presentation(str(tmp_path / "gop-executive.pptx")).slides), EN["sources"])
    points = shown[1:-2]  # (then the footer and the page)
    assert shown[0] == EN["what_it_means"] and points[0] == NEXT and len(points) >= 2
    assert all(point in said and point.endswith((".", "”")) for point in points), points
    assert sum(len(point.split()) for point in points) <= 75


def test_only_statements_that_conclude_or_look_ahead_and_do_not_sell_close_a_deck():
    """Real sentences of the fixtures: concluding or forward-looking ones close; a blurb addressed to
    the listener (syntax-tips, with or without its "!"), a plug, a description of the episode do not."""
    amd = (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8")
    optimistic = next(s for s in amd.split("\n") if "optimistic" in s)
    assert closes(RECOMMENDED, FR) and closes(UNDER_WAY, FR) and closes(optimistic.split(". ")[-1], EN)
    assert closes("La configuration n'est pas un défaut de conception mais une conséquence logique du passage du "
                  "dynamique au statique.", FR)
    blurb = next(s for s in (NOTES / "syntax-tips.md").read_text(encoding="utf-8").split("\n") if "level up" in s)
    selling = blurb.split(". ")[-1]
    assert selling.endswith("!") and not closes(selling, EN) and not closes(selling.rstrip("!"), EN)
    tip = next(s for s in (NOTES / "syntax-tips.md").read_text(encoding="utf-8").split("\n") if "more hireable" in s)
    assert not closes(tip, EN)  # ("Working in public will make you more hireable": advice to the listener)
    assert not closes("Promotion of their tequila product and summit event.", EN)  # (allin-deep-summary)
    assert not closes("Committee on Armed Services: Committee concluded a hearing to examine the Department of "
                      "Defense's management challenges and opportunities.", EN)  # (hearing-daily-digest: no finding)
    assert not closes("In this panel discussion, five experts explore the future of machine learning and what "
                      "it will mean for teams.", EN)  # (a description of the episode)


def test_a_sentence_that_runs_on_after_a_list_is_never_cut_into_lower_case_fragments(decks):
    """allin-summit-takeaways: "…technology: New buildings in China run on We Chat, We Chat is your ID,
    unlocks your doors, how you pay rent, do receipts, …" showed "unlocks your doors", "how you pay
    rent", "do receipts" as points of their own (review 6)."""
    point = next(line.strip(" •") for line in (NOTES / "allin-summit-takeaways.txt").read_text(encoding="utf-8").split("\n")
                 if "unlocks your doors" in line)
    [shown] = split_long([Bullet(text=point)])
    assert shown.text.endswith("in technology:") and [c.text for c in shown.children] == [point.split(": ", 1)[1]]
    for audience in AUDIENCES:
        lines = [line for s in decks["allin-summit-takeaways", audience] for line in _lines(s)]
        assert not [line for line in lines if line[:1].islower()], audience
        assert any("We Chat is your ID, unlocks your doors, how you pay rent" in line for line in lines), audience
    # lists of like items keep their items, capitals or none
    risks = ("surcharge des relecteurs face au code plausible mais incorrect, risques de sûreté/sécurité pour une "
             "plateforme critique, et risques de propriété intellectuelle")  # (lescastcodeurs-fr)
    assert len(list_items(risks)) == 3
    assert list_items("Python, Go, and shell scripts") == ["Python", "Go", "shell scripts"]
