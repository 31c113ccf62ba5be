"""Atomic file replacement: a target is either its old self or the whole new file.

A build writes each file to a temporary file beside it (``stage``) and renames them all only
when every one is written (``commit``), so a failure leaves the previous set whole. Temporary
names carry the writing process's id: a build removes only the temporaries of processes that
are gone, never those of a build still writing into the same folder. Each process keeps a list
of its own temporaries, removed on failure and on SIGTERM or SIGINT (see ``stops``).
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import BriefingError, Problem
from .stops import settle, signals_blocked

# signal and re are imported where used: the CLI imports this module at start-up
TMP_PREFIX = ".briefing-"
_OWN: set[str] = set()  # this process's temporary files not yet renamed or removed


def stage(path: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file beside ``path``, flushed to disk; return its name."""
    import tempfile  # not at the top: the CLI imports this module at start-up

    path = Path(path)
    tmp = None
    try:
        with signals_blocked():  # a stop between creating the temporary and noting it would leave it behind
            fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=path.parent)
            _OWN.add(tmp)
        # (a stop held meanwhile is raised as the block ends: here, with the temporary noted)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # as a plain open() makes it: umask 077 keeps a briefing private
    except BaseException as exc:
        discard([tmp] if tmp else [])
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    return tmp


def commit(staged: list[tuple[str, Path]]) -> None:
    """Rename every staged temporary over its target, with the stop signals held until done. Once all
    are renamed the command's files are in place (``stops.settle``): a stop held meanwhile is raised
    as it ends, and said to have lost nothing (the previous files are gone by then)."""
    with signals_blocked():
        for number, (tmp, path) in enumerate(staged):
            try:
                os.replace(tmp, path)
            except OSError as exc:
                discard([t for t, _ in staged[number:]])
                raise _cannot_write(Path(path), exc) from None
            _OWN.discard(tmp)
        settle()


def discard(temporaries) -> None:
    """Remove temporary files (this process's own, or handed to it by a worker)."""
    for tmp in list(temporaries):
        Path(tmp).unlink(missing_ok=True)
        _OWN.discard(tmp)


def own_temporaries() -> list[str]:
    """This process's temporary files not yet renamed or removed."""
    return list(_OWN)


def disown(tmp: str) -> None:
    """Hand ``tmp`` over to another process (a worker's file, committed by the main process)."""
    _OWN.discard(tmp)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it, and rename it over ``path``.
    Only a file is replaced: a folder, pipe or device in its place is an error (the rename put a
    file in place of a device: ``align -o /dev/full --force``, as root, replaced the device). Nor is a
    link: the rename replaced the link itself (``align -o /dev/stdout --force``, as root, put a file in
    place of ``/dev``'s link), and to follow it is to write where whoever made the link chose (a link
    planted in ``/tmp``: the kernel's protection of links there does not hold for a rename)."""
    if kind := not_a_file(Path(path)):
        raise BriefingError(Problem(f"is {kind}, not a file: only a file is replaced", str(path)))
    if problem := link_problem(Path(path)):
        raise BriefingError(problem)
    commit([(stage(path, data), Path(path))])


def create_all(files: dict[Path, bytes]) -> None:
    """Create ``files``, none of which exists, and the folders they need: all of them or none. A new
    folder is filled as a temporary sibling and renamed into place, with the files beside folders
    that exist, when all are written (the stop signals held); a failure or a stop leaves nothing."""
    import shutil
    import tempfile

    roots: dict[Path, Path] = {}  # each new folder made whole -> its temporary
    staged: list[tuple[str, Path]] = []
    placed: list[Path] = []
    path = None
    try:
        for path, data in files.items():
            root = _first_missing(Path(path))
            if root == Path(path):
                staged.append((stage(path, data), Path(path)))
                continue
            if root not in roots:
                with signals_blocked():  # (noted as soon as made)
                    roots[root] = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", suffix=".tmp",
                                                        dir=root.parent))
                roots[root].chmod(0o777 & ~_umask())
            inside = roots[root] / Path(path).relative_to(root)
            inside.parent.mkdir(parents=True, exist_ok=True)
            inside.write_bytes(data)
        with signals_blocked():
            for target in [*roots, *(path for _, path in staged)]:
                if target.exists() or target.is_symlink():  # made meanwhile: never replaced
                    raise FileExistsError(17, "made meanwhile by something else", str(target))
            for root, tmp in roots.items():
                tmp.rename(root)
                placed.append(root)
            for tmp_file, path in staged:
                os.replace(tmp_file, path)
                _OWN.discard(tmp_file)
                placed.append(path)
    except BaseException as exc:
        if isinstance(exc, OSError) and path is not None and TMP_PREFIX in str(exc.filename):
            exc.filename = str(path)  # (the file it was making, not its temporary)
        for made in placed:  # (a stop held during the renames is raised as they end: none is kept)
            if made.is_dir() and not made.is_symlink():
                shutil.rmtree(made, ignore_errors=True)
            else:
                made.unlink(missing_ok=True)
        for tmp in roots.values():
            shutil.rmtree(tmp, ignore_errors=True)
        discard(t for t, _ in staged)
        raise


