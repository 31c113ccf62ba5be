"""A chart (``chart``, ``timeline``): a native chart over the body, its caption under it; a chart with
more categories than a viewer labels is continued over slides on one scale (``split.py``)."""
from __future__ import annotations

from ...common import Para
from ...measure import LINE_HEIGHT, wrap
from ..fit import SPACE_BEFORE
from ..geometry import BODY_H, BODY_Y, INSET, MARGIN, SAFETY
from ..split import split_chart
from .kind import SlideKind


def measure(p, slide, band: float) -> list:
    """(chart, value axis) of each part: a part of its categories, on a scale all share."""
    if slide.chart:
        return split_chart(slide.chart, BODY_H - caption_h(p.width, slide.chart), p.words["chart_part"])
    return [None]


def caption_h(width: float, spec) -> float:
    """The height a chart's caption takes under it on a slide ``width`` wide: up to three lines at body
    size (0: none)."""
    if not spec.caption:
        return 0.0
    lines = len(wrap(spec.caption, (width - 2 * MARGIN - 2 * INSET) * SAFETY, 18))
    return min(lines, 3) * 18 * LINE_HEIGHT + 18 * SPACE_BEFORE + 2 * INSET


def draw(d, s, slide, part) -> None:
    """One part of the chart and the caption."""
    spec, scale = part
    cap_h = caption_h(s.width, spec)
    d.chart(s, spec, MARGIN, BODY_Y, s.width - 2 * MARGIN, BODY_H - cap_h, scale)
    if spec.caption:
        d.text(s, [Para(spec.caption)], MARGIN, BODY_Y + BODY_H - cap_h, s.width - 2 * MARGIN, cap_h,
               (18, 16, 14), d.theme.muted)


KIND = SlideKind(("chart", "timeline"), measure, draw)
