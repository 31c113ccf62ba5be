"""The library API: load, render and write briefings. The CLI is a thin layer over this."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .atomic import kind_of, why_not
from .errors import BriefingError, InternalError, Problem
from .files import refuse_link_loop
from .stops import stopping_on_signals



@dataclass(frozen=True)
class Built:
    """One file written by a build."""

    path: Path
    content: Path
    audience: str
    format: str


LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last moment a PDF or OOXML date can say


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as an int, if set (reproducible builds)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    if not re.fullmatch("[0-9]{1,12}", value) or int(value) > LAST_EPOCH:  # not isdigit(): '²' is a digit to it
        raise BriefingError(f"SOURCE_DATE_EPOCH must be a whole number of seconds up to {LAST_EPOCH} "
                            f"(9999-12-31), not '{value}'")
    return int(value)


def yaml_files(folder: Path | str) -> list[Path]:
    """The .yaml and .yml files in ``folder``, sorted."""
    return sorted(p for p in Path(folder).glob("*.y*ml") if p.suffix in (".yaml", ".yml"))


def content_files(paths: list | tuple, default_dir: Path = Path("content")) -> list[Path]:
    """The content files to build: those given, or every .yaml in ``default_dir``."""
    for path in paths or [default_dir]:
        refuse_link_loop(path)
    if paths:  # a file named twice is built once
        return list({Path(p).resolve(): Path(p) for p in reversed(paths)}.values())[::-1]
    files = yaml_files(default_dir)
    if not files:
        raise BriefingError(Problem("no content files (*.yaml) found; to start, turn notes into content with "
                                    "'briefing import NOTES', or write an example project here with 'briefing init'",
                                    str(default_dir)))
    return files


def document_epoch(content, epoch: int | None) -> int:
    """The time written into documents: SOURCE_DATE_EPOCH, else the content's date, else 0."""
    if epoch is not None:
        return epoch
    if content.date:
        from datetime import datetime, timezone

        # (the content model allows only YYYY-MM-DD dates of the calendar; strptime would import
        # _strptime and compile its patterns: ~2.5 ms of a cold deck)
        return int(datetime.fromisoformat(content.date).replace(tzinfo=timezone.utc).timestamp())
    return 0


def _collector_paused(function):
    """``function`` with Python's cycle collector paused while it runs: a build makes millions of
    small objects and almost no cycles, and collecting them cost a fifth of a large build's time
    (the report of 1,000 topics peaks 45 MB higher without it, at 240 MB)."""
    import functools
    import gc

    @functools.wraps(function)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return paused


@_collector_paused
@stopping_on_signals()
def build(contents: list | tuple = (), audiences: list | tuple = (), formats: list | tuple = (),
          output: Path | str = "output", templates: list | tuple = (), on_written=None,
          jobs: int | None = 1, on_planned=None, content_dir: Path | str = "content",
          on_warning=None, **options) -> list[Built]:
    """Build every content × audience × format; return the files written, in a fixed order.

    Every content file is loaded and every document rendered before anything is written,
    so a mistake anywhere leaves the output folder as it was. ``jobs`` > 1 renders and writes
    in that many processes (``None``: one per core when there are 4 files or more).
    Files are written to temporaries and renamed together once all are written: a failure or a
    signal (SIGTERM, SIGINT) leaves the previous files whole and removes this build's temporaries.
    ``on_planned(n, workers)`` is told how many files will be written, ``on_written(built)`` each one.
    ``options`` are the writers' settings, by the names they declare (``writers.declared_options``:
    the report's ``paper``, the deck's ``pptx_template``, a plugin's own); each writer reads its own.
    ``on_warning(problem)`` is told each warning (what a master drops, a budget that names no
    topic): the one channel for them.
    """
    from .atomic import clean_stale
    from .audiences import list_audiences, load_audiences
    from .pool import start_pool, stop_pool
    from .writers import declared_options, formats as chosen_formats, load

    unknown = sorted(set(options) - {option.name for option in declared_options()})
    if unknown:
        raise TypeError(f"build() got an unexpected keyword argument '{unknown[0]}'")
    epoch = source_date_epoch()
    every = {fmt: load(fmt) for fmt in chosen_formats(formats)}
    writers = {fmt: w for fmt, w in every.items() if w.scope == "document"}  # a file per content and audience
    per_content = {fmt: w for fmt, w in every.items() if w.scope == "content"}  # files per content (chapters)
    files = content_files(contents, Path(content_dir))
    chosen = load_audiences(audiences, templates) if audiences else list_audiences(templates)
    workers = _workers(jobs, len(files) * (len(chosen) * len(writers) + len(per_content)), every)
    pool = start_pool(workers) if workers > 1 else None
    try:
        rendered = _rendered(pool, [(file, audience, epoch) for file in files for audience in chosen] if writers else [],
                             on_warning)
        planned = [(fmt, writer.options(options, audience), file, audience, document, doc_epoch)
                   for fmt, writer in writers.items() for file, audience, (document, doc_epoch) in rendered]
        for fmt, writer in writers.items():  # what can be checked is checked before anything is written
            for warning in writer.check([(options, document) for f, options, _, _, document, _ in planned if f == fmt]):
                if on_warning:
                    on_warning(warning)
        out = Path(output)
        _ensure_folder(out)
        clean_stale(out)
        tasks = [(fmt, options, document, doc_epoch,
                  Built(out / f"{Path(file).stem}-{audience.name}{writers[fmt].suffix}", Path(file), audience.name, fmt))
                 for fmt, options, file, audience, document, doc_epoch in planned]
        tasks += _content_tasks(per_content, files, out, epoch, on_warning, alone=not planned)
        _check_targets([task[-1] for task in tasks])
        if on_planned:
            on_planned(len(tasks), workers)
        _write_all(pool, tasks, every, out, on_written)
        if pool is not None:  # idle workers end on the pool's sentinels: no signal needed
            pool.shutdown(wait=True)
            pool = None  # (ended: nothing left for the finally clause to stop)
        return [task[-1] for task in tasks]
    finally:
        if pool is not None:
            stop_pool(pool)


