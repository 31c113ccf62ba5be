"""Review 10's smaller findings on real notes: a one-quote slide split off its topic (allin-summit-takeaways'
Putin quote, a slide alone after its topic's points) and an agenda of one item (wizeup-summary's policy
and technical decks)."""
from __future__ import annotations

import pytest

from .conftest import AUDIENCES
from .notes_built import rendered_documents


@pytest.fixture(scope="module")
def documents() -> dict[tuple[str, str], object]:
    """The Document of each audience, by (notes file, audience)."""
    return rendered_documents(("allin-summit-takeaways.txt", "wizeup-summary.txt"))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_a_topics_one_quote_is_on_its_topics_slide(documents, audience):
    """The Putin quote was a slide of its own right after its topic's points ("Vladimir Putin on
    Importance of Military Technology"): the deck shows it no longer as a slide of its topic. Review 20 made it the
    deck's close; review 21's worst 2: a bare quote states no implication of the briefing, so it is back on its topic's
    slide, with its speaker, once in the deck, and the deck has no close (close_point.evidenced). The
    report says it once too (review 21: it ran on its topic's page and again as the close)."""
    slides = documents["allin-summit-takeaways.txt", audience].slides
    deck = [s for s in slides if s.deck]
    assert not [s.title for s in deck if s.layout == "quote"] and not [s for s in deck if s.role == "close"]
    [points] = [s for s in deck if s.layout == "bullets" and s.topic == "importance-of-military-technology"]
    assert [b.text for b in points.bullets if "Putin" in b.text] == [
        "“Whoever becomes the leader in artificial intelligence will become the ruler of the world” — Vladimir Putin"]
    assert sum("Putin" in b.text for s in deck for b in s.bullets) == 1
    assert sum("Putin" in b.text for s in slides if s.report for b in s.bullets) + sum(
        s.attribution == "Vladimir Putin" for s in slides if s.report and s.layout == "quote") == 1  # (once in the report)


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_an_agenda_of_one_item_is_no_agenda(documents, audience):
    """wizeup-summary's policy and technical decks had an Agenda of one item ("The Journey to 1000
    Episodes"): the deck has no agenda; the report keeps it."""
    slides = documents["wizeup-summary.txt", audience].slides
    assert not [s.agenda for s in slides if s.deck and s.layout == "agenda"]
    # (the policy storyline has no agenda at all since review 18: what policymakers should know is its map)
    assert [len(s.agenda) for s in slides if s.report and s.layout == "agenda"] == ([1] if audience == "technical" else [])
