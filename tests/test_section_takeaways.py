"""Review 18's finding 2: bottom lines that dropped what the notes say matters, read from the real fixtures' built
decks (python-pptx; written independently of generator/bottom_items.py and generator/importer/reading.py):

- a "Key Takeaways:" list inside one section of untimed notes is that section's: its topic's slide shows its
  items, and the executive bottom line says each (house-cliff: "Protecting parental rights…", "We must address
  learning loss", which no slide showed), and the other committee's hearing too (the China threat, half the notes);
- a quote on the bottom line is whole: every quotation mark it opens it closes;
- a takeaway too long for the executive's items is shown as its leading clause, not left out (guide: 3 of its
  5 takeaways, the 21-word one as "Different platforms have different requirements for success");
- a notes-wide takeaways list (before the topics, or a heading as deep as theirs) stays notes-wide.
"""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner
from pptx import Presentation

from generator.cli import main

from . import deck_bottom_items
from .notes_built import NOTES, notes_build


def _slides(stem: str, audience: str = "executive") -> list:
    made = notes_build(NOTES / stem, ("pptx",))
    assert made.problem is None, made.problem
    return list(Presentation(str(made.content.with_name(f"{made.content.stem}-{audience}.pptx"))).slides)


def _bodies(slides: list) -> str:
    """Every text of the slides after the bottom line's (titles and bodies), one string."""
    return " \n ".join(shape.text_frame.text for s in slides[2:] for shape in s.shapes if shape.has_text_frame)


def test_cliff_bottom_line_says_both_committees_and_a_slide_shows_the_takeaways():
    slides = _slides("house-cliff-notes.txt")
    items = deck_bottom_items.items(slides)
    said = " ".join(items)
    for stated in ("Protecting parental rights is a priority for Republicans", "We must address learning loss"):
        assert stated in said, items
        assert stated in _bodies(slides), stated  # (its section's slide shows it)
    assert "China is the most challenging national security threat" in said, items  # (the other committee's)
    assert deck_bottom_items.check(slides) == [], items


def test_a_quote_on_the_bottom_line_is_closed():
    items = deck_bottom_items.items(_slides("house-cliff-notes.txt"))
    quoted = [item for item in items if "“" in item]
    assert quoted, items
    for item in quoted:
        assert item.count("“") == item.count("”"), item


def test_guide_keeps_a_long_takeaway_as_its_leading_clause():
    slides = _slides("guide-to-live-chapters.txt")
    items = deck_bottom_items.items(slides)
    stated = [line.strip().lstrip("•").strip() for line in (NOTES / "guide-to-live-chapters.txt").read_text().splitlines()
              if line.strip().startswith("•")]
    assert len(items) >= 3, items
    for item in items:
        assert any(s.startswith(item) for s in stated), item  # (a takeaway whole, or its leading words)
    assert "Different platforms have different requirements for success" in items
    assert deck_bottom_items.check(slides) == [], items


def _imported(tmp_path: Path, text: str) -> dict:
    notes = tmp_path / "notes.txt"
    notes.write_text(text, encoding="utf-8")
    out = tmp_path / "notes.yaml"
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    return yaml.safe_load(out.read_text(encoding="utf-8"))


def test_a_sections_takeaways_are_its_topics_a_notes_wide_list_stays(tmp_path):
    inside = _imported(tmp_path, "Weekly notes\n\n## Roads\n\nThe council met on roads.\n\nKey Takeaways:\n"
                                 "  • Potholes get fixed first.\n\n## Parks\n\nThe parks board met on trees.\n")
    assert "takeaways" not in inside
    roads = next(t for t in inside["topics"] if t["title"] == "Roads")
    assert "Potholes get fixed first." in roads["points"]
    wide = _imported(tmp_path, "Weekly notes\n\n## Key Takeaways\n\n- Potholes get fixed first.\n\n## Roads\n\n"
                               "The council met on roads.\n\n## Parks\n\nThe parks board met on trees.\n")
    assert wide["takeaways"] == ["Potholes get fixed first."]
    after = _imported(tmp_path, "Weekly notes\n\n## Roads\n\nThe council met on roads.\n\n## Parks\n\n"
                                "The parks board met on trees.\n\n## Key Takeaways\n\n- Potholes get fixed first.\n")
    assert after["takeaways"] == ["Potholes get fixed first."]
