"""A build's first stage: every content file loaded and every Document rendered (serially or in
the pool's workers), and the write tasks of the writers whose files belong to a content file;
every problem raised at once, before anything is written."""
from __future__ import annotations

from pathlib import Path

from .build_inputs import document_epoch
from .build_write import Built
from .errors import BriefingError, Problem


def render_all(started, jobs: list, on_warning=None) -> list:
    """(file, audience, (the Document, its epoch)) of each job (file, audience, epoch), every content
    file loaded once (serially) or in the workers of the pool ``started()`` gives (None: serially);
    every problem raised at once, each warning told to ``on_warning`` here (a worker process cannot
    call it). The first job is rendered here before the pool starts: its workers are forked with what
    it made once (imports, templates, words, models), which each of them made again (a default
    build's processor time with two workers ~1,100 ms against ~930 with one)."""
    from .kept_renders import KeptRenders
    from .pool import mapped, outlived

    loaded = _LOADED  # serially, each content file is loaded once for all its audiences
    kept = KeptRenders()  # (a --watch rebuild takes the Documents whose inputs did not change from the build before)
    hits = [kept.found(job) for job in jobs]
    todo = [job for job, hit in zip(jobs, hits) if hit is None]
    try:
        first = [_render(job, loaded) for job in todo[:1]]
        pool = started() if todo[1:] else None  # (forked workers start with the content loaded so far)
        rest = list(outlived(mapped(pool, _render, todo[1:]))) if pool else [_render(job, loaded) for job in todo[1:]]
    finally:
        loaded.clear()  # the documents are made: the content is not needed while they are written
    made = iter(first + rest)
    results = [hit if hit is not None else kept.keep(job, next(made)) for job, hit in zip(jobs, hits)]
    kept.done()
    problems = [p for _, found in results if isinstance(found, list) for p in found]
    if problems:
        raise BriefingError(list(dict.fromkeys(problems)))
    for _, (_, _, warnings) in results:
        for warning in warnings if on_warning else ():
            on_warning(warning)
    return [(file, audience, found[:2]) for (file, audience, _), (_, found) in zip(jobs, results)]


def content_tasks(writers: dict, files: list[Path], out: Path, epoch: int | None, on_warning=None, *,
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


_LOADED: dict = {}  # the content files a build has loaded, by path (and what was read for them), while it renders


def _render(job, loaded: dict | None = None):
    """(job, (the Document, its epoch, its warnings)) or (job, the problems), for one content file
    and audience. ``loaded`` keeps content files already read, by path; in a worker (None) those
    the build had loaded when the worker was forked are taken (each read and checked once, not
    once more in each worker: ~20 ms of a default build's worker), and what it loads is let go."""
    from .loader import load_content
    from .render import render_document

    file, audience, epoch = job
    loaded = dict(_LOADED) if loaded is None else loaded
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
