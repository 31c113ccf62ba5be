"""The light check of a model's data (``model.py``): per field type, a function that returns the value
pydantic would make of data it takes unchanged, or raises Refused (pydantic has the last word);
and how each value is written out as plain data."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from .model_marks import MISSING, After, Before, FieldSpec, Refused, Serial, Strict


MAX_ENTRY = 1024 * 1024  # bytes of one model's cached check (the largest is ~12 KB)
_FOLDERS: dict = {}  # the cache folder's PrivateFolder (checked once)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__light__")


def compiled(cls: type) -> Callable:
    """The light check of a model's data, written out as one function (a check per field made a
    call per field and per layer of its type: twice pydantic's time on a Document of 5,000 slides)."""
    fields = cls._fields()  # type: ignore[attr-defined]
    scope: dict[str, Any] = {"Refused": Refused, "new": object.__new__, "cls": cls, "MISSING": MISSING,
                             "NAMES": frozenset(fields), "CHECKS": cls.__checks__, "as_bool": _as_bool}  # type: ignore[attr-defined]
    lines = ["def check(data):",
             "    if type(data) is not dict or not data.keys() <= NAMES:",
             "        raise Refused",
             "    self = new(cls)",
             "    values = self.__dict__",
             "    try:"]
    for i, (name, info) in enumerate(fields.items()):
        scope[f"c{i}"], scope[f"d{i}"], scope[f"f{i}"] = info.check, info.default, info.default_factory
        lines.append(f"        v = data.get({name!r}, MISSING)")
        if info.required:
            missing = "raise Refused"
        elif info.default_factory is not None:
            missing = f"values[{name!r}] = f{i}()"
        elif type(info.default) in (list, dict):
            missing = f"values[{name!r}] = d{i}.copy()"
        else:
            missing = f"values[{name!r}] = d{i}"
        lines += ["        if v is MISSING:", f"            {missing}", "        else:"]
        lines += [f"            {line}" for line in _inline(info.annotation, info.spec.bounds, i, scope)]
        lines.append(f"            values[{name!r}] = v")
    lines += ["        values['__fields_set__'] = set(data)",
              "        for model_check in CHECKS:",
              "            self = model_check(self) or self",
              "    except (ValueError, AssertionError, OverflowError):",
              "        raise Refused from None",
              "    return self"]
    exec(_code(cls, "\n".join(lines)), scope)  # (our own code, from the model's declaration)
    cls.__light__ = scope["check"]  # type: ignore[attr-defined]
    return scope["check"]


def _code(cls: type, source: str):
    """``source`` (a model's check) compiled, or its code from the cache folder ``models`` when the
    entry there was compiled from the same source by the same Python: compiling the checks of a
    deck's models took ~8 ms of a cold build (see cache_files for when an entry is trusted)."""
    import marshal
    import sys

    from .cache_files import PrivateFolder, cache_folder

    folder = cache_folder("models")
    entries = _FOLDERS.setdefault(folder, PrivateFolder(folder)) if folder is not None else None
    key = f"{cls.__module__}.{cls.__qualname__}.{sys.implementation.cache_tag}"
    data = entries.read(key, MAX_ENTRY) if entries is not None else None
    if data is not None:
        try:
            version, was, code = marshal.loads(data)
            if version == sys.version and was == source:
                return code
        except (ValueError, EOFError, TypeError):  # a torn or foreign entry: compiled again
            pass
    code = compile(source, f"<check of {cls.__qualname__}>", "exec")
    if entries is not None:
        entries.write(key, marshal.dumps((sys.version, source, code)))
    return code


def _inline(tp: Any, bounds: dict, i: int, scope: dict) -> list[str]:
    """The lines that check ``v`` of type ``tp`` in place, for the common types; else a call of its check ``c{i}``."""
    origin, args = get_origin(tp), get_args(tp)
    if bounds:
        return [f"v = c{i}(v)"]
    if tp is str:
        return ["if type(v) is not str:", "    raise Refused"]
    if tp is bool:
        return ["if type(v) is not bool:", "    v = as_bool(v)"]
    if origin is Annotated and args[0] is str and len(args) == 2 and isinstance(args[1], After):
        scope[f"a{i}"] = args[1].function
        return ["if type(v) is not str:", "    raise Refused", f"v = a{i}(v)"]
    if _is_model(tp):
        scope[f"m{i}"] = tp
        return [f"if not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is Union and len(args) == 2 and args[1] is type(None) and _is_model(args[0]):
        scope[f"m{i}"] = args[0]
        return [f"if v is not None and not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is list and _is_model(args[0]):
        scope[f"m{i}"] = args[0]
        return ["if type(v) is not list:", "    raise Refused",
                f"v = [x if isinstance(x, m{i}) else m{i}._light(x) for x in v]"]
    return [f"v = c{i}(v)"]


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


def _as_bool(value):
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
        return {int: _as_int, bool: _as_bool, float: _as_float}[tp]
    if _is_model(tp):
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
    if _is_model(tp):
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
