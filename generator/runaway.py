"""Stopping a runaway template: the time limit, and the template file and line where it ran away.

The limit counts the processor time of the process (ITIMER_PROF), not the time on the clock, so
it means the same on a busy machine: what renders alone renders beside other work.

The limit is a BaseException, not an Exception: Jinja's constant folding catches every Exception
(and would compute the same thing again at run time, with no limit left).
"""
from __future__ import annotations

import signal
from contextlib import contextmanager


class OutOfTime(BaseException):
    """The time limit, with the template position it struck at. Not an Exception, so that no
    ``except Exception`` on the way (Jinja's constant folding has one) can swallow it."""

    def __init__(self, file: str = "", line: int = 0):
        super().__init__(file, line)
        self.file, self.line = file, line


def running_template(frame) -> tuple[str, int]:
    """The template file and line the innermost template frame is running."""
    while frame is not None:
        template = frame.f_globals.get("__jinja_template__")
        if template is not None and template.filename:
            return template.filename, template.get_corresponding_lineno(frame.f_lineno)
        frame = frame.f_back
    return "", 0


def innermost(generator):
    """The generator that ``generator`` is delegating to, innermost: through ``yield from`` (blocks)
    and through the suspended generator an ``include`` loops over (a local of its frame)."""
    import inspect

    while generator.gi_frame is not None:
        inner = generator.gi_yieldfrom or next((v for v in generator.gi_frame.f_locals.values() if inspect.isgenerator(v)
                                                and inspect.getgeneratorstate(v) == inspect.GEN_SUSPENDED), None)
        if not inspect.isgenerator(inner):  # (none, or an iterator that is not a generator)
            break
        generator = inner
    return generator


@contextmanager
def deadline(seconds: float):
    """Stop a runaway template once it has used ``seconds`` of processor time (where SIGPROF
    exists, on the main thread)."""
    def stop(signum, frame):
        raise OutOfTime(*running_template(frame))
    try:
        previous = signal.signal(signal.SIGPROF, stop)
    except (ValueError, AttributeError):  # not the main thread, or no SIGPROF
        yield
        return
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
