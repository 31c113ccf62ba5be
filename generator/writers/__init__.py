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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Option:
    """A setting a writer declares: one option of ``briefing build`` and one key of briefing.toml,
    both named after it (``pptx_template``: ``--pptx-template`` and ``pptx_template = ...``)."""

    name: str  # a Python name: the keyword ``build()`` takes, the key in ``settings`` and briefing.toml
    help: str  # the option's line in ``briefing build --help``
    choices: tuple[str, ...] = ()  # the values it takes (else any text)
    path: bool = False  # a file: relative to briefing.toml's folder when the config sets it, watched by --watch

    @property
    def flag(self) -> str:
        """The option on the command line."""
        return "--" + self.name.replace("_", "-")


# the options of the writers in this package's own modules (md_writer, chapters): none
# (tests/test_writers.py checks every built-in writer's class declares what its package says)
OPTIONS: tuple[Option, ...] = ()


class Writer:
    """What a format's writer provides; the built-in writers and plugins subclass it.

    ``settings`` are the build's writer options (what the command line and briefing.toml set, by
    the names the writers declare in ``declares``); each writer takes what it needs and ignores the rest.
    """

    name: ClassVar[str]  # the format, as ``-f`` names it
    declares: ClassVar[tuple[Option, ...]] = ()  # its settings: flags of ``briefing build`` and briefing.toml keys
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
    def nothing(cls, content: Any) -> str:
        """Why a writer of ``scope = "content"`` makes no file of ``content`` (its ``outputs`` gave none)."""
        return "the content has nothing this format writes"

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


_OPTIONS: list = [None, ()]  # the registry the options were read for, and them
# what briefing.toml, ``briefing build`` and ``build()`` name themselves: no writer option may take these names
OWN_NAMES = {"content", "output", "templates", "audiences", "formats", "jobs", "watch", "content_dir", "on_written",
             "on_planned", "on_warning", "contents", "quiet"}


def declared_options() -> tuple[Option, ...]:
    """The options every registered writer declares, in the registry's order, each name once (two
    writers may share an option only as the same declaration). A writer's are read from the
    ``OPTIONS`` of its module's package when that package has them, so that no writer module is
    imported to parse a command line (the report's imports reportlab); else from its ``declares``."""
    known = registry()
    if _OPTIONS[0] is known:
        return _OPTIONS[1]
    found: dict[str, tuple[Option, str]] = {}
    for fmt, target in known.items():
        module = target.partition(":")[0]
        package = importlib.import_module(module.rpartition(".")[0]) if "." in module else None
        options = getattr(package, "OPTIONS", None)
        for option in load(fmt).declares if options is None else options:
            if option.name in OWN_NAMES or not option.name.isidentifier():
                raise BriefingError(f"the {fmt} writer declares an option named '{option.name}', which is not a "
                                    "name a writer's option can take")
            other = found.setdefault(option.name, (option, fmt))
            if other[0] != option:
                raise BriefingError(f"writer option '{option.name}' is declared twice: by the {other[1]} writer "
                                    f"and by the {fmt} writer")
    _OPTIONS[:] = [known, tuple(option for option, _ in found.values())]
    return _OPTIONS[1]


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
