"""A model's light check written out as one function (``compiled``): the checks of ``model_checks``
inlined for the common field types, compiled once and its code kept in the user's cache folder
(``models``) between runs."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Union, get_args, get_origin

from .model_checks import as_bool, is_model
from .model_marks import MISSING, After, Refused, fields_set


MAX_ENTRY = 1024 * 1024  # bytes of one model's cached check (the largest is ~12 KB)
_FOLDERS: dict = {}  # the cache folder's PrivateFolder (checked once)


def compiled(cls: type) -> Callable:
    """The light check of a model's data, written out as one function (a check per field made a
    call per field and per layer of its type: twice pydantic's time on a Document of 5,000 slides)."""
    fields = cls._fields()  # type: ignore[attr-defined]
    scope: dict[str, Any] = {"Refused": Refused, "new": object.__new__, "cls": cls, "MISSING": MISSING,
                             "NAMES": frozenset(fields), "fields_set": fields_set, "CHECKS": cls.__checks__, "as_bool": as_bool}  # type: ignore[attr-defined]
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
    lines += ["        values['__fields_set__'] = fields_set(data)",
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
    if is_model(tp):
        scope[f"m{i}"] = tp
        return [f"if not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is Union and len(args) == 2 and args[1] is type(None) and is_model(args[0]):
        scope[f"m{i}"] = args[0]
        return [f"if v is not None and not isinstance(v, m{i}):", f"    v = m{i}._light(v)"]
    if origin is list and is_model(args[0]):
        scope[f"m{i}"] = args[0]
        return ["if type(v) is not list:", "    raise Refused",
                f"v = [x if isinstance(x, m{i}) else m{i}._light(x) for x in v]"]
    return [f"v = c{i}(v)"]
