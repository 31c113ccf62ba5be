"""Key figures in the deck: a topic's one figure joins its points (in a band over them) instead
of standing alone on a slide; figures and chapters spread evenly over their slides."""
from __future__ import annotations

import json
import re

import pytest
from pptx import Presentation

from generator.audiences import load_audience
from generator.build import build
from generator.filters import _spread
from generator.loader import load_content
from generator.render import render_document
from generator.writers.pptx.geometry import BODY_H, BODY_Y, FIGURE_BAND

from .deck_colours import table_lines

SOURCES = [{"id": "talk", "name": "Town hall recording", "url": "https://example.org/town-hall", "deep_link": "fragment"}]


def slides(tmp_path, topics: list, audience: str, takeaways: tuple = ()) -> list[tuple[str, list[tuple[str, float]]]]:
    """(title, [(text, top in points)] of each text shape) of every slide of the deck built from ``topics``."""
    path = tmp_path / "hall.yaml"
    path.write_text(json.dumps({"title": "Library Hours", "sources": SOURCES, "topics": topics, "takeaways": list(takeaways)}),
                    encoding="utf-8")
    if audience == "whole":  # every word on the deck: the technical audience with no words budget
        (tmp_path / "audiences" / "whole").mkdir(parents=True)
        (tmp_path / "audiences" / "whole" / "audience.yaml").write_text("extends: technical\nbudget: {max_words: 0}\n")
    build([path], audiences=[audience], formats=["pptx"], output=tmp_path / "out", templates=[tmp_path / "audiences"]
          if audience == "whole" else ())
    out = []
    for slide in Presentation(str(tmp_path / "out" / f"hall-{audience}.pptx")).slides:
        shapes = [(s.text_frame.text, s.top / 12700) for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        out.append((shapes[0][0], shapes[1:]))
    return out


def about(deck: list, heading: str) -> list:
    """The slides of ``deck`` about the topic ``heading``: titled with it, or with it as the kicker above a
    title that states the topic's point (the kicker is then the first text under the title)."""
    return [(title, body) for title, body in deck if title.startswith(heading) or body[:1] and body[0][0] == heading]


def topic(points: list, figures: list, **more) -> dict:
    return {"id": "hours", "title": "Opening hours", "at": "4:05", "points": points, "figures": figures, **more}


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_a_topics_one_figure_joins_its_points_in_a_band_over_them(tmp_path, audience):
    """Review 20 (the default executive deck's "27x" at the foot of ten lines, the evidence last): over any number of
    points, the figure's band is under the title and the points follow it."""
    deck = slides(tmp_path, [topic(["Weekend opening returns in May", "Evening hours stay as they are",
                                    "Sunday mornings open for families", "Study rooms can be booked online"],
                                   [{"value": "6 days", "label": "a week of weekend opening"}])], audience)
    titles = [title for title, _ in deck]  # (a figure the title names: title_figure.py, review 18)
    assert not any("in numbers" in t for t in titles), titles
    shapes = dict(about(deck, "Opening hours")[0][1])
    band_bottom = BODY_Y + FIGURE_BAND
    assert shapes["6 days"] < band_bottom and shapes["a week of weekend opening"] < band_bottom
    points = next(text for text in shapes if "Evening hours" in text)  # (the first point is the slide's title)
    assert shapes[points] >= band_bottom - 1


@pytest.mark.parametrize("audience", ["policy", "technical"])
def test_a_figure_over_fewer_than_three_points_supports_the_title(tmp_path, audience):
    """Review 12 (AMD's 54% at the foot of a slide of two points, the top half text and the rest empty): over
    fewer than three statements, the figure's band is under the title and the points follow it."""
    deck = slides(tmp_path, [topic(["Weekend opening returns in May", "Evening hours stay as they are"],
                                   [{"value": "6 days", "label": "a week the main library opens"}])], audience)
    shapes = dict(about(deck, "Opening hours")[0][1])
    points = next(text for text in shapes if "Evening hours" in text)
    assert BODY_Y <= shapes["6 days"] < shapes[points] < BODY_Y + BODY_H - FIGURE_BAND
    assert shapes["a week the main library opens"] < shapes[points]


def test_a_figure_too_long_for_a_band_keeps_its_own_slide(tmp_path):
    value = "between two hundred and three hundred thousand visitors"
    deck = slides(tmp_path, [topic(["Weekend opening returns in May"], [{"value": value, "label": "a year"}])], "policy")
    # its slide's title states the number; the topic is the kicker above it
    assert [title for title, body in deck if any(value in text for text, _ in body)] == [f"{value} a year"]


def test_a_figures_slide_title_states_it_whichever_way_its_label_reads(tmp_path):
    """A label that continues the number ("visitors a year") follows it; a label that names it on its
    own ("Loan growth") comes first; a label that is a clause ("Loans rose", as the importer writes
    them) is no big number at all: "31%" over "Loans rose" reads as broken English (review 5)."""
    figures = [{"value": "31%", "label": "Loan growth"}, {"value": "12", "label": "branches"}]  # (two keep their slide)
    deck = slides(tmp_path, [topic(["Weekend opening returns in May"], figures)], "technical")
    assert [title for title, body in deck if any(text == "31%" for text, _ in body)] == ["Loan growth: 31%"]
    figures = [{"value": "31%", "label": "Loans rose"}, {"value": "12", "label": "branches"},
               {"value": "1000", "label": "Achieving represents seven years of relentless hard work in an industry"}]
    deck = slides(tmp_path, [topic(["Weekend opening returns in May", "Loans rose 31% in the year.",
                                    "Achieving 1000 episodes represents seven years of hard work."], figures)], "technical")
    assert not [title for title, body in deck if any(text in ("31%", "1000") for text, _ in body)]
    assert "Loans rose 31% in the year." in "\n".join(t for title, body in deck for t in (title, *(text for text, _ in body)))
    figures = [{"value": "6 days", "label": "a week"}, {"value": "12", "label": "branches"}]
    deck = slides(tmp_path, [topic(["Weekend opening returns in May"], figures)], "technical")
    assert [title for title, body in deck if any(text == "6 days" for text, _ in body)] == ["6 days a week"]


def test_points_that_fill_their_slides_carry_the_band_on_the_last_one(tmp_path):
    points = [f"Branch {i} keeps its evening hours on Tuesdays and Thursdays until the review in the autumn"
              for i in range(14)]
    deck = slides(tmp_path, [topic(points, [{"value": "6 days", "label": "a week"}])], "whole")
    pages = about(deck, "Opening hours")
    assert len(pages) >= 2 and not any("in numbers" in title for title, _ in pages)
    assert [title for title, body in pages if any(text == "6 days" for text, _ in body)] == [pages[-1][0]]
    shown = "\n".join(text for title, body in deck for text in (title, *(t for t, _ in body)))  # (the first: the summary)
    assert all(p in shown.replace("\n", " ") for p in points)


def test_two_figures_keep_their_slide_and_five_are_three_and_two(tmp_path):
    figures = [{"value": f"{n} days", "label": f"figure {n}"} for n in range(1, 6)]
    deck = slides(tmp_path, [topic(["Weekend opening returns in May"], figures)], "technical")
    grids = [(title, [text for text, _ in body if text.endswith(" days")]) for title, body in deck]
    # (figures of one measure, "figure N": each grid titled by what their labels share, the weightiest first)
    assert [(title, values) for title, values in grids if values] == [("Figure", ["5 days", "4 days", "3 days"]),
                                                                      ("Figure (2)", ["2 days", "1 days"])]


def test_spread_fills_as_few_groups_as_evenly_as_it_can():
    assert [len(g) for g in _spread(range(5), 4)] == [3, 2]
    assert [len(g) for g in _spread(range(7), 6)] == [4, 3]
    assert [len(g) for g in _spread(range(8), 4)] == [4, 4]
    assert _spread([], 4) == [] and _spread(range(3), 4) == [[0, 1, 2]]


@pytest.mark.parametrize("most", [2.5, None, "6", True])
def test_spread_by_anything_but_a_whole_number_says_so(most):
    """A user's template that writes ``spread(2.5)`` learns what spread wants (Python's words were
    "'float' object cannot be interpreted as an integer"); the build reports it at the template's line."""
    with pytest.raises(TypeError, match="spread: the most to a group is a whole number"):
        _spread(range(7), most)


def test_a_long_value_sets_the_size_of_its_whole_grid(tmp_path):
    from .presentability import check

    figures = [{"value": "250,000–300,000 homes", "label": "to be insulated"}, {"value": "12", "label": "branches"},
               {"value": "~30%", "label": "less heating"}]
    slides(tmp_path, [topic(["Weekend opening returns in May", "Evening hours stay as they are"], figures)], "executive")
    deck = tmp_path / "out" / "hall-executive.pptx"
    assert [v for v in check(deck) if v.rule == "uneven-figures"] == []
    sizes = {r.font.size.pt for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_text_frame
             for p in shape.text_frame.paragraphs for r in p.runs if r.text in ("12", "~30%", "250,000–300,000 homes")}
    assert len(sizes) == 1 and sizes.pop() >= 28


def test_points_that_would_leave_one_point_beside_their_grid_stay_whole_and_the_grid_leaves_the_deck(tmp_path):
    """Figures once: dropping the points that say the grid's figures would leave one point on a slide of
    its own; the points stay whole instead and the grid is in the report only (never both, never near-empty)."""
    points = ["Utilities plan to spend £4.2bn on resilience over five years", "Average bills would rise by £38 a year",
              "Social tariffs reach only one in four eligible households"]
    figures = [{"value": "£4.2bn", "label": "on resilience over five years"}, {"value": "£38", "label": "a year on bills"}]
    deck = slides(tmp_path, [topic(points, figures)], "technical")
    texts = [text for _, body in deck for text, _ in body]
    assert not [t for t in texts if t.strip() in ("£4.2bn", "£38")]  # no big number in the deck
    body = "\n".join(texts)
    assert all(p in body for p in points)
    document = render_document(load_content(tmp_path / "hall.yaml"), load_audience("technical"))
    assert [f.value for s in document.slides if s.report and s.layout == "big_number" for f in s.figures] == ["£4.2bn", "£38"]


def test_points_that_would_leave_a_near_empty_slide_beside_their_grid_stay_whole(tmp_path):
    """Two short points left of four (13 words, an earnings call's results once its two percentages went to
    the grid) are a near-empty slide: the points stay whole, the grid is in the report only. Three of the four each
    state a measure and its value, so the slide is their table (tabled_points.py, review 19): each such point is a
    row with every number it says; the one that states no value is named in the speaker notes as left off."""
    points = ["Revenue grew 36% year-over-year to $9.2 billion.", "Net income increased 31%.",
              "Free cash flow more than tripled.", "Gross margin was 54%, up 40 basis points year-over-year."]
    figures = [{"value": "31%", "label": "Net income growth"}, {"value": "54%", "label": "Gross margin"}]
    # (with a message for its title: a title made of the first point would leave three points, no near-empty slide;
    # with takeaways, the bottom line is not made of that message, which no title then says again)
    takeaways = ["Weekend opening returns in May.", "Evening hours stay as they are.", "Two branches close for repairs."]
    deck = slides(tmp_path, [topic(points, figures, message="Revenue and net income grew strongly in the quarter")], "technical",
                  takeaways)
    texts = [text for _, body in deck for text, _ in body]
    assert not [t for t in texts if t.strip() in ("31%", "54%")]  # no big number in the deck
    slide = next(s for s in Presentation(str(tmp_path / "out" / "hall-technical.pptx")).slides
                 if any(sh.has_text_frame and sh.text_frame.text == "Opening hours" for sh in s.shapes))
    rows, notes = table_lines(slide)[1:], slide.notes_slide.notes_text_frame.text
    assert not rows or len(rows) >= 3, rows  # (a table of three rows or more, else the points as lines)
    for point in points:
        numbers = re.findall(r"\d+(?:\.\d+)?", point)
        whole = point in "\n".join(texts) or (numbers and any(all(n in row for n in numbers) for row in rows))
        assert whole or (rows and not numbers and point in notes.split("Left off the slide:")[-1]), (point, rows)
