"""The ``briefing`` command: each subcommand parses options and calls one library function.

``group`` holds the command group and how a command ends (errors, stops, exit statuses);
``build_command`` the build and ``--watch``; ``content_commands`` validate, import, align and
schema; ``project_commands`` init, audiences, new-audience and words."""
from __future__ import annotations

from . import starting  # noqa: F401 (imported first of all: see starting.py)
from .group import INTERNAL_ERROR, PIPE_CLOSED, UserError, _Briefing, _Command, main
from .build_command import build  # (each command module adds its commands to main)
from .content_commands import align, import_, schema, validate
from .project_commands import audiences, init, new_audience, words

__all__ = ["INTERNAL_ERROR", "PIPE_CLOSED", "UserError", "_Briefing", "_Command", "main", "build", "align", "import_",
           "schema", "validate", "audiences", "init", "new_audience", "words"]
