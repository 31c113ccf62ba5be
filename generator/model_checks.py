"""The light check of a model's data (``model.py``): per field type, a function that returns the value
pydantic would make of data it takes unchanged, or raises Refused (pydantic has the last word);
and how each value is written out as plain data. A whole model's check, inlined, is ``model_compiled``'s."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from .model_marks import After, Before, FieldSpec, Refused, Serial, Strict


def is_model(tp: Any) -> bool:
    """Whether ``tp`` is a light model (one with a light check)."""
    return isinstance(tp, type) and hasattr(tp, "__light__")


def _bounded(check: Callable, bounds: dict) -> Callable:
    if not bounds:
        return check
    low, high = bounds.get("min_length"), bounds.get("max_length")
    ge, le = bounds.get("ge"), bounds.get("le")
    pattern = re.compile(bounds["pattern"]) if "pattern" in bounds else None

    def bounded(value):
        value = check(value)
        if value is None:
            return value
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            raise Refused
        if (ge is not None and value < ge) or (le is not None and value > le):
            raise Refused
        if pattern is not None and ("\n" in value or not pattern.search(value)):  # (Rust's $ is not Python's)
            raise Refused
        return value
    return bounded


def checker(tp: Any, bounds: dict | None = None) -> Callable:
    """A function that returns a value of type ``tp`` as pydantic would make it, or raises Refused."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        inner_bounds = dict(bounds or {})
        befores: list[Callable] = []
        afters: list[Callable] = []
        for meta in args[1:]:
            if isinstance(meta, Before):
                befores.insert(0, meta.function)  # (pydantic runs the last one first)
            elif isinstance(meta, After):
                afters.append(meta.function)
            elif isinstance(meta, FieldSpec):
                inner_bounds.update(meta.bounds)
        strict = any(isinstance(meta, Strict) for meta in args[1:])
        inner = _bounded(_exact(args[0]), inner_bounds) if strict else checker(args[0], inner_bounds)

        def annotated(value):
            try:
                for before in befores:
                    value = before(value)
                value = inner(value)
                for after in afters:
                    value = after(value)
            except (ValueError, AssertionError, OverflowError):
                raise Refused from None
            return value
        return annotated
    return _bounded(_plain_checker(tp, origin, args), bounds or {})


def _exact(kind: type) -> Callable:
    def exact(value):
        if type(value) is not kind:
            raise Refused
        return value
    return exact


_WHOLE = re.compile(r"(0|-?[1-9][0-9]{0,17})")  # (a YAML scalar is read as text; pydantic reads its number)


def _as_int(value):
    if type(value) is int or (type(value) is str and _WHOLE.fullmatch(value)):
        return int(value)
    raise Refused


def as_bool(value):
    """``value`` as the bool pydantic makes of it (a bool, or "true"/"false" as YAML text), or raises Refused."""
    if type(value) is bool:
        return value
    if value in ("true", "false") and type(value) is str:
        return value == "true"
    raise Refused


def _as_float(value):
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise Refused


def _plain_checker(tp: Any, origin: Any, args: tuple) -> Callable:
    if tp in (str, dict):
        return _exact(tp)
    if tp in (int, bool, float):
        return {int: _as_int, bool: as_bool, float: _as_float}[tp]
    if is_model(tp):
        def model(value):
            if isinstance(value, tp):
                return value
            return tp._light(value)
        return model
    if origin is list:
        item = checker(args[0])

        def items(value):
            if type(value) is not list:
                raise Refused
            return [item(v) for v in value]
        return items
    if origin is dict:
        key, val = checker(args[0]), checker(args[1])

        def mapping(value):
            if type(value) is not dict:
                raise Refused
            return {key(k): val(v) for k, v in value.items()}
        return mapping
    if origin is Literal:
        allowed = set(args)

        def literal(value):
            if type(value) is not str or value not in allowed:
                raise Refused
            return value
        return literal
    if origin is Union:
        arms = [checker(a) for a in args if a is not type(None)]
        optional = type(None) in args

        def union(value):
            if value is None and optional:
                return None
            for arm in arms:
                try:
                    return arm(value)
                except Refused:
                    pass
            raise Refused
        return union
    raise TypeError(f"a light model cannot check {tp!r}")


def dumper(tp: Any) -> Callable:
    """A function that writes a value of type ``tp`` out as plain data (serializers applied)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        serial = next((m.function for m in args[1:] if isinstance(m, Serial)), None)
        if serial is not None:
            return lambda value, *flags: serial(value)
        return dumper(args[0])
    if is_model(tp):
        return lambda value, unset, none: value.model_dump(exclude_unset=unset, exclude_none=none)
    if origin is list:
        item = dumper(args[0])
        return lambda value, *flags: [item(v, *flags) for v in value]
    if origin is dict:
        val = dumper(args[1])
        return lambda value, *flags: {k: val(v, *flags) for k, v in value.items()}
    if origin is Union:
        arms = [a for a in args if a is not type(None)]
        if len(arms) == 1:
            arm = dumper(arms[0])
            return lambda value, *flags: None if value is None else arm(value, *flags)
    return lambda value, *flags: value
