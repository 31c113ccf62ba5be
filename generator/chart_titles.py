"""The title of a chart's slide whose sentence the bottom line says already (numbered_items.py): what the
chart proves, its comparison, stated from its own data — never the chart's name ("AI cluster sizes").

A chart of one series and two categories or more that is no line (a line's categories are moments, not
rivals) is titled by its largest value and the next one, with their labels as the chart draws them
(``chart_largest_next``: "The largest is Future clusters (planned), at 500,000–700,000 GPUs; next is xAI
(Memphis), at 200,000"), or by its largest alone (``chart_largest``) where both would not fit a title;
the two largest, where they are equal, together (``chart_tied``: "Meta and OpenAI are the largest, at
100,000 GPUs"), neither called the largest (three or more equal: none is named); else by the topic's
strongest statement the deck has not said (``fallback``). A table's slide, likewise, is titled by what
its rows say (``table_statement``), not by the table's name, where that fits a title.
Nothing is written that the chart or the table does not show.
"""
from __future__ import annotations

import re

from .headline import count_words
from .inline import plain
from .words import fill

MOST_WORDS = 15  # a title of at most two lines at title size (whole_titles.MOST_WORDS)
_NAME = re.compile(r"[^\W_][\w .-]{0,40}")  # a row's name: "H100", "Data Center"
_WORD_VALUE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")  # a value of one to three words of letters: "Banned"


def compared(chart: dict, words: dict, fallback: str = "") -> str:
    """The title of ``chart``'s slide (a ChartSpec) where its own sentence is said already (see the
    module doc), else ``fallback`` (the topic's own statement), else the chart's name."""
    series = chart["series"]
    if chart["kind"] == "line" or len(series) != 1 or len(chart["categories"]) < 2:
        return fallback or chart["title"]
    values = series[0]["values"]
    ranked = sorted((i for i, v in enumerate(values) if isinstance(v, (int, float))), key=lambda i: -values[i])
    if len(ranked) < 2:
        return fallback or chart["title"]
    first, second = ranked[:2]
    if len(ranked) > 2 and values[ranked[2]] == values[first]:  # (three or more largest: none is named)
        return fallback or chart["title"]
    said = {"name": chart["categories"][first], "value": series[0]["labels"][first], "unit": chart["unit"] or "",
            "next": chart["categories"][second], "next_value": series[0]["labels"][second]}
    if values[first] == values[second]:
        tied = " ".join(fill(words["chart_tied"], **said).split())
        return tied if count_words(tied) <= MOST_WORDS else fallback or chart["title"]
    both = " ".join(fill(words["chart_largest_next"], **said).split())
    return both if count_words(both) <= MOST_WORDS else " ".join(fill(words["chart_largest"], **said).split())


def table_statement(table: dict, words: dict) -> str:
    """A table slide's title: what its rows say of their first cell, each by its second ("H100 is banned;
    H800 is restricted; H20 is permitted": ``table_row``), where the table has two to four rows, every
    first cell a name (letters, digits, spaces, hyphens) and every second a value of one to three words of
    letters only (no code, no list), and that fits a title; else the table's name."""
    rows = table["rows"]
    if len(table["columns"]) < 2 or not 2 <= len(rows) <= 4 or not all(
            _NAME.fullmatch(plain(r[0]).strip()) and _WORD_VALUE.fullmatch(plain(r[1]).strip()) for r in rows):
        return table["title"]
    said = "; ".join(fill(words["table_row"], name=plain(r[0]).strip(), value=_lower(plain(r[1]).strip())) for r in rows)
    return said if count_words(said) <= MOST_WORDS and all(plain(r[0]).strip() for r in rows) else table["title"]


def _lower(value: str) -> str:
    """A cell's value in a sentence: its capital dropped where it is a plain word ("Banned"), kept for a name
    or an acronym ("TSMC", "Arizona Fab")."""
    return value[:1].lower() + value[1:] if value[:1].isupper() and value[1:2].islower() and " " not in value else value
