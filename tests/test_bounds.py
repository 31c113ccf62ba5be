"""Issue #24 §2, §3: work bounded by the input's limits, not only its bytes.

One test per cause: sources (and so links per time), items of the content, slides and items a
template makes, right-to-left lines laid out once, what a render materialises."""
from __future__ import annotations

import time

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from generator.bounds import ITEMS_ALLOWED, ITEMS_PER_ITEM, SLIDES_ALLOWED, SLIDES_PER_ITEM
from generator.cli import main
from generator.limits import MAX_ITEMS, MAX_LINKED_SOURCES, MAX_SOURCES


def content(sources: int = 1, topics: str = "  - {id: t, title: T, at: '0:01'}\n", listed: int = 0) -> str:
    """A content file of ``sources`` that times link into, then ``listed`` ones that are only listed."""
    lines = "".join(f"  - {{id: s{i}, name: S{i}, url: 'https://example.org/{i}'"
                    f"{', deep_link: none' if i >= sources else ''}}}\n" for i in range(sources + listed))
    return f"title: Bounds\nsources:\n{lines}topics:\n{topics}"


def validate(path):
    return CliRunner().invoke(main, ["validate", str(path)])


@pytest.mark.parametrize("linked, listed, at, says", [
    (300, 0, MAX_LINKED_SOURCES, f"at most {MAX_LINKED_SOURCES} such sources"),
    (1, MAX_SOURCES, MAX_SOURCES, f"at most {MAX_SOURCES} sources"),
])
def test_sources_past_their_limits_are_an_error_at_the_first_one_past_it(write, linked, listed, at, says):
    """Every time links into each source with a url: those are bounded tighter than sources only listed."""
    assert validate(write("ok.yaml", content(MAX_LINKED_SOURCES, listed=MAX_SOURCES - MAX_LINKED_SOURCES))).exit_code == 0
    path = write("c.yaml", content(linked, listed=listed))
    result = validate(path)
    assert result.exit_code == 1
    assert f"{path}:{3 + at}:" in result.output and says in result.output  # the first source is on line 3


def test_a_time_links_into_each_source_at_most_once(tmp_path, write):
    """Links per time are bounded by the sources: a template's time reference of more links is refused."""
    from generator.document import TimeRef

    link = {"source": "a", "name": "A", "url": "https://example.org"}
    TimeRef(seconds=1, label="0:01", links=[link] * MAX_LINKED_SOURCES)
    with pytest.raises(ValueError):
        TimeRef(seconds=1, label="0:01", links=[link] * (MAX_LINKED_SOURCES + 1))


def test_items_past_the_limit_are_an_error_at_the_first_one_past_it(write):
    """Points at every level count: one topic of MAX_ITEMS one-letter points (the topic is one
    item more) stops at the last point, quickly, at its line."""
    points = "".join("      - x\n" for _ in range(MAX_ITEMS))
    path = write("c.yaml", content(1, f"  - id: t\n    title: T\n    at: '0:01'\n    points:\n{points}"))
    start = time.monotonic()
    result = validate(path)
    assert result.exit_code == 1 and f"more than {MAX_ITEMS:,} items" in result.output
    assert f"{path}:{9 + MAX_ITEMS - 1}:" in result.output  # the last point: line 9 holds the first
    assert time.monotonic() - start < 30


def _audience(tmp_path, document: str):
    folder = tmp_path / "aud" / "wide"
    folder.mkdir(parents=True)
    (folder / "audience.yaml").write_text("extends: base\n", encoding="utf-8")
    (folder / "document.yaml.j2").write_text(document, encoding="utf-8")
    return folder


