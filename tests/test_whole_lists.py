"""Review 11, finding 5: shortening dropped a list's label, cut inside the list, or dropped the rule's reason
for one audience (lescastcodeurs' policy deck showed "Commencer par les services les moins complexes" for
"Approche recommandée : commencer par…, investir massivement dans les tests automatisés", and "Incompatibilité
Log4j → …" without "Obstacles techniques :"; its executive deck showed OpenJDK's ban without any of its
three reasons). A lead label stays with its items, a list is shown whole or dropped whole (clauses.cut,
deckfit), and a point that gives a rule's reason ranks with the rule (cut_rule.gives_reason, weigh.outranked)."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator import clauses
from generator.cut_rule import gives_reason
from generator.weigh import outranked

from . import deck_economy as economy
from .conftest import AUDIENCES
from .notes_built import NOTES, notes_build

LESCAST = "lescastcodeurs-fr.md"


def _point(opening: str) -> str:
    """The point of lescastcodeurs' notes that opens with ``opening``, as the notes write it."""
    line = next(x for x in (NOTES / LESCAST).read_text(encoding="utf-8").splitlines() if x.startswith(f"- {opening}"))
    return line[2:].strip()


APPROACH = _point("Approche recommandée")
OBSTACLES = _point("Obstacles techniques")
RISKS = _point("Trois risques justifient")
POLICY = "OpenJDK Interim Policy on Generative AI"  # (the topic's heading, over each of its slides)


@pytest.fixture(scope="module")
def decks() -> dict:
    """lescastcodeurs' deck of each audience, by audience (the session's build)."""
    made = notes_build(NOTES / LESCAST, ("pptx",))
    assert made.problem is None, made.problem
    return {a: Presentation(str(made.content.with_name(f"{made.content.stem}-{a}.pptx"))) for a in AUDIENCES}


@pytest.mark.parametrize("point", [APPROACH, OBSTACLES])
def test_a_labelled_list_is_cut_never(point):
    """No cut of a lead label with its list of two or three items leaves out the label or an item."""
    for most in range(3, 25):
        assert clauses.cut(point, most) in ("", point), most


def test_every_deck_shows_a_labelled_list_whole_or_not_at_all(decks):
    """In every audience's deck, a paragraph that says an item of either list is the whole point."""
    for audience, prs in decks.items():
        for slide in prs.slides:
            for p in economy._paragraphs(slide):
                for point, item in ((APPROACH, "services les moins complexes"), (OBSTACLES, "Log4j")):
                    assert item not in p["text"] or p["text"] == point, (audience, p["text"])


def test_the_rule_keeps_its_reasons_in_every_deck(decks):
    """Every deck that shows OpenJDK's ban (its topic's slides, headed by the topic's name) shows the three
    risks that justify it (on the slide or its continuation: the technical deck shows every point)."""
    assert gives_reason(RISKS) and not gives_reason(APPROACH) and not gives_reason(OBSTACLES)
    for audience, prs in decks.items():
        slides = [s for s in prs.slides if any(sh.has_text_frame and sh.text_frame.text == POLICY for sh in s.shapes)]
        assert slides, audience
        said = " ".join(p["text"] for slide in slides for p in economy._paragraphs(slide))  # (with its continuations)
        assert "Trois risques justifient cette politique" in said and "propriété intellectuelle" in said, audience


def test_a_reason_ranks_with_the_rule():
    """Where a slide must choose its points, the rule's reason is chosen first (shown in its place)."""
    points = [{"text": t, "children": []} for t in ("Le périmètre est large", "Oracle travaille", RISKS)]
    assert [p["text"] for p in outranked(points, 1)] == [RISKS]
    assert [p["text"] for p in outranked(points, 2)] == ["Le périmètre est large", RISKS]