def _workers(jobs: int | None, count: int, writers: dict) -> int:
    """How many processes build ``count`` files (``jobs``; ``None``: one per core from 4 files); with
    more than one, what each would do first is done once here, and they start with it."""
    workers = jobs if jobs is not None else (os.cpu_count() or 1) if count >= 4 else 1
    workers = max(1, min(workers, count))
    if workers > 1:
        from . import loader, render  # noqa: F401 (imported once for all workers: ~40 ms each, Jinja's the most)

        for writer in writers.values():
            writer.prepare()
    return workers


def _rendered(pool, jobs: list, on_warning=None) -> list:
    """(file, audience, (the Document, its epoch)) of each job (file, audience, epoch), every content
    file loaded once (serially) or in the pool's workers; every problem raised at once, each warning
    told to ``on_warning`` here (a worker process cannot call it)."""
    from .pool import mapped, outlived

    loaded: dict = {}  # serially, each content file is loaded once for all its audiences
    results = list(outlived(mapped(pool, _render, jobs))) if pool else [_render(job, loaded) for job in jobs]
    loaded.clear()  # the documents are made: the content is not needed while they are written
    problems = [p for _, found in results if isinstance(found, list) for p in found]
    if problems:
        raise BriefingError(list(dict.fromkeys(problems)))
    for _, (_, _, warnings) in results:
        for warning in warnings if on_warning else ():
            on_warning(warning)
    return [(file, audience, found[:2]) for (file, audience, _), (_, found) in zip(jobs, results)]


def _write_all(pool, tasks: list, writers: dict, out: Path, on_written=None) -> None:
    """Write every task (in the pool's workers, longest first, so no long file starts last) to
    temporaries, and put them all in place once every one is written; on any failure or stop,
    remove this build's temporaries and leave the previous files whole."""
    from .atomic import clean_stale, commit, discard
    from .pool import as_done, outlived, stop_pool

    written = (map(_write, tasks) if pool is None else outlived(as_done(  # (a writer's cost per slide)
        pool, _write, sorted(tasks, key=lambda t: -writers[t[0]].cost * len(getattr(t[2], "slides", ()))))))
    staged: list = []
    try:
        for result, tmp in written:
            staged.append((tmp, result.path))
            if on_written:
                on_written(result)
        commit(staged)  # every file written: now all replace the previous ones
    except BaseException:
        discard(tmp for tmp, _ in staged)
        if pool is not None:  # workers stopped mid-file remove their own; this catches the rest
            stop_pool(pool)
            clean_stale(out)
        raise


