"""A build's last stage: the targets checked before anything is written, each file rendered by its
writer into a temporary beside its target, and all put in place together once every one is
written."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .atomic import kind_of, link_problem, not_a_file, why_not
from .errors import BriefingError, InternalError, Problem
from .files import refuse_link_loop


@dataclass(frozen=True)
class Built:
    """One file written by a build."""

    path: Path
    content: Path
    audience: str
    format: str


def write_all(pool, tasks: list, writers: dict, out: Path, on_written=None) -> None:
    """Write every task (in the pool's workers, longest first, so no long file starts last) to
    temporaries, and put them all in place once every one is written; on any failure or stop,
    remove this build's temporaries and leave the previous files whole."""
    from .atomic import clean_stale, commit, discard
    from .kept_files import done
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
        done()  # (a rebuild under --watch takes the files whose Documents did not change: kept_files.py)
    except BaseException:
        discard(tmp for tmp, _ in staged)
        if pool is not None:  # workers stopped mid-file remove their own; this catches the rest
            stop_pool(pool)
            clean_stale(out)
        raise


def _write(task) -> tuple[Built, str]:
    """Render one file into a temporary beside its target; (what it is, the temporary's name).
    A writer's bug is an InternalError naming the file."""
    from .atomic import disown, stage
    from .kept_files import written
    from .writers import get_writer

    fmt, options, document, epoch, result = task
    try:
        data = written(fmt, get_writer(fmt, **options), document, epoch)
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


def check_targets(targets: list[Built]) -> None:
    """Before anything is written: each target is made once (two content files or audiences that
    would write one file are an error naming both), its name is one the file system takes, and a
    folder is not in its place."""
    import unicodedata

    problems: list[Problem] = []
    first: dict[str, Built] = {}
    for target in targets:  # names that differ only by case are one file on macOS and Windows disks, and
        # by Unicode form (é as one code point, or e and an accent) on macOS's, where a folder is copied
        other = first.setdefault(unicodedata.normalize("NFD", str(target.path).casefold()), target)
        if other is not target:
            problems.append(Problem(f"would be written twice: from {other.content} for audience '{other.audience}' "
                                    f"and from {target.content} for audience '{target.audience}'; rename a content "
                                    "file or an audience, or build them into separate folders", str(target.path)))
    for path in (target.path for target in first.values()):
        try:
            if kind := not_a_file(path):
                problems.append(Problem(f"is in the way: {kind} where the built file goes", str(path)))
            elif link := link_problem(path):
                problems.append(link)
        except OSError as exc:  # a name too long for the file system
            problems.append(Problem(f"cannot write: {exc.strerror or exc}", str(path)))
    if problems:
        raise BriefingError(problems)


def ensure_folder(out: Path) -> None:
    """``out`` made if it is missing; an error if it is, or becomes, anything but a folder."""
    refuse_link_loop(out)
    if (out.exists() or out.is_symlink()) and not out.is_dir():
        raise BriefingError(Problem(f"output folder is {kind_of(out)}, not a folder", str(out)))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefingError(Problem(f"cannot create output folder: {why_not(out, exc)}", str(out))) from None
    if not out.is_dir():  # (made meanwhile)
        raise BriefingError(Problem(f"output folder is {kind_of(out)}, not a folder", str(out)))
