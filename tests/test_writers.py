"""One writer protocol, one registry: a format is one class plus its registration (an entry point),
and the build knows no format by name."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.errors import BriefingError
from generator.writers import BUILTIN, Option, Writer, declared_options, load, registry
from tests.conftest import DEFAULT


class TextWriter(Writer):
    """A plugin's format: the slide titles, one a line, each with its audience's options."""

    name = "txt"
    suffix = ".txt"
    cost = 0.05
    checked: list = []

    def __init__(self, label: str = ""):
        self.label = label

    @classmethod
    def options(cls, settings: dict, audience) -> dict:
        return {"label": audience.label}

    @classmethod
    def check(cls, planned: list) -> list:
        cls.checked.append(len(planned))
        return []

    def render(self, document, epoch=None) -> bytes:
        return "\n".join([self.label, *(slide.title for slide in document.slides)]).encode()


class HeadedWriter(TextWriter):
    """A plugin's format with an option of its own: the first line of each file."""

    name = "htxt"
    declares = (Option("txt_heading", "The first line of each text file (default: the audience's label)."),)

    @classmethod
    def options(cls, settings: dict, audience) -> dict:
        return {"label": settings.get("txt_heading") or audience.label}


def _plugin(tmp_path, monkeypatch, lines: str) -> None:
    """A distribution on sys.path that declares ``lines`` under the briefing.writers entry points."""
    info = tmp_path / "plugin" / "briefing_text-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: briefing-text\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[briefing.writers]\n{lines}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "plugin"))
    registry.cache_clear()


@pytest.fixture(autouse=True)
def fresh_registry():
    registry.cache_clear()
    yield
    registry.cache_clear()


def test_every_built_in_writer_follows_the_protocol():
    for name in BUILTIN:
        writer = load(name)
        assert issubclass(writer, Writer) and writer.name == name and writer.suffix.startswith(f".{name}")
        assert writer.cost > 0


def test_the_options_read_without_a_writer_are_those_its_class_declares():
    """Built-in writers' options are read from their packages (no writer imported to parse a
    command line): each class declares the same, and none but the deck and report declare any."""
    import importlib

    for name, target in BUILTIN.items():
        package = importlib.import_module(target.partition(":")[0].rpartition(".")[0])
        assert load(name).declares == package.OPTIONS, name
    assert {o.name for o in declared_options()} == {"pptx_template", "paper"}


def test_a_plugin_format_is_one_class_and_its_entry_point(tmp_path, monkeypatch):
    _plugin(tmp_path, monkeypatch, "txt = tests.test_writers:TextWriter")
    TextWriter.checked.clear()
    built = build([DEFAULT], audiences=["executive", "policy"], formats=["txt"], output=tmp_path / "out")
    assert [b.path.name for b in built] == ["deepseek-executive.txt", "deepseek-policy.txt"]
    assert TextWriter.checked == [2]  # checked once, before anything was written, with both files' options
    text = (tmp_path / "out" / "deepseek-policy.txt").read_text(encoding="utf-8").splitlines()
    assert text[0] == "Policy" and "What policymakers should know" in text

    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "txt", "-o", str(tmp_path / "cli")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cli" / "deepseek-executive.txt").read_text(encoding="utf-8").startswith("Executive")


def test_an_unknown_format_is_a_usage_error_naming_the_formats():
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-f", "docx"])
    assert result.exit_code == 2
    assert "unknown output format 'docx' (formats: chapters, md, pdf, pptx)" in result.output
    with pytest.raises(BriefingError, match="unknown output format 'docx'"):
        build([DEFAULT], formats=["docx"])


def test_a_format_declared_twice_is_an_error(tmp_path, monkeypatch):
    _plugin(tmp_path, monkeypatch, "pptx = tests.test_writers:TextWriter")
    with pytest.raises(BriefingError, match="output format 'pptx' is declared twice"):
        registry()


