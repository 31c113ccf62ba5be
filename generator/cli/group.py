"""The ``briefing`` command group and how a command ends: a user's mistake (exit 1), a stop signal
(128 + its number), the console failing (exit 1), a bug (exit 70)."""
from __future__ import annotations

import os
import sys
from dataclasses import replace

import click

from .. import __version__
from ..errors import BriefingError, InternalError, printable
from ..stops import STOP_SIGNALS, STOPPED, catch_stops, end_at_once, exit_now, settled, stop_line, stopped_by
from .starting import THE_COMMAND as _THE_COMMAND

SHOWN = 200  # problems printed at most: 50,000 topics with an unknown key printed 50,000 lines


class UserError(click.ClickException):
    """A BriefingError as Click prints it: every problem on its own line (the first SHOWN, then how
    many more), exit 1."""

    exit_code = 1

    def __init__(self, error: BriefingError):
        problems = error.problems
        more = f"\n… and {len(problems) - SHOWN:,} more problems (fix these, then run it again)" if len(problems) > SHOWN else ""
        super().__init__("\n".join(str(p) for p in problems[:SHOWN]) + more if problems else str(error))

    def show(self, file=None) -> None:
        click.echo(self.message, err=True)


def _run(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except BriefingError as exc:
        raise UserError(exc) from None


INTERNAL_ERROR = 70  # EX_SOFTWARE of sysexits.h: a bug in briefing, not a mistake in its input


class _Command(click.Command):
    """A subcommand: once it has returned (its result said, its files in place) a stop ends the
    process at once, saying that nothing is lost."""

    def invoke(self, ctx):
        result = super().invoke(ctx)
        end_at_once(_DONE)
        return result


class _Briefing(click.Group):
    """The command group: a signal ends a command with a short message and 128 + its number; any
    other exception that escapes is a bug, reported in one line with exit status 70, not a traceback."""

    command_class = _Command

    def main(self, *args, **kwargs):
        """Click's main, with the stop signals caught first of all (until the command starts, and once
        it has finished, a stop ends the process at once with its line: nothing is under way), and
        the console itself failing (stdout on a full disk, a closed terminal) said in one line and
        exit 1: it is the world failing, not briefing."""
        import signal

        # a program (or a test) that runs the command in its own process gets its handlers back after it
        previous = {s: signal.getsignal(s) for s in _stop_signals()} if not _THE_COMMAND else {}
        catch_stops()
        end_at_once(STOPPED)
        try:
            try:
                if sys.stdout is None:  # file descriptor 1 closed (`briefing schema >&-`): what it says goes nowhere
                    _console_failed(OSError(9, "standard output is closed"))  # EBADF
                return super().main(*args, **kwargs)
            except SystemExit as done:  # the command is done: the process ends without Python's finalisation
                if not _THE_COMMAND or not isinstance(done.code, (int, type(None))):
                    raise
                code = done.code or 0
            exit_now(code)
        except OSError as exc:
            if exc.errno == 32:  # EPIPE: the reader went away while an error was said
                _pipe_closed()
            _console_failed(exc)
        finally:
            if previous:
                end_at_once(None)
                for signum, handler in previous.items():
                    signal.signal(signum, handler)

    def make_context(self, *args, **kwargs):
        """Click's, with a reader gone while the help or version is said ended as in a command."""
        try:
            return super().make_context(*args, **kwargs)
        except OSError as exc:
            if exc.errno == 32:  # EPIPE
                _pipe_closed()
            raise

    def invoke(self, ctx):
        end_at_once(None)  # a stop now raises Stopped where the command is: what it writes is removed
        if _THE_COMMAND:  # the collector, paused while the modules were imported (starting.py), walks no module
            import gc

            gc.freeze()
            gc.enable()
        try:
            result = super().invoke(ctx)
            if (signum := stopped_by()) is not None:  # a library swallowed the stop
                _stopped(ctx, signum)
        except KeyboardInterrupt as exc:
            _stopped(ctx, getattr(exc, "signum", None))
        except (click.ClickException, click.exceptions.Exit, click.Abort) as exc:
            if (signum := stopped_by()) is not None and not isinstance(exc, click.exceptions.Exit):
                _stopped(ctx, signum)  # a library made the stop a mistake of the input (pydantic-core, reportlab)
            if isinstance(exc, click.ClickException) and not isinstance(exc, UserError):  # (said a problem a line)
                exc.message = printable(exc.message)  # type: ignore[misc]  # (a newline or an escape in a name)
            end_at_once(STOPPED)
            raise
        except Exception as exc:
            _failed(ctx, exc)
        return result


def _stop_signals() -> list:
    import signal

    return [getattr(signal, name) for name in STOP_SIGNALS if hasattr(signal, name)]


_DONE = "stopped by {} once the command had done its work: nothing is lost"  # (its result said, its files in place)


_LOOP = "Symlink loop from "


def _failed(ctx, exc: Exception):
    """End a command that raised ``exc``: the stop it became, a closed pipe, a console or path
    the system refuses, else a bug (one line, exit 70)."""
    import errno

    end_at_once(STOPPED)
    if (signum := stopped_by()) is not None:  # a library's bare ``except:`` turned the stop into its own error
        _stopped(ctx, signum)
    if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
        _pipe_closed()
    if isinstance(exc, OSError) and exc.errno in _CONSOLE_ERRORS:
        _console_failed(exc)  # the library turns its own files' errors into BriefingErrors
    looped = isinstance(exc, RuntimeError) and str(exc).startswith(_LOOP)  # (Path.resolve before Python 3.13)
    if isinstance(exc, OSError) and exc.errno in (errno.ENAMETOOLONG, errno.ELOOP) or looped:  # a path the system refuses
        filename = str(exc)[len(_LOOP):].strip("'") if looped else getattr(exc, "filename", None)
        where = f"{printable(str(filename))}: " if filename else ""
        loop = looped or getattr(exc, "errno", None) == errno.ELOOP
        from ..files import LINK_LOOP

        click.echo(f"{where}{LINK_LOOP if loop else printable(getattr(exc, 'strerror', None) or str(exc))}", err=True)
        ctx.exit(1)
    what = str(exc) if isinstance(exc, InternalError) else f"{type(exc).__name__}: {exc}"
    click.echo(f"internal error: {printable(what)} (a bug in briefing; please report it with the command "
               "that caused it)", err=True)
    if os.environ.get("BRIEFING_DEBUG", "") not in ("", "0"):  # the traceback, for the report
        import traceback

        click.echo("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(), err=True)
    ctx.exit(INTERNAL_ERROR)


def _stopped(ctx, signum, said: str = STOPPED):
    """End a command stopped by a signal: one line and 128 + the signal's number. A stop that came
    once the command's files were in place (while they were renamed, or the build's workers ended)
    says that nothing is lost: the previous files are replaced then."""
    import signal

    signum = signum or signal.SIGINT
    if said == STOPPED and settled():
        said = _DONE
    end_at_once(STOPPED)
    click.echo(stop_line(signum, said), err=True)
    ctx.exit(128 + signum)


PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a program whose reader went away (`cat`, `ls`, `git`)


def _pipe_closed():
    """The reader of our output went away (``briefing audiences | head -1``): end quietly, as the
    programs that die of SIGPIPE do, with 141. What is still buffered goes nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):  # (stderr too: it may be the closed one, and nothing more is said)
        os.dup2(devnull, fd)
    sys.exit(PIPE_CLOSED)


_CONSOLE_ERRORS = {28, 122, 5, 27}  # ENOSPC, EDQUOT, EIO, EFBIG: what writing to a full or gone console gives


def _console_failed(exc: OSError):
    """End with one line on stderr (when stderr can still take it) and exit 1."""
    try:
        if sys.stderr is not None:  # (None: file descriptor 2 closed)
            sys.stderr.write(f"briefing: cannot write to the console: {exc.strerror or exc}\n")
            sys.stderr.flush()
    except OSError:
        pass
    # what is still buffered would fail again when the interpreter flushes the streams at exit
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (open until the process ends)
    sys.exit(1)


templates_option = click.option("--templates", "-t", "templates", multiple=True, type=click.Path(file_okay=False),
                                help="A folder of audiences searched before the built-in ones (repeatable).")


@click.group(cls=_Briefing, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing")
@click.pass_context
def main(ctx) -> None:
    """Turn structured content into briefing decks (.pptx) and reports (.pdf), per audience.

    A briefing.toml in the current folder sets defaults (content and output folders, template
    folders, audiences, formats, paper); options given on the command line win.
    """
    from ..config import find_config

    path = find_config()
    if path is None:
        return
    from ..config import load_config

    config = _run(load_config, path)
    ctx.obj = config
    templates = {"templates": tuple(config.templates)} if config.templates else {}
    ctx.default_map = {  # (build reads the config itself: --watch reads it again before each rebuild)
        "audiences": templates, "words": templates,
        "new-audience": {**templates, **({"directory": config.templates[0]} if config.templates else {})},
    }



def _warn(problem) -> None:
    """A warning on stderr, as ``FILE:LINE:COL: warning: message``."""
    click.echo(str(replace(problem, message=f"warning: {problem.message}")), err=True)

