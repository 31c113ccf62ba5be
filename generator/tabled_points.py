"""Points that each state a measure and its value are a table on the deck (review 19).

AMD's financial results were six sentences, each with its number inside ("Diluted earnings per share were $1.20,
compared to $0.92 a year ago, an increase of 30% year-over-year"): a briefer shows them as a table, one row a
measure, its value, what it is compared with and the change (measure_rows.py reads each point). Where LEAST_ROWS
points or more of a topic's deck slide read as rows, and at most half as many do not, the deck slide is that table,
under the same kicker and title; the speaker notes give the sentences, naming the points the table leaves out
("Left off the slide: …"); the report keeps the points as the notes wrote them. Only the columns some row fills
show; the earlier values' column is headed by the period they all name ("A year ago"), else ``earlier_column``; a
column or a row mostly of dashes is none, and a share's unit reads alike across a row (tabled_cells.py).
"""
from __future__ import annotations

from .deck_twin import named, split, texts
from .document import Slide
from .document_charts import TableSpec
from .figure_labels import mentions
from .inline import plain
from .headline import count_words
from .measure_rows import Row, figure_row, measure_row
from .quantities import said_quantities
from .short_labels import LABEL_WORDS
from .tabled_cells import full_rows, same_units, shared_measure, sparse_kept

LEAST_ROWS = 3  # points read as rows that make a table (two are a comparison, said in words)


def tabled(slides: list[Slide], words: dict, also: str) -> list[Slide]:
    """``slides`` with each topic's deck slide of measured points as their table (see the module doc); a deck grid
    of one figure of that topic whose point reads as a row joins the table, and leaves the deck."""
    out: list[Slide] = []
    absorbed: set[int] = set()  # the grids that joined a table
    of_topic: dict[str, list[tuple[int, Slide]]] = {}  # (each topic's slides, found once: not a scan a slide)
    for n, s in enumerate(slides):
        of_topic.setdefault(s.topic, []).append((n, s))
    for slide in slides:
        if not (slide.deck and slide.layout == "bullets" and slide.topic and not slide.role):
            out.append(slide)
            continue
        same = of_topic[slide.topic]
        whole = next((s for _, s in same if s.title == slide.title and not s.deck and s.layout == "bullets"), slide)
        lone = [(n, s.figures[0].value) for n, s in same if s.deck and s.layout == "big_number" and len(s.figures) == 1]
        parts, joined = _tabled(slide, whole, lone, words, also)
        out += parts
        absorbed |= joined
    gone = [slides[n] for n in absorbed]
    return [part for s in out if s.report or not any(s is g for g in gone)
            for part in ([s.model_copy(update={"deck": False})] if any(s is g for g in gone) else _grid_table(s, words, also))]


def _grid_table(slide: Slide, words: dict, also: str) -> list[Slide]:
    """A deck grid of LEAST_ROWS key figures or more whose labels are sentences (one runs past short_labels'
    LABEL_WORDS: "Data Center segment operating income, or 25% of revenue, compared to $1 billion a year ago, or 29%
    of revenue") and each reads as a row (measure_rows.figure_row), as their table (review 20: a big number's label is
    the measure's name, and the share and the year-ago value are cells, not a broken sentence); else the slide."""
    if not (slide.deck and slide.layout == "big_number" and slide.role != "summary" and len(slide.figures) >= LEAST_ROWS
            and any(count_words(plain(f.label)) > LABEL_WORDS for f in slide.figures)):
        return [slide]
    rows = [figure_row(f.value, f.label, words) for f in slide.figures]
    if not all(rows):
        return [slide]
    return split(slide, slide.model_copy(update={"layout": "table", "figures": [], "table": table_of(
        [r for r in rows if r], words)}), "", also)


def _tabled(slide: Slide, report: Slide, lone: list[tuple[int, str]], words: dict,
            also: str) -> tuple[list[Slide], set[int]]:
    """The slide, or its deck twin as a table, and the grids of ``lone`` (index, value) whose point joined it
    (``report``: the slide's twin in the report, that has all its points, else the slide)."""
    shown = set(texts(slide.bullets))
    whole = texts(report.bullets)
    joined = {n for n, value in lone
              for p in whole if p not in shown and mentions(plain(p), value) and measure_row(p, words)}
    points = [p for p in whole if p in shown or any(mentions(plain(p), v) for n, v in lone if n in joined)]
    read = [(text, measure_row(text, words)) for text in points]
    rows = [r for _, r in read if r]
    rest = [text for text, r in read if r is None]
    if len(rows) < LEAST_ROWS or 2 * len(rest) > len(rows):
        return [slide], set()
    said = [text for text, r in read if r]
    deck = slide.model_copy(update={"layout": "table", "bullets": [], "table": table_of(rows, words),
                                    "notes": " ".join(filter(None, (report.notes, named(said))))})
    left = [p for p in whole if p not in said and (p in shown or _named_in(p, slide.notes))]
    return split(slide, deck, "; ".join(left), also), joined


def _named_in(text: str, notes: str) -> bool:
    """Whether ``notes`` (the deck slide's, before it became a table) name the point ``text``: one it had left off
    ("Left off the slide: Desktop CPU sales reached an all-time high"), which the table's notes name again."""
    return plain(text).rstrip(".") in notes


def table_of(rows: list[Row], words: dict) -> TableSpec:
    """The table of ``rows``: the measure, then each of value, earlier value and change that some row gives."""
    period = _period([r.earlier for r in rows if r.earlier])
    cells = [[r.measure, r.value, _without(r.earlier, period), r.change] for r in rows]
    heads = [words["measure_column"], words["value_column"], (period[:1].upper() + period[1:]) or words["earlier_column"],
             words["change_column"]]
    shown, cells = sparse_kept(cells, [list(r) for r in rows])  # (no column of dashes: tabled_cells.py)
    kept = full_rows([same_units([c[n] for n in shown]) for c in cells])
    measure, names = shared_measure([row[0] for row in kept])
    # (a cell a row does not give shows a dash, as results tables do: an empty cell reads as something lost)
    return TableSpec(columns=[measure or heads[0], *(heads[n] for n in shown[1:])],
                     rows=[[name, *(c or "—" for c in row[1:])] for name, row in zip(names, kept)])


def _after_value(cell: str) -> str:
    """The words after ``cell``'s first number, up to a remark in brackets ("a year ago" in "$1 billion a year ago")."""
    found = said_quantities(cell)
    return " ".join(cell[found[0][1]:].split("(")[0].split()) if found else ""


def _period(cells: list[str]) -> str:
    """The period every one of ``cells`` names after its value ("a year ago"; one may name it after its remark:
    "$288 million (12% a year ago)"), or ""."""
    periods = {_after_value(c) for c in cells} - {""}
    period = periods.pop() if len(periods) == 1 else ""
    return period if period and all(_at(c, period) >= 0 for c in cells) else ""


def _at(cell: str, period: str) -> int:
    """Where ``period`` stands in ``cell`` after its first number, or -1."""
    found = said_quantities(cell)
    return cell.find(period, found[0][1]) if found else -1


def _without(cell: str, period: str) -> str:
    """``cell`` without ``period`` after its value (the column's header says it)."""
    if not period or not cell:
        return cell
    at = _at(cell, period)
    return " ".join((cell[:at] + cell[at + len(period):]).split()).replace(" )", ")")
