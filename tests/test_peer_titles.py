"""A slide's title covers all its points (review 11, finding 3): peers of one measure are titled by which way
each moved, and what elaborates one of them sits under it (generator/peer_titles.py)."""
from __future__ import annotations

import pytest
from pptx import Presentation

from generator.peer_titles import peer_slide
from generator.words import english

from .deck_colours import table_rows
from .deck_economy import _paragraphs
from .notes_built import NOTES

AUDIENCES = ("executive", "policy", "technical")
AMD = (NOTES / "earnings-call-amd.txt").read_text(encoding="utf-8").splitlines()
REVENUES = [line for line in AMD if "segment revenue" in line]  # three segments, each up or down


def _title(slide) -> str:
    return slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""


@pytest.mark.parametrize("audience", AUDIENCES)  # (technical too since review 14: its points share one slide)
def test_amd_s_segment_revenues_are_titled_by_all_three_with_their_parts_under_them(decks, audience):
    """The segments' revenue slide was titled by Data Center's point alone ("…to a record $4.3 billion"), with
    its driver and Gaming (a part of Client and Gaming) as peers of the other segments. (Technical, which cuts
    no point, continued the slide; with "Server CPU revenue reached an all-time high" on the bottom line, the
    slide holds every segment on one page: review 12's "Embedded title over CPU bullets" page is gone.) Where the
    segments' points are a table (tabled_points.py, review 19: executive, policy), Gaming's row follows Client and
    Gaming's and the driver, a sentence of no value, is named in the speaker notes."""
    assert len(REVENUES) == 3
    segments = [line.split(" segment revenue")[0] + " segment revenue" for line in REVENUES]
    slides = [s for s in list(Presentation(str(decks / f"earnings-call-amd-{audience}.pptx")).slides)[2:]
              if sum(any(line.split(" year-over-year")[0] in p["text"] for p in _paragraphs(s))
                     or any(row[0] == segment for row in table_rows(s)) for line, segment in zip(REVENUES, segments)) >= 2]
    # (two segments at least: AMD's close, under its outlook, shows the bottom line's Client and Gaming item: h-close6)
    assert len(slides) == 1
    title, paragraphs = _title(slides[0]), [p for s in slides for p in _paragraphs(s)]
    assert {_title(s).removesuffix(" (cont.)") for s in slides} == {title}
    assert title == "Segment revenue rose for Data Center and for Client and Gaming, fell for Embedded"
    measures = [row[0] for row in table_rows(slides[0])[1:]]
    if measures:  # (a table: a row each)
        assert [m for m in measures if m in segments] == segments, measures
        assert measures.index("Gaming revenue") == measures.index("Client and Gaming segment revenue") + 1, measures
        assert "Driven by Instinct series GPUs" in slides[0].notes_slide.notes_text_frame.text
        return
    margin = {p["text"].split(" ")[0]: p["margin"] for p in paragraphs}
    assert margin["Driven"] > margin["Data"] == margin["Client"] == margin["Embedded"] < margin["Gaming"]
    order = [p["text"].split(" ")[0] for p in paragraphs]
    assert order.index("Driven") == order.index("Data") + 1 and order.index("Gaming") == order.index("Client") + 1


def test_peers_need_a_verb_of_the_notes_that_says_which_way():
    """Two points of one measure without a rise or fall verb are no peers: no title is made up for them."""
    words = english()
    def point(text: str) -> dict:
        return {"text": text, "children": [], "at": None}
    topic = {"title": "Segments", "summary": "", "points": [point("Data Center segment revenue was $4.3 billion."),
                                                            point("Embedded segment revenue was $857 million.")]}
    assert peer_slide(topic, words, 15) == {}
    topic["points"][1] = point("Embedded segment revenue decreased 8% to $857 million.")
    assert peer_slide(topic, words, 15) == {}  # (one peer only)
    topic["points"][0] = point("Data Center segment revenue increased 22% to $4.3 billion, driven by GPUs.")
    made = peer_slide(topic, words, 15)
    assert made["title"] == "Segment revenue rose for Data Center, fell for Embedded"
    assert [c["text"] for c in made["points"][0]["children"]] == ["Driven by GPUs."]
