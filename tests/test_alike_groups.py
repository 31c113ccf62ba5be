"""Review 20 (#21): a topic of two groups is two columns to compare only when the groups are alike (alike_groups.py).

hearing's s3 set two unrelated hearings side by side, one column a program update, the other three witness
affiliations. The default content's "Future of AI Development" (policy deck) compares "Technical progress" and
"Industry structure", which share key words ("Increasing …", "infrastructure"): two columns. The same topic with
one side a list of witnesses (no key word nor number in common) is the topic's points, no comparison.
"""
from __future__ import annotations

from generator.alike_groups import alike
from generator.audiences import load_audience
from generator.loader import load_content
from generator.render import render_document
from tests.conftest import DEFAULT

_WITNESSES = ("          - Increasing importance of infrastructure\n",
              "          - Elizabeth A. Field, Director, Government Accountability Office\n"
              "          - Adam Grant, University of Pennsylvania Wharton School of Business\n")


def _layouts(path) -> list[str]:
    document = render_document(load_content(path), load_audience("policy"))
    return [s.layout for s in document.slides if s.topic == "future" and s.deck]


def test_alike_groups_compare_and_unlike_groups_do_not(tmp_path):
    assert "two_column" in _layouts(DEFAULT)
    text = DEFAULT.read_text(encoding="utf-8")
    old = ("          - Multiple companies likely to succeed\n          - Different specialization areas emerging\n"
           + _WITNESSES[0])
    assert old in text
    unlike = tmp_path / "deepseek.yaml"
    unlike.write_text(text.replace(old, _WITNESSES[1]), encoding="utf-8")
    layouts = _layouts(unlike)
    assert layouts and "two_column" not in layouts, layouts


def test_groups_alike_by_a_shared_word_or_a_number_on_each_side():
    def group(*lines: str) -> dict:
        return {"text": "Side:", "children": [{"text": t, "children": []} for t in lines]}
    assert alike([group("Prices rose in Ohio"), group("Prices fell in Texas")])
    assert alike([group("Up 4% a year"), group("Down by 2 points")])
    assert not alike([group("Focusing on a program update"), group("Adam Grant, Wharton School, Philadelphia")])
    assert not alike([group("Prices rose")])
