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
