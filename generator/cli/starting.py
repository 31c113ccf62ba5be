"""What the ``briefing`` process does before anything else is imported: the stop signals caught (a
stop meanwhile is one line, not a silent death), the cycle collector paused while modules are
imported, the regular expressions and the code compiled from text kept by earlier runs loaded, pydantic's
plugin search left out."""
from __future__ import annotations

import gc
import os
import sys

from ..stops import STOPPED, catch_stops, end_at_once

# the briefing script, or ``python -m generator.cli`` (sys.argv[0] is "-m" while its package is imported)
THE_COMMAND = os.path.basename(sys.argv[0]).removesuffix(".exe") in ("briefing", "-m")
if THE_COMMAND:
    catch_stops()  # before anything else is imported: a stop meanwhile is one line, not a silent death
    end_at_once(STOPPED)
    # importing makes a few hundred thousand objects and no cycles worth collecting: the collector
    # walked them about 18 times before a deck's build began (8-16 ms of a cold deck); it is turned on
    # again, with what the imports made frozen out of its walks, when the command starts (group.py)
    gc.disable()
    from ..code_cache import use_code_cache
    from ..regex_cache import use_cache

    use_cache()  # the regular expressions earlier runs compiled (~10% of a cold deck), before any is compiled
    use_code_cache()  # the code dataclasses, NamedTuples and typing compile from text (~4% of a cold deck)

# The command loads no pydantic plugins: looking for them scans every installed package's metadata.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
    # pydantic's plugin loader returns no plugins then, but importing it imports importlib.metadata
    # (~12 ms, 5% of a one-deck build): a loader that returns none stands in for it
    import types

    _no_plugins = types.ModuleType("pydantic.plugin._loader")
    _no_plugins.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", _no_plugins)
