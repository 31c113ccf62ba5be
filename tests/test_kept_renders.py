"""A --watch rebuild keeps the Documents whose inputs did not change (generator/kept_renders.py): the
same bytes render nothing again; an edit of the content or of a file of the audience's folders renders
again, and the files written are byte for byte those a cold build (a fresh process) writes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import kept_renders, render
from generator.build import build

from .conftest import DEFAULT, ROOT

EPOCH = "1700000000"


@pytest.fixture
def renders(monkeypatch):
    """The audiences rendered (render_document called), in order; renders kept as under --watch."""
    names: list[str] = []
    render_document = render.render_document

    def counting(content, audience, on_warning=None):
        names.append(audience.name)
        return render_document(content, audience, on_warning)

    monkeypatch.setattr(render, "render_document", counting)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    kept_renders.keep_renders()  # as build --watch does
    yield names
    kept_renders.keep_renders(False)


def _built(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _cold(content: Path, out: Path, *extra: str) -> dict[str, bytes]:
    """The files a fresh ``briefing build`` process writes for ``content``."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([sys.executable, "-m", "generator.cli", "build", str(content), "-a", "executive", "-f", "pptx",
                    "-f", "md", "-o", str(out), *extra], cwd=ROOT, env=env, check=True, capture_output=True)
    return _built(out)


def test_rebuild_after_content_edit_is_a_cold_build(tmp_path, renders):
    content = tmp_path / "deepseek.yaml"
    text = DEFAULT.read_text(encoding="utf-8")
    assert text.count("Memphis") >= 2
    content.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    once = lambda: build([content], audiences=["executive"], formats=["pptx", "md"], output=out)
    once()
    assert renders == ["executive"]
    first = _built(out)
    os.utime(content)  # an editor's save of the same text: nothing is rendered again, the same files
    once()
    assert renders == ["executive"]
    assert _built(out) == first
    content.write_text(text.replace("Memphis", "Nashville"), encoding="utf-8")  # an edit between rebuilds
    once()
    assert renders == ["executive", "executive"]
    edited = _built(out)
    assert edited != first and any(b"Nashville" in data for data in edited.values())
    assert edited == _cold(content, tmp_path / "cold")
    content.write_text(text, encoding="utf-8")  # and back: a Document two builds old is not kept
    once()
    assert renders == ["executive"] * 3
    assert _built(out) == first


def test_an_edit_of_the_audience_folder_renders_again(tmp_path, renders):
    folder = tmp_path / "templates" / "mine"
    (folder / "lang").mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    words = folder / "lang" / "en.yaml"
    words.write_text("sources: Sources\n", encoding="utf-8")
    out = tmp_path / "out"
    once = lambda: build([DEFAULT], audiences=["mine"], formats=["md"], output=out,
                         templates=[tmp_path / "templates"])
    once()
    once()
    assert renders == ["mine"]
    words.write_text("sources: Where it comes from\n", encoding="utf-8")
    once()
    assert renders == ["mine", "mine"]
    assert "Where it comes from" in (out / "deepseek-mine.md").read_text(encoding="utf-8")


def test_deflated_parts_are_kept_within_their_bound(monkeypatch):
    import zlib

    from generator.writers.pptx import zipwrite

    monkeypatch.setattr(zipwrite, "_DEFLATED", {})
    monkeypatch.setattr(zipwrite, "_kept", [0])
    monkeypatch.setattr(zipwrite, "KEPT", 1000)
    blobs = [bytes([65 + i]) * 300 for i in range(5)]
    first = zipwrite._deflate_all(blobs + blobs[:1])
    assert [zlib.decompress(d, -15) for d in first] == blobs + blobs[:1]
    assert sum(map(len, zipwrite._DEFLATED)) == zipwrite._kept[0] <= 1000  # the oldest let go
    assert list(zipwrite._DEFLATED) == blobs[2:]
    assert zipwrite._deflate_all(blobs[::-1]) == first[:5][::-1]


def test_workers_render_only_what_changed(tmp_path, monkeypatch, renders):
    from generator import pool

    sent: list[list[str]] = []
    mapped = pool.mapped

    def counting(executor, fn, jobs):
        if fn.__name__ == "_render":  # (the writes are mapped too)
            sent.append([audience.name for _, audience, _ in jobs])
        return mapped(executor, fn, jobs)

    monkeypatch.setattr(pool, "mapped", counting)
    folder = tmp_path / "templates" / "mine"
    (folder / "lang").mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n", encoding="utf-8")
    (folder / "lang" / "en.yaml").write_text("sources: Sources\n", encoding="utf-8")
    out = tmp_path / "out"
    once = lambda: build([DEFAULT], audiences=["mine", "technical"], formats=["md"], output=out, jobs=2,
                         templates=[tmp_path / "templates"])
    once()
    first = _built(out)
    once()  # nothing changed: the workers only write
    (folder / "lang" / "en.yaml").write_text("sources: Where it comes from\n", encoding="utf-8")
    once()
    # the first job is rendered before the workers start (they start with what it made), the rest by them;
    # a rebuild renders only what changed (here one audience: in the build's own process)
    assert sent == [["technical"]] and renders == ["mine", "mine"]
    again = _built(out)
    assert again["deepseek-technical.md"] == first["deepseek-technical.md"]
    assert "Where it comes from" in again["deepseek-mine.md"].decode()


def test_only_watch_keeps_renders(tmp_path, renders, monkeypatch):
    from click.testing import CliRunner

    from generator import watch
    from generator.cli import main

    kept_renders.keep_renders(False)  # a library caller's builds render afresh
    for _ in range(2):
        build([DEFAULT], audiences=["executive"], formats=["md"], output=tmp_path / "lib")
    assert renders == ["executive", "executive"]

    def once(paths, interval=0.3, stop=lambda: False):  # one change seen, then Ctrl-C
        yield [DEFAULT]
        raise KeyboardInterrupt

    monkeypatch.setattr(watch, "watching", once)
    result = CliRunner().invoke(main, ["build", str(DEFAULT), "-a", "executive", "-f", "md", "-o",
                                       str(tmp_path / "watched"), "--watch"])
    assert "1 file rebuilt" in result.output, result.output
    assert renders == ["executive"] * 3  # the first build under --watch; its rebuild took the same Document


def test_workers_start_with_the_content_loaded(tmp_path, monkeypatch):
    """A build with workers reads and checks a content file once, before they are forked, not once
    more in each worker (each worker's loads are counted in a file: they are other processes)."""
    from generator import loader

    if sys.platform != "linux":
        pytest.skip("workers are forked on Linux only")
    counted = tmp_path / "loads"
    load_content = loader.load_content

    def counting(path):
        with counted.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return load_content(path)

    monkeypatch.setattr(loader, "load_content", counting)
    built = build([DEFAULT], audiences=["executive", "policy", "technical"], formats=["md"], output=tmp_path / "out",
                  jobs=2)
    assert len(built) == 3 and counted.read_text(encoding="utf-8").split() == [str(os.getpid())]
