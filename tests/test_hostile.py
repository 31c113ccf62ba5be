"""Hostile input and safe output: a clean error or a right output, never a crash or a half file."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from generator.build import build
from generator.errors import BriefingError
from tests.conftest import DEFAULT, ROOT

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
point = st.recursive(text, lambda inner: st.fixed_dictionaries({"text": text, "points": st.lists(inner, max_size=3)}),
                     max_leaves=8)
number = st.one_of(st.integers(-10**16, 10**16), st.floats(allow_nan=True, allow_infinity=True), text)
chart = st.fixed_dictionaries({
    "id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), "title": text,
    "kind": st.sampled_from(["bar", "column", "line", "pie", "doughnut"]),
    "categories": st.lists(text, min_size=0, max_size=5),
    "series": st.lists(st.fixed_dictionaries({"name": text, "values": st.lists(number, max_size=5)}),
                       min_size=1, max_size=2),
})
topic = st.fixed_dictionaries({
    "id": st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), "title": text,
    "at": st.sampled_from(["0:00", "13:28", "1:08:52", "59:59", "1:75:00", "9:99:99"]),
    "points": st.lists(point, max_size=6), "charts": st.lists(chart, max_size=1),
})
content = st.fixed_dictionaries({
    "title": text, "topics": st.lists(topic, min_size=0, max_size=4),
    "sources": st.just([{"id": "a", "name": "A", "url": "https://example.org/a"}]),
    "takeaways": st.lists(point, max_size=4), "conclusion": text,
})


@pytest.mark.slow
@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "12")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(content)
def test_fuzzed_content_builds_or_fails_cleanly(tmp_path_factory, data):
    tmp_path = tmp_path_factory.mktemp("fuzz")  # one folder per example: hypothesis reuses fixtures
    path = tmp_path / "fuzz.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out"
    try:
        built = build([path], audiences=["technical"], output=out)
    except BriefingError as exc:
        assert all(str(p).startswith(str(path)) for p in exc.problems), exc
        assert not out.exists() or not any(out.iterdir())
        return
    for result in built:
        if result.format == "pptx":
            assert len(Presentation(str(result.path)).slides) > 2
        else:
            assert len(PdfReader(str(result.path)).pages) > 2


@pytest.mark.slow
def test_thousand_topics_build(tmp_path):
    """A thousand topics, for the audience that keeps every topic: each title is in the deck and
    in the report, the deck has a slide or a block per topic (short ones share slides) and the
    report a plausible number of pages."""
    titles = [f"Topic {i} {'word ' * 20}".strip() for i in range(1000)]
    topics = "".join(f"  - {{id: t{i}, title: '{title}', at: '{i // 60}:{i % 60:02d}:00', "
                     f"points: ['A point about topic {i}']}}\n" for i, title in enumerate(titles))
    path = tmp_path / "big.yaml"
    path.write_text("title: Big\nsources: [{id: a, name: A, url: 'https://example.org'}]\ntopics:\n" + topics)
    built = build([path], audiences=["technical"], output=tmp_path / "out")
    assert sorted(b.format for b in built) == ["pdf", "pptx"]
    prs = Presentation(str(tmp_path / "out" / "big-technical.pptx"))
    frames = {sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame}
    # every topic in the deck: titled, on a slide of its own or as its block on a slide of short topics, or (topics of
    # one sentence each make a digest) said by its sentence on the bottom line, which then leaves it no slide
    said = {i for i, title in enumerate(titles) if title not in frames}
    assert len(said) <= 5, sorted(said)
    assert 1000 / 4 < len(prs.slides) < 4000
    deck_text = "\n".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    assert all(f"A point about topic {i}" in deck_text for i in said)
    pages = PdfReader(str(tmp_path / "out" / "big-technical.pdf")).pages
    report_text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    for i, title in enumerate(titles):
        assert (i in said or title in deck_text) and title in report_text and f"A point about topic {i}" in report_text, title
    assert 1000 / 20 < len(pages) < 1000  # several topics a page, and not one a page


@pytest.mark.slow
def test_kill_at_any_moment_leaves_previous_outputs_whole(tmp_path):
    out = tmp_path / "out"
    build([DEFAULT], audiences=["executive"], output=out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4):
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", str(DEFAULT), "-a", "executive",
                                 "-o", str(out)], cwd=ROOT, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        for name in before:
            path = out / name
            if name.endswith(".pptx"):
                assert len(Presentation(str(path)).slides) > 5
            else:
                assert len(PdfReader(str(path)).pages) > 3
    build([DEFAULT], audiences=["executive"], output=out)  # a later build cleans stale temporaries
    assert sorted(p.name for p in out.iterdir()) == sorted(before)


@pytest.mark.parametrize("name", ["../../etc", "../evil", "sub/evil", "..\\evil", ".."])
def test_names_never_escape_the_output_folder(tmp_path, name):
    """An audience name is a folder name: one that would reach outside the template folders is
    refused as such, even where a folder of that name holds an audience, and nothing is written."""
    root = tmp_path / "t"
    for folder in (tmp_path, tmp_path / "evil", root / "sub" / "evil"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "audience.yaml").write_text("extends: technical\n", encoding="utf-8")
    with pytest.raises(BriefingError, match=r"audience name '.*' is not a plain folder name"):
        build([DEFAULT], audiences=[name], templates=[root], output=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_file_over_the_size_cap_is_refused(tmp_path):
    from generator.limits import MAX_YAML_BYTES

    path = tmp_path / "huge.yaml"
    path.write_bytes(b"title: x\n" + b"#" * (MAX_YAML_BYTES + 1))
    with pytest.raises(BriefingError, match=r"huge.yaml: file is larger than 5 MiB"):
        build([path], output=tmp_path / "out")


def test_lone_surrogate_is_refused(tmp_path, write, minimal):
    path = write("sur.yaml", minimal.replace("[First point]", '["a\\ud800b"]'))
    with pytest.raises(BriefingError, match=r"sur.yaml:11:\d+: .*(control character U\+D800|invalid Unicode character escape)"):
        build([path], output=tmp_path / "out")


def test_chart_with_no_categories_is_refused(tmp_path, write, minimal):
    chart = "    charts:\n      - {id: c, title: C, categories: [], series: [{name: s, values: []}]}\n"
    with pytest.raises(BriefingError, match=r"c.yaml:13:\d+: categories: List should have at least 1 item"):
        build([write("c.yaml", minimal + chart)], output=tmp_path / "out")


MARKUP = ["Q&A", "R&D", "a<b", "<b>not bold</b>", '<img src="/etc/passwd"/>', '<a href="#x">x</a>', "{{ 7*7 }}"]


def test_markup_like_text_is_literal_in_both_outputs(tmp_path, write, minimal):
    points = "\n".join(f"      - '{m}'" for m in MARKUP)
    path = write("m.yaml", minimal.replace("    points: [First point]", "    points:\n" + points))
    build([path], audiences=["technical"], output=tmp_path / "out")
    prs = Presentation(str(tmp_path / "out" / "m-technical.pptx"))
    deck_text = "\n".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(tmp_path / "out" / "m-technical.pdf")).pages)
    for m in MARKUP:
        assert m in deck_text and m in pdf_text, m
    assert "_x00" not in deck_text


def test_table_cell_longer_than_a_page(tmp_path, write, minimal):
    cell = "word " * 3000
    table = f"    tables:\n      - {{id: t, title: T, columns: [A, B], rows: [[short, '{cell}']]}}\n"
    built = build([write("t.yaml", minimal + table)], audiences=["technical"], output=tmp_path / "out")
    reader = PdfReader(str(next(b.path for b in built if b.format == "pdf")))
    assert len(reader.pages) > 4
    assert "word word" in "".join(p.extract_text() for p in reader.pages)


@pytest.mark.slow
def test_ten_thousand_topics_validate_and_build(tmp_path):
    """The input's size limit is for what users write: 10,000 small topics render (about 10 MB of
    rendered document) and build."""
    topics = "".join(f"  - {{id: t{i}, title: 'Topic {i}', at: '{i // 3600}:{i // 60 % 60:02d}:{i % 60:02d}', "
                     f"points: ['A point about topic {i}', 'Another point']}}\n" for i in range(10000))
    path = tmp_path / "many.yaml"
    path.write_text("title: Many\nsources: [{id: a, name: A, url: 'https://example.org'}]\ntopics:\n" + topics)
    for args in (["validate", path], ["build", path, "-a", "technical", "-f", "md", "-o", tmp_path / "out"]):
        proc = subprocess.run([sys.executable, "-m", "generator.cli", *map(str, args)], cwd=ROOT, capture_output=True,
                              text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    handout = (tmp_path / "out" / "many-technical.md").read_text(encoding="utf-8")
    assert "Topic 9999" in handout and "A point about topic 9999" in handout
