import time

import pytest

from generator.errors import BriefingError
from generator.yamlio import load_yaml_text


def load(text):
    return load_yaml_text(text, "c.yaml").data


def error(text) -> str:
    with pytest.raises(BriefingError) as exc:
        load(text)
    return str(exc.value)


def test_times_and_norway_stay_text():
    assert load("a: 13:28\nb: 1:08:52\nc: NO\nd: off\n") == {"a": "13:28", "b": "1:08:52", "c": "NO", "d": "off"}


def test_yaml_11_directive_changes_nothing():
    assert load("%YAML 1.1\n---\na: 13:28\nb: no\n") == {"a": "13:28", "b": "no"}


def test_duplicate_key_names_both_lines():
    assert error("a: 1\nb: 2\na: 3\n") == "c.yaml:3:1: duplicate key 'a' (first defined at line 1)"


def test_tags_are_refused_and_nothing_runs(tmp_path):
    marker = tmp_path / "ran"
    message = error(f"a: !!python/object/apply:os.system ['touch {marker}']\n")
    assert "c.yaml:1:4: YAML tags" in message
    assert not marker.exists()


def test_alias_bomb_is_refused_fast():
    bomb = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(9))
    start = time.perf_counter()
    assert "anchors and aliases" in error(bomb)
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("text, expected", [
    ("", "c.yaml:1:1: file is empty"),
    ("\ta: 1\n", "c.yaml:1:1:"),
    ("a: [1, 2\n", "c.yaml:1:4:"),  # (where the bracket is left open, not where the text ends)
    ("a: 1\n---\nb: 2\n", "c.yaml:2:1: only one YAML document"),
    ("[" * 60 + "]" * 60, "nesting deeper than"),
    ("a: \x00\x01\x02", "c.yaml"),
])
def test_bad_yaml_gives_a_located_error(text, expected):
    assert expected in error(text)


def test_positions_are_kept():
    located = load_yaml_text("a:\n  - x: 1\n    y: 13:28\n", "c.yaml")
    assert located.where(("a", 0, "y")) == (3, 8)
