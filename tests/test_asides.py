"""Issue #21: asides (a welcome, a sponsor read, plugs, the wrap-up) are told from their titles in
every language, weigh nothing and leave the executive deck; a chapter list's deck charts where the time goes
and closes on where to start; the timeline's title names the longest topic only when it stands out."""
from __future__ import annotations

import re

import json

import pytest
from pptx import Presentation

from generator.asides import asides, is_aside, phrases
from generator.audiences import load_audience
from generator.build import build
from generator.loader import load_content
from generator.render import render_document
from generator.timestamps import format_timestamp
from generator.words import load_words

from .conftest import AUDIENCES

LANGUAGES = ["en", "fr", "de", "es", "ar", "he", "zh"]


@pytest.mark.parametrize("title", ["Welcome to Syntax!", "Brought to you by [Sentry.io](https://sentry.io/syntax).",
                                   "Sick Picks & Shameless Plugs.", "Sponsors: AG1, LMNT & Waking Up", "Wrap-up",
                                   "Bestie intros: Nostracanis appears!", "Introduction", "Closing remarks",
                                   "Hit us up on Socials!"])
def test_an_aside_is_told_from_its_title(title):
    assert is_aside(title, phrases(load_words("en")))


@pytest.mark.parametrize("title", ["Quantum supremacy", "Number 3 - Using tools to help you isn't a bad thing.",
                                   "Why ridership has not recovered since 2020", "Funding gaps after federal grants end",
                                   "A welcome change: prices fall for the first time in a decade of steady rises",
                                   "The sponsors of the bill in the Senate and what they want from the new budget"])
def test_content_is_no_aside(title):
    assert not is_aside(title, phrases(load_words("en")))


@pytest.mark.parametrize("code,title", [("fr", "Bienvenue dans l’émission"), ("de", "Werbung: unser Partner"),
                                        ("es", "Patrocinadores del episodio"), ("ar", "مقدمة الحلقة"),
                                        ("he", "פתיח"), ("zh", "开场白与嘉宾介绍")])
def test_every_language_names_its_asides(code, title):
    assert phrases(load_words(code)) and is_aside(title, phrases(load_words(code)))


def test_notes_made_of_asides_alone_have_none():
    assert asides(["Welcome", "Intro"], load_words("en")) == [False, False]
    assert asides(["Welcome", "Quantum supremacy"], load_words("en")) == [True, False]


def _content(tmp_path, topics: list, duration: str = "1:00:00", **more):
    path = tmp_path / "c.yaml"
    path.write_text(json.dumps({"title": "Show", "sources": [{"id": "a", "name": "Show", "url": "https://example.org/e",
                                                             "duration": duration}], "topics": topics, **more}),
                    encoding="utf-8")
    return path


def test_an_aside_never_weighs_most_nor_feeds_the_bottom_line_and_leaves_the_executive_deck(tmp_path):
    topics = [{"id": "ad", "title": "Sponsor: Acme Cloud", "at": "0:00",
               "points": ["Acme Cloud gives every listener three months for free"]},
              {"id": "grid", "title": "Grid", "at": "30:00", "points": ["Grids strain under new data centres"]},
              {"id": "cost", "title": "Costs", "at": "40:00", "points": ["Prices rose by a third in a year"]}]
    path = _content(tmp_path, topics)
    document = render_document(load_content(path), load_audience("executive"))
    deck = [s for s in document.slides if s.deck]
    text = " ".join(b.text for s in deck for b in s.bullets)
    assert "Acme" not in text  # on no line of the deck: its speaker notes name it (one aside filter)
    assert "Left off the deck as asides: Sponsor: Acme Cloud (0:00)." in next(s for s in deck if s.layout == "sources").notes
    bottom = next(s for s in deck if s.role == "summary")
    assert [b.text for b in bottom.bullets] == ["Prices rose by a third in a year", "Grids strain under new data centres"]
    # (the deck's agenda, or the timeline that takes its place where it draws the same topics: timeline_agenda.py)
    agenda = next(s for s in render_document(load_content(path), load_audience("technical")).slides
                  if s.layout in ("agenda", "timeline") and s.deck)
    listed = ([item.title for item in agenda.agenda] if agenda.layout == "agenda"
              else [c.rsplit(" (", 1)[0] for c in agenda.chart.categories])
    assert listed == ["Grid", "Costs"]  # in time; no deck lists an aside (review 8, review 10)
    issues = [t for s in render_document(load_content(path), load_audience("policy")).slides if s.deck
              for t in [s.topic, *(c.topic for c in s.columns)] if t]
    assert list(dict.fromkeys(issues)) == ["cost", "grid"]  # by weight (the policy deck has no agenda: review 18)
    for audience, kept in (("policy", False), ("technical", True)):  # asides: true keeps its slide in the report only
        document = render_document(load_content(path), load_audience(audience))
        shown = {s.topic for s in document.slides if s.deck} | {c.topic for s in document.slides if s.deck for c in s.columns}
        assert "ad" not in shown, audience
        assert any(s.topic == "ad" and s.report for s in document.slides) is kept, audience


