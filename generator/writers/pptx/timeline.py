"""A moment's time line on a deck slide ("▶ 13:28 · YouTube video 3:33"): its runs, and the size at
which it fits its width (the type scale chooses one size for every time line of a deck)."""
from __future__ import annotations

from ..measure import text_width
from .geometry import INSET, SAFETY, TIME_SIZES


def time_runs(at, color: str, link_color: str) -> list[tuple]:
    """(text, colour, link, bold) of each run of a time line."""
    runs = [("▶ ", color, None, False)]
    for i, (label, url) in enumerate(at.labelled_links()):
        if i:
            runs.append(("  ·  ", color, None, False))
        runs.append((label, link_color, url, i == 0))
    if not at.links:
        runs.append((at.label, color, None, True))
    return runs


def time_size(at, width: float, most: int = TIME_SIZES[0]) -> int:
    """The largest of TIME_SIZES up to ``most`` at which ``at``'s time line fits ``width`` on one line."""
    text = "".join(run[0] for run in time_runs(at, "", ""))
    fitting = [size for size in TIME_SIZES if size <= most and text_width(text, size, True) <= (width - 2 * INSET) * SAFETY]
    return fitting[0] if fitting else TIME_SIZES[-1]


SUBTITLE_SIZES = (14, 12)  # a content slide's subtitle, in the row under its title
GAP = 12.0  # points between a time line and the subtitle after it


def beside_subtitle(at, subtitle: str, width: float, size: int) -> float | None:
    """The width ``at``'s time line (at ``size``) takes in the row of ``width`` under a slide's title
    when the slide's ``subtitle`` shows after it, on one line at the smallest of SUBTITLE_SIZES at
    most; None when there is no subtitle or it does not fit there (the time line has the row)."""
    if not subtitle:
        return None
    text = "".join(run[0] for run in time_runs(at, "", ""))
    line = text_width(text, size, True) / SAFETY + 2 * INSET + 1  # (1: what rounding may add)
    room = width - line - GAP
    return line if text_width(subtitle, SUBTITLE_SIZES[-1]) <= (room - 2 * INSET) * SAFETY else None