def test_a_writers_declared_option_is_a_build_flag_and_a_config_key(tmp_path, monkeypatch):
    """What a writer declares is a flag of ``briefing build`` (in its help), a key of briefing.toml
    and a keyword of ``build()``, with no line of the CLI, the config or the build naming it; the
    flag wins over the key."""
    _plugin(tmp_path, monkeypatch, "htxt = tests.test_writers:HeadedWriter")
    assert [o.name for o in declared_options()] == ["pptx_template", "paper", "txt_heading"]
    shown = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert "--txt-heading TEXT The first line of each text file (default: the audience's label)." in shown

    def first_line(*args: str) -> str:
        result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "htxt", *args])
        assert result.exit_code == 0, result.output
        return (Path(args[args.index("-o") + 1]) / "deepseek-executive.txt").read_text(encoding="utf-8").splitlines()[0]

    monkeypatch.chdir(tmp_path)
    assert first_line("-o", "plain") == "Executive"
    assert first_line("-o", "flag", "--txt-heading", "From the flag") == "From the flag"
    (tmp_path / "briefing.toml").write_text('txt_heading = "From the config"\n', encoding="utf-8")
    assert first_line("-o", "key") == "From the config"
    assert first_line("-o", "both", "--txt-heading", "From the flag") == "From the flag"
    build([DEFAULT], audiences=["executive"], formats=["htxt"], output=tmp_path / "lib", txt_heading="From build()")
    assert (tmp_path / "lib" / "deepseek-executive.txt").read_text(encoding="utf-8").startswith("From build()")
    with pytest.raises(TypeError, match="unexpected keyword argument 'txt_heding'"):
        build([DEFAULT], formats=["htxt"], output=tmp_path / "typo", txt_heding="x")


def test_the_built_in_writers_options_are_flags_and_config_keys(tmp_path, monkeypatch):
    """The report's paper and the deck's master: flags as before, and keys of briefing.toml, a
    master's path relative to the file's folder."""
    from generator.config import load_config

    shown = CliRunner().invoke(main, ["build", "--help"]).output
    assert "--paper [a4|letter]" in shown and "--pptx-template FILE" in shown
    (tmp_path / "project").mkdir()
    config = tmp_path / "project" / "briefing.toml"
    config.write_text('paper = "letter"\npptx_template = "masters/corp.potx"\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.paper == "letter" and Path(loaded.pptx_template) == tmp_path / "project" / "masters" / "corp.potx"
    config.write_text('paper = "a5"\n', encoding="utf-8")
    with pytest.raises(BriefingError, match="briefing.toml:1:1: paper: Input should be 'a4' or 'letter'"):
        load_config(config)


def test_a_writer_option_may_not_take_a_name_the_build_uses(tmp_path, monkeypatch):
    class Clashing(TextWriter):
        name = "ctxt"
        declares = (Option("output", "Where the text goes."),)

    monkeypatch.setattr(sys.modules[__name__], "Clashing", Clashing, raising=False)
    _plugin(tmp_path, monkeypatch, "ctxt = tests.test_writers:Clashing")
    with pytest.raises(BriefingError, match="the ctxt writer declares an option named 'output'"):
        declared_options()


def test_the_names_no_writer_option_may_take_are_the_builds_own():
    """OWN_NAMES covers every keyword of build(), every key of briefing.toml that is not a writer's
    and every option of ``briefing build`` (a writer option of such a name would shadow it)."""
    import inspect

    from generator import cli
    from generator.config import _model
    from generator.writers import OWN_NAMES

    writer_options = {o.name for o in declared_options()}
    own = {name for name, p in inspect.signature(build).parameters.items() if p.kind is not p.VAR_KEYWORD}
    own |= set(_model().model_fields) - writer_options
    own |= {p.name for p in cli.build.params} - writer_options
    assert own <= OWN_NAMES, own - OWN_NAMES
