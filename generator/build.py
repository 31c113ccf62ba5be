"""The library API: load, render and write briefings. The CLI is a thin layer over this."""
from __future__ import annotations

import os
from pathlib import Path

from .build_inputs import content_files, source_date_epoch
from .build_render import content_tasks, render_all
from .build_write import Built, check_targets, ensure_folder, write_all
from .stops import stopping_on_signals


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
    pool = None

    def started():
        """The pool, started when first needed: after the first render, so its workers start with
        what a render makes once (the modules it imports, templates, words, models)."""
        nonlocal pool
        if pool is None and workers > 1:
            pool = start_pool(workers)
        return pool

    try:
        rendered = render_all(started, [(file, audience, epoch) for file in files for audience in chosen] if writers else [],
                               on_warning)
        started()
        planned = [(fmt, writer.options(options, audience), file, audience, document, doc_epoch)
                   for fmt, writer in writers.items() for file, audience, (document, doc_epoch) in rendered]
        for fmt, writer in writers.items():  # what can be checked is checked before anything is written
            for warning in writer.check([(options, document) for f, options, _, _, document, _ in planned if f == fmt]):
                if on_warning:
                    on_warning(warning)
        out = Path(output)
        ensure_folder(out)
        clean_stale(out)
        tasks = [(fmt, options, document, doc_epoch,
                  Built(out / f"{Path(file).stem}-{audience.name}{writers[fmt].suffix}", Path(file), audience.name, fmt))
                 for fmt, options, file, audience, document, doc_epoch in planned]
        tasks += content_tasks(per_content, files, out, epoch, on_warning, alone=not planned)
        check_targets([task[-1] for task in tasks])
        if on_planned:
            on_planned(len(tasks), workers)
        write_all(pool, tasks, every, out, on_written)
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
        from . import loader, render, sandbox  # noqa: F401 (imported once for all workers: ~40 ms each, Jinja's the most)

        for writer in writers.values():
            writer.prepare()
    return workers
