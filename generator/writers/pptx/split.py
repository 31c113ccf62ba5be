"""A chart too long for one slide continues on the next: which categories each part holds, and the
value axis every part shares so that parts compare.

LibreOffice labels every category of a chart only while each has room for its label; past that it
shows every other one (20 of 40) and ``tickLblSkip`` does not stop it. So a chart with more
categories than its box labels is cut into parts of at most that many, spread evenly.
"""
from __future__ import annotations

import math

from ...document import ChartSpec
from ...groups import spread
from ...words import fill
from ..common import time_axis, value_axis
from .parts import ChartPart

MOST_CATEGORIES = 20  # a chart's categories LibreOffice labels every one of on a slide (columns turn their labels)
# Horizontal bars: LibreOffice labels every category while each has ROW points of the chart's height after
# CHROME (the value axis; a unit's title and a legend take AXIS_TITLE more each). Measured: 25 bars labelled
# in the full box, 19 under a caption of three lines, 17 with a unit too; one more and every other label goes.
ROW, CHROME, AXIS_TITLE = 13.0, 42.0, 30.0


def most_categories(spec: ChartSpec, height: float) -> int:
    """How many categories of ``spec`` a chart ``height`` points high shows every label of."""
    if spec.kind not in ("bar", "timeline"):
        return MOST_CATEGORIES
    chrome = CHROME + AXIS_TITLE * (bool(spec.unit) + (len(spec.series) > 1))
    return max(1, min(MOST_CATEGORIES, int((height - chrome) // ROW)))


def split_chart(spec: ChartSpec, height: float, part: str) -> list[ChartPart]:
    """The parts of a chart ``height`` points high, one a slide, each (its categories' chart, the
    value axis they share): a chart with more categories than a viewer labels every one of is cut
    into as few parts as it needs, as even as can be, all on one scale (a timeline's whole span,
    the bars' overall extent) so that parts compare; a chart that needs no cut, or a pie, is one
    part with its own scale. ``part`` names a part (words.py's ``chart_part``)."""
    most = most_categories(spec, height)
    if spec.kind in ("pie", "doughnut") or len(spec.categories) <= most:
        return [ChartPart(spec, None)]
    scale: tuple | None = _scale(spec)
    parts, groups = [], spread(list(range(len(spec.categories))), most)
    for number, group in enumerate(groups, start=1):
        a, b = group[0], group[-1] + 1
        series = [s.model_copy(update={key: getattr(s, key)[a:b] for key in ("values", "low", "high", "approx", "labels")})
                  for s in spec.series]
        title = fill(part, title=spec.title, number=number, count=len(groups))  # its alt text says which part it is
        parts.append(ChartPart(spec.model_copy(update={"title": title, "categories": spec.categories[a:b], "series": series}),
                               scale))
    return parts


def _scale(spec: ChartSpec) -> tuple[float, float, float]:
    """(min, max, major unit) of a value axis that holds all of ``spec``'s data: a timeline's is the
    recording in minutes (see ``time_axis``; its unit whole minutes), a chart's from 0 (or below it) in round steps."""
    data = [v for s in spec.series for v in (*s.values, *s.high, *s.low) if v is not None]
    if spec.kind == "timeline":
        start, end, minutes = time_axis(min(data), max(data))
        return float(start), float(end), float(minutes)
    top, bottom = max(max(data), 0.0), min(min(data), 0.0)
    _, step = value_axis(max(top, -bottom) or 1)
    return (-math.ceil(-bottom * 1.1 / step) * step if bottom < 0 else 0.0), math.ceil(top * 1.1 / step) * step, step