def _first_missing(path: Path) -> Path:
    """``path`` itself if its folder exists, else the outermost of its folders that does not."""
    missing = path
    for folder in path.parents:
        if folder.exists() or folder.is_symlink():
            return missing
        missing = folder
    return missing


def _umask() -> int:
    """The process's umask (read by setting it, so set back at once)."""
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


def _cannot_write(path: Path, exc: OSError) -> BriefingError:
    return BriefingError(Problem(f"cannot write: {why_not(path, exc)}", str(path)))


def why_not(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be made (``exc``), said plainly: a file where one of its folders must be
    is named ("File exists" or "Not a directory" say it only to those who know)."""
    import errno

    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        for folder in Path(path).parents:
            if folder.is_dir():
                break
            if folder.exists() or folder.is_symlink():
                return f"{folder} is {kind_of(folder)}, not a folder"
    return str(exc.strerror or exc)


def not_a_file(path: Path) -> str | None:
    """What is at ``path`` in words ("a folder", "a pipe", "a device") when something is there that is not a
    file, else None: a build, ``align`` and ``import`` replace only a file (a rename puts a file in place of a
    device: as root, ``-o /dev/full`` replaced the device)."""
    return kind_of(path) if path.exists() and not path.is_file() else None


def link_problem(path: Path) -> Problem | None:
    """The error for ``path`` when it is a link, else None: a build, ``align`` and ``import`` replace only a
    file, never a link (the rename replaces the link itself, and to follow it is to write where whoever made
    the link chose). Checked before anything is made, so nothing is built in vain."""
    if not path.is_symlink():
        return None
    return Problem(f"is a link to {os.readlink(path)}: only a file is replaced, not a link (give the file itself)",
                   str(path))


def kind_of(path: Path) -> str:
    """What ``path`` is, in words: "a folder", "a file", "a pipe", "a device", "a socket", "a link to
    nothing", or "nothing" (it does not exist)."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "a link to nothing" if Path(path).is_symlink() else "nothing"
    kinds = [(stat.S_ISDIR, "a folder"), (stat.S_ISREG, "a file"), (stat.S_ISFIFO, "a pipe"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")]
    return next((said for test, said in kinds if test(mode)), "not a file")


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        pass
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):  # no /proc here: it exists
        return True


def clean_stale(folder: Path) -> None:
    """Remove the temporary files in ``folder`` whose writing process is gone."""
    import re

    for stale in Path(folder).glob(f"{TMP_PREFIX}*.tmp"):
        owner = re.match(rf"{re.escape(TMP_PREFIX)}(\d+)-", stale.name)
        if owner is None or not _alive(int(owner.group(1))):
            if stale.is_dir() and not stale.is_symlink():  # a new folder's (create_all)
                import shutil

                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
