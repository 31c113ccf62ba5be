"""close_groups.grouped: a close of two topics' statements that share no point says which story each follows
(review 19's worst 3: lescast's close was two unrelated bullets, Oracle's policy and Trivago's advice)."""
from __future__ import annotations

from generator.close_groups import grouped
from generator.words import load_words

EN = load_words("en")


def _point(text: str) -> dict:
    return {"text": text, "at": None, "children": []}


def _topic(tid: str, title: str, *points: str) -> dict:
    return {"id": tid, "title": title, "aside": False, "points": [_point(p) for p in points]}


CLINIC = _topic("clinic", "The clinic's waiting times", "Waiting times fell by a third.",
                "The clinic plans to open on Sundays next year.")
HARBOUR = _topic("harbour", "Dredging the harbour", "Silt closed the east channel twice.",
                 "Engineers recommended dredging before the autumn storms.")
OPENED = [_point("Waiting times fell by a third"), _point("Silt closed the east channel twice")]


def test_statements_of_two_topics_stand_under_their_headings():
    """Two statements of two topics, no whole key word in common: each under its topic's heading, in their order."""
    lines = [_point("The clinic plans to open on Sundays next year."),
             _point("Engineers recommended dredging before the autumn storms.")]
    out = grouped(lines, [CLINIC, HARBOUR], OPENED, EN)
    assert [(p["text"], [c["text"] for c in p["children"]]) for p in out] == [
        ("The clinic's waiting times", [lines[0]["text"]]), ("Dredging the harbour", [lines[1]["text"]])]


def test_related_statements_one_topic_or_three_stay_as_they_are():
    """Statements that share a point, of one topic, of three topics (six lines: no close), or of no topic found, are
    not grouped."""
    clinic_too = _topic("clinic2", "Staff", "The clinic plans to hire nurses next year.")
    related = [_point("The clinic plans to open on Sundays next year."),
               _point("The clinic plans to hire nurses next year.")]
    assert grouped(related, [CLINIC, clinic_too], OPENED, EN) == related
    one = [_point("The clinic plans to open on Sundays next year."), _point("Waiting times fell by a third.")]
    assert grouped(one, [CLINIC, HARBOUR], OPENED, EN) == one
    roads = _topic("roads", "Roads", "The council will resurface Mill Lane in March.")
    three = [_point("The clinic plans to open on Sundays next year."),
             _point("Engineers recommended dredging before the autumn storms."),
             _point("The council will resurface Mill Lane in March.")]
    assert grouped(three, [CLINIC, HARBOUR, roads], OPENED, EN) == three
    unknown = [three[0], _point("Nobody said this anywhere in the notes.")]
    assert grouped(unknown, [CLINIC, HARBOUR], OPENED, EN) == unknown
