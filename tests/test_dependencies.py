"""What the package imports, it declares: every third-party module imported anywhere under
generator/ belongs to a distribution named in pyproject.toml's dependencies (Pillow was imported by
the report and the logo check but came only through reportlab)."""
from __future__ import annotations

import ast
import re
import sys
from functools import cache
from importlib.metadata import packages_distributions

from tests.conftest import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@cache
def _imported_modules() -> dict[str, str]:
    """Top-level modules imported by the package's sources (absolute imports), each with a file that does
    (read once a session: the second test runs the first again)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "generator").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


@cache
def _owners() -> dict:
    """The installed distributions of each top-level module (every installed distribution's files read: once)."""
    return packages_distributions()


def _declared() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in data["project"]["dependencies"]}


# modules a declared distribution brings at the version it needs: pydantic pins its own core exactly
PART_OF = {"pydantic_core": "pydantic"}
# in the standard library of the newer Pythons only; the older ones import a declared backport instead
# (tomllib since 3.11: 3.10 imports tomli, declared for python_version < '3.11')
NEWER_STDLIB = {"tomllib"}


def test_every_third_party_import_is_a_declared_dependency():
    owners = _owners()
    declared = _declared()
    missing = {}
    for module, where in _imported_modules().items():
        if module in sys.stdlib_module_names or module in NEWER_STDLIB or module in ("generator", "__future__"):
            continue
        distributions = {d.lower().replace("_", "-") for d in owners.get(module, [module])} | {PART_OF.get(module, "")}
        if not distributions & declared:
            missing[module] = (sorted(distributions), where)
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_the_check_finds_an_undeclared_import(monkeypatch):
    """The check can fail: without Pillow among the dependencies, PIL is reported."""
    every = _declared()
    monkeypatch.setattr(sys.modules[__name__], "_declared", lambda: every - {"pillow"})
    try:
        test_every_third_party_import_is_a_declared_dependency()
    except AssertionError as exc:
        assert "PIL" in str(exc)
    else:
        raise AssertionError("an undeclared Pillow was not reported")
