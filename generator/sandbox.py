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
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterator
from itertools import chain

from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from .limits import ITEM_COST, MAX_INT_BITS, MAX_MADE, MAX_SIZE, MAX_WIDTH

_PERCENT_SPEC = re.compile(r"%[#0 +-]*(\*|\d*)(?:\.(\*|\d*))?")
_FORMAT_NUMBER = re.compile(r"\d+")


def weight(value, seen: dict | None = None) -> int:
    """About how many characters ``value`` spells out as text (containers counted deep; ``seen``
    keeps the weight of containers already counted, by id, for one measurement)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if isinstance(value, Namespace):  # its text shows every attribute
        value = value._Namespace__attrs
    if not isinstance(value, (list, tuple, dict, set, frozenset)):
        return 16
    seen = {} if seen is None else seen
    known = seen.get(id(value))
    if known is None:
        known = 2
        for item in chain.from_iterable(value.items()) if isinstance(value, dict) else value:
            known += 2 + (len(item) if type(item) is str else weight(item, seen))
        seen[id(value)] = known
    return known


def check_size(value, what: str, limit: int = MAX_SIZE) -> None:
    """Refuse ``value`` (as SecurityError, naming ``what``) if it spells out more than ``limit`` characters."""
    _refuse_over(weight(value), what, limit)


def _refuse_over(size: int, what: str, limit: int = MAX_SIZE, unit: str = "characters") -> None:
    if size > limit:
        raise SecurityError(f"{what} would make {size:,} {unit} (a template may make at most {limit:,})")


def _check_width(number, what: str) -> None:
    if isinstance(number, int) and number > MAX_WIDTH:
        raise SecurityError(f"{what} of {number:,} is too large (at most {MAX_WIDTH:,})")


def _check_percent(fmt: str, args) -> None:
    """``fmt % args`` with no width or precision above the limit (``*`` takes them from ``args``)."""
    _refuse_over(len(fmt) + weight(args), "'%'")
    for spec in _PERCENT_SPEC.finditer(fmt):
        for number in spec.groups():
            if number == "*":
                for arg in args if isinstance(args, tuple) else (args,):
                    _check_width(arg, "a width")
            elif number:
                _check_width(int(number), "a width")


def _check_binop(operator: str, left, right) -> None:
    sequences = (str, list, tuple)
    if operator == "*":
        seq, count = (left, right) if isinstance(left, sequences) else (right, left)
        if isinstance(seq, sequences) and isinstance(count, int):
            _refuse_over(max(count, 0) * weight(seq), "'*'")
        elif isinstance(left, int) and isinstance(right, int):
            _refuse_over(left.bit_length() + right.bit_length(), "'*'", MAX_INT_BITS, "bits")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        _refuse_over(left.bit_length() * right, "'**'", MAX_INT_BITS, "bits")
    elif operator == "+" and isinstance(left, sequences) and type(left) is type(right):
        _refuse_over(weight(left) + weight(right), "'+'")
    elif operator == "%" and isinstance(left, str):
        _check_percent(left, right)


def _check_string_method(method, args, kwargs) -> None:
    """Refuse a call of a str method that would make a string too large."""
    text, name = method.__self__, method.__name__
    arg = args[0] if args else next(iter(kwargs.values()), None)
    if name in ("center", "ljust", "rjust", "zfill"):
        _check_width(arg, f"{name}()'s width")
    elif name == "expandtabs":
        _check_width(arg, "expandtabs()'s tab size")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        found = text.count(args[0]) if args[0] else len(text) + 1
        _refuse_over(len(text) + found * max(0, len(args[1]) - len(args[0])), "replace()")
    elif name in ("translate", "maketrans"):
        raise SecurityError(f"str.{name}() is not available in templates")


def _check_format_string(fmt: str) -> None:
    """A str.format string with no width or precision above the limit, and none taken from arguments."""
    from string import Formatter

    for _, field, spec, _ in Formatter().parse(fmt):
        if field is not None and spec:
            if "{" in spec:
                raise SecurityError("a format width taken from an argument is not available in templates")
            for number in _FORMAT_NUMBER.findall(spec):
                _check_width(int(number), "a format width")


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


def _checked_join(sep: str, items, what: str) -> list:
    """``items`` as a list, refused if joining them with ``sep`` would make too large a string."""
    items = list(items)
    seen: dict = {}
    _refuse_over(sum(weight(item, seen) for item in items) + len(sep) * len(items), what)
    return items


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with the size of every growing operation checked first."""

    code_generator_class = _BoundedConcat
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options):
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # lipsum(n=10**9) makes any size; no template needs it
        for name, check in _FILTER_CHECKS.items():
            self.filters[name] = _checked_filter(name, self.filters[name], check)
        self.filters = _ChargedFilters(self, self.filters)
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
        _check_binop(operator, left, right)
        return self.charge(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj, *args, **kwargs):  # Jinja's own signature
        """A call from a template; str methods that grow a string are checked first."""
        if isinstance(getattr(__obj, "__self__", None), str) and callable(__obj):
            if __obj.__name__ == "join" and args:
                args = (_checked_join(__obj.__self__, args[0], "join()"),) + args[1:]
            _check_string_method(__obj, args, kwargs)
        return __self.charge(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value):
        """str.format and str.format_map, with their widths checked before formatting."""
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None

        def checked(*args, **kwargs):
            _check_format_string(value.__self__)
            _refuse_over(len(value.__self__) + weight(args) + weight(kwargs), "format()")
            return wrapper(*args, **kwargs)

        return checked

    def bounded_concat(self, parts) -> str:
        """``a ~ b ~ ...``, refused when the result would be too large."""
        parts = tuple(parts)
        seen: dict = {}
        _refuse_over(sum(weight(part, seen) for part in parts), "'~'")
        return self.charge("".join(map(str, parts)))


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
    _check_width(per_line, "indent()'s width")
    _refuse_over(len(text) + (text.count("\n") + 1) * per_line, "indent()")


def _check_wordwrap(value, width=79, long_words=True, wrapstring=None, *rest, **kwargs) -> None:
    width, wrap = kwargs.get("width", width), kwargs.get("wrapstring", wrapstring) or "\n"
    _refuse_over(len(str(value)) * (1 + len(str(wrap))) // max(1, width if isinstance(width, int) else 1),
                 "wordwrap()")


def _check_replace(value, old="", new="", *rest, **kwargs) -> None:
    text, old, new = str(value), str(old), str(new)
    found = text.count(old) if old else len(text) + 1
    _refuse_over(len(text) + found * max(0, len(new) - len(old)), "replace()")


def _check_join(value, sep="", *rest, **kwargs) -> list:
    return _checked_join(str(kwargs.get("d", sep)), value, "join")


# filters that spell their value out as text, with a check of their own where their arguments can
# make the result larger than the value
_FILTER_CHECKS = {
    "center": lambda value, width=80: _check_width(width, "center's width"),
    "indent": _check_indent,
    "wordwrap": _check_wordwrap,
    "replace": _check_replace,
    "join": _check_join,
    "format": lambda value, *args, **kwargs: _check_percent(str(value), tuple(args) or kwargs),
    "batch": lambda value, count, *rest, **kwargs: _check_width(count, "batch's size"),
    "slice": lambda value, count, *rest, **kwargs: _check_width(count, "slice's count"),
    **dict.fromkeys(("string", "tojson", "pprint", "upper", "lower", "title", "capitalize", "trim", "striptags",
                     "wordcount", "truncate", "urlize", "escape", "e", "forceescape", "urlencode", "safe")),
}
