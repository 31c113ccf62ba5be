"""Round-3 attacks (issue #24): round 2's new code and the three cases left open, each a test that failed before.

Cases and measures: /work/scratch/attack6/cases.md.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

_ENTRY = ("Committee on A: Subcommittee on B concluded a hearing to examine things, focusing on stuff, after receiving "
          "testimony from John A. Smith, Director.")


def _digest(path: Path, entries: list[str]) -> Path:
    """A daily digest of ``entries`` (one hearing each), as the Congressional Record prints it."""
    lines = ["[Daily Digest]", "", "Committee Meetings", "(Committees not listed did not meet)"]
    for k, entry in enumerate(entries):
        lines += [f"TOPIC {k}", entry]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _imported(tmp_path: Path, notes: Path):
    from generator.loader import load_content

    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "c.yaml")])
    assert result.exit_code == 0, result.output
    return load_content(tmp_path / "c.yaml")


def _summaries(content, audience: str = "executive") -> list[list[str]]:
    from generator.audiences import load_audience
    from generator.render import render_document

    slides = render_document(content, load_audience(audience)).slides
    return [[b.text for b in s.bullets] for s in slides if s.role == "summary"]


def test_identical_digest_entries_are_said_once_on_the_bottom_line(tmp_path):
    # 400 identical entries gave a bottom line of the same line five times
    content = _imported(tmp_path, _digest(tmp_path / "same.txt", [_ENTRY] * 400))
    summaries = _summaries(content)
    assert summaries and all(len(said) == len(set(said)) == 1 for said in summaries), summaries


def test_a_repeated_digest_entry_leaves_room_for_the_others_and_its_slides_leave_the_deck(tmp_path):
    from generator.audiences import load_audience
    from generator.render import render_document

    others = [_ENTRY.replace("things", f"thing {k}").replace("B ", f"B{k} ") for k in range(3)]
    content = _imported(tmp_path, _digest(tmp_path / "mixed.txt", [_ENTRY, _ENTRY, others[0], _ENTRY, *others[1:]]))
    summaries = _summaries(content)
    assert summaries and all(len(said) == len(set(said)) >= 3 for said in summaries), summaries
    deck = [s for s in render_document(content, load_audience("executive")).slides if s.deck]
    shown = [b.text for s in deck if s.role != "summary" for b in s.bullets] + [
        b.text for s in deck for c in s.columns for b in c.bullets]
    assert _ENTRY not in shown  # (the bottom line says it: none of its three slides says it again)


_SLIDE = ["  - layout: bullets", "    title: {{ title }}", "    kicker: Some kicker", "    bullets:",
          "      - text: First", "      - text: Second", "    notes: plain notes", "  - layout: bullets",
          "    title: Two", "    bullets: []"]


@pytest.mark.parametrize("line, changed, blamed", [
    (2, "   title: {{ title }}", 2),  # (a key one column short: was blamed on line 1, the slide's first)
    (2, "     title: {{ title }}", 2),
    (6, "     - text: Second", 6),  # (the second item out of line with the first: was line 5)
    (6, "       - text: Second", 6),
    (6, "      -text: Second", 6),
    (3, '    kicker: "Some kicker', 3),  # (a quote left open mid-template: was the template's last line, 10)
    (7, "    notes: [plain notes", 7),
    (1, '  - layout: "bullets', 1),  # (closed by the next line's quote, where the parser stops: was line 2)
    (1, "  - layout: 'bullets", 1),  # (was base/document.yaml.j2, a built-in template)
])
def test_a_yaml_mistake_inside_a_template_is_at_its_own_line(tmp_path, line, changed, blamed):
    from .test_error_places import render_problems

    rows = [changed if n == line else row for n, row in enumerate(_SLIDE, 1)]
    [found] = render_problems(tmp_path, {"slides/title.yaml.j2": "\n".join(rows) + "\n"})
    at = found.split(": ", 1)[0]
    assert at.startswith(f"{tmp_path}/mine/slides/title.yaml.j2:"), found
    assert int(at.split(":")[-2]) == blamed, found
