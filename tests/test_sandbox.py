"""The template sandbox refuses, before computing them, values too large to hold; a runaway is
reported at the template file and line where it runs away."""
import time

import pytest

from generator.audiences import load_audience
from generator.errors import BriefingError
from generator.loader import load_content
from generator.render import render_document
from tests.conftest import DEFAULT


@pytest.fixture(scope="module")
def content():
    return load_content(DEFAULT)


def audience_with(tmp_path, document: str, slide: str = ""):
    """An audience whose document template is ``document`` and whose slides/bad.yaml.j2 is ``slide``."""
    folder = tmp_path / "custom"
    (folder / "slides").mkdir(parents=True)
    (folder / "audience.yaml").write_text("description: test\nextends: executive\n")
    (folder / "document.yaml.j2").write_text(document)
    (folder / "slides" / "bad.yaml.j2").write_text(slide)
    return load_audience("custom", [tmp_path])


def refused(content, audience) -> str:
    start = time.process_time()  # (processor time: the same on a busy machine)
    with pytest.raises(BriefingError) as exc:
        render_document(content, audience)
    assert time.process_time() - start < 5, "refused only after computing"
    return str(exc.value)


HUGE = [
    "'a' * 10**10", "10**10 * 'a'", "[1, 2] * 10**10", "7 ** 60000000", "(10**40000) * (10**40000)",
    "title.center(10**9)", "title.ljust(10**9)", "title.rjust(1000000000)", "title.zfill(10**9)",
    "'{:>1000000000}'.format(1)", "'{:.1000000000f}'.format(1.5)", "'%1000000000d' % 1", "'%*d' % (10**9, 1)",
    "'x' | center(1000000000)", "title | indent(10**9)", "'%1000000000s' | format('a')",
    "('x' * 1000000).replace('x', 'x' * 1000)", "(['x' * 1000000] * 3) | join('y' * 1000000)",
    "('a' * 4000000) ~ ('b' * 4000000)", "[1] | batch(10**9, 0)", "lipsum(10**9)",
]


@pytest.mark.parametrize("expr", HUGE)
def test_huge_values_are_refused_before_they_are_made(tmp_path, content, expr):
    message = refused(content, audience_with(tmp_path, '{% include "slides/bad.yaml.j2" %}\n',
                                             "slides:\n  - {layout: bullets, title: {{ " + expr + " }}}\n"))
    assert message.startswith(f"{tmp_path / 'custom' / 'slides' / 'bad.yaml.j2'}:2:"), message


@pytest.mark.parametrize("loop", [
    "{% set ns.v = ns.v + ns.v %}", "{% set ns.v = ns.v ~ ns.v %}", "{% set ns.v = ns.v * 2 %}",
])
@pytest.mark.parametrize("start", ["'ab'", "['ab']"])
def test_doubling_in_a_loop_is_refused(tmp_path, content, loop, start):
    if "~" in loop and start.startswith("["):
        start = "'ab'"
    body = "{% set ns = namespace(v=" + start + ") %}\n{% for i in range(100) %}\n" + loop + "\n{% endfor %}\n"
    message = refused(content, audience_with(tmp_path, '{% include "slides/bad.yaml.j2" %}\n', body))
    assert "bad.yaml.j2:3:" in message and "would make" in message, message


def test_ordinary_uses_of_the_same_operations_still_work(tmp_path, content):
    slide = ("slides:\n  - layout: bullets\n"
             "    title: {{ ('ab' * 3) ~ 'x'.center(5) ~ ('{:>4}'.format(7)) ~ ('%3d' % 5)"
             " ~ ([1] * 2 + [3]) | join('-') ~ (2 ** 10) ~ ('a b' | replace(' ', '__')) }}\n    notes: n\n")
    document = render_document(content, audience_with(tmp_path, '{% include "slides/bad.yaml.j2" %}\n', slide))
    assert document.slides[0].title == "ababab  x     7  51-1-31024a__b"


def test_time_limit_names_the_included_file_and_line(tmp_path, content, monkeypatch):
    monkeypatch.setattr("generator.render.MAX_SECONDS", 1)
    slide = "slides: []\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n"
    message = refused(content, audience_with(tmp_path, '{# a comment #}\n{% include "slides/bad.yaml.j2" %}\n', slide))
    assert message.startswith(f"{tmp_path / 'custom' / 'slides' / 'bad.yaml.j2'}:2:"), message
    assert "longer than 1 s" in message


def test_runaway_output_names_the_included_file_and_line(tmp_path, content):
    slide = "slides: []\n{% for i in range(100000) %}\n{{ 'x' * 4000000 }}\n{% endfor %}\n"
    message = refused(content, audience_with(tmp_path, '{% include "slides/bad.yaml.j2" %}\n', slide))
    assert message.startswith(f"{tmp_path / 'custom' / 'slides' / 'bad.yaml.j2'}:3:"), message
    assert "output exceeds" in message


def test_time_limit_is_not_swallowed_by_constant_folding(tmp_path, content, monkeypatch):
    """Jinja folds a filter of constants while compiling and catches every Exception there; the
    time limit must still stop it (else the work is done again, with no limit left)."""
    monkeypatch.setattr("generator.render.MAX_SECONDS", 0.25)
    # all constants: about a second of folding (the spaces double at each replace, to 3.8 Mi characters)
    slow = "{{ 'ab' | center(10000)" + " | replace(' ', ' ab ')" * 7 + " | wordwrap(2) }}\n"
    with pytest.raises(BriefingError, match="longer than 0.25 s"):
        render_document(content, audience_with(tmp_path, "slides: []\n" + slow))


@pytest.mark.parametrize("spelled", ["big | string", "big | upper", "big | tojson", "big", "'%s' % [big]",
                                     "'{}'.format(big)", "big | indent(2)", "big ~ ''"])
def test_a_list_of_many_references_is_not_spelled_out(tmp_path, content, spelled):
    """A list literal of the same long string, nested, holds little but would spell out gigabytes."""
    slide = ("{% set s = 'x' * 4000000 %}{% set l = [s, s, s, s, s, s, s, s] %}"
             "{% set m = [l, l, l, l, l, l, l, l] %}{% set big = [m, m, m, m, m, m, m, m] %}\n"
             "slides:\n  - {layout: bullets, title: {{ " + spelled + " }}}\n")
    message = refused(content, audience_with(tmp_path, '{% include "slides/bad.yaml.j2" %}\n', slide))
    assert "bad.yaml.j2:3:" in message and "would make" in message, message
