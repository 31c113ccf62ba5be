"""The axes of a chart on axes (bars, columns, lines, timelines): categories (first on top for bars
across), a value axis from zero for bars, a timeline's clock (from its first time when that is far
from 0), a part's fixed scale, the unit's title; the categories' names at the low end where values fall
under zero."""
from __future__ import annotations

from ...common import time_axis, xml_attr, xml_text as escape
from .labels import LABEL_PT

CAT_AX, VAL_AX = 50010, 50020
AXIS_IDS = f'<c:axId val="{CAT_AX}"/><c:axId val="{VAL_AX}"/>'


def axes(spec, horizontal, ink, txpr, solid_fill, code, k, names_pt=LABEL_PT, fixed=None) -> str:
    """The category and value axes' XML; ``fixed`` (min, max, major unit) is a part's shared scale. A bar or column
    chart labels every value (on its bar, or beside its category's name), so its value axis shows no numbers nor
    gridlines, only its unit (review 20: "100,000 200,000 … 800,000" ran together under bars that said them)."""
    title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr sz="{int(LABEL_PT * k * 100)}">{solid_fill(ink)}'
             f'</a:rPr><a:t>{escape(spec.unit)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
             ) if spec.unit else ""
    ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
    scale, unit = "", ""
    if fixed:  # a part of a chart: every part on the same scale
        days = 1 / 1440 if spec.kind == "timeline" else 1
        scale = f'<c:max val="{fixed[1] * days!r}"/><c:min val="{fixed[0] * days!r}"/>'
        unit = f'<c:majorUnit val="{fixed[2] * days!r}"/>'
    elif spec.kind == "timeline":  # whole minutes on a clock the labels share
        start, end, step = time_axis(min(lo for s in spec.series for lo in s.low if lo is not None),
                                     max(hi for s in spec.series for hi in s.high if hi is not None))
        scale = f'<c:max val="{end / 1440!r}"/><c:min val="{start / 1440 if start else 0}"/>'
        unit = f'<c:majorUnit val="{step / 1440!r}"/>'
    elif spec.kind in ("bar", "column") and all(v >= 0 for s in spec.series for v in s.values):
        scale = '<c:min val="0"/>'  # a bar's length is its value: a viewer's own scale may start at 35
    crosses = "max" if horizontal else "autoZero"  # with the first category on top, the values go under the bars
    # the names at the value axis's low end where values fall under zero (at zero, negative bars hid them)
    names = ticks.replace("nextTo", "low") if any(v < 0 for s in spec.series for v in s.values) else ticks
    bare = spec.kind in ("bar", "column")
    grid = "" if bare else (f'<c:majorGridlines><c:spPr><a:ln>{solid_fill("DDDDDD")}</a:ln></c:spPr>'
                            '</c:majorGridlines>')
    value_ticks = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="none"/>' if bare else ticks
    return (f'<c:catAx><c:axId val="{CAT_AX}"/><c:scaling><c:orientation val="{"maxMin" if horizontal else "minMax"}"/>'
            f'</c:scaling><c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/>{names}{txpr(names_pt)}'
            f'<c:crossAx val="{VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            f'<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
            f'<c:valAx><c:axId val="{VAL_AX}"/><c:scaling><c:orientation val="minMax"/>{scale}</c:scaling><c:delete val="0"/>'
            f'<c:axPos val="{"b" if horizontal else "l"}"/>{grid}{title}<c:numFmt formatCode={xml_attr(code)} '
            f'sourceLinked="0"/>{value_ticks}'
            f'{txpr(12)}<c:crossAx val="{CAT_AX}"/><c:crosses val="{crosses}"/><c:crossBetween val="between"/>{unit}</c:valAx>')
