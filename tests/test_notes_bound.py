"""Issue #24, cause 2: a slide's speaker notes a template makes are bounded (limits.MADE_NOTES and twice the
content's size), an error at the template line that wrote them, as a title or a point past its bound is; the
built-in templates' notes stay far under it on heavy content."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.heavy_content import heavy_content  # (bench/ is a folder of scripts beside tests/, importable from the root)
from generator.bounds import limits
from generator.cli import main
from generator.limits import MADE_NOTES


def _build(tmp_path, content: Path, notes: int):
    """Build ``content`` with an audience whose one slide's notes are ``notes`` characters long, made on line 3."""
    folder = tmp_path / "aud" / "wide"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text(
        "title: T\nslides:\n  - {layout: bullets, title: T, bullets: [{text: x}], notes: {{ 'n' * "
        + str(notes) + " }}}\n", encoding="utf-8")
    return CliRunner().invoke(main, ["build", str(content), "-t", str(tmp_path / "aud"), "-a", "wide", "-f", "md",
                                     "-o", str(tmp_path / "out")])


def _most(content: Path) -> int:
    """The longest speaker notes a template may make for ``content``."""
    from generator.loader import load_content

    return limits(load_content(content))[3]


def test_speaker_notes_past_their_bound_are_an_error_at_their_line(tmp_path, write, minimal):
    """Notes one character past the bound: exit 1, the template's file and line, the bound named; no traceback."""
    content = write("c.yaml", minimal)
    most = _most(content)
    assert MADE_NOTES < most < MADE_NOTES + 2 * len(minimal) + 1_000
    result = _build(tmp_path, content, most + 1)
    assert result.exit_code == 1, result.output
    assert f"{tmp_path / 'aud' / 'wide' / 'document.yaml.j2'}:3:" in result.output
    assert f"speaker notes of at most {most:,} characters" in result.output and "internal error" not in result.output


def test_speaker_notes_at_their_bound_build(tmp_path, write, minimal):
    """The bound's own length builds, into the handout whole."""
    content = write("c.yaml", minimal)
    result = _build(tmp_path, content, _most(content))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("audience", ["executive", "policy", "technical"])
def test_the_built_in_templates_notes_stay_far_under_the_bound(tmp_path, audience):
    """Heavy content of 100 topics (bench/heavy_content.py): the longest notes a built-in template makes are under a
    tenth of the bound (at 1,000 topics, 72,263 characters of a content of 2.1 million: 3.4 %), and it builds."""
    from generator import render
    from generator.audiences import load_audience
    from generator.loader import load_content

    path = tmp_path / "heavy.yaml"
    path.write_text(heavy_content(100), encoding="utf-8")
    content = load_content(path)
    notes = [len(s.notes) for s in render.render_document(content, load_audience(audience)).slides]
    assert 0 < max(notes) < limits(content)[3] / 10
