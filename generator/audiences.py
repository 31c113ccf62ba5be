"""Audiences: folders of templates and a theme, found on a search path, extending each other.

An audience folder holds ``audience.yaml`` (description, label, what it extends, its budget),
an optional ``theme.yaml`` (only the keys that differ from its parent) and optional templates
(``document.yaml.j2`` and anything it includes). Files not in a folder come from its parent.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticKnownError

from .document import Theme
from .errors import BriefingError, Problem
from .limits import MAX_EXTENDS, MAX_YAML_BYTES
from .loader import validate_model
from .yamlio import Located, load_yaml_file

_HERE = Path(__file__).resolve().parent
# The built-in audiences: package data when installed (the wheel maps templates/ to generator/templates),
# the project's own templates/ folder in a source checkout.
BUILTIN = _HERE / "templates" if (_HERE / "templates").is_dir() else _HERE.parent / "templates"
LOCAL = Path("templates")  # a project's own audiences, where new-audience puts them: searched without -t
_COLOR = r"^[0-9A-Fa-f]{6}$"


class Budget(BaseModel):
    """What an audience gets: which topics, in what order, how much of each."""

    model_config = ConfigDict(extra="forbid")
    lead: list[str] = Field([], description="topics to put first, in this order (id or title)")
    topics: list[str] = Field([], description="keep only these topics, by id or title (empty: all)")
    tags: list[str] = Field([], description="keep only topics with one of these tags (empty: all)")
    prefer: list[str] = Field([], description="topics with one of these tags come first and are kept first "
                                              "when max_topics must choose")
    max_topics: int = Field(0, ge=0, description="at most this many topics (0: no limit)")
    max_points: int = Field(0, ge=0, description="at most this many top-level points per topic (0: no limit)")
    depth: int = Field(3, ge=1, le=3, description="levels of nested points kept")
    max_slides: int = Field(0, ge=0, description="at most this many slides in the deck, before long ones continue "
                                                 "(0: no limit); the slides after them are in the report only")
    order: Literal["content", "time", "weight"] = Field("content", description="the topics' order after the lead and "
                                                         "preferred ones: the content's, time, or heaviest first")
    max_words: int = Field(75, ge=0, description="words a content slide of the deck shows at most (0: no limit); "
                                                 "the rest is in the speaker notes and the report")
    charts: Union[bool, list[str]] = Field(True, description="all charts, none, or these chart ids")
    figures: bool = True
    figures_once: bool = Field(True, description="a key figure shows once in the deck: not again in a second grid, "
                                                 "as a big number a chart of its topic plots, or as a point")
    timeline: bool = Field(True, description="a slide placing the topics in the recording (with three or more topics)")
    asides: bool = Field(True, description="topics that are asides (a welcome, a sponsor read, plugs, the wrap-up) get "
                                           "slides; false: none, the agenda and the 'Also discussed' line name them")
    tables: Union[bool, list[str]] = Field(True, description="all tables, none, or these table ids")
    unsupported: bool = Field(False, description="the report and the handout end with the content's claims that "
                                                 "the transcript of its source does not say (for the author)")


class AudienceConfig(BaseModel):
    """The contents of ``audience.yaml``."""

    model_config = ConfigDict(extra="forbid")
    description: str = ""
    label: str = ""
    extends: Optional[str] = None
    abstract: bool = False
    budget: Budget = Budget()


class ThemeConfig(BaseModel):
    """Theme keys an audience may set; colours are hex RRGGBB."""

    model_config = ConfigDict(extra="forbid")
    primary: Optional[str] = Field(None, pattern=_COLOR)
    accent: Optional[str] = Field(None, pattern=_COLOR)
    text: Optional[str] = Field(None, pattern=_COLOR)
    muted: Optional[str] = Field(None, pattern=_COLOR)
    background: Optional[str] = Field(None, pattern=_COLOR)
    palette: Optional[list[str]] = Field(None, min_length=1)
    heading_font: Optional[str] = Field(None, min_length=1, max_length=64)
    body_font: Optional[str] = Field(None, min_length=1, max_length=64)
    logo: Optional[str] = Field(None, min_length=1, max_length=255, description="a PNG or JPEG inside the audience folder")
    layouts: Optional[dict[Literal["title", "section", "content"], str]] = Field(
        None, description="the PowerPoint master's layout to use for each kind of slide, by name")

    @field_validator("*", mode="before")
    @classmethod
    def _not_null(cls, value, info: ValidationInfo):
        """A key written without a value (null) is refused: None is only the default, "not set"."""
        if value is None:
            raise PydanticKnownError("list_type" if info.field_name == "palette" else
                                     "dict_type" if info.field_name == "layouts" else "string_type")
        return value


@dataclass
class Audience:
    """A resolved audience: its folder chain (own first), config and merged theme."""

    name: str
    path: Path
    config: AudienceConfig
    chain: list[Path]
    theme: dict

    @property
    def master(self) -> Optional[Path]:
        """The PowerPoint master (master.pptx or master.potx) of the nearest folder in the chain that has one."""
        for folder in self.chain:
            for name in ("master.pptx", "master.potx"):
                if (folder / name).is_file():
                    return folder / name
        return None

    @property
    def label(self) -> str:
        """The audience's display name."""
        return self.config.label or self.name.replace("-", " ").title()