def test_a_chapter_list_charts_where_the_time_goes_each_bar_at_its_start(tmp_path):
    """Review 19's worst problem 1: a chapter list's deck was the list titled by its longest chapter's minutes, then
    the sources. Every audience now charts the chapters by minutes (in the recording's order since review 21, asides
    left out) under the
    statement its bars back, the minutes of the discussion's (review 18: "Most time goes to “…”" claimed nothing),
    each bar labelled with the moment its chapter starts, and no close lists its longest bars again (review 20:
    "Where to start" said the chart twice: time_goes.py); the chart replaces the deck's list, the report keeps every
    chapter."""
    starts = [0, 120, 300, 2700, 3300, 3600, 3900]  # an aside, then a chapter of 40 minutes among short ones
    titles = ["Welcome to the show", "What a quantum computer is", "Quantum supremacy", "Moore's Law", "Cryptography",
              "Machine learning", "Meaning of life"]
    topics = [{"id": f"t{i}", "title": t, "at": format_timestamp(s)} for i, (t, s) in enumerate(zip(titles, starts))]
    path = _content(tmp_path, topics, duration="1:10:00")
    build([path], audiences=["executive", "technical"], formats=["pptx"], output=tmp_path)
    for audience in ("executive", "technical"):
        slides = list(Presentation(str(tmp_path / f"c-{audience}.pptx")).slides)
        titles = [s.shapes.title.text_frame.text for s in slides if s.shapes.title is not None]
        (chart_slide,) = [s for s in slides if any(sh.has_chart for sh in s.shapes)]
        # (its minutes of the discussion's, the welcome no discussion: chapter_list.py, review 18)
        assert chart_slide.shapes.title.text_frame.text == "“Quantum supremacy” takes 40 of the 68 minutes of discussion"
        chart = next(sh.chart for sh in chart_slide.shapes if sh.has_chart)
        names = list(chart.plots[0].categories)
        assert names[:2] == ["What a quantum computer is (2:00)", "Quantum supremacy (5:00)"], names  # (time order)
        assert not [n for n in names if n.startswith("Welcome")], names
        assert list(chart.plots[0].series[0].values)[:3] == [3.0, 40.0, 10.0]
        assert not any(re.match(r"\d+ chapters", t) for t in titles), titles
        # (no timeline: the chart gives each chapter's length once; none says it again: review 14)
        assert "Where each topic sits in the recording" not in titles
        assert [t for t in titles if "minutes" in t] == [chart_slide.shapes.title.text_frame.text], titles
        # (each bar at its start: no close lists the longest bars again, review 20)
        assert "Where to start" not in titles, titles


def test_chapters_of_about_one_length_get_no_chart_and_a_plain_timeline_title(tmp_path):
    topics = [{"id": f"t{i}", "title": f"Part {i}", "at": format_timestamp(600 * i)} for i in range(5)]
    path = _content(tmp_path, topics, duration="50:00")
    build([path], formats=["pptx"], output=tmp_path)
    for audience in AUDIENCES:
        slides = list(Presentation(str(tmp_path / f"c-{audience}.pptx")).slides)
        titles = [s.shapes.title.text_frame.text for s in slides if s.shapes.title is not None]
        assert not any("takes" in t for t in titles), (audience, titles)
        if audience == "executive":
            assert not any(sh.has_chart for s in slides for sh in s.shapes)
        else:  # (the chapter list's deck has no timeline: the report's only, chapter_list.py)
            assert "Where each topic sits in the recording" not in titles, (audience, titles)


def test_asides_are_never_a_decks_only_topic_slides(tmp_path):
    """A chapter list whose only topic with points is its plugs: the technical deck (which keeps asides)
    showed the plugs as its one topic slide (found by the review); they are named, not shown."""
    path = tmp_path / "c.yaml"
    path.write_text("title: Tips\nsources: [{id: s, name: S}]\ntopics:\n"
                    "  - {id: a, title: Tip one is to read the docs, at: '0:00'}\n"
                    "  - {id: b, title: Tip two is to ask questions, at: '5:00'}\n"
                    "  - {id: c, title: Tip three is to ship early, at: '9:00'}\n"
                    "  - {id: p, title: Sick Picks & Shameless Plugs, at: '20:00', points: ['Scott: Glasses', 'Wes: a whisk']}\n",
                    encoding="utf-8")
    document = render_document(load_content(path), load_audience("technical"))
    assert not [s for s in document.slides if s.deck and s.topic == "p"]
    assert "Sick Picks & Shameless Plugs" not in [item.title for s in document.slides if s.deck for item in s.agenda]
    assert "Sick Picks & Shameless Plugs" in [item.title for s in document.slides if s.report for item in s.agenda]
