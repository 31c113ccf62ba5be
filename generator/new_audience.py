"""``briefing new-audience``: a new audience folder that extends another, builds at once, and says in
its files which file controls what."""
from __future__ import annotations

from pathlib import Path

from .audiences import LOCAL, load_audience, search_path
from .errors import BriefingError, Problem
from .files import refuse_link_loop

MAX_NAME = 40  # characters of an audience name new-audience makes
# names Windows keeps for devices: a folder of that name cannot be made or copied there
_DEVICES = {"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))}


def build_command(name: str, directory: str | Path, extra: list | tuple = ()) -> str:
    """The command that builds audience ``name`` made in ``directory``: with -t unless that is searched."""
    on_path = any(Path(directory).resolve() == root.resolve() for root in [*search_path(extra), LOCAL])
    return f"briefing build -a {name}" + ("" if on_path else f" -t {directory}")


def scaffold(name: str, base: str = "base", directory: str | Path = "templates", extra: list | tuple = ()) -> Path:
    """Create ``directory/name``: an audience that extends ``base``, builds at once, and says
    in its files which file controls what."""
    import json

    _check_name(name, base)
    refuse_link_loop(directory)
    parent = load_audience(base, extra)
    target = Path(directory) / name
    if target.exists():
        raise BriefingError(Problem("already exists; choose another name or remove it", str(target)))
    budget = "\n".join(f"#   {key}: {json.dumps(value)}" for key, value in parent.config.budget.model_dump().items())
    theme = "\n".join(f"# {key}: {json.dumps(value) if isinstance(value, list) else value}"
                      for key, value in parent.theme.items() if key != "logo")
    label = name.replace("-", " ").replace("_", " ").title()
    files = {
        "audience.yaml": f"""\
# The '{name}' audience. Every file here overrides the same file of the audience it extends
# ('{base}'); a file that is not here comes from there.
#   audience.yaml     this file: description, label, what it extends, the budget
#   theme.yaml        colours, fonts and a logo (only the keys that differ)
#   document.yaml.j2  which slides come, in which order (the blocks of templates/base/document.yaml.j2)
#   slides/NAME.yaml.j2  copy a file from templates/base/slides/ here to change how that slide is written
#   lang/CODE.yaml    the words the tool adds ("Agenda", "Page 2 of 9") in a language, e.g. lang/fr.yaml
#                     with `bottom_line: En bref` (`briefing words fr` prints every word to copy from)
# Build it: {build_command(name, directory, extra)}
description: "Made with briefing new-audience from {base}; say who it is for"
label: {label}
extends: {base}
# The budget: which topics and how much of each. Keys you set here replace the inherited ones:
{budget}
budget: {{}}
""",
        "theme.yaml": f"""\
# Theme keys set here replace the inherited ones; these are the values from '{base}'.
# Colours are hex RRGGBB; fonts are names PowerPoint users have.
{theme}
# logo: logo.png     a PNG or JPEG inside this folder, shown on the title slide and the cover
""",
        "document.yaml.j2": f"""\
{{#
  The '{name}' document: it extends '{base}' and changes nothing yet. Override a block of
  templates/base/document.yaml.j2 to change which slides come and in which order:
  title_slide, agenda, summary, body (each topic in the block topic), timeline, closing.
  For example, a summary called "The short version" with five points, one level deep:

  {{% block summary %}}
  {{% set heading, limit, depth = "The short version", 5, 1 %}}
  {{% include "slides/takeaways.yaml.j2" %}}
  {{% endblock %}}

  Every {{{{ ... }}}} writes one value: write {{{{ "Why " ~ topic.title }}}}, not Why {{{{ topic.title }}}}.
#}}
{{% extends "{base}/document.yaml.j2" %}}
""",
    }
    from .atomic import create_all, why_not

    try:  # all or none: a stop or a full disk leaves no half-made audience
        create_all({target / file: text.encode("utf-8") for file, text in files.items()})
    except OSError as exc:
        raise BriefingError(Problem(f"cannot create: {why_not(target / 'audience.yaml', exc)}", str(target))) from None
    return target


def _check_name(name: str, base: str) -> None:
    """A BriefingError unless ``name`` can name a new audience extending ``base`` on every system."""
    import re

    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        raise BriefingError(f"audience names are lowercase letters, digits, - and _, starting with a letter or "
                            f"digit (not '{name}')")
    if len(name) > MAX_NAME:
        raise BriefingError(f"audience names are at most {MAX_NAME} characters ('{name[:MAX_NAME]}…' has {len(name)})")
    if name in _DEVICES:
        raise BriefingError(f"'{name}' is a name Windows keeps for a device: a folder of that name cannot be made "
                            "or copied there; choose another name")
    if name == base:  # it would extend itself, and every audience that extends it would fail
        raise BriefingError(f"an audience cannot extend an audience of its own name ('{name}'); choose another name")
