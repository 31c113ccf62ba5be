"""Audiences: folders of templates and a theme, found on a search path, extending each other.

An audience folder holds ``audience.yaml`` (description, label, what it extends, its budget),
an optional ``theme.yaml`` (only the keys that differ from its parent) and optional templates
(``document.yaml.j2`` and anything it includes). Files not in a folder come from its parent.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from .errors import BriefingError, Problem
from .loader import validate_model
from .yamlio import load_yaml_file

BUILTIN = Path(__file__).resolve().parent.parent / "templates"
_COLOR = r"^[0-9A-Fa-f]{6}$"


class Budget(BaseModel):
    """What an audience gets: which topics, in what order, how much of each."""

    model_config = ConfigDict(extra="forbid")
    lead: list[str] = Field([], description="topic ids to put first, in this order")
    tags: list[str] = Field([], description="keep only topics with one of these tags (empty: all)")
    max_topics: int = Field(0, ge=0, description="at most this many topics (0: no limit)")
    max_points: int = Field(0, ge=0, description="at most this many top-level points per topic (0: no limit)")
    depth: int = Field(3, ge=1, le=3, description="levels of nested points kept")
    charts: bool = True
    figures: bool = True
    tables: bool = True


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
    primary: str = Field(None, pattern=_COLOR)
    accent: str = Field(None, pattern=_COLOR)
    text: str = Field(None, pattern=_COLOR)
    muted: str = Field(None, pattern=_COLOR)
    background: str = Field(None, pattern=_COLOR)
    palette: list[str] = Field(None, min_length=1)
    heading_font: str = Field(None, min_length=1, max_length=64)
    body_font: str = Field(None, min_length=1, max_length=64)


@dataclass
class Audience:
    """A resolved audience: its folder chain (own first), config and merged theme."""

    name: str
    path: Path
    config: AudienceConfig
    chain: list[Path]
    theme: dict

    @property
    def label(self) -> str:
        """The audience's display name."""
        return self.config.label or self.name.replace("-", " ").title()


def search_path(extra: list | tuple = ()) -> list[Path]:
    """User folders first, then the built-in templates."""
    return [Path(p) for p in extra] + [BUILTIN]


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
            if (child / "audience.yaml").is_file():
                found.setdefault(child.name, child)
    return found


def load_audience(name: str, extra: list | tuple = (), _seen: tuple = ()) -> Audience:
    """Resolve an audience and the chain of audiences it extends."""
    found = find_audiences(extra)
    if name not in found:
        names = ", ".join(n for n in found if not _is_abstract(found[n])) or "none"
        raise BriefingError(f"unknown audience '{name}' (available: {names})")
    if name in _seen:
        raise BriefingError(Problem(f"audience '{name}' extends itself through {' -> '.join(_seen)}",
                                    str(found[name] / "audience.yaml")))
    path = found[name]
    config, _ = _read_model(path / "audience.yaml", AudienceConfig)
    theme_file = path / "theme.yaml"
    own_theme = {}
    if theme_file.is_file():
        theme, _ = _read_model(theme_file, ThemeConfig)
        own_theme = theme.model_dump(exclude_none=True)
    if config.extends:
        parent = load_audience(config.extends, extra, _seen + (name,))
        return Audience(name, path, config, [path] + parent.chain, {**parent.theme, **own_theme})
    return Audience(name, path, config, [path], own_theme)


def _is_abstract(path: Path) -> bool:
    try:
        return _read_model(path / "audience.yaml", AudienceConfig)[0].abstract
    except BriefingError:
        return False


def list_audiences(extra: list | tuple = ()) -> list[Audience]:
    """Every buildable (non-abstract) audience, by name."""
    audiences = [load_audience(name, extra) for name in find_audiences(extra)]
    return [a for a in audiences if not a.config.abstract]
