"""Points that each state a measure and its value are a table on the deck (review 19: AMD's results were six
sentences with their numbers inside): generator/measure_rows.py reads a point as a row, generator/tabled_points.py
makes the deck slide the table; the report keeps the sentences."""
from __future__ import annotations

import subprocess

import pytest
from pptx import Presentation

from generator.document import Bullet, Slide
from generator.measure_rows import Row, measure_row
from generator.tabled_points import tabled
from generator.words import load_words

from .conftest import AUDIENCES, have
from .deck_titles import _title_kicker
from .notes_built import NOTES, notes_build

EN = load_words("en")


@pytest.mark.parametrize("text, row", [
    ("Revenue grew 12% year-over-year to $3.1 billion.", Row("Revenue", "$3.1 billion", "", "+12% year-over-year")),
    ("Ticket sales fell 8% to 410,000.", Row("Ticket sales", "410,000", "", "−8%")),
    ("Net profit increased 5%.", Row("Net profit", "", "", "+5%")),
    ("Operating margin was 18%, up 2 points year-over-year.", Row("Operating margin", "18%", "", "+2 points year-over-year")),
    ("Earnings per share were $0.80, compared to $0.70 a year ago, an increase of 14%.",
     Row("Earnings per share", "$0.80", "$0.70 a year ago", "+14%")),
    ("Port income was $40 million, or 12% of revenue, compared to $35 million.",
     Row("Port income", "$40 million (12% of revenue)", "$35 million", "")),
    ("Harbour fees: $12 million", Row("Harbour fees", "$12 million", "", "")),
    # (no row: no number, a sentence that says more than a measure, two sentences)
    ("Desktop sales reached an all-time high.", None),
    ("There have been more bakeries than banks opened in the last 30 years", None),
    ("Revenue grew 12%. Costs fell.", None),
])
def test_a_point_that_states_a_measure_reads_as_a_row(text, row):
    assert measure_row(text, EN) == row


def _slide(*texts: str) -> Slide:
    return Slide(layout="bullets", title="Sales grew in every region", kicker="Results", topic="results",
                 bullets=[Bullet(text=t) for t in texts])


def test_three_measured_points_are_a_table_on_the_deck_and_points_in_the_report():
    slide = _slide("North sales grew 12% to $3 million.", "South sales fell 4% to $2 million.",
                   "West sales were $1 million, compared to $0.8 million a year ago.", "Stores were renovated.")
    out = tabled([slide], EN, EN["also_in_report"])
    deck, report = [s for s in out if s.deck], [s for s in out if s.report]
    assert [s.layout for s in deck] == ["table"] and report == [slide.model_copy(update={"deck": False})]
    table = deck[0].table
    assert table is not None
    assert table.columns == ["Measure", "Value", "Change"]  # (one earlier value of three: a remark, no column)
    assert table.rows == [["North sales", "$3 million", "+12%"], ["South sales", "$2 million", "−4%"],
                          ["West sales", "$1 million ($0.8 million a year ago)", "—"]]  # (a cell not given: a dash)
    assert "Stores were renovated" in deck[0].notes and "North sales grew 12% to $3 million" in deck[0].notes


@pytest.mark.parametrize("texts", [
    ("North sales grew 12% to $3 million.", "South sales fell 4% to $2 million."),  # (two: said in words)
    ("North sales grew 12% to $3 million.", "South sales fell 4% to $2 million.", "West sales were $1 million.",
     "Stores were renovated.", "Staff were trained.", "Hours were longer."),  # (more prose than rows)
])
def test_fewer_rows_or_more_prose_stay_points(texts):
    slide = _slide(*texts)
    assert tabled([slide], EN, EN["also_in_report"]) == [slide]


