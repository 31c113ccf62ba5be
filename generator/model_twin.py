"""The pydantic twin of a light model (``model.py``), built on first need: it words the problems
of data the light check refused (as the tests and users know them) and writes ``briefing schema``.
Only this module imports pydantic."""
from __future__ import annotations

from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, Strict,
                      WithJsonSchema, model_validator)

from . import model
from .model_marks import fields_set

_TWINS: dict[type, type[BaseModel]] = {}
_LIGHT: dict[type, type] = {}


def twin(cls: type) -> type[BaseModel]:
    """The pydantic model declared as the light model ``cls`` is (and the models it holds)."""
    if cls not in _TWINS:
        building: list[type[BaseModel]] = []
        _build(cls, building)
        names = {light.__name__: made for light, made in _TWINS.items()}
        for made in building:
            made.model_rebuild(force=True, _types_namespace=names)
    return _TWINS[cls]


def validate(cls: type, data: Any):
    """``data`` validated by ``cls``'s twin (a ``ValidationError`` if refused), as a light model."""
    return _as_light(twin(cls).model_validate(_as_twin(data)))


def _build(cls: type, building: list) -> None:
    fields = cls._fields()  # type: ignore[attr-defined]
    namespace: dict[str, Any] = {"__module__": cls.__module__, "__qualname__": cls.__qualname__, "__doc__": cls.__doc__,
                                 "model_config": ConfigDict(extra="forbid", frozen=cls.__frozen__),  # type: ignore[attr-defined]
                                 "__annotations__": {}}
    _TWINS[cls] = None  # type: ignore[assignment]  # (being built: a model that holds itself names it)
    for name, info in fields.items():
        namespace["__annotations__"][name] = _translate(info.annotation, building)
        spec = info.spec
        extra: dict[str, Any] = {"description": spec.description} if spec.description else {}
        if info.default_factory is not None:
            namespace[name] = Field(default_factory=info.default_factory, **extra, **spec.bounds)
        elif not info.required or spec.bounds or extra:
            namespace[name] = Field(... if info.required else _default(info.default), **extra, **spec.bounds)
    for base in reversed(cls.__mro__):  # its methods and properties: its checks call them
        if base is not model.Model and base is not object:
            for key, value in base.__dict__.items():
                if not key.startswith("__") and key not in fields and key != "_Model__fields":
                    namespace[key] = value
    for key, check in ((k, v) for k, v in list(namespace.items()) if getattr(v, "__model_check__", False)):
        namespace[key] = model_validator(mode="after")(_returning_self(check))
    made = type(cls.__name__, (BaseModel,), namespace)
    _TWINS[cls], _LIGHT[made] = made, cls
    building.append(made)


def _returning_self(check):
    def after(self):
        return check(self) or self
    after.__name__ = after.__qualname__ = check.__name__
    return after


def _translate(tp: Any, building: list) -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        metas = [m for meta in args[1:] for m in _meta(meta)]
        return Annotated[tuple([_translate(args[0], building), *metas])]  # type: ignore[return-value]
    if isinstance(tp, type) and issubclass(tp, model.Model):
        if tp not in _TWINS:
            _build(tp, building)
        return _TWINS[tp] or tp.__name__  # (a name for the model being built, resolved once it is)
    if origin in (list, dict):
        return origin[tuple(_translate(a, building) for a in args)]
    if origin is Union:
        return Union[tuple(_translate(a, building) for a in args)]
    return tp


def _meta(meta: Any) -> tuple:
    if isinstance(meta, model.After):
        return (AfterValidator(meta.function),)
    if isinstance(meta, model.Before):
        return (BeforeValidator(meta.function),)
    if isinstance(meta, model.Serial):
        return PlainSerializer(meta.function, return_type=str), WithJsonSchema(meta.schema)
    if isinstance(meta, model.Strict):
        return (Strict(),)
    if isinstance(meta, model.FieldSpec):
        extra: dict[str, Any] = {"description": meta.description} if meta.description else {}
        return (Field(**extra, **meta.bounds),)
    return (meta,)


def _default(value: Any) -> Any:
    """A light model's default as its twin's (a model default becomes the twin's model)."""
    if isinstance(value, model.Model):
        return twin(type(value))(**{name: getattr(value, name) for name in type(value)._fields()})
    return value


def _as_twin(value: Any) -> Any:
    """Data with each light model in it as its twin (unchecked: pydantic takes a model as it is)."""
    if isinstance(value, model.Model):
        fields = {name: _as_twin(getattr(value, name)) for name in type(value)._fields()}
        return twin(type(value)).model_construct(_fields_set=set(value.model_fields_set), **fields)
    if isinstance(value, list):
        return [_as_twin(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_twin(v) for k, v in value.items()}
    return value


def _as_light(value: Any) -> Any:
    if isinstance(value, BaseModel):
        light = _LIGHT[type(value)]
        made: Any = object.__new__(light)
        made.__dict__.update({name: _as_light(getattr(value, name)) for name in made._fields()})
        made.__dict__["__fields_set__"] = fields_set(value.model_fields_set)
        return made
    if isinstance(value, list):
        return [_as_light(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_light(v) for k, v in value.items()}
    return value
