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
from .files import check_file_text, read_regular, utf8_text
from .limits import MAX_DEPTH, MAX_YAML_BYTES
from .yaml_places import placed


DataPath = tuple[str | int, ...]  # a path into the data: keys and list indexes, ("topics", 2, "points", 0)


@dataclass
class Located:
    """Data read from a file, with the (line, col) of every value and key by path."""

    data: Any
    file: str
    positions: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)  # path -> position of the key that holds it

    def where(self, path: DataPath, key: bool = False) -> tuple[int, int]:
        """The position of the deepest part of ``path`` that exists (of its key if ``key``)."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path: DataPath, message: str, key: bool = False) -> Problem:
        """A problem located at ``path`` (at its key if ``key``)."""
        line, col = self.where(path, key)
        return Problem(message, self.file, line, col)


def _pos(mark) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def load_yaml_text(text: str, file: str, max_bytes: int | None = MAX_YAML_BYTES) -> Located:
    """Parse ``text`` (named ``file`` in errors) into plain dicts, lists and strings; ``max_bytes``
    bounds what users write (None for a rendered document: its renderer bounds it)."""
    import yaml
    from yaml import MarkedYAMLError, YAMLError

    if max_bytes is not None and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise BriefingError(Problem(f"file is larger than {max_bytes // (1024 * 1024)} MiB", file))
    if not text.strip():
        raise BriefingError(Problem("file is empty", file, 1, 1))
    check_file_text(text, file)
    tree = _Tree(file)
    try:
        # libyaml's parser where PyYAML has it (about 50 times faster than pure Python); only
        # events are read, so no object is ever constructed and no type is ever guessed.
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            tree.read(event)
    except BriefingError:
        raise
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        if mark is None:
            raise BriefingError(Problem(message, file)) from None
        began = _pos(exc.context_mark) if exc.context_mark else None
        (line, col), message = placed(text, message, exc.context or "", began, _pos(mark))
        raise BriefingError(Problem(message, file, line, col)) from None
    except YAMLError as exc:
        raise BriefingError(Problem(f"invalid YAML: {exc}", file)) from None
    if tree.located.data is None:
        raise BriefingError(Problem("file has no content", file, 1, 1))
    return tree.located


class _Tree:
    """Plain data built from parser events, with the position of every value and key."""

    def __init__(self, file: str):
        from yaml import events

        self.events, self.file = events, file
        self.located = Located(None, file)
        self.stack: list[list] = []  # [container, path, pending_key, key_positions]
        self.docs = 0

    def fail(self, message: str, mark) -> BriefingError:
        """An error at ``mark``."""
        line, col = _pos(mark)
        return BriefingError(Problem(message, self.file, line, col))

    def read(self, event) -> None:
        """Take one parser event: refuse what content may not hold, add values, open and close containers."""
        events = self.events
        if isinstance(event, events.DocumentStartEvent):
            self.docs += 1
            if self.docs > 1:
                raise self.fail("only one YAML document per file", event.start_mark)
        elif isinstance(event, (events.AliasEvent,)) or getattr(event, "anchor", None):
            raise self.fail("anchors and aliases (&, *) are not supported", event.start_mark)
        elif isinstance(event, (events.ScalarEvent, events.MappingStartEvent, events.SequenceStartEvent)):
            tag: str | None = event.tag
            if isinstance(event, events.ScalarEvent) and event.implicit and event.implicit[0]:
                tag = None
            if tag not in (None, "!"):
                raise self.fail(f"YAML tags ({tag}) are not allowed in content", event.start_mark)
            if isinstance(event, events.ScalarEvent):
                value: str | None = event.value
                if not event.style and value in ("", "~", "null", "Null", "NULL"):  # plain null
                    value = None
                self.add(value, lambda child: None, event.start_mark)
                return
            if len(self.stack) >= MAX_DEPTH:
                raise self.fail(f"nesting deeper than {MAX_DEPTH} levels", event.start_mark)
            container: Any = {} if isinstance(event, events.MappingStartEvent) else []
            new_frame = [container, (), None, {}]
            self.add(container, lambda child, frame=new_frame: frame.__setitem__(1, child), event.start_mark)
            self.stack.append(new_frame)
        elif isinstance(event, (events.MappingEndEvent, events.SequenceEndEvent)):
            self.stack.pop()

    def add(self, value: Any, path_for_child, mark) -> None:
        """``value`` (read at ``mark``) into the container open last, as its next item, key or value."""
        located, stack = self.located, self.stack
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
                raise self.fail("a mapping key must be plain text", mark)
            key = value if value is not None else ""
            if key in container:
                first = frame[3][key]
                raise self.fail(f"duplicate key '{key}' (first defined at line {first[0]})", mark)
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


def load_yaml_file(path) -> Located:
    """Read and parse a YAML file, refusing oversized, binary or non-UTF-8 files."""
    name = str(path)
    return load_yaml_text(utf8_text(read_regular(path, MAX_YAML_BYTES, "file"), name), name)
