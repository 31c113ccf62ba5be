"""Attacks on round 1's new code (issue 24's attacker, second pass): damaged cache entries, odd inputs to
the new title/chart/close modules, a user's own lang files and templates. Each case failed before its fix."""
from __future__ import annotations

import gc
import re
import struct
import subprocess
import sys
import time

import pytest

from generator.cache_files import sealed

from .conftest import ROOT
from .test_regex_cache import PATTERNS, first_kept, process  # noqa: F401  (the fixture: a new process as the cache sees it)


@pytest.mark.parametrize("spoil", [lambda code: [2**40] + code, lambda code: [-1] + code], ids=["huge", "negative"])
def test_a_cache_entry_with_code_out_of_range_is_compiled_afresh(process, spoil):  # noqa: F811
    """A code word ``_sre`` cannot convert was an OverflowError traceback at every start."""
    entry, start, end = process
    version, magic, (flags, (pattern, final, code, *rest)) = first_kept(process)
    for args in ((pattern, final, spoil(code), *rest), (pattern, 2**70, code, *rest), (pattern, final, code, 2**70, *rest[1:])):
        entry.write_bytes(sealed((version, magic, [(flags, args)])))
        start()
        assert re._cache == {}  # type: ignore[attr-defined]
        assert re.compile(*PATTERNS[0]).match("ab-1 kept-by-test")


def test_a_damaged_cache_entry_costs_no_time(process):  # noqa: F811
    """Five bytes saying "a list of 2**31 items" took ~15 s of every start (marshal made and freed it)."""
    entry, start, end = process
    start()
    re.compile(*PATTERNS[0])
    end()
    entry.write_bytes(b"[" + struct.pack("<i", 0x7FFFFFFF) + b"\0\0\0\0")
    began = time.perf_counter()
    start()
    assert time.perf_counter() - began < 1 and re._cache == {}  # type: ignore[attr-defined]
    entry.write_bytes(b"\x01" + entry.read_bytes()[1:])  # one byte changed in a whole entry
    start()
    assert re._cache == {}  # type: ignore[attr-defined]
    assert sys.implementation.cache_tag in entry.name


def test_a_point_of_a_thousand_witnesses_is_capped_in_linear_time():
    """A hearing's "Testimony from" of 1,000 names: the deck's twin was capped at 999, 998, … sub-points
    (half a million points made, 9 s); and a slide of many points lost its last one at a time."""
    from generator.deckfit import MOST_LINES, _within_lines
    from generator.deck_twin import lines
    from generator.document import Bullet, Slide

    def timed(n: int) -> float:
        many = [Bullet(text=f"Witness {i}") for i in range(n)]
        slide = Slide(layout="bullets", title="Five witnesses testified", bullets=[Bullet(text="Testimony from", children=many)]
                      + [Bullet(text=f"Point {i}") for i in range(n)])
        gc.collect()
        gc.disable()  # (a collection of the whole process's heap, large in a long test run, is no work of this)
        try:
            began = time.process_time()
            twin = _within_lines(slide, "")[-1]
            spent = time.process_time() - began
        finally:
            gc.enable()
        assert lines(twin.bullets) <= MOST_LINES and twin.bullets[0].children[0].text == "Witness 0"
        return spent

    small, large = timed(100), timed(1000)  # (before: 0.1 s and 9 s; processor time: other jobs do not count)
    assert large < 2 and large < 30 * max(small, 0.01)


@pytest.mark.parametrize("call", ['"x" | testimony("h", words)', "[5] | said_topics"])
def test_a_template_giving_a_filter_the_wrong_type_is_its_error(project, call):
    """An audience's template giving briefing's filters a string or a number where they read mappings
    ended in "internal error: AttributeError … please report it" (exit 70)."""
    from click.testing import CliRunner

    from generator.cli import main

    folder = project / "mine" / "odd"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: executive\n")
    (folder / "document.yaml.j2").write_text('{% extends "executive/document.yaml.j2" %}\n'
                                            f"{{% block agenda %}}{{% set _x = {call} %}}{{% endblock %}}\n")
    built = CliRunner().invoke(main, ["build", "-t", "mine", "-a", "odd", "-f", "md"])
    assert built.exit_code == 1 and built.output.startswith(f"{folder / 'document.yaml.j2'}:2:1: "), built.output
    assert "has no attribute" in built.output


def test_the_patterns_kept_fit_the_entry_that_is_read(process):  # noqa: F811
    """250 patterns of backtick runs (2,000 to 2,250 backticks, inline_spans) made a 6 MB entry, over the
    4 MiB that is read: written at the end of every such run, never used."""
    from generator import regex_cache

    entry, start, end = process
    start()
    re.compile(*PATTERNS[0])
    for size in range(2000, 2250):
        re.compile(f"(?<!`){'`' * size}(?!`)")
    end()
    assert entry.stat().st_size <= regex_cache.MAX_ENTRY
    start()
    assert re._cache  # type: ignore[attr-defined]
    assert re.compile(*PATTERNS[0]) is re._cache[str, PATTERNS[0][0], 0]  # type: ignore[attr-defined]


def test_a_chart_of_losses_is_read_not_called_no_number(tmp_path):
    """A chart value of -10 (a quarter's loss) was "'-10' is not a number", though every number from 1e-9
    to 1e15 in size is one a chart draws; a range of negatives stays unread ("-5-2" could be either)."""
    from pptx import Presentation

    from generator.quantities import parse_quantity

    assert [parse_quantity(t)["value"] for t in ("-10", "\u22123.5", "-1,200", "5")] == [-10, -3.5, -1200, 5]
    with pytest.raises(ValueError):
        parse_quantity("-5-2")
    content = tmp_path / "losses.yaml"
    content.write_text("title: Losses\nsources: [{id: s, name: S}]\ntopics:\n- id: q\n  title: Quarterly results\n"
                       "  points: [Revenue fell 5% in the third quarter.]\n  charts:\n  - id: n\n    title: Net income\n"
                       "    kind: bar\n    unit: $M\n    categories: [Q1, Q2, Q3]\n"
                       "    series: [{name: Net, values: [12, -5, -10]}]\n",
                       encoding="utf-8")
    subprocess.run([sys.executable, "-m", "generator.cli", "build", str(content), "-a", "technical", "-f", "pptx", "-o",
                    str(tmp_path)], cwd=ROOT, check=True, capture_output=True)
    charts = [s.chart for slide in Presentation(str(tmp_path / "losses-technical.pptx")).slides for s in slide.shapes
              if s.has_chart]
    assert [list(p.values) for c in charts for p in c.plots[0].series] == [[12, -5, -10]]
