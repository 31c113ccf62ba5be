"""The installed package: a wheel built from this tree works in a fresh virtual environment, from an
empty folder, with no source tree on the path (what `pip install briefing` gives a user)."""
from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from generator.words import built_in_languages
from tests.conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SKIP = {".git", ".venv", "output", "build", "__pycache__", ".pytest_cache", ".hypothesis"}


def _packages() -> set[str]:
    return set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])


def test_every_folder_of_package_data_is_a_listed_package():
    """setuptools ships only the folders pyproject.toml lists: a new audience folder must be listed."""
    folders = {"generator." + ".".join(p.relative_to(ROOT / "generator").parts)
               for p in (ROOT / "generator").rglob("*") if p.is_dir() and p.name != "__pycache__"}
    folders |= {"generator.templates" + "".join("." + part for part in p.relative_to(ROOT / "templates").parts)
                for p in [ROOT / "templates", *(ROOT / "templates").rglob("*")] if p.is_dir()}
    assert folders <= _packages()


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel built from a copy of this tree installed in it."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=lambda folder, names: [n for n in names if n in SKIP or n.endswith(".egg-info")])
    wheels = tmp / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True, capture_output=True)
    wheel = next(wheels.glob("briefing-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/templates/base/slides/topic.yaml.j2" in names
    assert "generator/writers/pptx/data/default.pptx" in names
    assert {"generator/lang/en.yaml", "generator/lang/fr.yaml", "generator/example/deepseek.yaml"} <= set(names)
    assert not any(name.startswith(("templates/", "tests/", "content/", "docs/")) for name in names)  # (README pictures)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q", "install",
                    str(wheel)], check=True, capture_output=True)
    return venv


def _run(venv: Path, cwd: Path, *args: str, status: int = 0, **env_given: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")} | env_given
    proc = subprocess.run([str(venv / "bin" / "briefing"), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == status, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


@pytest.mark.slow
def test_wheel_runs_every_command_from_an_empty_folder(installed, tmp_path):
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import generator; print(generator.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.strip()
    assert where.startswith(str(installed)), where  # the installed package, not this tree
    # python-pptx is a test dependency only: the deck writer ships what it needs
    assert subprocess.run([str(installed / "bin" / "python"), "-c", "import pptx"], cwd=tmp_path,
                          capture_output=True).returncode != 0

    listed = _run(installed, tmp_path, "audiences").stdout
    assert all(name in listed for name in ("executive", "policy", "technical"))
    shutil.copy(ROOT / "tests" / "fixtures" / "seed-notes.txt", tmp_path / "notes.txt")
    imported = _run(installed, tmp_path, "import", "notes.txt")
    assert "found 5 takeaways, 6 topics" in imported.stdout + imported.stderr
    made = _run(installed, tmp_path, "new-audience", "board", "--from", "executive")
    assert "build it: briefing build -a board\n" in made.stdout  # found without -t: ./templates is searched
    _run(installed, tmp_path, "build", "-a", "board")

    deck = Presentation(str(tmp_path / "output" / "notes-board.pptx"))
    texts = " ".join(sh.text_frame.text for slide in deck.slides for sh in slide.shapes if sh.has_text_frame)
    assert "DeepSeek" in texts and len(deck.slides) >= 5
    report = PdfReader(str(tmp_path / "output" / "notes-board.pdf"))
    assert len(report.pages) >= 2 and "DeepSeek" in " ".join(page.extract_text() for page in report.pages)


@pytest.mark.slow  # (building and installing the wheel takes ~40 s)
def test_wheel_starts_a_project_from_nothing(installed, tmp_path):
    """In an empty folder, `briefing build` says how to start; `briefing init` writes the example content
    and a commented briefing.toml, the next build makes a deck and a report per audience, and a second
    init writes over nothing."""
    empty = _run(installed, tmp_path, "build", status=1).stderr
    assert "no content files" in empty and "briefing import NOTES" in empty and "briefing init" in empty
    made = _run(installed, tmp_path, "init", "start").stdout
    assert "build it: cd start && briefing build" in made
    config = (tmp_path / "start" / "briefing.toml").read_text(encoding="utf-8")
    assert "# formats = [" in config and tomllib.loads(config) == {"content": "content", "output": "output"}
    built = _run(installed, tmp_path / "start", "build").stdout
    outputs = sorted(p.name for p in (tmp_path / "start" / "output").iterdir())
    assert "6 files built" in built and outputs == sorted(f"deepseek-{a}.{f}" for a in ("executive", "policy", "technical")
                                                           for f in ("pptx", "pdf"))
    deck = Presentation(str(tmp_path / "start" / "output" / "deepseek-executive.pptx"))
    assert len(deck.slides) >= 5 and "DeepSeek" in " ".join(sh.text_frame.text for slide in deck.slides
                                                              for sh in slide.shapes if sh.has_text_frame)
    before = config
    again = _run(installed, tmp_path / "start", "init", status=1).stderr
    assert "briefing.toml: already exists" in again and "content/deepseek.yaml: already exists" in again
    assert (tmp_path / "start" / "briefing.toml").read_text(encoding="utf-8") == before


@pytest.mark.slow
def test_wheel_keeps_the_regular_expressions_it_compiled(installed, tmp_path):
    """The installed command keeps the patterns it compiled in its cache folder (regex_cache) and the
    next run, which finds them made, builds the same deck."""
    cache, epoch = tmp_path / "cache", "1700000000"
    _run(installed, tmp_path, "init", "start")
    decks = []
    for run in ("first", "second"):
        _run(installed, tmp_path / "start", "build", "-a", "executive", "-f", "pptx", "-o", run,
             XDG_CACHE_HOME=str(cache), SOURCE_DATE_EPOCH=epoch)
        decks.append((tmp_path / "start" / run / "deepseek-executive.pptx").read_bytes())
    entry = cache / "briefing" / "regex" / f"patterns.{sys.implementation.cache_tag}"
    assert len(marshal.loads(entry.read_bytes())[2]) >= 100 and decks[0] == decks[1]
    # the installed language files' words are kept too (kept_words), one entry a language
    kept = sorted(p.name.split("-")[0] for p in (cache / "briefing" / "words").iterdir())
    assert kept == sorted(built_in_languages())
