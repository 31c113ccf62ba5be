"""Found by attack13 (issue #24's standard, on this session's cold-start and tidy changes): what a
user names as ``-o`` and what a template does to Python's own limits."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

TRANSCRIPTS = Path(__file__).resolve().parent / "fixtures" / "transcripts"
CONTENT = TRANSCRIPTS / "talkpython-534-diskcache.yaml"
TRANSCRIPT = TRANSCRIPTS / "talkpython-534-diskcache.vtt"


def test_output_through_a_link_replaces_the_file_it_names_not_the_link(tmp_path, write):
    """``align -o /dev/stdout --force`` as root replaced ``/dev``'s link with a file (the rename put the
    file in the link's place): ``-o`` through a link writes the file the link names, and the link stays,
    for ``align`` and ``import``; a link to nothing yet makes the file it names."""
    (tmp_path / "kept.yaml").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to("kept.yaml")
    (tmp_path / "new.yaml").symlink_to("made.yaml")
    for target in ("link.yaml", "new.yaml"):
        result = CliRunner().invoke(main, ["align", str(CONTENT), str(TRANSCRIPT), "-o", str(tmp_path / target), "--force"])
        assert result.exit_code == 0, result.output
        assert (tmp_path / target).is_symlink()
    for made in ("kept.yaml", "made.yaml"):
        assert (tmp_path / made).read_text(encoding="utf-8").startswith("# A briefing on Talk Python")
    notes = write("n.md", "# Harbour\n\n00:01:00 Dredging\n- The channel is dredged to 12 m\n")
    result = CliRunner().invoke(main, ["import", str(notes), "-o", str(tmp_path / "link.yaml"), "--force"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "link.yaml").is_symlink() and "Harbour" in (tmp_path / "kept.yaml").read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".briefing-*"))


def test_a_template_recursing_without_end_is_one_error_with_jobs_or_not(tmp_path, write, minimal):
    """A macro calling itself ran out of Python's stack at a depth that depends on where the render runs (the
    build's process, or a worker, since the first render is made before the workers start): "maximum recursion
    depth exceeded" with ``--jobs 1`` and that and "… in comparison" with ``--jobs 2``, for the same line. One
    message, the same with any number of workers, at the template line."""
    folder = tmp_path / "aud" / "loop"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text(
        '{% extends "executive/document.yaml.j2" %}\n'
        "{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{% block title_slide %}{{ again(0) }}{% endblock %}\n",
        encoding="utf-8")
    files = [str(write(f"{name}.yaml", minimal)) for name in ("a", "b")]
    said = []
    for jobs in ("1", "2"):
        result = CliRunner().invoke(main, ["build", *files, "-t", str(tmp_path / "aud"), "-a", "loop", "-f", "md",
                                           "-o", str(tmp_path / "out"), "-j", jobs])
        assert result.exit_code == 1, result.output
        said.append(result.output.strip())
    assert said[0] == said[1] == (f"{folder / 'document.yaml.j2'}:2:1: recursion too deep: a macro, include or block "
                                  "that calls itself without end")
