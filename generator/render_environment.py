"""The sandboxed Jinja2 environment an audience's templates render in (``make_environment``): one per
template chain, kept for the process, with the filters and tests briefing gives templates."""
from __future__ import annotations

from .audiences import Audience
from .filters import FILTERS, TESTS
from .limits import MAX_FIGURES


_ENVIRONMENTS: dict = {}  # compiled templates are kept per template chain (Jinja checks file times)


def make_environment(audience: Audience, finalize):
    """The sandboxed Jinja2 environment for an audience's template chain.

    One environment per chain is kept for the process, so a build of several audiences (or a
    --watch rebuild) compiles the shared templates once; ``finalize`` is set for each render
    (the compiled code calls it through the environment).
    """
    key = tuple(str(p.resolve()) for p in audience.chain)
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = _ENVIRONMENTS[key] = _new_environment(audience)
    env.finalize = env.charging(finalize)
    return env


def _placeholder(value):
    """The finalize an environment is made with, so that templates compile with calls to one;
    make_environment sets each render's own (``RenderValues.finalize``) before it runs."""
    raise AssertionError("an environment is rendered through make_environment")


def _new_environment(audience: Audience):
    from jinja2 import ChoiceLoader, PrefixLoader, StrictUndefined

    from .files import template_loader
    from .sandbox import BoundedSandbox
    from .template_cache import template_cache

    # absolute folders: the environment is kept for the process, the current folder may change
    prefixed = {path.name: template_loader([str(path.resolve())]) for path in reversed(audience.chain)}
    loader = ChoiceLoader([template_loader([str(p.resolve()) for p in audience.chain]), PrefixLoader(prefixed)])
    env = BoundedSandbox(loader=loader, undefined=StrictUndefined, finalize=_placeholder, bytecode_cache=template_cache(),
                         trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)
    env.filters.update(FILTERS)
    env.tests.update(TESTS)
    env.globals["limits"] = {"figures": MAX_FIGURES}  # what the Document holds: key figures on a slide
    return env
