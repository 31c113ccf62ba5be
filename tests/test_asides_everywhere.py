"""One aside test for every element that shows the notes' items (review 9, finding 5): the timeline of
a deck without asides charts none, *Why it matters* takes no aside and no teaser of what the deck does
not cover, and the technical deck shows no remark about the source nor a link-only sub-point."""
from __future__ import annotations


import pytest

from generator.asides import asides
from generator.inline import plain
from generator.words import load_words

from .notes_built import rendered_documents
FILES = ("syntax-tips.md", "syntax-year-review.md", "lescastcodeurs-fr.md", "wizeup-summary.txt")


@pytest.fixture(scope="module")
def documents() -> dict[tuple[str, str], object]:
    """The Document of each audience, by (notes file, audience)."""
    return rendered_documents(FILES)


@pytest.mark.parametrize("name", ["syntax-tips.md", "syntax-year-review.md"])
def test_a_timeline_without_asides_charts_none(documents, name):
    """The policy timeline (``asides: false``) had bars for "Welcome to Syntax!", "Brought to you by
    Sentry.io" and "Sick Picks": it charts only the topics, each where it sits; the technical deck
    (which keeps asides) still charts them."""
    words = load_words("en")
    for audience, charted in (("policy", False), ("technical", True)):
        timeline = next(s.chart for s in documents[name, audience].slides if s.layout == "timeline" and s.deck)
        flags = asides([c.rsplit(" (", 1)[0] for c in timeline.categories], words)
        assert any(flags) is charted, (audience, timeline.categories)
        assert "Welcome to Syntax!" not in timeline.categories or charted


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
