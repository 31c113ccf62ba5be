"""The optional project config, ``briefing.toml``: defaults that command-line options override.

    content = "content"              # folder of content files
    output = "output"                # where builds go
    templates = ["audiences"]        # audience folders searched before the built-in ones
    audiences = ["executive"]        # built when -a is not given
    formats = ["pptx", "pdf"]        # built when -f is not given
    jobs = 2                         # files written in parallel processes

and every option a writer declares (``writers.declared_options``), by its name: the report's
``paper = "letter"`` (a4 or letter), the deck's ``pptx_template = "corporate.potx"``, a plugin's own.
Paths are relative to the folder that holds the file.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal, Optional

from .errors import BriefingError, Problem
from .files import read_regular
from .limits import MAX_CONFIG_BYTES
from .model import After, Field, Model, Strict

NAME = "briefing.toml"


def _model():
    """The keys ``briefing.toml`` may set: these and each option a writer declares (one of its
    choices, a path or a text)."""
    from .writers import declared_options

    fields = {option.name: (Optional[Literal[option.choices]] if option.choices  # type: ignore[valid-type]
                            else Optional[Folder] if option.path else Optional[str]) for option in declared_options()}
    return type("Config", (_Keys,), {"__module__": __name__, "__qualname__": "Config", "__annotations__": fields,
                                     **dict.fromkeys(fields)})


def _format(value: str) -> str:
    """A format a writer is registered for."""
    from .writers import formats

    try:
        formats([value])
    except BriefingError as exc:
        raise ValueError(exc.problems[0].message) from None
    return value


def _folder(value: str) -> str:
    if "\0" in value:
        raise ValueError("a path cannot hold a NUL character")
    if not value.strip():
        raise ValueError("a path cannot be empty")
    return value


Folder = Annotated[str, After(_folder)]
Format = Annotated[str, After(_format)]


class _Keys(Model):
    """The keys of ``briefing.toml`` that are not a writer's option."""

    content: Optional[Folder] = None
    output: Optional[Folder] = None
    templates: list[Folder] = []
    audiences: list[str] = []
    formats: list[Format] = []
    jobs: Optional[Annotated[int, Strict()]] = Field(None, ge=1, le=64)  # strict: true is not 1, "2" is not 2


def find_config(start: Path | None = None) -> Path | None:
    """``briefing.toml`` in the current folder, if there is one."""
    path = Path(start) / NAME if start else Path(NAME)
    return path if os.path.lexists(path) else None  # not only a regular file: a FIFO there is an error, not no config


def load_config(path: Path):
    """Read and check a config file; paths come back relative to the current folder."""
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        text = read_regular(path, MAX_CONFIG_BYTES, "the config").decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError:
        raise BriefingError(Problem("not UTF-8 text", str(path))) from None
    except RecursionError:  # tomllib recurses once per level of nesting
        raise BriefingError(Problem("values nested too deeply", str(path))) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(match.group(1)), int(match.group(2))) if match else (text.count("\n") or 1, 1)
        message = re.sub(r" \(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise BriefingError(Problem(f"invalid TOML: {message}", str(path), line, col)) from None
    try:
        config = _model().model_validate(data)
    except ValueError as exc:  # (pydantic words what the light check refuses: model.py)
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        problems = []
        for error in exc.errors(include_url=False):
            key = str(error["loc"][0]) if error["loc"] else ""
            found = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M) if key else None
            line = text.count("\n", 0, found.start()) + 1 if found else 0
            message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"].removeprefix("Value error, ")
            problems.append(Problem(f"{key}: {message}" if key else message, str(path), line, 1 if line else 0))
        raise BriefingError(problems) from None
    base = path.parent

    def rel(p: str) -> str:
        return str(base / p) if not Path(p).is_absolute() else p

    from .writers import declared_options

    return config.model_copy(update={
        "content": rel(config.content) if config.content else None,
        "output": rel(config.output) if config.output else None,
        "templates": [rel(t) for t in config.templates],
        **{o.name: rel(getattr(config, o.name)) for o in declared_options() if o.path and getattr(config, o.name)},
    })
