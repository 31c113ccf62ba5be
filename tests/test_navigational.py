"""Review 14's finding 3: notes without statements make a navigational deck, not an argument.

Read back from the decks of every real notes fixture (tests/fixtures/notes: English, French, German, Hebrew,
Chinese), rendered once per session (tests/notes_built.py), as each built-in audience's deck shows them:

- the summary role has one heading per language and audience, whichever the notes ("In brief" and "As the notes
  describe the recording" beside "The bottom line" were three headings for one role);
- a summary slide holds two statements at least: one, or only what the notes say of the recording, is the
  cover's lead (generator/cover_lead.py: syntax-tips' "Scott and Wes share 14 game-changing tips…");
- no slide is titled by a count ("14 chapters", "10 chapters, 7 on quantum") or by how long a topic takes
  ("The longest topic, X, takes 125 of 302 minutes"): a list's title says what its items are about;
- a chapter whose heading announces a review of predictions ("Our 2024 Predictions Reviewed") whose points give
  no outcome says, on its slide, that the notes give no verdicts (title_lists.unverdicted).
"""
from __future__ import annotations

import re

import pytest

from generator.words import load_words

from .deck_bottom_items import _DURATION
from .deck_storyline import _SHARED
from .notes_built import NOTES, deck_slides, imported_content

AUDIENCES = ("executive", "policy", "technical")
NAMES = sorted(p.name for p in NOTES.iterdir() if p.is_file())
LANGS = ("en", "fr", "de", "es", "ar", "he", "zh")
# a title that is a count of the list's items: "14 chapters", "10 chapters, 7 on quantum", "45 links (cont. 1)", "3 个章节"
_KINDS = "|".join(re.escape(load_words(code)[k].casefold()) for code in LANGS for k in ("chapters", "links"))
COUNTED = re.compile(rf"^\d+\s*(?:个\s*)?(?:{_KINDS})(?!\w)", re.IGNORECASE)
ABOUT = {load_words(code)["about"] for code in LANGS}  # (the About slide is boxed in the report as a summary is)


def _summaries(slides: list) -> list:
    """The summary slides of a deck: its bottom line (not its About slide)."""
    return [s for s in slides if s.role == "summary" and s.title not in ABOUT]


def _decks() -> dict:
    """Each fixture's deck slides (the Document's, as the deck shows them) by (name, audience)."""
    return {(name, audience): deck_slides(imported_content(name), audience) for name in NAMES for audience in AUDIENCES}


@pytest.fixture(scope="module")
def decks() -> dict:
    return _decks()


def test_one_summary_heading_per_language_and_audience(decks):
    """Every summary slide of an audience's decks in one language has the same title (the audience's summary
    word: "The bottom line", "What policymakers should know", "Key takeaways"), never "In brief" or "As the
    notes describe the recording" beside it."""
    headings: dict = {}
    for (name, audience), slides in decks.items():
        for s in _summaries(slides):
            headings.setdefault((imported_content(name).lang, audience), set()).add(s.title)
    assert headings and all(len(titles) == 1 for titles in headings.values()), headings
    en = load_words("en")
    assert headings[("en", "executive")] == {en["bottom_line"]}, headings[("en", "executive")]


def test_no_summary_slide_of_fewer_than_two_statements(decks):
    """A summary slide holds two statements at least; a thinner summary is the cover's lead (syntax-tips:
    "Scott and Wes share 14 game-changing tips…" on the cover, no "In brief" slide of it)."""
    thin = [(key, s.title, [b.text for b in s.bullets]) for key, slides in decks.items() for s in _summaries(slides)
            if len(s.bullets) < 2]
    assert not thin, thin
    cover = decks[("syntax-tips.md", "executive")][0]
    assert cover.layout == "title" and cover.subtitle.startswith("Scott and Wes share 14 game-changing tips"), cover.subtitle
    # (syntax-year's one statement leads the cover; its predictions that take longest are its bottom line)
    assert [len(s.bullets) for s in _summaries(decks[("syntax-year-review.md", "executive")])] == [5]
    # (syntax-tips' tips that state a point are its bottom line, under the description on the cover: review 18)
    assert [len(s.bullets) for s in _summaries(decks[("syntax-tips.md", "executive")])] == [5]