def search_path(extra: list | tuple = ()) -> list[Path]:
    """User folders first (``-t`` and briefing.toml's, then ``./templates`` if there is one), then the
    built-in templates; a folder is searched once."""
    roots = [Path(p) for p in extra] + ([LOCAL] if LOCAL.is_dir() else []) + [BUILTIN]
    first: dict[Path, Path] = {}
    for root in roots:
        first.setdefault(root.resolve(), root)
    return list(first.values())


def _read_model(path: Path, model):
    located = load_yaml_file(path)
    if not isinstance(located.data, dict):
        raise BriefingError(Problem("expected a mapping of keys", str(path), 1, 1))
    return validate_model(located, model), located


def find_audiences(extra: list | tuple = ()) -> dict[str, Path]:
    """Every audience folder on the search path by name; earlier folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            raise BriefingError(Problem("template folder does not exist", str(root)))
        for child in sorted(root.iterdir()):
            if (child / "audience.yaml").exists():  # not only a regular file: a FIFO there is an error
                found.setdefault(child.name, child)
    return found


def load_audience(name: str, extra: list | tuple = (), found: dict[str, Path] | None = None,
                  _loaded: dict[str, Audience] | None = None) -> Audience:
    """Resolve an audience and the chain of audiences it extends.

    The search path is scanned once (``found``, else now), and the chain is followed in a loop of
    at most MAX_EXTENDS audiences; ``_loaded`` keeps the audiences already resolved (for
    ``list_audiences``: each shared parent is read once). A mistake in the chain (an unknown or
    circular ``extends``, a chain too deep) is an error at the ``extends`` that makes it; a chain
    too deep, at that of the audience ``name`` (each audience after it has a chain short enough).
    """
    found = find_audiences(extra) if found is None else found
    loaded = {} if _loaded is None else _loaded
    chain: list[tuple[str, Path, AudienceConfig, dict]] = []  # own first, each not yet in ``loaded``
    extends: list[Located] = []  # each one's audience.yaml, where it says what it extends
    current: str | None = name
    while current is not None and current not in loaded:
        if len(chain) == MAX_EXTENDS:
            raise BriefingError(_too_deep(name, [c[0] for c in chain] + ["…"], extends[0]))
        try:
            path = _audience_path(current, found, [c[0] for c in chain])
        except BriefingError as exc:
            if not extends:
                raise
            raise BriefingError(extends[-1].problem(("extends",), exc.problems[0].message)) from None
        config, own_theme, located = _read_folder(path)
        chain.append((current, path, config, own_theme))
        extends.append(located)
        current = config.extends
    parent = loaded.get(current) if current is not None else None
    if parent is not None and chain and len(chain) + len(parent.chain) > MAX_EXTENDS:
        names = [c[0] for c in chain] + [parent.name] + [p.name for p in parent.chain[1:]]
        raise BriefingError(_too_deep(name, names, extends[0]))
    for own, path, config, own_theme in reversed(chain):
        if parent is None:
            audience = Audience(own, path, config, [path], merge_theme({}, own_theme))
        else:
            # budget and theme keys merge: an audience states only what differs from its parent
            budget = Budget(**{**parent.config.budget.model_dump(), **config.budget.model_dump(exclude_unset=True)})
            audience = Audience(own, path, config.model_copy(update={"budget": budget}), [path] + parent.chain,
                                merge_theme(parent.theme, own_theme))
        loaded[own] = parent = audience
    return loaded[name]


def _too_deep(name: str, names: list[str], top: Located) -> Problem:
    """The error for audience ``name``, whose chain (``names``) is longer than MAX_EXTENDS, at its ``extends``."""
    shown = names if len(names) <= 6 else names[:3] + ["…"] + names[-2:]
    return top.problem(("extends",), f"audience '{name}' is a chain of more than {MAX_EXTENDS} audiences "
                                     f"({' -> '.join(shown)}); extend an audience nearer its base")


def _audience_path(name: str, found: dict[str, Path], seen: list[str]) -> Path:
    """The folder of audience ``name``: a plain name found on the search path, not already in the chain."""
    if name in ("", ".", "..") or "/" in name or "\\" in name:  # a name never reaches outside the search path
        raise BriefingError(f"audience name '{name}' is not a plain folder name (no path separators, '.' or '..')")
    if name not in found:
        raise BriefingError(f"unknown audience '{name}' (available: {_buildable(found)})")
    if name in seen:
        raise BriefingError(f"audience '{name}' extends itself through {' -> '.join(seen + [name])}")
    return found[name]


def _read_folder(path: Path) -> tuple[AudienceConfig, dict, Located]:
    """An audience folder's own ``audience.yaml`` (read, and as written) and theme keys (the logo
    checked and made absolute)."""
    _refuse_links_out(path)
    config, read = _read_model(path / "audience.yaml", AudienceConfig)
    theme_file = path / "theme.yaml"
    own_theme = {}
    if theme_file.exists() and _has_data(theme_file):
        theme, located = _read_model(theme_file, ThemeConfig)
        own_theme = theme.model_dump(exclude_none=True)
        if "logo" in own_theme:
            own_theme["logo"] = str(_inside(path, own_theme["logo"], located))
    return config, own_theme, read


def merge_theme(parent: dict, own: dict) -> dict:
    """An audience's theme: its parent's keys, then its own. An audience that sets its primary or
    accent colour and no palette gets charts in them: they lead the palette, in place of the parent's."""
    merged = {**parent, **own}
    if "palette" not in own and ("primary" in own or "accent" in own):
        base = {**Theme().model_dump(), **parent}
        lead = [merged.get("primary", base["primary"]), merged.get("accent", base["accent"])]
        drop = {c.upper() for c in lead + [base["primary"], base["accent"]]}
        merged["palette"] = lead + [c for c in base["palette"] if c.upper() not in drop]
    return merged


