"""Charts from the notes: a group of three or more figures with one unit is a bar chart; the
takeaways' charts go to the topic they speak of."""
from __future__ import annotations

from ..content import MAX_CATEGORIES
from ..errors import Problem
from ..quantities import parse_quantity
from .figures import measure, measure_key, shared_unit, unit_key
from .ids import slug
from .placing import words
from .tree import NotePoint, flat, point_label, walk_groups

MAX_TAKEAWAY_CHARTS = 100


def find_charts(group: NotePoint, used: dict, lines: dict, charted: set[int] | None = None) -> list[dict]:
    """A bar chart from three or more measured children of ``group`` that share a unit
    (``lines`` is told the group's line for each chart id, ``charted`` the id of each row's node)."""
    by_unit: dict[tuple, list] = {}
    nodes: dict[tuple, list[NotePoint]] = {}
    for child in group.children:
        found = measure(child.text)
        if found:
            by_unit.setdefault(measure_key(found[2]), []).append(found)
            nodes.setdefault(measure_key(found[2]), []).append(child)
    charts = []
    for key, rows in by_unit.items():
        if len(rows) < 3:
            continue
        rows = rows[:MAX_CATEGORIES]
        if charted is not None:
            charted.update(id(node) for node in nodes[key])
        unit = shared_unit(rows)
        label = point_label(group.text) or group.text.rstrip(":").strip()
        title = label if len(label) <= 80 else label[:77].rstrip() + "…"
        lines[chart_id := slug(title, used, "chart")] = group.line
        charts.append({
            "id": chart_id, "title": title, "kind": "bar", "unit": unit,
            "categories": [r[0] for r in rows],
            "series": [{"name": unit, "values": [r[1] for r in rows]}],
            "caption": "Values as stated in the summary notes"
                       + ("; ~ marks an approximate figure" if any(r[1][:1] in "~≈a" for r in rows) else "")
                       + ("; a range is drawn as a range" if any(parse_quantity(r[1])["low"] is not None for r in rows) else "")
                       + ".",
        })
    return charts


def add_takeaway_charts(takeaways: list[NotePoint], topics: list[tuple[dict, list[NotePoint]]], used: dict, lines: dict,
                        file: str, warnings: list[Problem], charted: set[int]) -> None:
    """Charts found in the takeaways go to the topic they share most words with, and replace
    a chart of the same unit there when they have more categories. Each is compared with
    every topic, so there may be MAX_TAKEAWAY_CHARTS of them (the time stays linear)."""
    topic_words = [words(tp[0]["title"] + " " + flat(tp[1])) for tp in topics]
    found_charts = ((group, chart) for group in walk_groups(takeaways) for chart in find_charts(group, used, lines, charted))
    for n, (group, chart) in enumerate(found_charts):
        if n == MAX_TAKEAWAY_CHARTS:
            warnings.append(Problem(f"more than {MAX_TAKEAWAY_CHARTS} charts in the takeaways; the rest were left out",
                                    file, group.line))
            break
        said = words(group.text + " " + " ".join(c.text for c in group.children))
        best = topics[max(range(len(topics)), key=lambda i: len(said & topic_words[i]))][0]
        same = [c for c in best.get("charts", []) if unit_key(c["unit"]) == unit_key(chart["unit"])]
        if same and len(same[0]["categories"]) >= len(chart["categories"]):
            continue
        best["charts"] = [c for c in best.get("charts", []) if c not in same] + [chart]