def test_no_title_is_a_count_or_a_running_time(decks):
    """No slide but the cover is titled by a count of its items ("14 chapters", "10 chapters, 7 on quantum")
    or by how long a topic takes ("The longest topic, TSMC…, takes 125 of 302 minutes"): the list says what
    its chapters are about ("Every chapter is about…") or where the time goes ("“Role of philosophy in science”
    takes 24 minutes, the longest chapter": chapter_list.py; review 18: notes that give chapters only measure their
    time, and a chapter list's title may say its longest chapters' share of the discussion), the timeline what it
    shows."""
    titled = [(key, s.title) for key, slides in decks.items() for s in slides[1:]
              if COUNTED.match(s.title) or (_DURATION.search(s.title) and not _SHARED.fullmatch(s.title))]
    assert not titled, titled
    lex = [s.title for s in decks[("lex-fridman-outline.txt", "executive")] if s.layout == "chart"]  # (time_goes.py)
    assert lex == ["“Role of philosophy in science” takes 24 minutes, the longest chapter"], lex


def test_the_default_timeline_is_no_running_time(rendered):
    """The default content's technical timeline is titled by what it shows, not "The longest topic, TSMC and
    Semiconductor Manufacturing, takes 125 of 302 minutes"; the policy deck has none (review 18: where a topic sits
    in the recording decides nothing)."""
    from .conftest import DEFAULT

    titles = [s.title for s in rendered(DEFAULT, "technical").slides if s.layout == "timeline"]
    assert titles and not any(_DURATION.search(t) for t in titles), titles
    assert not [s for s in rendered(DEFAULT, "policy").slides if s.layout == "timeline"]


def test_a_review_without_verdicts_says_the_notes_give_none(decks):
    """syntax-year-review: "Our 2024 Predictions Reviewed" lists the predictions, and the notes say of none
    whether it came true ("…to see what they got right (and wrong)"): the slide that shows it says the
    notes give no verdicts, in every audience; a deck of notes with no such chapter never says it."""
    en = load_words("en")
    lines = (en["no_verdicts_on"].format(topic="Our 2024 Predictions Reviewed"), en["no_verdicts"])
    for audience in AUDIENCES:
        slides = decks[("syntax-year-review.md", audience)]
        said = [s for s in slides if any(line in s.subtitle for line in lines)]
        assert len(said) == 1, [(s.title, s.subtitle) for s in slides]
        shown = [c.title for c in said[0].columns] or [said[0].kicker or said[0].title]
        assert any("Predictions Reviewed" in t for t in shown), shown
        assert not any("verdicts" in s.subtitle for s in decks[("earnings-call-amd.txt", audience)])


def test_a_deck_without_a_summary_says_what_the_notes_give(decks):
    """A deck with no summary slide that lists chapters (notes of fewer than two statements, or none) says what
    the notes give instead: the cover leads with their own sentence, or with the line that they state nothing, or the list's
    speaker notes say that the notes give the chapters' titles only (review 18), or it is titled as the links they give
    (allin-deep-summary's untimed chapters: its title no longer hid that line as saying the same)."""
    for (name, audience), slides in decks.items():
        if _summaries(slides) or not any(s.role == "chapters" for s in slides):
            continue
        words = load_words(imported_content(name).lang)
        led = slides[0].subtitle and slides[0].subtitle != (imported_content(name).subtitle or "")
        said = any(s.notes.startswith(words["titles_only"]) or s.title == words["links_given"] for s in slides)
        assert led or said, (name, audience, [(s.title, s.subtitle) for s in slides])
