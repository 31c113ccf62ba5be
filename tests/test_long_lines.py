"""Issue #21, review 10's finding 5: long titles and points are shortened by moving words, not set small.

One title size on every content slide of a deck; a title of more than 15 words keeps its main clause and
gives the rest to the slide's first point (or to the point that says it already); a point of more than 30
words that announces a list at its colon shows as its lead and the list's items. The report keeps both whole.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from generator.audiences import load_audience
from generator.clause_bounds import list_items
from generator.clauses import LIST_LEAST
from generator.document import Bullet, Document, Slide
from generator.headline import count_words, labelled
from generator.long_lines import COLON_WORDS, TITLE_WORDS, shorter_title, split_title
from generator.loader import load_content
from generator.said_same import near
from generator.writers.pptx.titling import TITLE_FLOOR
from generator.writers.pptx.writer import PptxWriter

from . import deck_economy as economy
from .conftest import AUDIENCES, DEFAULT
from .notes_built import NOTES, notes_build

LESCAST = "lescastcodeurs-fr.md"
RISKS = "Trois risques justifient cette politique :"


@pytest.fixture(scope="module")
def lescast() -> Path:
    """lescastcodeurs-fr's content, imported, beside its decks and handouts (the session's build)."""
    made = notes_build(NOTES / LESCAST, ("pptx", "md"))
    assert made.problem is None, made.problem
    return made.content


def _titles(prs) -> list[tuple[int, str, set]]:
    """(slide number, text, sizes) of each content slide's title a reader sees."""
    return [(n, shape.text_frame.text, {run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs})
            for n, slide in enumerate(prs.slides, start=1) if slide.slide_layout.name not in economy.DARK_LAYOUTS
            for shape in slide.shapes if shape.is_placeholder and shape.placeholder_format.type == 1
            and shape.top >= 0]


def test_one_title_size_on_every_content_slide(decks, lescast):
    """The default content and real notes (AMD, hearings, wizeup, lescastcodeurs): every content slide's title
    at one size (on main, lescastcodeurs' executive deck set titles at 32 and 24, AMD's at 32, 30, 26 and 24),
    the largest at which each title fits, from 24 pt up."""
    paths = sorted(decks.glob("*.pptx")) + [lescast.with_name(f"{lescast.stem}-{a}.pptx") for a in AUDIENCES]
    assert len(paths) >= 15
    for path in paths:
        prs = Presentation(str(path))
        titles = _titles(prs)
        sizes = set().union(*(s for _, _, s in titles))
        assert len(sizes) == 1 and min(sizes) >= TITLE_FLOOR, (path.name, titles)
        assert economy.title_sizes(list(prs.slides)) == [], path.name


def test_long_title_keeps_its_main_clause_and_the_report_the_sentence(rendered):
    """A deck title of more than 15 words is one without a main clause to keep (clauses.whole_statement); one
    shortened is the head of the report's title, its rest said on the deck's slide (first, or by a point
    already); the default content's "Major companies are building massive AI computing clusters; power and
    cooling are becoming a major challenge." was shortened in the policy deck; since review 18 every deck shows its
    two short lines beside its chart, under the chart's sentence (the policy comparison's side of deployments is the
    chart's list: said_once._charted_side)."""
    for audience in AUDIENCES:
        document = rendered(DEFAULT, audience)
        shortened = 0
        for slide in (s for s in document.slides if s.deck and s.layout not in ("title", "section")):
            assert count_words(slide.title) <= TITLE_WORDS or not split_title(slide.title)[1], (audience, slide.title)
            whole = [s.title for s in document.slides if s.report and not s.deck and s.topic == slide.topic
                     and s.layout == slide.layout and s.title != slide.title and s.title.startswith(slide.title.rstrip("."))]
            if whole and slide.topic:
                shortened += 1
                rest = whole[0][len(slide.title.rstrip(".")):].lstrip(" ;,")
                said = [b.text for b in slide.bullets] + [c.text for b in slide.bullets for c in b.children]
                said += [b.text for c in slide.columns for b in c.bullets]
                assert any(near(rest, text) for text in said), (audience, slide.title, rest)
        # (its slide of two short lines joined its chart, under the chart's title: chart_context)
        assert shortened == 0, audience


