"""What a deck ends on (issue #21 rule 6), on real notes: the notes' concluding and forward-looking
statements close it — a recommendation, what is under way, a consequence — also where they sit on a
topic that has a slide (the deck then says them once, in the close); never promotion, a biography
or the bottom line again. And a sentence that runs on after a list is never cut into lower-case
fragments ("unlocks your doors"). Each fixture is imported, built, and read back with python-pptx."""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.clauses import list_items, split_long
from generator.close import closes
from generator.document import Bullet
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import NOTES, built_notes

BUILT = ("lescastcodeurs-fr.md", "allin-summit-takeaways.txt")
EN, FR = load_words("en"), load_words("fr")
RECOMMENDED = ("Approche recommandée : commencer par les services les moins complexes, investir massivement dans "
               "les tests automatisés")
UNDER_WAY = "Oracle, sponsor corporatif d'OpenJDK, travaille sur une politique complète à soumettre au Governing Board"
LIKELY = "As it stands China is likely to have a population of 600 million by 2095"


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


def test_a_recommendation_and_what_is_under_way_close_the_deck_and_leave_their_slide(decks, built):
    """lescastcodeurs-fr ended on a topic: its recommendation ("Approche recommandée") and what Oracle
    is working on sat in the middle of their topics' slides (review 6: 6 of 9 decks without a close)."""
    for audience, heading in zip(AUDIENCES, (FR["what_it_means"], FR["implications"], FR["conclusion"])):
        slides = decks["lescastcodeurs-fr", audience]
        last, lines = _close(slides, FR["sources"])
        assert lines[0] == heading and RECOMMENDED in lines and UNDER_WAY in lines, audience
        assert len(lines[1:-2]) <= 3, audience  # (three statements at most, then the footer and the page)
        elsewhere = [line for n, s in enumerate(slides) if n != last for line in _lines(s)]
        assert RECOMMENDED not in elsewhere and UNDER_WAY not in elsewhere, audience  # (said once)
    # the technical report shows every point: it keeps the recommendation on its topic's page too
    pages = PdfReader(built / "lescastcodeurs-fr-technical.pdf").pages
    report = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert report.count(RECOMMENDED) == 2


def test_a_forward_looking_point_closes_the_deck_where_the_notes_state_nothing_else_ahead(decks):
    """allin-summit-takeaways ended on a quote: its one forward-looking statement of its own (a
    projection to 2095) is the close, and leaves its topic's slide."""
    for audience, heading in zip(AUDIENCES, (EN["what_it_means"], EN["implications"], EN["conclusion"])):
        slides = decks["allin-summit-takeaways", audience]
        last, lines = _close(slides, EN["sources"])
        assert lines[0] == heading and any(line.startswith(LIKELY) for line in lines), audience
        assert not any(LIKELY in line for n, s in enumerate(slides) if n != last for line in _lines(s)), audience


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
