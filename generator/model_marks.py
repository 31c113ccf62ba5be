"""What a light model's fields declare (``model.py``): checks before and after a field's type, how it
is written out, its default and bounds, and checks of the whole model; each as pydantic names it, and
what the twin (``model_twin.py``) turns into pydantic's own."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


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


MISSING = object()


class FieldSpec:
    """A field's default, description and bounds, as ``Field`` gives them."""

    def __init__(self, default: Any = MISSING, *, default_factory: Callable | None = None,
                 description: str | None = None, **bounds):
        self.default, self.default_factory, self.description, self.bounds = default, default_factory, description, bounds


def Field(default: Any = MISSING, *, default_factory: Callable | None = None, description: str | None = None,
          **bounds) -> Any:
    """A field's default, description and bounds (pydantic's ``Field``: ``min_length``, ``max_length``,
    ``pattern``, ``ge``, ``le``), in a class body or in ``Annotated``."""
    return FieldSpec(default, default_factory=default_factory, description=description, **bounds)


def model_check(function: Callable) -> Callable:
    """Mark a method as a check of the whole model, run once its fields are set (pydantic's
    ``model_validator(mode="after")``); it raises ValueError for a problem."""
    function.__model_check__ = True  # type: ignore[attr-defined]
    return function


_FIELD_SETS: dict[frozenset, frozenset] = {}
MAX_FIELD_SETS = 4096  # distinct sets kept to share (a model has a handful; hostile data cannot grow it past this)


def fields_set(names: Any) -> frozenset[str]:
    """``names`` (the fields given to a model) as one frozenset shared by every model made from the
    same fields: a set of its own in each of a Document's models was 38,000 sets, ~11 MB of a
    1,000-topic report's memory, held while it is laid out."""
    made = frozenset(names)
    return _FIELD_SETS.setdefault(made, made) if len(_FIELD_SETS) < MAX_FIELD_SETS else made
