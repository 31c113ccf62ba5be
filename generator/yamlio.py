"""Read YAML as plain data with every position kept, and nothing implicit.

Every scalar stays text: the schema, not the YAML version, decides what ``13:28``,
``NO`` or ``1e3`` mean, so a ``%YAML 1.1`` directive changes nothing. Tags, anchors
and aliases are refused (no object is ever constructed, no alias bomb can expand),
and so are duplicate keys, several documents, deep nesting and oversized files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import BriefingError, Problem

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50

Path = tuple  # a path into the data: keys and list indexes


@dataclass
class Located:
    """Data read from a file, with the (line, col) of every value and key by path."""

    data: Any
    file: str
    positions: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)  # path -> position of the key that holds it

    def where(self, path: Path, key: bool = False) -> tuple[int, int]:
        """The position of the deepest part of ``path`` that exists (of its key if ``key``)."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path: Path, message: str, key: bool = False) -> Problem:
        """A problem located at ``path`` (at its key if ``key``)."""
        line, col = self.where(path, key)
        return Problem(message, self.file, line, col)


def _pos(mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def load_yaml_text(text: str, file: str) -> Located:
    """Parse ``text`` (named ``file`` in errors) into plain dicts, lists and strings."""
    from ruamel.yaml import YAML, events
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise BriefingError(Problem(f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB", file))
    if not text.strip():
        raise BriefingError(Problem("file is empty", file, 1, 1))
    located = Located(None, file)
    stack: list[list] = []  # [container, path, pending_key, key_positions]
    docs = 0

    def fail(message: str, mark) -> BriefingError:
        line, col = _pos(mark)
        return BriefingError(Problem(message, file, line, col))

    def add(value: Any, path_for_child, mark) -> None:
        nonlocal docs
        if not stack:
            located.data = value
            located.positions[()] = _pos(mark)
            return
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            child = path + (len(container),)
            container.append(value)
            located.positions[child] = _pos(mark)
            path_for_child(child)
            return
        if frame[2] is None:  # this scalar is a key
            if not isinstance(value, str):
                raise fail("a mapping key must be plain text", mark)
            key = value if value is not None else ""
            if key in container:
                first = frame[3][key]
                raise fail(f"duplicate key '{key}' (first defined at line {first[0]})", mark)
            frame[2] = (key, _pos(mark))
            return
        key, key_pos = frame[2]
        frame[2] = None
        child = path + (key,)
        container[key] = value
        frame[3][key] = key_pos
        located.keys[child] = key_pos
        located.positions[child] = _pos(mark)
        path_for_child(child)

    yaml = YAML(typ="rt", pure=True)
    try:
        for event in yaml.parse(text):
            if isinstance(event, events.DocumentStartEvent):
                docs += 1
                if docs > 1:
                    raise fail("only one YAML document per file", event.start_mark)
            elif isinstance(event, (events.AliasEvent,)) or getattr(event, "anchor", None):
                raise fail("anchors and aliases (&, *) are not supported", event.start_mark)
            elif isinstance(event, (events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent)):
                tag = event.tag
                if isinstance(event, events.ScalarEvent) and event.implicit and event.implicit[0]:
                    tag = None
                if tag not in (None, "!"):
                    raise fail(f"YAML tags ({tag}) are not allowed in content", event.start_mark)
                if isinstance(event, events.ScalarEvent):
                    value = event.value
                    if event.style == ">":  # ruamel marks folds with BEL for round-tripping
                        value = value.replace("\a", "")
                    if event.style is None and value in ("", "~", "null", "Null", "NULL"):
                        value = None
                    add(value, lambda child: None, event.start_mark)
                    continue
                if len(stack) >= MAX_DEPTH:
                    raise fail(f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
                container: Any = {} if isinstance(event, events.MappingStartEvent) else []
                new_frame = [container, (), None, {}]
                add(container, lambda child: new_frame.__setitem__(1, child), event.start_mark)
                stack.append(new_frame)
            elif isinstance(event, (events.MappingEndEvent, events.SequenceEndEvent)):
                stack.pop()
    except BriefingError:
        raise
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        if mark is None:
            raise BriefingError(Problem(message, file)) from None
        raise fail(message, mark) from None
    except YAMLError as exc:
        raise BriefingError(Problem(f"invalid YAML: {exc}", file)) from None
    if located.data is None:
        raise BriefingError(Problem("file has no content", file, 1, 1))
    return located


def load_yaml_file(path) -> Located:
    """Read and parse a YAML file, refusing oversized, binary or non-UTF-8 files."""
    from pathlib import Path as _P

    p = _P(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise BriefingError(Problem(f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB", name))
        raw = p.read_bytes()
    except OSError as exc:
        raise BriefingError(Problem(f"cannot read file: {exc.strerror or exc}", name)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BriefingError(Problem("file is not UTF-8 text", name, line, col)) from None
    return load_yaml_text(text, name)
