"""Stop signals (SIGTERM, SIGINT, SIGHUP): what a process does when it is asked to stop.

While a command works, the first stop signal raises ``Stopped`` where the program is, so that
what it was writing is removed on the way out (see ``atomic``); the CLI then says so in one line
and exits 128 + the signal. Before a command has started and once it has finished there is nothing
to remove: a stop then ends the process at once, with its line (``end_at_once``). While a library
that cannot be interrupted runs (pydantic-core: a stop raised inside it can be swallowed and turn
into a false validation error), a stop is recorded and raised when it returns (``held_back``). The
build's worker processes end on stops of their own (``worker_stops``).
"""
from __future__ import annotations

import os
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

# signal is imported where used: the CLI imports this module at start-up
STOP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")  # those that end a command with its temporaries removed
_SIGNALLED: list[int] = []  # the stop signals this process was sent, in order: the first decides
_INSISTED = 3  # stop signals after which the process ends at once, whatever it is doing


class _Mode:
    at_once: str | None = None  # the line a stop ends the process with at once, for stop_line (None: Stopped is raised)
    held = 0  # depth of held_back blocks
    owed = False  # a stop was held back: raised when the outermost block ends
    settled = False  # the command's files are in place (``settle``): a stop now has lost nothing
    hook: Callable[[Any], object] | None = None  # the hook a stop replaced (``_quiet_leftovers``)


class Stopped(KeyboardInterrupt):
    """The command was stopped by a signal (SIGINT, SIGTERM or SIGHUP).

    The signal's number is kept outside the exception: reportlab re-raises what a flowable raises
    as ``type(exc)(message)``, so arguments do not survive the way out."""

    @property
    def signum(self) -> int:
        """The signal that stopped the command (SIGINT when none was recorded)."""
        return stopped_by() or 2


def stopped_by() -> int | None:
    """The signal that stopped this process, if one did (whatever exception the stop became)."""
    return _SIGNALLED[0] if _SIGNALLED else None


STOPPED = "stopped by {}: no file is half-written and no temporary is left"  # (the line of a stop, in general)


def settle() -> None:
    """The command's files are in place (a commit renamed them all): a stop from now on, or one held
    while they were renamed, has lost nothing and is said so (``settled``)."""
    _Mode.settled = True


def settled() -> bool:
    """Whether this command's files are in place (``settle``)."""
    return _Mode.settled


def stop_line(signum: int, said: str = STOPPED) -> str:
    """The line a stop by ``signum`` ends a command with: ``said`` with the signal's name."""
    import signal

    return said.format(signal.Signals(signum).name)


def _stop(signum, frame):
    """A stop signal: the first raises Stopped (or ends the process at once, or is held back; see the
    module's text); one that comes while the stop is under way (a second Ctrl-C, the SIGHUP of a
    closing terminal after a SIGTERM) is not acted on: raised in the middle of the clean-up, it would
    leave temporaries, workers or a half-shut pool behind. A third ends the process at once (someone
    insists: a clean-up that waits on something must not make it unstoppable but by SIGKILL)."""
    _SIGNALLED.append(signum)
    if len(_SIGNALLED) >= _INSISTED:
        _say("stopped at once: temporaries may be left (the next build removes them)")
        os._exit(128 + _SIGNALLED[0])
    if len(_SIGNALLED) > 1:
        return
    if _Mode.at_once is not None:
        _say(stop_line(signum, _Mode.at_once))
        os._exit(128 + signum)
    if _Mode.held:
        _Mode.owed = True
        return
    _quiet_leftovers()
    raise Stopped(signum)


def _quiet_leftovers() -> None:
    """A stop is taken: from now on what objects it left half-built say as they are collected
    ("Exception ignored in: <zipfile.ZipExtFile> … AttributeError", when a stop lands inside their
    constructor) is not printed: the stop's one line is all the user is told."""
    import sys

    if _Mode.hook is None:
        _Mode.hook, sys.unraisablehook = sys.unraisablehook, _ignore


def _unstopped() -> None:
    """A command starts unstopped (a command run again in one process, as tests do)."""
    import sys

    _SIGNALLED.clear()
    _Mode.settled = False
    if _Mode.hook is not None:
        sys.unraisablehook, _Mode.hook = _Mode.hook, None


