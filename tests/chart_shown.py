"""What a deck chart shows as text: its categories' names and its data labels as a viewer draws them (a label's own
text, else its point's value in the label's number format: '"~"#,##0' shows 128000 as "~128,000")."""
from __future__ import annotations

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _formatted(value: float, code: str) -> str:
    places = len(code.split(".")[1].rstrip('"')) if "." in code else 0
    return ("~" if code.startswith('"~"') else "") + f"{value:,.{places}f}"


def data_labels(chart) -> list[str]:
    """Each data label ``chart`` (python-pptx) shows, in its series' order."""
    out = []
    for ser in chart._chartSpace.iter(f"{C}ser"):
        values = {int(pt.get("idx")): float(pt.find(f"{C}v").text) for pt in ser.iter(f"{C}pt")
                  if pt.getparent().getparent().getparent().tag == f"{C}val"}
        for label in ser.iter(f"{C}dLbl"):
            if label.find(f"{C}delete") is not None:
                continue
            rich = label.find(f"{C}tx")
            fmt = label.find(f"{C}numFmt")
            if rich is not None:
                out.append("".join(t.text or "" for t in rich.iter(f"{A}t")))
            elif fmt is not None:
                out.append(_formatted(values[int(label.find(f"{C}idx").get("val"))], fmt.get("formatCode")))
    return out


def chart_shown(chart) -> list[str]:
    """The categories' names (with any values written beside them) and the data labels of ``chart``."""
    return [str(c) for c in chart.plots[0].categories] + data_labels(chart)
