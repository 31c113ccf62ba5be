"""Found by attack13 (issue #24's standard, on this session's cold-start and tidy changes): what a
user names as ``-o`` and what a template does to Python's own limits."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

TRANSCRIPTS = Path(__file__).resolve().parent / "fixtures" / "transcripts"
CONTENT = TRANSCRIPTS / "talkpython-534-diskcache.yaml"
TRANSCRIPT = TRANSCRIPTS / "talkpython-534-diskcache.vtt"


def test_output_onto_a_link_is_refused_and_the_link_and_its_file_stay(tmp_path, write):
    """``align -o /dev/stdout --force`` as root replaced ``/dev``'s link with a file (the rename put the file
    in the link's place), and a content file kept as a link became a copy: ``-o`` onto a link is refused, for
    ``align`` and ``import``, the link and the file it names left as they were, and no file made where a
    link to nothing points (following it writes where whoever made the link chose)."""
    (tmp_path / "kept.yaml").write_text("old\n", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to("kept.yaml")
    (tmp_path / "new.yaml").symlink_to("made.yaml")
    notes = write("n.md", "# Harbour\n\n00:01:00 Dredging\n- The channel is dredged to 12 m\n")
    for target, to in (("link.yaml", "kept.yaml"), ("new.yaml", "made.yaml")):
        for args in (["align", str(CONTENT), str(TRANSCRIPT)], ["import", str(notes)]):
            result = CliRunner().invoke(main, [*args, "-o", str(tmp_path / target), "--force"])
            assert result.exit_code == 1, result.output
            assert result.output.strip().splitlines()[-1] == (f"{tmp_path / target}: is a link to {to}: only a file "
                                                              "is replaced, not a link (give the file itself)")
            assert (tmp_path / target).is_symlink()
    assert (tmp_path / "kept.yaml").read_text(encoding="utf-8") == "old\n" and not (tmp_path / "made.yaml").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.yaml", "link.yaml", "n.md", "new.yaml"]


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


def test_a_build_onto_a_link_is_refused_before_anything_is_written(tmp_path, write, minimal):
    """``align`` and ``import`` refused ``-o`` onto a link, but a build replaced a built file that was a link
    with a file of its own (the rename put it in the link's place). A build refuses it the same way, before
    writing anything: the link, the file it names and the other built files stay as they were."""
    content = write("brief.yaml", minimal)
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "kept.md").write_text("old\n", encoding="utf-8")
    (out / "brief-executive.md").symlink_to(tmp_path / "kept.md")
    result = CliRunner().invoke(main, ["build", str(content), "-a", "executive", "-a", "policy", "-f", "md",
                                       "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines()[-1] == (f"{out / 'brief-executive.md'}: is a link to "
                                                      f"{tmp_path / 'kept.md'}: only a file is replaced, not a link "
                                                      "(give the file itself)")
    assert (out / "brief-executive.md").is_symlink() and (tmp_path / "kept.md").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in out.iterdir()) == ["brief-executive.md"]
