"""A chart (``chart``, ``timeline``): a native chart over the body, its caption under it; a chart with
more categories than a viewer labels is continued over slides on one scale (``split.py``). A chart that takes its
topic's few other lines as context (chart_context.py) stands on the left, its topic's key figure and lines on the
right; its topic's key figure alone stands in a band over it, as over a topic's points."""
from __future__ import annotations

from ...common import Para
from ...measure import LINE_HEIGHT, wrap
from ..fit import SPACE_BEFORE, bullet_paras, fit_size, para_height
from ..geometry import BAND_VALUE_SIZES, BODY_H, BODY_SIZES, BODY_Y, FIGURE_BAND, INSET, MARGIN, SAFETY
from ..split import split_chart
from .kind import SlideKind
from .points import band, figure_band

CHART_SHARE = 0.6  # of the body's width, the chart's beside its context
GAP = 24.0  # points between the chart and its context
VALUE_H = 72.0  # the key figure's value over its label, beside a chart (48 points, its line and insets)


def measure(p, slide, band: float) -> list:
    """(chart, value axis, the context's size: None without one) of each part: a part of its categories, on a scale
    all share; the context (its lines at the deck's size, else smaller) beside the first."""
    if not slide.chart:
        return [None]
    width = _chart_w(p.width, slide)
    top = _band(slide, p.width)
    parts = split_chart(slide.chart, BODY_H - top - caption_h(width + 2 * MARGIN, slide.chart), p.words["chart_part"])
    size = None
    if slide.bullets:
        inner = (p.width - MARGIN - _side_x(p.width) - 2 * INSET) * SAFETY
        sizes = tuple(s for s in BODY_SIZES if s <= p.sizes(slide)[0]) or BODY_SIZES[-1:]
        size = fit_size(_side_paras(slide), inner, BODY_H - 2 * INSET - (VALUE_H if slide.figures else 0), sizes)
        size = BODY_SIZES[-1] if size is None else size
    return [(*part, size if n == 0 else None, top) for n, part in enumerate(parts)]


def _band(slide, width: float) -> float:
    """The height a chart's one key figure takes in a band over it, where the chart has no lines beside it and the
    band fits (points.band; review 21: beside the chart, "2.2 GW" left the cluster chart too narrow to label its bars);
    0 where it has none."""
    if not slide.figures or slide.bullets:
        return 0.0
    return FIGURE_BAND if band(slide.figures[0], width) is not None else 0.0


def _chart_w(width: float, slide) -> float:
    """The chart's width on a slide ``width`` wide: the body's, less its context's column where it has one (its key
    figure alone stands over it: ``_band``)."""
    whole = width - 2 * MARGIN
    return whole * CHART_SHARE if slide.bullets or (slide.figures and not _band(slide, width)) else whole


def _side_x(width: float) -> float:
    return MARGIN + (width - 2 * MARGIN) * CHART_SHARE + GAP


def _side_paras(slide) -> list[Para]:
    """The context's paragraphs under its key figure's value: the figure's label, then the lines."""
    label = [Para.rich(f.label) for f in slide.figures[:1]]
    return label + bullet_paras(slide.bullets)


def caption_h(width: float, spec) -> float:
    """The height a chart's caption takes under it on a slide ``width`` wide: up to three lines at body
    size (0: none)."""
    if not spec.caption:
        return 0.0
    lines = len(wrap(spec.caption, (width - 2 * MARGIN - 2 * INSET) * SAFETY, 18))
    return min(lines, 3) * 18 * LINE_HEIGHT + 18 * SPACE_BEFORE + 2 * INSET


def draw(d, s, slide, part) -> None:
    """One part of the chart and the caption, and beside the first its context."""
    spec, scale, size, top = part
    width = _chart_w(s.width, slide) if size is not None else s.width - 2 * MARGIN
    cap_h = caption_h(width + 2 * MARGIN, spec)
    if top:
        figure_band(d, s, slide)
    d.chart(s, spec, MARGIN, BODY_Y + top, width, BODY_H - top - cap_h, scale)
    if spec.caption:
        d.text(s, [Para(spec.caption)], MARGIN, BODY_Y + BODY_H - cap_h, width, cap_h, (18, 16, 14), d.theme.muted)
    if size is not None:
        _context(d, s, slide, size)


def _context(d, s, slide, size: int) -> None:
    """The chart's context on the right: its topic's key figure (its value, then its label) and lines."""
    x = _side_x(s.width)
    w, y = s.width - MARGIN - x, BODY_Y
    if slide.figures:
        fig = slide.figures[0]
        d.text(s, [Para(fig.value, bold=True)], x, y, w, VALUE_H, BAND_VALUE_SIZES, d.theme.accent)
        y += VALUE_H
        label = Para.rich(fig.label)
        label_h = para_height(label, (w - 2 * INSET) * SAFETY, size) + 2 * INSET
        d.text(s, [label], x, y, w, label_h, (size,), d.theme.text)
        y += label_h
    if slide.bullets:
        d.text(s, bullet_paras(slide.bullets), x, y, w, BODY_Y + BODY_H - y, (size,), d.theme.text, bullets=True)


KIND = SlideKind(("chart", "timeline"), measure, draw)
