"""The contract: a file that `validate` accepts builds in every audience and every format.

The generator makes realistic large content (many takeaways with nested points, topics of up to
300 points, words up to the 20,000-character limit, tables up to 12 columns of mixed widths,
charts with zeros, negatives, ranges and 40 categories, several scripts). CONTRACT_EXAMPLES sets
how many random examples run (nightly: CONTRACT_EXAMPLES=100); without it, 8 fixed ones (about 30 s here).
"""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from generator.build import build
from generator.writers import BUILTIN, load
from generator.errors import BriefingError
from generator.loader import load_content

WORDS = ["cluster", "GPU", "export", "controls", "the", "of", "inference", "training", "~128,000", "27×", "TSMC",
         "数据中心", "芯片", "مركز", "البيانات", "Пекин", "réseau", "naïve", "∑", "😀", "H100", "2.2 GW", "e.g.", "Q&A",
         "<b>", "{{ x }}", "&amp;", "1:08:52"]
TOKENS = st.sampled_from(["https://example.org/" + "very-long-path/" * 40 + "?q=" + "x" * 200,
                          "self.model.layers[0].attention.forward(" + "arg, " * 60 + ")",
                          "SELECT * FROM clusters WHERE " + "gpus > 1000 AND " * 30])
text_limit = 20_000


def long_word(draw) -> str:
    return draw(st.sampled_from("xW中م")) * draw(st.sampled_from([300, 5_000, text_limit]))


@st.composite
def text(draw, max_words: int = 25) -> str:
    """A sentence of real-looking words; now and then a URL, code or a word as long as the limit."""
    kind = draw(st.integers(0, 19))
    if kind == 0:
        return long_word(draw)
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=max_words))
    if kind == 1:
        words.append(draw(TOKENS))
    return " ".join(words)[:text_limit]


point = st.recursive(text(), lambda inner: st.fixed_dictionaries({"text": text(), "points": st.lists(inner, max_size=4)}),
                     max_leaves=6)
quantity = st.one_of(st.integers(0, 10**7), st.just(0), st.just("~128,000"), st.just("500,000-700,000"),
                     st.floats(0, 1e9, allow_nan=False).map(lambda v: round(v, 2)))
negative = st.integers(-10**6, -1)  # in one chart of ten: the format may refuse them (then the file does not validate)


@st.composite
def chart(draw, cid: str) -> dict:
    kind = draw(st.sampled_from(["bar", "column", "line", "pie", "doughnut"]))
    n = draw(st.sampled_from([1, 3, 12, 40]))
    series_count = 1 if kind in ("pie", "doughnut") else draw(st.integers(1, 8))
    values = (st.sampled_from(["0", "3", "12.5", "1,000"]) if kind in ("pie", "doughnut")
              else st.one_of(quantity, negative) if draw(st.integers(0, 9)) == 0 else quantity)
    return {"id": cid, "title": draw(text(12)), "kind": kind, "unit": draw(st.sampled_from(["", "GPUs", "US$ bn"])),
            "categories": [draw(text(4)) for _ in range(n)],
            "series": [{"name": draw(text(3)), "values": [draw(values) for _ in range(n)]} for _ in range(series_count)]}


@st.composite
def table(draw, tid: str) -> dict:
    columns = draw(st.integers(1, 12))
    wide = [draw(st.booleans()) for _ in range(columns)]
    cell = lambda w: text(40) if w else st.sampled_from(["x", "12", "yes", "H100", ""])
    rows = draw(st.integers(1, 25))
    return {"id": tid, "title": draw(text(10)), "columns": [draw(text(6)) for _ in range(columns)],
            "rows": [[draw(cell(w)) for w in wide] for _ in range(rows)]}


@st.composite
def content(draw) -> dict:
    topics = []
    for t in range(draw(st.integers(1, 4))):
        npoints = draw(st.sampled_from([0, 3, 20, 300]))
        topics.append({
            "id": f"t{t}", "title": draw(text(40)), "at": f"{t}:{draw(st.integers(0, 59)):02d}",
            "summary": draw(text()), "points": [draw(point) for _ in range(npoints)],
            "charts": [draw(chart(f"c{t}-{i}")) for i in range(draw(st.integers(0, 2)))],
            "tables": [draw(table(f"tb{t}-{i}")) for i in range(draw(st.integers(0, 2)))],
            "figures": [{"value": draw(text(2)), "label": draw(text(12))} for _ in range(draw(st.integers(0, 4)))],
        })
    return {"title": draw(text(60)), "subtitle": draw(text()), "introduction": draw(text(80)),
            "sources": [{"id": "a", "name": draw(text(4)), "url": "https://example.org/a"}],
            "speakers": [{"name": draw(text(3)), "role": draw(text(8))}],
            "takeaways": [draw(point) for _ in range(draw(st.sampled_from([0, 1, 12, 60])))],
            "topics": topics, "conclusion": draw(text(80))}


EXAMPLES = os.environ.get("CONTRACT_EXAMPLES")


# by default the same 8 examples every run (CI stays repeatable); CONTRACT_EXAMPLES=N explores N new ones
@pytest.mark.slow
@settings(max_examples=int(EXAMPLES or 8), derandomize=not EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(content())
def test_what_validates_builds_in_every_audience_and_format(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("contract")  # one folder per example: hypothesis reuses fixtures
    path = folder / "generated.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        load_content(path)
    except BriefingError:
        return  # the contract is about what validates; test_hostile covers what does not
    try:
        built = build([path], formats=list(BUILTIN), output=folder / "out", jobs=1)
    except BriefingError as exc:  # a file that validates must build: a user error here breaks the contract
        raise AssertionError(f"validated but did not build: {exc}") from exc
    per_audience = [f for f in BUILTIN if load(f).scope == "document"]  # chapters: files per source, not audience
    assert len([b for b in built if b.format in per_audience]) == 3 * len(per_audience)
    assert {b.path.name for b in built if b.format == "chapters"} >= {"generated-a.chapters.json", "generated-a.chapters.vtt"}
    for result in built:
        if result.format == "pptx":
            assert len(Presentation(str(result.path)).slides) >= 3
        elif result.format == "pdf":
            reader = PdfReader(str(result.path))  # (a short report has no contents page: writers/pdf/contents.py)
            assert len(reader.pages) >= 1 and bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])  # (tagged)
        else:
            assert result.path.read_text(encoding="utf-8").strip()
