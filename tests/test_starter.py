"""Issue #20 §10: `briefing init` starts a project that builds, and writes over no file (the installed
wheel's run of the same is in tests/test_wheel.py)."""
from __future__ import annotations

from click.testing import CliRunner
from pptx import Presentation

from generator.cli import main
from tests.conftest import DEFAULT

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def test_init_writes_the_example_and_a_commented_config_and_the_next_build_makes_six_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    empty = runner.invoke(main, ["build"])
    assert empty.exit_code == 1 and "briefing import NOTES" in empty.output and "briefing init" in empty.output
    made = runner.invoke(main, ["init"])
    assert made.exit_code == 0, made.output
    assert made.output.splitlines()[-1].startswith("build it: briefing build")
    assert (tmp_path / "content" / "deepseek.yaml").read_bytes() == DEFAULT.read_bytes()
    config = (tmp_path / "briefing.toml").read_text(encoding="utf-8")
    assert tomllib.loads(config) == {"content": "content", "output": "output"} and "# audiences = [" in config
    built = runner.invoke(main, ["build"])
    assert built.exit_code == 0, built.output
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == sorted(
        f"deepseek-{a}.{f}" for a in ("executive", "policy", "technical") for f in ("pptx", "pdf"))
    assert len(Presentation(str(tmp_path / "output" / "deepseek-technical.pptx")).slides) > 10


def test_init_writes_over_no_file_and_then_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "start").mkdir()
    (tmp_path / "start" / "briefing.toml").write_text("jobs = 1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", "start"])
    assert result.exit_code == 1
    assert result.output.strip() == ("start/briefing.toml: already exists; briefing init writes over no file "
                                     "(remove it, or init another folder)")
    assert (tmp_path / "start" / "briefing.toml").read_text(encoding="utf-8") == "jobs = 1\n"
    assert not (tmp_path / "start" / "content").exists()


def test_init_into_a_new_folder_says_how_to_build_there(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "my briefings"])
    assert result.exit_code == 0, result.output
    assert "build it: cd 'my briefings' && briefing build" in result.output
    assert (tmp_path / "my briefings" / "content" / "deepseek.yaml").is_file()