def _ignore(unraisable) -> None:
    """(An unraisable exception after a stop: see ``_quiet_leftovers``.)"""


def catch_stops() -> None:
    """For the rest of the process: SIGTERM, SIGHUP and SIGINT stop it (the first of them; see
    ``_stop``). Not undone when the command ends: the process ends then, and a default action
    restored before it has would kill it silently (Python's own finalisation restores them: they
    are blocked before it does)."""
    import atexit
    import signal

    _unstopped()
    _Mode.owed = False
    try:
        for name in STOP_SIGNALS:
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), _stop)
    except ValueError:  # not the main thread
        return
    atexit.unregister(_hold_stops_at_exit)  # (once, however many commands one process runs)
    atexit.register(_hold_stops_at_exit)


def end_at_once(said: str | None) -> None:
    """From now on a stop ends the process at once with ``stop_line(signal, said)`` (nothing is under
    way that must be removed); None: a stop raises Stopped again."""
    _Mode.at_once = said


def _hold_stops_at_exit() -> None:
    """(Run at exit, after the interpreter has joined its threads.) The stop signals are blocked:
    Python's finalisation gives them their default actions back, which would kill the process
    silently with the work done. One already pending ends it, with its line, as ``_stop`` would."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # (Windows)
        return
    stops = {getattr(signal, n) for n in STOP_SIGNALS}
    signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    pending = sorted(stops & signal.sigpending())
    if pending and not _SIGNALLED and _Mode.at_once is not None:
        _say(stop_line(pending[0], _Mode.at_once))
        os._exit(128 + pending[0])


def _say(line: str) -> None:
    """``line`` on stderr, straight to the file (from a handler, as the process ends), if it can take it."""
    with suppress(OSError):  # (stderr closed or full: the exit status says it)
        os.write(2, f"{line}\n".encode())


@contextmanager
def held_back():
    """A stop that comes during the block is recorded and raised as the block ends (in place of
    whatever it raised): for library code a stop must not interrupt. Nested blocks hold until the
    outermost ends. (Only on the main thread, where handlers run: another thread's block holds nothing.)"""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _Mode.held += 1
    try:
        yield
    finally:
        _Mode.held -= 1
        if not _Mode.held and _Mode.owed:
            _Mode.owed = False
            _quiet_leftovers()
            raise Stopped(stopped_by())


@contextmanager
def signals_blocked():
    """The stop signals held (a stop that came is raised as the block ends) for system calls that
    must happen together (create a temporary and note it; rename a set of files): by the system where
    it can, and by Python (``held_back``): a signal taken by another thread has its handler run on the
    main thread, mask or not (a thread with the signals open made a build's renames stop half-way)."""
    import signal

    mask = getattr(signal, "pthread_sigmask", None)  # not on Windows
    with held_back():
        previous = mask(signal.SIG_BLOCK, {getattr(signal, n) for n in STOP_SIGNALS if hasattr(signal, n)}) if mask else None
        try:
            yield
        finally:
            if mask:
                mask(signal.SIG_SETMASK, previous)  # (one pending is handled here: held back, raised as the block ends)


@contextmanager
def stopping_on_signals():
    """SIGTERM, like SIGINT, stops the build with an exception, so its temporaries are removed on
    the way out (where signals can be handled: on the main thread)."""
    import signal

    _unstopped()  # (a stop before the build would not have let it start)
    try:
        previous = {s: signal.signal(s, _stop) for name in STOP_SIGNALS if (s := getattr(signal, name, None))}
    except ValueError:  # not the main thread
        yield
        return
    at_once, _Mode.at_once = _Mode.at_once, None
    try:
        yield
    finally:
        _Mode.at_once = at_once
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def exit_now(code: int) -> None:
    """End the process with ``code`` once the command is done: its output flushed and the exit
    handlers run, but not Python's finalisation (a full collection and the teardown of every module:
    ~40 ms, a seventh of a one-deck build's processor time). Raises OSError if the console cannot
    take what is still buffered."""
    import atexit
    import sys

    for stream in (s for s in (sys.stdout, sys.stderr) if s is not None):  # (None: its descriptor was closed at start)
        stream.flush()
    atexit._run_exitfuncs()
    os._exit(code)
