"""The ``briefing`` command: each subcommand parses options and calls one library function."""
from __future__ import annotations

import gc
import os
import sys

from .stops import STOP_SIGNALS, STOPPED, catch_stops, end_at_once, exit_now, stop_line, stopped_by

_THE_COMMAND = __name__ == "__main__" or os.path.basename(sys.argv[0]).removesuffix(".exe") == "briefing"
if _THE_COMMAND:
    catch_stops()  # before anything else is imported: a stop meanwhile is one line, not a silent death
    end_at_once(STOPPED)

from dataclasses import replace  # noqa: E402 (after the stops are caught)
from typing import Any  # noqa: E402

# The command loads no pydantic plugins: looking for them scans every installed package's metadata.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
    # pydantic's plugin loader returns no plugins then, but importing it imports importlib.metadata
    # (~12 ms, 5% of a one-deck build): a loader that returns none stands in for it
    import types

    _no_plugins = types.ModuleType("pydantic.plugin._loader")
    _no_plugins.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", _no_plugins)

import click  # noqa: E402

from . import __version__  # noqa: E402
from .errors import BriefingError, InternalError, Problem, printable  # noqa: E402


class UserError(click.ClickException):
    """A BriefingError as Click prints it: every problem on its own line, exit 1."""

    exit_code = 1

    def __init__(self, error: BriefingError):
        super().__init__(str(error))

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
    if isinstance(exc, OSError) and exc.errno in (errno.ENAMETOOLONG, errno.ELOOP) or (
            isinstance(exc, RuntimeError) and str(exc).startswith("Symlink loop")):  # a path the system refuses
        filename = getattr(exc, "filename", None)
        where = f"{printable(str(filename))}: " if filename else ""
        click.echo(f"{where}{printable(getattr(exc, 'strerror', None) or str(exc))}", err=True)
        ctx.exit(1)
    what = str(exc) if isinstance(exc, InternalError) else f"{type(exc).__name__}: {exc}"
    click.echo(f"internal error: {printable(what)} (a bug in briefing; please report it with the command "
               "that caused it)", err=True)
    if os.environ.get("BRIEFING_DEBUG", "") not in ("", "0"):  # the traceback, for the report
        import traceback

        click.echo("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip(), err=True)
    ctx.exit(INTERNAL_ERROR)


def _stopped(ctx, signum, said: str = STOPPED):
    """End a command stopped by a signal: one line and 128 + the signal's number."""
    import signal

    signum = signum or signal.SIGINT
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
    from .config import find_config

    path = find_config()
    if path is None:
        return
    from .config import load_config

    config = _run(load_config, path)
    ctx.obj = config
    templates = {"templates": tuple(config.templates)} if config.templates else {}
    ctx.default_map = {  # (build reads the config itself: --watch reads it again before each rebuild)
        "audiences": templates, "words": templates,
        "new-audience": {**templates, **({"directory": config.templates[0]} if config.templates else {})},
    }


def _build_settings(ctx, config) -> dict:
    """The build command's options: those given on the command line, else ``config``'s (a
    ``briefing.toml`` as load_config reads it, or None), else the options' defaults; and the
    content folder."""
    from click.core import ParameterSource

    from .writers import declared_options

    from_config = {"output": config.output, "audiences": tuple(config.audiences), "formats": tuple(config.formats),
                   "jobs": config.jobs, "templates": tuple(config.templates),
                   **{o.name: getattr(config, o.name) for o in declared_options()}} if config else {}
    settings = {}
    for param in ctx.command.params:
        if param.name in ("content", "watch"):
            continue
        given = ctx.get_parameter_source(param.name) not in (ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)
        settings[param.name] = ctx.params[param.name] if given or not from_config.get(param.name) else from_config[param.name]
    settings["content_dir"] = config.content if config and config.content else "content"
    return settings


def _config_now():
    """``briefing.toml`` as it is now (None if there is none); a mistake in it is a UserError."""
    from .config import find_config, load_config

    path = find_config()
    return _run(load_config, path) if path else None


def _formats(names: tuple) -> tuple:
    """The formats named with -f, each one a writer is registered for."""
    from .writers import formats

    try:
        return tuple(formats(names)) if names else ()
    except BriefingError as exc:
        raise click.BadParameter(exc.problems[0].message) from None


class _BuildCommand(_Command):
    """``briefing build``: its own options, then after ``--output`` each option a writer declares
    (``writers.declared_options``), added when the command is parsed or its help shown: the CLI
    starts without reading the writers."""

    def get_params(self, ctx):
        from .writers import declared_options

        declared = _run(declared_options)
        if getattr(self, "_declared", None) is not declared:  # (first use, or the registry was read again)
            own = getattr(self, "_own", None) or list(self.params)
            at = next(i for i, p in enumerate(own) if p.name == "output") + 1
            self._own, self._declared = own, declared
            self.params = own[:at] + [_writer_option(o) for o in declared] + own[at:]
        return super().get_params(ctx)


def _writer_option(option) -> click.Option:
    """A writer's declared option as a flag of ``briefing build``."""
    kind = click.Choice(option.choices) if option.choices else click.Path(dir_okay=False) if option.path else None
    return click.Option([option.flag, option.name], type=kind, default=None, help=option.help)


@main.command(cls=_BuildCommand)
@click.argument("content", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--audience", "-a", "audiences", multiple=True, help="Audience to build (repeatable; default: all).")
@click.option("--format", "-f", "formats", multiple=True, callback=lambda ctx, param, value: _formats(value),
              help="Output format: pptx, pdf, md (a Markdown handout), chapters (for players) or one a plugin adds (repeatable; "
                   "default: pptx and pdf).")
@click.option("--output", "-o", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the built files.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files written in parallel processes (default: one per core from 4 files on).")
@click.option("--watch", "-w", is_flag=True, help="Rebuild when a content file, template or theme changes.")
@templates_option
@click.pass_context
def build(ctx, content, watch, **_given) -> None:
    """Build CONTENT files (default: every content/*.yaml) into decks and reports."""
    settings = _build_settings(ctx, ctx.obj)  # the options given, else briefing.toml's, else their defaults
    if not watch:
        if _THE_COMMAND:  # the process ends with the build: the collector is not turned on again (~15 ms)
            gc.disable()
        _build_once(content, done=True, **settings)
        return
    from .watch import watch_paths, watching
    from .writers import declared_options

    try:
        _build_once(content, **settings)
    except UserError as exc:
        exc.show()
    click.echo("watching for changes (Ctrl-C to stop)")
    paths = lambda: watch_paths(content, settings["templates"], settings["content_dir"],
                                [settings[o.name] for o in declared_options() if o.path])  # (a master)
    try:
        for changed in watching(paths):
            click.echo(printable(f"changed: {', '.join(str(p) for p in changed[:3])}{' …' if len(changed) > 3 else ''}"))
            try:
                settings = _build_settings(ctx, _config_now())  # briefing.toml as it is now
                _build_once(content, quiet=True, **settings)
            except UserError as exc:
                exc.show()
                click.echo("not rebuilt; still watching")
    except KeyboardInterrupt as exc:  # Ctrl-C is how one leaves watch mode; said as every stop is
        _stopped(ctx, getattr(exc, "signum", None), "stopped watching by {}: no file is half-written and no "
                 "temporary is left")


def _build_once(content, audiences, formats, output, jobs, templates, content_dir, quiet=False, done=False,
                **options) -> None:
    import time

    from .build import build as run_build

    start = time.perf_counter()
    bar: Any = None  # click.progressbar's ProgressBar, where one is shown

    def planned(files, workers):
        nonlocal bar
        if workers > 1 and files > 3 and sys.stderr.isatty():  # a progress bar where someone watches
            bar = click.progressbar(length=files, label=f"building with {workers} processes", file=sys.stderr,
                                    item_show_func=lambda p: str(p) if p else "")
            bar.__enter__()

    def said(result):
        if bar is not None:
            bar.update(1, result.path)

    try:
        built = _run(run_build, content, audiences, formats, output, templates, on_written=said, jobs=jobs,
                     on_planned=planned, content_dir=content_dir, on_warning=_warn, **options)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if done:  # every file is in place: a stop while they are listed loses nothing
        end_at_once(_DONE)
    if bar is None and not quiet:  # said once all are in place: files are replaced together
        for result in built:
            click.echo(printable(f"wrote {result.path}"))
    verb = "rebuilt" if quiet else "built"
    click.echo(f"{len(built)} file{'s' if len(built) != 1 else ''} {verb} in {time.perf_counter() - start:.2f} s"
               + (printable(f": {', '.join(b.path.name for b in built)}") if quiet else ""))


def _warn(problem) -> None:
    """A warning on stderr, as ``FILE:LINE:COL: warning: message``."""
    click.echo(str(replace(problem, message=f"warning: {problem.message}")), err=True)


@main.command()
@click.argument("content", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(content) -> None:
    """Check CONTENT files and report every problem as FILE:LINE:COL."""
    from .loader import load_content
    from .transcripts.quotes import check_file_quotes

    problems = []
    for file in content:
        try:
            loaded = load_content(file)
            for warning in check_file_quotes(file, loaded):  # quotes against a source's transcript
                _warn(warning)
            click.echo(printable(f"{file}: ok"))
        except BriefingError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UserError(BriefingError(problems))


@main.command()
@templates_option
def audiences(templates) -> None:
    """List the audiences: name, what it extends, where it comes from, description. An audience
    that cannot be loaded is reported after the others (exit 1)."""
    from .audiences import BUILTIN, list_audiences

    problems: list[Problem] = []
    found = _run(list_audiences, templates, problems)
    rows = [tuple(map(printable, (a.name, a.config.extends or "-", "built-in" if a.path.parent.resolve() == BUILTIN.resolve()
                                  else str(a.path), a.config.description))) for a in found]
    widths = [max(len(r[i]) for r in rows + [("name", "extends", "from", "")]) for i in range(3)]
    click.echo(f"{'name':<{widths[0]}}  {'extends':<{widths[1]}}  {'from':<{widths[2]}}  description")
    for row in rows:
        click.echo(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}")
    if problems:
        raise UserError(BriefingError(problems))


@main.command("new-audience")
@click.argument("name")
@click.option("--from", "base", default="base", show_default=True, help="The audience to extend.")
@click.option("--dir", "directory", default="templates", show_default=True, type=click.Path(file_okay=False),
              help="Folder to create the audience in.")
@templates_option
def new_audience(name, base, directory, templates) -> None:
    """Create an audience NAME that extends another, builds at once, and says which file does what."""
    from .new_audience import build_command, scaffold

    path = _run(scaffold, name, base, directory, templates)
    click.echo(printable(f"created {path}/ extending '{base}':"))
    click.echo("  audience.yaml     description, label, budget (which topics, how many points)")
    click.echo("  theme.yaml        colours, fonts, logo")
    click.echo("  document.yaml.j2  which slides, in which order")
    click.echo(printable(f"build it: {build_command(name, directory, templates)}"))


@main.command("import")
@click.argument("notes", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Content file to write (default: <content folder>/<notes-stem>.yaml; "
              "the content folder is briefing.toml's, else content/).")
@click.option("--source-url", help="Link to the recording, so timestamps become links.")
@click.option("--source-name", help="Name of the recording (default: from the link).")
@click.option("--title", help="Title of the briefing (default: the notes' top heading or short first line, "
              "else the file's name).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--transcript", type=click.Path(dir_okay=False),
              help="A transcript of the recording (.vtt, .srt, Whisper or YouTube JSON): every claim gets its own "
                   "moment, speaker and words, and the source names the transcript.")
@click.option("--source", "source_id", help="The source the transcript belongs to (default: the first).")
@click.pass_context
def import_(ctx, notes, output, source_url, source_name, title, force, transcript, source_id) -> None:
    """Turn NOTES (summary notes, Markdown or a chapter list) into a content file."""
    from pathlib import Path

    from .importer import import_file

    if output is None and ctx.obj is not None and ctx.obj.content:  # briefing.toml's content folder
        output = str(Path(ctx.obj.content) / f"{Path(notes).stem}.yaml")
    if transcript is not None:  # read first: a broken transcript leaves nothing written
        from .transcripts import read_transcript

        _run(read_transcript, transcript)

    path, found = _run(import_file, notes, output, force=force, title=title,
                       source_url=source_url, source_name=source_name)
    plural = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"
    click.echo(f"found {plural(found.takeaways, 'takeaway')}, {plural(found.topics, 'topic')}, "
               f"{plural(found.charts, 'chart')}, {plural(found.figures, 'key figure')}, {plural(found.quotes, 'quote')}")
    for warning in found.warnings:
        _warn(warning)
    if "lang" in found.data:  # (English is the default and is not written)
        click.echo(f"language: {found.data['lang']} (of the words briefing adds; change lang: in the content if wrong)")
    if transcript is not None:
        from .transcripts.run import align_file, write_aligned

        result = _run(align_file, path, transcript, source_id)
        _run(write_aligned, result, path, True, transcript)
        matched = sum(m.seconds is not None for m in result.matches)
        click.echo(printable(f"aligned {matched} of {len(result.matches)} claims with {transcript}"))
    click.echo(printable(f"wrote {path}"))


@main.command()
@click.argument("lang", default="en")
@click.option("--audience", "-a", help="With this audience's own words (its lang/ folder and those it extends).")
@templates_option
def words(lang, audience, templates) -> None:
    """Print the words the tool adds for content in LANG (default: en), as a language file to copy."""
    from .audiences import load_audience
    from .words import load_words, show_words

    chain = _run(load_audience, audience, templates).chain if audience else []
    click.echo(show_words(_run(load_words, lang, chain)), nl=False)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory) -> None:
    """Start a project in DIRECTORY (default: here): example content and a commented briefing.toml."""
    import shlex
    from pathlib import Path

    from .starter import init_project

    for path in _run(init_project, directory):
        click.echo(printable(f"wrote {path}"))
    here = Path(directory).resolve() == Path.cwd().resolve()
    click.echo(printable("build it: " + ("" if here else f"cd {shlex.quote(directory)} && ") + "briefing build   "
                         "(your own notes: briefing import NOTES)"))


@main.command()
@click.argument("content", type=click.Path(dir_okay=False))
@click.argument("transcript", required=False, type=click.Path(dir_okay=False))
@click.option("--source", "source", help="The source the transcript belongs to (default: the first); its offset "
              "converts the transcript's times to the content's.")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write the content with each matched claim's own at, speaker and quote.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per claim (a line each), in file order.")
def align(content, transcript, source, output, force, as_json) -> None:
    """Find where TRANSCRIPT (default: the one the source names) says each takeaway, point, figure
    and quote of CONTENT."""
    import json

    from .transcripts.run import align_file, as_json as json_of, write_aligned

    result = _run(align_file, content, transcript, source)
    for match in result.matches:
        if as_json:
            click.echo(json.dumps(json_of(result, match), ensure_ascii=False))
            continue
        found = json_of(result, match)
        when = found["at"] or "no match"
        who = f" [{match.speaker}]" if match.speaker else ""
        click.echo(printable(f"{found['where']}: {when:>9} {match.score:.2f}{who} {match.claim.text}"))
    if output:
        path = _run(write_aligned, result, output, force)
        click.echo(printable(f"wrote {path}"), err=as_json)
    unsaid = [m for m in result.matches if m.seconds is None]
    click.echo(f"{len(result.matches) - len(unsaid)} of {len(result.matches)} claims matched", err=True)
    for match in unsaid:
        _warn(Problem(f"not in the transcript: {match.claim.text}", content, match.claim.line, match.claim.col))


@main.command()
def schema() -> None:
    """Print the JSON Schema of content files (for editors)."""
    import json

    from .content import Content

    data = Content.model_json_schema()
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    data["title"] = "briefing content"
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
