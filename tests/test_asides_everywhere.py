"""One aside test for every element that shows the notes' items (review 9, finding 5; review 10, finding
4): no deck of any audience shows an aside topic in any element, *Why it matters* takes no aside and no
teaser of what the deck does not cover, and no deck shows a remark about the source, a link-only
sub-point or a fragment among sentences."""
from __future__ import annotations


import pytest

from generator.asides import aside_topics
from generator.inline import plain
from generator.words import load_words

from .conftest import AUDIENCES
from .notes_built import imported_content, rendered_documents

FILES = ("syntax-tips.md", "syntax-year-review.md", "lescastcodeurs-fr.md", "wizeup-summary.txt",
         "allin-chapters-odd-times.txt", "allin-summit-takeaways.txt")


@pytest.fixture(scope="module")
def documents() -> dict[tuple[str, str], object]:
    """The Document of each audience, by (notes file, audience)."""
    return rendered_documents(FILES)


@pytest.mark.parametrize("name", ["syntax-tips.md", "syntax-year-review.md", "allin-chapters-odd-times.txt"])
def test_one_aside_filter_for_every_element_of_every_deck(documents, name):
    """Review 10, finding 4: the policy timeline dropped "Welcome to Syntax!", "Brought to you by
    Sentry.io" and "Sick Picks", but the technical deck (``asides: true``) kept them in its chapters, its
    timeline and a slide of its own (syntax-year's "Sick Picks + Shameless Plugs", in its agenda too), and
    every deck listed the heading "13 Web Development Tips I Wish I Knew Sooner" (notes titled "14 …") as
    a chapter. One filter on the content decides: no deck of any audience shows an aside in its agenda, its
    chapters, its timeline, its slides or its "Also discussed" line; the speaker notes name each one, and
    the report keeps them (technical: their slides too)."""
    content = imported_content(name)
    left = [plain(t.title) for t, aside in zip(content.topics, aside_topics(content, load_words("en"))) if aside]
    assert left, name
    for audience in AUDIENCES:
        document = documents[name, audience]
        deck = [s for s in document.slides if s.deck]
        shown = [plain(t) for s in deck for t in (s.title, s.kicker, *_texts(s.bullets), *(a.title for a in s.agenda),
                                                  *(c.title for c in s.columns), *(s.chart.categories if s.chart else ()))]
        assert not [(t, line) for t in left for line in shown if t in line], (audience, left)
        notes = " ".join(s.notes for s in deck)
        assert all(t in notes for t in left), (audience, left)
        report = [plain(a.title) for s in document.slides if s.report for a in s.agenda] + [
            plain(b.text) for s in document.slides if s.report for b in s.bullets]
        assert all(t in report for t in left), (audience, left)
    kept = {s.topic for s in documents[name, "technical"].slides if s.report and s.bullets} - {""}
    if kept:  # (a deck of topic slides, not a chapter list: asides: true keeps their slides in the report only)
        shown = [t for t, aside in zip(content.topics, aside_topics(content, load_words("en"))) if aside and t.points]
        assert all(t.id in kept for t in shown), name
        also = [b.text for s in documents[name, "technical"].slides if s.report and s.title == "Also discussed"
                for b in s.bullets]
        assert not [t.title for t in shown if t.title in also], also  # (its slide is in the report: not named again)


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_why_it_matters_takes_no_aside_label_nor_a_teaser(documents, audience):
    """lescastcodeurs' About showed "Bonus : la mort annoncée de l'IDE…" (an aside label) and "Côté IA :
    ADK 1.0, A2A…" (topics the deck never covers) under "Pourquoi c'est important": neither is on a
    slide of the deck now; the report keeps the introduction's sentences as written."""
    document = documents["lescastcodeurs-fr.md", audience]
    for deck, kept in ((True, False), (False, True)):
        shown = " ".join(plain(t) for s in document.slides if (s.deck if deck else s.report)
                         for t in (s.title, *_texts(s.bullets)))
        for line in ("Bonus : la mort annoncée de l'IDE", "Côté IA : ADK 1.0"):
            assert (line in shown) is kept, (deck, line)


def _texts(bullets) -> list[str]:
    return [t for b in bullets for t in (b.text, *_texts(b.children))]


@pytest.mark.parametrize("name, line", [
    ("lescastcodeurs-fr.md", "Un bon article de rappel du contexte de closed world en Java"),
    ("wizeup-summary.txt", "The host expresses the immense effort"),
    ("syntax-year-review.md", "React Miami Episode"),
    ("syntax-year-review.md", "Ezno"),  # (the only link under a sentence: review 10)
    ("allin-summit-takeaways.txt", "Think running water."),  # (a fragment among sentences: review 10)
])
def test_the_technical_deck_shows_no_remark_about_the_source(documents, name, line):
    """The technical deck keeps every point, and a remark about the source ("Un bon article de rappel…",
    "The host expresses…") or a link that repeats its point ("React Miami Episode." under "React Miami")
    is none: it is off the deck, named in the speaker notes, and in the report as written."""
    document = documents[name, "technical"]
    deck = " ".join(plain(t) for s in document.slides if s.deck for t in (s.title, *_texts(s.bullets)))
    report = " ".join(plain(t) for s in document.slides if s.report for t in (s.title, *_texts(s.bullets)))
    assert line not in deck and line in report
    assert line in " ".join(s.notes for s in document.slides if s.deck)


def test_why_it_matters_in_a_script_without_spaces_keeps_a_sentence_naming_a_topic():
    """Chinese has no spaces to find key words by: a sentence that holds its topic's title's characters
    stays under *Why it matters*, one that names nothing the deck covers does not."""
    from generator.filters import FILTERS

    topic = {"title": "芯片出口管制", "summary": "", "points": [{"text": "美国收紧芯片出口。", "children": []}]}
    introduction = "本期讨论了芯片出口管制对行业的影响。\n彩蛋：主持人的猫。\n另外聊了天气。"
    why = FILTERS["why"](introduction, [], [], [topic], load_words("zh"))
    assert why == ["本期讨论了芯片出口管制对行业的影响。"]
