"""Load content files: YAML with positions, validated into a Content, all problems at once."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefingError, Problem
from .stops import held_back
from .yamlio import Located, load_yaml_file

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails


def describe(error: ErrorDetails) -> str:
    """A pydantic error as a sentence that names the field."""
    loc = [part for part in error["loc"] if isinstance(part, (str, int))]
    # a list index is named with what holds it ("points.2"); a key is named as written, digits too ("1")
    field = ".".join(map(str, loc[-2:] if isinstance(loc[-1], int) else loc[-1:])) if loc else ""
    kind = error["type"]
    if kind == "missing":
        return f"missing required field '{field}'"
    if kind == "extra_forbidden":
        return f"unknown field '{field}'"
    message = error["msg"].removeprefix("Value error, ")
    return f"{field}: {message}" if field else message


def _data_path(located: Located, loc: tuple) -> tuple:
    """The part of a pydantic location that exists in the data (drops model and union names)."""
    path: tuple = ()
    node = located.data
    for part in loc:
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node, path = node[part], path + (part,)
    return path


def validate_model(located: Located, model, data=None):
    """Validate located data (or ``data`` built from it) into ``model``; raise every problem with its position.
    A stop signal meanwhile is raised once pydantic returns (inside it, it could become a false error).
    Pydantic is imported only to word the problems of data the light check refuses (``model.py``)."""
    try:
        with held_back():
            return model.model_validate(located.data if data is None else data)
    except ValueError as exc:
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        problems = [located.problem(_data_path(located, e["loc"]), describe(e), key=e["type"] == "extra_forbidden")
                    for e in exc.errors(include_url=False)]
        raise BriefingError(_sorted(problems)) from None


def validate_located(located: Located):
    """Validate located data into a Content, or raise every problem with its position."""
    from .content import Content
    from .content_checks import check_content, limit_problems

    problems = [located.problem(path, message) for path, message in limit_problems(located.data)]
    if problems:
        raise BriefingError(_sorted(problems))
    content = validate_model(located, Content)
    problems = [located.problem(path, message) for path, message in check_content(content)]
    if problems:
        raise BriefingError(_sorted(problems))
    return content


def load_content(path: str | Path):
    """Read and validate a content file; raise BriefingError naming FILE:LINE:COL."""
    return validate_located(load_yaml_file(path))


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(dict.fromkeys(problems), key=lambda p: (p.file, p.line, p.col, p.message))
