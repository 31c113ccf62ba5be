"""The filters and tests briefing gives its templates, by the name templates call them: each module
declares its own where it defines them (``@template_filter("trimmed")`` above ``def trim_points``,
``@template_test("thin")``), so adding one touches only the module that owns it; ``filters.py`` imports
the modules that declare some (its ``DECLARING``), and the sandboxed environment takes ``FILTERS`` and
``TESTS`` from there. A name is declared once: a second function under a name is refused at import."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

Declared = TypeVar("Declared", bound=Callable)

FILTERS: dict[str, Callable] = {}  # the template filters of briefing's own, by name
TESTS: dict[str, Callable] = {}  # the template tests of briefing's own, by name


def template_filter(name: str) -> Callable[[Declared], Declared]:
    """Declare the decorated function as the template filter ``name`` (``{{ topics | name }}``)."""
    return _declaring(FILTERS, name, "filter")


def template_test(name: str) -> Callable[[Declared], Declared]:
    """Declare the decorated function as the template test ``name`` (``{% if text is name %}``)."""
    return _declaring(TESTS, name, "test")


def _declaring(table: dict[str, Callable], name: str, kind: str) -> Callable[[Declared], Declared]:
    def declare(function: Declared) -> Declared:
        held = table.get(name)
        if held is not None and _where(held) != _where(function):  # (the same function again: a module reloaded)
            raise ValueError(f"template {kind} {name!r} is declared twice: {_where(held)} and {_where(function)}")
        table[name] = function
        return function
    return declare


def _where(function: Callable) -> str:
    return f"{function.__module__}.{function.__qualname__}"
