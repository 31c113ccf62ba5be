"""Which topics a deck shows first (issue #21 rule 3, review 7 finding 2): a topic the notes' introduction
or takeaways name outranks one they don't, whatever its number of points; a topic whose heading or
points speak of policy, a law, a regulation or a ban is a policy topic for an audience that prefers
the tag. On real notes, imported as they come."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.audiences import load_audience
from generator.cli import main
from generator.context import build_context
from generator.loader import load_content
from generator.render import render_document
from generator.words import load_words

NOTES = Path(__file__).resolve().parent / "fixtures" / "notes"


@pytest.fixture(scope="module")
def lescastcodeurs(tmp_path_factory):
    """The French podcast notes whose introduction names Java 26, Trivago's GraalVM migration and
    OpenJDK's ban of LLM-written code, and whose longest topic is an explainer it doesn't name."""
    path = tmp_path_factory.mktemp("order") / "lcc.yaml"
    done = CliRunner().invoke(main, ["import", str(NOTES / "lescastcodeurs-fr.md"), "-o", str(path)])
    assert done.exit_code == 0, done.output
    return load_content(path)


def _topic_order(content, audience: str) -> list[str]:
    """The topic ids of the deck's slides, each once, in the order the deck first shows them."""
    seen: list[str] = []
    for slide in render_document(content, load_audience(audience)).slides:
        if slide.deck and slide.topic and slide.topic not in seen:
            seen.append(slide.topic)
    return seen


def test_the_overview_names_the_news_and_not_the_explainer(lescastcodeurs):
    context = build_context(lescastcodeurs, {}, load_words("fr"))
    named = {t["title"][:24]: t["named"] for t in context["topics"]}
    assert named == {"Retour d'expérience d’un": True, "OpenJDK Interim Policy o": True,
                     "GraalVM Native Image et ": False, "Java 26 : les nouveautés": True}


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_the_news_the_introduction_names_comes_before_the_explainer(lescastcodeurs, audience):
    """The explainer on GraalVM's closed world (nine points, "un bon article de rappel") used to lead
    the executive deck; Trivago's migration and the OpenJDK ban, named first thing in the notes, came last."""
    order = _topic_order(lescastcodeurs, audience)
    explainer = next(i for i, t in enumerate(order) if t.startswith("graalvm-native-image"))
    news = [i for i, t in enumerate(order) if t.startswith(("retour-d-experience", "openjdk-interim-policy"))]
    assert len(news) == 2 and max(news) < explainer, order


def test_the_executive_leads_with_the_named_topic_that_gives_numbers(lescastcodeurs):
    """Named topics rank by their figures (points that give a quantity count) before their number of
    points: Trivago's "réplicas de 43 à 12, CPU de 15 à 5 cœurs" before Java 26's list of JEPs (the policy
    deck, in the budget's order; the executive's follows its bottom line: test_evidence_order.py)."""
    order = _topic_order(lescastcodeurs, "policy")
    assert order.index(next(t for t in order if t.startswith("retour-d-experience"))) < order.index(
        next(t for t in order if t.startswith("java-26")))


def test_a_ban_under_a_policy_heading_leads_the_policy_deck(lescastcodeurs):
    """"OpenJDK Interim Policy on Generative AI" ("interdisant toute contribution…") is the notes' only
    policy topic: the policy audience prefers it although no topic is tagged."""
    context = build_context(lescastcodeurs, {}, load_words("fr"))
    assert [t["title"] for t in context["topics"] if t["policy"]] == ["OpenJDK Interim Policy on Generative AI"]
    assert _topic_order(lescastcodeurs, "policy")[0].startswith("openjdk-interim-policy")


def test_a_scientific_law_is_no_policy(tmp_path):
    """"Moore’s Law" in a physics conversation's outline is no law a policy audience is briefed on."""
    path = tmp_path / "lex.yaml"
    assert CliRunner().invoke(main, ["import", str(NOTES / "lex-fridman-outline.txt"), "-o", str(path)]).exit_code == 0
    context = build_context(load_content(path), {}, load_words("en"))
    assert "Moore’s Law" in [t["title"] for t in context["topics"]]
    assert not [t["title"] for t in context["topics"] if t["policy"]]
