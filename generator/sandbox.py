"""The template sandbox: Jinja2's immutable sandbox, where every operation that can make a value
much larger than its operands is checked for the size of its result before it is computed.

A template cannot run the machine out of memory in one step (``'a' * 10**10``, ``2 ** 10**9``,
``title.center(10**9)``, a list doubled in a loop): each such step is refused with the template's
file and line. A list may hold the same long string many times at little cost, so sizes are
measured as the value would be spelled out (``weight``), and nothing is spelled out (written,
joined, formatted, turned to text by a filter) above the limit. Intercepted operators are never
folded at compile time (Jinja folds only what it does not intercept), and filters are called
through the same checks when Jinja folds them.

Each step within the bound can still be repeated: ``[a, a, …]|map('upper')|list`` over a 4 Mi
string makes a new 4 Mi string per item. So a render has one budget (``begin``) for what it
makes: every value a filter, a call, an operator, ``~`` or a slice returns, each item a filter's
iterator yields and every value written (a ``{% set %}`` block keeps what it captures) is
charged its own size — its characters (or bytes), or ``ITEM_COST`` for each item of a list,
tuple, dict or set — and the render stops with an error at the template's line once the sum
passes the budget.

This module holds the environment, its budget and the code it compiles; ``sandbox_sizes`` the size
checks, ``sandbox_filters`` the filters' wrappers.
"""
from __future__ import annotations

import math
from collections.abc import Iterator

from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .limits import ITEM_COST, MAX_MADE
from .sandbox_filters import bounded_filters
from .sandbox_sizes import (check_binop, check_format_string, check_string_method, checked_join, refuse_over,
                            weight)


def _literal(value) -> str:
    """``value`` (a constant Jinja folded) as Python source, ``nan`` and ``inf`` included."""
    if isinstance(value, float):
        return str(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return f"[{', '.join(map(_literal, value))}]"
    if isinstance(value, tuple):
        return f"({', '.join(map(_literal, value))}{',' if len(value) == 1 else ''})"
    if isinstance(value, (set, frozenset)):
        return f"{'frozenset' if isinstance(value, frozenset) else 'set'}([{', '.join(map(_literal, value))}])"
    return repr(value)


class _BoundedConcat(CodeGenerator):
    """``a ~ b`` calls the environment's checked join instead of joining directly, and a slice
    (a copy, which Jinja takes directly) is charged to the render's budget. An output of a constant
    expression is finalized when the template runs, not folded when it is compiled: the compiled
    code is the same whichever render compiled it (and so can be kept between runs). A folded
    constant that holds ``nan`` or ``inf`` is written as Python can read it back."""

    def _output_child_to_const(self, node, frame, finalize):
        if not isinstance(node, nodes.TemplateData):
            raise nodes.Impossible()
        return super()._output_child_to_const(node, frame, finalize)

    def visit_Const(self, node, frame) -> None:  # the name Jinja's visitor dispatches to
        self.write(_literal(node.as_const(frame.eval_ctx)))

    def visit_Getitem(self, node, frame) -> None:  # the name Jinja's visitor dispatches to
        if isinstance(node.arg, nodes.Slice):
            self.write("environment.charge(")
            super().visit_Getitem(node, frame)
            self.write(")")
        else:
            super().visit_Getitem(node, frame)

    def visit_Concat(self, node, frame) -> None:  # the name Jinja's visitor dispatches to
        self.write("environment.bounded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with the size of every growing operation checked first."""

    code_generator_class = _BoundedConcat
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options):
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # lipsum(n=10**9) makes any size; no template needs it
        self.filters = bounded_filters(self, self.filters)
        self.made, self.budget = 0, MAX_MADE

    def begin(self, budget: int = MAX_MADE) -> None:
        """Start a render that may make ``budget`` characters in all (see the module doc)."""
        self.made, self.budget = 0, budget

    def charge(self, value):
        """``value``, after charging its size to the render's budget (an iterator: each item as it comes)."""
        if isinstance(value, (str, bytes, bytearray, list, tuple, dict, set, frozenset)):
            self.made += len(value) if isinstance(value, (str, bytes, bytearray)) else ITEM_COST * len(value)
            if self.made > self.budget:
                raise SecurityError(f"the values this render made (written, or returned by filters, calls, operators "
                                    "and slices) "
                                    f"passed {self.budget:,} characters, an item of a list counting as "
                                    f"{ITEM_COST}; stopped")
        elif isinstance(value, Iterator):
            return self._charged_items(value)
        return value

    def charging(self, function):
        """``function`` (a finalize), its results charged: what a ``{% set %}`` block or a ``{% call %}``
        captures is kept in memory, not written."""
        return lambda value: self.charge(function(value))

    def _charged_items(self, items: Iterator):
        for item in items:
            yield self.charge(item)

    def call_binop(self, context, operator, left, right):
        """``left operator right``, refused when its result would be too large."""
        check_binop(operator, left, right)
        return self.charge(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # Jinja's own signature
        """A call from a template; str methods that grow a string are checked first."""
        if isinstance(getattr(__obj, "__self__", None), str) and callable(__obj):
            if __obj.__name__ == "join" and args:
                args = (checked_join(__obj.__self__, args[0], "join()"),) + args[1:]
            check_string_method(__obj, args, kwargs)
        return __self.charge(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value):
        """str.format and str.format_map, with their widths checked before formatting."""
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None

        def checked(*args, **kwargs):
            check_format_string(value.__self__)
            refuse_over(len(value.__self__) + weight(args) + weight(kwargs), "format()")
            return wrapper(*args, **kwargs)

        return checked

    def bounded_concat(self, parts) -> str:
        """``a ~ b ~ ...``, refused when the result would be too large."""
        parts = tuple(parts)
        seen: dict = {}
        refuse_over(sum(weight(part, seen) for part in parts), "'~'")
        return self.charge("".join(map(str, parts)))
