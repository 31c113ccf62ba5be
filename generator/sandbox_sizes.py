"""The size checks of the template sandbox: how much a value spells out as text (``weight``), and
the checks that refuse an operation, a str method, a format or a join before it makes a value
larger than the limit (each raises SecurityError naming what would have grown, and by how much).

A list may hold the same long string many times at little cost, so sizes are measured as the
value would be spelled out, not as the memory it holds.
"""
from __future__ import annotations

import re
from itertools import chain

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace

from .limits import MAX_INT_BITS, MAX_SIZE, MAX_WIDTH

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
    refuse_over(weight(value), what, limit)


def refuse_over(size: int, what: str, limit: int = MAX_SIZE, unit: str = "characters") -> None:
    """Refuse (as SecurityError, naming ``what``) a result of ``size`` ``unit`` above ``limit``."""
    if size > limit:
        raise SecurityError(f"{what} would make {size:,} {unit} (a template may make at most {limit:,})")


def check_width(number, what: str) -> None:
    """Refuse a width, precision or count (``what``) above the limit."""
    if isinstance(number, int) and number > MAX_WIDTH:
        raise SecurityError(f"{what} of {number:,} is too large (at most {MAX_WIDTH:,})")


def check_percent(fmt: str, args) -> None:
    """``fmt % args`` with no width or precision above the limit (``*`` takes them from ``args``)."""
    refuse_over(len(fmt) + weight(args), "'%'")
    for spec in _PERCENT_SPEC.finditer(fmt):
        for number in spec.groups():
            if number == "*":
                for arg in args if isinstance(args, tuple) else (args,):
                    check_width(arg, "a width")
            elif number:
                check_width(int(number), "a width")


def check_binop(operator: str, left, right) -> None:
    """Refuse ``left operator right`` (``*``, ``**``, ``+``, ``%``) when its result would be too large."""
    sequences = (str, list, tuple)
    if operator == "*":
        seq, count = (left, right) if isinstance(left, sequences) else (right, left)
        if isinstance(seq, sequences) and isinstance(count, int):
            refuse_over(max(count, 0) * weight(seq), "'*'")
        elif isinstance(left, int) and isinstance(right, int):
            refuse_over(left.bit_length() + right.bit_length(), "'*'", MAX_INT_BITS, "bits")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
        refuse_over(left.bit_length() * right, "'**'", MAX_INT_BITS, "bits")
    elif operator == "+" and isinstance(left, sequences) and type(left) is type(right):
        refuse_over(weight(left) + weight(right), "'+'")
    elif operator == "%" and isinstance(left, str):
        check_percent(left, right)


def check_string_method(method, args, kwargs) -> None:
    """Refuse a call of a str method that would make a string too large."""
    text, name = method.__self__, method.__name__
    arg = args[0] if args else next(iter(kwargs.values()), None)
    if name in ("center", "ljust", "rjust", "zfill"):
        check_width(arg, f"{name}()'s width")
    elif name == "expandtabs":
        check_width(arg, "expandtabs()'s tab size")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        found = text.count(args[0]) if args[0] else len(text) + 1
        refuse_over(len(text) + found * max(0, len(args[1]) - len(args[0])), "replace()")
    elif name in ("translate", "maketrans"):
        raise SecurityError(f"str.{name}() is not available in templates")


def check_format_string(fmt: str) -> None:
    """A str.format string with no width or precision above the limit, and none taken from arguments."""
    from string import Formatter

    for _, field, spec, _ in Formatter().parse(fmt):
        if field is not None and spec:
            if "{" in spec:
                raise SecurityError("a format width taken from an argument is not available in templates")
            for number in _FORMAT_NUMBER.findall(spec):
                check_width(int(number), "a format width")


def checked_join(sep: str, items, what: str) -> list:
    """``items`` as a list, refused if joining them with ``sep`` would make too large a string."""
    items = list(items)
    seen: dict = {}
    refuse_over(sum(weight(item, seen) for item in items) + len(sep) * len(items), what)
    return items
