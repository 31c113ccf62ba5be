"""The template sandbox's filters: those that spell their value out as text are called only when
it is within the size limit (with a check of their own arguments where those can make the result
larger), and every filter charges what it returns to the render's budget.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .sandbox_sizes import check_percent, check_size, check_width, checked_join, refuse_over

if TYPE_CHECKING:
    from .sandbox import BoundedSandbox


def bounded_filters(env: BoundedSandbox, filters: dict) -> dict:
    """``filters`` (the environment's), those that spell their value out checked first, and each
    charging what it returns to ``env``'s budget (filters added later too)."""
    for name, check in _FILTER_CHECKS.items():
        filters[name] = _checked_filter(name, filters[name], check)
    return _ChargedFilters(env, filters)


class _ChargedFilters(dict):
    """An environment's filters, each charging what it returns to the render's budget (filters
    added later too: an audience's own, ``map``'s by name)."""

    def __init__(self, env: BoundedSandbox, filters: dict):
        super().__init__()
        self.env = env
        self.update(filters)

    def __setitem__(self, name: str, function) -> None:
        super().__setitem__(name, _charged_filter(self.env, function))

    def update(self, *args, **kwargs) -> None:  # type: ignore[override]
        """Add filters, each charged."""
        for name, function in dict(*args, **kwargs).items():
            self[name] = function


def _charged_filter(env: BoundedSandbox, function):
    def charged(*args, **kwargs):
        return env.charge(function(*args, **kwargs))

    for attr in ("__name__", "__doc__", "jinja_pass_arg"):
        if hasattr(function, attr):
            setattr(charged, attr, getattr(function, attr))
    return charged


def _checked_filter(name: str, function, check=None):
    """``function`` (a filter), called only when its value spelled out is within the limit and
    ``check(value, *args, **kwargs)`` passes; ``check`` may return the value to use instead."""
    skip = 1 if hasattr(function, "jinja_pass_arg") else 0  # the context or environment Jinja passes first

    def checked(*args, **kwargs):
        value, rest = args[skip], args[skip + 1:]
        check_size(value, f"{name} of a value that")
        replaced = check(value, *rest, **kwargs) if check else None
        return function(*args[:skip], value if replaced is None else replaced, *rest, **kwargs)

    for attr in ("__name__", "__doc__", "jinja_pass_arg"):
        if hasattr(function, attr):
            setattr(checked, attr, getattr(function, attr))
    return checked


def _check_indent(value, width=4, *rest, **kwargs) -> None:
    text = str(value)
    per_line = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    check_width(per_line, "indent()'s width")
    refuse_over(len(text) + (text.count("\n") + 1) * per_line, "indent()")


def _check_wordwrap(value, width=79, long_words=True, wrapstring=None, *rest, **kwargs) -> None:
    width, wrap = kwargs.get("width", width), kwargs.get("wrapstring", wrapstring) or "\n"
    refuse_over(len(str(value)) * (1 + len(str(wrap))) // max(1, width if isinstance(width, int) else 1),
                 "wordwrap()")


def _check_replace(value, old="", new="", *rest, **kwargs) -> None:
    text, old, new = str(value), str(old), str(new)
    found = text.count(old) if old else len(text) + 1
    refuse_over(len(text) + found * max(0, len(new) - len(old)), "replace()")


def _check_join(value, sep="", *rest, **kwargs) -> list:
    return checked_join(str(kwargs.get("d", sep)), value, "join")


# filters that spell their value out as text, with a check of their own where their arguments can
# make the result larger than the value
_FILTER_CHECKS = {
    "center": lambda value, width=80: check_width(width, "center's width"),
    "indent": _check_indent,
    "wordwrap": _check_wordwrap,
    "replace": _check_replace,
    "join": _check_join,
    "format": lambda value, *args, **kwargs: check_percent(str(value), tuple(args) or kwargs),
    "batch": lambda value, count, *rest, **kwargs: check_width(count, "batch's size"),
    "slice": lambda value, count, *rest, **kwargs: check_width(count, "slice's count"),
    **dict.fromkeys(("string", "tojson", "pprint", "upper", "lower", "title", "capitalize", "trim", "striptags",
                     "wordcount", "truncate", "urlize", "escape", "e", "forceescape", "urlencode", "safe")),
}
