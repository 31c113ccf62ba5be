"""A bar of a plan is told apart from the bars of what is (review 20: the default deck's bar of planned clusters, a
range, floated beside the clusters that run, drawn like them).

A category whose name says it is planned, expected or estimated, in the content's own words (the language's
``planned_phrases``: "planned", "forecast", "2026 (expected)"), is marked on the Document's chart (``planned``);
every writer draws its bar lighter, outlined in the series' colour, so that it reads as not (yet) real.
"""
from __future__ import annotations

from .contrast import _mix
from .key_words import holds, phrases
from .template_names import template_filter

KINDS = ("bar", "column")  # the kinds whose bars a plan's fill tells apart (a line, a pie or a timeline has none)


@template_filter("with_plans")
def with_plans(chart: dict, words: dict) -> dict:
    """``chart`` with its ``planned`` marks: for each category, whether its name says a ``planned_phrases`` word."""
    if chart.get("kind") not in KINDS:
        return chart
    found = phrases(words, "planned_phrases")
    marks = [holds(str(name), found) for name in chart.get("categories", ())]
    return {**chart, "planned": marks} if any(marks) and not all(marks) else chart

PLAN_TINT = 0.7  # how far a plan's bar is drawn toward the background from its series' colour (its outline keeps it)


def plan_fill(color: str, background: str) -> str:
    """The fill of a planned category's bar: ``color`` lightened toward ``background`` (hex RGB, no #)."""
    return _mix(color.upper(), background.upper(), PLAN_TINT)
