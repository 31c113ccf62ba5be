"""The bottom line says the number first (review 10, finding 1's second point): of two statements of one
topic, the one with its number is the bottom line's, even where a slide's title would say it; that slide
then takes its next statement as its title, never the bottom line's again."""
from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from generator.audiences import load_audience
from generator.loader import load_content
from generator.render import render_document

from .conftest import AUDIENCES
from .deck_storyline import narrating_titles
from .notes_built import FIXTURES, notes_build

DEFAULT = Path(__file__).resolve().parent.parent / "content" / "deepseek.yaml"


def test_the_shipped_bottom_line_says_27x_and_its_slide_keeps_its_message():
    """The shipped takeaways "Model architecture innovations: DeepSeek achieved significant efficiency gains
    through:" and "Cost efficiency: DeepSeek's models are 27x cheaper than competitors" name one topic; the
    second, which the Training Cost slide's message says too, was left to that slide's title. Now the bottom
    line says it, and the slide keeps its message, with the 27x, as title, its heading the kicker: the bottom
    line sums up the titles (review 13: a slide never takes a weaker title to avoid the repeat)."""
    shipped = load_content(DEFAULT)
    for audience in AUDIENCES:
        slides = [s for s in render_document(shipped, load_audience(audience)).slides if s.deck]
        at = next(i for i, s in enumerate(slides) if s.role == "summary")
        items = [b.text for b in slides[at].bullets]
        assert any(t.startswith("DeepSeek's models are 27x cheaper than competitors") for t in items), (audience, items)
        assert not any(t.startswith("DeepSeek achieved significant efficiency gains") for t in items), (audience, items)
        cost = next(s for s in slides if s.topic == "training-cost" and s.layout == "bullets")
        assert (cost.title.rstrip("."), cost.kicker) == (
            "DeepSeek's models are 27x cheaper than competitors, through architectural innovations and efficient "
            "implementation", "Training Cost and Efficiency")


def test_a_takeaway_with_its_number_is_on_the_bottom_line_though_a_message_says_its_lead():
    """committee-hearing's takeaway "Reservoir storage is at a ten-year low: the three main reservoirs held
    41% of capacity on 1 March" was left to the reservoir slide, whose message says its lead only: the
    bottom line had no reservoir item and the slide's title said it again. Now the bottom line says it with
    41%, and no title of the built decks narrates (deck_storyline.narrating_titles; a title may say a bottom-line
    item again: the bottom line sums up the titles)."""
    found = notes_build(FIXTURES / "committee-hearing.txt", ("pptx",))
    assert found.problem is None, found.problem
    for audience in AUDIENCES:
        slides = list(Presentation(str(found.content.with_name(f"committee-hearing-{audience}.pptx"))).slides)
        summary = [p.text for shape in slides[1].shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
        assert any("41% of capacity" in t for t in summary), (audience, summary)
        assert narrating_titles(slides) == [], audience


def test_a_bottom_line_item_says_its_topic_s_number_and_the_chart_states_its_comparison():
    """The shipped takeaway "AI infrastructure race: major tech companies are building massive AI computing
    clusters:" says no number, and its topic's chart says one ("xAI runs 200,000 GPUs in Memphis; …"): the
    bottom line says the chart's sentence (numbered_items.py), and the chart's slide keeps that sentence as its
    title in the deck and the report (review 13: not a read-out of its labels, "The largest is Future clusters
    (planned)…", nor the chart's name, "AI cluster sizes", which is the kicker). Every item whose topic's chart
    states a number says one."""
    from generator.inline import plain
    from generator.overview import named
    from generator.weigh import has_quantity

    shipped = load_content(DEFAULT)
    topics = [{"id": t.id, "title": t.title} for t in shipped.topics]
    for audience in AUDIENCES:
        document = render_document(shipped, load_audience(audience))
        items = [b.text for s in document.slides if s.role == "summary" and s.deck for b in s.bullets]
        assert any(t.startswith("xAI runs 200,000 GPUs in Memphis; clusters of 500,000-700,000 GPUs are planned")
                   for t in items), (audience, items)
        for item in items:
            about = [t for t in shipped.topics if t.id in named(item, topics)]
            if any(c.message and has_quantity(plain(c.message)) for t in about for c in t.charts):
                assert has_quantity(plain(item)), (audience, item)
        charts = [(s.title, s.kicker, s.deck, s.report) for s in document.slides if s.layout == "chart"
                  and s.topic == "ai-infrastructure"]
        # (in the deck, where its topic's slide of two short lines joined it, the chart is a twin: chart_context.py)
        assert {(t[:16], k) for t, k, d, r in charts if r} == {("xAI runs 200,000", "AI cluster sizes")}, charts
        assert {t[:16] for t, *_ in charts} == {"xAI runs 200,000"}, charts  # (the deck's twin: under its topic's name)
        assert any(d for *_, d, _ in charts) and any(r for *_, r in charts), charts
