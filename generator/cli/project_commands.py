"""The commands on a project and its audiences: ``init``, ``audiences``, ``new-audience`` and ``words``."""
from __future__ import annotations

import click

from ..errors import BriefingError, Problem, printable
from .group import UserError, _run, main, templates_option

@main.command()
@templates_option
def audiences(templates) -> None:
    """List the audiences: name, what it extends, where it comes from, description. An audience
    that cannot be loaded is reported after the others (exit 1)."""
    from ..audiences import BUILTIN, list_audiences

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
    from ..new_audience import build_command, scaffold

    path = _run(scaffold, name, base, directory, templates)
    click.echo(printable(f"created {path}/ extending '{base}':"))
    click.echo("  audience.yaml     description, label, budget (which topics, how many points)")
    click.echo("  theme.yaml        colours, fonts, logo")
    click.echo("  document.yaml.j2  which slides, in which order")
    click.echo(printable(f"build it: {build_command(name, directory, templates)}"))


@main.command()
@click.argument("lang", default="en")
@click.option("--audience", "-a", help="With this audience's own words (its lang/ folder and those it extends).")
@templates_option
def words(lang, audience, templates) -> None:
    """Print the words the tool adds for content in LANG (default: en), as a language file to copy."""
    from ..audiences import load_audience
    from ..words import load_words, show_words

    chain = _run(load_audience, audience, templates).chain if audience else []
    click.echo(show_words(_run(load_words, lang, chain)), nl=False)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory) -> None:
    """Start a project in DIRECTORY (default: here): example content and a commented briefing.toml."""
    import shlex
    from pathlib import Path

    from ..starter import init_project

    for path in _run(init_project, directory):
        click.echo(printable(f"wrote {path}"))
    here = Path(directory).resolve() == Path.cwd().resolve()
    click.echo(printable("build it: " + ("" if here else f"cd {shlex.quote(directory)} && ") + "briefing build   "
                         "(your own notes: briefing import NOTES)"))
