"""Issue #24, attacked by one who did not write its fixes (helper attack11): the environment a build
runs in. Each test failed before its fix."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

from click.testing import CliRunner

from generator.cli import main


def test_the_files_a_build_writes_follow_the_umask(tmp_path, write, minimal):
    """umask 077 keeps what a build writes to its owner, as any file the user makes (they were 0644
    whatever the umask: a private briefing readable by every user of the machine)."""
    path = write("c.yaml", minimal)
    before = os.umask(0o077)
    try:
        result = CliRunner().invoke(main, ["build", str(path), "-a", "executive", "-f", "md", "-f", "pptx",
                                           "-o", str(tmp_path / "out")])
    finally:
        os.umask(before)
    assert result.exit_code == 0, result.output
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "out").iterdir()}
    assert modes == {0o600}


def test_the_report_reads_no_settings_or_code_from_home(tmp_path, write, minimal):
    """reportlab runs ``~/.reportlab_mods`` and reads ``~/.reportlab_settings`` when first imported: a
    HOME that is a file ended a report build in an internal error (exit 70, "Not a directory"), and
    the code in HOME ran in every build."""
    home = tmp_path / "home"
    home.mkdir()
    marker = tmp_path / "ran"
    (home / ".reportlab_mods").write_text(f"open({str(marker)!r}, 'w').close()\n")
    (home / ".reportlab_settings").write_text(f"open({str(marker)!r}, 'w').close()\n")
    path = write("c.yaml", minimal)
    for value in (home, path):  # a folder with those files, then a file as HOME
        run = subprocess.run([sys.executable, "-m", "generator.cli", "build", str(path), "-a", "executive", "-f", "pdf",
                              "-o", str(tmp_path / "out")], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "HOME": str(value)})
        assert run.returncode == 0, run.stderr
        assert not marker.exists()
        assert (tmp_path / "out" / "c-executive.pdf").stat().st_size > 1000


def test_names_that_differ_only_by_unicode_form_are_one_output(tmp_path, minimal):
    """'café' written with one code point and with 'e' and a combining accent are one name on a macOS
    disk: two content files so named would write one file there (both were built, as two files)."""
    names = ["caf\u00e9.yaml", "cafe\u0301.yaml"]
    for name in names:
        (tmp_path / name).write_text(minimal, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", *(str(tmp_path / n) for n in names), "-a", "executive", "-f", "md",
                                       "-o", str(out)])
    assert result.exit_code == 1 and "would be written twice" in result.output, result.output
    assert not out.exists() or not any(out.iterdir())


def test_align_and_import_replace_only_a_file(tmp_path, write, minimal):
    """``align -o PIPE --force`` put a file in the pipe's place (as root, ``-o /dev/full`` replaced the
    device node); import refused already. Both: one line naming what is there, exit 1, left as it was."""
    content = write("c.yaml", minimal)
    transcript = write("t.vtt", "WEBVTT\n\n00:13:28.000 --> 00:13:30.000\nFirst point\n")
    notes = write("n.md", "# T\n\n00:01:00 Intro\n- a point\n")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for args in (["align", str(content), str(transcript), "-o", str(pipe), "--force"],
                 ["import", str(notes), "-o", str(pipe), "--force"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output
        assert f"{pipe}: is " in result.output and "internal error" not in result.output
        assert stat.S_ISFIFO(pipe.stat().st_mode)
