"""The report writer (``PdfWriter``, in ``writer``) and its parts: ``fonts`` and markup, ``styles``
(paragraph styles), ``flowables``, ``pages`` (document template, numbered canvas), ``cover`` (the
cover page), ``sections`` (a module per section kind), ``appendices`` (index, sources, unsupported
claims), ``charts`` (a module per chart kind); then tagging
(``tags``, ``script``, ``bidi``, ``shape``) and the archival finish (``archive``, ``structure``).

``OPTIONS``: what the report writer takes from the build (its ``declares``), here so that reading
them does not import the writer (and reportlab).
"""
from .. import Option

OPTIONS = (Option("paper", "Paper size of the report (default: from the locale, else a4).", choices=("a4", "letter")),)
