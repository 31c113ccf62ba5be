"""Audiences: folders of templates and a theme, found on a search path, extending each other.

An audience folder holds ``audience.yaml`` (description, label, what it extends, its budget),
an optional ``theme.yaml`` (only the keys that differ from its parent) and optional templates
(``document.yaml.j2`` and anything it includes). Files not in a folder come from its parent.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .audience_files import AudienceConfig, Budget, ThemeConfig, has_data, logo_inside, read_model, refuse_links_out
from .document import Theme
from .errors import BriefingError, Problem
from .files import is_link_loop, refuse_link_loop
from .limits import MAX_EXTENDS
from .yamlio import Located

_HERE = Path(__file__).resolve().parent
# The built-in audiences: package data when installed (the wheel maps templates/ to generator/templates),
# the project's own templates/ folder in a source checkout.
BUILTIN = _HERE / "templates" if (_HERE / "templates").is_dir() else _HERE.parent / "templates"
LOCAL = Path("templates")  # a project's own audiences, where new-audience puts them: searched without -t


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

    def shown_label(self, words: dict) -> str:
        """The audience's name as slides and pages show it: its ``label``, else its name in the language of
        ``words`` (``audience_<name>``: the built-in ones in every language file, an audience folder's own lang
        file may add its own), else ``label``'s title-cased name ("Executive" stays English in no Hebrew deck)."""
        return self.config.label or words.get(f"audience_{self.name.replace('-', '_')}") or self.label


def search_path(extra: list | tuple = ()) -> list[Path]:
    """User folders first (``-t`` and briefing.toml's, then ``./templates`` if there is one), then the
    built-in templates; a folder is searched once."""
    for root in [*extra, LOCAL]:
        refuse_link_loop(root)
    roots = [Path(p) for p in extra] + ([LOCAL] if LOCAL.is_dir() else []) + [BUILTIN]
    first: dict[Path, Path] = {}
    for root in roots:
        first.setdefault(root.resolve(), root)
    return list(first.values())


def find_audiences(extra: list | tuple = ()) -> dict[str, Path]:
    """Every audience folder on the search path by name; earlier folders win."""
    found: dict[str, Path] = {}
    for root in search_path(extra):
        if not root.is_dir():
            raise BriefingError(Problem("template folder does not exist", str(root)))
        for child in sorted(root.iterdir()):
            marker = child / "audience.yaml"
            # not only a regular file: a FIFO or a link in a loop there (or the folder a loop) is an error
            if marker.exists() or marker.is_symlink() or is_link_loop(child):
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
        raise BriefingError(f"unknown audience '{name}' (available: {buildable(found)})")
    if name in seen:
        raise BriefingError(f"audience '{name}' extends itself through {' -> '.join(seen + [name])}")
    return found[name]


def _read_folder(path: Path) -> tuple[AudienceConfig, dict, Located]:
    """An audience folder's own ``audience.yaml`` (read, and as written) and theme keys (the logo
    checked and made absolute)."""
    refuse_links_out(path)
    config, read = read_model(path / "audience.yaml", AudienceConfig)
    theme_file = path / "theme.yaml"
    own_theme = {}
    if theme_file.exists() and has_data(theme_file):
        theme, located = read_model(theme_file, ThemeConfig)
        own_theme = theme.model_dump(exclude_none=True)
        if "logo" in own_theme:
            own_theme["logo"] = str(logo_inside(path, own_theme["logo"], located))
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


def load_audiences(names: list | tuple, extra: list | tuple = ()) -> list[Audience]:
    """The audiences ``names`` to build: the search path scanned once, each shared parent read once;
    an abstract one (``base``, which others extend) is an error naming those there are."""
    found = find_audiences(extra)
    resolved: dict[str, Audience] = {}
    chosen = [load_audience(name, extra, found, resolved) for name in names]
    abstract = [a.name for a in chosen if a.config.abstract]
    if abstract:
        raise BriefingError(f"audience '{abstract[0]}' is abstract: other audiences extend it, it is not built "
                            f"itself (available: {buildable(found)})")
    return chosen


def buildable(found: dict[str, Path]) -> str:
    """The names of the audiences in ``found`` that can be built (not abstract), for a message."""
    return ", ".join(n for n in found if not _is_abstract(found[n])) or "none"


def _is_abstract(path: Path) -> bool:
    try:
        refuse_links_out(path)
        return read_model(path / "audience.yaml", AudienceConfig)[0].abstract
    except BriefingError:
        return False


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