@pytest.mark.skipif(not have("pdftotext"), reason="needs pdftotext")
@pytest.mark.parametrize("audience", AUDIENCES)
def test_amd_s_financial_results_are_a_table_and_the_report_keeps_the_sentences(audience):
    """AMD (review 19): "Diluted earnings per share were $1.20, compared to $0.92 a year ago, an increase of 30%
    year-over-year" and five more such sentences were the points of one slide; the slide is now their table (each
    measure a row), and the report still says each sentence. Review 21: "A year ago" was a dash in four rows of
    five, "Net income — — +31%": the one earlier value is a remark on its value, and no column is mostly dashes."""
    made = notes_build(NOTES / "earnings-call-amd.txt", ("pptx", "pdf")).content
    deck = made.with_name(f"{made.stem}-{audience}.pptx")
    results = next(s for s in Presentation(str(deck)).slides if _title_kicker(s)[0].startswith("Revenue grew 36%"))
    tables = [shape.table for shape in results.shapes if shape.has_table]
    assert tables, "no table on the results slide"
    rows = [[c.text for c in row.cells] for row in tables[0].rows]
    assert rows[0] == ["Measure", "Value", "Change"]
    assert ["Diluted earnings per share", "$1.20 ($0.92 a year ago)", "+30% year-over-year"] in rows
    for n in range(1, len(rows[0])):
        assert 2 * sum(row[n] == "—" for row in rows[1:]) <= len(rows) - 1, rows  # (no column mostly dashes)
    assert all(2 * sum(c == "—" for c in row[1:]) <= len(row) - 1 for row in rows), rows  # (nor a row)
    assert {"Revenue", "Net income", "Gross margin", "Operating income"} <= {r[0] for r in rows}
    said = [p.text for s in results.shapes if s.has_text_frame for p in s.text_frame.paragraphs]
    assert not any("per share were" in line for line in said), said
    assert "Diluted earnings per share were $1.20" in results.notes_slide.notes_text_frame.text
    report = subprocess.run(["pdftotext", str(made.with_name(f"{made.stem}-{audience}.pdf")), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert "Diluted earnings per share were $1.20, compared to $0.92 a year ago" in " ".join(report.split())


def test_a_grid_of_figures_whose_labels_are_sentences_is_their_table():
    """Review 20: AMD's segment incomes were three big numbers over broken sentences ("Data Center segment operating
    income, or 25% of revenue, compared to $1 billion a year ago, or 29%"): a grid of three figures or more whose
    labels run past a label's words and each open on a measure is a table on the deck; the report keeps the grid."""
    from generator.document import KeyFigure
    from generator.measure_rows import figure_row
    labels = [("$40 million", "Port income, or 12% of revenue, compared to $35 million a year ago, or 11% of revenue"),
              ("$9 million", "Ferry income, or 3% of revenue, compared to $11 million, or 4% a year ago"),
              ("$2 million", "Marina income, or 1% of revenue, compared to $2 million a year ago, or 1% of revenue")]
    assert figure_row(*labels[0], EN) == Row("Port income", "$40 million (12% of revenue)",
                                             "$35 million a year ago (11% of revenue)", "")
    grid = Slide(layout="big_number", title="Income rose at the port", topic="income",
                 figures=[KeyFigure(value=v, label=label) for v, label in labels])
    report, deck = tabled([grid], EN, EN["also_in_report"])
    assert (report.layout, report.deck, deck.layout, deck.report) == ("big_number", False, "table", False)
    assert deck.table.columns == ["Measure", "Value", "A year ago"]
    # (review 21: a share says its unit alike across the row, "(4% of revenue)" beside "(3% of revenue)", not "(4%)")
    assert deck.table.rows[1] == ["Ferry income", "$9 million (3% of revenue)", "$11 million (4% of revenue)"]
    short = grid.model_copy(update={"figures": [KeyFigure(value=v, label=label.split(",")[0]) for v, label in labels]})
    assert tabled([short], EN, EN["also_in_report"]) == [short]  # (labels that are names: the grid stays)


def test_measures_that_end_alike_head_their_column_with_what_they_share():
    """Review 21: "Data Center segment operating income", "Client and Gaming segment operating income", … wrapped in
    every row: the words all the measures end on (two at least) head the column, each row names what sets it apart."""
    slide = _slide("North harbour fees rose 12% to $3 million.", "South harbour fees fell 4% to $2 million.",
                   "West harbour fees grew 2% to $1 million.")
    table = tabled([slide], EN, EN["also_in_report"])[-1].table
    assert table.columns == ["Harbour fees", "Value", "Change"]
    assert [row[0] for row in table.rows] == ["North", "South", "West"]
    one = _slide("North sales grew 12% to $3 million.", "South sales fell 4% to $2 million.",
                 "West sales grew 2% to $1 million.")
    assert tabled([one], EN, EN["also_in_report"])[-1].table.columns[0] == "Measure"  # (one word shared: a measure each)
