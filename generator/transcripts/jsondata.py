"""JSON transcripts: parsed fast, and when something in them is wrong, parsed again to find
the line and column of the object that is wrong."""
from __future__ import annotations

import json
from json import decoder as json_decoder, scanner
from typing import Any

from ..errors import BriefingError, Problem
from ..files import position
from .model import Cue


def parse_json(text: str, file: str):
    """The data of JSON ``text``; a BriefingError at the LINE:COL where it is not JSON. A byte
    order mark (Windows tools write one) is read as the space it takes, so columns stay the file's."""
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise BriefingError(Problem(f"not valid JSON: {exc.msg}", file, exc.lineno, exc.colno)) from None
    except RecursionError:
        raise BriefingError(Problem("JSON nested too deeply", file, 1, 1)) from None


def locate(text: str, path: tuple) -> tuple[int, int]:
    """The (line, col) of the object or array at ``path`` (keys and indexes) in JSON ``text``
    (the nearest one that exists)."""
    starts: dict[int, int] = {}
    keep: list = []  # the objects stay alive, so their ids stay theirs

    parse: Any = json_decoder  # (typeshed omits JSONObject and JSONArray)

    def on_object(s_and_end, *args):
        obj, end = parse.JSONObject(s_and_end, *args)
        starts[id(obj)] = s_and_end[1] - 1
        keep.append(obj)
        return obj, end

    def on_array(s_and_end, scan_once):
        arr, end = parse.JSONArray(s_and_end, scan_once)
        starts[id(arr)] = s_and_end[1] - 1
        keep.append(arr)
        return arr, end

    decoder: Any = json.JSONDecoder()
    decoder.parse_object, decoder.parse_array = on_object, on_array
    make: Any = scanner.py_make_scanner  # type: ignore[attr-defined]  # (typeshed omits it)
    scan = make(decoder)  # the pure-Python scanner calls the two above
    data, _ = scan(text, len(text) - len(text.lstrip()))
    node, found = data, starts.get(id(data), 0)
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        found = starts.get(id(node), found)
    return position(text, found)


def fail(text: str, file: str, path: tuple, message: str) -> BriefingError:
    """A BriefingError saying ``message`` at the object at ``path``."""
    line, col = locate(text, path)
    return BriefingError(Problem(message, file, line, col))


def number(value, what: str, unit: str = "seconds") -> float:
    """``value`` as a number of ``unit``; ValueError naming ``what`` when it is not a number
    (YouTube's json3 counts milliseconds: the message says which the field takes)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        raise ValueError(f"{what} is {json.dumps(value)[:40]}, not a number of {unit}")
    return float(value)


def read_items(text: str, file: str, items: list, where: tuple, read, what: str) -> list[Cue]:
    """The cues with text that ``read`` makes of ``items`` (at ``where``); a broken one is an error at its brace."""
    cues: list[Cue] = []
    for i, item in enumerate(items):
        try:
            cue = read(item)
        except (ValueError, TypeError) as exc:
            raise fail(text, file, where + (i,), f"{what} {i + 1}: {exc}") from None
        cues += [cue] if cue is not None and cue.text else []
    return cues
