"""Writers: one per output format, found through one registry.

A writer turns a Document into the bytes of one file; it is the only place that knows its format.
Each is a subclass of :class:`Writer`, registered by name: the built-in ones below, and any a
plugin declares under the entry point group ``briefing.writers`` (``name = "module:Class"``), as
Sphinx builders and nbconvert exporters are found. A name declared twice is an error. A writer's
module is imported only when its format is built: the report writer's modules are the only ones
that import reportlab, and the deck writer writes the PowerPoint package itself (see pptx/package.py).
"""
from __future__ import annotations

import functools
import importlib
from typing import Any, ClassVar

from ..errors import BriefingError, Problem

GROUP = "briefing.writers"
BUILTIN = {
    "pptx": "generator.writers.pptx.writer:PptxWriter",
    "pdf": "generator.writers.pdf.writer:PdfWriter",
    "md": "generator.writers.md_writer:MarkdownWriter",
    "chapters": "generator.writers.chapters:ChaptersWriter",
}
DEFAULT_FORMATS = ("pptx", "pdf")  # built when no format is asked for


class Writer:
    """What a format's writer provides; the built-in writers and plugins subclass it.

    ``settings`` are the build's writer options (``paper``, ``pptx_template``, ...: what the command
    line and briefing.toml set); each writer takes what it needs and ignores the rest.
    """

    name: ClassVar[str]  # the format, as ``-f`` names it
    suffix: ClassVar[str]  # the end of the file's name, with its dot
    cost: ClassVar[float] = 1.0  # time to write a slide, against the deck's 1.0: long files start first
    # "document": one file per content and audience, rendered from its Document; "content": files
    # of a content file whatever the audience, named and made by ``outputs(content)``
    scope: ClassVar[str] = "document"

    @classmethod
    def options(cls, settings: dict, audience: Any) -> dict:
        """The keyword arguments of the writer for one audience's file (none by default)."""
        return {}

    @classmethod
    def check(cls, planned: list[tuple[dict, Any]]) -> list[Problem]:
        """What can be checked before any file is written, for every (options, Document) the build
        will write with this format: raises BriefingError for what is wrong, returns warnings."""
        return []

    @classmethod
    def prepare(cls) -> None:
        """What every file of the format needs, done once per process (fonts read, modules
        imported): a build with workers calls it before they start, so they share it."""

    def render(self, document: Any, epoch: int | None = None) -> bytes:
        """The file's bytes (the same for the same Document and epoch)."""
        raise NotImplementedError


@functools.cache
def registry() -> dict[str, str]:
    """Every format by name (``module:Class``): the built-in ones, then the plugins'."""
    return declared(GROUP, BUILTIN, "output format")


def declared(group: str, builtin: dict[str, str], kind: str) -> dict[str, str]:
    """``builtin`` and the entry points of ``group`` (``module:Class`` by name), in a stable order; a
    name declared twice with different targets is an error naming both (``kind``: what a name is)."""
    found = dict(builtin)
    if not may_declare(group):
        return found
    from importlib.metadata import entry_points

    for point in sorted(entry_points(group=group), key=lambda p: (p.name, p.value)):
        if found.get(point.name, point.value) != point.value:
            raise BriefingError(f"{kind} '{point.name}' is declared twice: by {found[point.name]} "
                                f"and by {point.value}")
        found[point.name] = point.value
    return found


def may_declare(group: str) -> bool:
    """Whether an installed distribution may declare entry points of ``group``: a look at the
    ``entry_points.txt`` of each one on ``sys.path``, which spares importing importlib.metadata
    (~12 ms, 5% of a one-deck build) when none does. True whenever it cannot tell (a zip on the
    path, a finder of distributions other than Python's own)."""
    import os
    import sys

    if any(hasattr(f, "find_distributions") and getattr(f, "__module__", "") != "_frozen_importlib_external"
           for f in sys.meta_path):
        return True
    needle = group.encode()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = os.listdir(folder)
        except OSError:
            if os.path.exists(folder):  # a zip or an unreadable folder: importlib.metadata looks
                return True
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(folder, name, "entry_points.txt"), "rb") as f:
                        if needle in f.read():
                            return True
                except OSError:
                    pass
    return False


def formats(names: list | tuple = ()) -> list[str]:
    """The formats to build: ``names`` (checked, without repeats) or the default ones."""
    known = registry()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise BriefingError(f"unknown output format '{unknown[0]}' (formats: {', '.join(sorted(known))})")
    return list(dict.fromkeys(names or DEFAULT_FORMATS))


def load(fmt: str) -> type[Writer]:
    """The writer class for ``fmt``, importing its module (and its library) now."""
    module, _, name = registry()[fmt].partition(":")
    return getattr(importlib.import_module(module), name)


def get_writer(fmt: str, **options):
    """A new writer for ``fmt``, given the keyword arguments its ``options`` gave."""
    return load(fmt)(**options)
