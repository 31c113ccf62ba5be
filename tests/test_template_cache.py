"""Compiled templates kept between runs (generator/template_cache.py): a fresh environment loads
them instead of compiling, gives the same Document, and trusts only a cache nobody else can write."""
from __future__ import annotations

import json
import os
import stat

import pytest
from jinja2 import FileSystemLoader

from generator import render, render_environment
from generator.render_values import RenderValues
from generator.audiences import load_audience
from generator.loader import load_content
from generator.sandbox import BoundedSandbox
from generator.template_cache import cache_folder, template_cache

from .conftest import DEFAULT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache folder of this test's own, and every environment made afresh (as in a new process)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    monkeypatch.setattr(render_environment, "_ENVIRONMENTS", {})
    return tmp_path / "cache" / "briefing" / "templates"


@pytest.fixture
def compiled(monkeypatch):
    """The names of the templates Jinja compiled from source, in order."""
    names: list[str] = []
    compile_ = BoundedSandbox.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return compile_(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(BoundedSandbox, "compile", counting)
    return names


def _fresh_render(monkeypatch):
    """The default content's executive Document, rendered by a new environment (a new process's)."""
    monkeypatch.setattr(render_environment, "_ENVIRONMENTS", {})
    return render.render_document(load_content(DEFAULT), load_audience("executive"))


def test_a_new_process_loads_the_compiled_templates_and_renders_the_same(cache, compiled, monkeypatch):
    first = _fresh_render(monkeypatch)
    assert "document.yaml.j2" in compiled
    entries = sorted(cache.iterdir())
    assert len(entries) == len(compiled)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)
    compiled.clear()
    second = _fresh_render(monkeypatch)
    assert compiled == []  # every template came from the cache
    assert second.model_dump() == first.model_dump()


def test_a_folder_others_can_write_is_not_trusted(cache, compiled, monkeypatch):
    _fresh_render(monkeypatch)
    cache.chmod(0o777)
    compiled.clear()
    _fresh_render(monkeypatch)
    assert "document.yaml.j2" in compiled


def test_an_entry_others_can_write_is_not_loaded(cache, compiled, monkeypatch):
    _fresh_render(monkeypatch)
    for entry in cache.iterdir():
        entry.chmod(0o622)
    compiled.clear()
    _fresh_render(monkeypatch)
    assert "document.yaml.j2" in compiled


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="giving a file away needs root")
def test_an_entry_owned_by_another_user_is_not_loaded(cache, compiled, monkeypatch):
    _fresh_render(monkeypatch)
    for entry in cache.iterdir():
        os.chown(entry, 4242, 4242)
    compiled.clear()
    _fresh_render(monkeypatch)
    assert "document.yaml.j2" in compiled


def test_a_torn_entry_is_compiled_again(cache, compiled, monkeypatch):
    first = _fresh_render(monkeypatch)
    for entry in cache.iterdir():
        entry.write_bytes(entry.read_bytes()[:40])
    compiled.clear()
    again = _fresh_render(monkeypatch)
    assert "document.yaml.j2" in compiled and again.model_dump() == first.model_dump()


def test_a_cache_that_cannot_be_made_is_ignored(tmp_path, compiled, monkeypatch):
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    document = _fresh_render(monkeypatch)
    assert document.slides and "document.yaml.j2" in compiled


def test_the_cache_can_be_turned_off_and_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "briefing" / "templates"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the XDG rules say
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "briefing" / "templates"
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert cache_folder() is None


def test_an_entry_is_keyed_by_briefings_code(cache, monkeypatch):
    from generator import template_cache

    before = template_cache.TemplateCache(cache).get_cache_key("document.yaml.j2", "/t/document.yaml.j2")
    monkeypatch.setattr("generator.__version__", "99.0")
    after = template_cache.TemplateCache(cache).get_cache_key("document.yaml.j2", "/t/document.yaml.j2")
    assert before != after


def test_a_constant_list_is_written_by_the_render_that_runs_it(tmp_path, cache):
    """A constant output is finalized when the template runs: compiled under one render's markers,
    it still gives the right value under another's (and from the cache)."""
    folder = tmp_path / "aud"
    folder.mkdir()
    (folder / "t.j2").write_text("{{ [1, 2] }}|{{ 'a' }}|{{ {'k': 3} }}", encoding="utf-8")
    for _ in range(2):  # compiled, then loaded from the cache by a new environment
        env = BoundedSandbox(loader=FileSystemLoader(str(folder)), bytecode_cache=template_cache())
        for _ in range(2):  # and run again with another render's markers
            values = RenderValues()
            env.finalize = values.finalize
            parts = [values.restore(json.loads(p)) for p in env.get_template("t.j2").render().split("|")]
            assert parts == [[1, 2], "a", {"k": 3}]


@pytest.mark.parametrize("expression", ['"nan" | float', '["nan" | float, 1]', '{"k": ("inf" | float, )}'])
def test_a_folded_constant_that_is_not_a_number_compiles(tmp_path, cache, expression):
    """Jinja folds ``"nan" | float`` at compile time; the code it writes must read it back (Jinja's own
    writes ``nan``, a NameError when the template runs)."""
    folder = tmp_path / "aud"
    folder.mkdir()
    (folder / "t.j2").write_text(f"{{% set x = {expression} %}}{{{{ x }}}}", encoding="utf-8")
    env = BoundedSandbox(loader=FileSystemLoader(str(folder)), bytecode_cache=template_cache())
    values = RenderValues()
    env.finalize = values.finalize
    text = values.restore(json.loads(env.get_template("t.j2").render()))
    assert "NaN" in json.dumps(text) or "Infinity" in json.dumps(text)


def test_briefings_modules_are_looked_at_once_and_not_read(cache, monkeypatch):
    """The fingerprint of briefing's modules is made once a process, not once per audience's environment (a
    default build makes three), from the modules' names, sizes and times of change: no module is read (reading
    and hashing them took ~4 ms of a cold deck); and it still keys the entries."""
    from pathlib import Path

    from generator import cache_files, template_cache

    cache_files.source_digest.cache_clear()
    reads: list = []
    read_bytes, scandir = Path.read_bytes, cache_files.os.scandir
    monkeypatch.setattr(Path, "read_bytes", lambda self: reads.append(self) or read_bytes(self))
    monkeypatch.setattr(cache_files.os, "scandir", lambda path: reads.append(path) or scandir(path))
    keys = {template_cache.TemplateCache(cache).get_cache_key("document.yaml.j2", "/t/document.yaml.j2")
            for _ in range(3)}
    assert len(keys) == 1 and reads == [str(Path(cache_files.__file__).parent)]
    cache_files.source_digest.cache_clear()


def test_a_changed_module_changes_the_fingerprint(tmp_path, monkeypatch):
    """A module written again (another size, or another time of change) is another fingerprint: entries
    compiled with the old code are not used."""
    import os

    from generator import cache_files

    folder = tmp_path / "generator"
    folder.mkdir()
    module = folder / "a.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(cache_files, "__file__", str(folder / "cache_files.py"))
    digests = []
    for change in (lambda: None, lambda: module.write_text("x = 22\n"), lambda: os.utime(module, ns=(1, 1))):
        change()
        cache_files.source_digest.cache_clear()
        digests.append(cache_files.source_digest())
    cache_files.source_digest.cache_clear()
    assert len(set(digests)) == 3
