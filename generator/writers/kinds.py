"""A registry of kinds, shared by the writers: each writer finds the module that draws a slide
kind (by the Document's layout) or a chart kind (by ``ChartSpec.kind``) through one, and a name
claimed by two modules is refused when the registry is made."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class Named(Protocol):
    """A kind: a module's entry, under the names it draws."""

    @property
    def names(self) -> tuple[str, ...]:
        """The names (layouts, chart kinds) it draws."""
        ...


K = TypeVar("K", bound=Named)


class UnknownKind(ValueError):
    """A kind no module of a writer draws (a bug: the Document admits only the kinds the writers draw)."""


class Registry(Generic[K]):
    """Kinds by name: each kind lists its names in ``names``."""

    def __init__(self, what: str, kinds: Iterable[K]):
        self.what = what
        self.kinds: dict[str, K] = {}
        for kind in kinds:
            for name in kind.names:
                if name in self.kinds:
                    raise ValueError(f"two {what}s are named '{name}'")
                self.kinds[name] = kind

    def __call__(self, name: str) -> K:
        """The kind named ``name``; an unknown name is an UnknownKind that names the known ones."""
        kind = self.kinds.get(name)
        if kind is None:
            raise UnknownKind(f"no {self.what} '{name}' (there are: {', '.join(sorted(self.kinds))})")
        return kind

    def names(self) -> set[str]:
        """Every name a kind of this registry has."""
        return set(self.kinds)
