"""tools/deck_text.py: a built deck as text, for reviewers (every slide's title, lines, charts, notes)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pptx import Presentation

TOOL = Path(__file__).resolve().parent.parent / "tools" / "deck_text.py"


def run_tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, timeout=120)


def test_every_slide_title_line_chart_and_note_of_the_deck_is_in_its_text(built):
    deck = built / "deepseek-executive.pptx"
    done = run_tool(str(deck))
    assert done.returncode == 0, done.stderr
    slides = list(Presentation(str(deck)).slides)
    titles = [line for line in done.stdout.splitlines() if line.startswith("=== slide ")]
    assert len(titles) == len(slides)
    for number, (line, slide) in enumerate(zip(titles, slides), 1):
        assert line.startswith(f"=== slide {number} [") and repr(slide.shapes.title.text_frame.text) in line
    body = [s.text_frame.text for slide in slides for s in slide.shapes
            if s.has_text_frame and s.text_frame.text.strip() and s != slide.shapes.title]
    assert all(any(part in done.stdout for part in text.split("\n") if part.strip()) for text in body)
    charts = [s.chart for slide in slides for s in slide.shapes if s.has_chart]
    assert charts and done.stdout.count("  CHART ") == len(charts)
    assert "  NOTES: " in done.stdout


def test_a_file_that_is_no_deck_is_one_line_and_a_non_zero_exit(tmp_path):
    bad = tmp_path / "x.pptx"
    bad.write_text("not a zip")
    done = run_tool(str(bad))
    assert done.returncode == 1 and done.stderr.startswith(f"{bad}: not a readable deck") and "Traceback" not in done.stderr
    assert run_tool().returncode == 2 and run_tool("--help").returncode == 0
