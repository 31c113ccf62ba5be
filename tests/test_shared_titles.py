"""Review 11, finding 1: where short topics share a slide without a statement, the deck titled it by their
headings joined ("Our 2024 Predictions Reviewed · What happened this year?", syntax-year-review's executive
deck). A title is never two headings joined: the notes' own sentence that names them (the introduction's),
else the first topic's heading alone, the others as column heads (short_topics.headed)."""
from __future__ import annotations

from generator.headline import sentences
from generator.short_topics import headed

from generator.words import load_words

from .notes_built import imported_content, rendered_documents
from .presentability import LIST_TITLES

EN = load_words("en")

SHARED = ("syntax-year-review.md", "binaergewitter-de.md", "okeechobee-council-minutes.txt")  # (each has such slides)


def test_a_shared_slide_is_never_titled_by_its_headings_joined():
    """Every deck slide that short topics share (two columns or more) is titled by the introduction's
    sentence or by its first column's heading, never by two headings joined; in notes that give titles only,
    by what its lists are, never their count (syntax-year's executive slide: "“Our 2024 Predictions Reviewed” takes 35
    of the 63 minutes of discussion", not "3 chapters" nor "Each chapter opens at its time in the recording", each column
    under its own heading: title_lists.py, review 16)."""
    seen = 0
    for (name, audience), document in rendered_documents(SHARED).items():
        about = sentences(imported_content(name).introduction or "")
        for slide in (s for s in document.slides if s.deck and s.layout == "topics" and len(s.columns) > 1):
            heads = [c.title for c in slide.columns]
            seen += 1
            assert " · ".join(heads) != slide.title and (slide.title in (heads[0], *about) or LIST_TITLES.match(
                    slide.title)), (name, audience, slide.title)
            if name.startswith("syntax-year") and audience == "executive":
                assert slide.title == EN["chapters_longest_one"].format(names="“Our 2024 Predictions Reviewed”", minutes=35,
                                                                         total=63) and (
                    "Our 2024 Predictions Reviewed" in heads), (slide.title, heads)
    assert seen >= 5


def test_the_notes_own_sentence_that_names_the_topics_titles_them():
    """A sentence of the introduction that names each topic (a content word of each heading, in at most
    fifteen words) titles their slide; syntax-year's introduction names none so (its sentences are long, or
    name one topic), and the first heading titles it."""
    words = {"shared_title": "In brief"}
    group = [{"title": "Our 2024 Predictions Reviewed"}, {"title": "What happened this year?"}]
    about = sentences(imported_content("syntax-year-review.md").introduction or "")
    assert headed(group, words, about)["title"] == "Our 2024 Predictions Reviewed"
    line = "Scott and Wes review their predictions and what happened in the year."
    assert headed(group, words, [*about, line]) == {"title": line, "heads": [g["title"] for g in group]}
