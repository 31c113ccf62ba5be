"""A slide's title covers its points (review 11, finding 3: allin's real-estate title over five-year-plan
points): generator/covered.py."""
from __future__ import annotations


from pptx import Presentation

from generator.covered import nested, off_title

from .deck_economy import _paragraphs
from .notes_built import NOTES, notes_build


def test_allin_s_china_slide_keeps_its_statement_and_nests_the_five_year_plans():
    """Two points that share no key word with a point's title but share one with each other (the five-year
    plan and its KPIs) are a message of their own (covered.off_title): the KPIs go under the five-year plan.
    No other statement covers the slide, and its heading ("On China", review 12) states nothing: the
    real-estate statement, with its number, titles it, in every audience (over the average worker's 20 years,
    which covers less of the slide: titles.strongest), the five-year plan heading its KPIs there even where the
    bottom line states it."""
    made = notes_build(NOTES / "allin-summit-takeaways.txt", ("pptx",))
    for audience in ("executive", "policy", "technical"):
        deck = made.content.with_name(f"{made.content.stem}-{audience}.pptx")
        slides = [s for s in list(Presentation(str(deck)).slides)[2:]  # (the bottom line may state it: bottom_items)
                  if any(p["text"].startswith("China government does 5-year plans") for p in _paragraphs(s))]
        assert len(slides) == 1, audience
        title = slides[0].shapes.title.text_frame.text
        assert title == "China real estate is 10-15 years ahead of the US in technology", audience
        said = {p["text"][:20]: p["margin"] for p in _paragraphs(slides[0])}
        assert said["5-year plan sets KPI"] > said["China government doe"], audience  # (what elaborates it, under it)


def test_a_lone_point_off_the_title_stays_and_a_message_of_two_is_off():
    def point(text: str) -> dict:
        return {"text": text, "children": []}
    title = "Operating income was $2.2 billion, representing a 24% operating margin."
    detail = [point("Net income increased 31%."), point("Diluted earnings per share were $1.20.")]
    assert off_title(title, detail, "Key Financial Results") == []
    plans = [point("China government does 5-year plans"), point("5-year plan sets KPIs for government officials")]
    assert off_title("China real estate is 10-15 years ahead of the US in technology", plans, "On China") == plans


def test_a_message_off_the_title_is_nested_under_its_first_point():
    def point(text: str) -> dict:
        return {"text": text, "children": []}
    points = [point("A"), point("B"), point("C"), point("D")]
    assert [(p["text"], [c["text"] for c in p["children"]]) for p in nested(points, [points[1], points[3]])] == [
        ("A", []), ("B", ["D"]), ("C", [])]
    assert nested(points, [points[1]]) is points
