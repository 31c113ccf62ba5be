"""``briefing build``: its options (the writers' declared ones among them), ``--watch``, and what a
build says."""
from __future__ import annotations

import gc
import sys
from typing import Any

import click

from ..errors import BriefingError, printable
from ..stops import end_at_once
from .group import _DONE, UserError, _Command, _run, _stopped, _warn, main, templates_option
from .starting import THE_COMMAND


def _build_settings(ctx, config) -> dict:
    """The build command's options: those given on the command line, else ``config``'s (a
    ``briefing.toml`` as load_config reads it, or None), else the options' defaults; and the
    content folder."""
    from click.core import ParameterSource

    from ..writers import declared_options

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
    from ..config import find_config, load_config

    path = find_config()
    return _run(load_config, path) if path else None


def _formats(names: tuple) -> tuple:
    """The formats named with -f, each one a writer is registered for."""
    from ..writers import formats

    try:
        return tuple(formats(names)) if names else ()
    except BriefingError as exc:
        raise click.BadParameter(exc.problems[0].message) from None


class _BuildCommand(_Command):
    """``briefing build``: its own options, then after ``--output`` each option a writer declares
    (``writers.declared_options``), added when the command is parsed or its help shown: the CLI
    starts without reading the writers."""

    def get_params(self, ctx):
        from ..writers import declared_options

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
        if THE_COMMAND:  # the process ends with the build: the collector is not turned on again (~15 ms)
            gc.disable()
        _build_once(content, done=True, **settings)
        return
    from ..kept_renders import keep_renders
    from ..watch import watch_paths, watching
    from ..writers import declared_options

    keep_renders()  # a rebuild renders again only what changed
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

    from ..build import build as run_build

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