def _content_tasks(writers: dict, files: list[Path], out: Path, epoch: int | None, on_warning=None, *,
                   alone: bool = False) -> list:
    """The write tasks of the writers whose files belong to a content file, not to an audience
    (their names: the content's stem and what the writer appends), every content file checked.
    A content file a writer makes nothing of is said (``writer.nothing``): as the error when these
    writers are ``alone`` (no other file is written) and make no file at all, else to ``on_warning``."""
    from .loader import load_content

    tasks: list = []
    problems: list = []
    empty: list[Problem] = []
    for file in files if writers else []:
        try:
            content = load_content(file)
        except BriefingError as exc:
            problems += exc.problems
            continue
        for fmt, writer in writers.items():
            made: list = [(fmt, {}, payload, document_epoch(content, epoch), Built(out / f"{file.stem}{tail}", file, "", fmt))
                          for tail, payload in writer.outputs(content)]
            if not made:
                empty.append(Problem(f"no {fmt} file: {writer.nothing(content)}", str(file)))
            tasks += made
    if problems:
        raise BriefingError(list(dict.fromkeys(problems)))
    if empty and alone and not tasks:
        raise BriefingError(empty)  # nothing at all would be written
    for problem in empty if on_warning else ():
        on_warning(problem)
    return tasks


def _render(job, loaded: dict | None = None):
    """(job, (the Document, its epoch, its warnings)) or (job, the problems), for one content file
    and audience. ``loaded`` keeps content files already read, by path."""
    from .loader import load_content
    from .render import render_document

    file, audience, epoch = job
    loaded = {} if loaded is None else loaded
    try:
        if file not in loaded:
            loaded[file] = load_content(file)
        content = loaded[file]
        warnings: list = []
        document = render_document(content, audience, warnings.append)
        if audience.config.budget.unsupported:  # for the author: what the transcripts do not say
            from .document import Unsupported
            from .transcripts.run import unsupported_claims

            if (file, "unsupported") not in loaded:
                loaded[file, "unsupported"] = [Unsupported(**u) for u in unsupported_claims(file, content)]
            document = document.model_copy(update={"unsupported": loaded[file, "unsupported"]})
        return job, (document, document_epoch(content, epoch), warnings)
    except BriefingError as exc:
        return job, exc.problems


def _write(task) -> tuple[Built, str]:
    """Render one file into a temporary beside its target; (what it is, the temporary's name).
    A writer's bug is an InternalError naming the file."""
    from .atomic import disown, stage
    from .writers import get_writer

    fmt, options, document, epoch, result = task
    try:
        data = get_writer(fmt, **options).render(document, epoch)
    except BriefingError:
        raise
    except Exception as exc:  # a writer's bug: said as a bug, naming the file
        from .stops import Stopped, stopped_by

        if stopped_by() is not None:  # a library's bare ``except:`` (reportlab's) turned a stop into its own error
            raise Stopped() from exc
        raise InternalError(f"{type(exc).__name__}: {exc} (while writing {result.path})") from exc
    tmp = stage(result.path, data)
    disown(tmp)  # the build's list of staged files owns it now (it may be in another process)
    return result, tmp


def _check_targets(targets: list[Built]) -> None:
    """Before anything is written: each target is made once (two content files or audiences that
    would write one file are an error naming both), its name is one the file system takes, and a
    folder is not in its place."""
    problems: list[Problem] = []
    first: dict[str, Built] = {}
    for target in targets:  # names that differ only by case are one file on macOS and Windows disks
        other = first.setdefault(str(target.path).casefold(), target)
        if other is not target:
            problems.append(Problem(f"would be written twice: from {other.content} for audience '{other.audience}' "
                                    f"and from {target.content} for audience '{target.audience}'; rename a content "
                                    "file or an audience, or build them into separate folders", str(target.path)))
    for path in (target.path for target in first.values()):
        try:
            if path.exists() and not path.is_file():
                problems.append(Problem(f"is in the way: {kind_of(path)} where the built file goes", str(path)))
        except OSError as exc:  # a name too long for the file system
            problems.append(Problem(f"cannot write: {exc.strerror or exc}", str(path)))
    if problems:
        raise BriefingError(problems)


def _ensure_folder(out: Path) -> None:
    refuse_link_loop(out)
    if (out.exists() or out.is_symlink()) and not out.is_dir():
        raise BriefingError(Problem(f"output folder is {kind_of(out)}, not a folder", str(out)))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(Problem(f"cannot create output folder: {why_not(out, exc)}", str(out))) from None
    if not out.is_dir():  # (made meanwhile)
        raise BriefingError(Problem(f"output folder is {kind_of(out)}, not a folder", str(out)))
