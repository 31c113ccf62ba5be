"""The library API: load, render and write briefings. The CLI is a thin layer over this."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import BriefingError, Problem

FORMATS = ("pptx", "pdf")  # built when no format is asked for
ALL_FORMATS = ("pptx", "pdf", "md")


@dataclass(frozen=True)
class Built:
    """One file written by a build."""

    path: Path
    content: Path
    audience: str
    format: str


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as an int, if set (reproducible builds)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise BriefingError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not '{value}'")
    return int(value)


def content_files(paths: list | tuple, default_dir: Path = Path("content")) -> list[Path]:
    """The content files to build: those given, or every .yaml in ``default_dir``."""
    if paths:
        return [Path(p) for p in paths]
    files = sorted(p for p in Path(default_dir).glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    if not files:
        raise BriefingError(Problem("no content files (*.yaml) found", str(default_dir)))
    return files


def document_epoch(content, epoch: int | None) -> int:
    """The time written into documents: SOURCE_DATE_EPOCH, else the content's date, else 0."""
    if epoch is not None:
        return epoch
    if content.date:
        from datetime import datetime, timezone
        return int(datetime.strptime(content.date, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())
    return 0


def default_paper() -> str:
    """letter where the locale is US or Canadian English, else a4."""
    for name in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "letter" if value.startswith(("en_US", "en_CA", "es_US", "fr_CA")) else "a4"
    return "a4"


def build(contents: list | tuple = (), audiences: list | tuple = (), formats: list | tuple = (),
          output: Path | str = "output", templates: list | tuple = (), on_written=None,
          paper: str | None = None) -> list[Built]:
    """Build every content × audience × format; return the files written.

    Every content file is loaded and every document rendered before anything is written,
    so a mistake anywhere leaves the output folder as it was.
    """
    from .atomic import clean_stale, write_atomic
    from .audiences import list_audiences, load_audience
    from .loader import load_content
    from .render import render_document
    from .writers import get_writer

    epoch = source_date_epoch()
    files = content_files(contents)
    chosen = [load_audience(a, templates) for a in audiences] if audiences else list_audiences(templates)
    formats = list(dict.fromkeys(formats or FORMATS))
    problems, jobs = [], []
    for file in files:
        try:
            content = load_content(file)
            for audience in chosen:
                jobs.append((file, content, audience, render_document(content, audience)))
        except BriefingError as exc:
            problems.extend(exc.problems)
    if problems:
        raise BriefingError(problems)
    out = Path(output)
    _ensure_folder(out)
    clean_stale(out)
    built = []
    for fmt in formats:
        writer = get_writer(fmt, **({"paper": paper or default_paper()} if fmt == "pdf" else {}))
        for file, content, audience, document in jobs:
            target = out / f"{Path(file).stem}-{audience.name}{writer.suffix}"
            write_atomic(target, writer.render(document, document_epoch(content, epoch)))
            result = Built(target, Path(file), audience.name, fmt)
            built.append(result)
            if on_written:
                on_written(result)
    return built


def _ensure_folder(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(Problem(f"cannot create output folder: {exc.strerror or exc}", str(out))) from None
    if not out.is_dir():
        raise BriefingError(Problem("output path is not a folder", str(out)))
