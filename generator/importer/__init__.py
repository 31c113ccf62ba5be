"""Import summary notes (the seed's shape, Markdown, or a chapter list) as a content file.

Reading is two steps: lines become tokens (heading, section, topic, bullet, text), then
one assembler turns tokens into content data. Nothing in the notes is rewritten: every
text is kept as written, and the result is the same data a person would type as YAML.

``tokens`` reads lines into tokens (``quotes`` the quoted ones); ``reading`` sorts them into
fields, ``header`` (with ``dates``) reading the header lines; ``tree`` nests bullets into points;
``figures`` and ``charts`` find charts among them, ``evidence`` key figures; ``placing`` finds the
topic a quote or a takeaway belongs to; ``sources`` reads the lines that are links; ``furniture``
leaves out the lines that are no text (section labels, announcements, plugs); ``notes``
assembles the content data; this module reads the notes file and writes the content file.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..content_fields import check_link
from ..errors import BriefingError, Problem
from ..files import position, read_regular, refuse_link_loop
from ..limits import MAX_NOTES_BYTES, MAX_YAML_BYTES

if TYPE_CHECKING:
    from .notes import Imported, import_notes

__all__ = ["Imported", "import_file", "import_notes", "read_notes"]


def __getattr__(name: str):
    """``Imported`` and ``import_notes``, imported when first asked for: a build imports one module of the
    importer (``evidence``, for its key figures) and not the whole importer (~8 ms of a cold deck)."""
    if name in ("Imported", "import_notes"):
        from . import notes

        return getattr(notes, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_notes(path: str | Path) -> str:
    """The notes' text; unreadable, oversized or non-UTF-8 files are clear errors."""
    raw = read_regular(path, MAX_NOTES_BYTES, "notes file")  # never more than the cap is read
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = position(raw.decode("latin-1"), exc.start)
        raise BriefingError(Problem("notes are not UTF-8 text", str(path), line, col)) from None


def import_file(notes: str | Path, output: str | Path | None = None, *, force: bool = False,
                title: str | None = None, source_url: str | None = None, source_name: str | None = None,
                content_dir: str | Path = "content", check=None) -> tuple[Path, Imported]:
    """Import ``notes`` into a content file (default ``content/<stem>.yaml``), checked before it is
    written; ``check`` (given the content data) may refuse it then too, so nothing is written."""
    from ..atomic import link_problem, not_a_file, why_not, write_atomic
    from ..loader import validate_located
    from ..yamlio import Located, load_yaml_text
    from ..yamlwrite import dump_yaml
    from .language import detect_language
    from .notes import import_notes

    if source_url is not None:
        try:
            source_url = check_link(source_url)
        except ValueError as exc:
            raise BriefingError(f"--source-url: {exc}") from None
    notes = Path(notes)
    target = Path(output) if output else Path(content_dir) / f"{notes.stem}.yaml"
    refuse_link_loop(target)  # (not there to exists(): it would be replaced without --force)
    if target.exists() and not force:
        raise BriefingError(Problem("exists; give --force to replace it", str(target)))
    if kind := not_a_file(target):  # a folder, a pipe, a device: --force replaces files only
        raise BriefingError(Problem(f"is {kind}, not a file: import writes a content file (.yaml), and replaces only "
                                    "a file", str(target)))
    if link := link_problem(target):  # before reading the notes: write_atomic refuses it at the end
        raise BriefingError(link)
    notes_text = read_notes(notes)
    lang = detect_language(notes_text)
    result = import_notes(notes_text, str(notes), title=title, source_url=source_url, source_name=source_name, lang=lang)
    from .unsafe_links import drop_unsafe_links

    result.warnings += drop_unsafe_links(result.data, result.positions, str(notes))
    _keep_sources(result, str(notes))
    if lang != "en":  # the words the tool adds follow the notes' language (English is the default)
        result.data = {**{k: v for k, v in result.data.items() if k == "title"}, "lang": lang, **result.data}
    header = (f"Imported from {notes.name} by `briefing import`. Check the nesting and the charts,\n"
              "then build with `briefing build " + target.as_posix() + "`.")
    text = dump_yaml(result.data, header)
    if len(text.encode("utf-8")) > MAX_YAML_BYTES:
        raise BriefingError(Problem(f"the content made from these notes would be larger than {MAX_YAML_BYTES // 2**20} MiB",
                                    str(notes)))
    # What we write must build: the text is read back as it will be, and its problems are
    # reported where they are in the notes (the content file does not exist yet).
    validate_located(Located(load_yaml_text(text, str(target)).data, str(notes), result.positions))
    if check is not None:
        check(result.data)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise BriefingError(Problem(f"cannot write: {why_not(target, exc)}", str(target))) from None
    return target, result


def _keep_sources(result: Imported, file: str) -> None:
    """The first MAX_SOURCES sources of notes with more link lines, with a warning (the others are
    listed only: no time links into them, nothing is lost but a listing); they refused the whole import."""
    from ..limits import MAX_SOURCES

    sources = result.data.get("sources") or []
    if len(sources) > MAX_SOURCES:
        result.data["sources"] = sources[:MAX_SOURCES]
        result.warnings.append(Problem(f"{len(sources)} sources: the first {MAX_SOURCES} are kept (at most {MAX_SOURCES}); "
                                       f"from {sources[MAX_SOURCES].get('url', '')!r} on they are left out", file))
