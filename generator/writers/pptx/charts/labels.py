"""Chart text: number formats, text properties and a point's data label (the value in a number
format where one shows the label as written, so that it follows edits; else the label's text)."""
from __future__ import annotations

from ...common import shortened, xml_attr, xml_text as escape
from ...measure import text_width

LABEL_PT = 13  # data and axis labels
LRM = "\u200e"  # LEFT-TO-RIGHT MARK
LABEL_SHARE = 0.4  # of a horizontal bar chart's width: the most a category's label (on one line) takes
FLAGS = ('<c:showLegendKey val="0"/><c:showVal val="{val}"/><c:showCatName val="{cat}"/><c:showSerName val="0"/>'
         '<c:showPercent val="0"/><c:showBubbleSize val="0"/>')


def number_format(values) -> str:
    """A number format with thousands separators and as many decimals (up to 2) as ``values`` need."""
    places = max((len(f"{round(v, 2):.2f}".rstrip("0").split(".")[1]) for v in values if v is not None), default=0)
    return "#,##0" + ("." + "0" * places if places else "")


def shown(value: float, code: str, approx: bool) -> str:
    """``value`` as the number format ``code`` shows it (``~`` before an approximate one)."""
    places = len(code.split(".")[1]) if "." in code else 0
    return ("~" if approx else "") + f"{value:,.{places}f}"


def fit_label(name: str, tail: str, room: float | None) -> str:
    """A category's label, ``name`` then ``tail`` (its values), in at most ``room`` points: beside a
    bar a longer one would wrap, and a viewer then hides every other label to keep them apart."""
    if room is None:
        return name + tail
    return shortened(name, room, lambda text: text_width(text, LABEL_PT), tail)


def props(tag: str, points: float, color: str, k: float) -> str:
    """Text properties (``tag`` a:defRPr or a:rPr): size and colour."""
    return f'<a:{tag} lang="en-US" sz="{int(points * k * 100)}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:{tag}>'


def txpr(points: float, color: str, k: float) -> str:
    """A text body's properties (c:txPr): size and colour."""
    return (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{props("defRPr", points, color, k)}</a:pPr>'
            '<a:endParaRPr lang="en-US"/></a:p></c:txPr>')


def point_label(j: int, text: str, style: tuple, position: str, linked: bool = False, code: str = "",
                approx: bool = False, category: bool = False, move: str = "") -> str:
    """A point's data label: the value in a number format where one shows the label as written
    (it then follows edits), else the label's text; ``move`` is a layout that places it."""
    pos = f'<c:dLblPos val="{position}"/>' if position else ""
    text_pr = txpr(LABEL_PT, *style)
    if linked:
        fmt = ('"~"' if approx else "") + code
        sep = "<c:separator>: </c:separator>" if category else ""
        return (f'<c:dLbl><c:idx val="{j}"/>{move}<c:numFmt formatCode={xml_attr(fmt)} sourceLinked="0"/><c:spPr><a:noFill/>'
                f'<a:ln><a:noFill/></a:ln></c:spPr>{text_pr}{pos}{FLAGS.format(val=1, cat=int(category))}{sep}</c:dLbl>')
    return (f'<c:dLbl><c:idx val="{j}"/>{move}<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
            f'{props("rPr", LABEL_PT, *style)}<a:t>{escape(text)}</a:t></a:r></a:p></c:rich></c:tx>'
            f'<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>{text_pr}{pos}'
            f'{FLAGS.format(val=1, cat=0)}</c:dLbl>')


def value_label(c, i: int, j: int, label: str, position: str) -> str:
    """The label of series ``i``'s point ``j`` at ``position``, in the chart's ink (on the background)."""
    s = c.spec.series[i]
    fmt = shown(s.values[j], c.code, s.approx[j])
    return point_label(j, label, (c.ink, c.k), position, fmt == label, c.code, s.approx[j])


def solid_fill(color: str) -> str:
    """A solid fill of ``color``."""
    return f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
