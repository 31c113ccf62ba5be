"""The template filters and tests of briefing's own: each declared by the module that owns it
(template_names), all of them collected by filters.DECLARING, every one the built-in templates call."""
from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

import generator
from generator import filters
from generator.template_names import template_filter, template_test

PACKAGE = Path(generator.__file__).parent
TEMPLATES = PACKAGE.parent / "templates"


def test_every_module_that_declares_a_filter_or_test_is_collected():
    declaring = {p.stem for p in PACKAGE.glob("*.py") if re.search(r"^@template_(filter|test)\(", p.read_text(), re.M)}
    declaring.discard("filters")  # (the collector declares its own)
    assert declaring and declaring == {m.__name__.rsplit(".", 1)[1] for m in filters.DECLARING}
    assert not [p for p in PACKAGE.glob("*/**/*.py") if "@template_" in p.read_text()]  # (writers declare none)


def test_a_name_declared_by_a_second_function_is_refused():
    def budgeted(topics):  # a filter of another module under a name budgets.py declares
        return topics

    with pytest.raises(ValueError, match="'budgeted' is declared twice"):
        template_filter("budgeted")(budgeted)
    with pytest.raises(ValueError, match="'thin' is declared twice"):
        template_test("thin")(budgeted)
    assert filters.FILTERS["budgeted"].__module__ == "generator.budgets"


def test_every_filter_and_test_the_built_in_templates_call_is_declared():
    env = jinja2.Environment(extensions=[])
    called: dict[str, set[str]] = {"filter": set(), "test": set()}
    paths = sorted(TEMPLATES.rglob("*.j2"))
    for path in paths:
        tree = env.parse(path.read_text(encoding="utf-8"))
        called["filter"] |= {node.name for node in tree.find_all(nodes.Filter)}
        called["test"] |= {node.name for node in tree.find_all(nodes.Test)}
    assert paths and called["filter"] and called["test"]
    assert called["filter"] - set(jinja2.defaults.DEFAULT_FILTERS) <= set(filters.FILTERS)
    assert called["test"] - set(jinja2.defaults.DEFAULT_TESTS) <= set(filters.TESTS)
    assert {"budgeted", "trimmed", "opening", "close_titled"} <= called["filter"]  # (the names templates use, kept)
    assert {"sentence", "thin"} <= called["test"]
