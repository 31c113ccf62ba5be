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
from collections.abc import Callable
from typing import Any

from .model_checks import checker, dumper
from .model_compiled import compiled
from .model_marks import MISSING, After, Before, Field, FieldSpec, Refused, Serial, Strict, fields_set, model_check

__all__ = ["After", "Before", "Field", "FieldInfo", "Model", "Refused", "Serial", "Strict", "model_check"]


class FieldInfo:
    """One field of a model: its name, its type as declared (``annotation``) and its default."""

    def __init__(self, name: str, annotation: Any, declared: Any):
        self.name, self.annotation = name, annotation
        spec = declared if isinstance(declared, FieldSpec) else FieldSpec(declared)
        self.default, self.default_factory, self.spec = spec.default, spec.default_factory, spec
        self.required = self.default is MISSING and self.default_factory is None
        self.check: Callable = checker(annotation, spec.bounds)
        self.dump: Callable = dumper(annotation)

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
            declared[name] = cls.__dict__.get(name, MISSING)
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
        check = cls.__dict__.get("__light__") or compiled(cls)
        return check(data)

    @classmethod
    def model_construct(cls, **values):
        """A model of ``values`` and the other fields' defaults, unchecked."""
        self = object.__new__(cls)
        for name, info in cls._fields().items():
            self.__dict__[name] = values[name] if name in values else info.fresh_default()
        self.__dict__["__fields_set__"] = fields_set(values)
        return self

    @classmethod
    def model_json_schema(cls) -> dict:
        """The model's JSON schema, as pydantic writes it."""
        from .model_twin import twin

        return twin(cls).model_json_schema()

    @property
    def model_fields_set(self) -> frozenset[str]:
        """The fields given when the model was made (not defaulted); shared by the models made
        from the same fields, so not to be changed (pydantic's is a set of the model's own)."""
        return self.__dict__["__fields_set__"]

    def model_copy(self, update: dict | None = None):
        """A shallow copy, with the fields of ``update`` replaced (unchecked, as pydantic's)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if update:
            copy.__dict__.update(update)
            copy.__dict__["__fields_set__"] = fields_set(self.model_fields_set | set(update))
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
