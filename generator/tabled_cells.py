"""A measures table shows no column or row that is mostly dashes, and says a share's unit alike in every cell (review 21).

AMD's results table had "A year ago" filled in one row of five ("$0.92") and a dash in the other four, and "Net
income — — +31%": a column a reader scans down for dashes. A column (other than the measure's) that fewer than half
the rows fill is no column: each cell it had joins its row's first shown cell as a remark in brackets, as the notes
wrote it ("$1.20 ($0.92 a year ago)"), or, where that cell is empty too, is left to the speaker notes (which say every
row's sentence). Then a row that fills fewer than half of the columns left is no row (the notes say it), where the
table keeps LEAST_KEPT rows. A remark that is a bare quantity ("12%", from "…, or 12% a year ago") where another
cell of its row says the same unit with its words ("21% of revenue") takes those words: "$288 million (12% of
revenue)", not "(12%)" beside "(21% of revenue)". Measures that all end on the same LEAST_SHARED words or more
("Data Center segment operating income", "Embedded segment operating income") head their column with those words
("Segment operating income"), each cell keeping what sets it apart ("Data Center"). Every cell stays the notes' own
words.
"""
from __future__ import annotations

import re

from .quantities import said_quantities

LEAST_KEPT = 3  # rows a table keeps at least when it leaves out rows that are mostly dashes
LEAST_SHARED = 2  # words the measures' shared ending has at least to head their column ("operating income")
_REMARK = re.compile(r"\s*\(([^()]*)\)$")


def sparse_kept(cells: list[list[str]], whole: list[list[str]]) -> tuple[list[int], list[list[str]]]:
    """The columns of ``cells`` (rows of measure, then data cells; "" where a row gives none) that at least half the
    rows fill (the measure's always, one data column at least), and the rows with each left-out column's cell as a
    remark (``whole``: each row's cells as the notes wrote them, the period a header says included)."""
    data = [n for n in range(1, len(cells[0])) if any(row[n] for row in cells)] if cells else []
    full = [n for n in data if 2 * sum(bool(row[n]) for row in cells) >= len(cells)] or data[:1]
    out = []
    for row, said in zip(cells, whole):
        row = list(row)
        first = next((n for n in full if row[n]), None)
        for n in (n for n in data if n not in full and said[n]):
            if first is not None:
                row[first] = remarked(row[first], said[n])
        out.append(row)
    return [0, *full], out


def remarked(cell: str, remark: str) -> str:
    """``cell`` with ``remark`` in brackets after it, in the brackets it ends on if it has one ("$2.2 billion (24%
    operating margin; $0.92 a year ago)")."""
    found = _REMARK.search(cell)
    if found:
        return f"{cell[:found.start()]} ({found.group(1)}; {remark})"
    return f"{cell} ({remark})"


def full_rows(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` (measure, then data cells) without those that fill fewer than half their data cells, where LEAST_KEPT
    rows stay."""
    kept = [row for row in rows if 2 * sum(bool(c) for c in row[1:]) >= len(row) - 1]
    return kept if len(kept) >= LEAST_KEPT else rows


def same_units(row: list[str]) -> list[str]:
    """``row`` with each remark that is a bare quantity ("12%") given the words another remark of the row says after
    a quantity of the same unit ("21% of revenue": "12% of revenue")."""
    remarks = [_REMARK.search(cell) for cell in row]
    worded: dict[tuple, str] = {}
    for found in remarks:
        for part in found.group(1).split("; ") if found else ():
            said = said_quantities(part)
            if said and said[0][0] == 0 and (rest := part[said[0][1]:].strip()):
                worded.setdefault(_kind(said[0][2]), rest)
    out = []
    for cell, found in zip(row, remarks):
        if found:
            parts = [_worded(part, worded) for part in found.group(1).split("; ")]
            cell = f"{cell[:found.start()]} ({'; '.join(parts)})"
        out.append(cell)
    return out


def _kind(quantity: tuple) -> tuple:
    """What a quantity counts: its currency and unit."""
    return quantity[0], quantity[3]


def _worded(part: str, worded: dict[tuple, str]) -> str:
    """``part`` with the words its unit takes elsewhere in the row, where it is a bare quantity."""
    said = said_quantities(part)
    if len(said) == 1 and said[0][0] == 0 and said[0][1] == len(part.strip()) and _kind(said[0][2]) in worded:
        return f"{part.strip()} {worded[_kind(said[0][2])]}"
    return part


def shared_measure(measures: list[str]) -> tuple[str, list[str]]:
    """The words every one of ``measures`` ends on (LEAST_SHARED at least, each measure keeping a word before them),
    opening on a capital, and each measure without them; ("", ``measures``) where they share fewer."""
    split = [m.split() for m in measures]
    size = 0
    while (all(len(words) > size + 1 for words in split)
           and len({" ".join(words[-size - 1:]).casefold() for words in split}) == 1):
        size += 1
    if size < LEAST_SHARED or len(measures) < 2:
        return "", measures
    head = " ".join(split[0][-size:])
    return head[:1].upper() + head[1:], [" ".join(words[:-size]) for words in split]
