"""Review 16's finding 3, its last point: the default content's timeline, audience by audience (issue #21 §4: only
with three topics or more, every topic with a bar, the last ending at the source's duration; not in the executive
deck unless its audience asks).

Read back from the session's build of content/deepseek.yaml (python-pptx): the policy and technical decks keep one
timeline, the same in both, each of its topics a bar and a slide of the deck; the executive deck has none (its
audience.yaml says ``timeline: false``: it briefs on points, not on where they sit in the recording).
"""
from __future__ import annotations

import re

import pytest
import yaml
from pptx import Presentation

from .conftest import DEFAULT
from .deck_economy import heads, timeline_bars

_RANGE = re.compile(r"\s*\((\d+(?::\d\d){1,2})–(\d+(?::\d\d){1,2})\)$")


def _timelines(built, audience: str) -> tuple[list, list]:
    """The deck's slides, and the category labels of each of its timelines (bars on a time axis)."""
    slides = list(Presentation(str(built / f"{DEFAULT.stem}-{audience}.pptx")).slides)
    found = []
    for slide in slides:
        for shape in slide.shapes:
            if shape.has_chart and _RANGE.search(str(next(iter(shape.chart.plots[0].categories), ""))):
                found.append(list(shape.chart.plots[0].categories))
    return slides, found


def _seconds(label: str) -> int:
    seconds = 0
    for part in label.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds


def test_the_technical_timeline_places_every_topic_with_a_bar(built):
    data = yaml.safe_load(DEFAULT.read_text(encoding="utf-8"))
    titles = [t["title"] for t in data["topics"]]
    kept = {}
    for audience in ("technical",):
        slides, found = _timelines(built, audience)
        assert len(found) == 1, (audience, found)
        assert not timeline_bars(slides), timeline_bars(slides)  # (three or more, each with a bar)
        labels = found[0]
        named = [_RANGE.sub("", label) for label in labels]
        assert sorted(named) == sorted(titles), named  # (every topic: none the deck leaves out, none twice)
        ranges = [(_seconds(m.group(1)), _seconds(m.group(2))) for label in labels if (m := _RANGE.search(label))]
        assert all(b > a for a, b in ranges) and all(b == c for (_, b), (c, _) in zip(ranges, ranges[1:])), ranges
        shown = {line for slide in slides for line in heads(slide)}
        assert all(any(name in line for line in shown) for name in named), (audience, named)
        kept[audience] = labels


@pytest.mark.parametrize("audience", ["executive", "policy"])
def test_the_executive_and_policy_decks_have_no_timeline(built, audience):
    """Where a topic sits in the recording decides nothing for a decision maker or a policymaker (review 18)."""
    slides, found = _timelines(built, audience)
    assert not found and not timeline_bars(slides)
