"""The title of a table's slide: what its rows say (``table_statement``: "H100 is banned; H800 is
restricted; H20 is permitted"), not the table's name, where that fits a title. (A chart's slide is titled
by the chart's own sentence, its message, even where the bottom line says it too: the bottom line sums up
the titles; a chart's category labels never title it.) Nothing is written that the table does not show.
"""
from __future__ import annotations

import re

from .headline import count_words
from .inline import plain
from .words import fill
from .template_names import template_filter

MOST_WORDS = 15  # a title of at most two lines at title size (whole_titles.MOST_WORDS)
_NAME = re.compile(r"[^\W_][\w .-]{0,40}")  # a row's name: "H100", "Data Center"
_WORD_VALUE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")  # a value of one to three words of letters: "Banned"


@template_filter("table_statement")
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
