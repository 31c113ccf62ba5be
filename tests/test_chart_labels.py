"""Long category labels: shortened with … to their room in the report's charts (they ran off the
page), and shortened quickly at the length limit (the deck measured one character at a time)."""
from __future__ import annotations

import re
import subprocess

import pytest

from generator.limits import MAX_CATEGORIES, MAX_TEXT
from tests.conftest import guarded, have

LONG_LABELS = ["Q" * 500, "Short", "a long label of many words " * 10]


def chart_content(minimal: str, kind: str, categories: list[str]) -> str:
    """``minimal`` with one chart of ``kind`` over ``categories`` (values 1, 2, 3 …)."""
    names = "".join(f"\n          - '{c}'" for c in categories)
    values = ", ".join(str(i + 1) for i in range(len(categories)))
    return minimal.replace("    points: [First point]\n", (
        "    points: [First point]\n    charts:\n      - id: c\n        title: Chart\n"
        f"        kind: {kind}\n        categories:{names}\n        series:\n"
        f"          - {{name: S, values: [{values}]}}\n"))


def words_with_boxes(pdf) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, xMax, page width, word) of every word pdftotext finds."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for number, (width, body) in enumerate(re.findall(r'<page width="([\d.]+)"[^>]*>(.*?)</page>', out, re.S), 1):
        for x0, x1, word in re.findall(r'<word xMin="([-\d.]+)" yMin="[-\d.]+" xMax="([-\d.]+)" '
                                       r'yMax="[-\d.]+">(.*?)</word>', body):
            found.append((number, float(x0), float(x1), float(width), word))
    return found


@pytest.mark.skipif(not have("pdftotext"), reason="poppler (pdftotext) reads the words' places")
@pytest.mark.parametrize("kind", ["bar", "column", "line", "pie", "doughnut"])
def test_report_chart_labels_stay_on_the_page(tmp_path, write, minimal, kind):
    """A 500-letter word and a 270-character label are shortened with … within the page; a short
    label stays whole."""
    from generator.build import build

    path = write("labels.yaml", chart_content(minimal, kind, LONG_LABELS))
    build([path], audiences=["technical"], formats=["pdf"], output=tmp_path / "out", jobs=1)
    words = words_with_boxes(tmp_path / "out" / "labels-technical.pdf")
    off = [(n, round(x0), round(x1), w[:30]) for n, x0, x1, width, w in words if x0 < 0 or x1 > width]
    assert not off
    shown = [w for *_, w in words]
    assert any(re.fullmatch(r"Q{5,}…(:)?", w) for w in shown), shown
    assert "Short" in shown or "Short:" in shown


@pytest.mark.slow
def test_labels_at_the_length_limit_are_shortened_in_seconds(tmp_path, write, minimal):
    """Forty one-word categories of the longest text allowed, and a title as long (the deck's
    footer): every audience's deck and report in well under a minute (it took ten)."""
    from generator.build import build

    categories = [f"{i}" + "W" * (MAX_TEXT - 2) for i in range(MAX_CATEGORIES)]
    text = chart_content(minimal, "bar", categories).replace("title: Minimal", "title: " + "T" * MAX_TEXT)
    path = write("limit.yaml", text)
    assert guarded(build, [path], (), ["pptx", "pdf"], tmp_path / "out", timeout=120) == ""
    assert len(list((tmp_path / "out").glob("limit-*.pptx"))) == 3