def test_rest_of_a_long_title_is_the_first_point_on_the_deck(tmp_path):
    """A slide titled by a long statement whose rest no point says: the deck's title is its main clause and
    its first point the rest; the report's slide keeps the sentence (the default content's message)."""
    content = load_content(DEFAULT)
    message = next(t.message for t in content.topics if t.message and ";" in t.message)
    points = [Bullet(text=p.text) for t in content.topics for p in t.points if p.text.startswith("TSMC")][:2]
    slide = Slide(layout="bullets", title=message, bullets=points, topic="t")
    report, deck = shorter_title(slide, "Also in the report: {items}")
    head, rest = split_title(message)
    assert (report.title, report.deck, report.bullets) == (message, False, points)
    assert (deck.title, deck.report) == (head, False) and count_words(head) <= TITLE_WORDS
    assert [b.text for b in deck.bullets] == [rest, *(p.text for p in points)]
    doc = Document(title="T", audience="executive", slides=[Slide(layout="title", title="T"), report, deck],
                   theme=load_audience("executive").theme)
    path = tmp_path / "long-title.pptx"
    path.write_bytes(PptxWriter().render(doc))
    shown = Presentation(str(path)).slides[1]
    assert shown.shapes.title.text_frame.text == head.rstrip(".")  # (a deck's title has no final full stop)
    assert economy._paragraphs(shown)[0]["text"] == rest


def test_long_point_shows_its_list_under_its_colon(lescast):
    """lescastcodeurs' "Trois risques justifient cette politique : surcharge des relecteurs…, risques de
    sûreté/sécurité…, et risques de propriété intellectuelle (…)" (about 40 words, one paragraph on main)
    shows as its lead and the three risks under it in every deck that shows it (policy and technical at
    least); the handout keeps the sentence; no first-level point of these decks over 30 words announces a
    list of three items at its colon."""
    handout = lescast.with_name(f"{lescast.stem}-executive.md").read_text(encoding="utf-8")
    assert f"{RISKS} surcharge des relecteurs" in handout
    shown = 0
    for audience in AUDIENCES:
        prs = Presentation(str(lescast.with_name(f"{lescast.stem}-{audience}.pptx")))
        for slide in prs.slides:
            paras = economy._paragraphs(slide)
            for n, p in enumerate(paras):
                label, body = labelled(p["text"])
                top = p["margin"] == min(q["margin"] for q in paras if q["box"] == p["box"])
                assert not (top and count_words(p["text"]) > COLON_WORDS and label
                            and len(list_items(body)) >= LIST_LEAST), (audience, p["text"])
                if p["text"].startswith(RISKS):  # (the executive deck may leave it out for its budget of words)
                    assert p["text"] == RISKS, (audience, p["text"])
                    shown += 1
                    items = [q["text"] for q in paras[n + 1:n + 4]]
                    assert all(q["margin"] > p["margin"] for q in paras[n + 1:n + 4]), items
                    assert [i.split()[0] for i in items] == ["surcharge", "risques", "risques"], items
                    assert "propriété intellectuelle" in items[2]
    assert shown >= 2  # (the policy deck puts points about policy first: test_smaller_fixes)


def test_a_speaker_s_turn_is_no_list_at_its_colon():
    """Knesset: "קובי בוזו: בוקר טוב. קובי בוזו, רשות המסים. …", a turn of several sentences after the speaker's name,
    showed as "קובי בוזו:" over seven fragments cut at its commas ("וביקשנו" alone) once the slide had the line "ועוד 29"
    took (review 18 finding 3). A colon announces a list in one sentence only (long_points.one_sentence)."""
    from generator.long_lines import colon_lists

    turn = ("קובי בוזו: בוקר טוב. קובי בוזו, רשות המסים. לצדי גיא גולדמן. לפני כחצי שנה היינו בוועדת הכספים בנושא של "
            "ממירים וביקשנו, בשיתוף עם משרד הכלכלה, להמיר את מס הקנייה בשיעור 10% על ממירים למכס בשיעור 10% על ממירים.")
    listed = ("Three risks justify it: the cost to households in the first winter, the long delay to the harbour "
              "works on the north quay, and the loss of the river's fish below the weir")
    also = "Left off the slide: {items}"
    shown = [[s.bullets[0] for s in colon_lists(Slide(layout="bullets", title="A title", bullets=[Bullet(text=text)]),
                                                8, also) if s.deck][0] for text in (turn, listed)]
    assert count_words(turn) > COLON_WORDS and shown[0].text == turn and not shown[0].children
    assert count_words(listed) > COLON_WORDS and len(shown[1].children) == 3, shown[1]
