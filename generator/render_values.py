"""The lists and mappings a render writes, kept aside (``RenderValues``).

Each ``{{ ... }}`` of a template is written out as one JSON value (a YAML 1.2 flow scalar), so
content text can never add structure or code to the document. A list or mapping (a topic's points,
a time reference with its links) is not spelled out in the YAML: it is kept aside as JSON data and
the YAML holds a marker with a per-render random key, put back after parsing (``restore``). Content
cannot forge a marker (it cannot know the key), and the YAML parser sees a few scalars instead of
thousands of events (5x faster at size).
"""
from __future__ import annotations

import json

from .limits import MAX_OUTPUT, MAX_SECONDS
from .sandbox_sizes import check_size


class RenderValues:
    """The lists and mappings a render wrote, by marker."""

    def __init__(self, key: str = ""):
        import os

        self.key = key or f"\ue000{os.urandom(16).hex()}:"  # 128 random bits (secrets costs an import of 5 ms)
        self.kept: list = []
        self.size = 0  # characters kept, counted with the output
        self.written = 0  # values written
        self.limit = MAX_OUTPUT  # characters one value may spell out
        self.seconds = float(MAX_SECONDS)  # of processor time the render (and a second one, placing a problem) may take
        self.content_size: int | None = None  # the content's characters as JSON, once the render has measured them

    def finalize(self, value):
        from jinja2 import Undefined

        if isinstance(value, Undefined):
            value._fail_with_undefined_error()
        if hasattr(value, "__html__") or callable(value):
            raise TypeError("templates may output data only")
        if isinstance(value, (list, tuple, dict)):
            check_size(value, "writing a value that", self.limit)
        text = json.dumps(value, ensure_ascii=False)
        self.written += 1
        if isinstance(value, (list, tuple, dict)) and value:
            self.size += len(text)
            self.kept.append(text)
            return json.dumps(f"{self.key}{len(self.kept) - 1}")
        return text

    def restore(self, data):
        """``data`` with every marker replaced by the value it stands for (as fresh JSON data)."""
        if isinstance(data, str):
            if data.startswith(self.key):
                return json.loads(self.kept[int(data[len(self.key):])])
            return data
        if isinstance(data, list):
            return [self.restore(item) for item in data]
        if isinstance(data, dict):
            return {key: self.restore(item) for key, item in data.items()}
        return data
