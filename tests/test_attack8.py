"""Issue #24's cases left open, and an attack on round 2's modules (attack8): each test failed before
its fix."""
from __future__ import annotations

import pytest

from .test_error_places import render_problems

_SLIDE = ["  - layout: bullets", "    title: {{ title }}", "    kicker: Some kicker", "    bullets:",
          "      - text: First", "      - text: Second", "    notes: plain notes", "  - layout: bullets",
          "    title: Two", "    bullets: []"]
_COLUMNS = ["  - layout: two_column", "    title: {{ title }}", "    columns:", "      - title: Left",
            "        bullets:", "          - text: One", "            children:", "              - text: Deep",
            "          - text: Two", "      - title: Right", "        bullets: [{text: a}, {text: b}]",
            "    notes: |", "      Some notes", "  - layout: title", "    title: End"]


@pytest.mark.parametrize("slide, line, changed", [
    (_SLIDE, 5, "     - text: First"),  # (a first list item out of line with the second: was line 6)
    (_SLIDE, 5, "       - text: First"),
    (_SLIDE, 5, "      -text: First"),  # (a dash with no space: was line 6)
    (_SLIDE, 4, "bullets:"),  # (a key at the margin, its list read as the document's: was line 7)
    (_SLIDE, 4, "    bullets:]"),  # (a key that runs on to the next line's colon: was line 5)
    (_COLUMNS, 5, "       bullets:"),  # (a key one column short of its item's: was the item's line, 4)
    (_COLUMNS, 7, "             children:"),
    (_COLUMNS, 3, "columns:"),  # (was line 12)
    (_COLUMNS, 7, "children:"),  # (was line 9)
    (_COLUMNS, 12, "notes: |"),  # (was line 13)
    (_COLUMNS, 5, "        bullets:]"),  # (was line 6)
])
def test_a_yaml_mistake_is_at_the_line_to_edit(tmp_path, slide, line, changed):
    """Two lines either of which the text parses without: the one shaped as no other line is the one
    to edit; a key at the margin is named, not the line where its text stops parsing."""
    rows = [changed if n == line else row for n, row in enumerate(slide, 1)]
    [found] = render_problems(tmp_path, {"slides/title.yaml.j2": "\n".join(rows) + "\n"})
    at = found.split(": ", 1)[0]
    assert at.startswith(f"{tmp_path}/mine/slides/title.yaml.j2:"), found
    assert int(at.split(":")[-2]) == line, found
