"""The built-in language files' words kept between runs (``generator/kept_words.py``, the cache folder
``words``): a later process reads the same words from its entry; a damaged or foreign entry, a changed
file and a cache that cannot be written all give the words the file says, checked."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from generator import kept_words, words
from generator.errors import BriefingError

from .conftest import ROOT


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache folder ``words`` of a fresh cache home, and a reader that counts its calls."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    kept_words._checks.cache_clear()
    reads: list = []

    def read(path):
        reads.append(path)
        return words._read(path)

    return tmp_path / "cache" / "briefing" / "words", read, reads


def test_a_later_read_takes_the_kept_words(cache):
    folder, read, reads = cache
    french = words.LANG_DIR / "fr.yaml"
    first = kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read)
    assert first == words._read(french) and len(reads) == 1
    (entry,) = folder.glob("fr-*")
    assert entry.name.startswith("fr-") and oct(entry.stat().st_mode & 0o777) == "0o600"
    assert kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read) == first and len(reads) == 1


def test_kept_words_are_found_without_reading_the_language_files(cache, monkeypatch):
    """An entry is found by the files' paths, sizes and times of change: hashing the seven files' bytes took ~6M
    instructions of a cold deck."""
    from pathlib import Path

    folder, read, reads = cache
    french = words.LANG_DIR / "fr.yaml"
    first = kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read)
    kept_words._checks.cache_clear()
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read"))
    assert kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read) == first and len(reads) == 1


@pytest.mark.parametrize("spoilt", [b"not json", b'["a list"]', b'{"cont": 3}', b"\xff\xfe",
                                    b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000])
def test_a_damaged_or_foreign_entry_is_read_afresh(cache, spoilt):
    folder, read, reads = cache
    french = words.LANG_DIR / "fr.yaml"
    kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read)
    (entry,) = folder.glob("fr-*")
    entry.write_bytes(spoilt)
    assert kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read) == words._read(french)
    assert len(reads) == 2


def test_a_changed_file_is_not_served_from_the_cache(cache, tmp_path, monkeypatch):
    folder, read, reads = cache
    lang = tmp_path / "lang"
    shutil.copytree(words.LANG_DIR, lang)
    monkeypatch.setattr(words, "LANG_DIR", lang)
    words._builtin.cache_clear()
    first = kept_words.kept_words(lang / "fr.yaml", lang / "en.yaml", read)
    text = (lang / "fr.yaml").read_text(encoding="utf-8").replace('cont: "', 'cont: "changé ', 1)
    (lang / "fr.yaml").write_text(text, encoding="utf-8")
    again = kept_words.kept_words(lang / "fr.yaml", lang / "en.yaml", read)
    assert again["cont"] == "changé " + first["cont"] and len(reads) == 2
    (lang / "fr.yaml").write_text(text + "no_such_word: x\n", encoding="utf-8")  # a mistake is still said
    with pytest.raises(BriefingError, match="unknown word 'no_such_word'"):
        kept_words.kept_words(lang / "fr.yaml", lang / "en.yaml", read)
    words._builtin.cache_clear()


def test_a_cache_that_cannot_be_written_or_is_off_still_reads_the_words(cache, tmp_path, monkeypatch):
    folder, read, reads = cache
    (tmp_path / "cache").write_text("a file where the cache folder would be")
    french = words.LANG_DIR / "fr.yaml"
    assert kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read) == words._read(french)
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert kept_words.kept_words(french, words.LANG_DIR / "en.yaml", read) == words._read(french)
    assert len(reads) == 2


def test_a_build_keeps_every_built_in_language_and_writes_the_same_deck(tmp_path):
    """Two cold builds of the default deck, the second reading the words the first kept: the same bytes."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BRIEFING_NO_CACHE", None)
    decks = []
    for run in ("first", "second"):
        subprocess.run([sys.executable, "-m", "generator.cli", "build", str(ROOT / "content/deepseek.yaml"), "-a",
                        "executive", "-f", "pptx", "-o", str(tmp_path / run)], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        decks.append((tmp_path / run / "deepseek-executive.pptx").read_bytes())
    kept = sorted(p.name.split("-")[0] for p in (tmp_path / "cache" / "briefing" / "words").iterdir())
    assert kept == sorted(words.built_in_languages()) and decks[0] == decks[1]
    for entry in (tmp_path / "cache" / "briefing" / "words").iterdir():
        assert json.loads(entry.read_text(encoding="utf-8")) == words._read(words.LANG_DIR / f"{entry.name.split('-')[0]}.yaml")
