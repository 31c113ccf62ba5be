"""The ``briefing`` command: each subcommand parses options and calls one library function."""
from __future__ import annotations

import sys
from dataclasses import replace

import click

from . import __version__
from .errors import BriefingError

from .build import ALL_FORMATS


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


templates_option = click.option("--templates", "-t", "templates", multiple=True, type=click.Path(file_okay=False),
                                help="A folder of audiences searched before the built-in ones (repeatable).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefing")
def main() -> None:
    """Turn structured content into briefing decks (.pptx) and reports (.pdf), per audience."""


@main.command()
@click.argument("content", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--audience", "-a", "audiences", multiple=True, help="Audience to build (repeatable; default: all).")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(ALL_FORMATS),
              help="Output format (repeatable; default: pptx and pdf; md is a Markdown handout).")
@click.option("--output", "-o", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the built files.")
@click.option("--paper", type=click.Choice(("a4", "letter")), default=None,
              help="Paper size of the report (default: from the locale, else a4).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Files written in parallel processes (default: one per core from 4 files on).")
@templates_option
def build(content, audiences, formats, output, paper, jobs, templates) -> None:
    """Build CONTENT files (default: every content/*.yaml) into decks and reports."""
    import time

    from .build import build as run_build

    start = time.perf_counter()
    bar = None

    def planned(files, workers):
        nonlocal bar
        if workers > 1 and files > 3 and sys.stderr.isatty():  # a progress bar where someone watches
            bar = click.progressbar(length=files, label=f"building with {workers} processes", file=sys.stderr,
                                    item_show_func=lambda p: str(p) if p else "")
            bar.__enter__()

    def said(result):
        if bar is not None:
            bar.update(1, result.path)
        else:
            click.echo(f"wrote {result.path}")

    try:
        built = _run(run_build, content, audiences, formats, output, templates, on_written=said, paper=paper,
                     jobs=jobs, on_planned=planned)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(f"{len(built)} file{'s' if len(built) != 1 else ''} built in {time.perf_counter() - start:.2f} s")


@main.command()
@click.argument("content", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(content) -> None:
    """Check CONTENT files and report every problem as FILE:LINE:COL."""
    from .loader import load_content

    problems = []
    for file in content:
        try:
            load_content(file)
            click.echo(f"{file}: ok")
        except BriefingError as exc:
            problems.extend(exc.problems)
    if problems:
        raise UserError(BriefingError(problems))


@main.command()
@templates_option
def audiences(templates) -> None:
    """List the audiences: name and description."""
    from .audiences import list_audiences

    for audience in _run(list_audiences, templates):
        click.echo(f"{audience.name:<12} {audience.config.description}")


@main.command("import")
@click.argument("notes", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Content file to write (default: content/<notes-stem>.yaml).")
@click.option("--source-url", help="Link to the recording, so timestamps become links.")
@click.option("--source-name", help="Name of the recording (default: from the link).")
@click.option("--title", help="Title of the briefing (default: the notes' first heading).")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def import_(notes, output, source_url, source_name, title, force) -> None:
    """Turn NOTES (summary notes, Markdown or a chapter list) into a content file."""
    from .importer import import_file

    path, found = _run(import_file, notes, output, force=force, title=title,
                       source_url=source_url, source_name=source_name)
    plural = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"  # noqa: E731
    click.echo(f"found {plural(found.takeaways, 'takeaway')}, {plural(found.topics, 'topic')}, "
               f"{plural(found.charts, 'chart')}")
    for warning in found.warnings:
        click.echo(str(replace(warning, message=f"warning: {warning.message}")), err=True)
    click.echo(f"wrote {path}")


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
