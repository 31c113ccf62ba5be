"""Aside lines on real notes (review 7, finding 8): the executive and policy decks (``asides: false``)
show no line of the note-taker's first person, no comment on the source, no sales line of the
introduction and no link that only says where its point is; the report keeps them, as written (the
technical deck shows them no more: test_asides_everywhere)."""
from __future__ import annotations


import pytest

from generator.aside_lines import is_aside_line
from generator.words import load_words

from .notes_built import rendered_documents
ASIDES = {  # a real notes file: its aside lines, as the notes write them
    "allin-summit-takeaways.txt": ["I had the privilege of attending The All-In Summit last week in Miami."],
    "syntax-tips.md": ["From embracing tools to learning by doing, these insights will help you level up your skills faster!"],
    "lescastcodeurs-fr.md": ["Un bon article de rappel du contexte de closed world en Java",
                             "Mythos d'Anthropic fait trembler la sécu, Claude Code a leaké son source, et les git "
                             "worktrees envahissent vos terminaux."],
    "wizeup-summary.txt": ["The host expresses the immense effort required to create such a consistent output"],
    "syntax-year-review.md": ["React Miami Episode"],
}


@pytest.fixture(scope="module")
def documents() -> dict[tuple[str, str], object]:
    """The Document of each audience, by (notes file, audience)."""
    return rendered_documents(ASIDES)


def _texts(bullets) -> list[str]:
    return [t for b in bullets for t in (b.text, *_texts(b.children))]


def _shown(document, deck: bool) -> str:
    """Every text the deck (``deck``) or the report shows on its slides, as drawn (links as their labels)."""
    from generator.inline import plain

    slides = [s for s in document.slides if (s.deck if deck else s.report)]
    return " ".join(plain(t) for s in slides for t in (s.title, s.subtitle, *_texts(s.bullets),
                                                       *(x for c in s.columns for x in _texts(c.bullets))))


@pytest.mark.parametrize("name", ASIDES)
@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_a_deck_without_asides_shows_no_aside_line_and_the_report_keeps_it(documents, name, audience):
    """Each aside line the review found (allin policy's "Why it matters", lescastcodeurs' "Un bon article
    de rappel…", wizeup's "The host expresses…", syntax-year's "React Miami Episode.") is off the deck, and
    in the report word for word where the audience's report shows it."""
    document = documents[name, audience]
    deck, report = _shown(document, True), _shown(document, False)
    for line in ASIDES[name]:
        assert line not in deck
    assert any(line in report for line in ASIDES[name])


def test_a_topic_point_that_says_you_stays(documents):
    """A topic's point reports what was said: the speaker's "you" is no sales line ("We Chat is your ID",
    "if you extrapolate current numbers" stay on the allin executive deck)."""
    deck = _shown(documents["allin-summit-takeaways.txt", "executive"], True)
    assert "if you extrapolate current numbers" in deck or "We Chat is your ID" in deck


def test_the_deck_notes_name_what_it_leaves_off(documents):
    """The speaker notes of the slide that loses a line name it ("Left off the slide: …"; the technical deck, which
    chooses no points: where a budget must choose, an aside line is left out first, review 12, and the
    executive slide shows three points of substance; its report, which has no slide to fill, keeps the line)."""
    document = documents["lescastcodeurs-fr.md", "technical"]
    notes = " ".join(s.notes for s in document.slides if s.deck)
    assert "Un bon article de rappel du contexte de closed world en Java" in notes
    executive = documents["lescastcodeurs-fr.md", "executive"]
    graal = [s for s in executive.slides if s.deck and s.topic.startswith("graalvm")]
    assert graal and all(len(s.bullets) >= 3 for s in graal), [[b.text for b in s.bullets] for s in graal]
    assert "Un bon article" not in _shown(executive, True)
    assert "Un bon article" in _shown(executive, False)  # (the report shows every point, an aside line too: review 17)


def test_what_is_an_aside_line():
    """First person outside a quotation, a comment on the source at the line's start, and, in the
    introduction only, a sales line; a definition inside a statement is content."""
    en, fr = load_words("en"), load_words("fr")
    assert is_aside_line("I had the privilege of attending The All-In Summit last week in Miami.", en)
    assert not is_aside_line("“I had the privilege of serving,” said Chairman Mike Rogers.", en)
    assert is_aside_line("Un bon article de rappel du contexte de closed world en Java", fr)
    assert not is_aside_line("Java est le langage de la JVM ; Java 26 est une version non-LTS avec 10 JEPs.", fr)
    assert is_aside_line("Bon week-ends de mai !", fr, introduction=True)
    assert is_aside_line("Bonus : la mort annoncée de l'IDE, vagues de licenciement chez Oracle et Block.", fr)
    assert not is_aside_line("We Chat is your ID, unlocks your doors, how you pay rent", en)


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "ar", "he", "zh"])
def test_every_language_names_the_first_person(code):
    """Each shipped language file has its own ``first_person`` phrases (not English's)."""
    words = load_words(code)
    assert words["first_person"].strip() and (code == "en" or words["first_person"] != load_words("en")["first_person"])
