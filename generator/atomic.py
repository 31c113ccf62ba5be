"""Atomic file replacement: a target is either its old self or the whole new file.

A build writes each file to a temporary file beside it (``stage``) and renames them all only
when every one is written (``commit``), so a failure leaves the previous set whole. Temporary
names carry the writing process's id: a build removes only the temporaries of processes that
are gone, never those of a build still writing into the same folder. Each process keeps a list
of its own temporaries, removed on failure and on SIGTERM or SIGINT (see ``stopping_on_signals``).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from .errors import BriefingError, Problem

# signal and re are imported where used: the CLI imports this module at start-up
TMP_PREFIX = ".briefing-"
_OWN: set[str] = set()  # this process's temporary files not yet renamed or removed


_SIGNALLED: list[int] = []  # the stop signals this process was sent, in order: the first decides


class Stopped(KeyboardInterrupt):
    """The build was stopped by a signal (SIGINT, SIGTERM or SIGHUP).

    The signal's number is kept outside the exception: reportlab re-raises what a flowable raises
    as ``type(exc)(message)``, so arguments do not survive the way out."""

    @property
    def signum(self) -> int:
        """The signal that stopped the build (SIGINT when none was recorded)."""
        return stopped_by() or 2


def stage(path: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file beside ``path``, flushed to disk; return its name."""
    import tempfile  # not at the top: the CLI imports this module at start-up

    path = Path(path)
    tmp = None
    try:
        with _signals_held():  # a stop between creating the temporary and noting it would leave it behind
            fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=path.parent)
            _OWN.add(tmp)
        # (a stop held meanwhile is raised as the block ends: here, with the temporary noted)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
    except BaseException as exc:
        discard([tmp] if tmp else [])
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from None
        raise
    return tmp


@contextmanager
def _signals_held():
    """The stop signals held (not lost: delivered when the block ends), where the platform can."""
    import signal

    mask = getattr(signal, "pthread_sigmask", None)  # not on Windows
    previous = mask(signal.SIG_BLOCK, {getattr(signal, n) for n in STOP_SIGNALS if hasattr(signal, n)}) if mask else None
    try:
        yield
    finally:
        if mask:
            mask(signal.SIG_SETMASK, previous)


def commit(staged: list[tuple[str, Path]]) -> None:
    """Rename every staged temporary over its target, with the stop signals held until done."""
    with _signals_held():
        for number, (tmp, path) in enumerate(staged):
            try:
                os.replace(tmp, path)
            except OSError as exc:
                discard([t for t, _ in staged[number:]])
                raise _cannot_write(Path(path), exc) from None
            _OWN.discard(tmp)


def discard(temporaries) -> None:
    """Remove temporary files (this process's own, or handed to it by a worker)."""
    for tmp in list(temporaries):
        Path(tmp).unlink(missing_ok=True)
        _OWN.discard(tmp)


def disown(tmp: str) -> None:
    """Hand ``tmp`` over to another process (a worker's file, committed by the main process)."""
    _OWN.discard(tmp)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it, and rename it over ``path``."""
    commit([(stage(path, data), Path(path))])


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
                return f"{folder} is {'a file, ' if folder.is_file() else ''}not a folder"
    return str(exc.strerror or exc)


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
            stale.unlink(missing_ok=True)


STOP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")  # those that end a build with its temporaries removed


def stopped_by() -> int | None:
    """The signal that stopped this process, if one did (whatever exception the stop became)."""
    return _SIGNALLED[0] if _SIGNALLED else None


_INSISTED = 3  # stop signals after which the process ends at once, whatever it is doing


def _stop(signum, frame):
    """A stop signal: the first raises Stopped; one that comes while the stop is under way (a second
    Ctrl-C, the SIGHUP of a closing terminal after a SIGTERM) is not acted on: raised in the middle
    of the clean-up, it would leave temporaries, workers or a half-shut pool behind. A third ends
    the process at once (someone insists: a clean-up that waits on something must not make it
    unstoppable but by SIGKILL)."""
    _SIGNALLED.append(signum)
    if len(_SIGNALLED) >= _INSISTED:
        os.write(2, b"stopped at once: temporaries may be left (the next build removes them)\n")
        os._exit(128 + _SIGNALLED[0])
    if len(_SIGNALLED) == 1:
        raise Stopped(signum)


def catch_stops() -> None:
    """For the rest of a command's process: SIGTERM, SIGHUP and SIGINT raise Stopped (the first of
    them; see ``_stop``). Not undone when the command ends: the process ends then, and a default
    action restored before it has would kill it silently in the middle of its stop. (Python's own
    finalisation restores the default actions: a process that was stopped ignores them by then.)"""
    import atexit
    import signal

    _SIGNALLED.clear()  # (a command run again in one process, as tests do, starts unstopped)
    try:
        for name in STOP_SIGNALS:
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), _stop)
    except ValueError:  # not the main thread
        return
    atexit.unregister(_ignore_stops_once_stopped)  # (once, however many commands one process runs)
    atexit.register(_ignore_stops_once_stopped)


def _ignore_stops_once_stopped() -> None:
    """(Run at exit, after the interpreter has joined its threads: what is left cannot wait.)"""
    import signal

    for name in STOP_SIGNALS if _SIGNALLED else ():
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


@contextmanager
def stopping_on_signals():
    """SIGTERM, like SIGINT, stops the build with an exception, so its temporaries are removed on
    the way out (where signals can be handled: on the main thread)."""
    import signal

    _SIGNALLED.clear()  # a build starts unstopped (a stop before it would not have let it start)
    try:
        previous = {s: signal.signal(s, _stop) for name in STOP_SIGNALS if (s := getattr(signal, name, None))}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _end_worker(signum, frame):
    """SIGTERM in a worker: remove its temporaries and end at once, quietly."""
    discard(_OWN)
    os._exit(128 + signum)


def start_worker(parent: int) -> None:
    """Set up a worker process of ``parent``: it leaves SIGINT to the main process, removes its
    temporaries and ends quietly on SIGTERM, and is sent SIGTERM when the main process dies (on Linux)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _end_worker)
    signal.signal(signal.SIGHUP, _end_worker)  # a closed terminal hangs up the whole process group
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the main process died before the request took effect
        _end_worker(signal.SIGTERM, None)
    if hasattr(signal, "pthread_sigmask"):  # the pool started the worker with them blocked
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
