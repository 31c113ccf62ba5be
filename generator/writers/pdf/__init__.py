"""The report writer (``PdfWriter``, in ``writer``) and its parts: ``fonts`` and markup, ``styles``
(paragraph styles), ``flowables``, ``pages`` (document template, numbered canvas), ``cover`` (the
cover page), ``sections`` (a module per section kind), ``appendices`` (index, sources, unsupported
claims), ``charts`` (a module per chart kind); then tagging
(``tags``, ``script``, ``bidi``, ``shape``) and the archival finish (``archive``, ``structure``).

``OPTIONS``: what the report writer takes from the build (its ``declares``), here so that reading
them does not import the writer (and reportlab).
"""
import sys
import types

from .. import Option


def _no_user_settings() -> None:
    """reportlab, when first imported, runs ``~/.reportlab_mods`` as Python and ``~/.reportlab_settings``
    as its settings, unless modules of those names can be imported: empty ones stand in for them, so a
    report is the same on every machine, and a HOME that is a file (``~/.reportlab_mods`` then "Not a
    directory") or such a name that is a folder is no internal error. Run before any module of this
    package imports reportlab."""
    for name in ("reportlab_mods", "reportlab_settings"):
        sys.modules.setdefault(name, types.ModuleType(name))


_no_user_settings()

OPTIONS = (Option("paper", "Paper size of the report (default: from the locale, else a4).", choices=("a4", "letter")),)