@pytest.mark.parametrize("loop, what", [
    ("{% for i in range(N) %}\n  - {layout: bullets, title: T, bullets: [{text: x}]}\n{% endfor %}\n", "slides"),
    ("  - layout: bullets\n    title: T\n    bullets:\n{% for i in range(2) %}{% for i in range(N) %}\n"
     "      - {text: x}\n{% endfor %}{% endfor %}\n",
     "points"),
])
def test_slides_and_items_a_template_makes_are_bounded_at_the_template_line(tmp_path, write, minimal, loop, what):
    # the minimal content: one topic and its point
    most = SLIDES_ALLOWED + SLIDES_PER_ITEM * 2 if what == "slides" else ITEMS_ALLOWED + ITEMS_PER_ITEM * 2
    n = most + 1 if what == "slides" else most // 2 + 1  # points: two loops (a range stops at 100,000)
    folder = _audience(tmp_path, "slides:\n" + loop.replace("N", str(n)))
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "wide", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and f"{folder / 'document.yaml.j2'}:" in result.output
    assert f"at most {most:,} {what}" in result.output


def test_right_to_left_lines_are_ordered_once_a_pass_however_often_a_paragraph_is_split(write, tmp_path, monkeypatch):
    """reportlab breaks the rest of a paragraph again at each page it splits at; a line's visual
    order is found once in each of the two layout passes, whose stories are made afresh (it was
    found again at each split: quadratic in a paragraph's pages)."""
    import collections
    import random

    import generator.writers.pdf.bidi as bidi

    rng = random.Random(1)
    words = " ".join("".join(rng.choice("אבגדהוזחטיכלמנסעפצקרשת") for _ in range(rng.randint(2, 8)))
                     for _ in range(3600))[:20000]
    path = write("he.yaml", "title: עברית\nlang: he\nsources: [{id: a, name: A, url: 'https://example.org'}]\n"
                            f"topics:\n  - {{id: t, title: נושא, at: '0:01', points: ['{words}']}}\n")
    planned: collections.Counter = collections.Counter()
    real = bidi._line_plan
    monkeypatch.setattr(bidi, "_line_plan", lambda texts: planned.update([texts]) or real(texts))
    result = CliRunner().invoke(main, ["build", str(path), "-a", "technical", "-f", "pdf", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    lines = {key: n for key, n in planned.items() if len("".join(key)) > 40}  # (not headings or page numbers)
    assert len(lines) > 100  # the paragraph's lines: it ran over several pages
    assert max(lines.values()) == 2


@pytest.mark.parametrize("letters, lang", [("אבגדהוזחטיכלמנסעפצקרשת", "he"), ("abcdefghijklmnopqrstuvw", "en")])
def test_a_paragraph_split_over_pages_is_broken_into_lines_once_a_pass(write, tmp_path, monkeypatch, letters, lang):
    """reportlab breaks the rest of a split paragraph again at every page it runs over (quadratic in
    its pages; right-to-left words are shaped again each time: 30 paragraphs of 20,000 Hebrew
    characters took 23 s of processor time, 10 s now): the rest keeps the lines it was broken into."""
    import random

    from generator.writers.pdf.flowables import Shaped as Para

    rng = random.Random(1)
    words = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 8))) for _ in range(3600))[:20000]
    path = write("long.yaml", f"title: T\nlang: {lang}\nsources: [{{id: a, name: A, url: 'https://example.org'}}]\n"
                              f"topics:\n  - {{id: t, title: T, at: '0:01', points: ['{words}']}}\n")
    broken: list[int] = []  # the lines of each breaking of the long paragraph or of a part of it
    real = Para.breakLines

    def counted(self, width):
        lines = real(self, width)
        if len(lines.lines) > 5:  # (not the headings and short paragraphs around it)
            broken.append(len(lines.lines))
        return lines

    monkeypatch.setattr(Para, "breakLines", counted)
    result = CliRunner().invoke(main, ["build", str(path), "-a", "technical", "-f", "pdf", "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    whole = max(broken)
    assert whole > 150 and len(PdfReader(str(tmp_path / "o" / "long-technical.pdf")).pages) >= 5  # over pages
    assert sum(broken) < 2.5 * whole  # once in each of the layout's two passes (it was 8 times)


LITERAL = "[" + ", ".join(["REF"] * 1000) + "]"
MATERIALISING = {  # each step within the size bound, a thousand of them far past it
    "map('upper')": "{{ " + LITERAL.replace("REF", "a") + "|map('upper')|list|length }}",
    "map('list')": "{{ " + LITERAL.replace("REF", "a") + "|map('list')|list|length }}",
    "batch(fill_with)": "{{ a|batch(1000, fill_with=a)|map('list')|list|length }}",
    "'~' in a list literal": "{{ " + LITERAL.replace("REF", "a ~ 'x'") + "|length }}",
    "urlencode": "{{ " + LITERAL.replace("REF", "a|urlencode") + "|length }}",
    "str.encode": "{{ " + LITERAL.replace("REF", "a.encode()") + "|length }}",
    "str.split": "{% set b = 'x ' * 2000000 %}{{ " + LITERAL.replace("REF", "b.split()") + "|length }}",
    "slices": "{% set b = a|list %}{{ " + LITERAL.replace("REF", "b[1:]") + "|length }}",
    "a set block": "{% set x %}{% for i in range(1000) %}{{ a }}{% endfor %}{% endset %}{{ x|length }}",
    "a call block": "{% macro m() %}{{ caller()|length }}{% endmacro %}{% call m() %}{% for i in range(1000) %}"
                    "{{ a }}{% endfor %}{% endcall %}",
}


@pytest.mark.parametrize("case", list(MATERIALISING))
def test_what_a_render_makes_is_bounded_in_all_not_only_each_value(tmp_path, write, minimal, case):
    folder = _audience(tmp_path, "{% set a = 'x' * 4000000 %}\ntitle: T\nsubtitle: " + MATERIALISING[case]
                       + "\nslides:\n  - {layout: bullets, title: T, bullets: [{text: x}]}\n")
    start = time.monotonic()
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "wide", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'document.yaml.j2'}:3:" in result.output and "the values this render made" in result.output
    assert time.monotonic() - start < 5  # stopped within the budget (64 Mi characters), not at 2 GB


@pytest.mark.slow  # (a stress test at a limit: make test runs it, make test-fast leaves it out)
def test_the_built_in_templates_make_a_tenth_of_their_budget(write):
    """The budget grows with the content (``MADE_PER_CONTENT``); 300 topics of the bench's
    synthetic content (points three deep, charts, tables) make far less in every audience."""
    import sys
    from pathlib import Path

    from generator.audiences import load_audience
    from generator.loader import load_content
    from generator.render import MADE_PER_CONTENT, render_document
    from generator.render_environment import _ENVIRONMENTS

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from run import synthetic

    content = load_content(write("s.yaml", synthetic(300)))
    size = len(content.model_dump_json())
    for name in ("executive", "technical", "policy"):
        audience = load_audience(name, [Path("templates")])
        render_document(content, audience)
        made = _ENVIRONMENTS[tuple(str(p.resolve()) for p in audience.chain)].made  # (the render's environment)
        assert 0 < made < MADE_PER_CONTENT * size / 10, name


def test_batch_and_slice_take_their_keywords(tmp_path, write, minimal):
    _audience(tmp_path, "title: T\nsubtitle: {{ [1, 2, 3]|batch(2, fill_with=0)|list ~ ' ' "
                        "~ [1, 2, 3]|slice(2, fill_with=0)|list }}\n"
                        "slides:\n  - {layout: bullets, title: T, bullets: [{text: x}]}\n")
    result = CliRunner().invoke(main, ["build", str(write("c.yaml", minimal)), "-t", str(tmp_path / "aud"),
                                       "-a", "wide", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    handout = (tmp_path / "out" / "c-wide.md").read_text(encoding="utf-8").replace("\\", "")
    assert "[[1, 2], [3, 0]] [[1, 2], [3, 0]]" in handout
