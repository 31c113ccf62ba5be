"""Light models: classes declared as pydantic models are (annotated fields, ``Field``, validators
before and after a field's type, checks of the whole after), checked without importing pydantic.

The check accepts only data that pydantic would accept unchanged, and builds the same values;
anything else (a wrong type, a value pydantic would coerce, a check that raises) goes to the
model's pydantic twin (``model_twin.py``, built on first need), which words every problem as it
always has (``ValidationError``) or, if it accepts the data after all, gives the values. Importing
pydantic and building its models took ~85 ms of a cold deck's ~240.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union, get_args, get_origin


class Refused(Exception):
    """The light check does not take the data as it is: pydantic has the last word."""


class After:
    """A check of a field's value after its type (pydantic's ``AfterValidator``)."""

    def __init__(self, function: Callable):
        self.function = function


class Before:
    """A conversion of a field's raw value before its type (pydantic's ``BeforeValidator``)."""

    def __init__(self, function: Callable):
        self.function = function


class Serial:
    """How a field's value is written out (pydantic's ``PlainSerializer``), and its JSON schema."""

    def __init__(self, function: Callable, schema: dict):
        self.function = function
        self.schema = schema


class Strict:
    """The value taken only as its type is (pydantic's ``Strict``): no number written as text."""


_MISSING = object()


class FieldSpec:
    """A field's default, description and bounds, as ``Field`` gives them."""

    def __init__(self, default: Any = _MISSING, *, default_factory: Callable | None = None,
                 description: str | None = None, **bounds):
        self.default, self.default_factory, self.description, self.bounds = default, default_factory, description, bounds


def Field(default: Any = _MISSING, *, default_factory: Callable | None = None, description: str | None = None,
          **bounds) -> Any:
    """A field's default, description and bounds (pydantic's ``Field``: ``min_length``, ``max_length``,
    ``pattern``, ``ge``, ``le``), in a class body or in ``Annotated``."""
    return FieldSpec(default, default_factory=default_factory, description=description, **bounds)


def model_check(function: Callable) -> Callable:
    """Mark a method as a check of the whole model, run once its fields are set (pydantic's
    ``model_validator(mode="after")``); it raises ValueError for a problem."""
    function.__model_check__ = True  # type: ignore[attr-defined]
    return function


class FieldInfo:
    """One field of a model: its name, its type as declared (``annotation``) and its default."""

    def __init__(self, name: str, annotation: Any, declared: Any):
        self.name, self.annotation = name, annotation
        spec = declared if isinstance(declared, FieldSpec) else FieldSpec(declared)
        self.default, self.default_factory, self.spec = spec.default, spec.default_factory, spec
        self.required = self.default is _MISSING and self.default_factory is None
        self.check: Callable = _checker(annotation, spec.bounds)
        self.dump: Callable = _dumper(annotation)

    def fresh_default(self) -> Any:
        if self.default_factory is not None:
            return self.default_factory()
        return type(self.default)(self.default) if type(self.default) in (list, dict) else self.default


class _ModelType(type):
    @property
    def model_fields(cls) -> dict[str, FieldInfo]:
        """Each field of the model, by name (types resolved on first use)."""
        return cls._fields()  # type: ignore[attr-defined]


class Model(metaclass=_ModelType):
    """Base of light models: unknown keys are refused; ``frozen=True`` in the class line makes its
    instances unchangeable (and hashable)."""

    __frozen__ = False
    __declared__ = {}  # type: ignore[var-annotated]  # (no annotation here: this class has no fields)
    __checks__: tuple = ()

    def __init_subclass__(cls, frozen: bool | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if frozen is not None:
            cls.__frozen__ = frozen
        declared = {}
        for base in reversed(cls.__mro__[1:]):
            declared.update(base.__dict__.get("__declared__", {}))
        for name in cls.__dict__.get("__annotations__", {}):
            declared[name] = cls.__dict__.get(name, _MISSING)
            if name in cls.__dict__:
                delattr(cls, name)
        cls.__declared__ = declared
        checks = {name: f for base in reversed(cls.__mro__) for name, f in base.__dict__.items()
                  if getattr(f, "__model_check__", False)}
        cls.__checks__ = tuple(checks.values())
        cls.__fields = None  # type: ignore[attr-defined]
        cls.__light__ = None  # type: ignore[attr-defined]  # (its check, written on first use)

    @classmethod
    def _fields(cls) -> dict[str, FieldInfo]:
        fields = cls.__dict__.get("_Model__fields")
        if fields is None:
            import typing

            hints = typing.get_type_hints(cls, include_extras=True)
            fields = {name: FieldInfo(name, hints[name], declared) for name, declared in cls.__declared__.items()}
            cls.__fields = fields  # type: ignore[attr-defined]
        return fields

    def __init__(self, **data):
        self.__dict__.update(type(self).model_validate(data).__dict__)

    @classmethod
    def model_validate(cls, data: Any):
        """``data`` (a mapping of the fields) checked into a model; a pydantic ``ValidationError``
        with every problem if it is refused."""
        try:
            return cls._light(data)
        except Refused:
            from .model_twin import validate

            return validate(cls, data)

    @classmethod
    def _light(cls, data: Any):
        check = cls.__dict__.get("__light__") or _compiled(cls)
        return check(data)

    @classmethod
    def model_construct(cls, **values):
        """A model of ``values`` and the other fields' defaults, unchecked."""
        self = object.__new__(cls)
        for name, info in cls._fields().items():
            self.__dict__[name] = values[name] if name in values else info.fresh_default()
        self.__dict__["__fields_set__"] = set(values)
        return self

    @classmethod
    def model_json_schema(cls) -> dict:
        """The model's JSON schema, as pydantic writes it."""
        from .model_twin import twin

        return twin(cls).model_json_schema()

    @property
    def model_fields_set(self) -> set[str]:
        """The fields given when the model was made (not defaulted)."""
        return self.__dict__["__fields_set__"]

    def model_copy(self, update: dict | None = None):
        """A shallow copy, with the fields of ``update`` replaced (unchecked, as pydantic's)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if update:
            copy.__dict__.update(update)
            copy.__dict__["__fields_set__"] = self.model_fields_set | set(update)
        return copy

    def model_dump(self, *, exclude_unset: bool = False, exclude_none: bool = False) -> dict:
        """The fields as plain data (each written out as its type says: a time as "13:28")."""
        fields = type(self)._fields()
        names = self.model_fields_set if exclude_unset else fields
        out = {}
        for name in fields:
            value = self.__dict__[name]
            if name in names and not (exclude_none and value is None):
                out[name] = fields[name].dump(value, exclude_unset, exclude_none)
        return out

    def model_dump_json(self) -> str:
        """The fields as compact JSON (as pydantic writes it for content: no float is written as a number)."""
        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))

    def __setattr__(self, name: str, value: Any) -> None:
        if type(self).__frozen__:
            raise TypeError(f"{type(self).__name__} is frozen")
        self.__dict__[name] = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        if not type(self).__frozen__:
            raise TypeError(f"unhashable type: '{type(self).__name__}'")
        return hash(self._values())

    def _values(self) -> tuple:
        return tuple(self.__dict__[name] for name in type(self)._fields())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={self.__dict__[n]!r}' for n in type(self)._fields())})"


def _compiled(cls: type) -> Callable:
    """The light check of a model's data, written out as one function (a check per field made a
    call per field and per layer of its type: twice pydantic's time on a Document of 5,000 slides)."""
    fields = cls._fields()  # type: ignore[attr-defined]
    scope: dict[str, Any] = {"Refused": Refused, "new": object.__new__, "cls": cls, "MISSING": _MISSING,
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
    exec("\n".join(lines), scope)  # (our own code, from the model's declaration)
    cls.__light__ = scope["check"]  # type: ignore[attr-defined]
    return scope["check"]


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
    if isinstance(tp, type) and issubclass(tp, Model):
        scope[f"m{i}"] = tp
        return [f"if not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is Union and len(args) == 2 and args[1] is type(None) and isinstance(args[0], type) \
            and issubclass(args[0], Model):
        scope[f"m{i}"] = args[0]
        return [f"if v is not None and not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is list and isinstance(args[0], type) and issubclass(args[0], Model):
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


def _checker(tp: Any, bounds: dict | None = None) -> Callable:
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
        inner = _bounded(_exact(args[0]), inner_bounds) if strict else _checker(args[0], inner_bounds)

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
    if isinstance(tp, type) and issubclass(tp, Model):
        def model(value):
            if isinstance(value, tp):
                return value
            return tp._light(value)
        return model
    if origin is list:
        item = _checker(args[0])

        def items(value):
            if type(value) is not list:
                raise Refused
            return [item(v) for v in value]
        return items
    if origin is dict:
        key, val = _checker(args[0]), _checker(args[1])

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
        arms = [_checker(a) for a in args if a is not type(None)]
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


def _dumper(tp: Any) -> Callable:
    """A function that writes a value of type ``tp`` out as plain data (serializers applied)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        serial = next((m.function for m in args[1:] if isinstance(m, Serial)), None)
        if serial is not None:
            return lambda value, *flags: serial(value)
        return _dumper(args[0])
    if isinstance(tp, type) and issubclass(tp, Model):
        return lambda value, unset, none: value.model_dump(exclude_unset=unset, exclude_none=none)
    if origin is list:
        item = _dumper(args[0])
        return lambda value, *flags: [item(v, *flags) for v in value]
    if origin is dict:
        val = _dumper(args[1])
        return lambda value, *flags: {k: val(v, *flags) for k, v in value.items()}
    if origin is Union:
        arms = [a for a in args if a is not type(None)]
        if len(arms) == 1:
            arm = _dumper(arms[0])
            return lambda value, *flags: None if value is None else arm(value, *flags)
    return lambda value, *flags: value