def _refuse_links_out(folder: Path) -> None:
    """No file of an audience folder may be a link to something outside it: a template, theme or
    audience.yaml linked to /etc/passwd would print it into the document."""
    import os

    root = folder.resolve()
    for where, folders, files in os.walk(folder):
        for entry in folders + files:
            link = Path(where) / entry
            if link.is_symlink() and not link.resolve().is_relative_to(root):
                raise BriefingError(Problem("is a link to a file outside its audience folder; copy the file in "
                                            "instead", str(link)))


def _has_data(path: Path) -> bool:
    """Whether a YAML file holds more than comments (a scaffolded theme may hold only those)."""
    from .files import read_regular

    try:
        text = read_regular(path, MAX_YAML_BYTES).decode("utf-8")
    except (BriefingError, UnicodeDecodeError):
        return True  # let the reader report it
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _inside(folder: Path, relative: str, located) -> Path:
    """A file named in a theme, which must stay inside the audience folder and exist."""
    target = (folder / relative).resolve()
    if Path(relative).is_absolute() or not target.is_relative_to(folder.resolve()):
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' is outside the audience folder"))
    if not target.exists():
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' does not exist"))
    if target.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        raise BriefingError(located.problem(("logo",), "logo: use a PNG or JPEG file"))
    from .images import logo_problem, read_image

    problem = logo_problem(read_image(target))
    if problem:
        raise BriefingError(located.problem(("logo",), f"logo: '{relative}' {problem}"))
    return target


def load_audiences(names: list | tuple, extra: list | tuple = ()) -> list[Audience]:
    """The audiences ``names`` to build: the search path scanned once, each shared parent read once;
    an abstract one (``base``, which others extend) is an error naming those there are."""
    found = find_audiences(extra)
    resolved: dict[str, Audience] = {}
    chosen = [load_audience(name, extra, found, resolved) for name in names]
    abstract = [a.name for a in chosen if a.config.abstract]
    if abstract:
        raise BriefingError(f"audience '{abstract[0]}' is abstract: other audiences extend it, it is not built "
                            f"itself (available: {_buildable(found)})")
    return chosen


def _buildable(found: dict[str, Path]) -> str:
    return ", ".join(n for n in found if not _is_abstract(found[n])) or "none"


def _is_abstract(path: Path) -> bool:
    try:
        _refuse_links_out(path)
        return _read_model(path / "audience.yaml", AudienceConfig)[0].abstract
    except BriefingError:
        return False


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


def list_audiences(extra: list | tuple = (), problems: list[Problem] | None = None) -> list[Audience]:
    """Every buildable (non-abstract) audience, by name. With ``problems``, an audience that cannot
    be loaded is left out and its problems added there (each once), else it is an error."""
    found = find_audiences(extra)
    loaded: dict[str, Audience] = {}
    audiences = []
    for name in found:
        try:
            audiences.append(load_audience(name, extra, found, loaded))
        except BriefingError as exc:
            if problems is None:
                raise
            problems.extend(p for p in exc.problems if p not in problems)
    return [a for a in audiences if not a.config.abstract]
