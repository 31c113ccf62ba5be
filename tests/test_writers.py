"""One writer protocol, one registry: a format is one class plus its registration (an entry point),
and the build knows no format by name."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from generator.build import build
from generator.cli import main
from generator.errors import BriefingError
from generator.writers import BUILTIN, Writer, load, registry
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


def test_a_plugin_format_is_one_class_and_its_entry_point(tmp_path, monkeypatch):
    _plugin(tmp_path, monkeypatch, "txt = tests.test_writers:TextWriter")
    TextWriter.checked.clear()
    built = build([DEFAULT], audiences=["executive", "policy"], formats=["txt"], output=tmp_path / "out")
    assert [b.path.name for b in built] == ["deepseek-executive.txt", "deepseek-policy.txt"]
    assert TextWriter.checked == [2]  # checked once, before anything was written, with both files' options
    text = (tmp_path / "out" / "deepseek-policy.txt").read_text(encoding="utf-8").splitlines()
    assert text[0] == "Policy" and "Agenda" in text

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
